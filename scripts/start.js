// `npm start`: on Windows or macOS with desktop Excel, sideload the add-in (dev server over
// https with the Office dev certificates, Excel opened with the add-in). Anywhere else (Linux,
// CI, no Excel), serve the browser preview over http and print its URL instead of failing.
// MENTORSHIP_START=sideload|preview overrides the choice.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEV_SERVER_PORT } from "../webpack.config.js";
import { chooseStartMode } from "./start-mode.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function excelInstalled() {
  if (process.platform === "darwin") return existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    // Every Office install (MSI or Click-to-Run) registers Excel's App Path.
    const query = spawnSync("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe"], { stdio: "ignore" });
    return query.status === 0;
  }
  return false;
}

let choice;
try {
  choice = chooseStartMode({ platform: process.platform, forced: process.env.MENTORSHIP_START, excelInstalled });
} catch (error) {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const { mode, reason } = choice;
console.log(`npm start: ${mode} mode, because ${reason}.`);

if (mode === "sideload") {
  const port = DEV_SERVER_PORT; // the manifest's URLs name this port
  const child = spawn(
    "npx",
    [
      "office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel",
      "--dev-server", "npx webpack serve --mode development --env https",
      "--dev-server-port", String(port),
    ],
    { cwd: root, stdio: "inherit", shell: process.platform === "win32" },
  );
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  const { default: webpack } = await import("webpack");
  const { default: WebpackDevServer } = await import("webpack-dev-server");
  const { default: makeConfig } = await import("../webpack.config.js");
  const port = Number(process.env.PREVIEW_PORT ?? DEV_SERVER_PORT);
  const config = await makeConfig({}, { mode: "development" });
  const server = new WebpackDevServer({ ...config.devServer, port, open: false }, webpack(config));
  try {
    await server.start();
  } catch (error) {
    if (error && typeof error === "object" && "code" in error && error.code === "EADDRINUSE") {
      console.error(`Port ${port} is in use. Stop what is using it, or choose another: PREVIEW_PORT=3100 npm start`);
      process.exit(1);
    }
    throw error;
  }
  console.log(`\nPreview (rebuilds when you save): http://localhost:${port}/preview.html`);
  console.log(`The task pane alone (shows "open it from Excel"): http://localhost:${port}/taskpane.html`);
}
