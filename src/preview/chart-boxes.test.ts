import { describe, expect, it } from "vitest";
import { createMemoryContext } from "../workbook/memory/context";
import { memoryWorkbookFromSpec } from "../workbook/memory/spec";
import { chartBoxes, HEADER_HEIGHT_PX, layoutSheet, ROW_HEADER_WIDTH_PX, ROW_HEIGHT_PX } from "./grid-model";

describe("chart boxes on the preview grid", () => {
  it("cover the cells a chart was placed over, with its title, and widen the grid to reach them", async () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Summary", rows: [["Week", "Held"], ["Week 1", 3], ["Week 2", 4]] }] });
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Summary");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B3"), "Columns");
    chart.title.text = "Sessions held by week";
    chart.setPosition("D2", "J15");
    sheet.charts.add("Pie", sheet.getRange("B2:B3"), "Columns");
    await context.sync();
    const memory = workbook.sheet("Summary");
    const layout = layoutSheet(memory);
    // Columns D..J (3..9) must exist on the grid, with the spare columns after them.
    expect(layout.columnCount).toBeGreaterThan(10);
    const [placed, unplaced] = chartBoxes(memory, layout);
    expect(placed).toMatchObject({ label: "Sessions held by week", chartType: "ColumnClustered" });
    expect(placed?.left).toBe(ROW_HEADER_WIDTH_PX + (layout.columnLefts[3] ?? -1));
    expect(placed?.top).toBe(HEADER_HEIGHT_PX + 1 * ROW_HEIGHT_PX);
    expect(placed?.width).toBe((layout.columnLefts[10] ?? 0) - (layout.columnLefts[3] ?? 0));
    expect(placed?.height).toBe(14 * ROW_HEIGHT_PX);
    // A chart without a title shows its name; placed by points (the default 360 x 216).
    expect(unplaced).toMatchObject({ label: "Chart 2", left: ROW_HEADER_WIDTH_PX, top: HEADER_HEIGHT_PX, width: 480, height: 288 });
  });
});
