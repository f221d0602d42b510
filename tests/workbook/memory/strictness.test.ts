import { describe, expect, it } from "vitest";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { XlApiError } from "../../../src/workbook/memory/errors";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";

function oneSheet(): MemoryWorkbook {
  return memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: [["Name", "Phone"], ["Achieng", "0712345678"]] }] });
}

async function rejection(promise: Promise<unknown>): Promise<XlApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof XlApiError) return error;
    throw error;
  }
  throw new Error("expected the promise to reject");
}

describe("loading", () => {
  it("throws PropertyNotLoaded, named after the property, when reading before load+sync", async () => {
    const context = createMemoryContext(oneSheet());
    const range = context.workbook.worksheets.getItem("Mentors").getRange("A1:B2");
    expect(() => range.values).toThrowError(/'values' is not available/);
    range.load("values");
    // Queued but not synced: still not readable.
    expect(() => range.values).toThrow(XlApiError);
    try {
      void range.values;
    } catch (error) {
      expect(error).toMatchObject({ name: "RichApi.Error", code: "PropertyNotLoaded", debugInfo: { errorLocation: "Range.values" } });
    }
    await context.sync();
    expect(range.values).toEqual([["Name", "Phone"], ["Achieng", "0712345678"]]);
    expect(() => range.address).toThrowError(/'address'/);
  });

  it("loads nested paths and collection items", async () => {
    const context = createMemoryContext(oneSheet());
    const sheets = context.workbook.worksheets.load("items/name, items/position");
    const range = context.workbook.worksheets.getItem("Mentors").getRange("A1").load("format/font/bold, address");
    await context.sync();
    expect(sheets.items.map((s) => [s.name, s.position])).toEqual([["Mentors", 0]]);
    expect(() => sheets.items[0]?.visibility).toThrowError(/'visibility'/);
    expect(range.format.font.bold).toBe(false);
    expect(range.address).toBe("Mentors!A1");
  });
});

describe("queued writes", () => {
  it("are invisible to the document until sync", async () => {
    const workbook = oneSheet();
    const context = createMemoryContext(workbook);
    context.workbook.worksheets.getItem("Mentors").getRange("C1").values = [["County"]];
    expect(workbook.sheet("Mentors").cellAt("C1")).toBeUndefined();
    expect(context.pendingOperations).toBeGreaterThan(0);
    await context.sync();
    expect(workbook.sheet("Mentors").cellAt("C1")?.value).toBe("County");
    expect(context.pendingOperations).toBe(0);
  });

  it("reject a matrix of the wrong size with InvalidArgument at sync", async () => {
    const context = createMemoryContext(oneSheet());
    context.workbook.worksheets.getItem("Mentors").getRange("A1:B1").values = [["only one"]];
    const error = await rejection(context.sync());
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("missing items", () => {
  it("getItem of a missing sheet fails at sync with ItemNotFound, not at the call", async () => {
    const context = createMemoryContext(oneSheet());
    const sheet = context.workbook.worksheets.getItem("Mentees");
    expect(sheet).toBeDefined();
    const error = await rejection(context.sync());
    expect(error.code).toBe("ItemNotFound");
    expect(error.message).toContain("Mentees");
  });

  it("getItemOrNullObject gives a null object readable after sync", async () => {
    const context = createMemoryContext(oneSheet());
    const missing = context.workbook.worksheets.getItemOrNullObject("Mentees");
    const present = context.workbook.worksheets.getItemOrNullObject("mentors");
    expect(() => missing.isNullObject).toThrow(XlApiError);
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
  });

  it("an invalid address fails with InvalidArgument", async () => {
    const context = createMemoryContext(oneSheet());
    context.workbook.worksheets.getItem("Mentors").getRange("A0:ZZZZ1").load("values");
    expect((await rejection(context.sync())).code).toBe("InvalidArgument");
  });
});

describe("more strictness", () => {
  it("chains OrNullObject calls through a null object, and fails ordinary calls on it", async () => {
    const context = createMemoryContext(oneSheet());
    const missing = context.workbook.worksheets.getItemOrNullObject("Mentees");
    const used = missing.getUsedRangeOrNullObject();
    await context.sync();
    expect(used.isNullObject).toBe(true);
    missing.getRange("A1").load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("reports isNullObject false for ordinary objects once synced", async () => {
    const context = createMemoryContext(oneSheet());
    const sheet = context.workbook.worksheets.getItem("Mentors");
    await context.sync();
    expect(sheet.isNullObject).toBe(false);
  });

  it("fails a load of a property that does not exist", async () => {
    const context = createMemoryContext(oneSheet());
    context.workbook.worksheets.getItem("Mentors").getRange("A1").load("valeus");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument", message: expect.stringContaining("valeus") });
  });

  it("does not show a value written through a proxy until it is loaded after the sync", async () => {
    const context = createMemoryContext(oneSheet());
    const cell = context.workbook.worksheets.getItem("Mentors").getRange("A3");
    cell.values = [["007"]];
    expect(() => cell.values).toThrowError(/'values'/);
    cell.load("values");
    await context.sync();
    // What Excel stored, not what was written.
    expect(cell.values).toEqual([[7]]);
  });

  it("shares one document between contexts, like two Excel.run calls", async () => {
    const workbook = oneSheet();
    const first = createMemoryContext(workbook);
    const second = createMemoryContext(workbook);
    first.workbook.worksheets.getItem("Mentors").getRange("C1").values = [["County"]];
    const seen = second.workbook.worksheets.getItem("Mentors").getRange("C1").load("values");
    await second.sync();
    expect(seen.values).toEqual([[""]]);
    await first.sync();
    seen.load("values");
    await second.sync();
    expect(seen.values).toEqual([["County"]]);
    expect([first.stats.syncCount, second.stats.syncCount]).toEqual([1, 2]);
  });
});
