import type { CountyName, FocusAreaId, PairStatus } from "../reference";
import type {
  Evaluation,
  Goal,
  Mentee,
  Mentor,
  Pair,
  Phase,
  RegisterData,
  Registers,
  Session,
} from "../registers";
import { sortedNameKey } from "../validation/keys";
import { idKey, nameKey, phaseKey } from "./keys";

/*
 * One pass over the registers that resolves who is who and what belongs to which pair, so
 * that every phase's metrics are aggregation over prepared records. computeProgrammeMetrics
 * prepares once and aggregates per phase; a phase never rescans 35,000 session rows.
 *
 * Resolution rules (documented here because every figure depends on them):
 * - People: rows of the Mentors (Mentees) register are one person when their ids match, or
 *   when their names match and at most one of them has an id; two rows with different ids
 *   are two people even with the same name. A pair naming someone missing from the register
 *   creates an unregistered person, so distinct counts still work.
 * - A reference (pair, session, goal, evaluation) finds a person by id first, then by name.
 * - Pairs: a row is the same pair as an earlier one when the pair id matches, or when mentor,
 *   mentee and phase match. The first row wins; later ones are duplicates (validation reports them).
 * - A pair's phase: its own, else its mentee's (then mentor's) only phase, else the only
 *   phase there is. Sessions, goals and evaluations take their pair's phase.
 * - A session, goal or evaluation finds its pair by pair id, else by mentor + mentee; with
 *   only one side named, by that person's only pair (in the row's phase when it names one).
 */

export interface PhaseRecord {
  key: string;
  name: string;
  inRegister: boolean;
  rowIndex: number | null;
  counties: CountyName[];
  startDate: string | null;
  weeks: number;
  sessionHours: number;
  weeksFromSettings: boolean;
  sessionHoursFromSettings: boolean;
}

export type Role = "mentor" | "mentee";

export interface PersonRecord {
  index: number;
  role: Role;
  name: string;
  id: string | null;
  registered: boolean;
  county: CountyName | null;
  /** Phases the register puts this person in (a person may serve in two). */
  phaseKeys: Set<string>;
  /** Mentor skills or mentee needs (ranked), from the first row that has them. */
  focusAreas: FocusAreaId[];
  rowIndices: number[];
  pairIndices: number[];
}

/** One week's (or one unscheduled) held session of a pair, after duplicates are merged. */
export interface HeldSession {
  week: number | null;
  /** Largest hours logged among the rows merged into it; null when none logged. */
  loggedHours: number | null;
  /** Topics of the rows merged into it, each once. */
  topics: FocusAreaId[];
}

export interface PairRecord {
  index: number;
  pairId: string | null;
  mentor: PersonRecord;
  mentee: PersonRecord;
  phaseKey: string | null;
  status: PairStatus | null;
  acceptanceSigned: boolean;
  disengagedOn: string | null;
  disengagementReason: string | null;
  notified: { focalPerson: boolean | null; ihrm: boolean | null; otherParty: boolean | null };
  rowIndices: number[];
  sessionRows: number[];
  goalRows: number[];
  evaluationRows: number[];
  /** Filled by `summariseSessions` once all rows are attached. */
  sessions: PairSessions;
}

export interface PairSessions {
  /** Held sessions by week (1..weeks) and held sessions with no usable week. */
  byWeek: Map<number, HeldSession>;
  outsideWeeks: HeldSession[];
  loggedNotHeld: number;
  duplicateWeekLogs: number;
  /** Held sessions counted: distinct weeks + unscheduled, capped at the phase's weeks. */
  held: number;
  heldOutsideWeeksCounted: number;
  heldBeyondSchedule: number;
  /** Any held session at all: proof the pair started. */
  anyHeld: boolean;
}

export interface Prepared {
  registers: Registers;
  phases: PhaseRecord[];
  phaseByKey: Map<string, PhaseRecord>;
  mentors: PersonRecord[];
  mentees: PersonRecord[];
  pairs: PairRecord[];
  /** Session rows that match no pair, by the phase they name (null: none / unknown). */
  unmatchedSessions: Map<string | null, number[]>;
  unmatchedGoals: number[];
  unmatchedEvaluations: number[];
}

const STARTED_STATUSES: ReadonlySet<PairStatus> = new Set<PairStatus>(["active", "completed", "disengaged"]);

export function pairStarted(pair: PairRecord): boolean {
  return (pair.status !== null && STARTED_STATUSES.has(pair.status)) || pair.sessions.anyHeld;
}

function rowsOf<T>(data: RegisterData<T> | undefined): RegisterData<T>["rows"] {
  return data?.rows ?? [];
}

function text(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

function addTo(index: Map<string, PersonRecord[]>, key: string, person: PersonRecord): void {
  if (key === "") return;
  const list = index.get(key);
  if (list) list.push(person);
  else index.set(key, [person]);
}

/** People of one role, with the lookups references need. */
class PersonPool {
  readonly people: PersonRecord[] = [];
  private readonly byId = new Map<string, PersonRecord>();
  private readonly byName = new Map<string, PersonRecord[]>();
  /** Titles and word order ignored too: the fallback validation resolves references with. */
  private readonly bySortedName = new Map<string, PersonRecord[]>();

  constructor(private readonly role: Role) {}

  addRegisterRow(
    rowIndex: number,
    id: string | null,
    name: string | null,
    county: CountyName | null,
    phase: string | null,
    focusAreas: FocusAreaId[] | undefined,
  ): void {
    if (id === null && name === null) return;
    const existing = this.findForRow(id, name);
    const person = existing ?? this.create(id, name ?? id ?? "", true);
    if (existing) {
      // The first row's spelling stands; later rows only fill what it left blank.
      if (person.id === null && id !== null) this.setId(person, id);
      if (!person.registered) person.registered = true;
    }
    if (person.county === null) person.county = county;
    if (phase !== null) person.phaseKeys.add(phaseKey(phase));
    if (person.focusAreas.length === 0 && focusAreas) person.focusAreas = [...new Set(focusAreas)];
    person.rowIndices.push(rowIndex);
  }

  /** The person a pair (or session) names, creating an unregistered one when `create` is set. */
  resolve(id: string | null, name: string | null, create: boolean): PersonRecord | null {
    if (id !== null) {
      const found = this.byId.get(idKey(id));
      if (found) return found;
    }
    if (name !== null) {
      // "Kiprop Brian" or "Mr. Brian Kiprop" for Brian Kiprop: validation finds him (no issue),
      // so the summary must count the pair and its sessions as his, not a stranger's.
      const found = this.byName.get(nameKey(name)) ?? this.bySortedName.get(sortedNameKey(name));
      // Two registered people share the name: the first in register order, as the
      // register is the officer's own order (validation reports the ambiguity).
      if (found && found[0]) return found[0];
    }
    if (!create || (id === null && name === null)) return null;
    return this.create(id, name ?? id ?? "", false);
  }

  private findForRow(id: string | null, name: string | null): PersonRecord | null {
    if (id !== null) {
      const byId = this.byId.get(idKey(id));
      if (byId) return byId;
    }
    if (name !== null) {
      const candidates = this.byName.get(nameKey(name)) ?? [];
      // Same name: one person unless both rows carry (different) ids.
      const match = candidates.find((p) => p.id === null || id === null);
      if (match) return match;
    }
    return null;
  }

  private create(id: string | null, name: string, registered: boolean): PersonRecord {
    const person: PersonRecord = {
      index: this.people.length,
      role: this.role,
      name,
      id: null,
      registered,
      county: null,
      phaseKeys: new Set(),
      focusAreas: [],
      rowIndices: [],
      pairIndices: [],
    };
    this.people.push(person);
    if (id !== null) this.setId(person, id);
    addTo(this.byName, nameKey(name), person);
    addTo(this.bySortedName, sortedNameKey(name), person);
    return person;
  }

  private setId(person: PersonRecord, id: string): void {
    person.id = id;
    const key = idKey(id);
    if (key !== "" && !this.byId.has(key)) this.byId.set(key, person);
  }
}

function preparePhases(registers: Registers): { phases: PhaseRecord[]; byKey: Map<string, PhaseRecord> } {
  const { settings } = registers;
  const phases: PhaseRecord[] = [];
  const byKey = new Map<string, PhaseRecord>();
  rowsOf<Phase>(registers.phases).forEach((row, rowIndex) => {
    const name = text(row.values.phase);
    if (name === null) return;
    const key = phaseKey(name);
    // A phase listed twice: the first row defines it (validation reports the duplicate).
    if (byKey.has(key)) return;
    const record: PhaseRecord = {
      key,
      name,
      inRegister: true,
      rowIndex,
      counties: [...new Set(row.values.counties ?? [])],
      startDate: row.values.startDate ?? null,
      weeks: row.values.weeks ?? settings.defaultWeeks,
      sessionHours: row.values.sessionHours ?? settings.defaultSessionHours,
      weeksFromSettings: row.values.weeks === undefined,
      sessionHoursFromSettings: row.values.sessionHours === undefined,
    };
    phases.push(record);
    byKey.set(key, record);
  });
  return { phases, byKey };
}

/**
 * Phases the other registers name without a Phases row: reported (not dropped), with the
 * Settings defaults, after the registered phases in name order.
 */
function addUnregisteredPhases(registers: Registers, phases: PhaseRecord[], byKey: Map<string, PhaseRecord>): void {
  const found = new Map<string, string>();
  const note = (phase: string | undefined) => {
    const name = text(phase);
    if (name === null) return;
    const key = phaseKey(name);
    if (!byKey.has(key) && !found.has(key)) found.set(key, name);
  };
  for (const row of rowsOf<Mentor>(registers.mentors)) note(row.values.phase);
  for (const row of rowsOf<Mentee>(registers.mentees)) note(row.values.phase);
  for (const row of rowsOf<Pair>(registers.pairs)) note(row.values.phase);
  const extra = [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, name] of extra) {
    const record: PhaseRecord = {
      key,
      name,
      inRegister: false,
      rowIndex: null,
      counties: [],
      startDate: null,
      weeks: registers.settings.defaultWeeks,
      sessionHours: registers.settings.defaultSessionHours,
      weeksFromSettings: true,
      sessionHoursFromSettings: true,
    };
    phases.push(record);
    byKey.set(key, record);
  }
}

const DAY_MS = 86_400_000;

/*
 * Topics are short arrays (one to three areas), so they stay arrays rather than Sets: with
 * 35,000 session rows, a Set per row is most of the summary's garbage.
 */
function distinct(topics: readonly FocusAreaId[]): FocusAreaId[] {
  return topics.length < 2 ? [...topics] : [...new Set(topics)];
}

/** Folds a duplicate log into the session it repeats: the longest hours, every topic once. */
function merge(into: HeldSession, hours: number | null, topics: readonly FocusAreaId[]): void {
  if (hours !== null && (into.loggedHours === null || hours > into.loggedHours)) into.loggedHours = hours;
  for (const topic of topics) if (!into.topics.includes(topic)) into.topics.push(topic);
}

/** Week of the phase a dated session falls in (1 = the start date's week); null when either date is missing. */
function weekFromDate(date: string | undefined, startDate: string | null): number | null {
  if (date === undefined || startDate === null) return null;
  const day = Date.parse(`${date}T00:00:00Z`);
  const start = Date.parse(`${startDate}T00:00:00Z`);
  if (Number.isNaN(day) || Number.isNaN(start)) return null;
  return Math.floor((day - start) / DAY_MS / 7) + 1;
}

function emptySessions(): PairSessions {
  return {
    byWeek: new Map(),
    outsideWeeks: [],
    loggedNotHeld: 0,
    duplicateWeekLogs: 0,
    held: 0,
    heldOutsideWeeksCounted: 0,
    heldBeyondSchedule: 0,
    anyHeld: false,
  };
}

/**
 * A pair's held sessions, one per week. Duplicate logs of a week (the same session entered
 * twice, or a correction added below the original) count once: the week is held, and its
 * hours are the largest logged among the duplicates. Summing would double the CPD hours;
 * taking the first would depend on row order and could pick the copy without hours.
 * Held sessions with no week are placed by their date when the phase's start date is known;
 * those still without a week (or beyond the phase's weeks) count as unscheduled sessions,
 * once per date, up to the weeks the pair has left.
 */
export function summariseSessions(pair: PairRecord, sessions: ReadonlyArray<{ values: Partial<Session> }>, phase: PhaseRecord | null, weeksDefault: number): PairSessions {
  const result = emptySessions();
  const weeks = phase?.weeks ?? weeksDefault;
  const startDate = phase?.startDate ?? null;
  const datesHeld = new Set<string>();
  const unscheduled: Array<{ date: string | null; session: HeldSession }> = [];
  for (const rowIndex of pair.sessionRows) {
    const values = sessions[rowIndex]?.values;
    if (!values) continue;
    const hours = values.hours;
    const evidence = values.date !== undefined || (hours !== undefined && hours > 0);
    const held = values.held ?? evidence;
    if (!held) {
      result.loggedNotHeld += 1;
      continue;
    }
    result.anyHeld = true;
    const week = values.week ?? weekFromDate(values.date, startDate);
    const topics = values.topics ?? [];
    if (week !== null && week >= 1 && week <= weeks) {
      if (values.date !== undefined) datesHeld.add(values.date);
      const existing = result.byWeek.get(week);
      if (existing) {
        result.duplicateWeekLogs += 1;
        merge(existing, hours ?? null, topics);
      } else {
        result.byWeek.set(week, { week, loggedHours: hours ?? null, topics: distinct(topics) });
      }
    } else {
      unscheduled.push({ date: values.date ?? null, session: { week: null, loggedHours: hours ?? null, topics: distinct(topics) } });
    }
  }
  // Unscheduled sessions on a date already counted are the same session logged twice.
  const unscheduledByDate = new Map<string, HeldSession>();
  for (const { date, session } of unscheduled) {
    if (date === null) {
      result.outsideWeeks.push(session);
      continue;
    }
    const sameDay = unscheduledByDate.get(date);
    if (datesHeld.has(date) && !sameDay) {
      result.duplicateWeekLogs += 1;
      continue;
    }
    if (sameDay) {
      result.duplicateWeekLogs += 1;
      merge(sameDay, session.loggedHours, session.topics);
      continue;
    }
    unscheduledByDate.set(date, session);
    result.outsideWeeks.push(session);
  }
  const sessionsHeld = result.byWeek.size + result.outsideWeeks.length;
  result.held = Math.min(weeks, sessionsHeld);
  result.heldBeyondSchedule = sessionsHeld - result.held;
  result.heldOutsideWeeksCounted = result.held - result.byWeek.size;
  return result;
}

export function prepareSummary(registers: Registers): Prepared {
  const { phases, byKey: phaseByKey } = preparePhases(registers);
  addUnregisteredPhases(registers, phases, phaseByKey);
  // With one phase, a row that leaves the phase blank can only mean that phase.
  const onlyPhase = phases.length === 1 ? (phases[0]?.key ?? null) : null;
  const knownPhase = (phase: string | undefined): string | null => {
    const name = text(phase);
    if (name === null) return null;
    const key = phaseKey(name);
    return phaseByKey.has(key) ? key : null;
  };

  const mentorPool = new PersonPool("mentor");
  rowsOf<Mentor>(registers.mentors).forEach((row, i) => {
    const v = row.values;
    mentorPool.addRegisterRow(i, text(v.mentorId), text(v.fullName), v.county ?? null, text(v.phase), v.skills);
  });
  const menteePool = new PersonPool("mentee");
  rowsOf<Mentee>(registers.mentees).forEach((row, i) => {
    const v = row.values;
    menteePool.addRegisterRow(i, text(v.menteeId), text(v.fullName), v.county ?? null, text(v.phase), v.needs);
  });
  if (onlyPhase !== null) {
    for (const person of [...mentorPool.people, ...menteePool.people]) {
      if (person.phaseKeys.size === 0) person.phaseKeys.add(onlyPhase);
    }
  }
  const singlePhase = (person: PersonRecord): string | null => {
    if (person.phaseKeys.size !== 1) return null;
    const [key] = person.phaseKeys;
    return key !== undefined && phaseByKey.has(key) ? key : null;
  };

  const pairs: PairRecord[] = [];
  const pairById = new Map<string, PairRecord>();
  // mentor -> mentee -> pairs: object keys, so a lookup per session row builds no string.
  const pairByPeople = new Map<PersonRecord, Map<PersonRecord, PairRecord[]>>();
  const pairsOf = (mentor: PersonRecord, mentee: PersonRecord): PairRecord[] | undefined => pairByPeople.get(mentor)?.get(mentee);
  rowsOf<Pair>(registers.pairs).forEach((row, rowIndex) => {
    const v = row.values;
    const mentor = mentorPool.resolve(text(v.mentorId), text(v.mentorName), true);
    const mentee = menteePool.resolve(text(v.menteeId), text(v.menteeName), true);
    const pairId = text(v.pairId);
    if (!mentor || !mentee) {
      // A pair row naming only one side cannot be counted as a pair; validation reports it.
      const byId = pairId !== null ? pairById.get(idKey(pairId)) : undefined;
      if (byId) byId.rowIndices.push(rowIndex);
      return;
    }
    const phase = knownPhase(v.phase) ?? singlePhase(mentee) ?? singlePhase(mentor) ?? onlyPhase;
    const duplicate =
      (pairId !== null ? pairById.get(idKey(pairId)) : undefined) ??
      (pairsOf(mentor, mentee) ?? []).find((p) => p.phaseKey === phase);
    if (duplicate) {
      duplicate.rowIndices.push(rowIndex);
      return;
    }
    const record: PairRecord = {
      index: pairs.length,
      pairId,
      mentor,
      mentee,
      phaseKey: phase,
      status: v.status ?? null,
      acceptanceSigned: v.acceptanceSigned !== undefined,
      disengagedOn: v.disengagedOn ?? null,
      disengagementReason: text(v.disengagementReason),
      notified: {
        focalPerson: v.notifiedFocalPerson ?? null,
        ihrm: v.notifiedIhrm ?? null,
        otherParty: v.notifiedOtherParty ?? null,
      },
      rowIndices: [rowIndex],
      sessionRows: [],
      goalRows: [],
      evaluationRows: [],
      sessions: emptySessions(),
    };
    pairs.push(record);
    if (pairId !== null && !pairById.has(idKey(pairId))) pairById.set(idKey(pairId), record);
    let byMentee = pairByPeople.get(mentor);
    if (!byMentee) pairByPeople.set(mentor, (byMentee = new Map()));
    const list = byMentee.get(mentee);
    if (list) list.push(record);
    else byMentee.set(mentee, [record]);
    mentor.pairIndices.push(record.index);
    mentee.pairIndices.push(record.index);
  });

  /** Candidates in `phase` when the row names one and some match; else all of them. */
  const inPhase = (candidates: PairRecord[], phase: string | null): PairRecord[] => {
    if (phase === null || candidates.length < 2) return candidates;
    const matching = candidates.filter((p) => p.phaseKey === phase);
    return matching.length > 0 ? matching : candidates;
  };
  const findPair = (
    v: { pairId?: string; mentorId?: string; mentorName?: string; menteeId?: string; menteeName?: string },
    phase: string | null,
  ): PairRecord | null => {
    const pairId = text(v.pairId);
    if (pairId !== null) {
      const byId = pairById.get(idKey(pairId));
      if (byId) return byId;
    }
    const mentor = mentorPool.resolve(text(v.mentorId), text(v.mentorName), false);
    const mentee = menteePool.resolve(text(v.menteeId), text(v.menteeName), false);
    if (mentor && mentee) return inPhase(pairsOf(mentor, mentee) ?? [], phase)[0] ?? null;
    // One side named: that person's only pair (in the phase, when the row names one).
    const one = mentor ?? mentee;
    if (!one) return null;
    const candidates = inPhase(one.pairIndices.map((i) => pairs[i]).filter((p): p is PairRecord => p !== undefined), phase);
    return candidates.length === 1 ? (candidates[0] ?? null) : null;
  };

  const unmatchedSessions = new Map<string | null, number[]>();
  const sessionRows = rowsOf<Session>(registers.sessions);
  sessionRows.forEach((row, rowIndex) => {
    const phase = knownPhase(row.values.phase);
    const pair = findPair(row.values, phase);
    if (pair) {
      pair.sessionRows.push(rowIndex);
      return;
    }
    const bucket = phase ?? onlyPhase;
    const list = unmatchedSessions.get(bucket);
    if (list) list.push(rowIndex);
    else unmatchedSessions.set(bucket, [rowIndex]);
  });
  const unmatchedGoals: number[] = [];
  rowsOf<Goal>(registers.goals).forEach((row, rowIndex) => {
    const pair = findPair(row.values, null);
    if (pair) pair.goalRows.push(rowIndex);
    else unmatchedGoals.push(rowIndex);
  });
  const unmatchedEvaluations: number[] = [];
  rowsOf<Evaluation>(registers.evaluations).forEach((row, rowIndex) => {
    const pair = findPair(row.values, null);
    if (pair) pair.evaluationRows.push(rowIndex);
    else unmatchedEvaluations.push(rowIndex);
  });

  for (const pair of pairs) {
    const phase = pair.phaseKey !== null ? (phaseByKey.get(pair.phaseKey) ?? null) : null;
    pair.sessions = summariseSessions(pair, sessionRows, phase, registers.settings.defaultWeeks);
  }

  return {
    registers,
    phases,
    phaseByKey,
    mentors: mentorPool.people,
    mentees: menteePool.people,
    pairs,
    unmatchedSessions,
    unmatchedGoals,
    unmatchedEvaluations,
  };
}
