// mentorship demo: the bundled sample through convert, validate, pair and summarise, written
// as one workbook that shows every step, with the case study's figures on its summaries.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { REGISTERS, REGISTER_KINDS } from "../../src/domain/registers";
import { buildSampleWorkbookSpec } from "../../src/sample";
import type { MemoryWorkbook } from "../../src/workbook/memory";
import { loadXlsx } from "../../src/workbook/xlsx/load-xlsx";
import { captureIo } from "./capture-io";

const run = promisify(execFile);

let dir = "";
let out = "";
let workbook: MemoryWorkbook;
let stdout: string[] = [];

/** Column B of the row whose column A reads `label` (the `nth` such row). */
function figure(sheet: string, label: string, nth = 0): unknown {
  const s = workbook.sheet(sheet);
  const row = s.sortedCells().filter(({ column, cell }) => column === 0 && cell.value === label)[nth]?.row;
  if (row === undefined) throw new Error(`no ${label} on ${sheet}`);
  return s.valuesIn(`B${row + 1}:C${row + 1}`)[0];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mentorship-demo-"));
  out = join(dir, "demo.xlsx");
  const io = captureIo();
  const code = await main(["demo", "--out", out], io);
  if (code !== 0) throw new Error(`demo failed: ${io.err.join("\n")}`);
  stdout = io.out;
  workbook = await loadXlsx(readFileSync(out));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("mentorship demo", () => {
  it("keeps the office's sheets and adds every register, the issues, the pairing log and the summaries", () => {
    const names = workbook.sheets.map((s) => s.name);
    for (const sheet of buildSampleWorkbookSpec().sheets) expect(names).toContain(sheet.name);
    for (const kind of REGISTER_KINDS) expect(names).toContain(REGISTERS[kind].sheetName);
    expect(names).toContain("Validation issues");
    expect(names).toContain("Pairing run log");
    expect(names.slice(-3)).toEqual(["Programme overview", "Summary - Phase 1", "Summary - Phase 2"]);
    expect(workbook.findTable(REGISTERS.pairs.tableName)).toBeDefined();
  });

  it("pairs phase 2's unpaired mentees: they appear in the Pairs register as proposed", () => {
    const pairs = workbook.sheet(REGISTERS.pairs.sheetName);
    const proposed = pairs.sortedCells().filter(({ cell }) => cell.value === "proposed" || cell.value === "Proposed");
    expect(proposed.length).toBeGreaterThanOrEqual(3);
    // 11 pairs from the workshop and 4 proposed (the mentee who disengaged gets a new mentor, not the same one again).
    expect(figure("Summary - Phase 2", "Pairs")).toEqual([15, ""]);
    expect(stdout.join("\n")).toMatch(/^Paired Phase 2: \d+ proposed pairs added to the Pairs register\.$/m);
  });

  it("summarises with the case study's figures: 32 mentors and 32 mentees, 10 then 7 counties, 7 weeks, 1 h then 2 h", () => {
    expect(figure("Programme overview", "Mentors")).toEqual([32, ""]);
    expect(figure("Programme overview", "Mentees")).toEqual([32, ""]);
    expect(figure("Programme overview", "Counties covered", 1)).toEqual([10, 7]);
    expect(figure("Programme overview", "Weeks")).toEqual([7, 7]);
    expect(figure("Programme overview", "Session length policy (hours)")).toEqual([1, 2]);
    // The planted defects stay in the sample, so the summaries say they include errors.
    expect(String(figure("Summary - Phase 1", "Validation")?.toString())).toMatch(/^Generated with \d+ validation errors included/);
  });

  it("writes the summaries' charts into the file", async () => {
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(8);
  });

  it("says what each step did", () => {
    const text = stdout.join("\n");
    expect(text).toMatch(/^Converted 7 sheets into registers: Mentors list 2016 -> Mentors register \(\d+ rows\);/);
    expect(text).toMatch(/^Validated: \d+ errors, \d+ warnings?, listed on “Validation issues” and \d+ cells marked/m);
    expect(text).toMatch(/^Summarised: Programme overview, Summary - Phase 1, Summary - Phase 2 \(8 charts\)/m);
    expect(text).toMatch(new RegExp(`^Wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.$`, "m"));
  });

  it("writes the sample untouched with --raw, and refuses a non-.xlsx output or a missing folder before doing any work", async () => {
    const raw = join(dir, "raw.xlsx");
    const io = captureIo();
    expect(await main(["demo", "--raw", "--out", raw], io)).toBe(0);
    expect((await loadXlsx(readFileSync(raw))).sheets.map((s) => s.name)).toEqual(buildSampleWorkbookSpec().sheets.map((s) => s.name));
    const bad = captureIo();
    expect(await main(["demo", "--out", join(dir, "demo.pdf")], bad)).toBe(2);
    expect(bad.err).toEqual([`mentorship: cannot write ${join(dir, "demo.pdf")}: the output must be an .xlsx file`]);
    const nowhere = captureIo();
    expect(await main(["demo", "--out", join(dir, "no such folder", "demo.xlsx")], nowhere)).toBe(2);
    expect(nowhere.err).toEqual([`mentorship: cannot write ${join(dir, "no such folder", "demo.xlsx")}: the folder ${join(dir, "no such folder")} does not exist; create it, or name a file in an existing folder with --out`]);
  });

  it("never writes over an existing sample-output.xlsx unless --out names it", async () => {
    // The default name is relative to the folder the command runs in: run the bin in a fresh one.
    const folder = mkdtempSync(join(tmpdir(), "mentorship-demo-default-"));
    const kept = join(folder, "sample-output.xlsx");
    writeFileSync(kept, "the officer's edits");
    const bin = join(process.cwd(), "bin", "mentorship.js");
    const refused = await run("node", [bin, "demo", "--raw"], { cwd: folder }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in refused ? refused.code : 0).toBe(2);
    expect(refused.stderr).toBe("mentorship: sample-output.xlsx already exists; name the output with --out sample-output.xlsx to overwrite it, or choose another name\n");
    expect(readFileSync(kept, "utf8")).toBe("the officer's edits");
    await run("node", [bin, "demo", "--raw", "--out", "sample-output.xlsx"], { cwd: folder });
    expect((await loadXlsx(readFileSync(kept))).sheets.length).toBe(buildSampleWorkbookSpec().sheets.length);
  });
});
