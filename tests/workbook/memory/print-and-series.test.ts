// The in-memory Excel's page setup, font size and chart series: what the summary writer
// needs beyond the original interface, held to Excel's rules and kept by the xlsx adapter.
import { describe, expect, it } from "vitest";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";
import { checkZoom } from "../../../src/workbook/memory/page-setup";
import { loadXlsx } from "../../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";

const table = () =>
  memoryWorkbookFromSpec({
    sheets: [
      {
        name: "Weeks",
        rows: [
          ["Week", "Held", "Planned"],
          ["Week 1", 10, 12],
          ["Week 2", 11, 12],
          ["Week 3", 9, 12],
        ],
      },
    ],
  });

describe("page layout", () => {
  it("sets landscape and fit to one page wide, and reads them back after a sync", async () => {
    const workbook = table();
    const context = createMemoryContext(workbook);
    const layout = context.workbook.worksheets.getItem("Weeks").pageLayout;
    layout.orientation = "Landscape";
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    await context.sync();
    expect(() => layout.orientation).toThrow(/is not available/);
    layout.load("orientation, zoom");
    await context.sync();
    expect(layout.orientation).toBe("Landscape");
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(workbook.sheet("Weeks").pageSetup).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });

  it("refuses what Excel refuses", async () => {
    expect(() => checkZoom({ scale: 5 })).toThrow(/between 10 and 400/);
    expect(() => checkZoom({ scale: 80, horizontalFitToPages: 1 })).toThrow(/not both/);
    expect(() => checkZoom({ horizontalFitToPages: -1 })).toThrow(/whole number/);
    expect(() => checkZoom({})).toThrow(/needs a scale/);
    expect(checkZoom({ horizontalFitToPages: 2 })).toEqual({ horizontalFitToPages: 2, verticalFitToPages: 0 });
    const context = createMemoryContext(table());
    const layout = context.workbook.worksheets.getItem("Weeks").pageLayout;
    layout.orientation = "Sideways" as "Portrait";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("is saved to .xlsx and read back", async () => {
    const workbook = table();
    workbook.sheet("Weeks").pageSetup = { orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } };
    const loaded = await loadXlsx((await saveXlsx(workbook)).bytes);
    expect(loaded.sheet("Weeks").pageSetup).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    const scaled = table();
    scaled.sheet("Weeks").pageSetup = { orientation: "Portrait", zoom: { scale: 80 } };
    expect((await loadXlsx((await saveXlsx(scaled)).bytes)).sheet("Weeks").pageSetup).toEqual({ orientation: "Portrait", zoom: { scale: 80 } });
  });
});

describe("font size", () => {
  it("is set in points, read as null over mixed sizes, and kept in .xlsx", async () => {
    const workbook = table();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Weeks");
    sheet.getRange("A1").format.font.size = 16;
    const one = sheet.getRange("A1").format.font.load("size");
    const mixed = sheet.getRange("A1:B1").format.font.load("size");
    await context.sync();
    expect(one.size).toBe(16);
    expect(mixed.size).toBeNull();
    sheet.getRange("A2").format.font.size = 0;
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const loaded = await loadXlsx((await saveXlsx(workbook)).bytes);
    expect(loaded.sheet("Weeks").cellAt("A1")?.style?.fontSize).toBe(16);
    expect(loaded.sheet("Weeks").cellAt("B1")?.style?.fontSize).toBeUndefined();
  });
});

describe("chart series", () => {
  it("come from the source range as Excel makes them: header names, text labels as categories", async () => {
    const workbook = table();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Weeks");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), "Auto");
    chart.series.load("items/name, count");
    await context.sync();
    expect(chart.series.count).toBe(2);
    expect(chart.series.items.map((s) => s.name)).toEqual(["Held", "Planned"]);
    expect(workbook.sheet("Weeks").charts[0]?.series).toEqual([
      { name: "Held", values: "B2:B4", xValues: "A2:A4" },
      { name: "Planned", values: "C2:C4", xValues: "A2:A4" },
    ]);
  });

  it("are named Series1.. over bare numbers, one per column or per row", async () => {
    const workbook = table();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Weeks");
    sheet.charts.add("Line", sheet.getRange("B2:B4"), "Columns");
    sheet.charts.add("Line", sheet.getRange("B2:C4"), "Rows");
    await context.sync();
    const [byColumn, byRow] = workbook.sheet("Weeks").charts;
    expect(byColumn?.series).toEqual([{ name: "Series1", values: "B2:B4" }]);
    expect(byRow?.series.map((s) => s.values)).toEqual(["B2:C2", "B3:C3", "B4:C4"]);
  });

  it("keep ranges of their own sheet through a rename, and name another sheet's", async () => {
    const workbook = table();
    workbook.addSheet("Charts");
    const context = createMemoryContext(workbook);
    const weeks = context.workbook.worksheets.getItem("Weeks");
    const elsewhere = context.workbook.worksheets.getItem("Charts").charts.add("Line", weeks.getRange("B2:B4"), "Columns");
    elsewhere.series.getItemAt(0).setXAxisValues(weeks.getRange("A2:A4"));
    weeks.charts.add("Line", weeks.getRange("B2:B4"), "Columns");
    await context.sync();
    expect(workbook.sheet("Charts").charts[0]?.series).toEqual([{ name: "Series1", values: "Weeks!B2:B4", xValues: "Weeks!A2:A4" }]);
    weeks.name = "Weeks (final)";
    await context.sync();
    expect(workbook.sheet("Weeks (final)").charts[0]?.series).toEqual([{ name: "Series1", values: "B2:B4" }]);
  });

  it("can be pointed at other cells, added and deleted, as the summary writer does", async () => {
    const workbook = table();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Weeks");
    const chart = sheet.charts.add("BarClustered", sheet.getRange("C2:C4"), "Columns");
    const first = chart.series.getItemAt(0);
    first.name = "Planned";
    first.setXAxisValues(sheet.getRange("A2:A4"));
    const added = chart.series.add("Held", 0);
    added.setValues(sheet.getRange("B2:B4"));
    added.setXAxisValues(sheet.getRange("A2:A4"));
    await context.sync();
    expect(workbook.sheet("Weeks").charts[0]?.series).toEqual([
      { name: "Held", values: "B2:B4", xValues: "A2:A4" },
      { name: "Planned", values: "C2:C4", xValues: "A2:A4" },
    ]);
    added.delete();
    await context.sync();
    expect(workbook.sheet("Weeks").charts[0]?.series.map((s) => s.name)).toEqual(["Planned"]);
    chart.series.getItemAt(0).setValues(sheet.getRange("B2:C4"));
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    chart.series.getItemAt(5).name = "ghost";
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
