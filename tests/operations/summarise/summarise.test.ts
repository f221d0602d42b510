// The summary operation end to end on the strict in-memory Excel: the gate on validation
// errors, the sheets it writes (values, formats, charts, print setup), regenerating in place,
// and what it refuses to overwrite.
import { describe, expect, it } from "vitest";
import { SUMMARY_MARKER, INCLUDED_ERRORS_WARNING } from "../../../src/domain/summary";
import { isOutputSheet } from "../../../src/operations/output-sheets";
import { SummaryError, listSummaryPhases, summarise, type SummariseOptions, type SummariesWritten } from "../../../src/operations/summarise";
import { buildSampleWorkbookSpec } from "../../../src/sample";
import { createMemoryContext, memoryWorkbookFromSpec, type MemoryWorkbook } from "../../../src/workbook/memory";
import { WorkbookOperationError } from "../../../src/workbook/office/errors";
import { charactersToPoints } from "../../../src/workbook/units";
import { cleanProgrammeWorkbook } from "./workbooks";

const NOW = { now: new Date("2026-11-26T09:00:00Z"), utcOffsetMinutes: 180 } satisfies SummariseOptions;

async function written(workbook: MemoryWorkbook, options: SummariseOptions = {}): Promise<SummariesWritten> {
  const result = await summarise(createMemoryContext(workbook), { ...NOW, ...options });
  if (result.status !== "written") throw new Error(`expected summaries to be written, got ${JSON.stringify(result.validation)}`);
  return result;
}

const sample = () => memoryWorkbookFromSpec(buildSampleWorkbookSpec());
const names = (workbook: MemoryWorkbook) => workbook.sheets.map((s) => s.name);

/** The `nth` row of `sheet` whose column A reads `label`, as values. */
function rowLabelled(workbook: MemoryWorkbook, sheet: string, label: string, nth = 0): unknown[] {
  const s = workbook.sheet(sheet);
  const rows = s.sortedCells().filter(({ column, cell }) => column === 0 && cell.value === label);
  const found = rows[nth];
  if (!found) throw new Error(`no row ${nth} labelled ${label} on ${sheet}`);
  return s.valuesIn(`A${found.row + 1}:F${found.row + 1}`)[0] ?? [];
}

describe("summarise on the sample workbook", () => {
  it("stops before writing anything when the registers have validation errors, and says how many", async () => {
    const workbook = sample();
    const before = names(workbook);
    const result = await summarise(createMemoryContext(workbook), NOW);
    expect(result.status).toBe("blocked");
    if (result.status !== "blocked") return;
    expect(result.validation.errors).toBeGreaterThan(0);
    expect(result.firstErrors.length).toBeGreaterThan(0);
    expect(result.firstErrors.every((i) => i.severity === "error" && i.sheet !== "" && i.cell !== "")).toBe(true);
    expect(names(workbook)).toEqual(before);
  });

  it("reproduces the case study's figures when the officer includes the errors", async () => {
    const workbook = sample();
    const result = await written(workbook, { includeErrors: true });
    expect(result.includedErrors).toBe(true);
    const { json } = result;
    // "a total of 32 mentors and 32 mentees ... The first phase covered 10 counties; the second covered seven."
    expect(json.programme.mentors).toBe(32);
    expect(json.programme.mentees).toBe(32);
    expect(json.phases.map((p) => p.phase)).toEqual(["Phase 1", "Phase 2"]);
    expect(json.phases.map((p) => p.counties.length)).toEqual([10, 7]);
    expect(json.phases.map((p) => p.weeks)).toEqual([7, 7]);
    // "the one-hour sessions were increased to two hours"
    expect(json.phases.map((p) => p.sessionHours)).toEqual([1, 2]);
    // The same figures on the sheets officers print.
    // The totals first (17 distinct counties), then the phases side by side.
    expect(rowLabelled(workbook, "Programme overview", "Counties covered")[1]).toBe(17);
    expect(rowLabelled(workbook, "Programme overview", "Counties covered", 1).slice(1, 3)).toEqual([10, 7]);
    expect(rowLabelled(workbook, "Programme overview", "Session length policy (hours)").slice(1, 3)).toEqual([1, 2]);
    expect(rowLabelled(workbook, "Programme overview", "Mentors")[1]).toBe(32);
    expect(rowLabelled(workbook, "Summary - Phase 1", "Counties covered")[1]).toBe(10);
    expect(rowLabelled(workbook, "Summary - Phase 2", "Counties covered")[1]).toBe(7);
    expect(rowLabelled(workbook, "Summary - Phase 1", "Weeks")[1]).toBe(7);
  });

  it("adds the overview and one sheet per phase after the registers, each stamped and marked", async () => {
    const workbook = sample();
    const registers = names(workbook);
    const result = await written(workbook, { includeErrors: true });
    expect(names(workbook)).toEqual([...registers, "Programme overview", "Summary - Phase 1", "Summary - Phase 2"]);
    expect(result.sheets.map((s) => [s.name, s.replaced])).toEqual([
      ["Programme overview", false],
      ["Summary - Phase 1", false],
      ["Summary - Phase 2", false],
    ]);
    for (const { name } of result.sheets) {
      // The add-in's own sheets are never read back as registers.
      expect(isOutputSheet(name), name).toBe(true);
      expect(rowLabelled(workbook, name, SUMMARY_MARKER.label)[1]).toBe(SUMMARY_MARKER.text);
      const warning = rowLabelled(workbook, name, "Validation")[1];
      expect(warning).toBe(INCLUDED_ERRORS_WARNING.replace("validation errors included", `${result.validation.errors} validation errors included`));
      // 2026-11-26 12:00 in Nairobi, as an Excel date-time.
      expect(rowLabelled(workbook, name, "Generated (UTC+03:00)")[1]).toBe(46352.5);
      expect(String(rowLabelled(workbook, name, "Register rows used")[1])).toMatch(/^Phases \d+, Mentors \d+, Mentees \d+, Pairs \d+, Sessions \d+, Goals \d+, Evaluations \d+ \(which rows: see “Generated from” at the foot\)\.$/);
    }
  });

  it("says which rows of the officer's own sheets each summary used, and the rows it names are those rows", async () => {
    const workbook = sample();
    const result = await written(workbook, { includeErrors: true });
    const phase2 = result.json.phases.find((p) => p.phase === "Phase 2");
    const pairs = phase2?.sources.find((s) => s.register === "pairs");
    // The sample's Pairing sheet has a title and a note above its header: its rows are the sheet's, not the register's.
    expect(pairs).toMatchObject({ sheet: "Pairing", rowsUsed: 11, rowsRead: 29 });
    const listed = new Set((pairs?.ranges ?? []).flatMap((r) => Array.from({ length: r.last - r.first + 1 }, (_, i) => r.first + i)));
    // Exactly the rows of the sheet whose Phase cell (column B) says phase 2.
    const pairing = workbook.sheet("Pairing");
    const phase2Rows = pairing
      .sortedCells()
      .filter(({ column, cell }) => column === 1 && typeof cell.value === "string" && /^phase\s*2$/i.test(cell.value.trim()))
      .map(({ row }) => row + 1);
    expect([...listed].sort((a, b) => a - b)).toEqual(phase2Rows);
    // The sheet's "Generated from" table says the same, as text an officer can follow.
    const row = rowLabelled(workbook, "Summary - Phase 2", "Pairs", 1);
    expect(row.slice(1, 5)).toEqual(["Pairing", 11, 29, `rows ${pairs?.ranges.map((r) => (r.first === r.last ? r.first : `${r.first}–${r.last}`)).join(", ")}`]);
    // The overview's list has a gap where the sample's mentors sheet has a row that is no mentor.
    const mentors = result.json.programme.sources.find((s) => s.register === "mentors");
    expect(mentors?.ranges.length).toBeGreaterThan(1);
    expect(rowLabelled(workbook, "Programme overview", "Mentors", 2)[4]).toBe(`rows ${mentors?.ranges.map((r) => `${r.first}–${r.last}`).join(", ")}`);
  });

  it("keeps a name that begins with = as text, never a formula", async () => {
    const workbook = sample();
    await written(workbook, { includeErrors: true });
    const sheet = workbook.sheet("Summary - Phase 1");
    const cells = sheet.sortedCells().filter(({ cell }) => typeof cell.value === "string" && cell.value.startsWith("="));
    expect(cells.length).toBeGreaterThan(0);
    for (const { cell } of cells) {
      expect(cell.formula).toBeUndefined();
      expect(cell.numberFormat).toBe("@");
    }
  });
});

describe("a written summary sheet", () => {
  it("is formatted for reading and printing: widths, header styles, frozen title, print area one page wide", async () => {
    const workbook = cleanProgrammeWorkbook(4);
    const result = await written(workbook);
    expect(result.includedErrors).toBe(false);
    const sheet = workbook.sheet("Summary - Phase 1");
    expect(sheet.frozenRows).toBe(1);
    // The title row is printed on every page; sections start a new page rather than be cut.
    expect(sheet.pageSetup).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: { row: 0, rowCount: 1 } });
    expect(sheet.rowBreaks.length).toBeGreaterThan(0);
    // Each page after the first starts with the blank row above a section's title.
    for (const row of sheet.rowBreaks) {
      expect(sheet.cell(row, 0)?.value ?? "", `row ${row + 1} is blank`).toBe("");
      expect(sheet.cell(row + 1, 0)?.style?.fontSize, `row ${row + 2} starts a section`).toBe(12);
    }
    expect(sheet.printArea).toHaveLength(1);
    expect(sheet.printArea?.[0]).toMatchObject({ row: 0, column: 0 });
    expect(sheet.cellAt("A1")?.style).toEqual({ bold: true, fontColor: "#217346", fontSize: 16 });
    // Every column of the print area has its computed width.
    const widths = sheet.printArea?.[0]?.columnCount ?? 0;
    for (let c = 0; c < widths; c++) expect(sheet.columnWidths.get(c), `column ${c}`).toBeGreaterThanOrEqual(charactersToPoints(10));
    const header = sheet.sortedCells().find(({ cell }) => cell.value === "Week" && cell.style?.fillColor);
    expect(header?.cell.style).toMatchObject({ bold: true, fontColor: "#FFFFFF", fillColor: "#217346", wrapText: true });
    // Headers of figures sit over the figures, on the right; a text column's header stays left.
    expect(header?.cell.style?.horizontalAlignment).toBeUndefined();
    const held = sheet.cell(header?.row ?? -1, 1);
    expect(held?.value).toBe("Held");
    expect(held?.style?.horizontalAlignment).toBe("Right");
    expect(sheet.cell((header?.row ?? -1) + 1, 1)?.style?.horizontalAlignment).toBe("Right");
    // Numbers are numbers with their formats; no validation warning on a clean programme.
    expect(rowLabelled(workbook, "Summary - Phase 1", "Attendance")[1]).toBe(1);
    expect(sheet.sortedCells().find(({ cell }) => cell.value === "Attendance")).toBeDefined();
    expect(sheet.sortedCells().some(({ cell }) => cell.value === "Validation")).toBe(false);
  });

  it("draws sessions by week, pairs by status and hours by county beside their tables, from the table's cells", async () => {
    const workbook = cleanProgrammeWorkbook(4);
    await written(workbook);
    const sheet = workbook.sheet("Summary - Phase 1");
    expect(sheet.charts.map((c) => [c.name, c.chartType, c.title.text])).toEqual([
      ["pairsByStatusChart", "Pie", "Pairs by status"],
      ["sessionsByWeekChart", "ColumnClustered", "Sessions held by week"],
      ["hoursByCountyChart", "BarClustered", "Mentoring hours by county"],
    ]);
    const byWeek = sheet.charts.find((c) => c.name === "sessionsByWeekChart");
    expect(byWeek?.series.map((s) => s.name)).toEqual(["Held", "Planned"]);
    const values = (address: string | undefined, on = sheet) => on.valuesIn((address ?? "").replace(/^.*!/, "")).flat();
    expect(values(byWeek?.series[0]?.xValues)).toEqual(["Week 1", "Week 2", "Week 3", "Week 4", "Week 5", "Week 6", "Week 7"]);
    expect(values(byWeek?.series[0]?.values)).toEqual([4, 4, 4, 4, 4, 4, 4]);
    const hours = sheet.charts.find((c) => c.name === "hoursByCountyChart");
    expect(values(hours?.series[0]?.xValues)).toEqual(["Homa Bay", "Kisumu", "Siaya"]);
    // 4 pairs x 7 sessions x 1 hour, spread over the counties the mentees work in.
    expect((values(hours?.series[0]?.values) as number[]).reduce((a, b) => a + b, 0)).toBe(28);
    // Beside the table: the chart starts on the table's title row, right of its last column.
    const weekTitle = sheet.sortedCells().find(({ cell }) => cell.value === "Sessions held by week" && cell.style?.fontSize === 12);
    expect(byWeek?.position?.start).toBe(`F${(weekTitle?.row ?? -1) + 1}`);
    const overview = workbook.sheet("Programme overview");
    expect(overview.charts.map((c) => c.name)).toEqual(["ratesByPhaseChart", "sessionLengthChart"]);
    expect(values(overview.charts[1]?.series[0]?.values, overview)).toEqual([1, 2]);
  });
});

describe("row heights", () => {
  it("are set for the title and wrapped rows, and an old summary's tall rows go back to one line", async () => {
    const workbook = cleanProgrammeWorkbook(2);
    await written(workbook);
    const sheet = workbook.sheet("Summary - Phase 1");
    expect(sheet.rowHeight(0)).toBe(21);
    const tall = [...sheet.rowHeights].filter(([, points]) => points > 15);
    expect(tall.length).toBeGreaterThan(1);
    // One-line rows are set too (LibreOffice prints rows left at the default lower than Excel).
    expect(sheet.rowHeights.get(2)).toBe(15);
    // A row made tall by hand (or by an earlier, longer summary) below the new content.
    sheet.rowHeights.set(150, 60);
    sheet.setRawValue(150, 0, "old line");
    await written(workbook);
    expect(sheet.rowHeight(150)).toBe(15);
    expect(sheet.rowHeight(0)).toBe(21);
  });
});

describe("regenerating", () => {
  it("replaces each sheet's content in place: same sheet, same tab position, old content and charts gone", async () => {
    const workbook = cleanProgrammeWorkbook(3);
    await written(workbook);
    const overview = workbook.sheet("Programme overview");
    workbook.moveSheet(overview, 0);
    const ids = workbook.sheets.map((s) => s.id);
    const phase1 = workbook.sheet("Summary - Phase 1");
    phase1.setRawValue(300, 30, "a note typed on the summary");
    phase1.charts.push({ ...structuredClone(phase1.charts[0]!), id: "{CHART-extra}", name: "Someone's chart" });
    const breaks = [...phase1.rowBreaks];
    phase1.rowBreaks = [...breaks, 280].sort((a, b) => a - b);
    const result = await written(workbook, { now: new Date("2026-12-01T06:00:00Z") });
    expect(result.sheets.every((s) => s.replaced)).toBe(true);
    expect(workbook.sheets.map((s) => s.id)).toEqual(ids);
    expect(names(workbook)[0]).toBe("Programme overview");
    expect(names(workbook).filter((n) => /\(\d+\)$/.test(n))).toEqual([]);
    expect(phase1.cell(300, 30)).toBeUndefined();
    expect(phase1.charts.map((c) => c.name)).toEqual(["pairsByStatusChart", "sessionsByWeekChart", "hoursByCountyChart"]);
    // The old page breaks went with the old content: only the new layout's are there.
    expect(phase1.rowBreaks).toEqual(breaks);
    // Stamped with the new time.
    expect(rowLabelled(workbook, "Summary - Phase 1", "Generated (UTC+03:00)")[1]).toBe(46357.375);
  });

  it("follows the registers: a pair added since shows in the new figures", async () => {
    const workbook = cleanProgrammeWorkbook(2);
    const first = await written(workbook);
    const pairs = workbook.sheet("Pairs register");
    const last = pairs.usedRect(true);
    pairs.setRawValue((last?.rowCount ?? 0), 0, "P1-9999");
    pairs.setRawValue((last?.rowCount ?? 0), 1, "MR-1-0001");
    pairs.setRawValue((last?.rowCount ?? 0), 2, "ME-1-0002");
    pairs.setRawValue((last?.rowCount ?? 0), 3, "Phase 1");
    pairs.setRawValue((last?.rowCount ?? 0), 4, "Proposed");
    const second = await written(workbook, { includeErrors: true });
    expect(first.json.phases[0]?.pairs.proposed).toBe(0);
    expect(second.json.phases[0]?.pairs.proposed).toBe(1);
    expect(rowLabelled(workbook, "Summary - Phase 1", "Pairs")[1]).toBe(3);
  });

  it("takes the same number of syncs for 2 pairs as for 600", async () => {
    const syncs = async (pairsPerPhase: number) => {
      const workbook = cleanProgrammeWorkbook(pairsPerPhase);
      const context = createMemoryContext(workbook);
      const result = await summarise(context, NOW);
      expect(result.status).toBe("written");
      return context.stats.syncCount;
    };
    const small = await syncs(2);
    expect(await syncs(600)).toBe(small);
    // Read (2), look (1: nothing to replace yet), list the sheets (1), one per sheet (staged on
    // a working sheet), look again (1), one to put them in place, format and draw.
    expect(small).toBe(2 + 1 + 1 + 3 + 1 + 1);
  });

  it("writes only the phases asked for, matched however they are typed", async () => {
    const workbook = cleanProgrammeWorkbook(2);
    const result = await written(workbook, { phases: ["phase-2"] });
    expect(result.sheets.map((s) => s.name)).toEqual(["Summary - Phase 2"]);
    expect(names(workbook)).not.toContain("Programme overview");
    expect(result.json.phases.map((p) => p.phase)).toEqual(["Phase 2"]);
    expect(result.json.programme.mentors).toBe(4);
  });
});

describe("what it refuses", () => {
  it("a phase that does not exist, naming the phases that do, before writing anything", async () => {
    const workbook = cleanProgrammeWorkbook(2);
    const before = names(workbook);
    const error = await summarise(createMemoryContext(workbook), { ...NOW, phases: ["Phase 3"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SummaryError);
    expect(error).toMatchObject({ code: "UnknownPhase", message: "There is no phase “Phase 3” in the registers. The phases are “Phase 1”, “Phase 2”." });
    expect(names(workbook)).toEqual(before);
  });

  it("to write over a person's own sheet that has a summary's name", async () => {
    const workbook = cleanProgrammeWorkbook(2);
    const mine = workbook.addSheet("Programme overview");
    mine.setRawValue(0, 0, "My notes for the county meeting");
    const before = names(workbook);
    const error = await summarise(createMemoryContext(workbook), NOW).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "SheetNotOurs", sheet: "Programme overview" });
    expect((error as SummaryError).message).toContain("“Programme overview” that the add-in did not write");
    expect((error as SummaryError).action).toMatch(/Rename that sheet/);
    expect(names(workbook)).toEqual(before);
    expect(mine.valuesIn("A1:B2")).toEqual([["My notes for the county meeting", ""], ["", ""]]);
  });

  it("to regenerate a protected summary, saying how to unprotect it", async () => {
    const workbook = cleanProgrammeWorkbook(2);
    await written(workbook);
    workbook.sheet("Summary - Phase 2").protected = true;
    await expect(summarise(createMemoryContext(workbook), NOW)).rejects.toMatchObject({ code: "SheetProtected", action: expect.stringMatching(/Unprotect/) });
  });
});

describe("failures and cancellation", () => {
  it("reports a failed sync while staging as a workbook error and leaves no summary; completes a failed final batch", async () => {
    const workbook = cleanProgrammeWorkbook(2);
    const before = names(workbook);
    const context = createMemoryContext(workbook);
    // A staging sync: the values of the second sheet, on its working sheet.
    context.faults.failSync({ atSync: 6, code: "GeneralException" });
    const error = await summarise(context, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect((error as Error).message).toMatch(/Nothing was written/);
    expect(names(workbook)).toEqual(before);

    const again = createMemoryContext(workbook);
    // The last sync: putting the sheets in place, formatting and charts. Run again from the working sheets.
    again.faults.failSync({ atSync: 9, afterOperations: 40, code: "GeneralException" });
    const result = await summarise(again, NOW);
    expect(result.status).toBe("written");
    expect(workbook.sheet("Summary - Phase 1").charts).toHaveLength(3);
    expect(names(workbook).some((n) => n.startsWith("~"))).toBe(false);
  });

  it("stops when cancelled, before writing", async () => {
    const workbook = cleanProgrammeWorkbook(2);
    const before = names(workbook);
    const controller = new AbortController();
    const progress: string[] = [];
    const run = summarise(createMemoryContext(workbook), {
      ...NOW,
      signal: controller.signal,
      onProgress: (_done, _total, label) => {
        progress.push(label);
        if (label === "Computing the figures") controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(names(workbook)).toEqual(before);
    expect(progress[0]).toBe("Reading the registers");
  });
});

describe("listSummaryPhases", () => {
  it("offers each phase the registers name, with the sheet its summary goes to, in one read", async () => {
    const context = createMemoryContext(cleanProgrammeWorkbook(2));
    expect(await listSummaryPhases(context)).toEqual({
      phases: [
        { phase: "Phase 1", sheet: "Summary - Phase 1" },
        { phase: "Phase 2", sheet: "Summary - Phase 2" },
      ],
      overviewSheet: "Programme overview",
    });
    expect(context.stats.syncCount).toBe(2);
  });
});
