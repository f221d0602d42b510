// `npm run preview`: serves the built preview (dist/) over plain http on localhost. Builds
// first when there is no build yet, so a fresh clone can run it straight away.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startStaticServer } from "./static-server.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

if (!existsSync(join(dist, "preview.html"))) {
  console.log("No build in dist/ yet: running `npm run build` first.");
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (build.status !== 0) {
    console.error("The build failed (see above), so there is nothing to preview.");
    process.exit(build.status ?? 1);
  }
}

const port = Number(process.env.PREVIEW_PORT ?? 3000);
try {
  const server = await startStaticServer({ root: dist, port });
  console.log(`Preview: ${server.url}preview.html  (serving ${dist}; Ctrl+C to stop)`);
} catch (error) {
  if (error && typeof error === "object" && "code" in error && error.code === "EADDRINUSE") {
    console.error(`Port ${port} is in use. Stop what is using it, or choose another: PREVIEW_PORT=3100 npm run preview`);
    process.exit(1);
  }
  throw error;
}
