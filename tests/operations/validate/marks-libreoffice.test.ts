// The marks' signature rule in another spreadsheet program: LibreOffice calculates it as TRUE
// (so the marks show there), keeps it when it saves the file again, and the add-in still tells
// its marks from the officer's own rules in the file LibreOffice wrote.
// LibreOffice must be installed (CI installs it); without it these tests fail, saying so.
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Issue } from "../../../src/domain/validation";
import { clearValidationMarks, isValidationMark, MARK_FORMULA, MARK_STYLES, planMarks, showValidationMarks } from "../../../src/operations/validate";
import { createMemoryContext, memoryWorkbookFromSpec } from "../../../src/workbook/memory";
import { loadXlsx } from "../../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";

const run = promisify(execFile);
let dir = "";

async function soffice(args: string[], outdir: string): Promise<void> {
  // A private profile: concurrent soffice processes must not share one.
  const profile = pathToFileURL(join(dir, "profile")).href;
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", ...args, "--outdir", outdir], { timeout: 120_000 });
}

const issue = (cell: string, row: number): Issue => ({ severity: "error", rule: "field.required", register: "mentors", sheet: "Mentors", row, column: 1, cell, message: "m", fix: "f" });

beforeAll(async () => {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error("LibreOffice is required for these tests but `soffice` could not be run. Install it (e.g. apt-get install libreoffice-calc) so that `soffice` is on PATH.");
  }
  dir = mkdtempSync(join(tmpdir(), "marks-libreoffice-"));
  const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: [["Name of mentor", "Rule check"], ["Achieng Otieno"], ["Peter Kamau"]] }] });
  const sheet = workbook.sheet("Mentors");
  // The rule as a cell formula with no result saved: LibreOffice has to calculate it.
  sheet.setRawValue(0, 2, "", MARK_FORMULA);
  // An officer's own always-true rule, bold only.
  sheet.conditionalFormats.push({ id: "officer", rects: [{ row: 1, column: 0, rowCount: 2, columnCount: 1 }], type: "Custom", formula: "=TRUE", style: { bold: true }, priority: 0, stopIfTrue: false });
  await showValidationMarks(createMemoryContext(workbook), planMarks([issue("A2", 2)]));
  writeFileSync(join(dir, "marked.xlsx"), (await saveXlsx(workbook)).bytes);
  await soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", join(dir, "marked.xlsx")], dir);
  await soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", join(dir, "marked.xlsx")], join(dir, "resaved"));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the marks' rule in LibreOffice", () => {
  it("is a valid formula that LibreOffice calculates as TRUE", () => {
    const csv = readFileSync(join(dir, "marked.csv"), "utf8").split(/\r?\n/);
    expect(csv[0]?.split(",").map((cell) => cell.replace(/"/g, ""))).toEqual(["Name of mentor", "Rule check", "TRUE"]);
  });

  it("survives LibreOffice saving the file, and only the add-in's mark is removed from that file", async () => {
    const workbook = await loadXlsx(readFileSync(join(dir, "resaved", "marked.xlsx")));
    const formats = workbook.sheet("Mentors").conditionalFormats;
    const ours = formats.filter((cf) => isValidationMark({ type: cf.type, formula: cf.formula ?? "", fill: cf.style.fillColor, font: cf.style.fontColor }));
    expect(ours.map((cf) => cf.style)).toEqual([{ fillColor: MARK_STYLES.error.fill, fontColor: MARK_STYLES.error.font }]);
    const cleared = await clearValidationMarks(createMemoryContext(workbook));
    expect(cleared.removed).toBe(1);
    // LibreOffice writes the officer's =TRUE as =1; it is still theirs, and still there.
    expect(workbook.sheet("Mentors").conditionalFormats.map((cf) => [cf.formula, cf.style])).toEqual([["=1", { bold: true }]]);
  });
});
