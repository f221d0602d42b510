import { FOCUS_AREAS, RESPONDENTS, type CountyName, type FocusAreaId } from "../reference";
import {
  EVALUATION_QUESTIONS,
  type Evaluation,
  type EvaluationQuestion,
  type Goal,
  type Registers,
} from "../registers";
import { compareText, nameKey, phaseKey, ratio, round, sortByText } from "./keys";
import { sourceRows, type UsedRows } from "./source-rows";
import { pairStarted, prepareSummary, type PairRecord, type PersonRecord, type PhaseRecord, type Prepared } from "./prepare";
import type {
  CertificateEntry,
  CertificateFigures,
  CertificateReasonCode,
  CountyBreakdown,
  DisengagedPair,
  DisengagementReasonCount,
  EvaluationFigures,
  FocusAreaBreakdown,
  GoalFigures,
  PairSummary,
  PairsByStatus,
  PhaseMetrics,
  QuestionAverages,
  WeekFigures,
} from "./types";

export interface PhaseMetricsOptions {
  /** Reuse one preparation for several phases (computeProgrammeMetrics does). */
  prepared?: Prepared;
}

/** The phase a name refers to (tolerant of case, spacing and the word "phase"), or null. */
export function findPhase(prepared: Prepared, phase: string): PhaseRecord | null {
  return prepared.phaseByKey.get(phaseKey(phase)) ?? null;
}

/**
 * A phase's figures from the registers. Throws a RangeError naming the known phases when
 * `phase` is none of them: a summary of zeros for a mistyped phase would look like data.
 */
export function computePhaseMetrics(registers: Registers, phase: string, options: PhaseMetricsOptions = {}): PhaseMetrics {
  const prepared = options.prepared ?? prepareSummary(registers);
  const record = findPhase(prepared, phase);
  if (!record) {
    const known = prepared.phases.map((p) => `“${p.name}”`).join(", ") || "none";
    throw new RangeError(`There is no phase “${phase}” in the registers. Known phases: ${known}.`);
  }
  return phaseMetrics(prepared, record);
}

/** Metrics of a phase already found in `prepared` (computeProgrammeMetrics' path). */
export function metricsOfPreparedPhase(prepared: Prepared, phase: PhaseRecord): PhaseMetrics {
  return phaseMetrics(prepared, phase);
}

/** Hours of one pair's counted sessions; blank hours count as the phase's session length. */
export function pairHours(pair: PairRecord, sessionHours: number): { total: number; assumed: number; assumedHours: number; logged: number; loggedHours: number } {
  let total = 0;
  let assumed = 0;
  let logged = 0;
  let loggedHours = 0;
  const add = (hours: number | null) => {
    if (hours === null) {
      assumed += 1;
      total += sessionHours;
    } else {
      logged += 1;
      loggedHours += hours;
      total += hours;
    }
  };
  for (const session of pair.sessions.byWeek.values()) add(session.loggedHours);
  for (const session of pair.sessions.outsideWeeks) add(session.loggedHours);
  return { total, assumed, assumedHours: assumed * sessionHours, logged, loggedHours };
}

/**
 * Who and what belongs to a phase: its pairs, and the people the registers put in it or who
 * have a pair in it (a mentor whose Phase cell is blank still served in their pair's phase).
 */
export function phaseMembers(prepared: Prepared, phase: PhaseRecord): { pairs: PairRecord[]; mentors: PersonRecord[]; mentees: PersonRecord[] } {
  const pairs = prepared.pairs.filter((p) => p.phaseKey === phase.key);
  const inPhase = (people: PersonRecord[], role: "mentor" | "mentee") => {
    const chosen = new Set<PersonRecord>(people.filter((p) => p.phaseKeys.has(phase.key)));
    for (const pair of pairs) chosen.add(role === "mentor" ? pair.mentor : pair.mentee);
    return [...chosen];
  };
  return { pairs, mentors: inPhase(prepared.mentors, "mentor"), mentees: inPhase(prepared.mentees, "mentee") };
}

function phaseMetrics(prepared: Prepared, phase: PhaseRecord): PhaseMetrics {
  const { registers } = prepared;
  const { settings } = registers;
  const { pairs, mentors, mentees } = phaseMembers(prepared, phase);
  const started = pairs.filter(pairStarted);

  // Pairs and outcomes.
  const byStatus: PairsByStatus = { total: pairs.length, proposed: 0, active: 0, completed: 0, disengaged: 0, unknown: 0, started: started.length };
  for (const pair of pairs) {
    if (pair.status === null) byStatus.unknown += 1;
    else byStatus[pair.status] += 1;
  }
  const disengaged = pairs.filter((p) => p.status === "disengaged");

  // Sessions and hours, pair by pair (each pair's sessions were merged in prepare).
  const hoursOf = new Map<PairRecord, number>();
  let held = 0;
  let loggedNotHeld = 0;
  let duplicateWeekLogs = 0;
  let heldOutsideWeeks = 0;
  let heldBeyondSchedule = 0;
  let hours = 0;
  let assumedSessions = 0;
  let assumedHours = 0;
  let loggedSessions = 0;
  let loggedHours = 0;
  for (const pair of pairs) {
    const s = pair.sessions;
    held += s.held;
    loggedNotHeld += s.loggedNotHeld;
    duplicateWeekLogs += s.duplicateWeekLogs;
    heldOutsideWeeks += s.heldOutsideWeeksCounted;
    heldBeyondSchedule += s.heldBeyondSchedule;
    const h = pairHours(pair, phase.sessionHours);
    hoursOf.set(pair, h.total);
    hours += h.total;
    assumedSessions += h.assumed;
    assumedHours += h.assumedHours;
    loggedSessions += h.logged;
    loggedHours += h.loggedHours;
  }
  const planned = started.length * phase.weeks;
  const missedTotal = started.reduce((sum, p) => sum + (phase.weeks - p.sessions.held), 0);
  const averageLogged = loggedSessions > 0 ? round(loggedHours / loggedSessions, 2) : null;

  // Only started pairs hold sessions (a held session is what starts a pair), so every
  // pair's weeks can be counted in one pass.
  const heldByWeek = new Array<number>(phase.weeks + 1).fill(0);
  for (const pair of started) for (const week of pair.sessions.byWeek.keys()) heldByWeek[week] = (heldByWeek[week] ?? 0) + 1;
  const byWeek: WeekFigures[] = [];
  for (let week = 1; week <= phase.weeks; week += 1) {
    const heldThisWeek = heldByWeek[week] ?? 0;
    byWeek.push({ week, held: heldThisWeek, planned: started.length, attendanceRate: ratio(heldThisWeek, started.length) });
  }

  const pairList = sortByText(
    pairs.map((pair) => pairSummary(pair, phase, hoursOf.get(pair) ?? 0)),
    (p) => p.mentor,
    (p) => p.mentee,
    (p) => p.pairId ?? "",
  );

  const goalRows = pairs.flatMap((p) => p.goalRows.map((row) => ({ pair: p, row })));
  const evaluationRows = pairs.flatMap((p) => p.evaluationRows);
  const goals = goalRows.map(({ row }) => registers.goals?.rows[row]?.values).filter((v): v is Partial<Goal> => v !== undefined);
  const evaluations = evaluationRows.map((row) => registers.evaluations?.rows[row]?.values).filter((v): v is Partial<Evaluation> => v !== undefined);

  const used: UsedRows = {
    phases: phase.rowIndex === null ? [] : [phase.rowIndex],
    mentors: mentors.flatMap((p) => p.rowIndices),
    mentees: mentees.flatMap((p) => p.rowIndices),
    pairs: pairs.flatMap((p) => p.rowIndices),
    sessions: pairs.flatMap((p) => p.sessionRows),
    goals: goalRows.map(({ row }) => row),
    evaluations: evaluationRows,
  };

  const countiesReached = uniqueSorted(mentees.map((m) => m.county));
  const listed = new Set(phase.counties);
  const countiesReachedNotListed = countiesReached.filter((c) => !listed.has(c));

  return {
    phase: phase.name,
    inPhasesRegister: phase.inRegister,
    startDate: phase.startDate,
    // The phase covers the counties it lists; a mentee working elsewhere is a register error
    // (validation names it) and shows in countiesOutsidePhase and the by-county table, not in
    // the coverage reported to the funder. A phase that lists none covers where its mentees work.
    counties: phase.counties.length > 0 ? [...phase.counties] : countiesReached,
    countiesOutsidePhase: phase.counties.length > 0 ? countiesReachedNotListed : [],
    countiesListed: [...phase.counties],
    countiesReached,
    countiesListedNotReached: phase.counties.filter((c) => !countiesReached.includes(c)),
    countiesReachedNotListed,
    weeks: phase.weeks,
    sessionHours: phase.sessionHours,
    weeksFromSettings: phase.weeksFromSettings,
    sessionHoursFromSettings: phase.sessionHoursFromSettings,
    mentors: mentors.length,
    mentees: mentees.length,
    pairs: byStatus,
    completionRate: ratio(byStatus.completed, started.length),
    disengagementRate: ratio(byStatus.disengaged, started.length),
    disengagementReasons: reasonCounts(disengaged),
    disengagedPairs: sortByText(disengaged.map(disengagedPair), (d) => d.mentor, (d) => d.mentee),
    sessions: {
      planned,
      held,
      attendanceRate: ratio(held, planned),
      loggedNotHeld,
      duplicateWeekLogs,
      heldOutsideWeeks,
      heldBeyondSchedule,
      unmatchedRows: prepared.unmatchedSessions.get(phase.key)?.length ?? 0,
      averageMissedWeeksPerPair: started.length > 0 ? round(missedTotal / started.length, 2) : null,
    },
    hours: {
      total: round(hours, 2),
      sessionsWithAssumedHours: assumedSessions,
      assumedHours: round(assumedHours, 2),
      sessionsWithLoggedHours: loggedSessions,
      averageLoggedSessionHours: averageLogged,
      differenceFromPolicy: averageLogged === null ? null : round(averageLogged - phase.sessionHours, 2),
      perStartedPair: started.length > 0 ? round(hours / started.length, 2) : null,
    },
    goals: goalFigures(goals),
    evaluations: evaluationFigures(evaluations),
    byCounty: countyBreakdown(phase, mentees, pairs, hoursOf),
    byFocusArea: focusAreaBreakdown(mentors, mentees, pairs, goals),
    byWeek,
    pairList,
    certificates: certificates(phase, mentors, mentees, prepared, hoursOf, settings),
    sources: sourceRows(registers, used),
  };
}

function uniqueSorted(counties: Array<CountyName | null>): CountyName[] {
  return [...new Set(counties.filter((c): c is CountyName => c !== null))].sort(compareText);
}

function pairSummary(pair: PairRecord, phase: PhaseRecord, hours: number): PairSummary {
  const started = pairStarted(pair);
  const weeksNotHeld: number[] = [];
  if (started) for (let week = 1; week <= phase.weeks; week += 1) if (!pair.sessions.byWeek.has(week)) weeksNotHeld.push(week);
  return {
    pairId: pair.pairId,
    mentor: pair.mentor.name,
    mentee: pair.mentee.name,
    county: pair.mentee.county,
    status: pair.status,
    started,
    acceptanceSigned: pair.acceptanceSigned,
    sessionsHeld: pair.sessions.held,
    missedWeeks: started ? phase.weeks - pair.sessions.held : 0,
    weeksNotHeld,
    hours: round(hours, 2),
  };
}

function disengagedPair(pair: PairRecord): DisengagedPair {
  return {
    mentor: pair.mentor.name,
    mentee: pair.mentee.name,
    county: pair.mentee.county,
    date: pair.disengagedOn,
    reason: pair.disengagementReason,
    notified: { ...pair.notified },
    sessionsHeld: pair.sessions.held,
  };
}

/** Reasons grouped ignoring case and spacing, most frequent first; "not recorded" last. */
function reasonCounts(pairs: PairRecord[]): DisengagementReasonCount[] {
  const groups = new Map<string, DisengagementReasonCount>();
  for (const pair of pairs) {
    const reason = pair.disengagementReason;
    const key = reason === null ? "" : nameKey(reason);
    const group = groups.get(key);
    if (group) group.pairs += 1;
    else groups.set(key, { reason, pairs: 1 });
  }
  return [...groups.values()].sort((a, b) => {
    if ((a.reason === null) !== (b.reason === null)) return a.reason === null ? 1 : -1;
    return b.pairs - a.pairs || compareText(a.reason ?? "", b.reason ?? "");
  });
}

function goalFigures(goals: Array<Partial<Goal>>): GoalFigures {
  const figures: GoalFigures = { set: goals.length, achieved: 0, inProgress: 0, notStarted: 0, dropped: 0, statusUnknown: 0, achievementRate: null };
  for (const goal of goals) {
    switch (goal.status) {
      case "achieved": figures.achieved += 1; break;
      case "in progress": figures.inProgress += 1; break;
      case "not started": figures.notStarted += 1; break;
      case "dropped": figures.dropped += 1; break;
      case undefined: figures.statusUnknown += 1; break;
    }
  }
  figures.achievementRate = ratio(figures.achieved, figures.set);
  return figures;
}

function averages(forms: Array<Partial<Evaluation>>): QuestionAverages {
  const entries = EVALUATION_QUESTIONS.map((question: EvaluationQuestion) => {
    const scores = forms.map((f) => f[question]).filter((s): s is number => typeof s === "number");
    const sum = scores.reduce((a, b) => a + b, 0);
    return [question, { average: scores.length > 0 ? round(sum / scores.length, 2) : null, count: scores.length }] as const;
  });
  return Object.fromEntries(entries) as QuestionAverages;
}

function evaluationFigures(forms: Array<Partial<Evaluation>>): EvaluationFigures {
  const byRespondent = Object.fromEntries(
    RESPONDENTS.map((respondent) => {
      const theirs = forms.filter((f) => f.respondent === respondent);
      return [respondent, { forms: theirs.length, byQuestion: averages(theirs) }] as const;
    }),
  ) as EvaluationFigures["byRespondent"];
  return {
    forms: forms.length,
    byQuestion: averages(forms),
    byRespondent,
    respondentUnknown: forms.filter((f) => f.respondent === undefined).length,
  };
}

/**
 * Counties by where the mentee works: sessions are held at the mentee's workplace, so that is
 * where the programme reached. Every listed county appears, reached or not.
 */
function countyBreakdown(phase: PhaseRecord, mentees: PersonRecord[], pairs: PairRecord[], hoursOf: Map<PairRecord, number>): CountyBreakdown[] {
  const rows = new Map<CountyName | null, CountyBreakdown>();
  const row = (county: CountyName | null): CountyBreakdown => {
    let found = rows.get(county);
    if (!found) {
      found = { county, listed: county !== null && phase.counties.includes(county), mentees: 0, pairs: 0, sessionsHeld: 0, hours: 0 };
      rows.set(county, found);
    }
    return found;
  };
  for (const county of phase.counties) row(county);
  for (const mentee of mentees) row(mentee.county).mentees += 1;
  for (const pair of pairs) {
    const r = row(pair.mentee.county);
    r.pairs += 1;
    r.sessionsHeld += pair.sessions.held;
    r.hours += hoursOf.get(pair) ?? 0;
  }
  return [...rows.values()]
    .map((r) => ({ ...r, hours: round(r.hours, 2) }))
    .sort((a, b) => (a.county === null ? 1 : b.county === null ? -1 : compareText(a.county, b.county)));
}

function focusAreaBreakdown(mentors: PersonRecord[], mentees: PersonRecord[], pairs: PairRecord[], goals: Array<Partial<Goal>>): FocusAreaBreakdown[] {
  // One pass over each source, counting into a row per focus area.
  const rows: FocusAreaBreakdown[] = FOCUS_AREAS.map((area) => ({
    focusArea: area.id,
    label: area.label,
    menteeNeeds: 0,
    menteeFirstNeeds: 0,
    mentorSkills: 0,
    goalsSet: 0,
    goalsAchieved: 0,
    sessionTopics: 0,
  }));
  const byArea = new Map<FocusAreaId, FocusAreaBreakdown>(rows.map((r) => [r.focusArea as FocusAreaId, r]));
  for (const mentee of mentees) {
    for (const need of mentee.focusAreas) {
      const row = byArea.get(need);
      if (row) row.menteeNeeds += 1;
    }
    const first = mentee.focusAreas[0];
    const firstRow = first === undefined ? undefined : byArea.get(first);
    if (firstRow) firstRow.menteeFirstNeeds += 1;
  }
  for (const mentor of mentors) {
    for (const skill of mentor.focusAreas) {
      const row = byArea.get(skill);
      if (row) row.mentorSkills += 1;
    }
  }
  for (const goal of goals) {
    const row = goal.focusArea === undefined ? undefined : byArea.get(goal.focusArea);
    if (!row) continue;
    row.goalsSet += 1;
    if (goal.status === "achieved") row.goalsAchieved += 1;
  }
  const count = (topics: readonly FocusAreaId[]) => {
    for (const topic of topics) {
      const row = byArea.get(topic);
      if (row) row.sessionTopics += 1;
    }
  };
  for (const pair of pairs) {
    for (const session of pair.sessions.byWeek.values()) count(session.topics);
    for (const session of pair.sessions.outsideWeeks) count(session.topics);
  }
  const unfocused = goals.filter((g) => g.focusArea === undefined);
  if (unfocused.length > 0) {
    rows.push({
      focusArea: null,
      label: "Focus area not recorded",
      menteeNeeds: 0,
      menteeFirstNeeds: 0,
      mentorSkills: 0,
      goalsSet: unfocused.length,
      goalsAchieved: unfocused.filter((g) => g.status === "achieved").length,
      sessionTopics: 0,
    });
  }
  return rows;
}

/** Why one pair does not earn its members a certificate (empty: it does). */
function failingRules(pair: PairRecord, minSessions: number, requiresAcceptance: boolean): CertificateReasonCode[] {
  if (!pairStarted(pair)) return ["notStarted"];
  const reasons: CertificateReasonCode[] = [];
  if (pair.status === "disengaged") reasons.push("disengaged");
  if (pair.sessions.held < minSessions) reasons.push("tooFewSessions");
  if (requiresAcceptance && !pair.acceptanceSigned) reasons.push("acceptanceNotSigned");
  return reasons;
}

/**
 * Certificates under the Settings rule: a person qualifies when at least one of their pairs
 * in the phase held enough sessions, is not disengaged and (if required) signed acceptance.
 * A mentor of two mentees who completed one qualifies. The threshold is capped at the
 * phase's weeks, so a shorter phase can still award certificates. CPD hours cover all the
 * person's pairs in the phase, qualifying or not: the hours were mentored either way.
 */
function certificates(
  phase: PhaseRecord,
  mentors: PersonRecord[],
  mentees: PersonRecord[],
  prepared: Prepared,
  hoursOf: Map<PairRecord, number>,
  settings: Registers["settings"],
): CertificateFigures {
  const minSessions = Math.min(settings.certificateMinSessions, phase.weeks);
  const requiresAcceptance = settings.certificateRequiresAcceptance;
  const entry = (person: PersonRecord): CertificateEntry => {
    const theirs = person.pairIndices
      .map((i) => prepared.pairs[i])
      .filter((p): p is PairRecord => p !== undefined && p.phaseKey === phase.key);
    const base = { name: person.name, id: person.id, registered: person.registered, role: person.role, county: person.county, pairs: theirs.length };
    const cpdHours = round(theirs.reduce((sum, p) => sum + (hoursOf.get(p) ?? 0), 0), 2);
    if (theirs.length === 0) return { ...base, sessionsHeld: 0, cpdHours, qualifies: false, reasons: ["notPaired"] };
    // The deciding pair: a qualifying one, else the one failing fewest rules, then most sessions.
    const judged = theirs
      .map((pair) => ({ pair, reasons: failingRules(pair, minSessions, requiresAcceptance) }))
      .sort(
        (a, b) =>
          a.reasons.length - b.reasons.length ||
          b.pair.sessions.held - a.pair.sessions.held ||
          // Then by the reasons themselves, so the outcome does not hang on row order.
          compareText(a.reasons.join(), b.reasons.join()) ||
          a.pair.index - b.pair.index,
      );
    const best = judged[0];
    const reasons = best?.reasons ?? ["notPaired"];
    return { ...base, sessionsHeld: best?.pair.sessions.held ?? 0, cpdHours, qualifies: reasons.length === 0, reasons };
  };
  const byName = (entries: CertificateEntry[]) => sortByText(entries, (e) => e.name, (e) => e.id ?? "");
  const mentorEntries = byName(mentors.map(entry));
  const menteeEntries = byName(mentees.map(entry));
  return {
    rule: { minSessions, weeks: phase.weeks, requiresAcceptance },
    mentors: mentorEntries,
    mentees: menteeEntries,
    mentorsQualifying: mentorEntries.filter((e) => e.qualifies).length,
    menteesQualifying: menteeEntries.filter((e) => e.qualifies).length,
  };
}
