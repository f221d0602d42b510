import { describe, expect, it } from "vitest";
import type { PairStatus } from "../../../src/domain/reference";
import type { Pair, Session } from "../../../src/domain/registers";
import type { Settings } from "../../../src/domain/settings";
import { computePhaseMetrics, computeProgrammeMetrics } from "../../../src/domain/summary";
import { validateRegisters } from "../../../src/domain/validation";
import { buildRegisters, smallProgramme, weeklySessions } from "./fixtures";

/** One phase, one pair, the given session rows. */
function onePair(sessions: Array<Partial<Session>>, pair: Partial<Pair> = {}, settings: Partial<Settings> = {}, weeks = 7) {
  return computePhaseMetrics(
    buildRegisters({
      phases: [{ phase: "Phase 1", counties: ["Kisumu"], startDate: "2017-02-06", weeks, sessionHours: 1 }],
      mentors: [{ mentorId: "MR-01", fullName: "Achieng Otieno" }],
      mentees: [{ menteeId: "ME-01", fullName: "Faith Akinyi", county: "Kisumu" }],
      pairs: [{ pairId: "P1", mentorId: "MR-01", menteeId: "ME-01", status: "completed", acceptanceSigned: "2017-02-01", ...pair }],
      sessions: sessions.map((s) => ({ pairId: "P1", ...s })),
      settings,
    }),
    "Phase 1",
  );
}
const weeks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("certificates at the borderline", () => {
  it.each([
    [5, true, false, ["tooFewSessions"]],
    [6, true, true, []],
    [7, true, true, []],
    [5, false, false, ["tooFewSessions", "acceptanceNotSigned"]],
    [6, false, false, ["acceptanceNotSigned"]],
    [7, false, false, ["acceptanceNotSigned"]],
  ] as const)("%i sessions, acceptance signed %s -> qualifies %s", (held, signed, qualifies, reasons) => {
    const m = onePair(weeklySessions({}, weeks(held), 1), signed ? {} : { acceptanceSigned: undefined });
    for (const entry of [...m.certificates.mentors, ...m.certificates.mentees]) {
      expect(entry.qualifies).toBe(qualifies);
      expect(entry.reasons).toEqual(reasons);
      expect(entry.sessionsHeld).toBe(held);
      expect(entry.cpdHours).toBe(held);
    }
  });

  it("follows the Settings: acceptance not required, or 7 sessions required", () => {
    const unsigned = onePair(weeklySessions({}, weeks(6), 1), { acceptanceSigned: undefined }, { certificateRequiresAcceptance: false });
    expect(unsigned.certificates.mentorsQualifying).toBe(1);
    expect(unsigned.certificates.rule.requiresAcceptance).toBe(false);
    const strict = onePair(weeklySessions({}, weeks(6), 1), {}, { certificateMinSessions: 7 });
    expect(strict.certificates.mentorsQualifying).toBe(0);
    expect(strict.certificates.mentors[0]?.reasons).toEqual(["tooFewSessions"]);
  });

  it("caps the threshold at a shorter phase's weeks", () => {
    const short = onePair(weeklySessions({}, weeks(4), 1), {}, {}, 4);
    expect(short.certificates.rule.minSessions).toBe(4);
    expect(short.certificates.mentorsQualifying).toBe(1);
  });

  it("refuses a disengaged pair even with enough sessions", () => {
    const m = onePair(weeklySessions({}, weeks(6), 1), { status: "disengaged" });
    expect(m.certificates.mentors[0]).toMatchObject({ qualifies: false, reasons: ["disengaged"], cpdHours: 6 });
  });

  it("lets a mentor of two mentees qualify through the pair that completed, with hours from both", () => {
    const m = computePhaseMetrics(
      buildRegisters({
        phases: [{ phase: "Phase 1", counties: ["Kisumu"], weeks: 7, sessionHours: 1 }],
        mentors: [{ fullName: "Achieng Otieno" }],
        mentees: [{ fullName: "Faith Akinyi" }, { fullName: "Joy Adhiambo" }],
        pairs: [
          { pairId: "A", mentorName: "Achieng Otieno", menteeName: "Faith Akinyi", status: "disengaged", acceptanceSigned: "2017-02-01" },
          { pairId: "B", mentorName: "Achieng Otieno", menteeName: "Joy Adhiambo", status: "completed", acceptanceSigned: "2017-02-01" },
        ],
        sessions: [...weeklySessions({ pairId: "A" }, [1, 2], 1), ...weeklySessions({ pairId: "B" }, weeks(7), 1)],
      }),
      "Phase 1",
    );
    expect(m.certificates.mentors).toEqual([
      expect.objectContaining({ name: "Achieng Otieno", pairs: 2, qualifies: true, sessionsHeld: 7, cpdHours: 9 }),
    ]);
    expect(m.certificates.mentees.map((e) => [e.name, e.qualifies])).toEqual([
      ["Faith Akinyi", false],
      ["Joy Adhiambo", true],
    ]);
  });
});

describe("counting sessions", () => {
  it("counts a duplicated week once, at its longest log, and says how many duplicates it merged", () => {
    const m = onePair([{ week: 1, held: true, hours: 1 }, { week: 1, held: true, hours: 2 }, { week: 1, held: true }, { week: 2, held: true, hours: 1 }]);
    expect(m.sessions.held).toBe(2);
    expect(m.sessions.duplicateWeekLogs).toBe(2);
    expect(m.hours.total).toBe(3);
    expect(m.hours.sessionsWithAssumedHours).toBe(0);
  });

  it("counts blank hours at the phase's session length and reports them", () => {
    const m = onePair([{ week: 1, held: true }, { week: 2, held: true, hours: 1.5 }]);
    expect(m.hours).toMatchObject({ total: 2.5, sessionsWithAssumedHours: 1, assumedHours: 1, sessionsWithLoggedHours: 1, averageLoggedSessionHours: 1.5, differenceFromPolicy: 0.5 });
  });

  it("treats Held left blank as held when the row has a date or hours, else as missed", () => {
    const m = onePair([{ week: 1, hours: 1 }, { week: 2, date: "2017-02-13" }, { week: 3 }, { week: 4, held: false, hours: 1 }]);
    expect(m.sessions.held).toBe(2);
    expect(m.sessions.loggedNotHeld).toBe(2);
    expect(m.pairList[0]?.weeksNotHeld).toEqual([3, 4, 5, 6, 7]);
  });

  it("places a session without a week by its date, and drops a dated copy of a week already logged", () => {
    const m = onePair([
      { week: 1, held: true, hours: 1, date: "2017-02-06" },
      { held: true, hours: 1, date: "2017-02-06" },
      { held: true, hours: 1, date: "2017-02-15" },
    ]);
    expect(m.byWeek.map((w) => w.held)).toEqual([1, 1, 0, 0, 0, 0, 0]);
    expect(m.sessions).toMatchObject({ held: 2, duplicateWeekLogs: 1, heldOutsideWeeks: 0 });
  });

  it("counts held sessions with no week at all, up to the phase's weeks, and keeps their hours", () => {
    const noWeek = Array.from({ length: 9 }, () => ({ held: true, hours: 1 }));
    const m = onePair(noWeek);
    expect(m.sessions).toMatchObject({ held: 7, planned: 7, heldOutsideWeeks: 7, heldBeyondSchedule: 2, attendanceRate: 1 });
    expect(m.hours.total).toBe(9);
    expect(m.byWeek.every((w) => w.held === 0)).toBe(true);
  });

  it("treats a week past the phase's end as unscheduled", () => {
    const m = onePair([...weeklySessions({}, weeks(7), 1), { week: 9, held: true, hours: 1 }]);
    expect(m.sessions).toMatchObject({ held: 7, heldBeyondSchedule: 1 });
  });

  it.each<[PairStatus | undefined, boolean, number]>([
    ["proposed", false, 0],
    [undefined, false, 0],
    ["active", false, 7],
    ["proposed", true, 7],
    [undefined, true, 7],
  ])("plans a %s pair (held session logged: %s) for %i sessions", (status, withSession, planned) => {
    const m = onePair(withSession ? [{ week: 1, held: true, hours: 1 }] : [], { status });
    expect(m.sessions.planned).toBe(planned);
    expect(m.pairs.started).toBe(planned > 0 ? 1 : 0);
    expect(m.pairs.unknown).toBe(status === undefined ? 1 : 0);
  });

  it("plans a disengaged pair for all its weeks: the weeks after disengaging count as missed", () => {
    const m = onePair(weeklySessions({}, weeks(3), 1), { status: "disengaged" });
    expect(m.sessions).toMatchObject({ planned: 7, held: 3, attendanceRate: 0.4286 });
    expect(m.pairList[0]?.missedWeeks).toBe(4);
  });
});

describe("resolving pairs and people", () => {
  it("resolves sessions, goals and evaluations by names in any case and spacing, or by one side alone", () => {
    const registers = buildRegisters({
      phases: [{ phase: "Phase 1", counties: ["Kisumu"], weeks: 7, sessionHours: 1 }],
      mentors: [{ mentorId: "MR-01", fullName: "Achieng Otieno" }],
      mentees: [{ menteeId: "ME-01", fullName: "Faith Akinyi", county: "Kisumu" }],
      pairs: [{ mentorName: "Achieng Otieno", menteeName: "Faith Akinyi", status: "active" }],
      sessions: [
        { mentorName: "  ACHIENG   otieno ", menteeName: "faith akinyi", week: 1, held: true, hours: 1 },
        { mentorId: "mr 01", week: 2, held: true, hours: 1 },
        { menteeName: "Faith  Akinyi", week: 3, held: true, hours: 1 },
      ],
      goals: [{ mentorId: "MR01", menteeId: "me-01", goal: "g", status: "achieved" }],
      evaluations: [{ mentorName: "achieng otieno", menteeName: "FAITH AKINYI", overall: 4 }],
    });
    const m = computePhaseMetrics(registers, "phase 1");
    expect(m.sessions.held).toBe(3);
    expect(m.goals.achieved).toBe(1);
    expect(m.evaluations.byQuestion.overall).toEqual({ average: 4, count: 1 });
    expect(m.mentors).toBe(1);
  });

  it("resolves a pair that names its people surname first or with a title, as validation does (no issue there, so no stranger here)", () => {
    const registers = smallProgramme();
    const pair = registers.pairs?.rows.find((r) => r.values.pairId === "P1-02");
    if (!pair) throw new Error("fixture has pair P1-02, named by its people's names");
    pair.values.mentorName = "Kiprop Brian";
    pair.values.menteeName = "Mr. George  Odhiambo";
    expect(validateRegisters(registers).issues.filter((i) => i.register === "pairs" && i.row === pair.source.row)).toEqual([]);
    const named = computePhaseMetrics(registers, "Phase 1");
    const plain = computePhaseMetrics(smallProgramme(), "Phase 1");
    // Still Brian Kiprop and George Odhiambo: no extra people, and the pair's six sessions (logged by ids) still count.
    expect([named.mentors, named.mentees, named.sessions.held, named.hours]).toEqual([plain.mentors, plain.mentees, plain.sessions.held, plain.hours]);
    expect(named.certificates.mentees.map((c) => c.name)).toEqual(plain.certificates.mentees.map((c) => c.name));
  });

  it("counts a person named by a pair but missing from the register, and marks them unregistered", () => {
    const m = computePhaseMetrics(
      buildRegisters({
        phases: [{ phase: "Phase 1", counties: ["Kisumu"] }],
        pairs: [{ mentorName: "Unlisted Mentor", menteeName: "Unlisted Mentee", phase: "Phase 1", status: "active" }],
      }),
      "Phase 1",
    );
    expect([m.mentors, m.mentees, m.pairs.total]).toEqual([1, 1, 1]);
    expect(m.certificates.mentors[0]).toMatchObject({ name: "Unlisted Mentor", registered: false });
  });

  it("keeps two people with the same name apart when their ids differ", () => {
    const m = computePhaseMetrics(
      buildRegisters({
        phases: [{ phase: "Phase 1", counties: ["Kisumu"] }],
        mentees: [
          { menteeId: "ME-01", fullName: "Mary Wanjiru", phase: "Phase 1" },
          { menteeId: "ME-02", fullName: "Mary Wanjiru", phase: "Phase 1" },
          { fullName: "mary wanjiru", phase: "Phase 1" },
        ],
      }),
      "Phase 1",
    );
    expect(m.mentees).toBe(2);
  });

  it("counts a pair entered twice once", () => {
    const m = computePhaseMetrics(
      buildRegisters({
        phases: [{ phase: "Phase 1", counties: ["Kisumu"] }],
        pairs: [
          { mentorName: "A B", menteeName: "C D", phase: "Phase 1", status: "active" },
          { mentorName: "a  b", menteeName: "c d", phase: "Phase 1", status: "completed" },
        ],
      }),
      "Phase 1",
    );
    expect(m.pairs).toMatchObject({ total: 1, active: 1, completed: 0 });
    expect(m.sources.find((s) => s.register === "pairs")?.rows).toBe(2);
  });

  it("reports a phase other registers name without a Phases row, with Settings defaults", () => {
    const programme = computeProgrammeMetrics(
      buildRegisters({
        phases: [{ phase: "Phase 1", counties: ["Kisumu"] }],
        pairs: [{ mentorName: "A", menteeName: "B", phase: "Pilot", status: "active" }],
        settings: { defaultWeeks: 5, defaultSessionHours: 1.5 },
      }),
    );
    expect(programme.phases.map((p) => [p.phase, p.inPhasesRegister, p.weeks, p.sessionHours])).toEqual([
      ["Phase 1", true, 5, 1.5],
      ["Pilot", false, 5, 1.5],
    ]);
    expect(programme.phases[1]?.sessions.planned).toBe(5);
  });

  it("groups disengagement reasons ignoring case and spacing, most frequent first", () => {
    const pair = (n: number, reason?: string): Partial<Pair> => ({ mentorName: `M${n}`, menteeName: `E${n}`, phase: "Phase 1", status: "disengaged", ...(reason ? { disengagementReason: reason } : {}) });
    const m = computePhaseMetrics(
      buildRegisters({
        phases: [{ phase: "Phase 1", counties: ["Kisumu"] }],
        pairs: [pair(1, "Workload"), pair(2, "Transferred"), pair(3, "transferred "), pair(4), pair(5, "TRANSFERRED")],
      }),
      "Phase 1",
    );
    expect(m.disengagementReasons).toEqual([
      { reason: "Transferred", pairs: 3 },
      { reason: "Workload", pairs: 1 },
      { reason: null, pairs: 1 },
    ]);
  });
});

describe("deterministic output", () => {
  it("gives the same metrics whatever the order of pairs, sessions, goals and evaluations", () => {
    const registers = smallProgramme();
    const reversed = smallProgramme();
    for (const kind of ["pairs", "sessions", "goals", "evaluations"] as const) reversed[kind]?.rows.reverse();
    const a = computeProgrammeMetrics(registers);
    const b = computeProgrammeMetrics(reversed);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
