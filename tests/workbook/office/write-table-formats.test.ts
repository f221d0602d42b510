// writeTable's per-cell number formats (a value kept as typed in a date column shows as typed),
// right-aligned headers over columns of figures, and print setup (landscape, one page wide,
// the header on every page): all in the same syncs and requests under the budget.
import { describe, expect, it } from "vitest";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { writeTable } from "../../../src/workbook/office/write-table";
import { loadXlsx } from "../../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";

const headers = ["Name", "Started", "Years", "Remarks"];
const rows = [
  ["Achieng Otieno", 42772, 12, "Keen"],
  // 2017 alone is no date: kept as typed, it must not show as 09/07/1905.
  ["Otieno Wafula", 2017, 8, ""],
  ["Wanjiru Kamau", "sometime in March", "12 yrs", "Typed as text"],
];

describe("writeTable formats, alignment and print setup", () => {
  it("gives single cells their own format over their column's", async () => {
    const workbook = new MemoryWorkbook();
    const context = createMemoryContext(workbook);
    const result = await writeTable(context, {
      sheetName: "Mentors register",
      tableName: "MentorsRegister",
      headers,
      rows,
      columnFormats: [undefined, "dd/mm/yyyy", "0", undefined],
      cellFormats: [
        { row: 1, column: 1, format: "General" },
        { row: 2, column: 1, format: "@" },
        { row: 2, column: 2, format: "@" },
      ],
    });
    expect(result.syncs).toBe(3);
    const sheet = workbook.sheet("Mentors register");
    expect(sheet.cellAt("B2")).toMatchObject({ value: 42772, numberFormat: "dd/mm/yyyy" });
    expect(sheet.cellAt("B3")?.value).toBe(2017);
    expect(sheet.cellAt("B3")?.numberFormat ?? "General").toBe("General");
    expect(sheet.cellAt("B4")).toMatchObject({ value: "sometime in March", numberFormat: "@" });
    expect(sheet.cellAt("C4")).toMatchObject({ value: "12 yrs", numberFormat: "@" });
    expect(sheet.cellAt("C2")).toMatchObject({ value: 12, numberFormat: "0" });
    // The header keeps its text format whatever the overrides say.
    expect(sheet.cellAt("B1")).toMatchObject({ value: "Started" });
    expect(sheet.cellAt("B1")?.numberFormat ?? "General").toBe("General");
  });

  it("right-aligns the headers of columns of figures, and only those", async () => {
    const workbook = new MemoryWorkbook();
    await writeTable(createMemoryContext(workbook), { sheetName: "R", tableName: "Register", headers, rows, numericColumns: [false, true, true, false] });
    const sheet = workbook.sheet("R");
    expect(sheet.cellAt("A1")?.style?.horizontalAlignment).toBeUndefined();
    expect(sheet.cellAt("B1")?.style?.horizontalAlignment).toBe("Right");
    expect(sheet.cellAt("C1")?.style?.horizontalAlignment).toBe("Right");
    expect(sheet.cellAt("D1")?.style?.horizontalAlignment).toBeUndefined();
    // Data cells keep Excel's own alignment (numbers right, text left).
    expect(sheet.cellAt("B2")?.style?.horizontalAlignment).toBeUndefined();
  });

  it("prints landscape, one page wide, with the header row on every page, kept in the .xlsx", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Notes");
    const context = createMemoryContext(workbook);
    await writeTable(context, { sheetName: "R", tableName: "Register", headers, rows, topLeft: { row: 2, column: 0 }, print: { orientation: "Landscape", fitToPageWidth: true, repeatHeaderRow: true } });
    expect(context.stats.syncCount).toBe(3);
    const expected = { orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: { row: 2, rowCount: 1 } };
    expect(workbook.sheet("R").pageSetup).toEqual(expected);
    expect(workbook.sheet("Notes").pageSetup.printTitleRows).toBeUndefined();
    const loaded = await loadXlsx((await saveXlsx(workbook)).bytes);
    expect(loaded.sheet("R").pageSetup).toEqual(expected);
    expect(loaded.sheet("R").cellAt("B3")?.style?.horizontalAlignment).toBeUndefined();
  });

  it("keeps the syncs and every request under the budget with many single-cell formats", async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => [`Person ${i}`, i % 10 === 0 ? 2017 : 42772 + i, i % 50, i % 7 === 0 ? "remark" : ""]);
    const cellFormats = many.flatMap((row, i) => (row[1] === 2017 ? [{ row: i, column: 1, format: "General" }] : []));
    const workbook = new MemoryWorkbook();
    const context = createMemoryContext(workbook);
    const budget = 400_000;
    const result = await writeTable(context, { sheetName: "Big", tableName: "Big", headers, rows: many, columnFormats: [undefined, "dd/mm/yyyy"], cellFormats, budgetBytes: budget });
    const plain = createMemoryContext(new MemoryWorkbook());
    const without = await writeTable(plain, { sheetName: "Big", tableName: "Big", headers, rows: many, columnFormats: [undefined, "dd/mm/yyyy"], budgetBytes: budget });
    expect(result.syncs).toBe(without.syncs);
    for (const bytes of context.stats.requestBytes) expect(bytes).toBeLessThanOrEqual(budget);
    const sheet = workbook.sheet("Big");
    const shown = (address: string) => [sheet.cellAt(address)?.value, sheet.cellAt(address)?.numberFormat ?? "General"];
    expect(shown("B2")).toEqual([2017, "General"]);
    expect(shown("B3")).toEqual([42773, "dd/mm/yyyy"]);
    expect(shown(`B${2 + 19_990}`)).toEqual([2017, "General"]);
  });
});
