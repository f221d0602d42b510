import { describe, expect, it } from "vitest";
import { type MemoryWorkbook, coAuthorEdit, createMemoryContext, filterTable, memoryWorkbookFromSpec } from "../../../src/workbook/memory";
import { type AppendRowsOptions, WorkbookOperationError, appendRowsBelowTable, readRegionFingerprint } from "../../../src/workbook/office";
import { dumpWorkbook } from "../../robustness/support/workbook-dump";

const runLog = (): MemoryWorkbook =>
  memoryWorkbookFromSpec({
    sheets: [
      {
        name: "Run log",
        rows: [
          ["When", "What", "By"],
          ["2024-01-05", "Paired phase 1", "Achieng"],
          ["2024-02-01", "Paired phase 2", "Wanjiru"],
        ],
        tables: [{ name: "RunLog", range: "A1:C3" }],
      },
    ],
  });

const newRows = [
  ["2024-03-01", "=HYPERLINK(\"http://x\",\"y\")", "Otieno"],
  ["2024-03-02", "Accepted 12 pairs", "+254712345678"],
];

const append = (extra: Partial<AppendRowsOptions> = {}): AppendRowsOptions => ({ tableName: "RunLog", rows: newRows, expected: { rowCount: 2 }, ...extra });

describe("appendRowsBelowTable", () => {
  it("writes the rows below the table with values, then resizes it: 3 syncs, no rows.add", async () => {
    const workbook = runLog();
    const context = createMemoryContext(workbook);
    const result = await appendRowsBelowTable(context, append());
    expect(result).toMatchObject({ sheetName: "Run log", address: "'Run log'!A4:C5", rows: 2, tableRows: 4, syncs: 3 });
    expect(context.stats.syncCount).toBe(3);
    expect(workbook.findTable("RunLog")?.rect).toEqual({ row: 0, column: 0, rowCount: 5, columnCount: 3 });
    const sheet = workbook.sheet("Run log");
    expect(sheet.valuesIn("A4:C5")).toEqual(newRows);
    expect(sheet.cellAt("B4")?.formula).toBeUndefined();
    expect(sheet.cellAt("B4")?.hyperlink).toBeUndefined();
  });

  it("checks a fingerprint of the whole table when given one", async () => {
    const workbook = runLog();
    const context = createMemoryContext(workbook);
    const read = await readRegionFingerprint(context, { kind: "table", table: "RunLog" });
    coAuthorEdit(workbook, "Run log", "B3", [["Paired phase 2 (redone)"]]);
    const before = dumpWorkbook(workbook);
    await expect(appendRowsBelowTable(context, append({ expected: read }))).rejects.toThrow(/Someone changed the table "RunLog".*row 3 was edited.*nothing was written/);
    expect(dumpWorkbook(workbook)).toBe(before);
  });

  it("stops when a co-author added rows since the caller counted them, never writing over them", async () => {
    const workbook = runLog();
    const context = createMemoryContext(workbook);
    const table = workbook.findTable("RunLog");
    if (!table) throw new Error("no table");
    coAuthorEdit(workbook, "Run log", "A4:C4", [["2024-02-20", "Typed by a colleague", "Njeri"]]);
    workbook.resizeTable(table, { ...table.rect, rowCount: 4 });
    const before = dumpWorkbook(workbook);
    const error = await appendRowsBelowTable(context, append()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ChangedMeanwhile" });
    expect((error as Error).message).toMatch(/1 row was added \(it now has 3\)/);
    expect(dumpWorkbook(workbook)).toBe(before);
  });

  it("refuses a filtered table unless the user chose to clear its filters", async () => {
    const workbook = runLog();
    filterTable(workbook, "RunLog");
    const before = dumpWorkbook(workbook);
    await expect(appendRowsBelowTable(createMemoryContext(workbook), append())).rejects.toMatchObject({ code: "TableFiltered", message: expect.stringMatching(/is filtered.*Nothing was written.*Clear its filters/) });
    expect(dumpWorkbook(workbook)).toBe(before);
    await appendRowsBelowTable(createMemoryContext(workbook), append({ whenFiltered: "clearFilters" }));
    expect(workbook.findTable("RunLog")?.filtered).toBe(false);
    expect(workbook.findTable("RunLog")?.rect.rowCount).toBe(5);
  });

  it("refuses when something lies below the table, naming the cell", async () => {
    const workbook = runLog();
    workbook.sheet("Run log").setRawValue(4, 2, "signed off");
    const before = dumpWorkbook(workbook);
    await expect(appendRowsBelowTable(createMemoryContext(workbook), append())).rejects.toThrow(/'Run log'!C5|Run log!C5/);
    expect(dumpWorkbook(workbook)).toBe(before);
  });

  it("refuses a protected sheet, a renamed table and rows of the wrong width with messages that say what to do", async () => {
    const protectedBook = runLog();
    protectedBook.sheet("Run log").protected = true;
    await expect(appendRowsBelowTable(createMemoryContext(protectedBook), append())).rejects.toMatchObject({ code: "SheetProtected" });

    const renamed = runLog();
    const table = renamed.findTable("RunLog");
    if (!table) throw new Error("no table");
    renamed.renameTable(table, "RunLogOld");
    await expect(appendRowsBelowTable(createMemoryContext(renamed), append())).rejects.toThrow(/no table named "RunLog".*Table Design > Table Name/);

    await expect(appendRowsBelowTable(createMemoryContext(runLog()), append({ rows: [["only", "two"]] }))).rejects.toMatchObject({ code: "InvalidData" });
  });

  it("leaves the table as it was when any sync fails, or complete when the put-in-place batch failed part-way", async () => {
    const reference = runLog();
    await appendRowsBelowTable(createMemoryContext(reference), append());
    const complete = dumpWorkbook(reference);
    for (let atSync = 1; atSync <= 3; atSync++) {
      for (const afterOperations of [0, 1, 3, 100]) {
        const label = `sync ${atSync} after ${afterOperations} operations`;
        const workbook = runLog();
        const before = dumpWorkbook(workbook);
        const context = createMemoryContext(workbook);
        context.faults.failSync({ atSync, afterOperations });
        const outcome = await appendRowsBelowTable(context, append()).catch((e: unknown) => e);
        if (outcome instanceof WorkbookOperationError) {
          expect(dumpWorkbook(workbook), label).toBe(before);
          if (atSync > 1) expect(outcome.message, label).toMatch(/Nothing was (added|written): "(RunLog|Run log)" is as it was\.$/);
        } else {
          // Only a failure of the put-in-place batch is completed from the working sheet.
          expect(atSync, label).toBe(3);
          expect(dumpWorkbook(workbook), label).toBe(complete);
        }
      }
    }
  });

  it("counts a resize whose answer was lost as done, and clears rows when the request never arrived", async () => {
    const done = runLog();
    const context = createMemoryContext(done);
    context.faults.loseConnection({ atSync: 3, applied: true });
    await appendRowsBelowTable(context, append());
    const reference = runLog();
    await appendRowsBelowTable(createMemoryContext(reference), append());
    expect(dumpWorkbook(done)).toBe(dumpWorkbook(reference));

    const lost = runLog();
    const before = dumpWorkbook(lost);
    const again = createMemoryContext(lost);
    again.faults.loseConnection({ atSync: 2 });
    await expect(appendRowsBelowTable(again, append())).rejects.toMatchObject({ code: "ConnectionLost" });
    expect(dumpWorkbook(lost)).toBe(before);
  });

  it("keeps each request under the budget for many rows, and reports progress", async () => {
    const workbook = runLog();
    const rows = Array.from({ length: 3_000 }, (_, i) => [`2024-04-${(i % 28) + 1}`, `entry ${i} ${"x".repeat(50)}`, "Otieno"]);
    const progress: number[] = [];
    const context = createMemoryContext(workbook);
    const result = await appendRowsBelowTable(context, { tableName: "RunLog", rows, expected: { rowCount: 2 }, budgetBytes: 60_000, onProgress: (done) => progress.push(done) });
    expect(result.tableRows).toBe(3_002);
    expect(Math.max(...context.stats.requestBytes)).toBeLessThan(60_000);
    expect(progress.at(-1)).toBe(3_000);
  });
});
