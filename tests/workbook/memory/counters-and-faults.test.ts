import { describe, expect, it } from "vitest";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { DEFAULT_MAX_REQUEST_BYTES } from "../../../src/workbook/memory/engine";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";

const spec = () => memoryWorkbookFromSpec({ sheets: [{ name: "S", rows: [["a"]] }, { name: "T", rows: [] }] });

describe("counters", () => {
  it("count syncs and the JSON size of each request, values included", async () => {
    const context = createMemoryContext(spec());
    expect(context.stats.syncCount).toBe(0);
    await context.sync();
    const small = context.stats.requestBytes[0] ?? 0;
    const big = Array.from({ length: 100 }, (_, i) => [`row ${i} ${"x".repeat(90)}`]);
    context.workbook.worksheets.getItem("S").getRange("A1:A100").values = big;
    await context.sync();
    expect(context.stats.syncCount).toBe(2);
    const second = context.stats.requestBytes[1] ?? 0;
    expect(second - small).toBeGreaterThan(JSON.stringify(big).length);
    expect(second - small).toBeLessThan(JSON.stringify(big).length + 400);
    expect(context.stats.totalRequestBytes).toBe(small + second);
    expect(context.stats.operationCounts).toEqual([0, 3]);
  });

  it("count response bytes of loaded values", async () => {
    const workbook = spec();
    const context = createMemoryContext(workbook);
    workbook.sheet("S").setRawValue(0, 0, "y".repeat(1000));
    context.workbook.worksheets.getItem("S").getRange("A1").load("values");
    await context.sync();
    expect(context.stats.responseBytes[0]).toBeGreaterThan(1000);
  });
});

describe("request size limit", () => {
  it("defaults to Excel on the web's 5 MB", () => {
    expect(createMemoryContext(spec()).maxRequestBytes).toBe(DEFAULT_MAX_REQUEST_BYTES);
    expect(DEFAULT_MAX_REQUEST_BYTES).toBe(5 * 1024 * 1024);
  });

  it("refuses an oversized request with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const workbook = spec();
    const context = createMemoryContext(workbook, { maxRequestBytes: 2_000 });
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("B1").values = [["first"]];
    sheet.getRange("A1:A50").values = Array.from({ length: 50 }, () => ["0123456789012345678901234567890123456789"]);
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(workbook.sheet("S").cellAt("B1")).toBeUndefined();
    expect(workbook.sheet("S").cellAt("A1")?.value).toBe("a");
    expect(context.stats.syncCount).toBe(1);
  });

  it("refuses a response over the limit (values of a whole column) without building it", async () => {
    const context = createMemoryContext(spec());
    context.workbook.worksheets.getItem("S").getRange("A:C").load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("batches are not transactions", () => {
  it("keeps operations before a failing one, skips the rest, and rejects", async () => {
    const workbook = spec();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("B1").values = [["before"]];
    context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
    sheet.getRange("C1").values = [["after"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(workbook.sheet("S").cellAt("B1")?.value).toBe("before");
    expect(workbook.sheet("S").cellAt("C1")).toBeUndefined();
  });

  it("does not make loads of a failed batch readable", async () => {
    const context = createMemoryContext(spec());
    const range = context.workbook.worksheets.getItem("S").getRange("A1").load("values");
    context.workbook.worksheets.getItem("Missing");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(() => range.values).toThrowError(/'values'/);
  });
});

describe("fault injection", () => {
  it("fails the Nth sync before applying anything", async () => {
    const workbook = spec();
    const context = createMemoryContext(workbook);
    context.faults.failSync({ atSync: 2, code: "GeneralException" });
    expect(context.faults.planned).toBe(1);
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("B1").values = [["one"]];
    await context.sync();
    sheet.getRange("B2").values = [["two"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(workbook.sheet("S").valuesIn("B1:B2")).toEqual([["one"], [""]]);
    expect(context.faults.planned).toBe(0);
    sheet.getRange("B2").values = [["two again"]];
    await context.sync();
    expect(workbook.sheet("S").cellAt("B2")?.value).toBe("two again");
  });

  it("fails after applying part of a batch", async () => {
    const workbook = spec();
    const context = createMemoryContext(workbook);
    context.faults.failSync({ atSync: 1, afterOperations: 3 });
    const sheet = context.workbook.worksheets.getItem("S"); // op 1: getItem
    sheet.getRange("B1").values = [["applied"]]; // ops 2-3: getRange, set values
    sheet.getRange("B2").values = [["skipped"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(workbook.sheet("S").valuesIn("B1:B2")).toEqual([["applied"], [""]]);
  });

  it("loses the connection before or after Excel applied the batch", async () => {
    const workbook = spec();
    const context = createMemoryContext(workbook);
    context.faults.loseConnection({ atSync: 1 });
    context.faults.loseConnection({ atSync: 2, applied: true });
    const range = context.workbook.worksheets.getItem("S").getRange("B1");
    range.values = [["lost"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "ConnectionFailure" });
    expect(workbook.sheet("S").cellAt("B1")).toBeUndefined();
    range.values = [["applied but unanswered"]];
    range.load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ConnectionFailure" });
    expect(workbook.sheet("S").cellAt("B1")?.value).toBe("applied but unanswered");
    expect(() => range.values).toThrowError(/'values'/);
  });
});
