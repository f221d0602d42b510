/**
 * `npm run bench`: runs every bench/*.bench.ts's `run…Bench` export in turn and prints what each
 * returns. Each bench also runs on its own (node --import tsx bench/<name>.bench.ts). Figures are
 * wall-clock times on this machine; they are printed, never asserted.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();

function print(value: unknown): void {
  if (Array.isArray(value) && value.every((v) => typeof v === "object" && v !== null && "name" in v && "ms" in v)) {
    for (const line of value as Array<{ name: string; ms: number; details?: Record<string, unknown> }>) {
      const extra = Object.entries(line.details ?? {}).map(([k, v]) => `${k}=${String(v)}`).join(" ");
      console.log(`  ${line.name.padEnd(78)} ${Number.isNaN(line.ms) ? "        —" : `${line.ms.toFixed(2).padStart(9)} ms`}  ${extra}`);
    }
    return;
  }
  console.log(JSON.stringify(value, null, 2).replace(/^/gm, "  "));
}

for (const file of files) {
  const module: Record<string, unknown> = await import(pathToFileURL(join(here, file)).href);
  for (const [name, run] of Object.entries(module)) {
    if (!/^run\w*Bench$/.test(name) || typeof run !== "function") continue;
    console.log(`${file}: ${name}()`);
    print(await (run as () => unknown)());
  }
}
