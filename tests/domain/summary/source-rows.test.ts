// Which register rows a summary says it used: runs of the sheets' own row numbers, sheet by
// sheet, cut to fit one Excel cell, and laid out so the write cannot fail.
import { describe, expect, it } from "vitest";
import {
  computeProgrammeMetrics,
  describePhaseSummarySheet,
  layoutProblems,
  layoutToGrid,
  toSummaryJson,
  type SourceRows,
} from "../../../src/domain/summary";
import { MAX_ROW_POINTS } from "../../../src/domain/summary/row-heights";
import { MAX_CELL_CHARACTERS, rowRanges, rowRangesText } from "../../../src/domain/summary/source-rows";
import { rowsUsedLine } from "../../../src/domain/summary/stamp";
import { buildRegisters, smallProgramme, smallProgrammeSheets } from "./fixtures";

const run = (first: number, last: number) => ({ first, last });

describe("rowRanges", () => {
  it("folds row numbers into runs, whatever their order, counting a repeated row once", () => {
    expect(rowRanges([61, 2, 3, 4, 63, 64, 3, 90, 65])).toEqual([run(2, 4), run(61, 61), run(63, 65), run(90, 90)]);
    expect(rowRanges([])).toEqual([]);
  });
});

describe("rowRangesText", () => {
  it("says the runs as an officer reads them", () => {
    expect(rowRangesText([run(2, 58), run(61, 61), run(63, 90)])).toBe("rows 2–58, 61, 63–90");
    expect(rowRangesText([run(61, 61)])).toBe("row 61");
    expect(rowRangesText([run(2, 3)])).toBe("rows 2–3");
    expect(rowRangesText([])).toBe("none");
  });

  it("cuts a list too long for the cell after the runs that fit, and says how many are left out", () => {
    const ranges = [run(1002, 1009), run(1011, 1011), run(1013, 1020), run(1022, 1022), run(1024, 1030), run(1032, 1032)];
    const whole = "rows 1002–1009, 1011, 1013–1020, 1022, 1024–1030, 1032";
    expect(rowRangesText(ranges, whole.length)).toBe(whole);
    expect(rowRangesText(ranges, whole.length - 1)).toBe("rows 1002–1009, 1011, 1013–1020 … and 3 more ranges");
    expect(rowRangesText(ranges, 40)).toBe("rows 1002–1009, 1011 … and 4 more ranges");
    expect(rowRangesText(ranges, 35)).toBe("rows 1002–1009 … and 5 more ranges");
    expect(rowRangesText(ranges, 24)).toBe("rows … and 6 more ranges");
    for (const max of [24, 30, 35, 41, 53]) expect(rowRangesText(ranges, max).length, String(max)).toBeLessThanOrEqual(max);
  });

  it("keeps every list within Excel's 32,767 characters, with the count of what was left out", () => {
    // Every other row of a long register: 40,000 runs, far beyond one cell.
    const ranges = Array.from({ length: 40_000 }, (_, i) => run(2 + 2 * i, 2 + 2 * i));
    const text = rowRangesText(ranges);
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_CHARACTERS);
    const match = /^rows (.*) … and (\d+) more ranges$/.exec(text);
    expect(match).not.toBeNull();
    const kept = (match?.[1] ?? "").split(", ");
    expect(kept.length + Number(match?.[2])).toBe(40_000);
    // The runs kept are the first ones, in order.
    expect(kept.slice(0, 3)).toEqual(["2", "4", "6"]);
    expect(kept.at(-1)).toBe(String(2 + 2 * (kept.length - 1)));
  });
});

describe("sources sheet by sheet", () => {
  it("stamps a register read from two sheets once per sheet, each with its own row numbers", () => {
    const registers = smallProgramme();
    const sessions = registers.sessions;
    if (!sessions) throw new Error("sessions");
    // Phase 2's seven sessions (register rows 33-39) were typed on a sheet of their own, from row 5.
    sessions.rows.forEach((row, i) => {
      if (row.source.row >= 33) sessions.rows[i] = { ...row, source: { sheet: "Sessions 2017", row: row.source.row - 28 } };
    });
    const programme = computeProgrammeMetrics(registers);
    const ofSessions = (sources: SourceRows[] | undefined) => (sources ?? []).filter((s) => s.register === "sessions");
    expect(ofSessions(programme.sources)).toEqual([
      { register: "sessions", sheet: "Sessions register", rows: 30, totalRows: 31, ranges: [run(2, 31)] },
      { register: "sessions", sheet: "Sessions 2017", rows: 7, totalRows: 7, ranges: [run(5, 11)] },
    ]);
    // A phase names every sheet of the register, the one it did not use included.
    expect(ofSessions(programme.phases[1]?.sources)).toEqual([
      { register: "sessions", sheet: "Sessions register", rows: 0, totalRows: 31, ranges: [] },
      { register: "sessions", sheet: "Sessions 2017", rows: 7, totalRows: 7, ranges: [run(5, 11)] },
    ]);
    // The stamp's one-line count adds the sheets up; the JSON keeps them apart.
    expect(rowsUsedLine(programme.sources)).toContain("Sessions 37,");
    expect(toSummaryJson(programme).programme.sources.filter((s) => s.register === "sessions")).toEqual([
      { register: "sessions", sheet: "Sessions register", rowsUsed: 30, rowsRead: 31, ranges: [run(2, 31)] },
      { register: "sessions", sheet: "Sessions 2017", rowsUsed: 7, rowsRead: 7, ranges: [run(5, 11)] },
    ]);
  });

  it("keeps an empty register's sheet, with nothing used, and leaves out registers the workbook lacks", () => {
    const programme = computeProgrammeMetrics(buildRegisters({ phases: [{ phase: "Phase 1", counties: [] }], goals: [] }));
    expect(programme.sources).toEqual([
      { register: "phases", sheet: "Phases register", rows: 1, totalRows: 1, ranges: [run(2, 2)] },
      { register: "goals", sheet: "Goals register", rows: 0, totalRows: 0, ranges: [] },
    ]);
  });

  it("lays out a list of rows too long for a cell: cut to fit, its row no taller than Excel allows", () => {
    const { phase1, stamp } = smallProgrammeSheets();
    const ranges = Array.from({ length: 20_000 }, (_, i) => run(2 + 2 * i, 2 + 2 * i));
    const huge: SourceRows = { register: "sessions", sheet: "Session logs", rows: 20_000, totalRows: 40_000, ranges };
    const sheet = describePhaseSummarySheet(phase1, { ...stamp, sourceRows: [huge] });
    expect(layoutProblems(sheet)).toEqual([]);
    const grid = layoutToGrid(sheet);
    const cell = grid.values.flat().find((v) => typeof v === "string" && v.startsWith("rows 2, 4, 6"));
    expect(typeof cell === "string" && cell.length <= MAX_CELL_CHARACTERS && / … and \d+ more ranges$/.test(cell)).toBe(true);
    expect(Math.max(...grid.rowHeights.map((h) => h.points))).toBe(MAX_ROW_POINTS);
  });
});
