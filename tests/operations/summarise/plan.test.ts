// The pure half of the summary operation: which sheets, replacing what, stamped when.
import { describe, expect, it } from "vitest";
import { computeProgrammeMetrics } from "../../../src/domain/summary";
import { localIsoWithOffset, planSheetWrites, planSummaryGrids, type ExistingSheet } from "../../../src/operations/summarise";
import { buildRegisters, smallProgramme } from "../../domain/summary/fixtures";

const stamp = { generatedAt: "2026-11-26T12:00:00+03:00", includedErrors: false };
const programme = computeProgrammeMetrics(smallProgramme());
const existing = (name: string, isSummary: boolean, extra: Partial<ExistingSheet> = {}): ExistingSheet => ({
  name, position: 3, isSummary, protected: false, usedColumns: 4, usedAddress: "A1:D9", charts: [], tables: [], ...extra,
});

describe("planSummaryGrids", () => {
  it("plans the overview then each phase by default, and only the phases named otherwise", () => {
    expect(planSummaryGrids(programme, {}, stamp).map((g) => g.name)).toEqual(["Programme overview", "Summary - Phase 1", "Summary - Phase 2"]);
    expect(planSummaryGrids(programme, { phases: ["2", "PHASE 1"] }, stamp).map((g) => g.name)).toEqual(["Summary - Phase 1", "Summary - Phase 2"]);
    expect(planSummaryGrids(programme, { phases: ["1"], overview: true }, stamp).map((g) => g.name)).toEqual(["Programme overview", "Summary - Phase 1"]);
  });

  it("refuses unknown phases by name and a programme with no phase at all", () => {
    expect(() => planSummaryGrids(programme, { phases: ["3", "Pilot"] }, stamp)).toThrow("There are no phases “3”, “Pilot” in the registers. The phases are “Phase 1”, “Phase 2”.");
    const empty = computeProgrammeMetrics(buildRegisters({}));
    expect(empty.phases).toEqual([]);
    expect(() => planSummaryGrids(empty, {}, stamp)).toThrow(expect.objectContaining({ code: "NoPhases", action: expect.stringMatching(/Phases sheet/) }));
  });
});

describe("planSheetWrites", () => {
  const grids = planSummaryGrids(programme, {}, stamp);

  it("adds missing sheets and replaces the add-in's own, matching names as Excel does (ignoring case)", () => {
    const writes = planSheetWrites(grids, [existing("summary - phase 1", true)]);
    expect(writes.map((w) => [w.grid.name, w.existing?.name ?? null])).toEqual([
      ["Programme overview", null],
      ["Summary - Phase 1", "summary - phase 1"],
      ["Summary - Phase 2", null],
    ]);
  });

  it("refuses a sheet without the marker and a protected summary", () => {
    expect(() => planSheetWrites(grids, [existing("Programme overview", false)])).toThrow(expect.objectContaining({ code: "SheetNotOurs", sheet: "Programme overview" }));
    expect(() => planSheetWrites(grids, [existing("Summary - Phase 2", true, { protected: true })])).toThrow(expect.objectContaining({ code: "SheetProtected" }));
  });
});

describe("localIsoWithOffset", () => {
  it("shows the wall clock where it ran, with the offset", () => {
    const instant = new Date("2026-11-26T21:30:05Z");
    expect(localIsoWithOffset(instant, 180)).toBe("2026-11-27T00:30:05+03:00");
    expect(localIsoWithOffset(instant, 0)).toBe("2026-11-26T21:30:05+00:00");
    expect(localIsoWithOffset(instant, -330)).toBe("2026-11-26T16:00:05-05:30");
  });
});
