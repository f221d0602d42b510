import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";
import { readSheetGrid } from "../../../src/workbook/office/read-sheet-grid";
import { writeBlock } from "../../../src/workbook/office/write-block";
import { writeTable } from "../../../src/workbook/office/write-table";
import { loadXlsx } from "../../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";

const RISKY = ['=HYPERLINK("http://evil.example","Wanjiru")', "+254712345678", "007", "0712345678", "-A1", "@SUM(A1)", "TRUE", "06/02/2017", "'quoted"];

/** A workbook using every feature of the model, built through the Office-like API where it can be. */
async function everything(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  workbook.addSheet("Cover");
  const context = createMemoryContext(workbook);
  await writeTable(context, {
    sheetName: "Mentors",
    tableName: "MentorRegister",
    headers: ["ID", "Name", "County", "Joined", "Years", "Active", "Sector"],
    rows: [
      ["007", "=Wanjiru", "Kisumu", new Date("2017-02-06"), 12, true, "Public"],
      ["008", "+254 Otieno", "Nairobi", new Date("2018-11-30"), 3.5, false, "Faith-based"],
    ],
    columnFormats: [undefined, undefined, undefined, "dd/mm/yyyy", "0.0"],
    columnWidths: [8, 24, 14],
    freezeHeader: true,
    style: "TableStyleLight9",
    listValidations: [
      { column: "Sector", values: ["Public", "Private", "Faith-based"] },
      { column: "County", values: Array.from({ length: 47 }, (_, i) => `County number ${i + 1}`), allowOther: true },
    ],
  });
  const cover = context.workbook.worksheets.getItem("Cover");
  const title = cover.getRange("A1:D1");
  title.values = [["Mentorship programme", "", "", ""]];
  title.merge();
  title.format.font.bold = true;
  title.format.font.italic = true;
  title.format.font.color = "#1F4E78";
  title.format.fill.color = "#DDEBF7";
  title.format.horizontalAlignment = "Center";
  title.format.rowHeight = 24;
  cover.getRange("A3:B4").values = [["Total years", "=SUM(Mentors!E2:E3)"], ["Share", 0.256]];
  cover.getRange("B4").numberFormat = [["0.0%"]];
  cover.getRange("A5").format.wrapText = true;
  cover.getRange("A5").values = [["Long\ntext"]];
  cover.getRange("A6").hyperlink = { address: "https://ihrm.or.ke/", textToDisplay: "IHRM", screenTip: "Institute of HRM" };
  cover.getRange("A7").hyperlink = { documentReference: "Mentors!A1", textToDisplay: "Go to mentors" };
  cover.getRange("A1:A7").format.columnWidth = 120;
  cover.pageLayout.setPrintArea("A1:D7");
  const custom = cover.getRange("B3:B4").conditionalFormats.add("Custom");
  custom.custom.rule.formula = "=$B3>10";
  custom.custom.format.fill.color = "#FFC7CE";
  custom.custom.format.font.color = "#9C0006";
  const byValue = cover.getRange("B3:B4").conditionalFormats.add("CellValue");
  byValue.cellValue.rule = { operator: "Between", formula1: "1", formula2: "5" };
  byValue.cellValue.format.font.bold = true;
  cover.charts.add("ColumnClustered", cover.getRange("A3:B4"), "Columns").title.text = "Years";
  const hidden = context.workbook.worksheets.add("Secret");
  hidden.getRange("A1").values = [["hidden data"]];
  hidden.visibility = "VeryHidden";
  context.workbook.worksheets.add("Locked").getRange("A1").values = [["read only"]];
  context.workbook.worksheets.getItem("Mentors").activate();
  await context.sync();
  workbook.sheet("Locked").protected = true;
  await writeBlock(context, "Cover", { row: 9, column: 0 }, RISKY.map((s) => [s]));
  return workbook;
}

/** Order is not part of what a file keeps for validations and conditional formats. */
function sortedByJson<T>(items: T[]): T[] {
  return [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe("saveXlsx / loadXlsx", () => {
  it("round-trips every feature of the model, and reports what it cannot write", async () => {
    const original = await everything();
    const saved = await saveXlsx(original);
    // Charts are written since the xlsx chart writer (tests/workbook/xlsx/charts); loading does not read them back.
    expect(saved.warnings).toEqual([]);
    const warnings: string[] = [];
    const loaded = await loadXlsx(saved.bytes, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);

    expect(loaded.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ["Cover", "Visible", false],
      ["Mentors", "Visible", false],
      ["Mentorship lists", "Hidden", false],
      ["Secret", "VeryHidden", false],
      ["Locked", "Visible", true],
    ]);
    expect(loaded.activeSheet().name).toBe("Mentors");

    // Every stored cell comes back with the same value, formula, format, style and link.
    for (const sheet of original.sheets) {
      const back = loaded.sheet(sheet.name);
      for (const { row, column, cell } of sheet.sortedCells()) {
        const other = back.cell(row, column);
        const where = `${sheet.name} r${row} c${column}`;
        if (cell.formula !== undefined) {
          expect(other?.formula, where).toBe(cell.formula);
          continue;
        }
        expect(other?.value ?? "", where).toEqual(cell.value);
        expect(other?.numberFormat, where).toBe(cell.numberFormat);
        expect(other?.style ?? {}, where).toEqual(cell.style ?? {});
        // Screen tips are written but ExcelJS does not read them back.
        const { screenTip: _tip, ...link } = cell.hyperlink ?? {};
        expect(other?.hyperlink, where).toEqual(cell.hyperlink ? link : undefined);
      }
      expect([...back.columnWidths].filter(([, w]) => w !== 48)).toEqual([...sheet.columnWidths].filter(([, w]) => w !== 48));
      expect([...back.rowHeights]).toEqual([...sheet.rowHeights]);
      expect(back.merges).toEqual(sheet.merges);
      expect([back.frozenRows, back.frozenColumns]).toEqual([sheet.frozenRows, sheet.frozenColumns]);
      expect(back.printArea).toEqual(sheet.printArea);
      expect(sortedByJson(back.dataValidations)).toEqual(sortedByJson(sheet.dataValidations));
      expect(sortedByJson(back.conditionalFormats.map(({ id: _id, ...cf }) => cf))).toEqual(sortedByJson(sheet.conditionalFormats.map(({ id: _id, ...cf }) => cf)));
    }

    const table = loaded.findTable("MentorRegister");
    const before = original.findTable("MentorRegister");
    expect(table).toMatchObject({ rect: before?.rect, style: "TableStyleLight9", showTotals: false, showFilterButton: true });
    expect(table?.columns).toEqual(before?.columns);
    expect(original.sheet("Cover").cellAt("A6")?.hyperlink).toEqual({ address: "https://ihrm.or.ke/", screenTip: "Institute of HRM" });
    expect(loaded.sheet("Cover").cellAt("A6")).toMatchObject({ value: "IHRM", hyperlink: { address: "https://ihrm.or.ke/" } });
    expect(loaded.sheet("Cover").cellAt("A7")?.hyperlink).toEqual({ documentReference: "Mentors!A1" });
    expect(loaded.sheet("Mentors").cellAt("D2")).toMatchObject({ value: 42772, numberFormat: "dd/mm/yyyy" });
  });

  it("saves text beginning with = as text, not as a formula, and reads it back as the same text", async () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Names", rows: RISKY.map((s) => [s]) }] });
    const { bytes } = await saveXlsx(workbook);
    // Independent reader: ExcelJS sees strings, no formulas.
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const first = raw.getWorksheet("Names")?.getCell("A1");
    expect(first?.type).toBe(ExcelJS.ValueType.String);
    expect(first?.formula).toBeFalsy();
    const loaded = await loadXlsx(bytes);
    const grid = await readSheetGrid(createMemoryContext(loaded), "Names", { formulas: true });
    expect(grid.values.map((r) => r[0])).toEqual(RISKY);
    expect(grid.formulas?.map((r) => r[0])).toEqual(RISKY);
  });

  it("keeps text written by writeBlock as text through a file", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("People");
    await writeBlock(createMemoryContext(workbook), "People", { row: 0, column: 0 }, RISKY.map((s) => [s]));
    const loaded = await loadXlsx((await saveXlsx(workbook)).bytes);
    expect(loaded.sheet("People").valuesIn(`A1:A${RISKY.length}`).map((r) => r[0])).toEqual(RISKY);
    expect(loaded.sheet("People").cellAt("A1")?.numberFormat).toBe("@");
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const { bytes } = await saveXlsx(memoryWorkbookFromSpec({ sheets: [{ name: "S", rows: [[1]] }] }));
    const copy = bytes.slice().buffer;
    expect((await loadXlsx(copy)).sheet("S").cellAt("A1")?.value).toBe(1);
  });
});

describe("files that are not .xlsx", () => {
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ["an empty file", new Uint8Array(), /not an \.xlsx workbook: the file is empty/],
    ["a CSV", new TextEncoder().encode("Name,Phone\nAchieng,0712345678\n"), /not an \.xlsx workbook: it is a text file \(perhaps a CSV\)/],
    ["an old .xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /Excel 97-2003 \.xls/],
    ["a PNG", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), /not a ZIP archive/],
    ["a truncated ZIP", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), /not a valid \.xlsx workbook/],
  ];
  it.each(cases)("rejects %s with a clear Error", async (_name, bytes, message) => {
    const error = await loadXlsx(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
  });

  it("rejects a ZIP that holds no workbook", async () => {
    // A minimal valid ZIP with one stored file, "hello.txt".
    const name = new TextEncoder().encode("hello.txt");
    const content = new TextEncoder().encode("hi");
    const local = [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x8c, 0x2b, 0x8e, 0x49, 2, 0, 0, 0, 2, 0, 0, 0, name.length, 0, 0, 0, ...name, ...content];
    const central = [0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x8c, 0x2b, 0x8e, 0x49, 2, 0, 0, 0, 2, 0, 0, 0, name.length, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...name];
    const end = [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, central.length, 0, 0, 0, local.length, 0, 0, 0, 0, 0];
    const error = await loadXlsx(new Uint8Array([...local, ...central, ...end])).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/not an \.xlsx workbook: it is a ZIP archive without worksheets/);
  });
});
