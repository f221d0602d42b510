import { describe, expect, it } from "vitest";
import { memoryWorkbookFromSpec } from "../workbook/memory/spec";
import { createPreviewHost } from "./preview-host";

function setUp() {
  const workbook = memoryWorkbookFromSpec({
    sheets: [
      { name: "Mentors", rows: [["Name"], ["Achieng"]] },
      { name: "Mentees", rows: [["Name"], ["Wanjiru"]] },
    ],
  });
  let syncs = 0;
  const host = createPreviewHost(workbook, () => (syncs += 1));
  return { workbook, host, syncs: () => syncs };
}

describe("the preview's WorkbookHost", () => {
  it("runs jobs on the in-memory workbook and announces every sync", async () => {
    const { workbook, host, syncs } = setUp();
    const value = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mentees").getRange("A2").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Mentees").getRange("B2").values = [["Nakuru"]];
      await context.sync();
      return range.values[0]?.[0];
    });
    expect(value).toBe("Wanjiru");
    expect(syncs()).toBe(2);
    expect(workbook.sheet("Mentees").cellAt("B2")?.value).toBe("Nakuru");
  });

  it("announces a failed sync too, so the grid shows what did get applied", async () => {
    const { host, syncs } = setUp();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Nowhere").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(syncs()).toBe(1);
  });

  it("tells change listeners about writes on any sheet, including one a job adds, and stops on unsubscribe", async () => {
    const { workbook, host } = setUp();
    const heard: string[] = [];
    const unsubscribe = host.onWorkbookChanged?.(() => heard.push("change")) ?? (() => undefined);
    await host.run(async (context) => {
      context.workbook.worksheets.add("Pairs");
      await context.sync();
    });
    await workbook.events.idle();
    heard.length = 0;
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Pairs").getRange("A1").values = [["Mentor"]];
      await context.sync();
    });
    await workbook.events.idle();
    // The write to the sheet the job added was heard.
    expect(heard).toEqual(["change"]);
    unsubscribe();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Mentors").getRange("B1").values = [["County"]];
      await context.sync();
    });
    await workbook.events.idle();
    expect(heard).toEqual(["change"]);
  });

  it("selects a cell the way Excel does: the sheet becomes active and the cell selected", async () => {
    const { workbook, host } = setUp();
    await host.selectCell?.("Mentees", "C40");
    expect(workbook.activeSheet().name).toBe("Mentees");
    expect(workbook.selection).toEqual({ sheetId: workbook.sheet("Mentees").id, rect: { row: 39, column: 2, rowCount: 1, columnCount: 1 } });
  });

  it("supports the ExcelApi sets the add-in's interface needs and no later ones", () => {
    const { host } = setUp();
    expect(host.supportsExcelApi("1.9")).toBe(true);
    expect(host.supportsExcelApi("1.14")).toBe(true);
    expect(host.supportsExcelApi("1.15")).toBe(false);
    expect(host.supportsExcelApi("2.0")).toBe(false);
  });
});
