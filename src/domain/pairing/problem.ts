/**
 * A phase's pairing as the solver sees it: mentees to pair are rows, proposable mentors are
 * columns, every allowed pair has a score, and every hard rule is a forbidden cell (NaN), never a
 * low score: excluded pairs, conflicts of interest and a mentee's return to a mentor they
 * disengaged from are never proposed whatever the weights.
 * Built once per run; pure, so the same registers and request always give the same problem.
 */
import { createScoreMatrix, type AssignmentProblem, type LockedPair, type ScoreMatrix } from "./solver";
import type { Registers } from "../registers";
import { BLOCK, disengagementWords } from "./blocks";
import { findPhase, phaseStandings, type MenteeStanding, type MentorStanding, type PhaseStandings, type Standings } from "./eligibility";
import { resolveExclusions, resolveLocks, type DisengagedCell, type MatrixIndex, type PairingProblemError, type ResolvedExclusions } from "./named-pairs";
import { conflictsOfInterest, personLabel, type MenteeProfile, type MentorProfile } from "./people";
import { PairingRequestSchema, type PairingRequest, type PairingRequestInput, type PairRef } from "./request";
import { pointScale, scoreAllPairs, type PointScale } from "./score/score";

export type { PairingProblemError };

export interface PairingProblem {
  request: PairingRequest;
  phase: { name: string; key: string };
  /** The phase's people and their standing, with finders that resolve named pairs to them. */
  standings: Standings;
  /** Row i of the matrix is mentees[i]; column j is mentors[j]. */
  mentees: MenteeProfile[];
  mentors: MentorProfile[];
  /** Standing of each column's mentor (same order as `mentors`). */
  mentorStandings: MentorStanding[];
  /** What the solver gets: scores, capacities (room left), locks, threshold, objective. */
  assignment: AssignmentProblem & { scores: ScoreMatrix; locked: LockedPair[] };
  /** Per cell (row-major): BLOCK.none, or why the pair is forbidden. */
  blocked: Uint8Array;
  /** The cells forbidden because the mentee disengaged from that mentor in this phase. */
  disengaged: DisengagedCell[];
  /** Locks already kept by the Pairs register (the pair was accepted since the lock was set). */
  locksRecorded: PairRef[];
  scale: PointScale;
  /** Constraints in force, in words, for the pane and the run log. */
  constraints: string[];
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
    const none = phase.known.length === 0;
    const list = none ? "none: the Mentors and Mentees registers name no phase" : phase.known.join(", ");
    // With no phase anywhere there is nothing to choose from: say what to add instead.
    const fix = none ? "Add a Phase column to the Mentors and Mentees sheets naming each person's phase (e.g. Phase 1), then pair that phase." : "Choose one of the known phases.";
    return {
      ok: false,
      errors: [{ code: "unknown-phase", message: `There is no phase ${quote(request.phase)} in this workbook. Known phases: ${list}.`, fix, knownPhases: phase.known }],
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
  const disengaged = blockDisengaged(rows, colOf, blocked);
  for (let k = 0; k < blocked.length; k++) if (blocked[k] !== BLOCK.none) scores.values[k] = Number.NaN;
  scoreAllPairs(mentors, mentees, scale, scores.values, blocked);

  const index: MatrixIndex = { standings, rowOf, colOf, columns, blocked, disengaged };
  const constraints: string[] = [];
  const exclusions = resolveExclusions(request.exclusions, index);
  for (const { row: i, column: j } of exclusions.cells) {
    if (blocked[i * N + j] === BLOCK.none) blocked[i * N + j] = BLOCK.excludedByUser;
    scores.values[i * N + j] = Number.NaN;
  }
  const locks = resolveLocks(request.locks, index, exclusions);
  const errors = [...exclusions.errors, ...(locks.ok ? [] : locks.errors)];
  if (!locks.ok || errors.length > 0) return { ok: false, errors };

  describeConstraints(constraints, { request, standings, rows, columns, exclusions, blocked, disengaged, locked: locks.locked.length, locksRecorded: locks.alreadyRecorded });
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
      disengaged,
      locksRecorded: locks.alreadyRecorded,
      scale,
      constraints,
    },
  };
}

/**
 * A disengaged pair's mentor and mentee are never paired again in the phase: forbids each such
 * cell (row-major `blocked`, width = mentors) and lists them for the explanations.
 */
function blockDisengaged(rows: readonly MenteeStanding[], colOf: ReadonlyMap<MentorProfile, number>, blocked: Uint8Array): DisengagedCell[] {
  const N = colOf.size;
  const cells: DisengagedCell[] = [];
  rows.forEach((standing, i) => {
    for (const pair of standing.disengagedFrom) {
      const j = pair.mentor ? colOf.get(pair.mentor) : undefined;
      if (j === undefined || cells.some((c) => c.row === i && c.column === j)) continue;
      blocked[i * N + j] = BLOCK.disengaged;
      cells.push({ row: i, column: j, pair });
    }
  });
  return cells;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

interface ConstraintFacts {
  request: PairingRequest;
  standings: PhaseStandings;
  rows: readonly MenteeStanding[];
  columns: readonly MentorStanding[];
  exclusions: ResolvedExclusions;
  blocked: Uint8Array;
  disengaged: readonly DisengagedCell[];
  /** Distinct pairs locked in this run. */
  locked: number;
  locksRecorded: readonly PairRef[];
}

function describeConstraints(out: string[], facts: ConstraintFacts): void {
  const { request, standings, rows, columns, exclusions, blocked, disengaged } = facts;
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
  for (const cell of disengaged) {
    const mentee = rows[cell.row]!.mentee;
    const mentor = columns[cell.column]!.mentor;
    out.push(`Never proposed again: ${personLabel(mentor)} with ${personLabel(mentee)}, who ${disengagementWords(cell.pair)}.`);
  }
  if (exclusions.cells.length > 0) out.push(`${plural(exclusions.cells.length, "pair")} excluded by you.`);
  const unplaced = exclusions.unplaced.length;
  if (unplaced > 0) out.push(`${plural(unplaced, "excluded pair")} no longer appl${unplaced === 1 ? "ies" : "y"} (the mentee is paired, the mentor is not proposable, or someone named is not in ${phase}).`);
  if (facts.locked > 0) out.push(`${plural(facts.locked, "pair")} locked by you.`);
  if (facts.locksRecorded.length > 0) out.push(`${plural(facts.locksRecorded.length, "locked pair")} already in the Pairs register, so kept there.`);
  out.push(`Threshold ${request.threshold}: pairs scoring below it are not proposed.`);
  out.push(request.objective === "coverage-then-score" ? "Objective: pair as many mentees as possible, then the best total score." : "Objective: the best total score.");
  out.push(...standings.notes);
}
