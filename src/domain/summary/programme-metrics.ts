import type { CountyName } from "../reference";
import type { Registers } from "../registers";
import { ratio, round } from "./keys";
import { metricsOfPreparedPhase, phaseMembers } from "./phase-metrics";
import { prepareSummary, type PairRecord, type PersonRecord, type Prepared } from "./prepare";
import { sourceRows } from "./source-rows";
import type { PhaseComparison, PhaseMetrics, ProgrammeMetrics, ProgrammeTotals } from "./types";

/**
 * Every phase's metrics, the programme's totals and the side-by-side comparison. Totals
 * count distinct people (a mentor who served in two phases is one mentor of the programme)
 * and distinct counties; pairs, sessions and hours add up, since each belongs to one phase.
 */
export function computeProgrammeMetrics(registers: Registers): ProgrammeMetrics {
  const prepared = prepareSummary(registers);
  const phases = prepared.phases.map((phase) => metricsOfPreparedPhase(prepared, phase));

  const mentors = new Set<PersonRecord>();
  const mentees = new Set<PersonRecord>();
  const assignedPairs: PairRecord[] = [];
  for (const phase of prepared.phases) {
    const members = phaseMembers(prepared, phase);
    for (const m of members.mentors) mentors.add(m);
    for (const m of members.mentees) mentees.add(m);
    assignedPairs.push(...members.pairs);
  }
  const unassignedPairs = prepared.pairs.filter((p) => p.phaseKey === null);

  return {
    phases,
    totals: totals(phases, mentors.size, mentees.size),
    comparison: phases.map(comparison),
    unassigned: {
      mentors: prepared.mentors.filter((p) => !mentors.has(p)).length,
      mentees: prepared.mentees.filter((p) => !mentees.has(p)).length,
      pairs: unassignedPairs.length,
      sessions: (prepared.unmatchedSessions.get(null)?.length ?? 0) + sum(unassignedPairs, (p) => p.sessionRows.length),
      goals: prepared.unmatchedGoals.length + sum(unassignedPairs, (p) => p.goalRows.length),
      evaluations: prepared.unmatchedEvaluations.length + sum(unassignedPairs, (p) => p.evaluationRows.length),
    },
    sources: programmeSources(prepared, mentors, mentees, assignedPairs),
  };
}

function sum<T>(items: Iterable<T>, of: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += of(item);
  return total;
}

function totals(phases: PhaseMetrics[], mentors: number, mentees: number): ProgrammeTotals {
  const counties = new Set<CountyName>();
  for (const phase of phases) for (const county of phase.counties) counties.add(county);
  const sessionsPlanned = sum(phases, (p) => p.sessions.planned);
  const sessionsHeld = sum(phases, (p) => p.sessions.held);
  return {
    phases: phases.length,
    counties: counties.size,
    mentors,
    mentees,
    pairs: sum(phases, (p) => p.pairs.total),
    startedPairs: sum(phases, (p) => p.pairs.started),
    sessionsPlanned,
    sessionsHeld,
    attendanceRate: ratio(sessionsHeld, sessionsPlanned),
    hours: round(sum(phases, (p) => p.hours.total), 2),
    mentorCertificates: sum(phases, (p) => p.certificates.mentorsQualifying),
    menteeCertificates: sum(phases, (p) => p.certificates.menteesQualifying),
  };
}

function comparison(phase: PhaseMetrics): PhaseComparison {
  return {
    phase: phase.phase,
    counties: phase.counties.length,
    weeks: phase.weeks,
    sessionHoursPolicy: phase.sessionHours,
    averageLoggedSessionHours: phase.hours.averageLoggedSessionHours,
    mentors: phase.mentors,
    mentees: phase.mentees,
    pairs: phase.pairs.total,
    startedPairs: phase.pairs.started,
    sessionsPlanned: phase.sessions.planned,
    sessionsHeld: phase.sessions.held,
    attendanceRate: phase.sessions.attendanceRate,
    completionRate: phase.completionRate,
    disengagementRate: phase.disengagementRate,
    hours: phase.hours.total,
    hoursPerPair: phase.hours.perStartedPair,
    goalsSet: phase.goals.set,
    goalsAchieved: phase.goals.achieved,
    goalAchievementRate: phase.goals.achievementRate,
    evaluation: phase.evaluations.byQuestion,
    mentorCertificates: phase.certificates.mentorsQualifying,
    menteeCertificates: phase.certificates.menteesQualifying,
  };
}

/** Rows the whole overview rests on: each row once, even when its person served in two phases. */
function programmeSources(prepared: Prepared, mentors: Set<PersonRecord>, mentees: Set<PersonRecord>, pairs: PairRecord[]) {
  return sourceRows(prepared.registers, {
    phases: prepared.phases.flatMap((p) => (p.rowIndex === null ? [] : [p.rowIndex])),
    mentors: [...mentors].flatMap((p) => p.rowIndices),
    mentees: [...mentees].flatMap((p) => p.rowIndices),
    pairs: pairs.flatMap((p) => p.rowIndices),
    sessions: pairs.flatMap((p) => p.sessionRows),
    goals: pairs.flatMap((p) => p.goalRows),
    evaluations: pairs.flatMap((p) => p.evaluationRows),
  });
}
