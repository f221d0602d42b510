import { describe, expect, it } from "vitest";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";
import { readSheetGrid } from "../../../src/workbook/office/read-sheet-grid";
import { readWorkbookGrids } from "../../../src/workbook/office/read-workbook-grids";

const ROWS = [["Mentor list"], ["Name", "County"], ["Achieng", "Nairobi"], ["Wanjiru", null], ["Baraka", null]];

// Quotes and a comma in a sheet name: the merged areas' address is split at the right commas.
const workbook = () =>
  memoryWorkbookFromSpec({
    sheets: [
      { name: "Mentors", rows: ROWS, merges: ["A1:B1", "B3:B5"] },
      { name: "Ward 1, Mama's", rows: ROWS, merges: ["B3:B4"] },
      { name: "Plain", rows: ROWS },
      { name: "Blank", rows: [] },
    ],
  });

const NAIROBI_DOWN = { row: 2, column: 1, rowCount: 3, columnCount: 1 };

describe("reading merged areas with the cells", () => {
  it("readWorkbookGrids carries each sheet's merges, in the same two syncs as before", async () => {
    const context = createMemoryContext(workbook());
    const { grids } = await readWorkbookGrids(context);
    // One sync lists the sheets, one reads every sheet's cells (and now its merges).
    expect(context.stats.syncCount).toBe(2);
    expect(grids.map((g) => [g.sheet, g.merges])).toEqual([
      ["Mentors", [{ row: 0, column: 0, rowCount: 1, columnCount: 2 }, NAIROBI_DOWN]],
      ["Ward 1, Mama's", [{ row: 2, column: 1, rowCount: 2, columnCount: 1 }]],
      ["Plain", undefined],
      ["Blank", undefined],
    ]);
    expect(grids[0]?.values[3]).toEqual(["Wanjiru", ""]);
  });

  it("readSheetGrid carries them in its one sync", async () => {
    const context = createMemoryContext(workbook());
    const grid = await readSheetGrid(context, "Ward 1, Mama's");
    expect(context.stats.syncCount).toBe(1);
    expect(grid.merges).toEqual([{ row: 2, column: 1, rowCount: 2, columnCount: 1 }]);
    expect(await readSheetGrid(context, "Plain")).not.toHaveProperty("merges");
  });

  it("carries them when a big sheet is read in bands", async () => {
    const rows = [["Name", "County"], ...Array.from({ length: 2_000 }, (_, r) => [`Mentee ${r}`, r % 100 === 0 ? `County ${r}` : null])];
    const big = memoryWorkbookFromSpec({ sheets: [{ name: "Big", rows, merges: ["B1002:B1101"] }] });
    const context = createMemoryContext(big, { maxResponseBytes: 40_000 });
    const grid = await readSheetGrid(context, "Big");
    expect(grid.values).toHaveLength(2_001);
    expect(grid.merges).toEqual([{ row: 1001, column: 1, rowCount: 100, columnCount: 1 }]);
    expect(context.stats.syncCount).toBeGreaterThan(2);
  });
});
