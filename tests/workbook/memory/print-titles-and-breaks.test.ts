// Print title rows (PageLayout.setPrintTitleRows) and manual page breaks
// (Worksheet.horizontalPageBreaks) in the in-memory Excel, and what the .xlsx writer keeps of them.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";
import { loadXlsx } from "../../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";

const rows = Array.from({ length: 40 }, (_, i) => [`Row ${i + 1}`, i + 1]);
const sheetOf = (name = "Register") => memoryWorkbookFromSpec({ sheets: [{ name, rows: [["Name", "Number"], ...rows] }] });

async function sheetXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
}

describe("print title rows", () => {
  it("repeats whole rows at the top of each page and reads them back", async () => {
    const workbook = sheetOf();
    const context = createMemoryContext(workbook);
    const layout = context.workbook.worksheets.getItem("Register").pageLayout;
    expect(workbook.sheet("Register").pageSetup.printTitleRows).toBeUndefined();
    layout.setPrintTitleRows("$1:$1");
    const titles = layout.getPrintTitleRowsOrNullObject().load("address");
    await context.sync();
    expect(titles.isNullObject).toBe(false);
    expect(titles.address).toBe("Register!1:1");
    expect(workbook.sheet("Register").pageSetup.printTitleRows).toEqual({ row: 0, rowCount: 1 });
  });

  it("answers a null object on a sheet without title rows", async () => {
    const context = createMemoryContext(sheetOf());
    const titles = context.workbook.worksheets.getItem("Register").pageLayout.getPrintTitleRowsOrNullObject();
    await context.sync();
    expect(titles.isNullObject).toBe(true);
  });

  it("refuses part of a row, another sheet's rows and a protected sheet, as Excel does", async () => {
    for (const address of ["A1:C1", "B1:B3"]) {
      const context = createMemoryContext(sheetOf());
      context.workbook.worksheets.getItem("Register").pageLayout.setPrintTitleRows(address);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    const workbook = sheetOf();
    workbook.addSheet("Other");
    const other = createMemoryContext(workbook);
    other.workbook.worksheets.getItem("Register").pageLayout.setPrintTitleRows("Other!1:1");
    await expect(other.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    workbook.sheet("Register").protected = true;
    const locked = createMemoryContext(workbook);
    locked.workbook.worksheets.getItem("Register").pageLayout.setPrintTitleRows("1:1");
    await expect(locked.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(workbook.sheet("Register").pageSetup.printTitleRows).toBeUndefined();
  });

  it("is saved to .xlsx (the sheet's Print_Titles name) and read back", async () => {
    const workbook = sheetOf();
    workbook.sheet("Register").pageSetup = { orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: { row: 1, rowCount: 2 } };
    const loaded = await loadXlsx((await saveXlsx(workbook)).bytes);
    expect(loaded.sheet("Register").pageSetup).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: { row: 1, rowCount: 2 } });
  });

  it("is left out with a warning where ExcelJS cannot quote the sheet's name", async () => {
    const workbook = sheetOf("Mentor's list");
    workbook.sheet("Mentor's list").pageSetup = { orientation: "Portrait", zoom: { scale: 100 }, printTitleRows: { row: 0, rowCount: 1 } };
    const saved = await saveXlsx(workbook);
    expect(saved.warnings.join(" ")).toMatch(/print title rows of "Mentor's list" are not saved/);
    expect((await loadXlsx(saved.bytes)).sheet("Mentor's list").pageSetup.printTitleRows).toBeUndefined();
  });
});

describe("print areas in the .xlsx", () => {
  it("are absolute references, which LibreOffice honours and Excel does not move with the active cell", async () => {
    const workbook = sheetOf();
    workbook.sheet("Register").printArea = [{ row: 0, column: 0, rowCount: 41, columnCount: 2 }];
    const bytes = (await saveXlsx(workbook)).bytes;
    const names = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
    expect(names).toContain("&apos;Register&apos;!$A$1:$B$41</definedName>");
    expect((await loadXlsx(bytes)).sheet("Register").printArea).toEqual([{ row: 0, column: 0, rowCount: 41, columnCount: 2 }]);
  });
});

describe("manual page breaks", () => {
  it("adds a break before a row once, and removes them all", async () => {
    const workbook = sheetOf();
    const context = createMemoryContext(workbook);
    const breaks = context.workbook.worksheets.getItem("Register").horizontalPageBreaks;
    const added = breaks.add("A20").load("rowIndex");
    breaks.add("A11");
    breaks.add("C20");
    await context.sync();
    expect(added.rowIndex).toBe(19);
    expect(workbook.sheet("Register").rowBreaks).toEqual([10, 19]);
    breaks.removePageBreaks();
    await context.sync();
    expect(workbook.sheet("Register").rowBreaks).toEqual([]);
  });

  it("refuses a break above the first row and on a protected sheet", async () => {
    const context = createMemoryContext(sheetOf());
    context.workbook.worksheets.getItem("Register").horizontalPageBreaks.add("A1");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const workbook = sheetOf();
    workbook.sheet("Register").protected = true;
    const locked = createMemoryContext(workbook);
    locked.workbook.worksheets.getItem("Register").horizontalPageBreaks.add("A5");
    await expect(locked.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(workbook.sheet("Register").rowBreaks).toEqual([]);
  });

  it("is written to .xlsx as row breaks after the row above", async () => {
    const workbook = sheetOf();
    workbook.sheet("Register").rowBreaks = [10, 25];
    const xml = await sheetXml((await saveXlsx(workbook)).bytes);
    expect(xml).toMatch(/<rowBreaks count="2" manualBreakCount="2">/);
    expect([...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([10, 25]);
  });
});
