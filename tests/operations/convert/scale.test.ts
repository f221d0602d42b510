import { describe, expect, it } from "vitest";
import { messyMentorSheet } from "../../../bench/reading.bench";
import { convertSheet, PLAN_BAND_ROWS } from "../../../src/operations/convert";
import { coAuthorEdit, createMemoryContext, DEFAULT_MAX_REQUEST_BYTES } from "../../../src/workbook/memory";
import { WorkbookOperationError } from "../../../src/workbook/office";
import { sheetFromGrid, sheetState } from "./support";

describe("converting a 50,000-row sheet", () => {
  it("takes a constant number of syncs, each request under Excel's 5 MB limit", async () => {
    const small = createMemoryContext(sheetFromGrid(messyMentorSheet(500)));
    await convertSheet(small, { sheet: "Mentors" });
    const workbook = sheetFromGrid(messyMentorSheet(50_000));
    const context = createMemoryContext(workbook);
    const outcome = await convertSheet(context, { sheet: "Mentors" });
    expect(outcome.status).toBe("converted");
    if (outcome.status !== "converted") return;
    expect(outcome.rowsFromSource).toBeGreaterThan(49_000);
    // Reading falls back to row bands above 5 MB and writing is chunked at 4 MB: a handful of
    // syncs more than a small sheet needs, never one per row or per band of rows planned.
    expect(small.stats.syncCount).toBeLessThanOrEqual(5);
    expect(context.stats.syncCount).toBeLessThanOrEqual(25);
    expect(Math.max(...context.stats.requestBytes)).toBeLessThan(DEFAULT_MAX_REQUEST_BYTES);
    expect(workbook.sheet("Mentors register").tables[0]?.rect.rowCount).toBe(outcome.rowsFromSource + 1);
  }, 120_000);

  it("reports progress while planning, and a cancel before the write leaves no register", async () => {
    const workbook = sheetFromGrid(messyMentorSheet(20_000));
    const before = sheetState(workbook.sheet("Mentors"));
    const controller = new AbortController();
    const seen: Array<[number, number, string]> = [];
    const error = await convertSheet(createMemoryContext(workbook), { sheet: "Mentors" }, {
      signal: controller.signal,
      onProgress: (done, total, label) => {
        seen.push([done, total, label]);
        if (label === "Converting Mentors" && done >= 3 * PLAN_BAND_ROWS) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
    expect(seen.filter(([, , label]) => label === "Converting Mentors").map(([done]) => done)).toEqual([2_000, 4_000, 6_000]);
    expect(workbook.getSheet("Mentors register")).toBeUndefined();
    expect(workbook.getSheet("Mentorship lists")).toBeUndefined();
    expect(sheetState(workbook.sheet("Mentors"))).toEqual(before);
  }, 60_000);
});

describe("cancelling or a co-author while the register is written", () => {
  it("a cancel during the write leaves the workbook as it was: no register, no working sheet", async () => {
    const workbook = sheetFromGrid(messyMentorSheet(20_000));
    const before = workbook.sheets.map((s) => s.name);
    const controller = new AbortController();
    const error = await convertSheet(createMemoryContext(workbook), { sheet: "Mentors" }, {
      signal: controller.signal,
      onProgress: (_done, _total, label) => {
        if (label.startsWith("Writing")) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect((error as WorkbookOperationError).code).toBe("Aborted");
    expect(workbook.sheets.map((s) => s.name)).toEqual(before);
  }, 60_000);

  it.each([
    // While the source rows are planned, and while the new table is staged on its working
    // sheet: the guard looks right before the table is put in place.
    ["add-new", "Converting Mentors"],
    ["replace", "Writing MentorsRegister"],
  ] as const)("'%s' stops with ChangedMeanwhile when a co-author edits the register after it was read (edit during “%s”)", async (choice, during) => {
    const workbook = sheetFromGrid(messyMentorSheet(300));
    const context = createMemoryContext(workbook);
    await convertSheet(context, { sheet: "Mentors" });
    workbook.sheet("Mentors").setRawValue(400, 1, "Late Entry Mentor");
    let edited = false;
    const error = await convertSheet(context, { sheet: "Mentors", choice }, {
      onProgress: (_done, _total, label) => {
        if (!label.startsWith(during) || edited) return;
        edited = true;
        coAuthorEdit(workbook, "Mentors register", "B2", [["Edited By A Colleague"]]);
      },
    }).catch((e: unknown) => e);
    expect(edited).toBe(true);
    expect((error as WorkbookOperationError).code).toBe("ChangedMeanwhile");
    expect(workbook.sheet("Mentors register").cellAt("B2")?.value).toBe("Edited By A Colleague");
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Mentors", "Mentors register", "Mentorship lists"]);
  }, 60_000);
});
