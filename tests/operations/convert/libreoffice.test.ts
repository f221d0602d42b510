// Workbooks another program made: LibreOffice turns a messy CSV and a flat ODS (a merged title
// above the header, text that looks like formulas or numbers, real date cells) into .xlsx in
// the set-up; they are converted into registers; and LibreOffice opens the result again, so
// the registers are shown to read the same elsewhere.
// LibreOffice must be installed (CI installs it); without it these tests fail, saying so.
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convertSheet, surveyWorkbook } from "../../../src/operations/convert";
import { createMemoryContext, type MemoryWorkbook } from "../../../src/workbook/memory";
import { readSheetGrid } from "../../../src/workbook/office";
import { loadXlsx } from "../../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";
import { sheetState } from "./support";

const run = promisify(execFile);
let dir = "";

async function soffice(args: string[], outdir = dir): Promise<void> {
  const profile = pathToFileURL(join(dir, "profile")).href;
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", ...args, "--outdir", outdir], { timeout: 120_000 });
}

// Day-first and ISO dates only: LibreOffice reads "06/02/2017" in a CSV month-first (en-US).
const MENTORS_CSV = [
  "Name of Mentor,Tel. No.,County of work,Yrs of HR experience,E-mail address,Sector,Date of sensitisation,Next of kin",
  "Achieng Otieno,0712 345 678,Homabay,12 yrs,A.Otieno@Example.ORG,FBO,31/01/2017,Brother",
  "Barasa Wafula,712345678,Taita-Taveta,7,barasa@example.org,Pvt,2017-02-06,",
  ",,,,,,,",
  "Chebet Korir,+254 722 000 111,Murang’a,about 10,chebet@example.org,Govt,6 Feb 2017,Sister",
].join("\n");

type FodsCell = string | number | boolean | { date: string } | null;

function fodsCell(cell: FodsCell): string {
  if (cell === null) return "<table:table-cell/>";
  if (typeof cell === "number") return `<table:table-cell office:value-type="float" office:value="${cell}"><text:p>${cell}</text:p></table:table-cell>`;
  if (typeof cell === "boolean") return `<table:table-cell office:value-type="boolean" office:boolean-value="${cell}"><text:p>${cell ? "TRUE" : "FALSE"}</text:p></table:table-cell>`;
  if (typeof cell === "object") return `<table:table-cell table:style-name="datecell" office:value-type="date" office:date-value="${cell.date}"><text:p>${cell.date}</text:p></table:table-cell>`;
  return `<table:table-cell office:value-type="string"><text:p>${cell.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</text:p></table:table-cell>`;
}

/** A flat ODS with one sheet: a bold title merged across the header's width, a blank row, then `rows`. */
function fods(sheet: string, title: string, rows: FodsCell[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
  <number:date-style style:name="dmy"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
  <style:style style:name="datecell" style:family="table-cell" style:data-style-name="dmy"/>
 </office:automatic-styles>
 <office:body><office:spreadsheet><table:table table:name="${sheet}">
  <table:table-row><table:table-cell table:style-name="bold" table:number-columns-spanned="${width}" table:number-rows-spanned="1" office:value-type="string"><text:p>${title}</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="${width - 1}"/></table:table-row>
  <table:table-row><table:table-cell/></table:table-row>
  ${rows.map((row) => `<table:table-row>${row.map(fodsCell).join("")}</table:table-row>`).join("\n  ")}
 </table:table></office:spreadsheet></office:body>
</office:document>`;
}

const MENTEES_ROWS: FodsCell[][] = [
  ["Personal No.", "Name", "County", "Designation", "Needs (ranked)", "Release approved", "Date of training"],
  ["007", "=Odhiambo Otieno", "Kisumu", "HRH officer", "1. Appraisal 2. Disciplinary", true, { date: "2017-02-06" }],
  ["20170412", "Njeri Mwangi", "Homa bay", "CPSB member", "Recruitment; iHRIS", "Y", "06/02/2017"],
  ["+254-001", "@Kamau", "Kisumo Town", "Clerk", "Basket weaving", "n/a", null],
];

async function loadMade(name: string): Promise<MemoryWorkbook> {
  return loadXlsx(readFileSync(join(dir, `${name}.xlsx`)));
}

async function registerRows(workbook: MemoryWorkbook, sheet: string): Promise<Array<Record<string, unknown>>> {
  const grid = await readSheetGrid(createMemoryContext(workbook), sheet);
  const headers = (grid.values[0] ?? []).map(String);
  return grid.values.slice(1).map((row) => Object.fromEntries(headers.map((h, j) => [h, row[j]])));
}

beforeAll(async () => {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error("LibreOffice is required for these tests but `soffice` could not be run. Install it (e.g. apt-get install libreoffice-calc) so that `soffice` is on PATH.");
  }
  dir = mkdtempSync(join(tmpdir(), "convert-libreoffice-"));
  writeFileSync(join(dir, "mentors.csv"), MENTORS_CSV);
  writeFileSync(join(dir, "mentees.fods"), fods("Mentee list", "Mentees – Phase 1 (Kisumu cluster)", MENTEES_ROWS));
  await soffice(["--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", join(dir, "mentors.csv")]);
  await soffice(["--convert-to", "xlsx", join(dir, "mentees.fods")]);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("converting workbooks LibreOffice made", () => {
  it("a CSV of mentors with messy headers: detected, normalised, and the source left as it was", async () => {
    const workbook = await loadMade("mentors");
    const before = sheetState(workbook.sheet("mentors"));
    const context = createMemoryContext(workbook);
    const survey = await surveyWorkbook(context);
    const sheet = survey.sheets.find((s) => s.sheet === "mentors");
    expect(sheet).toMatchObject({ proposed: true, detection: { kind: "mentors" } });
    // "Date of sensitisation" reads, at a low 60%, as the yes/no "Sensitisation attended", but
    // its values are dates: the column is carried as it is, and the note says why.
    expect(sheet?.detection?.mapping?.columns[6]).toMatchObject({ field: null, guess: { field: "sensitisationAttended", confidence: 0.6 } });
    expect(sheet?.detection?.mapping?.columns[6]?.note).toMatch(/do not read as yes or no/);
    const outcome = await convertSheet(context, { sheet: "mentors" });
    if (outcome.status !== "converted") throw new Error(outcome.status);
    expect(sheetState(workbook.sheet("mentors"))).toEqual(before);
    expect(outcome.summary.carried.map((c) => c.header)).toEqual(["Date of sensitisation", "Next of kin"]);

    const rows = await registerRows(workbook, "Mentors register");
    expect(rows.map((r) => r["Source row"])).toEqual([2, 3, 5]);
    expect(rows.map((r) => r["Phone"])).toEqual(["+254712345678", "+254712345678", "+254722000111"]);
    expect(rows.map((r) => r["County"])).toEqual(["Homa Bay", "Taita Taveta", "Murang'a"]);
    expect(rows.map((r) => r["Sector"])).toEqual(["Faith-based", "Private", "Public"]);
    // "about 10" is not a number the officer can stand behind: kept as typed, and said.
    expect(rows.map((r) => r["Years of HR experience"])).toEqual([12, 7, "about 10"]);
    expect(outcome.summary.problems.map((p) => p.cell.address)).toContain("D5");
    // LibreOffice stored 712345678 as a number; the register shows +254..., and As typed keeps the number.
    expect(rows[1]?.["As typed"]).toContain("Phone: 712345678");
    expect(rows[0]?.["Email"]).toBe("A.Otieno@example.org");
    expect(rows[0]?.["Next of kin"]).toBe("Brother");
  });

  it("a flat ODS of mentees: header found below a merged title, formula-like text kept as text", async () => {
    const workbook = await loadMade("mentees");
    const source = workbook.sheet("Mentee list");
    expect(source.merges).toHaveLength(1);
    const before = sheetState(source);
    const context = createMemoryContext(workbook);
    const outcome = await convertSheet(context, { sheet: "Mentee list" });
    if (outcome.status !== "converted") throw new Error(outcome.status);
    expect(outcome.summary.headerRow).toBe(3);
    expect(sheetState(source)).toEqual(before);

    const register = workbook.sheet("Mentees register");
    expect(register.sortedCells().filter((c) => c.cell.formula !== undefined)).toEqual([]);
    const rows = await registerRows(workbook, "Mentees register");
    expect(rows.map((r) => r["Full name"])).toEqual(["=Odhiambo Otieno", "Njeri Mwangi", "@Kamau"]);
    expect(rows.map((r) => r["Mentee ID"])).toEqual(["007", "20170412", "+254-001"]);
    expect(rows.map((r) => r["County"])).toEqual(["Kisumu", "Homa Bay", "Kisumo Town"]);
    expect(rows.map((r) => r["Release approved"])).toEqual(["Yes", "Yes", "n/a"]);
    expect(rows[0]?.["Needs (ranked)"]).toBe("Performance management; Disciplinary procedures");
    expect(outcome.summary.problems.map((p) => [p.cell.address, p.field])).toEqual(
      expect.arrayContaining([
        ["C6", "county"],
        ["F6", "releaseApproved"],
      ]),
    );
    // The carried date column keeps LibreOffice's date cell as a date, and the typed text as text.
    const dates = await readSheetGrid(context, "Mentees register", { text: true });
    const at = (dates.values[0] ?? []).indexOf("Date of training");
    expect(dates.text?.[1]?.[at]).toBe("06/02/2017");
    expect(dates.values[2]?.[at]).toBe("06/02/2017");
  });

  it("LibreOffice opens the converted workbook with the registers' text still text", async () => {
    const workbook = await loadMade("mentees");
    await convertSheet(createMemoryContext(workbook), { sheet: "Mentee list" });
    writeFileSync(join(dir, "converted.xlsx"), (await saveXlsx(workbook)).bytes);
    // Every sheet to its own CSV (the last filter option, -1): converted-<sheet>.csv.
    await soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", join(dir, "converted.xlsx")], join(dir, "csv"));
    const csv = readFileSync(join(dir, "csv", "converted-Mentees register.csv"), "utf8").trim().split(/\r?\n/);
    expect(csv[0]).toMatch(/^Mentee ID,Full name,County,/);
    expect(csv[1]).toMatch(/^007,=Odhiambo Otieno,Kisumu,/);
    expect(csv[3]).toMatch(/^\+254-001,@Kamau,Kisumo Town,/);
  });
});
