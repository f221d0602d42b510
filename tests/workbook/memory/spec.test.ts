import { describe, expect, it } from "vitest";
import { DEFAULT_DATE_FORMAT } from "../../../src/workbook/excel-dates";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";
import { charactersToPoints } from "../../../src/workbook/units";

describe("memoryWorkbookFromSpec", () => {
  it("stores what each cell holds, verbatim: text stays text, Dates become date cells", () => {
    const workbook = memoryWorkbookFromSpec({
      sheets: [
        {
          name: "Mentors",
          rows: [["Mentor register"], [], ["Name", "Phone", "Joined", "Years", "Active"], ["=Achieng", "0712345678", new Date("2017-02-06"), 12, true], [null, "", null, 0, false]],
          merges: ["A1:E1"],
          columnWidths: [24, 14],
          numberFormats: [{ address: "D4:D5", format: "0.0" }],
          frozenRows: 3,
        },
        { name: "Empty", rows: [] },
      ],
    });
    const sheet = workbook.sheet("Mentors");
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Mentors", "Empty"]);
    expect(sheet.cellAt("A4")).toEqual({ value: "=Achieng" });
    expect(sheet.cellAt("B4")).toEqual({ value: "0712345678" });
    expect(sheet.cellAt("C4")).toEqual({ value: 42772, numberFormat: DEFAULT_DATE_FORMAT });
    expect(sheet.cellAt("D4")).toEqual({ value: 12, numberFormat: "0.0" });
    expect(sheet.cellAt("E5")).toEqual({ value: false });
    expect(sheet.cellAt("A5")).toBeUndefined();
    expect(sheet.cellAt("B5")).toBeUndefined();
    expect(sheet.merges).toEqual([{ row: 0, column: 0, rowCount: 1, columnCount: 5 }]);
    expect(sheet.columnWidth(0)).toBe(charactersToPoints(24));
    expect(sheet.columnWidth(2)).toBe(48);
    expect(sheet.frozenRows).toBe(3);
    expect(workbook.activeSheet().name).toBe("Mentors");
  });

  it("lets a numberFormats entry replace the default date format", () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "S", rows: [[new Date("2017-02-06T12:00:00Z")]], numberFormats: [{ address: "A1", format: "d mmm yyyy h:mm" }] }] });
    expect(workbook.sheet("S").cellAt("A1")).toEqual({ value: 42772.5, numberFormat: "d mmm yyyy h:mm" });
  });

  it("creates tables with the given names over ranges with headers", () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "S", rows: [["Name", "County"], ["Achieng", "Kisumu"]], tables: [{ name: "People", range: "A1:B2", style: "TableStyleLight1" }] }] });
    expect(workbook.findTable("People")).toMatchObject({ style: "TableStyleLight1", columns: [{ name: "Name" }, { name: "County" }] });
  });

  it("says which sheet and cell are wrong", () => {
    expect(() => memoryWorkbookFromSpec({ sheets: [{ name: "S", rows: [[null, Number.NaN]] }] })).toThrowError(/Sheet "S" row 1 column 2/);
    expect(() => memoryWorkbookFromSpec({ sheets: [{ name: "S", rows: [], merges: ["A1:"] }] })).toThrowError(/"A1:" is not an A1 address/);
    expect(() => memoryWorkbookFromSpec({ sheets: [{ name: "S", rows: [] }, { name: "s", rows: [] }] })).toThrowError(/already exists/);
  });
});
