import { describe, expect, it } from "vitest";
import { DEFAULT_DATE_FORMAT } from "../../../src/workbook/excel-dates";
import { jsonByteLength } from "../../../src/workbook/json-size";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { WorkbookOperationError } from "../../../src/workbook/office/errors";
import { readSheetGrid } from "../../../src/workbook/office/read-sheet-grid";
import { DEFAULT_WRITE_BUDGET_BYTES, type WritableCell, writeBlock } from "../../../src/workbook/office/write-block";

function workbookWith(...names: string[]): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ currentYear: 2024 });
  for (const name of names) workbook.addSheet(name);
  return workbook;
}

const RISKY = ['=HYPERLINK("http://evil.example","Wanjiru")', "+254712345678", "007", "0712345678", "'quoted", "TRUE", "06/02/2017", "MAR-12", "-A1", "@SUM(A1)", "12%", "=", "1e5"];

describe("writeBlock", () => {
  it("writes a small block in one sync and keeps every risky string as the same text", async () => {
    const workbook = workbookWith("Mentees");
    const context = createMemoryContext(workbook);
    const rows: WritableCell[][] = RISKY.map((s, i) => [s, i, i % 2 === 0]);
    const result = await writeBlock(context, "Mentees", { row: 1, column: 1 }, rows);
    expect(result).toMatchObject({ address: "B2:D14", rows: RISKY.length, columns: 3, syncs: 1 });
    expect(context.stats.syncCount).toBe(1);
    expect(result.textCells).toBe(RISKY.length - 1); // all but the apostrophe one, which is doubled instead
    const grid = await readSheetGrid(context, "Mentees");
    expect(grid.values.map((r) => r[0])).toEqual(RISKY);
    expect(grid.values.map((r) => r[1])).toEqual(RISKY.map((_, i) => i));
    expect(grid.values[0]?.[2]).toBe(true);
    const cell = workbook.sheet("Mentees").cellAt("B2");
    expect(cell?.formula).toBeUndefined();
    expect(cell?.numberFormat).toBe("@");
  });

  it("writes dates as serials with a date format and nulls as empty cells", async () => {
    const workbook = workbookWith("S");
    const context = createMemoryContext(workbook);
    await writeBlock(context, "S", { row: 0, column: 0 }, [[new Date("2017-02-06"), null, 5]], { columnFormats: [undefined, undefined, "0.00"] });
    expect(workbook.sheet("S").cellAt("A1")).toMatchObject({ value: 42772, numberFormat: DEFAULT_DATE_FORMAT });
    expect(workbook.sheet("S").cellAt("B1")).toBeUndefined();
    expect(workbook.sheet("S").cellAt("C1")).toMatchObject({ value: 5, numberFormat: "0.00" });
  });

  it("applies per-cell number formats over column formats, but never to text that must stay text", async () => {
    const workbook = workbookWith("S");
    const context = createMemoryContext(workbook);
    await writeBlock(context, "S", { row: 0, column: 0 }, [[1, 2, "007"]], { columnFormats: ["0.0", "0.0", "0.0"], numberFormats: [[undefined, "0%", "0%"]] });
    const sheet = workbook.sheet("S");
    expect([sheet.cellAt("A1")?.numberFormat, sheet.cellAt("B1")?.numberFormat, sheet.cellAt("C1")?.numberFormat]).toEqual(["0.0", "0%", "@"]);
    expect(sheet.cellAt("C1")?.value).toBe("007");
  });

  it("resets a stale Text format so numbers written now stay numbers", async () => {
    const workbook = workbookWith("S");
    workbook.sheet("S").setNumberFormat(0, 0, "@");
    const context = createMemoryContext(workbook);
    await writeBlock(context, "S", { row: 0, column: 0 }, [[42]]);
    expect(workbook.sheet("S").cellAt("A1")?.value).toBe(42);
  });

  it("stores every string of asText columns as text", async () => {
    const workbook = workbookWith("S");
    const context = createMemoryContext(workbook);
    await writeBlock(context, "S", { row: 0, column: 0 }, [["M-001", "Nairobi"]], { asText: [true, false] });
    expect(workbook.sheet("S").cellAt("A1")?.numberFormat).toBe("@");
    expect(workbook.sheet("S").cellAt("B1")?.numberFormat).toBeUndefined();
  });

  it("writes 50,000 x 20 cells in a few syncs, each under the budget and Excel's 5 MB limit", async () => {
    const workbook = workbookWith("Load");
    const context = createMemoryContext(workbook);
    const rows: WritableCell[][] = Array.from({ length: 50_000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => (c === 0 ? `Mentor ${r}` : c === 1 ? `07${String(r).padStart(8, "0")}` : c === 2 ? r * 1.5 : `note ${r}-${c}`)),
    );
    const progress: number[] = [];
    const result = await writeBlock(context, "Load", { row: 0, column: 0 }, rows, { onProgress: (done) => progress.push(done) });

    // Independent estimate of the data volume: values and formats as JSON.
    const approxBytes = rows.reduce((sum, row) => sum + jsonByteLength(row) + jsonByteLength(row.map(() => "General")), 0);
    const minimumSyncs = Math.ceil(approxBytes / DEFAULT_WRITE_BUDGET_BYTES);
    expect(result.syncs).toBe(context.stats.syncCount);
    expect(result.syncs).toBeGreaterThanOrEqual(minimumSyncs);
    expect(result.syncs).toBeLessThanOrEqual(minimumSyncs + 1);
    expect(result.syncs).toBeLessThanOrEqual(10);
    for (const bytes of context.stats.requestBytes) {
      expect(bytes).toBeLessThanOrEqual(DEFAULT_WRITE_BUDGET_BYTES);
      expect(bytes).toBeLessThan(context.maxRequestBytes);
    }
    expect(progress.at(-1)).toBe(50_000);
    expect(progress).toHaveLength(result.syncs);
    const sheet = workbook.sheet("Load");
    expect(sheet.cellAt("B50000")?.value).toBe("0700049999");
    expect(sheet.cellAt("C50000")?.value).toBe(49_999 * 1.5);
    expect(sheet.usedRect(true)).toEqual({ row: 0, column: 0, rowCount: 50_000, columnCount: 20 });
  }, 60_000);

  it("splits by the byte budget it is given", async () => {
    const workbook = workbookWith("S");
    const context = createMemoryContext(workbook);
    const rows = Array.from({ length: 100 }, (_, r) => [`row ${r}`.padEnd(100, ".")]);
    const result = await writeBlock(context, "S", { row: 0, column: 0 }, rows, { budgetBytes: 4_000 });
    expect(result.syncs).toBeGreaterThan(3);
    for (const bytes of context.stats.requestBytes) expect(bytes).toBeLessThanOrEqual(4_000);
  });

  it("stops between chunks when aborted, reporting the rows already written", async () => {
    const workbook = workbookWith("S");
    const context = createMemoryContext(workbook);
    const controller = new AbortController();
    const rows = Array.from({ length: 100 }, (_, r) => [`row ${r}`.padEnd(100, ".")]);
    const error = await writeBlock(context, "S", { row: 0, column: 0 }, rows, {
      budgetBytes: 4_000,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error).toMatchObject({ code: "Aborted" });
    const written = (error as WorkbookOperationError).rowsWritten ?? 0;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(100);
    expect(workbook.sheet("S").usedRect(true)?.rowCount).toBe(written);
    expect(context.stats.syncCount).toBe(1);
  });

  it("turns Excel's refusals into errors an officer can act on", async () => {
    const workbook = workbookWith("S");
    workbook.sheet("S").protected = true;
    const context = createMemoryContext(workbook);
    await expect(writeBlock(context, "S", { row: 0, column: 0 }, [["x"]])).rejects.toMatchObject({
      name: "WorkbookOperationError",
      code: "SheetProtected",
      excelCode: "AccessDenied",
      message: expect.stringContaining("Unprotect"),
    });
    await expect(writeBlock(context, "Nope", { row: 0, column: 0 }, [["x"]])).rejects.toMatchObject({ code: "SheetNotFound", message: expect.stringContaining('"Nope"') });
    await expect(writeBlock(context, "S", { row: 0, column: 0 }, [["a", "b"], ["c"]])).rejects.toMatchObject({ code: "InvalidData" });
    await expect(writeBlock(context, "S", { row: 0, column: 0 }, [[Number.NaN]])).rejects.toMatchObject({ code: "InvalidData", message: expect.stringContaining("A1") });
  });

  it("reports the rows written before a lost connection", async () => {
    const workbook = workbookWith("S");
    const context = createMemoryContext(workbook);
    context.faults.loseConnection({ atSync: 2 });
    const rows = Array.from({ length: 100 }, (_, r) => [`row ${r}`.padEnd(100, ".")]);
    const error = await writeBlock(context, "S", { row: 0, column: 0 }, rows, { budgetBytes: 4_000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ConnectionLost" });
    const written = (error as WorkbookOperationError).rowsWritten;
    expect(written).toBe(workbook.sheet("S").usedRect(true)?.rowCount);
  });

  it("does nothing for an empty block", async () => {
    const context = createMemoryContext(workbookWith("S"));
    expect(await writeBlock(context, "S", { row: 0, column: 0 }, [])).toMatchObject({ syncs: 0, rows: 0 });
    expect(context.stats.syncCount).toBe(0);
  });
});
