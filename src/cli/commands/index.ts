import type { Command } from "../command";
import { convertCommand } from "./convert";
import { demoCommand } from "./demo";
import { pairCommand } from "./pair";
import { summarizeCommand } from "./summarize";
import { validateCommand } from "./validate";

/** Every `mentorship <command>`, in the order --help lists them. */
export const COMMANDS: readonly Command[] = [demoCommand, convertCommand, validateCommand, pairCommand, summarizeCommand];
