// The in-memory Excel and the office operations are bundled for the browser preview (and
// the task pane), so they must not reach for Node: no node: imports, no fs/path/buffer, no
// Buffer/process globals, no ExcelJS (which stays on the Node side in src/workbook/xlsx).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const workbookDir = resolve(__dirname, "../../src/workbook");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "xlsx" ? [] : sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

const NODE_MODULES = /from\s+["'](node:[^"']+|fs|path|os|buffer|stream|zlib|child_process|url|util|exceljs)["']/;
const NODE_GLOBALS = /\b(Buffer\.|process\.|require\()/;

describe("browser-safe workbook modules", () => {
  const files = sources(workbookDir);

  it("covers the memory and office folders", () => {
    expect(files.some((f) => f.includes("/memory/"))).toBe(true);
    expect(files.some((f) => f.includes("/office/"))).toBe(true);
  });

  it.each(files.map((f) => [f.slice(workbookDir.length + 1), f]))("%s uses no Node API", (_name, file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(NODE_MODULES);
    expect(text).not.toMatch(NODE_GLOBALS);
  });
});
