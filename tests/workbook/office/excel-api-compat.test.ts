// excel-api-compat.ts is checked by `npm run typecheck`; this test runs the same check on its
// own (so `vitest run tests/workbook` covers it) and shows the check can fail: a copy of
// excel-api.ts with one member's type changed must be rejected by tsc.
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = resolve(__dirname, "../../..");
const tsc = join(root, "node_modules/typescript/bin/tsc");

function project(dir: string, files: string[]): string {
  const config = {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2023", "DOM"],
      module: "ESNext",
      moduleResolution: "Bundler",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["office-js"],
      typeRoots: [join(root, "node_modules/@types")],
    },
    files,
  };
  const path = join(dir, "tsconfig.json");
  writeFileSync(path, JSON.stringify(config));
  return path;
}

async function typecheck(config: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout } = await run(process.execPath, [tsc, "-p", config], { cwd: root });
    return { ok: true, output: stdout };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

const made: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("Xl* interfaces against @types/office-js", () => {
  it("accepts the real Excel.RequestContext as an XlRequestContext", async () => {
    const dir = tempDir("xl-compat-");
    const result = await typecheck(project(dir, [join(root, "src/workbook/office/excel-api-compat.ts")]));
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  }, 120_000);

  it("rejects an interface that drifted from Office.js", async () => {
    const dir = tempDir("xl-compat-drift-");
    const api = readFileSync(join(root, "src/workbook/office/excel-api.ts"), "utf8");
    const drifted = api.replace("readonly rowCount: number;", "readonly rowCount: string;");
    expect(drifted).not.toBe(api);
    writeFileSync(join(dir, "excel-api.ts"), drifted);
    copyFileSync(join(root, "src/workbook/office/excel-api-compat.ts"), join(dir, "excel-api-compat.ts"));
    const result = await typecheck(project(dir, [join(dir, "excel-api-compat.ts")]));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/not assignable to type 'XlRange'|rowCount/);
  }, 120_000);
});
