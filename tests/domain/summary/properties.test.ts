import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COUNTY_NAMES, FOCUS_AREA_IDS, GOAL_STATUSES, PAIR_STATUSES, RESPONDENTS, type CountyName } from "../../../src/domain/reference";
import type { Evaluation, Goal, Mentee, Mentor, Pair, Phase, RegisterKind, Session } from "../../../src/domain/registers";
import {
  computeProgrammeMetrics,
  describeSummarySheets,
  layoutProblems,
  layoutToGrid,
  toSummaryJson,
  type ProgrammeMetrics,
  type SourceRows,
} from "../../../src/domain/summary";
import { SECRET, buildRegisters, type RegisterInputs } from "./fixtures";

/*
 * Messy registers drawn at random: names repeated in other case and spacing, references to
 * people and pairs that do not exist, blank statuses, weeks past the end, duplicate logs.
 * Whatever the data, the figures must hold together, never quote a secret and lay out cleanly.
 */

const PEOPLE = ["Achieng Otieno", "Brian Kiprop", "Carol Wanjiku", "=David Mwangi", "Esther Njeri", "Faith Akinyi"];
const spelling = fc.tuple(fc.constantFrom(...PEOPLE), fc.constantFrom("plain", "upper", "spaced")).map(([name, how]) =>
  how === "upper" ? name.toUpperCase() : how === "spaced" ? `  ${name.replace(" ", "   ")} ` : name,
);
const phaseName = fc.constantFrom("Phase 1", "phase 2", "PHASE-3");
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const date = fc.integer({ min: 0, max: 80 }).map((d) => new Date(Date.UTC(2017, 1, 6 + d)).toISOString().slice(0, 10));
/** Usually a real pair's id (so sessions, goals and forms land), sometimes none or an unknown one. */
const often = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb.map((v): T | undefined => v) }, { weight: 1, arbitrary: fc.constant(undefined) });
const ref = fc.record({
  pairId: often(fc.constantFrom("P-1", "P-2", "p 3", "P-4", "P-9")),
  mentorName: maybe(spelling),
  menteeName: maybe(spelling),
});

const registersArb = fc
  .record({
    phases: fc.uniqueArray(
      fc.record({
        phase: phaseName,
        counties: fc.uniqueArray(fc.constantFrom<CountyName>(...COUNTY_NAMES.slice(0, 8)), { maxLength: 4 }),
        startDate: maybe(fc.constant("2017-02-06")),
        weeks: maybe(fc.integer({ min: 1, max: 8 })),
        sessionHours: maybe(fc.constantFrom(1, 2, 1.5)),
        remarks: fc.constant(SECRET),
      }),
      { minLength: 1, maxLength: 3, selector: (p) => p.phase.toLowerCase() },
    ),
    mentors: fc.array(fc.record({ fullName: spelling, phase: maybe(phaseName), skills: maybe(fc.subarray([...FOCUS_AREA_IDS])), remarks: fc.constant(SECRET) }), { maxLength: 6 }),
    mentees: fc.array(fc.record({ fullName: spelling, phase: maybe(phaseName), county: maybe(fc.constantFrom<CountyName>(...COUNTY_NAMES.slice(0, 10))), needs: maybe(fc.subarray([...FOCUS_AREA_IDS])) }), { maxLength: 6 }),
    pairs: fc.array(
      fc.record({
        pairId: often(fc.constantFrom("P-1", "P-2", "p 3", "P-4")),
        mentorName: often(spelling),
        menteeName: often(spelling),
        phase: maybe(phaseName),
        status: maybe(fc.constantFrom(...PAIR_STATUSES)),
        acceptanceSigned: maybe(fc.constant("2017-02-01")),
        disengagementReason: maybe(fc.constantFrom("Transferred", "transferred", "Workload")),
        matchReasons: fc.constant(SECRET),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    sessions: fc.array(
      fc.record({
        ref,
        phase: maybe(phaseName),
        week: often(fc.integer({ min: 1, max: 9 })),
        date: maybe(date),
        hours: maybe(fc.constantFrom(0, 0.5, 1, 1.5, 2, 2.25)),
        held: maybe(fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) })),
        topics: maybe(fc.subarray([...FOCUS_AREA_IDS], { maxLength: 2 })),
        notes: fc.constant(SECRET),
      }),
      { minLength: 3, maxLength: 60, size: "medium" },
    ),
    goals: fc.array(fc.record({ ref, goal: fc.constant(SECRET), focusArea: maybe(fc.constantFrom(...FOCUS_AREA_IDS)), status: maybe(fc.constantFrom(...GOAL_STATUSES)) }), { maxLength: 8 }),
    evaluations: fc.array(
      fc.record({
        ref,
        respondent: maybe(fc.constantFrom(...RESPONDENTS)),
        goalProgress: maybe(fc.integer({ min: 1, max: 5 })),
        overall: maybe(fc.integer({ min: 1, max: 5 })),
        comments: fc.constant(SECRET),
      }),
      { maxLength: 6 },
    ),
  })
  .map((r): RegisterInputs => ({
    phases: r.phases as Array<Partial<Phase>>,
    mentors: r.mentors as Array<Partial<Mentor>>,
    mentees: r.mentees as Array<Partial<Mentee>>,
    pairs: r.pairs as Array<Partial<Pair>>,
    sessions: r.sessions.map(({ ref: reference, ...s }) => ({ ...reference, ...s, extra: { Journal: SECRET } }) as Partial<Session>),
    goals: r.goals.map(({ ref: reference, ...g }) => ({ ...reference, ...g }) as Partial<Goal>),
    evaluations: r.evaluations.map(({ ref: reference, ...e }) => ({ ...reference, ...e }) as Partial<Evaluation>),
  }));

/** Drops keys whose value is undefined, as a sheet reader never sets them. */
function clean(inputs: RegisterInputs): RegisterInputs {
  const strip = <T extends object>(rows: T[] | undefined) => rows?.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T);
  return {
    phases: strip(inputs.phases),
    mentors: strip(inputs.mentors),
    mentees: strip(inputs.mentees),
    pairs: strip(inputs.pairs),
    sessions: strip(inputs.sessions),
    goals: strip(inputs.goals),
    evaluations: strip(inputs.evaluations),
  };
}

function checkFigures(p: ProgrammeMetrics): void {
  for (const m of p.phases) {
    const { pairs, sessions } = m;
    expect(pairs.proposed + pairs.active + pairs.completed + pairs.disengaged + pairs.unknown).toBe(pairs.total);
    expect(pairs.started).toBeLessThanOrEqual(pairs.total);
    expect(sessions.planned).toBe(pairs.started * m.weeks);
    expect(sessions.held).toBeLessThanOrEqual(sessions.planned);
    expect(m.byWeek).toHaveLength(m.weeks);
    expect(m.byWeek.reduce((n, w) => n + w.held, 0) + sessions.heldOutsideWeeks).toBe(sessions.held);
    if (sessions.attendanceRate !== null) expect(sessions.attendanceRate).toBeLessThanOrEqual(1);
    expect(m.pairList).toHaveLength(pairs.total);
    expect(m.byCounty.reduce((n, c) => n + c.pairs, 0)).toBe(pairs.total);
    expect(m.byCounty.reduce((n, c) => n + c.mentees, 0)).toBe(m.mentees);
    expect(m.byCounty.reduce((n, c) => n + c.sessionsHeld, 0)).toBe(sessions.held);
    expect(m.hours.total).toBeCloseTo(m.pairList.reduce((n, x) => n + x.hours, 0), 6);
    expect(m.hours.total).toBeGreaterThanOrEqual(m.hours.assumedHours);
    expect(m.certificates.mentors).toHaveLength(m.mentors);
    expect(m.certificates.mentees).toHaveLength(m.mentees);
    for (const entry of [...m.certificates.mentors, ...m.certificates.mentees]) expect(entry.qualifies).toBe(entry.reasons.length === 0);
    expect(m.goals.achieved).toBeLessThanOrEqual(m.goals.set);
    expect(m.disengagementReasons.reduce((n, r) => n + r.pairs, 0)).toBe(pairs.disengaged);
  }
  for (const sources of [p.sources, ...p.phases.map((m) => m.sources)]) {
    for (const s of sources) {
      // Runs in order, apart (touching runs would have been one), on the sheet's rows, adding up to the count.
      s.ranges.forEach((r, i) => {
        expect(r.first).toBeLessThanOrEqual(r.last);
        expect(r.first).toBeGreaterThan((s.ranges[i - 1]?.last ?? 0) + 1);
      });
      expect(s.ranges.reduce((n, r) => n + r.last - r.first + 1, 0)).toBe(s.rows);
      expect(s.rows).toBeLessThanOrEqual(s.totalRows);
      if (s.ranges.length > 0) expect(s.ranges[s.ranges.length - 1]?.last).toBeLessThanOrEqual(s.totalRows + 1);
    }
  }
  expect(p.totals.pairs).toBe(p.phases.reduce((n, m) => n + m.pairs.total, 0));
  expect(p.totals.mentors).toBeLessThanOrEqual(p.phases.reduce((n, m) => n + m.mentors, 0));
  expect(p.totals.mentors).toBeGreaterThanOrEqual(Math.max(0, ...p.phases.map((m) => m.mentors)));
}

describe("summary properties on random registers", () => {
  it("keeps the figures consistent with each other", () => {
    fc.assert(
      fc.property(registersArb, (inputs) => {
        checkFigures(computeProgrammeMetrics(buildRegisters(clean(inputs))));
      }),
      { numRuns: 300 },
    );
  });

  it("never quotes a secret and always lays out cleanly", () => {
    fc.assert(
      fc.property(registersArb, fc.boolean(), (inputs, includedErrors) => {
        const programme = computeProgrammeMetrics(buildRegisters(clean(inputs)));
        expect(JSON.stringify(programme)).not.toContain(SECRET);
        expect(JSON.stringify(toSummaryJson(programme))).not.toContain(SECRET);
        for (const sheet of describeSummarySheets(programme, { generatedAt: "2025-03-01T10:30:00Z", includedErrors })) {
          expect(layoutProblems(sheet)).toEqual([]);
          const grid = layoutToGrid(sheet);
          expect(JSON.stringify(grid)).not.toContain(SECRET);
          grid.values.forEach((row, r) =>
            row.forEach((value, c) => {
              if (typeof value === "string" && value !== "") expect(grid.numberFormats[r]?.[c]).toBe("@");
            }),
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it("does not depend on the order of session, goal and evaluation rows", () => {
    fc.assert(
      fc.property(registersArb, fc.integer(), (inputs, seed) => {
        const a = computeProgrammeMetrics(buildRegisters(clean(inputs)));
        const shuffled = clean(inputs);
        // moved[kind][i]: the original position of the row now at position i.
        const moved: Partial<Record<RegisterKind, number[]>> = {};
        const shuffle = <T>(kind: RegisterKind, rows: T[] | undefined) => {
          if (!rows) return;
          const from = rows.map((_, i) => i);
          let s = seed;
          for (let i = rows.length - 1; i > 0; i -= 1) {
            s = (s * 1103515245 + 12345) & 0x7fffffff;
            const j = s % (i + 1);
            [rows[i], rows[j]] = [rows[j] as T, rows[i] as T];
            [from[i], from[j]] = [from[j] as number, from[i] as number];
          }
          moved[kind] = from;
        };
        shuffle("sessions", shuffled.sessions);
        shuffle("goals", shuffled.goals);
        shuffle("evaluations", shuffled.evaluations);
        const b = computeProgrammeMetrics(buildRegisters(shuffled));
        // The same rows are used wherever they sit: b's row numbers, taken back to where each
        // row was in a, are a's. The figures are identical.
        const used = (p: ProgrammeMetrics, shuffledFrom: typeof moved) =>
          [p.sources, ...p.phases.map((m) => m.sources)].map((sources) => sources.map((s) => rowNumbers(s, shuffledFrom[s.register])));
        expect(used(b, moved)).toEqual(used(a, {}));
        expect(JSON.stringify(withoutRowNumbers(b))).toBe(JSON.stringify(withoutRowNumbers(a)));
      }),
      { numRuns: 200 },
    );
  });
});

/** The sheet rows a source names (headers on row 1), mapped back through a shuffle, sorted. */
function rowNumbers(source: SourceRows, from: number[] | undefined): number[] {
  const rows = source.ranges.flatMap((r) => Array.from({ length: r.last - r.first + 1 }, (_, i) => r.first + i));
  return rows.map((row) => (from ? (from[row - 2] ?? -1) + 2 : row)).sort((x, y) => x - y);
}

function withoutRowNumbers(p: ProgrammeMetrics): unknown {
  const strip = (sources: SourceRows[]) => sources.map(({ ranges: _ranges, ...rest }) => rest);
  return { ...p, sources: strip(p.sources), phases: p.phases.map((m) => ({ ...m, sources: strip(m.sources) })) };
}
