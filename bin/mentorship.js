#!/usr/bin/env node
// The command line runs the TypeScript engine directly through tsx, so `npx mentorship`
// always runs the code in src/ (no separate build that could go stale after an edit).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
