/**
 * Input checking. Every problem in the input is reported as a value (never
 * thrown), so the layer above can point the user at the offending cell.
 */
import { freshArena, type Arena } from "./arena";
import { isScoreMatrix, scoreAt } from "./matrix";
import {
  MAX_REPORTED_ISSUES,
  MAX_SCORE,
  type AssignmentProblem,
  type Objective,
  type ScoreInput,
  type SolverError,
  type SolverIssue,
} from "./types";

/** A problem that passed validation, in the shape the reduction needs. */
export interface PreparedProblem {
  readonly mentees: number;
  readonly mentors: number;
  readonly scores: ScoreInput;
  readonly capacities: Int32Array;
  readonly threshold: number;
  readonly objective: Objective;
  /** Locked mentor per mentee, or -1. */
  readonly lockedMentor: Int32Array;
}

export type Prepared = { readonly ok: true; readonly problem: PreparedProblem } | SolverError;

class IssueList {
  readonly issues: SolverIssue[] = [];
  omitted = 0;
  add(issue: SolverIssue): void {
    if (this.issues.length < MAX_REPORTED_ISSUES) this.issues.push(issue);
    else this.omitted++;
  }
  get empty(): boolean {
    return this.issues.length === 0;
  }
  toError(): SolverError {
    return { ok: false, issues: this.issues, omittedIssues: this.omitted };
  }
}

export function solverError(issue: SolverIssue): SolverError {
  return { ok: false, issues: [issue], omittedIssues: 0 };
}

const OBJECTIVES: readonly Objective[] = ["score", "coverage-then-score"];

/** `arena` supplies the prepared problem's arrays (see arena.ts); by default they are new. */
export function prepareProblem(problem: AssignmentProblem, arena: Arena = freshArena): Prepared {
  const issues = new IssueList();
  const mentors = problem.capacities.length;

  const objective = problem.objective ?? "coverage-then-score";
  if (!OBJECTIVES.includes(objective)) {
    issues.add({
      code: "invalid-objective",
      value: objective,
      message: `Objective "${String(objective)}" is not known; use "score" or "coverage-then-score".`,
    });
  }

  const threshold = problem.threshold ?? 0;
  if (typeof threshold !== "number" || !Number.isFinite(threshold)) {
    issues.add({
      code: "invalid-threshold",
      value: threshold,
      message: `The threshold must be a finite number (got ${String(threshold)}).`,
    });
  }

  const capacities = arena.int32(mentors);
  problem.capacities.forEach((cap, j) => {
    // Capacities above 2^31 are meaningless here (no programme has that many mentees) and would not fit Int32.
    if (typeof cap !== "number" || !Number.isInteger(cap) || cap < 0 || cap > 0x7fffffff) {
      issues.add({
        code: "invalid-capacity",
        mentor: j,
        value: cap,
        message: `Mentor ${j}: capacity must be a whole number 0 or more (got ${String(cap)}).`,
      });
    } else {
      capacities[j] = cap;
    }
  });

  const mentees = checkScores(problem.scores, mentors, issues);
  // Locks refer to cells; if the matrix shape is wrong they cannot be checked meaningfully.
  if (mentees < 0) return issues.toError();

  const lockedMentor = checkLocks(problem, mentees, mentors, capacities, issues, arena.int32(mentees, -1));

  if (!issues.empty) return issues.toError();
  return {
    ok: true,
    problem: { mentees, mentors, scores: problem.scores, capacities, threshold, objective, lockedMentor },
  };
}

/** Returns the number of mentees, or -1 when the shape is unusable. */
function checkScores(scores: ScoreInput, mentors: number, issues: IssueList): number {
  let mentees: number;
  if (isScoreMatrix(scores)) {
    let shapeOk = true;
    if (!Number.isInteger(scores.rows) || scores.rows < 0) {
      issues.add({ code: "invalid-dimension", field: "rows", value: scores.rows, message: `Score matrix rows must be a whole number 0 or more (got ${scores.rows}).` });
      shapeOk = false;
    }
    if (scores.cols !== mentors) {
      issues.add({
        code: "invalid-dimension",
        field: "cols",
        value: scores.cols,
        message: `Score matrix has ${scores.cols} mentor columns but there are ${mentors} capacities.`,
      });
      shapeOk = false;
    }
    if (shapeOk && scores.values.length !== scores.rows * scores.cols) {
      issues.add({
        code: "matrix-size-mismatch",
        length: scores.values.length,
        expected: scores.rows * scores.cols,
        message: `Score matrix holds ${scores.values.length} values, expected ${scores.rows} x ${scores.cols}.`,
      });
      shapeOk = false;
    }
    if (!shapeOk) return -1;
    mentees = scores.rows;
  } else {
    mentees = scores.length;
    let shapeOk = true;
    for (let i = 0; i < mentees; i++) {
      const row = scores[i];
      const length = Array.isArray(row) ? row.length : -1;
      if (length !== mentors) {
        issues.add({
          code: "scores-not-rectangular",
          mentee: i,
          length,
          expected: mentors,
          message: `Mentee ${i}: ${length < 0 ? "no row of scores" : `${length} scores`}, expected one per mentor (${mentors}).`,
        });
        shapeOk = false;
      }
    }
    if (!shapeOk) return -1;
  }

  if (isScoreMatrix(scores)) {
    // The typed form is read in place (no per-row views); NaN is its "forbidden".
    const values = scores.values;
    // A local copy: an imported constant can compile to a property read in the loop.
    const max = MAX_SCORE;
    for (let k = 0; k < values.length; k++) {
      const s = values[k]!;
      if (!(s >= 0 && s <= max) && !Number.isNaN(s)) addInvalidScore(issues, Math.floor(k / mentors), k % mentors, s);
    }
    return mentees;
  }
  const max = MAX_SCORE;
  for (let i = 0; i < mentees; i++) {
    const row = scores[i]!;
    for (let j = 0; j < mentors; j++) {
      const s = row[j];
      if (s === null) continue;
      if (typeof s !== "number" || !(s >= 0 && s <= max)) addInvalidScore(issues, i, j, s);
    }
  }
  return mentees;
}

function addInvalidScore(issues: IssueList, mentee: number, mentor: number, value: unknown): void {
  issues.add({
    code: "invalid-score",
    mentee,
    mentor,
    value,
    message: `Score for mentee ${mentee} and mentor ${mentor} must be between 0 and ${MAX_SCORE}, or null to forbid the pair (got ${String(value)}).`,
  });
}

function checkLocks(
  problem: AssignmentProblem,
  mentees: number,
  mentors: number,
  capacities: Int32Array,
  issues: IssueList,
  lockedMentor: Int32Array,
): Int32Array {
  const locks = problem.locked ?? [];
  if (locks.length === 0) return lockedMentor;
  // Mentors each mentee is locked to, in the order first seen; identical repeats are harmless and merged.
  const lockTargets = new Map<number, number[]>();
  locks.forEach((lock, k) => {
    const mentee: unknown = Array.isArray(lock) ? lock[0] : undefined;
    const mentor: unknown = Array.isArray(lock) ? lock[1] : undefined;
    if (!isIndex(mentee, mentees) || !isIndex(mentor, mentors)) {
      issues.add({
        code: "lock-out-of-range",
        lock: k,
        mentee,
        mentor,
        message: `Locked pair ${k} (${String(mentee)}, ${String(mentor)}) does not name a mentee 0..${mentees - 1} and a mentor 0..${mentors - 1}.`,
      });
      return;
    }
    const targets = lockTargets.get(mentee);
    if (targets === undefined) lockTargets.set(mentee, [mentor]);
    else if (!targets.includes(mentor)) targets.push(mentor);
  });

  const menteesByMentor = new Map<number, number[]>();
  // Sorted so that reports do not depend on the order the locks were listed in.
  const lockedMentees = [...lockTargets.keys()].sort((x, y) => x - y);
  for (const mentee of lockedMentees) {
    const targets = lockTargets.get(mentee) ?? [];
    if (targets.length > 1) {
      const sorted = [...targets].sort((x, y) => x - y);
      issues.add({
        code: "lock-conflict",
        mentee,
        mentors: sorted,
        message: `Mentee ${mentee} is locked to ${sorted.length} mentors (${sorted.join(", ")}); a mentee can have only one.`,
      });
      continue;
    }
    const mentor = targets[0]!;
    if (scoreAt(problem.scores, mentee, mentor) === null) {
      issues.add({
        code: "lock-forbidden",
        mentee,
        mentor,
        message: `Mentee ${mentee} is locked to mentor ${mentor}, but that pair is forbidden.`,
      });
      continue;
    }
    lockedMentor[mentee] = mentor;
    const list = menteesByMentor.get(mentor);
    if (list === undefined) menteesByMentor.set(mentor, [mentee]);
    else list.push(mentee);
  }

  const lockedMentors = [...menteesByMentor.keys()].sort((x, y) => x - y);
  for (const mentor of lockedMentors) {
    const list = menteesByMentor.get(mentor) ?? [];
    const capacity = capacities[mentor]!;
    if (list.length > capacity) {
      issues.add({
        code: "lock-over-capacity",
        mentor,
        capacity,
        mentees: list,
        message: `Mentor ${mentor} has ${list.length} locked mentees (${list.join(", ")}) but capacity ${capacity}.`,
      });
    }
  }
  return lockedMentor;
}

function isIndex(value: unknown, size: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < size;
}
