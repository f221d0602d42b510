import { describe, expect, it } from "vitest";
import type { XlWorksheetChangedEventArgs } from "../../../src/workbook/office/excel-api";
import { coAuthorEdit, filterTable } from "../../../src/workbook/memory/co-author";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";

const register = () =>
  memoryWorkbookFromSpec({
    sheets: [
      { name: "Mentors", rows: [["Name", "County", "Phone"], ["Achieng", "Kisumu", "0712345678"], ["Barasa", "Nairobi", "0722000000"]] },
      { name: "Notes", rows: [["free text"]] },
    ],
  });

describe("worksheets", () => {
  it("add, rename, reorder, hide and delete with Excel's rules", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const sheets = context.workbook.worksheets;
    const added = sheets.add("Summary");
    added.position = 0;
    sheets.getItem("Notes").visibility = "Hidden";
    await context.sync();
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Summary", "Mentors", "Notes"]);

    sheets.add("mentors");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    sheets.add("Bad/Name");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    sheets.getItem("Summary").name = "x".repeat(32);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });

    sheets.getItem("Summary").delete();
    sheets.getItem("Mentors").delete();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    // The first delete stayed applied: batches are not transactions.
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Mentors", "Notes"]);
  });

  it("keeps a proxy bound to its sheet across syncs even when a co-author renames it", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Mentors").load("id");
    await context.sync();
    workbook.renameSheet(workbook.sheet("Mentors"), "Mentor list");
    sheet.getRange("D1").values = [["Email"]];
    sheet.load("name");
    await context.sync();
    expect(sheet.name).toBe("Mentor list");
    expect(workbook.sheet("Mentor list").cellAt("D1")?.value).toBe("Email");
    workbook.removeSheet(workbook.sheet("Mentor list"));
    sheet.getRange("A1").values = [["gone"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("reports used ranges; OrNullObject for blank sheets, A1 otherwise", async () => {
    const workbook = register();
    workbook.addSheet("Blank");
    workbook.sheet("Notes").setNumberFormat(9, 9, "0.00");
    const context = createMemoryContext(workbook);
    const blank = context.workbook.worksheets.getItem("Blank");
    const nullUsed = blank.getUsedRangeOrNullObject();
    const a1 = blank.getUsedRange().load("address");
    const valuesOnly = context.workbook.worksheets.getItem("Notes").getUsedRange(true).load("address");
    const withFormats = context.workbook.worksheets.getItem("Notes").getUsedRange().load("address");
    await context.sync();
    expect(nullUsed.isNullObject).toBe(true);
    expect(() => nullUsed.values).toThrowError(/null object/);
    expect(a1.address).toBe("Blank!A1");
    expect(valuesOnly.address).toBe("Notes!A1");
    expect(withFormats.address).toBe("Notes!A1:J10");
    nullUsed.values = [["x"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses changes to a protected sheet with AccessDenied", async () => {
    const workbook = register();
    workbook.sheet("Mentors").protected = true;
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Mentors");
    const protection = sheet.protection.load("protected");
    await context.sync();
    expect(protection.protected).toBe(true);
    sheet.getRange("A2").values = [["Changed"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    sheet.getRange("A2").format.fill.color = "yellow";
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    sheet.protection.unprotect();
    sheet.getRange("A2").values = [["Changed"]];
    await context.sync();
    expect(workbook.sheet("Mentors").cellAt("A2")?.value).toBe("Changed");
  });
});

describe("formatting", () => {
  it("sets and reads fill, font, alignment, wrap, widths; null when cells differ", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Mentors");
    const header = sheet.getRange("A1:C1");
    header.format.fill.color = "#d9e1f2";
    header.format.font.bold = true;
    header.format.font.color = "navy";
    header.format.horizontalAlignment = "Center";
    header.format.wrapText = true;
    header.format.columnWidth = 90;
    sheet.getRange("A1").format.rowHeight = 30;
    const mixed = sheet.getRange("A1:A2").load("format/font/bold, format/fill/color");
    const loaded = header.load("format/fill/color, format/font/bold, format/font/color, format/horizontalAlignment, format/wrapText, format/columnWidth");
    await context.sync();
    expect(loaded.format.fill.color).toBe("#D9E1F2");
    expect(loaded.format.font.color).toBe("#000080");
    expect(loaded.format.font.bold).toBe(true);
    expect(loaded.format.horizontalAlignment).toBe("Center");
    expect(loaded.format.wrapText).toBe(true);
    expect(loaded.format.columnWidth).toBe(90);
    expect(mixed.format.font.bold).toBeNull();
    expect(mixed.format.fill.color).toBeNull();
    expect(workbook.sheet("Mentors").rowHeight(0)).toBe(30);
    sheet.getRange("A1").format.fill.color = "not a colour";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("merges keeping the top-left value, unmerges, lists merged areas", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Notes");
    sheet.getRange("B1").values = [["lost"]];
    sheet.getRange("A1:C1").merge();
    const areas = sheet.getRange("A1:D4").getMergedAreasOrNullObject().load("address, areaCount");
    const none = sheet.getRange("A5").getMergedAreasOrNullObject();
    await context.sync();
    expect(areas.address).toBe("Notes!A1:C1");
    expect(none.isNullObject).toBe(true);
    expect(workbook.sheet("Notes").valuesIn("A1:C1")).toEqual([["free text", "", ""]]);
    sheet.getRange("A1").unmerge();
    await context.sync();
    expect(workbook.sheet("Notes").merges).toEqual([]);
  });

  it("clears contents, formats or hyperlinks as asked", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const cell = context.workbook.worksheets.getItem("Notes").getRange("A1");
    cell.format.font.italic = true;
    cell.hyperlink = { address: "https://ihrm.or.ke", textToDisplay: "IHRM" };
    await context.sync();
    expect(workbook.sheet("Notes").cellAt("A1")).toMatchObject({ value: "IHRM", hyperlink: { address: "https://ihrm.or.ke" }, style: { italic: true } });
    cell.clear("Hyperlinks");
    await context.sync();
    expect(workbook.sheet("Notes").cellAt("A1")).toMatchObject({ value: "IHRM", style: { italic: true } });
    expect(workbook.sheet("Notes").cellAt("A1")?.hyperlink).toBeUndefined();
    cell.clear("Contents");
    await context.sync();
    expect(workbook.sheet("Notes").cellAt("A1")).toMatchObject({ value: "", style: { italic: true } });
    cell.clear();
    await context.sync();
    expect(workbook.sheet("Notes").cellAt("A1")).toBeUndefined();
  });

  it("freezes panes and sets the print area", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Mentors");
    sheet.freezePanes.freezeRows(1);
    sheet.pageLayout.setPrintArea("A1:C3");
    const location = sheet.freezePanes.getLocationOrNullObject().load("address");
    const print = sheet.pageLayout.getPrintAreaOrNullObject().load("address");
    await context.sync();
    expect(location.address).toBe("Mentors!1:1");
    expect(print.address).toBe("Mentors!A1:C3");
    sheet.freezePanes.freezeAt("B2");
    await context.sync();
    expect([workbook.sheet("Mentors").frozenRows, workbook.sheet("Mentors").frozenColumns]).toEqual([2, 2]);
    sheet.freezePanes.unfreeze();
    const gone = sheet.freezePanes.getLocationOrNullObject();
    await context.sync();
    expect(gone.isNullObject).toBe(true);
  });
});

describe("range navigation", () => {
  it("derives cells, offsets, resizes and whole columns like Office.js, refusing ranges off the sheet", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const base = context.workbook.worksheets.getItem("Mentors").getRange("B2:C3");
    const cell = base.getCell(1, 1).load("address");
    const offset = base.getOffsetRange(1, -1).load("address");
    const resized = base.getResizedRange(2, -1).load("address");
    const column = base.getEntireColumn().load("address, rowCount");
    const byIndexes = context.workbook.worksheets.getItem("Mentors").getRangeByIndexes(0, 0, 2, 3).load("values");
    await context.sync();
    expect([cell.address, offset.address, resized.address, column.address]).toEqual(["Mentors!C3", "Mentors!A3:B4", "Mentors!B2:B5", "Mentors!B:C"]);
    expect(column.rowCount).toBe(1_048_576);
    expect(byIndexes.values).toEqual([["Name", "County", "Phone"], ["Achieng", "Kisumu", "0712345678"]]);
    base.getOffsetRange(0, -5).load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("autofits column widths to the longest displayed text", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    context.workbook.worksheets.getItem("Mentors").getRange("A1:C3").format.autofitColumns();
    await context.sync();
    const sheet = workbook.sheet("Mentors");
    expect(sheet.columnWidth(2)).toBeGreaterThan(sheet.columnWidth(1));
    expect(sheet.columnWidth(0)).toBeLessThan(48);
  });
});

describe("tables", () => {
  it("adds a table from a header row, names columns like Excel and finds it by name", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const table = context.workbook.tables.add("Mentors!A1:C3", true);
    table.name = "MentorRegister";
    await context.sync();
    const found = context.workbook.tables.getItem("mentorregister").load("name, style, showTotals");
    const columns = found.columns.load("items/name, items/index");
    const body = found.getDataBodyRange().load("address");
    const rows = found.rows.load("count");
    await context.sync();
    expect(found.name).toBe("MentorRegister");
    expect(found.style).toBe("TableStyleMedium2");
    expect(columns.items.map((c) => c.name)).toEqual(["Name", "County", "Phone"]);
    expect(body.address).toBe("Mentors!A2:C3");
    expect(rows.count).toBe(2);
  });

  it("makes header names unique and gives a header-only table one blank row", async () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "S", rows: [["Name", "name", "", 2017]] }] });
    const context = createMemoryContext(workbook);
    const table = context.workbook.worksheets.getItem("S").tables.add("A1:D1", true);
    const range = table.getRange().load("address");
    table.columns.load("items/name");
    await context.sync();
    expect(range.address).toBe("S!A1:D2");
    expect(table.columns.items.map((c) => c.name)).toEqual(["Name", "name2", "Column3", "2017"]);
    expect(workbook.sheet("S").valuesIn("A1:D1")).toEqual([["Name", "name2", "Column3", "2017"]]);
  });

  it("refuses overlapping tables, duplicate names and tables over merged cells", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const tables = context.workbook.worksheets.getItem("Mentors").tables;
    tables.add("A1:C3", true).name = "T";
    await context.sync();
    tables.add("B2:D4", true);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    context.workbook.worksheets.getItem("Notes").tables.add("A1:A2", true).name = "t";
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    workbook.sheet("Notes").merge({ row: 5, column: 0, rowCount: 1, columnCount: 2 }, false);
    context.workbook.worksheets.getItem("Notes").tables.add("A5:B7", true);
    await expect(context.sync()).rejects.toMatchObject({ code: "MergedRangeConflict" });
    context.workbook.tables.getItem("NoSuchTable");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("reports a filter applied by a person, refuses writes into it until cleared", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const table = context.workbook.worksheets.getItem("Mentors").tables.add("A1:C3", true);
    table.name = "Register";
    await context.sync();
    filterTable(workbook, "Register");
    const filter = table.autoFilter.load("enabled, isDataFiltered");
    await context.sync();
    expect(filter.isDataFiltered).toBe(true);
    expect(filter.enabled).toBe(true);
    context.workbook.worksheets.getItem("Mentors").getRange("A2").values = [["Overwrite"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "FilteredRangeConflict" });
    table.clearFilters();
    context.workbook.worksheets.getItem("Mentors").getRange("A2").values = [["Overwrite"]];
    table.autoFilter.load("isDataFiltered");
    await context.sync();
    expect(table.autoFilter.isDataFiltered).toBe(false);
    expect(workbook.sheet("Mentors").cellAt("A2")?.value).toBe("Overwrite");
  });

  it("renames a column when its header cell is written, and deletes table and contents", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const table = context.workbook.worksheets.getItem("Mentors").tables.add("A1:C3", true);
    await context.sync();
    context.workbook.worksheets.getItem("Mentors").getRange("B1").values = [["Home county"]];
    table.columns.load("items/name");
    await context.sync();
    expect(table.columns.items[1]?.name).toBe("Home county");
    table.rows.add(undefined, [["Chebet", "Nakuru", "0733000000"]]);
    table.rows.load("count");
    await context.sync();
    expect(table.rows.count).toBe(3);
    table.delete();
    await context.sync();
    expect(workbook.allTables()).toEqual([]);
    expect(workbook.sheet("Mentors").usedRect(true)).toBeUndefined();
  });
});

describe("data validation and conditional formats", () => {
  it("stores list rules, refuses typed lists over 255 characters, clears by range", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const column = context.workbook.worksheets.getItem("Mentors").getRange("B2:B3");
    column.dataValidation.rule = { list: { inCellDropDown: true, source: "Kisumu,Nairobi,Nakuru" } };
    column.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "County", message: "Pick a county" };
    const loaded = column.dataValidation.load("type, rule, errorAlert");
    await context.sync();
    expect(loaded.type).toBe("List");
    expect(loaded.rule.list?.source).toBe("Kisumu,Nairobi,Nakuru");
    expect(loaded.errorAlert.message).toBe("Pick a county");
    column.dataValidation.rule = { list: { inCellDropDown: true, source: Array.from({ length: 60 }, (_, i) => `County ${i}`).join(",") } };
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    context.workbook.worksheets.getItem("Mentors").getRange("B3").dataValidation.clear();
    const half = context.workbook.worksheets.getItem("Mentors").getRange("B2:B3").dataValidation.load("type");
    await context.sync();
    expect(half.type).toBe("Inconsistent");
    expect(workbook.sheet("Mentors").validationAt(1, 1)?.list.source).toBe("Kisumu,Nairobi,Nakuru");
    expect(workbook.sheet("Mentors").validationAt(2, 1)).toBeUndefined();
  });

  it("takes a range of this context as a list source", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Mentors");
    sheet.getRange("E2:E3").dataValidation.rule = { list: { inCellDropDown: true, source: context.workbook.worksheets.getItem("Phase 1 lists").getRange("A1:A3") } };
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    context.workbook.worksheets.add("Phase 1 lists");
    sheet.getRange("E2:E3").dataValidation.rule = { list: { inCellDropDown: true, source: context.workbook.worksheets.getItem("Phase 1 lists").getRange("A1:A3") } };
    await context.sync();
    expect(workbook.sheet("Mentors").validationAt(1, 4)?.list.source).toBe("='Phase 1 lists'!$A$1:$A$3");
  });

  it("adds custom and cell-value conditional formats and clears them", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const range = context.workbook.worksheets.getItem("Mentors").getRange("A2:C3");
    const custom = range.conditionalFormats.add("Custom");
    custom.custom.rule.formula = "=$C2=\"\"";
    custom.custom.format.fill.color = "#FFC7CE";
    const byValue = range.conditionalFormats.add("CellValue");
    byValue.cellValue.rule = { operator: "GreaterThan", formula1: "5" };
    byValue.cellValue.format.font.bold = true;
    range.conditionalFormats.load("items/type");
    await context.sync();
    expect(range.conditionalFormats.items.map((c) => c.type).sort()).toEqual(["CellValue", "Custom"]);
    expect(workbook.sheet("Mentors").conditionalFormats.find((c) => c.type === "Custom")).toMatchObject({ formula: '=$C2=""', style: { fillColor: "#FFC7CE" } });
    range.conditionalFormats.clearAll();
    await context.sync();
    expect(workbook.sheet("Mentors").conditionalFormats).toEqual([]);
  });
});

describe("charts", () => {
  it("adds a chart with a title and position", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Mentors");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
    chart.title.text = "Mentors per county";
    chart.setPosition("E2", "J15");
    chart.load("name, left, top, width, height");
    await context.sync();
    expect(chart.name).toBe("Chart 1");
    expect(chart.left).toBe(4 * 48);
    expect(chart.top).toBe(15);
    expect(chart.width).toBe(6 * 48);
    expect(workbook.sheet("Mentors").charts[0]).toMatchObject({ source: "Mentors!A1:B3", title: { text: "Mentors per county" }, position: { start: "E2", end: "J15" } });
  });
});

describe("change events", () => {
  it("fires onChanged for the add-in's writes (Local) and a co-author's edits (Remote)", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    const seen: XlWorksheetChangedEventArgs[] = [];
    const sheet = context.workbook.worksheets.getItem("Mentors");
    const registration = sheet.onChanged.add(async (args) => {
      seen.push(args);
    });
    await context.sync();
    sheet.getRange("A2:B2").values = [["Akinyi", "Siaya"]];
    await context.sync();
    coAuthorEdit(workbook, "Mentors", "C3", [["0712 345 678"]]);
    await workbook.events.idle();
    expect(seen.map((e) => [e.address, e.source, e.triggerSource])).toEqual([
      ["A2:B2", "Local", "ThisLocalAddin"],
      ["C3", "Remote", "Unknown"],
    ]);
    expect(workbook.sheet("Mentors").cellAt("C3")?.value).toBe("0712 345 678");
    registration.remove();
    await context.sync();
    coAuthorEdit(workbook, "Mentors", "C3", [["x"]]);
    await workbook.events.idle();
    expect(seen).toHaveLength(2);
  });

  it("keeps handler failures instead of losing them", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    context.workbook.worksheets.getItem("Notes").onChanged.add(async () => {
      throw new Error("handler broke");
    });
    await context.sync();
    coAuthorEdit(workbook, "Notes", "A1", [["y"]]);
    await workbook.events.idle();
    expect(workbook.events.errors).toHaveLength(1);
  });
});

describe("selection", () => {
  it("selects a range and activates its sheet", async () => {
    const workbook = register();
    const context = createMemoryContext(workbook);
    context.workbook.worksheets.getItem("Notes").getRange("B4").select();
    const selected = context.workbook.getSelectedRange().load("address");
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    expect(selected.address).toBe("Notes!B4");
    expect(active.name).toBe("Notes");
  });
});
