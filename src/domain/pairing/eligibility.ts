/**
 * Who can be paired in a phase, and why not: the phase's mentors and mentees, the pairs they
 * already have in the Pairs register, each mentor's remaining capacity, and the programme's
 * mentor rules (confidentiality agreed; an experienced HR professional: an IHRM membership
 * number and enough years), which the user may override.
 */
import type { PairStatus } from "../reference";
import type { CellRef, Mentor, RegisterData, RegisterRow, Registers } from "../registers";
import { idKey, nameKey, phaseKey, sortedNameKey } from "../validation/keys";
import { menteeProfile, mentorProfile, personLabel, type MenteeProfile, type MentorProfile } from "./people";

/** Pair statuses that hold a mentee and a place of the mentor's capacity in the phase. */
const HOLDING_STATUSES: ReadonlySet<PairStatus> = new Set(["proposed", "active"]);

export interface ExistingPair {
  /** Row index in the Pairs register. */
  index: number;
  /** The pair's status; a blank status counts as active (the pair was recorded, so it holds). */
  status: PairStatus;
  statusBlank: boolean;
  mentor: MentorProfile | undefined;
  mentee: MenteeProfile | undefined;
  /** When a disengaged pair ended (ISO date), if recorded. */
  disengagedOn: string | undefined;
  /** Where the pair is on the user's sheet. */
  source: { sheet: string; row: number };
}

export type MentorRule = "confidentiality" | "ihrm-number" | "experience";

export interface MentorRuleFailure {
  rule: MentorRule;
  message: string;
  cell: CellRef | undefined;
}

export interface MentorStanding {
  mentor: MentorProfile;
  /** "eligible": proposed; "not-qualified": fails a mentor rule; "included": fails one, proposed because the user said so. */
  status: "eligible" | "not-qualified" | "included";
  failures: MentorRuleFailure[];
  /** Mentees at once (the register's capacity, else the Settings default). */
  capacity: number;
  /** Proposed and active pairs the mentor already has in the phase. */
  held: ExistingPair[];
  /** Places left: capacity minus held pairs (never below 0). */
  room: number;
}

export interface MenteeStanding {
  mentee: MenteeProfile;
  /** "to-pair": the run may propose a mentor; "paired": keeps the pair in `existing`. */
  status: "to-pair" | "paired";
  existing: ExistingPair | undefined;
  /**
   * The mentee's disengaged pairs of the phase whose mentor is known: that combination is never
   * proposed again in the phase (the mentee's other options stay open).
   */
  disengagedFrom: ExistingPair[];
}

export interface PhaseStandings {
  phase: { name: string; key: string };
  mentors: MentorStanding[];
  mentees: MenteeStanding[];
  /** Constraints that could not be checked, in words (a register lacks the column). */
  notes: string[];
}

export type PhaseLookup = { ok: true; name: string; key: string } | { ok: false; known: string[] };

/** Every phase the workbook names: the Phases register first, then mentors' and mentees' phases. */
export function knownPhases(registers: Registers): string[] {
  const byKey = new Map<string, string>();
  const add = (name: string | undefined) => {
    const trimmed = name?.trim() ?? "";
    if (trimmed !== "" && !byKey.has(phaseKey(trimmed))) byKey.set(phaseKey(trimmed), trimmed);
  };
  for (const row of registers.phases?.rows ?? []) add(row.values.phase);
  for (const row of registers.mentors?.rows ?? []) add(row.values.phase);
  for (const row of registers.mentees?.rows ?? []) add(row.values.phase);
  return [...byKey.values()];
}

export function findPhase(registers: Registers, typed: string): PhaseLookup {
  const known = knownPhases(registers);
  const key = phaseKey(typed);
  const name = known.find((k) => phaseKey(k) === key);
  return name === undefined ? { ok: false, known } : { ok: true, name, key };
}

function hasColumn(data: RegisterData<unknown> | undefined, field: string): boolean {
  return data?.columns.some((c) => c.field === field) ?? false;
}

function where(cell: CellRef | undefined): string {
  return cell ? ` (${cell.sheet}!${cell.address})` : "";
}

/** The programme's guidelines for mentors, checked the way validation checks them. */
function mentorRuleFailures(mentors: RegisterData<Mentor>, row: RegisterRow<Mentor>, minYears: number): MentorRuleFailure[] {
  const v = row.values;
  const failures: MentorRuleFailure[] = [];
  if (hasColumn(mentors, "confidentialityAgreed") && v.confidentialityAgreed !== true) {
    const cell = row.cells.confidentialityAgreed;
    failures.push({
      rule: "confidentiality",
      cell,
      message: v.confidentialityAgreed === false ? `has not agreed to confidentiality${where(cell)}` : `has no confidentiality agreement recorded${where(cell)}`,
    });
  }
  if (hasColumn(mentors, "ihrmNumber") && (v.ihrmNumber === undefined || v.ihrmNumber.trim() === "") && row.raw.ihrmNumber === undefined) {
    const cell = row.cells.ihrmNumber;
    failures.push({ rule: "ihrm-number", cell, message: `has no IHRM membership number${where(cell)}` });
  }
  if (v.yearsExperience !== undefined && v.yearsExperience < minYears) {
    const cell = row.cells.yearsExperience;
    const years = v.yearsExperience === 1 ? "1 year" : `${v.yearsExperience} years`;
    failures.push({ rule: "experience", cell, message: `has ${years} of HR experience, fewer than the programme's ${minYears}${where(cell)}` });
  }
  return failures;
}

/** Finds people by ID, then by name (spacing, case, titles and word order ignored). */
export class PeopleFinder<P extends { id: string; name: string }> {
  private readonly byId = new Map<string, P>();
  private readonly byName = new Map<string, P>();
  private readonly bySorted = new Map<string, P>();

  constructor(people: readonly P[]) {
    for (const p of people) {
      if (p.id !== "" && !this.byId.has(idKey(p.id))) this.byId.set(idKey(p.id), p);
      if (p.name !== "") {
        if (!this.byName.has(nameKey(p.name))) this.byName.set(nameKey(p.name), p);
        if (!this.bySorted.has(sortedNameKey(p.name))) this.bySorted.set(sortedNameKey(p.name), p);
      }
    }
  }

  find(id: string | undefined, name: string | undefined): P | undefined {
    const byId = id !== undefined && id.trim() !== "" ? this.byId.get(idKey(id)) : undefined;
    if (byId) return byId;
    if (name === undefined || name.trim() === "") return undefined;
    return this.byName.get(nameKey(name)) ?? this.bySorted.get(sortedNameKey(name));
  }

  /** A person key ("id:…", "name:…") or an ID or name typed by hand. */
  findByKey(key: string): P | undefined {
    if (key.startsWith("id:")) return this.byId.get(key.slice(3));
    if (key.startsWith("name:")) return this.byName.get(key.slice(5));
    return this.find(key, key);
  }
}

export interface Standings extends PhaseStandings {
  mentorFinder: PeopleFinder<MentorProfile>;
  menteeFinder: PeopleFinder<MenteeProfile>;
}

/** The phase's people and what the registers already say about them. */
export function phaseStandings(registers: Registers, phase: { name: string; key: string }, overrides: { includeMentors: readonly string[]; includeAll: boolean }): Standings {
  const settings = registers.settings;
  const notes: string[] = [];
  const inPhase = (p: string | undefined) => p !== undefined && phaseKey(p) === phase.key;

  const mentors = onePerPerson(
    (registers.mentors?.rows ?? []).flatMap((row, index) => (inPhase(row.values.phase) ? [mentorProfile(row, index)] : [])),
    "mentor",
    notes,
  );
  const mentees = onePerPerson(
    (registers.mentees?.rows ?? []).flatMap((row, index) => (inPhase(row.values.phase) ? [menteeProfile(row, index)] : [])),
    "mentee",
    notes,
  );
  const mentorFinder = new PeopleFinder(mentors);
  const menteeFinder = new PeopleFinder(mentees);

  // Pairs of this phase: the pair's own phase, else its mentee's (a pair sheet often has no phase column).
  const existing: ExistingPair[] = [];
  registers.pairs?.rows.forEach((row, index) => {
    const v = row.values;
    const mentee = menteeFinder.find(v.menteeId, v.menteeName);
    const mentor = mentorFinder.find(v.mentorId, v.mentorName);
    const ownPhase = v.phase !== undefined && v.phase.trim() !== "";
    if (ownPhase ? !inPhase(v.phase) : mentee === undefined && mentor === undefined) return;
    existing.push({ index, status: v.status ?? "active", statusBlank: v.status === undefined, mentor, mentee, disengagedOn: v.disengagedOn, source: row.source });
  });

  const included = new Set(overrides.includeMentors.map((k) => mentorFinder.findByKey(k)).filter((m) => m !== undefined));
  const mentorStandings = mentors.map((mentor): MentorStanding => {
    const failures = registers.mentors ? mentorRuleFailures(registers.mentors, mentor.row, settings.minYearsExperience) : [];
    const held = existing.filter((p) => p.mentor === mentor && HOLDING_STATUSES.has(p.status));
    const capacity = mentor.row.values.capacity ?? settings.defaultMentorCapacity;
    const status = failures.length === 0 ? "eligible" : overrides.includeAll || included.has(mentor) ? "included" : "not-qualified";
    return { mentor, status, failures, capacity, held, room: Math.max(0, capacity - held.length) };
  });

  const menteeStandings = mentees.map((mentee): MenteeStanding => {
    // Disengaged pairs free the mentee; any other recorded pair in the phase keeps them.
    const pair = existing.find((p) => p.mentee === mentee && p.status !== "disengaged");
    const disengagedFrom = existing.filter((p) => p.mentee === mentee && p.status === "disengaged" && p.mentor !== undefined);
    return { mentee, status: pair ? "paired" : "to-pair", existing: pair, disengagedFrom };
  });

  if (registers.mentors && mentors.length > 0) {
    if (!hasColumn(registers.mentors, "confidentialityAgreed")) notes.push(`The ${registers.mentors.sheet} sheet has no Confidentiality agreed column, so that rule was not applied.`);
    if (!hasColumn(registers.mentors, "ihrmNumber")) notes.push(`The ${registers.mentors.sheet} sheet has no IHRM membership no. column, so that rule was not applied.`);
  }
  const blank = existing.filter((p) => p.statusBlank).length;
  if (blank > 0) notes.push(`${blank} pair${blank === 1 ? "" : "s"} of ${phase.name} in the Pairs register ha${blank === 1 ? "s" : "ve"} no status and ${blank === 1 ? "is" : "are"} counted as active.`);
  const unknownIncluded = overrides.includeMentors.filter((k) => mentorFinder.findByKey(k) === undefined);
  if (unknownIncluded.length > 0) notes.push(`Not mentors of ${phase.name}, so not included: ${unknownIncluded.join(", ")}.`);

  return { phase, mentors: mentorStandings, mentees: menteeStandings, notes, mentorFinder, menteeFinder };
}

/**
 * A person entered twice (validation reports it as a duplicate) is paired once: a mentor's
 * second row must not double the mentor's capacity, nor a mentee's second row get a second mentor.
 */
function onePerPerson<P extends { id: string; name: string; row: { source: { sheet: string; row: number } } }>(people: P[], noun: string, notes: string[]): P[] {
  const kept: P[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const p of people) {
    const id = p.id === "" ? undefined : idKey(p.id);
    const name = p.name === "" ? undefined : nameKey(p.name);
    if ((id !== undefined && ids.has(id)) || (name !== undefined && names.has(name))) {
      notes.push(`Row ${p.row.source.row} of ${p.row.source.sheet} repeats the ${noun} ${personLabel(p)}; the earlier row is used.`);
      continue;
    }
    if (id !== undefined) ids.add(id);
    if (name !== undefined) names.add(name);
    kept.push(p);
  }
  return kept;
}

/** "Felix Simiyu Makokha (MR-14) has not agreed to confidentiality (Mentors!P16)". */
export function describeFailures(standing: MentorStanding): string {
  return `${personLabel(standing.mentor)} ${standing.failures.map((f) => f.message).join("; ")}`;
}
