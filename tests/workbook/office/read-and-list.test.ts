import { describe, expect, it } from "vitest";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";
import { listSheets } from "../../../src/workbook/office/list-sheets";
import { readSheetGrid } from "../../../src/workbook/office/read-sheet-grid";

const workbook = () =>
  memoryWorkbookFromSpec({
    sheets: [
      {
        name: "Mentors",
        rows: [["Mentor register"], [], [null, "Name", "Joined", "Years"], [null, "Achieng", new Date("2017-02-06"), 12], [null, "=Barasa", "06/02/2017", "12 yrs"]],
        numberFormats: [{ address: "C4", format: "d mmm yyyy" }],
      },
      { name: "Blank", rows: [] },
      { name: "Phase 1", rows: [["x"]] },
    ],
  });

describe("readSheetGrid", () => {
  it("reads the used range with values, formats and position in one sync", async () => {
    const context = createMemoryContext(workbook());
    const grid = await readSheetGrid(context, "mentors", { text: true, formulas: true });
    expect(context.stats.syncCount).toBe(1);
    expect(grid).toMatchObject({ sheet: "Mentors", address: "Mentors!A1:D5", rowIndex: 0, columnIndex: 0 });
    expect(grid.values[3]).toEqual(["", "Achieng", 42772, 12]);
    expect(grid.values[4]).toEqual(["", "=Barasa", "06/02/2017", "12 yrs"]);
    expect(grid.numberFormats[3]?.[2]).toBe("d mmm yyyy");
    expect(grid.text?.[3]?.[2]).toBe("6 Feb 2017");
    expect(grid.formulas?.[4]?.[1]).toBe("=Barasa");
  });

  it("reads a blank sheet as an empty grid", async () => {
    const context = createMemoryContext(workbook());
    expect(await readSheetGrid(context, "Blank")).toEqual({ sheet: "Blank", address: "", rowIndex: 0, columnIndex: 0, values: [], numberFormats: [] });
    expect(context.stats.syncCount).toBe(1);
  });

  it("says which sheet is missing", async () => {
    const context = createMemoryContext(workbook());
    await expect(readSheetGrid(context, "Mentees")).rejects.toMatchObject({ code: "SheetNotFound", message: expect.stringContaining('"Mentees"') });
  });

  it("falls back to row bands when the response would exceed Excel's limit", async () => {
    const big = memoryWorkbookFromSpec({ sheets: [{ name: "Big", rows: Array.from({ length: 2_000 }, (_, r) => [`Mentee ${r}`, r, `07${String(r).padStart(8, "0")}`]) }] });
    const context = createMemoryContext(big, { maxResponseBytes: 40_000 });
    const progress: number[] = [];
    const grid = await readSheetGrid(context, "Big", { onProgress: (done) => progress.push(done) });
    expect(grid.values).toHaveLength(2_000);
    expect(grid.values[1999]).toEqual(["Mentee 1999", 1999, "0700001999"]);
    expect(grid.numberFormats).toHaveLength(2_000);
    expect(grid.address).toBe("Big!A1:C2000");
    expect(progress.at(-1)).toBe(2_000);
    for (const bytes of context.stats.responseBytes) expect(bytes).toBeLessThanOrEqual(40_000);
    // A handful of syncs, not one per row.
    expect(context.stats.syncCount).toBeLessThan(40);
  });
});

describe("listSheets", () => {
  it("lists sheets in tab order with visibility, in one sync", async () => {
    const wb = workbook();
    wb.moveSheet(wb.sheet("Phase 1"), 0);
    wb.setVisibility(wb.sheet("Blank"), "Hidden");
    const context = createMemoryContext(wb);
    const sheets = await listSheets(context);
    expect(sheets.map((s) => [s.name, s.position, s.visibility])).toEqual([
      ["Phase 1", 0, "Visible"],
      ["Mentors", 1, "Visible"],
      ["Blank", 2, "Hidden"],
    ]);
    expect(sheets[0]?.id).toBe(wb.sheet("Phase 1").id);
    expect(context.stats.syncCount).toBe(1);
  });
});
