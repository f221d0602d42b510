// Cells that show Excel's error (a broken formula) through the whole path: the sample workbook
// with errors in a name, a number, a reference, a date and a confidential note, and an .xlsx
// whose formula cells were saved by Excel with an error result.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { REGISTERS } from "../../../src/domain/registers";
import { convertSheet } from "../../../src/operations/convert";
import { validateWorkbook, type WorkbookValidation } from "../../../src/operations/validate";
import { buildSampleWorkbookSpec } from "../../../src/sample";
import { coAuthorEdit, createMemoryContext, memoryWorkbookFromSpec } from "../../../src/workbook/memory";
import { loadXlsx } from "../../../src/workbook/xlsx/load-xlsx";

const issueKey = (i: { rule: string; sheet: string; cell: string }) => `${i.rule} ${i.sheet}!${i.cell}`;

/** The issues a validation finds that the untouched sample does not have. */
async function newIssues(edits: Array<[sheet: string, cell: string, shows: string]>): Promise<WorkbookValidation["issues"]> {
  const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
  const before = new Set((await validateWorkbook(createMemoryContext(workbook))).issues.map(issueKey));
  for (const [sheet, cell, shows] of edits) coAuthorEdit(workbook, sheet, cell, [[shows]], { source: "Local" });
  const after = await validateWorkbook(createMemoryContext(workbook));
  return after.issues.filter((i) => !before.has(issueKey(i)));
}

describe("cells showing Excel's error", () => {
  it("are errors in required and typed fields, one issue per cell, saying what broke and how to fix it", async () => {
    const found = await newIssues([
      ["Mentees", "B3", "#REF!"],
      ["Mentors list 2016", "I6", "#DIV/0!"],
      ["Pairing", "D4", "#N/A"],
      ["Phases", "C4", "#VALUE!"],
    ]);
    expect(found.map(issueKey).sort()).toEqual([
      "field.excel-error Mentees!B3",
      "field.excel-error Mentors list 2016!I6",
      "field.excel-error Pairing!D4",
      "field.excel-error Phases!C4",
    ]);
    for (const issue of found) expect(issue.severity).toBe("error");
    const name = found.find((i) => i.cell === "B3");
    // A name that is an error is not a name: the row is named by its ID instead.
    expect(name?.message).toBe(
      "Full name for mentee 043/2008/7357 (row 3) shows Excel's error #REF! instead of a value: a formula behind the cell broke (a cell, row or sheet it refers to was deleted). The add-in reads nothing from it, so the row is checked as if the cell were blank.",
    );
    expect(name?.value).toBe("#REF!");
    expect(name?.fix).toMatch(/^Click B3 on the Mentees sheet and look at its formula in the formula bar: repair it, or type the value itself instead of a formula \(.*\)\. Then validate again\.$/);
    expect(found.find((i) => i.cell === "I6")?.message).toContain("divides by zero");
  });

  it("tell the officer to wait, not to repair a formula, while Excel is still calculating", async () => {
    const found = await newIssues([["Mentees", "B3", "#GETTING_DATA"]]);
    const name = found.find((i) => i.cell === "B3");
    expect(name?.rule).toBe("field.excel-error");
    expect(name?.fix).toBe("Wait until Excel has finished calculating B3 on the Mentees sheet, then validate again.");
  });

  it("never make a mentee's name out of #N/A: the pair is not reported as naming nobody, nor as naming an unknown mentee", async () => {
    const found = await newIssues([["Pairing", "D4", "#N/A"]]);
    expect(found.map((i) => i.rule)).toEqual(["field.excel-error"]);
  });

  it("are a warning in optional free text, and are reported in confidential notes without any of the notes", async () => {
    const found = await newIssues([
      ["Session logs", "J4", "#N/A"],
      ["Mentors list 2016", "P5", "#NAME?"],
    ]);
    expect(found.map((i) => `${i.severity} ${issueKey(i)}`).sort()).toEqual(["warning field.text Mentors list 2016!P5", "warning field.text Session logs!J4"]);
    const note = found.find((i) => i.sheet === "Session logs");
    expect(note?.message).toContain("Session notes for the week 1 session of pair P1-01 (row 4) shows Excel's error #N/A");
    expect(note?.value).toBe("#N/A");
    // The sample's notes are marked CONFIDENTIAL; no issue of the run quotes any of them.
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    coAuthorEdit(workbook, "Session logs", "J4", [["#N/A"]], { source: "Local" });
    const all = await validateWorkbook(createMemoryContext(workbook));
    expect(JSON.stringify(all.issues)).not.toContain("CONFIDENTIAL");
  });

  it("are read from an .xlsx whose formula cells Excel saved with an error result", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Mentors");
    sheet.addRow(["Mentor ID", "Name of mentor", "Phone", "Yrs of HR experience", "Phase"]);
    sheet.addRow(["MR-01", "Achieng Otieno", "0712 345 678", 8, "Phase 1"]);
    sheet.addRow(["MR-02", { formula: "VLOOKUP(A3,Staff!A:B,2,FALSE)", result: { error: "#N/A" } }, "0722 000 111", { formula: "1/0", result: { error: "#DIV/0!" } }, "Phase 1"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const found = await validateWorkbook(createMemoryContext(await loadXlsx(bytes)));
    const errors = found.issues.filter((i) => i.rule === "field.excel-error").map((i) => `${i.cell} ${i.value ?? ""}`);
    expect(errors).toEqual(["B3 #N/A", "D3 #DIV/0!"]);
    expect(found.issues.filter((i) => i.row === 3 && i.rule !== "field.excel-error" && /#N\/A|#DIV/.test(i.message))).toEqual([]);
  });

  it("stay errors in a converted register, which keeps what the cell showed rather than inventing a value", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    coAuthorEdit(workbook, "Mentors list 2016", "I6", [["#DIV/0!"]], { source: "Local" });
    const context = createMemoryContext(workbook);
    expect((await convertSheet(context, { sheet: "Mentors list 2016", kind: "mentors" })).status).toBe("converted");
    const found = (await validateWorkbook(context)).issues.filter((i) => i.rule === "field.excel-error");
    expect(found.map((i) => [i.sheet, i.value])).toEqual([[REGISTERS.mentors.sheetName, "#DIV/0!"]]);
    expect(found[0]?.message).toContain("Years of HR experience for mentor Agnes Akoth Omolo");
    expect(found[0]?.fix).toContain("repair it there and convert again");
  });
});
