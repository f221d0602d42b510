import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../workbook/memory/model";
import {
  cellLook,
  HEADER_HEIGHT_PX,
  layoutSheet,
  ROW_HEIGHT_PX,
  scrollTopForRow,
  selectionOn,
  visibleRowWindow,
  visibleSheets,
} from "./grid-model";

function sampleSheet() {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.addSheet("Mentors");
  sheet.setRawValue(0, 0, "Mentor register");
  sheet.merge({ row: 0, column: 0, rowCount: 1, columnCount: 3 }, false);
  sheet.setRawValue(2, 0, "Name");
  sheet.setRawValue(2, 1, "Years");
  sheet.setRawValue(2, 2, "Active");
  sheet.setRawValue(3, 0, "Achieng Otieno");
  sheet.setRawValue(3, 1, 12);
  sheet.setRawValue(3, 2, true);
  sheet.setRawValue(4, 1, 0.5);
  sheet.setNumberFormat(4, 1, "0%");
  sheet.patchStyle(3, 0, { fillColor: "#FFFF00", bold: true });
  workbook.addTable(sheet, { row: 2, column: 0, rowCount: 3, columnCount: 3 });
  sheet.frozenRows = 3;
  return { workbook, sheet };
}

describe("the preview grid's layout of a sheet", () => {
  it("covers the used range plus spare rows and columns, with column letters", () => {
    const layout = layoutSheet(sampleSheet().sheet);
    expect(layout.rowCount).toBe(5 + 30);
    expect(layout.columnCount).toBe(3 + 6);
    expect(layout.columnLabels.slice(0, 3)).toEqual(["A", "B", "C"]);
    expect(layout.columnLefts).toHaveLength(layout.columnCount + 1);
    expect(layout.frozenRows).toBe(3);
  });

  it("turns column widths from points into pixels", () => {
    const { sheet } = sampleSheet();
    sheet.columnWidths.set(1, 150);
    const layout = layoutSheet(sheet);
    expect((layout.columnLefts[2] ?? 0) - (layout.columnLefts[1] ?? 0)).toBe(200);
  });
});

describe("the rows rendered for a viewport", () => {
  const big = { rowCount: 50_000, frozenRows: 1 };

  it("are a small window at the top of a 50,000-row sheet", () => {
    const { first, last } = visibleRowWindow(0, 600, big);
    expect(first).toBe(1); // row 0 is frozen and drawn separately
    expect(last - first).toBeLessThan(50);
  });

  it("follow the scroll position to the end of the sheet and stop there", () => {
    const middle = visibleRowWindow(25_000 * ROW_HEIGHT_PX, 600, big);
    expect(middle.first).toBeLessThanOrEqual(25_001);
    expect(middle.last).toBeGreaterThan(25_001 + Math.floor((600 - HEADER_HEIGHT_PX - ROW_HEIGHT_PX) / ROW_HEIGHT_PX) - 1);
    const end = visibleRowWindow(60_000 * ROW_HEIGHT_PX, 600, big);
    expect(end.last).toBe(50_000);
    expect(end.first).toBeLessThanOrEqual(end.last);
  });

  it("scroll a row to just under the frozen rows, and frozen rows not at all", () => {
    expect(scrollTopForRow(0, big)).toBe(0);
    expect(scrollTopForRow(101, big)).toBe(100 * ROW_HEIGHT_PX);
    // The row scrolled to is the first row the window puts in view.
    expect(visibleRowWindow(scrollTopForRow(101, big), 600, big, 0).first).toBe(101);
  });
});

describe("how a cell looks", () => {
  it("shows a merge's top-left text across its width and nothing in the cells it covers", () => {
    const { sheet } = sampleSheet();
    expect(cellLook(sheet, 0, 0)).toMatchObject({ text: "Mentor register", span: 3 });
    expect(cellLook(sheet, 0, 1)).toMatchObject({ text: "", span: 0 });
  });

  it("formats numbers and aligns values as Excel's General format does", () => {
    const { sheet } = sampleSheet();
    expect(cellLook(sheet, 3, 1)).toMatchObject({ text: "12", align: "right" });
    expect(cellLook(sheet, 3, 2)).toMatchObject({ text: "TRUE", align: "center" });
    expect(cellLook(sheet, 4, 1)).toMatchObject({ text: "50%", align: "right" });
    expect(cellLook(sheet, 3, 0).align).toBe("left");
  });

  it("carries fills and bold, and marks table headers (bold) and bodies", () => {
    const { sheet } = sampleSheet();
    expect(cellLook(sheet, 3, 0)).toMatchObject({ fill: "#FFFF00", bold: true, tableBody: true, tableHeader: false });
    expect(cellLook(sheet, 2, 1)).toMatchObject({ tableHeader: true, bold: true });
    expect(cellLook(sheet, 10, 10)).toMatchObject({ text: "", tableHeader: false, tableBody: false });
  });
});

describe("sheets and selection", () => {
  it("lists only visible sheets and reports the selection on the sheet it is on", () => {
    const { workbook, sheet } = sampleSheet();
    const hidden = workbook.addSheet("Mentorship lists");
    hidden.visibility = "Hidden";
    expect(visibleSheets(workbook).map((s) => s.name)).toEqual(["Mentors"]);
    expect(selectionOn(workbook, sheet)).toBeUndefined();
    workbook.selection = { sheetId: sheet.id, rect: { row: 7, column: 2, rowCount: 1, columnCount: 1 } };
    expect(selectionOn(workbook, sheet)).toEqual({ row: 7, column: 2 });
    expect(selectionOn(workbook, hidden)).toBeUndefined();
  });
});
