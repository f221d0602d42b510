import { describe, expect, it } from "vitest";
import { computeProgrammeMetrics, describeSummarySheets, layoutProblems, toSummaryJson } from "../../../src/domain/summary";
import { SummaryJsonContract } from "./json-contract";
import { CASE_STUDY_PHASE_1_COUNTIES, CASE_STUDY_PHASE_2_COUNTIES, caseStudyRegisters, smallProgramme } from "./fixtures";

/*
 * The seed: "a total of 32 mentors and 32 mentees have participated in the program, which
 * was implemented in phases. The first phase covered 10 counties; the second covered seven."
 * Seven weekly sessions; one-hour sessions raised to two hours in phase 2.
 */
describe("the case study's programme", () => {
  const programme = computeProgrammeMetrics(caseStudyRegisters());
  const [p1, p2] = programme.phases;

  it("has two phases over 10 and 7 counties, 7 weeks each, 1 h then 2 h sessions", () => {
    expect(programme.phases.map((p) => p.phase)).toEqual(["Phase 1", "Phase 2"]);
    expect(p1?.counties).toEqual(CASE_STUDY_PHASE_1_COUNTIES);
    expect(p1?.counties).toHaveLength(10);
    expect(p2?.counties).toEqual(CASE_STUDY_PHASE_2_COUNTIES);
    expect(p2?.counties).toHaveLength(7);
    expect([p1?.weeks, p2?.weeks]).toEqual([7, 7]);
    expect([p1?.sessionHours, p2?.sessionHours]).toEqual([1, 2]);
  });

  it("counts 32 mentors and 32 mentees in all, over 17 counties", () => {
    expect(programme.totals.mentors).toBe(32);
    expect(programme.totals.mentees).toBe(32);
    expect(programme.totals.pairs).toBe(32);
    expect(programme.totals.counties).toBe(17);
    expect([p1?.mentors, p2?.mentors]).toEqual([18, 14]);
    expect([p1?.mentees, p2?.mentees]).toEqual([18, 14]);
  });

  it("holds 7 sessions a pair, at the phase's length, except the pair that disengaged after week 3", () => {
    expect(p1?.sessions).toMatchObject({ planned: 126, held: 126, attendanceRate: 1 });
    expect(p1?.hours.total).toBe(126);
    expect(p2?.pairs).toMatchObject({ total: 14, completed: 13, disengaged: 1, started: 14 });
    expect(p2?.sessions).toMatchObject({ planned: 98, held: 94, attendanceRate: 0.9592 });
    expect(p2?.hours.total).toBe(188);
    expect(p2?.disengagementReasons).toEqual([{ reason: "Mentee transferred", pairs: 1 }]);
    expect(programme.comparison.map((c) => c.averageLoggedSessionHours)).toEqual([1, 2]);
    expect(programme.totals).toMatchObject({ sessionsPlanned: 224, sessionsHeld: 220, hours: 314 });
  });

  it("awards certificates to everyone who completed", () => {
    expect([p1?.certificates.mentorsQualifying, p1?.certificates.menteesQualifying]).toEqual([18, 18]);
    expect([p2?.certificates.mentorsQualifying, p2?.certificates.menteesQualifying]).toEqual([13, 13]);
    expect(p2?.certificates.mentors.find((e) => !e.qualifies)).toMatchObject({ name: "Mentor P2-14", reasons: ["disengaged", "tooFewSessions"], cpdHours: 6 });
  });

  it("lays out every sheet cleanly", () => {
    const sheets = describeSummarySheets(programme, { generatedAt: "2025-03-01T10:30:00+03:00", includedErrors: false });
    expect(sheets.map((s) => s.name)).toEqual(["Programme overview", "Summary - Phase 1", "Summary - Phase 2"]);
    for (const sheet of sheets) expect(layoutProblems(sheet), sheet.name).toEqual([]);
  });
});

describe("toSummaryJson", () => {
  it("prints the case study in the contract's shape with the case study's numbers", () => {
    const json = toSummaryJson(computeProgrammeMetrics(caseStudyRegisters()));
    const parsed = SummaryJsonContract.parse(JSON.parse(JSON.stringify(json)));
    const { sources, ...totals } = parsed.programme;
    expect(totals).toEqual({ mentors: 32, mentees: 32, pairs: 32, sessionsHeld: 220, hours: 314 });
    // Every row of every register, in one run each; each phase its own run of the Pairs register.
    expect(sources.map((s) => [s.register, s.rowsUsed, s.rowsRead, s.ranges])).toEqual([
      ["phases", 2, 2, [{ first: 2, last: 3 }]],
      ["mentors", 32, 32, [{ first: 2, last: 33 }]],
      ["mentees", 32, 32, [{ first: 2, last: 33 }]],
      ["pairs", 32, 32, [{ first: 2, last: 33 }]],
      ["sessions", 220, 220, [{ first: 2, last: 221 }]],
    ]);
    expect(parsed.phases.map((p) => p.sources.find((s) => s.register === "pairs")?.ranges)).toEqual([[{ first: 2, last: 19 }], [{ first: 20, last: 33 }]]);
    expect(parsed.phases.map((p) => [p.phase, p.counties.length, p.weeks, p.sessionHours, p.mentors, p.mentees, p.sessions.planned, p.sessions.held, p.hours])).toEqual([
      ["Phase 1", 10, 7, 1, 18, 18, 126, 126, 126],
      ["Phase 2", 7, 7, 2, 14, 14, 98, 94, 188],
    ]);
    expect(parsed.phases[1]?.pairs).toEqual({ total: 14, proposed: 0, active: 0, completed: 13, disengaged: 1 });
    expect(parsed.phases[0]?.certificates.mentors).toHaveLength(18);
  });

  it("lists certificate holders by name in order, and survives a JSON round trip unchanged", () => {
    const json = toSummaryJson(computeProgrammeMetrics(smallProgramme()));
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.phases[0]?.certificates).toEqual({ mentors: ["Achieng Otieno", "Brian Kiprop"], mentees: ["Faith Akinyi", "George Odhiambo"] });
    expect(json.phases[0]?.pairs).toEqual({ total: 6, proposed: 1, active: 1, completed: 3, disengaged: 1, unknown: 0, started: 5 });
    expect(Object.keys(json.phases[0] ?? {}).slice(0, 10)).toEqual(["phase", "counties", "countiesOutsidePhase", "weeks", "sessionHours", "mentors", "mentees", "pairs", "sessions", "hours"]);
  });
});
