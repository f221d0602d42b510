import { describe, expect, it } from "vitest";
import { filterTable } from "../../../src/workbook/memory/co-author";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";
import { readSheetGrid } from "../../../src/workbook/office/read-sheet-grid";
import { inlineListSource, writeTable } from "../../../src/workbook/office/write-table";
import { charactersToPoints } from "../../../src/workbook/units";

const COUNTIES = ["Baringo", "Bomet", "Bungoma", "Busia", "Elgeyo-Marakwet", "Embu", "Garissa", "Homa Bay", "Isiolo", "Kajiado", "Kakamega", "Kericho", "Kiambu", "Kilifi", "Kirinyaga", "Kisii", "Kisumu", "Kitui", "Kwale", "Laikipia", "Lamu", "Machakos", "Makueni", "Mandera", "Marsabit", "Meru", "Migori", "Mombasa", "Murang'a", "Nairobi", "Nakuru", "Nandi", "Narok", "Nyamira", "Nyandarua", "Nyeri", "Samburu", "Siaya", "Taita-Taveta", "Tana River", "Tharaka-Nithi", "Trans Nzoia", "Turkana", "Uasin Gishu", "Vihiga", "Wajir", "West Pokot"];

const headers = ["ID", "Name", "County", "Phone", "Joined", "Sensitised"];
const rows = [
  ["007", "=Wanjiru", "Kisumu", "+254712345678", new Date("2017-02-06"), "Yes"],
  ["008", "Otieno", "Nairobi", "0712345678", new Date("2017-03-01"), "No"],
];

describe("writeTable", () => {
  it("creates the sheet and a table over the written block, in 2 syncs plus one per chunk", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Start");
    const context = createMemoryContext(workbook);
    const result = await writeTable(context, {
      sheetName: "Mentors",
      tableName: "MentorRegister",
      headers,
      rows,
      columnFormats: [undefined, undefined, undefined, undefined, "dd/mm/yyyy"],
      asText: [true],
      columnWidths: [8, 24],
      freezeHeader: true,
      listValidations: [{ column: "Sensitised", values: ["Yes", "No"] }],
    });
    expect(result).toMatchObject({ sheetName: "Mentors", tableName: "MentorRegister", address: "Mentors!A1:F3", rows: 2, replaced: false, syncs: 3 });
    expect(context.stats.syncCount).toBe(3);
    const sheet = workbook.sheet("Mentors");
    const table = workbook.findTable("MentorRegister");
    expect(table?.columns.map((c) => c.name)).toEqual(headers);
    expect(table?.rect).toEqual({ row: 0, column: 0, rowCount: 3, columnCount: 6 });
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.columnWidth(1)).toBe(charactersToPoints(24));
    expect(sheet.cellAt("E2")).toMatchObject({ value: 42772, numberFormat: "dd/mm/yyyy" });
    expect(sheet.validationAt(1, 5)?.list.source).toBe("Yes,No");
    expect(sheet.validationAt(0, 5)).toBeUndefined();
    const grid = await readSheetGrid(createMemoryContext(workbook), "Mentors");
    expect(grid.values[1]?.slice(0, 4)).toEqual(["007", "=Wanjiru", "Kisumu", "+254712345678"]);
    expect(grid.values[2]?.[3]).toBe("0712345678");
  });

  it("replaces its previous table, clearing a longer one and its filter", async () => {
    const workbook = new MemoryWorkbook();
    const context = createMemoryContext(workbook);
    const long = Array.from({ length: 10 }, (_, i) => [`M${i}`, `Name ${i}`, "Kisumu", "0700000000", new Date("2017-01-01"), "Yes"]);
    await writeTable(context, { sheetName: "Mentors", tableName: "MentorRegister", headers, rows: long });
    filterTable(workbook, "MentorRegister");
    // A filtered table is not written into blindly: the user is told, and chooses.
    await expect(writeTable(context, { sheetName: "Mentors", tableName: "MentorRegister", headers, rows })).rejects.toMatchObject({ code: "TableFiltered" });
    expect(workbook.findTable("MentorRegister")?.rect.rowCount).toBe(11);
    const second = await writeTable(context, { sheetName: "Mentors", tableName: "MentorRegister", headers, rows, whenFiltered: "clearFilters" });
    expect(second.replaced).toBe(true);
    expect(workbook.allTables()).toHaveLength(1);
    expect(workbook.findTable("MentorRegister")?.rect.rowCount).toBe(3);
    expect(workbook.sheet("Mentors").usedRect(true)).toEqual({ row: 0, column: 0, rowCount: 3, columnCount: 6 });
  });

  it("refuses a table name used on another sheet before writing anything", async () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Old", rows: [["a"], ["b"]], tables: [{ name: "MentorRegister", range: "A1:A2" }] }] });
    const context = createMemoryContext(workbook);
    await expect(writeTable(context, { sheetName: "Mentors", tableName: "MentorRegister", headers, rows })).rejects.toMatchObject({
      code: "TableNameInUse",
      message: expect.stringContaining('"Old"'),
    });
    expect(workbook.getSheet("Mentors")).toBeUndefined();
    expect(context.stats.syncCount).toBe(1);
  });

  it("puts a list too long to type (47 counties) on the hidden Mentorship lists sheet and refers to it", async () => {
    expect(inlineListSource(COUNTIES)).toBeUndefined();
    expect(inlineListSource(["Yes", "No"])).toBe("Yes,No");
    expect(inlineListSource(["Public", "Private, for profit"])).toBeUndefined();
    const workbook = new MemoryWorkbook();
    const context = createMemoryContext(workbook);
    await writeTable(context, { sheetName: "Mentors", tableName: "Mentors_2024", headers, rows, listValidations: [{ column: 2, values: COUNTIES }] });
    const lists = workbook.sheet("Mentorship lists");
    expect(lists.visibility).toBe("Hidden");
    expect(lists.cellAt("A1")?.value).toBe("Mentors_2024[County]");
    expect(lists.valuesIn("A2:A48").map((r) => r[0])).toEqual(COUNTIES);
    expect(workbook.sheet("Mentors").validationAt(1, 2)?.list.source).toBe("=\'Mentorship lists\'!$A$2:$A$48");

    // A second register adds its own column; rewriting the first reuses its column.
    await writeTable(context, { sheetName: "Mentees", tableName: "Mentees_2024", headers, rows, listValidations: [{ column: "County", values: COUNTIES.slice(0, 40) }] });
    const shorter = COUNTIES.slice(0, 39);
    expect(inlineListSource(shorter)).toBeUndefined();
    await writeTable(context, { sheetName: "Mentors", tableName: "Mentors_2024", headers, rows, listValidations: [{ column: 2, values: shorter }] });
    expect(lists.cellAt("B1")?.value).toBe("Mentees_2024[County]");
    expect(lists.usedRect(true)).toEqual({ row: 0, column: 0, rowCount: 41, columnCount: 2 });
    expect(lists.cellAt("A41")?.value ?? "").toBe("");
    expect(workbook.sheet("Mentors").validationAt(1, 2)?.list.source).toBe("=\'Mentorship lists\'!$A$2:$A$40");

    // A list that fits is typed inline.
    await writeTable(context, { sheetName: "Mentors", tableName: "Mentors_2024", headers, rows, listValidations: [{ column: 2, values: COUNTIES.slice(0, 10) }] });
    expect(workbook.sheet("Mentors").validationAt(1, 2)?.list.source).toBe(COUNTIES.slice(0, 10).join(","));
  });

  it.each([
    ["a header of theirs", [["Trainer"], ["Achieng"]], 'A1 holds "Trainer"'],
    ["their header beside our key", [["Mentors_2024[County]", "Notes"], ["Kisumu", "call back"]], 'B1 holds "Notes"'],
    ["a value under no key", [["Mentors_2024[County]", ""], ["Kisumu", "42"]], 'B2 holds "42"'],
    ["data below a blank first row", [[], ["Mentors_2024[County]"]], 'A2 holds "Mentors_2024[County]"'],
  ])("refuses a \"Mentorship lists\" sheet holding %s, before writing anything", async (_what, values, cell) => {
    const workbook = new MemoryWorkbook();
    const theirs = workbook.addSheet("Mentorship lists");
    values.forEach((row, i) => row.forEach((v, j) => v !== "" && theirs.setRawValue(i, j, v)));
    const before = JSON.stringify(theirs.sortedCells());
    const context = createMemoryContext(workbook);
    const error = await writeTable(context, { sheetName: "Mentors", tableName: "Mentors_2024", headers, rows, listValidations: [{ column: 2, values: COUNTIES }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "InvalidData",
      sheet: "Mentorship lists",
      rowsWritten: 0,
      message: `The sheet "Mentorship lists" holds your data (${cell}), and the add-in keeps its drop-down lists on a sheet of that name. Nothing was written. Rename that sheet, then run it again.`,
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Mentorship lists"]);
    expect(JSON.stringify(theirs.sortedCells())).toBe(before);
    expect(theirs.visibility).toBe("Visible");
    expect(context.stats.syncCount).toBe(2);
  });

  it("takes a blank \"Mentorship lists\" sheet as its own and hides it; a typed list needs no sheet", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Mentorship lists");
    const context = createMemoryContext(workbook);
    await writeTable(context, { sheetName: "Mentors", tableName: "Mentors_2024", headers, rows, listValidations: [{ column: 2, values: COUNTIES }] });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Mentorship lists", "Mentors"]);
    expect(workbook.sheet("Mentorship lists").visibility).toBe("Hidden");
    expect(workbook.sheet("Mentorship lists").cellAt("A1")?.value).toBe("Mentors_2024[County]");

    // A sheet of theirs under our name does not stop a write that has no long list.
    const other = new MemoryWorkbook();
    other.addSheet("Mentorship lists").setRawValue(0, 0, "Trainer");
    await writeTable(createMemoryContext(other), { sheetName: "Mentors", tableName: "Mentors_2024", headers, rows, listValidations: [{ column: 2, values: ["Kisumu", "Nakuru"] }] });
    expect(other.sheet("Mentors").validationAt(1, 2)?.list.source).toBe("Kisumu,Nakuru");
    expect(other.sheet("Mentorship lists").cellAt("A1")?.value).toBe("Trainer");
  });

  it("writes a header-only table when there are no rows (Excel adds one blank row)", async () => {
    const workbook = new MemoryWorkbook();
    const context = createMemoryContext(workbook);
    const result = await writeTable(context, { sheetName: "Pairs", tableName: "Pairs", headers: ["Mentor", "Mentee"], rows: [] });
    expect(result.rows).toBe(0);
    expect(workbook.findTable("Pairs")?.rect).toEqual({ row: 0, column: 0, rowCount: 2, columnCount: 2 });
  });

  it("refuses headers a table would silently rename, and bad table names", async () => {
    const context = createMemoryContext(new MemoryWorkbook());
    await expect(writeTable(context, { sheetName: "S", tableName: "T", headers: ["Name", "name"], rows: [] })).rejects.toMatchObject({ code: "InvalidData" });
    await expect(writeTable(context, { sheetName: "S", tableName: "A1", headers: ["Name"], rows: [] })).rejects.toMatchObject({ code: "InvalidData" });
    for (const r1c1 of ["R", "c", "R2C3"]) await expect(writeTable(context, { sheetName: "S", tableName: r1c1, headers: ["Name"], rows: [] })).rejects.toMatchObject({ code: "InvalidData" });
    await expect(writeTable(context, { sheetName: "S", tableName: "Mentor register", headers: ["Name"], rows: [] })).rejects.toMatchObject({ code: "InvalidData" });
    expect(context.stats.syncCount).toBe(0);
  });
});
