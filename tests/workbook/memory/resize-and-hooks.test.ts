import { describe, expect, it } from "vitest";
import { createMemoryContext, filterTable, memoryWorkbookFromSpec } from "../../../src/workbook/memory";

const book = () =>
  memoryWorkbookFromSpec({
    sheets: [
      { name: "Pairs", rows: [["Mentor", "Mentee"], ["M1", "E1"], ["M2", "E2"]], tables: [{ name: "PairRegister", range: "A1:B3" }] },
      { name: "Other", rows: [["x"]] },
    ],
  });

describe("Table.resize (ExcelApi 1.13)", () => {
  it("takes rows written below into the table, by address or by range", async () => {
    const workbook = book();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("Pairs");
    sheet.getRange("A4:B4").values = [["M3", "E3"]];
    context.workbook.tables.getItem("PairRegister").resize("A1:B4");
    await context.sync();
    expect(workbook.findTable("PairRegister")?.rect.rowCount).toBe(4);
    context.workbook.tables.getItem("PairRegister").resize(sheet.getRange("A1:C4"));
    await context.sync();
    const table = workbook.findTable("PairRegister");
    expect(table?.rect).toEqual({ row: 0, column: 0, rowCount: 4, columnCount: 3 });
    expect(table?.columns.map((c) => c.name)).toEqual(["Mentor", "Mentee", "Column3"]);
  });

  it("refuses a new range that moves the header row, leaves the sheet, or runs into a protected or filtered table", async () => {
    const cases: Array<[string, (w: ReturnType<typeof book>) => void, string]> = [
      ["A2:B5", () => undefined, "InvalidArgument"],
      ["Other!A1:B5", () => undefined, "InvalidArgument"],
      ["A1:B5", (w) => { w.sheet("Pairs").protected = true; }, "AccessDenied"],
      ["A1:B5", (w) => filterTable(w, "PairRegister"), "FilteredRangeConflict"],
      ["A1:B1", () => undefined, "InvalidArgument"],
    ];
    for (const [address, prepare, code] of cases) {
      const workbook = book();
      prepare(workbook);
      const context = createMemoryContext(workbook);
      context.workbook.tables.getItem("PairRegister").resize(address);
      await expect(context.sync(), address).rejects.toMatchObject({ code });
      expect(workbook.findTable("PairRegister")?.rect.rowCount).toBe(3);
    }
  });
});

describe("faults.beforeSync and lasting connection loss", () => {
  it("changes the document between two syncs, even when that sync then fails", async () => {
    const workbook = book();
    const context = createMemoryContext(workbook);
    context.faults.beforeSync(2, (w) => w.renameSheet(w.sheet("Pairs"), "Pairs (old)"));
    context.faults.failSync({ atSync: 2 });
    expect(context.faults.planned).toBe(2);
    const first = context.workbook.worksheets.getItem("Pairs").load("name");
    await context.sync();
    expect(first.name).toBe("Pairs");
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Pairs (old)", "Other"]);
    context.workbook.worksheets.getItem("Pairs");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(context.faults.planned).toBe(0);
  });

  it("keeps the connection down for forSyncs syncs", async () => {
    const context = createMemoryContext(book());
    context.faults.loseConnection({ atSync: 1, forSyncs: 2 });
    await expect(context.sync()).rejects.toMatchObject({ code: "ConnectionFailure" });
    await expect(context.sync()).rejects.toMatchObject({ code: "ConnectionFailure" });
    await expect(context.sync()).resolves.toBeUndefined();
  });
});

describe("Range.copyFrom (ExcelApi 1.9)", () => {
  it("copies values, formulas as text, number formats and links from another sheet, growing from one cell", async () => {
    const workbook = book();
    const other = workbook.sheet("Other");
    other.setRawValue(0, 0, "=not a formula");
    other.setNumberFormat(0, 0, "@");
    other.setRawValue(1, 1, 42);
    other.setHyperlink(1, 1, { address: "https://example.org" });
    const context = createMemoryContext(workbook);
    context.workbook.worksheets.getItem("Pairs").getRange("D1").copyFrom("Other!A1:B2");
    await context.sync();
    const pairs = workbook.sheet("Pairs");
    expect(pairs.cellAt("D1")).toEqual({ value: "=not a formula", numberFormat: "@" });
    expect(pairs.cellAt("E2")).toEqual({ value: 42, hyperlink: { address: "https://example.org" } });
    expect(pairs.cellAt("E1")).toBeUndefined();
  });

  it("empties destination cells the source has empty, copies values only when asked, and refuses a filtered table", async () => {
    const workbook = book();
    const context = createMemoryContext(workbook);
    const pairs = context.workbook.worksheets.getItem("Pairs");
    pairs.getRange("A2:B2").copyFrom("Other!C1:D1", "All");
    await context.sync();
    expect(workbook.sheet("Pairs").valuesIn("A2:B3")).toEqual([["", ""], ["M2", "E2"]]);
    filterTable(workbook, "PairRegister");
    pairs.getRange("A3").copyFrom("Other!A1", "Values");
    await expect(context.sync()).rejects.toMatchObject({ code: "FilteredRangeConflict" });
    pairs.getRange("A1:C1").copyFrom("Other!A1:B1");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
