/**
 * A phase's pairing as the solver sees it: mentees to pair are rows, proposable mentors are
 * columns, every allowed pair has a score, and every hard rule is a forbidden cell (NaN), never a
 * low score: excluded pairs and conflicts of interest are never proposed whatever the weights.
 * Built once per run; pure, so the same registers and request always give the same problem.
 */
import { createScoreMatrix, type AssignmentProblem, type LockedPair, type ScoreMatrix } from "./solver";
import type { Registers } from "../registers";
import { findPhase, phaseStandings, type MenteeStanding, type MentorStanding, type PhaseStandings } from "./eligibility";
import { conflictsOfInterest, personLabel, type MenteeProfile, type MentorProfile } from "./people";
import { PairingRequestSchema, type PairingRequest, type PairingRequestInput, type PairRef } from "./request";
import { pointScale, scoreAllPairs, type PointScale } from "./score/score";

/** Why a cell of the matrix is forbidden. */
export const BLOCK = { none: 0, excludedByUser: 1, conflictOfInterest: 2 } as const;

export interface PairingProblem {
  request: PairingRequest;
  phase: { name: string; key: string };
  standings: PhaseStandings;
  /** Row i of the matrix is mentees[i]; column j is mentors[j]. */
  mentees: MenteeProfile[];
  mentors: MentorProfile[];
  /** Standing of each column's mentor (same order as `mentors`). */
  mentorStandings: MentorStanding[];
  /** What the solver gets: scores, capacities (room left), locks, threshold, objective. */
  assignment: AssignmentProblem & { scores: ScoreMatrix; locked: LockedPair[] };
  /** Per cell (row-major): BLOCK.none, or why the pair is forbidden. */
  blocked: Uint8Array;
  scale: PointScale;
  /** Constraints in force, in words, for the pane and the run log. */
  constraints: string[];
}

export interface PairingProblemError {
  code: "invalid-request" | "unknown-phase" | "lock-unknown" | "lock-not-allowed" | "lock-conflict" | "lock-over-capacity";
  message: string;
  fix: string;
  /** For unknown-phase: the phases the workbook names. */
  knownPhases?: string[];
}

export type BuiltProblem = { ok: true; problem: PairingProblem } | { ok: false; errors: PairingProblemError[] };

function quote(text: string): string {
  return `“${text}”`;
}

/** Checks the request, finds the phase and its people, scores every allowed pair. */
export function buildPairingProblem(registers: Registers, input: PairingRequestInput): BuiltProblem {
  const parsed = PairingRequestSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        code: "invalid-request",
        message: `${issue.path.join(".") || "request"}: ${issue.message}`,
        fix: "Correct the pairing options and run again.",
      })),
    };
  }
  const request = parsed.data;
  const phase = findPhase(registers, request.phase);
  if (!phase.ok) {
    const list = phase.known.length > 0 ? phase.known.join(", ") : "none: the Mentors and Mentees registers name no phase";
    return {
      ok: false,
      errors: [{ code: "unknown-phase", message: `There is no phase ${quote(request.phase)} in this workbook. Known phases: ${list}.`, fix: "Choose one of the known phases.", knownPhases: phase.known }],
    };
  }

  const standings = phaseStandings(registers, phase, { includeMentors: request.includeMentors, includeAll: request.includeAllMentors });
  const rows = standings.mentees.filter((s) => s.status === "to-pair");
  const columns = standings.mentors.filter((s) => s.status !== "not-qualified");
  const mentees = rows.map((s) => s.mentee);
  const mentors = columns.map((s) => s.mentor);
  const rowOf = new Map(mentees.map((m, i) => [m, i]));
  const colOf = new Map(mentors.map((m, j) => [m, j]));
  const M = mentees.length;
  const N = mentors.length;

  const scale = pointScale(request.weights);
  const scores = createScoreMatrix(M, N);
  const blocked = conflictsOfInterest(mentors, mentees, BLOCK.conflictOfInterest);
  for (let k = 0; k < blocked.length; k++) if (blocked[k] !== BLOCK.none) scores.values[k] = Number.NaN;
  scoreAllPairs(mentors, mentees, scale, scores.values, blocked);

  const constraints: string[] = [];
  const exclusions = resolvePairs(request.exclusions, standings, rowOf, colOf);
  for (const [i, j] of exclusions.cells) {
    if (blocked[i * N + j] === BLOCK.none) blocked[i * N + j] = BLOCK.excludedByUser;
    scores.values[i * N + j] = Number.NaN;
  }
  const locks = resolveLocks(request.locks, standings, rowOf, colOf, blocked, N, columns);
  if (!locks.ok) return { ok: false, errors: locks.errors };

  describeConstraints(constraints, request, standings, rows, columns, exclusions, blocked);
  return {
    ok: true,
    problem: {
      request,
      phase: { name: phase.name, key: phase.key },
      standings,
      mentees,
      mentors,
      mentorStandings: columns,
      assignment: {
        scores,
        capacities: columns.map((s) => s.room),
        locked: locks.locked,
        threshold: request.threshold,
        objective: request.objective,
      },
      blocked,
      scale,
      constraints,
    },
  };
}

interface ResolvedPairs {
  cells: Array<[number, number]>;
  /** Named pairs whose people are not both proposable in this run. */
  unplaced: PairRef[];
}

function resolvePairs(refs: readonly PairRef[], standings: ReturnType<typeof phaseStandings>, rowOf: Map<MenteeProfile, number>, colOf: Map<MentorProfile, number>): ResolvedPairs {
  const cells: Array<[number, number]> = [];
  const unplaced: PairRef[] = [];
  for (const ref of refs) {
    const mentee = standings.menteeFinder.findByKey(ref.mentee);
    const mentor = standings.mentorFinder.findByKey(ref.mentor);
    const i = mentee ? rowOf.get(mentee) : undefined;
    const j = mentor ? colOf.get(mentor) : undefined;
    if (i === undefined || j === undefined) unplaced.push(ref);
    else cells.push([i, j]);
  }
  return { cells, unplaced };
}

type ResolvedLocks = { ok: true; locked: LockedPair[] } | { ok: false; errors: PairingProblemError[] };

/** Locks the solver can keep, or errors that say which lock cannot be kept and what to do. */
function resolveLocks(
  refs: readonly PairRef[],
  standings: ReturnType<typeof phaseStandings>,
  rowOf: Map<MenteeProfile, number>,
  colOf: Map<MentorProfile, number>,
  blocked: Uint8Array,
  N: number,
  columns: readonly MentorStanding[],
): ResolvedLocks {
  const errors: PairingProblemError[] = [];
  const locked: LockedPair[] = [];
  const lockOf = new Map<number, number>();
  const perMentor = new Map<number, number>();
  for (const ref of refs) {
    const mentee = standings.menteeFinder.findByKey(ref.mentee);
    const mentor = standings.mentorFinder.findByKey(ref.mentor);
    const pairWords = `${mentor ? personLabel(mentor) : ref.mentor} with ${mentee ? personLabel(mentee) : ref.mentee}`;
    if (!mentee || !mentor) {
      errors.push({ code: "lock-unknown", message: `The locked pair ${pairWords} names someone who is not in ${standings.phase.name}.`, fix: "Unlock the pair, or check the Mentors and Mentees registers." });
      continue;
    }
    const i = rowOf.get(mentee);
    const j = colOf.get(mentor);
    if (i === undefined) {
      errors.push({ code: "lock-not-allowed", message: `The locked pair ${pairWords} cannot be kept: ${personLabel(mentee)} already has a pair in the Pairs register.`, fix: "Unlock the pair; the mentee keeps the recorded pair." });
      continue;
    }
    if (j === undefined) {
      const standing = standings.mentors.find((s) => s.mentor === mentor);
      const why = standing?.failures.map((f) => f.message).join("; ") ?? "is not proposable";
      errors.push({ code: "lock-not-allowed", message: `The locked pair ${pairWords} cannot be kept: the mentor ${why}.`, fix: "Include the mentor anyway (if the programme agrees), or unlock the pair." });
      continue;
    }
    const block = blocked[i * N + j];
    if (block !== 0) {
      const why = block === BLOCK.conflictOfInterest ? "they work for the same organisation (a conflict of interest)" : "you also excluded this pair";
      errors.push({ code: "lock-not-allowed", message: `The locked pair ${pairWords} cannot be kept: ${why}.`, fix: "Unlock the pair, or remove the exclusion." });
      continue;
    }
    const earlier = lockOf.get(i);
    if (earlier !== undefined && earlier !== j) {
      errors.push({ code: "lock-conflict", message: `${personLabel(mentee)} is locked to two mentors.`, fix: "Keep one lock for the mentee and unlock the other." });
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
        fix: "Unlock some of the mentor's pairs, or raise the mentor's capacity in the Mentors register.",
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, locked };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function describeConstraints(
  out: string[],
  request: PairingRequest,
  standings: PhaseStandings,
  rows: readonly MenteeStanding[],
  columns: readonly MentorStanding[],
  exclusions: ResolvedPairs,
  blocked: Uint8Array,
): void {
  const phase = standings.phase.name;
  const paired = standings.mentees.length - rows.length;
  out.push(`${plural(rows.length, "mentee")} of ${phase} to pair; ${plural(paired, "mentee")} keep${paired === 1 ? "s" : ""} a recorded pair.`);
  const notQualified = standings.mentors.filter((s) => s.status === "not-qualified").length;
  const room = columns.reduce((sum, s) => sum + s.room, 0);
  out.push(`${plural(columns.length, "mentor")} proposable with ${plural(room, "place")} left; ${plural(notQualified, "mentor")} left out by the mentor rules.`);
  const included = columns.filter((s) => s.status === "included").length;
  if (included > 0) out.push(`${plural(included, "mentor")} included despite the mentor rules, as you chose.`);
  let conflicts = 0;
  for (const b of blocked) if (b === BLOCK.conflictOfInterest) conflicts++;
  if (conflicts > 0) out.push(`${plural(conflicts, "pair")} never proposed: same organisation (conflict of interest).`);
  if (exclusions.cells.length > 0) out.push(`${plural(exclusions.cells.length, "pair")} excluded by you.`);
  if (exclusions.unplaced.length > 0) out.push(`${plural(exclusions.unplaced.length, "excluded pair")} no longer apply (the mentee is paired or the mentor not proposable).`);
  if (request.locks.length > 0) out.push(`${plural(request.locks.length, "pair")} locked by you.`);
  out.push(`Threshold ${request.threshold}: pairs scoring below it are not proposed.`);
  out.push(request.objective === "coverage-then-score" ? "Objective: pair as many mentees as possible, then the best total score." : "Objective: the best total score.");
  out.push(...standings.notes);
}
