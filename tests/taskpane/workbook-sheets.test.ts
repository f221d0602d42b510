import { describe, expect, it } from "vitest";
import { readSheetSummaries } from "../../src/taskpane/screens/WorkbookSheets";
import { createMemoryContext } from "../../src/workbook/memory/context";
import { memoryWorkbookFromSpec } from "../../src/workbook/memory/spec";

describe("readSheetSummaries", () => {
  it("lists visible sheets in tab order with their used size, in two syncs however many sheets", async () => {
    const workbook = memoryWorkbookFromSpec({
      sheets: [
        { name: "Mentors", rows: [[], [], [null, "Name", "County"], [null, "Achieng", "Kisumu"]] },
        { name: "Mentorship lists", rows: [["Kisumu"]] },
        { name: "Empty", rows: [] },
        ...Array.from({ length: 20 }, (_, i) => ({ name: `Extra ${i + 1}`, rows: [["x"]] })),
      ],
    });
    workbook.sheet("Mentorship lists").visibility = "Hidden";
    const context = createMemoryContext(workbook);
    const sheets = await readSheetSummaries(context);
    expect(context.stats.syncCount).toBe(2);
    expect(sheets.slice(0, 2)).toEqual([
      { name: "Mentors", firstCell: "B3", rows: 2, columns: 2 },
      { name: "Empty", firstCell: undefined, rows: 0, columns: 0 },
    ]);
    expect(sheets.map((s) => s.name)).not.toContain("Mentorship lists");
    expect(sheets).toHaveLength(22);
  });
});
