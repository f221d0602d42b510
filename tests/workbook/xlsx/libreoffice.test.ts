// Files made by another spreadsheet program: LibreOffice (soffice) converts a CSV and a flat
// ODS fixture to .xlsx, and converts our own saved .xlsx back to CSV and .xlsx, so the loader
// meets files it did not write and our files are shown to open elsewhere.
// LibreOffice must be installed (CI installs it); without it these tests fail, saying so.
import { execFile, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";
import { readSheetGrid } from "../../../src/workbook/office/read-sheet-grid";
import { loadXlsx } from "../../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";

const run = promisify(execFile);
const RISKY = ['=HYPERLINK("http://evil.example","Wanjiru")', "+254712345678", "007", "0712345678", "-A1", "TRUE", "06/02/2017", "MAR-12"];

let dir = "";

async function soffice(args: string[], outdir = dir): Promise<void> {
  // A private profile per run: concurrent soffice processes must not share one.
  const profile = pathToFileURL(join(dir, "profile")).href;
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", ...args, "--outdir", outdir], { timeout: 120_000 });
}

beforeAll(async () => {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error("LibreOffice is required for these tests but `soffice` could not be run. Install it (e.g. apt-get install libreoffice-calc) so that `soffice` is on PATH.");
  }
  dir = mkdtempSync(join(tmpdir(), "xlsx-libreoffice-"));
  writeFileSync(join(dir, "people.csv"), "Name,Phone,Joined,Years,Active\nAchieng Otieno,0712345678,2017-02-06,12,TRUE\n=Wanjiru,+254712345678,06/02/2017,3.5,FALSE\n");
  copyFileSync(resolve(__dirname, "fixtures/register.fods"), join(dir, "register.fods"));
  const ours = memoryWorkbookFromSpec({ sheets: [{ name: "Names", rows: [["Name", "Count"], ...RISKY.map((s, i) => [s, i])] }] });
  writeFileSync(join(dir, "ours.xlsx"), (await saveXlsx(ours)).bytes);
  await soffice(["--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", join(dir, "people.csv")]);
  await soffice(["--convert-to", "xlsx", join(dir, "register.fods")]);
  await soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", join(dir, "ours.xlsx")]);
  await soffice(["--convert-to", "ods", join(dir, "ours.xlsx")]);
  await soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", join(dir, "ours.ods")], join(dir, "resaved"));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("files made by LibreOffice", () => {
  it("loads a CSV LibreOffice converted, with LibreOffice's own readings of the text", async () => {
    const workbook = await loadXlsx(readFileSync(join(dir, "people.xlsx")));
    const sheet = workbook.sheet("people");
    expect(sheet.valuesIn("A1:E1")).toEqual([["Name", "Phone", "Joined", "Years", "Active"]]);
    expect(sheet.valuesIn("A2:E2")).toEqual([["Achieng Otieno", 712345678, 42772, 12, true]]);
    // LibreOffice itself made a formula of "=Wanjiru" and a number of the phone: the damage
    // our writer avoids, faithfully reported by the loader.
    expect(sheet.cellAt("A3")?.formula?.toLowerCase()).toBe("=wanjiru");
    expect(sheet.cellAt("B3")?.value).toBe(254712345678);
    expect(sheet.cellAt("C2")?.numberFormat).toMatch(/y/);
  });

  it("loads merges, bold, date cells, formulas, column widths and text digits from an ODS converted by LibreOffice", async () => {
    const workbook = await loadXlsx(readFileSync(join(dir, "register.xlsx")));
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Mentors", "Phase 2 notes"]);
    const sheet = workbook.sheet("Mentors");
    expect(sheet.merges).toEqual([{ row: 0, column: 0, rowCount: 1, columnCount: 3 }]);
    expect(sheet.cellAt("A1")).toMatchObject({ value: "Mentor register", style: { bold: true } });
    expect(sheet.cellAt("A3")?.value).toBe("=Wanjiru");
    expect(sheet.cellAt("A3")?.formula).toBeUndefined();
    expect(sheet.cellAt("B3")?.value).toBe("007");
    expect(sheet.cellAt("B4")?.value).toBe("0712345678");
    expect(sheet.cellAt("A4")?.value).toBe("Murang’a Achieng");
    expect(sheet.cellAt("C3")).toMatchObject({ value: 42772, numberFormat: "dd/mm/yyyy" });
    expect(sheet.cellAt("D5")).toMatchObject({ value: 15.5, formula: "=SUM(D3:D4)" });
    // 2 inches = 144 points, snapped to whole pixels of character widths by LibreOffice.
    expect(sheet.columnWidth(0)).toBeGreaterThan(130);
    expect(sheet.columnWidth(0)).toBeLessThan(150);
    const grid = await readSheetGrid(createMemoryContext(workbook), "Mentors", { text: true });
    expect(grid.text?.[2]?.[2]).toBe("06/02/2017");
  });

  it("opens our .xlsx in LibreOffice with every risky string still text", () => {
    const csv = readFileSync(join(dir, "ours.csv"), "utf8").trim().split(/\r?\n/);
    const firstColumn = csv.slice(1).map((line) => {
      const m = /^("(?:[^"]|"")*"|[^,]*),/.exec(line);
      const cell = m?.[1] ?? "";
      return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    });
    expect(firstColumn).toEqual(RISKY);
  });

  it("reads back our file after LibreOffice re-saved it as .xlsx", async () => {
    const bytes = readFileSync(join(dir, "resaved", "ours.xlsx"));
    expect(bytes.equals(readFileSync(join(dir, "ours.xlsx")))).toBe(false);
    const workbook = await loadXlsx(bytes);
    const grid = await readSheetGrid(createMemoryContext(workbook), "Names");
    expect(grid.values.slice(1).map((r) => r[0])).toEqual(RISKY);
    expect(grid.values.slice(1).map((r) => r[1])).toEqual(RISKY.map((_, i) => i));
  });
});
