/**
 * Public types of the assignment solver.
 *
 * The solver sees only numbers: mentee i is row i, mentor j is column j, and
 * `scores[i][j]` is how good the pair is (0..100) or `null` when a hard rule
 * forbids it. Everything the programme knows about people (skills, counties,
 * sectors) is turned into this matrix by the scoring layer above.
 */

/**
 * What "best" means.
 * - `"score"`: maximise the total score; among equal totals, match more mentees.
 * - `"coverage-then-score"`: maximise the number of matched mentees first, then
 *   the total score among those assignments (exact lexicographic order).
 */
export type Objective = "score" | "coverage-then-score";

/**
 * A dense score matrix backed by one typed array, row-major
 * (`values[mentee * cols + mentor]`). `NaN` marks a forbidden pair, the way
 * `null` does in the nested-array form. Use it for large problems: a
 * 3,000 x 3,000 nested array of numbers costs far more memory than 72 MB.
 */
export interface ScoreMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly values: Float64Array;
}

/** Either nested rows (`null` = forbidden) or a {@link ScoreMatrix}. */
export type ScoreInput = ReadonlyArray<ReadonlyArray<number | null>> | ScoreMatrix;

/** A pair the user has fixed in advance: `[mentee, mentor]` (0-based). */
export type LockedPair = readonly [mentee: number, mentor: number];

export interface AssignmentProblem {
  /** M rows (mentees) x N columns (mentors); N must equal `capacities.length`. */
  readonly scores: ScoreInput;
  /** Maximum number of mentees per mentor; non-negative integers. */
  readonly capacities: ReadonlyArray<number>;
  /** Pairs that must appear in the result; they use up mentor capacity. */
  readonly locked?: ReadonlyArray<LockedPair>;
  /**
   * Pairs scoring strictly below this (compared on the raw score, before
   * rounding) are never proposed. Locked pairs are exempt: a lock is a human
   * decision, and the solver keeps it. Default 0.
   */
  readonly threshold?: number;
  /** Default `"coverage-then-score"`: the programme's aim is a mentor for everyone. */
  readonly objective?: Objective;
}

export interface SolveOptions {
  /**
   * Checked between mentees. The synchronous solver can only see an abort
   * raised before the call or from `onProgress`; use
   * `solveAssignmentAsync` when a timer or a UI button must be able to stop it.
   */
  readonly signal?: AbortSignal;
  /**
   * `done` of `total` steps, called about a hundred times plus once at the
   * end. A step places one mentee; `total` is fixed for the run, so
   * `done / total` never goes backwards.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface AsyncSolveOptions extends SolveOptions {
  /** Work this long (ms) before giving the event loop a turn. Default 16. */
  readonly sliceMs?: number;
}

export interface AssignmentResult {
  readonly ok: true;
  /** Name and version of the algorithm, for logs and reproducibility. */
  readonly solver: string;
  readonly objective: Objective;
  readonly threshold: number;
  /** Mentor index for every mentee, or -1 when the mentee stays unmatched. */
  readonly assignment: number[];
  /** `locked[i]` is true when mentee i's pair came from `problem.locked`. */
  readonly locked: boolean[];
  /** Mentees matched (locked ones included). */
  readonly matched: number;
  /** Sum of the scores of all pairs (locked included), each rounded to 0.001. */
  readonly total: number;
  /** The same total as an exact integer count of thousandths. */
  readonly totalMilli: number;
  /** Number of mentees given to each mentor (locked included). */
  readonly mentorLoad: number[];
  /** Shortest-path steps taken (columns settled, rows expanded); a machine-independent measure of work. */
  readonly iterations: number;
  /**
   * Passes over the mentees. Always 1 since solver version 2, which proves
   * optimality over every pair inside its searches instead of re-solving;
   * kept so that logs which record it still read a number.
   */
  readonly rounds: number;
}

/** Why a problem could not be solved. Indices are 0-based. */
export type SolverIssue =
  | { readonly code: "scores-not-rectangular"; readonly mentee: number; readonly length: number; readonly expected: number; readonly message: string }
  | { readonly code: "matrix-size-mismatch"; readonly length: number; readonly expected: number; readonly message: string }
  | { readonly code: "invalid-dimension"; readonly field: "rows" | "cols"; readonly value: number; readonly message: string }
  | { readonly code: "invalid-score"; readonly mentee: number; readonly mentor: number; readonly value: unknown; readonly message: string }
  | { readonly code: "invalid-capacity"; readonly mentor: number; readonly value: unknown; readonly message: string }
  | { readonly code: "invalid-threshold"; readonly value: unknown; readonly message: string }
  | { readonly code: "invalid-objective"; readonly value: unknown; readonly message: string }
  | { readonly code: "lock-out-of-range"; readonly lock: number; readonly mentee: unknown; readonly mentor: unknown; readonly message: string }
  | { readonly code: "lock-conflict"; readonly mentee: number; readonly mentors: number[]; readonly message: string }
  | { readonly code: "lock-forbidden"; readonly mentee: number; readonly mentor: number; readonly message: string }
  | { readonly code: "lock-over-capacity"; readonly mentor: number; readonly capacity: number; readonly mentees: number[]; readonly message: string }
  | { readonly code: "problem-too-large"; readonly mentees: number; readonly message: string }
  | { readonly code: "aborted"; readonly done: number; readonly total: number; readonly message: string };

export type SolverIssueCode = SolverIssue["code"];

export interface SolverError {
  readonly ok: false;
  /** At most {@link MAX_REPORTED_ISSUES} issues, in input order. */
  readonly issues: SolverIssue[];
  /** Issues found beyond those listed (a 3,000 x 3,000 sheet of bad cells should not build a 9-million-entry list). */
  readonly omittedIssues: number;
}

export const MAX_REPORTED_ISSUES = 50;

/** Scores are compared as integer thousandths so that sums and ties are exact. */
export const SCORE_SCALE = 1000;
export const MAX_SCORE = 100;
