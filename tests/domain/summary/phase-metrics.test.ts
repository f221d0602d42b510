import { describe, expect, it } from "vitest";
import { computePhaseMetrics, computeProgrammeMetrics, type SourceRows } from "../../../src/domain/summary";
import { buildRegisters, smallProgramme } from "./fixtures";

/*
 * Every figure below was worked out by hand from smallProgramme() (fixtures.ts):
 * started pairs 01, 02, 03, 04, 06 (05 is only proposed) -> planned 5 x 7 = 35;
 * held 7 + 6 + 5 + 3 + 7 = 28; hours 7.5 + 6 + 5 + 3 + 14 = 35.5.
 */
describe("computePhaseMetrics on the small programme", () => {
  const registers = smallProgramme();
  const p1 = computePhaseMetrics(registers, "Phase 1");

  it("names the phase and its policy from the Phases register", () => {
    expect(p1.phase).toBe("Phase 1");
    expect(p1.inPhasesRegister).toBe(true);
    expect(p1.weeks).toBe(7);
    expect(p1.sessionHours).toBe(1);
    expect(p1.weeksFromSettings).toBe(false);
    expect(p1.startDate).toBe("2017-02-06");
  });

  it("finds the phase however it is typed", () => {
    expect(computePhaseMetrics(registers, "  PHASE-1 ").phase).toBe("Phase 1");
    expect(computePhaseMetrics(registers, "1").mentors).toBe(p1.mentors);
  });

  it("refuses a phase that does not exist, naming the known ones", () => {
    expect(() => computePhaseMetrics(registers, "Phase 3")).toThrow(/Phase 3.*“Phase 1”, “Phase 2”/);
  });

  it("covers the counties the phase lists; a mentee working elsewhere is shown apart, not as coverage", () => {
    expect(p1.countiesListed).toEqual(["Kisumu", "Siaya", "Homa Bay"]);
    expect(p1.countiesReached).toEqual(["Homa Bay", "Kisumu", "Migori", "Siaya"]);
    expect(p1.countiesReachedNotListed).toEqual(["Migori"]);
    expect(p1.countiesListedNotReached).toEqual([]);
    expect(p1.counties).toEqual(["Kisumu", "Siaya", "Homa Bay"]);
    expect(p1.countiesOutsidePhase).toEqual(["Migori"]);
    // Still counted where it matters: the by-county table has the county, marked unlisted.
    expect(p1.byCounty.find((c) => c.county === "Migori")).toMatchObject({ listed: false, mentees: 1 });
  });

  it("covers where the mentees work when the phase lists no counties", () => {
    const unlisted = buildRegisters({
      phases: [{ phase: "Phase 9" }],
      mentees: [
        { fullName: "A Mentee", county: "Siaya", phase: "Phase 9" },
        { fullName: "B Mentee", county: "Kisumu", phase: "Phase 9" },
      ],
    });
    const p = computePhaseMetrics(unlisted, "Phase 9");
    expect(p.counties).toEqual(["Kisumu", "Siaya"]);
    expect(p.countiesOutsidePhase).toEqual([]);
  });

  it("counts distinct mentors and mentees (a duplicate register row is one person; an unpaired mentor still counts)", () => {
    expect(p1.mentors).toBe(7);
    expect(p1.mentees).toBe(6);
  });

  it("counts pairs by status, and only started pairs as planned", () => {
    expect(p1.pairs).toEqual({ total: 6, proposed: 1, active: 1, completed: 3, disengaged: 1, unknown: 0, started: 5 });
    expect(p1.completionRate).toBe(0.6);
    expect(p1.disengagementRate).toBe(0.2);
  });

  it("reports disengagements with their reasons and notifications", () => {
    expect(p1.disengagementReasons).toEqual([{ reason: "Transferred to another county", pairs: 1 }]);
    expect(p1.disengagedPairs).toEqual([
      {
        mentor: "David Mwangi",
        mentee: "Isaac Were",
        county: "Kisumu",
        date: "2017-03-01",
        reason: "Transferred to another county",
        notified: { focalPerson: true, ihrm: false, otherParty: null },
        sessionsHeld: 3,
      },
    ]);
  });

  it("counts sessions planned and held, a duplicate week once, a missed week as logged not held", () => {
    expect(p1.sessions).toEqual({
      planned: 35,
      held: 28,
      attendanceRate: 0.8,
      loggedNotHeld: 1,
      duplicateWeekLogs: 1,
      heldOutsideWeeks: 0,
      heldBeyondSchedule: 0,
      unmatchedRows: 1,
      averageMissedWeeksPerPair: 1.4,
    });
  });

  it("adds hours, counting a blank as the phase's session length and a duplicated week at its longest log", () => {
    expect(p1.hours).toEqual({
      total: 35.5,
      sessionsWithAssumedHours: 1,
      assumedHours: 1,
      sessionsWithLoggedHours: 27,
      // 34.5 logged hours over 27 sessions with hours = 1.2777...
      averageLoggedSessionHours: 1.28,
      differenceFromPolicy: 0.28,
      perStartedPair: 7.1,
    });
  });

  it("tabulates the weeks: held by started pairs against started pairs", () => {
    expect(p1.byWeek.map((w) => w.held)).toEqual([5, 5, 5, 4, 4, 3, 2]);
    expect(p1.byWeek.every((w) => w.planned === 5)).toBe(true);
    expect(p1.byWeek[6]).toEqual({ week: 7, held: 2, planned: 5, attendanceRate: 0.4 });
    expect(p1.byWeek.reduce((n, w) => n + w.held, 0) + p1.sessions.heldOutsideWeeks).toBe(p1.sessions.held);
  });

  it("gives missed weeks per pair, in mentor-name order", () => {
    expect(p1.pairList.map((p) => [p.mentor, p.sessionsHeld, p.missedWeeks, p.hours])).toEqual([
      ["Achieng Otieno", 7, 0, 7.5],
      ["Brian Kiprop", 6, 1, 6],
      ["Carol Wanjiku", 5, 2, 5],
      ["David Mwangi", 3, 4, 3],
      ["Esther Njeri", 0, 0, 0],
      ["Francis Ouma", 7, 0, 14],
    ]);
    expect(p1.pairList.find((p) => p.mentor === "Carol Wanjiku")?.weeksNotHeld).toEqual([6, 7]);
    expect(p1.pairList.find((p) => p.mentor === "Esther Njeri")?.started).toBe(false);
  });

  it("counts goals set and achieved, by focus area, with unrecorded focus areas apart", () => {
    expect(p1.goals).toEqual({ set: 5, achieved: 2, inProgress: 1, notStarted: 1, dropped: 1, statusUnknown: 0, achievementRate: 0.4 });
    const area = (id: string | null) => p1.byFocusArea.find((f) => f.focusArea === id);
    expect(area("performance-management")).toMatchObject({ goalsSet: 1, goalsAchieved: 1, menteeNeeds: 1, menteeFirstNeeds: 1, mentorSkills: 1, sessionTopics: 2 });
    expect(area("hr-planning")).toMatchObject({ goalsSet: 1, goalsAchieved: 0, menteeNeeds: 1, menteeFirstNeeds: 0, sessionTopics: 1 });
    expect(area("employee-relations")).toMatchObject({ goalsSet: 1, goalsAchieved: 1, menteeNeeds: 1, mentorSkills: 1 });
    expect(area("recruitment")).toMatchObject({ goalsSet: 0, mentorSkills: 1 });
    expect(area(null)).toMatchObject({ label: "Focus area not recorded", goalsSet: 1, goalsAchieved: 0 });
    expect(p1.byFocusArea).toHaveLength(11);
  });

  it("averages evaluations per question and per respondent, with counts", () => {
    const e = p1.evaluations;
    expect(e.forms).toBe(4);
    expect(e.respondentUnknown).toBe(1);
    expect(e.byQuestion).toEqual({
      goalProgress: { average: 3.5, count: 4 },
      relationship: { average: 4.25, count: 4 },
      sessionQuality: { average: 4, count: 3 },
      overall: { average: 4.25, count: 4 },
    });
    expect(e.byRespondent.mentor).toEqual({
      forms: 1,
      byQuestion: {
        goalProgress: { average: 4, count: 1 },
        relationship: { average: 5, count: 1 },
        sessionQuality: { average: 4, count: 1 },
        overall: { average: 5, count: 1 },
      },
    });
    expect(e.byRespondent.mentee.forms).toBe(2);
    expect(e.byRespondent.mentee.byQuestion.relationship).toEqual({ average: 4.5, count: 2 });
    expect(e.byRespondent.mentee.byQuestion.sessionQuality).toEqual({ average: 5, count: 1 });
  });

  it("breaks down by the mentee's county, listing every listed county", () => {
    expect(p1.byCounty).toEqual([
      { county: "Homa Bay", listed: true, mentees: 1, pairs: 1, sessionsHeld: 5, hours: 5 },
      { county: "Kisumu", listed: true, mentees: 2, pairs: 2, sessionsHeld: 10, hours: 10.5 },
      { county: "Migori", listed: false, mentees: 1, pairs: 1, sessionsHeld: 7, hours: 14 },
      { county: "Siaya", listed: true, mentees: 2, pairs: 2, sessionsHeld: 6, hours: 6 },
    ]);
  });

  it("awards certificates under the Settings rule and says why not", () => {
    const c = p1.certificates;
    expect(c.rule).toEqual({ minSessions: 6, weeks: 7, requiresAcceptance: true });
    expect(c.mentors.map((e) => [e.name, e.qualifies, e.reasons, e.sessionsHeld, e.cpdHours])).toEqual([
      ["Achieng Otieno", true, [], 7, 7.5],
      ["Brian Kiprop", true, [], 6, 6],
      ["Carol Wanjiku", false, ["tooFewSessions"], 5, 5],
      ["David Mwangi", false, ["disengaged", "tooFewSessions"], 3, 3],
      ["Esther Njeri", false, ["notStarted"], 0, 0],
      ["Francis Ouma", false, ["acceptanceNotSigned"], 7, 14],
      ["Grace Chebet", false, ["notPaired"], 0, 0],
    ]);
    expect(c.mentees.filter((e) => e.qualifies).map((e) => e.name)).toEqual(["Faith Akinyi", "George Odhiambo"]);
    expect(c.mentorsQualifying).toBe(2);
    expect(c.menteesQualifying).toBe(2);
  });

  it("records which rows it used, by the sheets' own row numbers (headers on row 1)", () => {
    const run = (first: number, last: number) => ({ first, last });
    expect(p1.sources).toEqual([
      { register: "phases", sheet: "Phases register", rows: 1, totalRows: 2, ranges: [run(2, 2)] },
      // Achieng's second row (row 9, other spacing) is hers too.
      { register: "mentors", sheet: "Mentors register", rows: 8, totalRows: 8, ranges: [run(2, 9)] },
      { register: "mentees", sheet: "Mentees register", rows: 6, totalRows: 7, ranges: [run(2, 7)] },
      { register: "pairs", sheet: "Pairs register", rows: 6, totalRows: 7, ranges: [run(2, 7)] },
      // Rows 2-31 are phase 1's pairs; 32 matches no pair, 33-39 are phase 2's.
      { register: "sessions", sheet: "Sessions register", rows: 30, totalRows: 38, ranges: [run(2, 31)] },
      { register: "goals", sheet: "Goals register", rows: 5, totalRows: 6, ranges: [run(2, 6)] },
      { register: "evaluations", sheet: "Evaluations register", rows: 4, totalRows: 4, ranges: [run(2, 5)] },
    ]);
  });
});

describe("phase 2 and the programme", () => {
  const programme = computeProgrammeMetrics(smallProgramme());
  const p2 = programme.phases[1];

  it("takes weeks from Settings when the Phases row leaves them blank, and assumes the 2 h length for blank hours", () => {
    expect(p2?.weeks).toBe(7);
    expect(p2?.weeksFromSettings).toBe(true);
    expect(p2?.sessionHoursFromSettings).toBe(false);
    expect(p2?.hours.total).toBe(14);
    expect(p2?.hours.sessionsWithAssumedHours).toBe(7);
    expect(p2?.hours.averageLoggedSessionHours).toBeNull();
    expect(p2?.mentors).toBe(1);
    expect(p2?.countiesListedNotReached).toEqual(["Kilifi"]);
  });

  it("counts a mentor who served in both phases once in the programme", () => {
    expect(programme.totals).toEqual({
      phases: 2,
      counties: 5,
      mentors: 7,
      mentees: 7,
      pairs: 7,
      startedPairs: 6,
      sessionsPlanned: 42,
      sessionsHeld: 35,
      attendanceRate: 0.8333,
      hours: 49.5,
      mentorCertificates: 3,
      menteeCertificates: 3,
    });
  });

  it("names the rows each summary rests on: a phase's scattered rows as runs, the programme's each once", () => {
    const which = (sources: SourceRows[] | undefined) => Object.fromEntries((sources ?? []).map((s) => [s.register, s.ranges.map((r) => [r.first, r.last])]));
    // Achieng mentors in both phases: her two rows (2, and 9 in other spelling) serve phase 2 too.
    expect(which(p2?.sources)).toEqual({ phases: [[3, 3]], mentors: [[2, 2], [9, 9]], mentees: [[8, 8]], pairs: [[8, 8]], sessions: [[33, 39]], goals: [], evaluations: [] });
    // The session of no known pair (row 32) and the goal of pair P9-99 (row 7) rest under no summary.
    expect(which(programme.sources)).toEqual({
      phases: [[2, 3]], mentors: [[2, 9]], mentees: [[2, 8]], pairs: [[2, 8]], sessions: [[2, 31], [33, 39]], goals: [[2, 6]], evaluations: [[2, 5]],
    });
    for (const s of programme.sources) expect(s.ranges.reduce((n, r) => n + r.last - r.first + 1, 0), s.register).toBe(s.rows);
  });

  it("reports rows no phase could claim", () => {
    expect(programme.unassigned).toEqual({ mentors: 0, mentees: 0, pairs: 0, sessions: 0, goals: 1, evaluations: 0 });
  });

  it("puts the phases side by side: 1 h against 2 h", () => {
    expect(programme.comparison.map((c) => [c.phase, c.sessionHoursPolicy, c.averageLoggedSessionHours, c.attendanceRate, c.hoursPerPair])).toEqual([
      ["Phase 1", 1, 1.28, 0.8, 7.1],
      ["Phase 2", 2, null, 1, 14],
    ]);
  });
});
