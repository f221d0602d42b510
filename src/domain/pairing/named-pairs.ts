/**
 * Pairs the officer named: locks (kept whatever the score) and exclusions (never proposed),
 * given with the run (the pane, the command line) or kept in the Pairing choices sheet,
 * resolved to cells of the pairing matrix. A lock that cannot be kept stops the run and says
 * which lock, where it is kept and what to do; a kept choice that no longer applies (the mentee
 * was paired meanwhile) is noted, not an error, so a workshop can resume days later.
 */
import type { LockedPair } from "./solver";
import { BLOCK, disengagementWords } from "./blocks";
import type { ExistingPair, MentorStanding, Standings } from "./eligibility";
import { personLabel, type MenteeProfile, type MentorProfile } from "./people";
import type { PairRef } from "./request";

export interface PairingProblemError {
  code: "invalid-request" | "unknown-phase" | "choice-unknown" | "lock-unknown" | "lock-not-allowed" | "lock-conflict" | "lock-over-capacity";
  message: string;
  fix: string;
  /** For unknown-phase: the phases the workbook names. */
  knownPhases?: string[];
}

/** A cell forbidden because the mentee disengaged from that mentor in the phase. */
export interface DisengagedCell {
  row: number;
  column: number;
  pair: ExistingPair;
}

/** Where the matrix's people are, and why each cell is forbidden. */
export interface MatrixIndex {
  standings: Standings;
  rowOf: ReadonlyMap<MenteeProfile, number>;
  colOf: ReadonlyMap<MentorProfile, number>;
  columns: readonly MentorStanding[];
  blocked: Uint8Array;
  disengaged: readonly DisengagedCell[];
}

export interface ResolvedExclusions {
  /** Distinct cells excluded, each with the first choice that named it. */
  cells: Array<{ row: number; column: number; ref: PairRef }>;
  /** Named pairs whose people are not both proposable in this run. */
  unplaced: PairRef[];
}

function kept(ref: PairRef): string {
  return ref.from === undefined ? "" : ` (${ref.from})`;
}

/** "remove the lock", or for a kept one where to remove it: the pane, or its row of the sheet. */
function removal(ref: PairRef, what: "lock" | "exclusion"): string {
  return ref.from === undefined ? `remove the ${what}` : `remove the ${what} under Locks and exclusions in the pane (or delete ${ref.from})`;
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The people a choice names, as pairing found them in the phase. */
function peopleOf(ref: PairRef, standings: Standings): { mentor: MentorProfile | undefined; mentee: MenteeProfile | undefined } {
  return { mentor: standings.mentorFinder.findByKey(ref.mentor), mentee: standings.menteeFinder.findByKey(ref.mentee) };
}

function pairWords(ref: PairRef, mentor: MentorProfile | undefined, mentee: MenteeProfile | undefined): string {
  return `${mentor ? personLabel(mentor) : ref.mentor} with ${mentee ? personLabel(mentee) : ref.mentee}`;
}

/**
 * Exclusions as matrix cells. One given with this run that names nobody in the phase is an error
 * (a typo must not be ignored silently); a kept one is only noted as no longer applying.
 */
export function resolveExclusions(refs: readonly PairRef[], index: MatrixIndex): ResolvedExclusions & { errors: PairingProblemError[] } {
  const cells: ResolvedExclusions["cells"] = [];
  const unplaced: PairRef[] = [];
  const errors: PairingProblemError[] = [];
  for (const ref of refs) {
    const { mentor, mentee } = peopleOf(ref, index.standings);
    if ((!mentor || !mentee) && ref.from === undefined) {
      errors.push({
        code: "choice-unknown",
        message: `The excluded pair ${pairWords(ref, mentor, mentee)} names someone who is not in ${index.standings.phase.name}.`,
        fix: `Check the spelling against the Mentors and Mentees registers (an ID or the full name), or ${removal(ref, "exclusion")}.`,
      });
      continue;
    }
    const i = mentee ? index.rowOf.get(mentee) : undefined;
    const j = mentor ? index.colOf.get(mentor) : undefined;
    if (i === undefined || j === undefined) unplaced.push(ref);
    // The same pair kept in the sheet and chosen again in the pane counts once.
    else if (!cells.some((c) => c.row === i && c.column === j)) cells.push({ row: i, column: j, ref });
  }
  return { cells, unplaced, errors };
}

export type ResolvedLocks = { ok: true; locked: LockedPair[]; alreadyRecorded: PairRef[] } | { ok: false; errors: PairingProblemError[] };

/** Why the cell of a lock is forbidden, in words, or undefined when it is allowed. */
function blockedWords(index: MatrixIndex, exclusions: ResolvedExclusions, i: number, j: number, mentee: MenteeProfile): string | undefined {
  const N = index.colOf.size;
  switch (index.blocked[i * N + j]) {
    case BLOCK.conflictOfInterest:
      return "they work for the same organisation (a conflict of interest)";
    case BLOCK.excludedByUser: {
      const exclusion = exclusions.cells.find((c) => c.row === i && c.column === j);
      return `the same pair is also excluded${exclusion ? kept(exclusion.ref) : ""}`;
    }
    case BLOCK.disengaged: {
      const cell = index.disengaged.find((d) => d.row === i && d.column === j);
      return `${personLabel(mentee)} ${cell ? disengagementWords(cell.pair) : "disengaged from this mentor"}`;
    }
    default:
      return undefined;
  }
}

/**
 * Locks the solver can keep, or errors that say which lock cannot be kept and what to do. A
 * lock whose pair is already in the Pairs register (accepted since) is kept by the register.
 */
export function resolveLocks(refs: readonly PairRef[], index: MatrixIndex, exclusions: ResolvedExclusions): ResolvedLocks {
  const { standings, rowOf, colOf, columns } = index;
  const errors: PairingProblemError[] = [];
  const locked: LockedPair[] = [];
  const alreadyRecorded: PairRef[] = [];
  const lockOf = new Map<number, number>();
  const perMentor = new Map<number, number>();
  for (const ref of refs) {
    const { mentor, mentee } = peopleOf(ref, standings);
    const words = `The locked pair ${pairWords(ref, mentor, mentee)}${kept(ref)}`;
    if (!mentee || !mentor) {
      errors.push({ code: "lock-unknown", message: `${words} names someone who is not in ${standings.phase.name}.`, fix: `Check the Mentors and Mentees registers, or ${removal(ref, "lock")}.` });
      continue;
    }
    const i = rowOf.get(mentee);
    const j = colOf.get(mentor);
    if (i === undefined) {
      const recorded = standings.mentees.find((s) => s.mentee === mentee)?.existing;
      if (recorded?.mentor === mentor) {
        alreadyRecorded.push(ref);
        continue;
      }
      errors.push({ code: "lock-not-allowed", message: `${words} cannot be kept: ${personLabel(mentee)} already has a pair in the Pairs register.`, fix: sentence(`${removal(ref, "lock")}; the mentee keeps the recorded pair`) });
      continue;
    }
    if (j === undefined) {
      const standing = standings.mentors.find((s) => s.mentor === mentor);
      const why = standing?.failures.map((f) => f.message).join("; ") ?? "is not proposable";
      errors.push({ code: "lock-not-allowed", message: `${words} cannot be kept: the mentor ${why}.`, fix: `Include the mentor anyway (if the programme agrees), or ${removal(ref, "lock")}.` });
      continue;
    }
    const why = blockedWords(index, exclusions, i, j, mentee);
    if (why !== undefined) {
      errors.push({ code: "lock-not-allowed", message: `${words} cannot be kept: ${why}.`, fix: sentence(removal(ref, "lock")) });
      continue;
    }
    const earlier = lockOf.get(i);
    if (earlier !== undefined && earlier !== j) {
      errors.push({ code: "lock-conflict", message: `${personLabel(mentee)} is locked to two mentors.`, fix: "Keep one lock for the mentee and remove the other." });
      continue;
    }
    if (earlier === j) continue;
    lockOf.set(i, j);
    perMentor.set(j, (perMentor.get(j) ?? 0) + 1);
    locked.push([i, j]);
  }
  for (const [j, count] of perMentor) {
    const standing = columns[j]!;
    if (count > standing.room) {
      errors.push({
        code: "lock-over-capacity",
        message: `${personLabel(standing.mentor)} has ${count} locked pairs but room for ${standing.room} (capacity ${standing.capacity}, ${standing.held.length} already held).`,
        fix: "Remove some of the mentor's locks, or raise the mentor's capacity in the Mentors register.",
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, locked, alreadyRecorded };
}
