/**
 * Turns a validated problem into the engine's integer problem: locked mentees
 * and their capacity are taken out, pairs below the threshold or on a full
 * mentor are dropped, rows and columns with nothing left to decide are
 * removed, and the objective is encoded into integer arc weights.
 *
 * Objective encoding (w = score in thousandths, 0..100,000; k = pairs chosen
 * among the R rows the engine sees):
 * - "score": weight = w * (R + 1) + 1. Total = (R + 1) * sum(w) + k with
 *   0 <= k <= R < R + 1, so a larger score sum always wins and, among equal
 *   sums, more pairs win: a score-0 pair allowed by the threshold is made
 *   rather than left out.
 * - "coverage-then-score": weight = w + B with B = 1 + sum over rows of the
 *   row's best eligible w. Total = k * B + sum(w) with 0 <= sum(w) < B, so one
 *   more pair outweighs any score difference: exactly lexicographic.
 * In both cases every weight is at most W = 100,000 * (R + 1) + 1. The engine
 * keeps every distance, potential and reduced cost within [-3W, 3W] (duals
 * stay in [-W, 0]; see engine.ts), and all of them are sums of integers. Its
 * heaps order by one integer key, distance * n + index (n = rows or columns),
 * so the Float64 arithmetic is exact while 4W * (max(R, C) + 1) <= 2^53 - 1:
 * for R = C up to about 100,000, past any matrix that fits in memory. The
 * guard below checks it anyway rather than trusting that argument silently.
 */
import { freshArena, type Arena } from "./arena";
import { isScoreMatrix, MAX_SCORE_MILLI, scoreRowAsFloat } from "./matrix";
import { SCORE_SCALE, type ScoreInput } from "./types";
import type { PreparedProblem } from "./prepare";
import type { SolverIssue } from "./types";

/**
 * The engine's problem: rows are added one at a time, each to one column
 * or to "unmatched"; column c takes at most capacity[c] rows.
 */
export interface DenseProblem {
  readonly rows: number;
  readonly cols: number;
  /**
   * Weight rows, row-major (`cols` per row): the pair's score in thousandths,
   * or -1 when not allowed. Engine row r reads weight row `rowSource[r]`.
   */
  readonly weights: Int32Array;
  /** Weight row of each engine row: the identity, or a mentor per mentor slot (see `transposed`). */
  readonly rowSource: Int32Array;
  /** Room per column, each in 1..rows. */
  readonly capacity: Int32Array;
  /** Arc weight = multiplier * weights[k] + bonus (see above). */
  readonly multiplier: number;
  readonly bonus: number;
}

/** Which side the engine adds one at a time. */
export type Orientation = "mentees" | "mentor-slots";

/** "scan": dense.ts, for small problems; "heap": engine.ts, with candidate arcs and hidden pairs. */
export type EngineKind = "scan" | "heap";

export interface ReducedProblem {
  readonly dense: DenseProblem;
  readonly orientation: Orientation;
  readonly engine: EngineKind;
  /** Original mentee of each remaining mentee (engine rows, or engine columns when orientation is "mentor-slots"). */
  readonly rowMentee: Int32Array;
  /** Original mentor of each remaining mentor (engine columns, or weight rows when orientation is "mentor-slots"). */
  readonly colMentor: Int32Array;
}

export type Reduced = { readonly ok: true; readonly reduced: ReducedProblem } | { readonly ok: false; readonly issue: SolverIssue };

/**
 * Problems with at most this many mentee x mentor pairs go to the scan
 * engine (dense.ts) with mentees as rows; larger ones to the heap engine
 * (engine.ts) with the orientation below. Measured on the bench's matrices:
 * the scan engine is about 2x faster at 32 x 16 and the two cross over
 * around 250 x 250.
 */
export const SCAN_MAX_PAIRS = 65_536;

/**
 * Which side to add one at a time. The engine adds rows by shortest
 * augmenting paths; a row that ends unmatched costs a search over
 * everything it could displace, and preferences shared by all the rows (a
 * mentor everyone rates highly) make every search long, while a constant
 * added to a whole row costs nothing (it does not change which path is
 * shortest). So:
 * - fewer slots than mentees: add the slots (on the bench's matrices with
 *   10% fewer slots, 10-30x faster than adding mentees);
 * - more slots than mentees: add the mentees (the other way round is as
 *   much slower);
 * - as many: add the mentees, unless the mentors' average scores vary far
 *   more than the mentees' (over 8 times the spread): then mentors are
 *   "popular" and the slots go first. Adding slots costs some overhead
 *   (slots of one mentor are identical rows, and the mentees are the more
 *   columns), so it only pays when popularity is strong: measured at 2,000
 *   x 1,000 capacity 2, the scoring layer's programme matrices (spread ratio
 *   about 6) are 20% faster with mentees, the bench's programme-like ones
 *   (14) 30% faster with slots, "strongly popular" ones (40) 15x faster.
 * Small problems (the scan engine) keep mentees unless slots are fewer: its
 * cost per step grows with its columns, and mentors are the fewer. Ties keep
 * mentees, so identical scores still give earlier mentees the earlier mentors.
 */
export function chooseOrientation(mentees: number, slots: number, menteeSpread: number, mentorSpread: number, small: boolean): Orientation {
  if (slots < mentees) return "mentor-slots";
  if (slots > mentees || small) return "mentees";
  return mentorSpread > POPULAR_SPREAD_RATIO * menteeSpread ? "mentor-slots" : "mentees";
}

/** See {@link chooseOrientation}. */
const POPULAR_SPREAD_RATIO = 8;

export interface ReduceOptions {
  /** Forces an orientation (tests use this to check both); by default {@link chooseOrientation} decides. */
  readonly orientation?: Orientation;
  /** Forces the engine (tests use this to check both); by default the size decides (see {@link SCAN_MAX_PAIRS}). */
  readonly engine?: EngineKind;
}

/** `arena` supplies every array of the result (see arena.ts); by default they are new. */
export function reduceProblem(p: PreparedProblem, options: ReduceOptions = {}, arena: Arena = freshArena): Reduced {
  const { mentees: M, mentors: N, scores, threshold } = p;
  // Typed scores are read in place; nested rows are copied one at a time into `scratch`.
  const typed = isScoreMatrix(scores);
  const scratch = typed ? scores.values : arena.float64(N);
  const source = typed ? scores.values : scratch;

  const room = arena.int32(N);
  room.set(p.capacities);
  for (let i = 0; i < M; i++) {
    const j = p.lockedMentor[i]!;
    if (j >= 0) room[j] = room[j]! - 1;
  }

  // One pass over the scores: integer weights for every free mentee with a usable pair (all
  // mentors for now) and which mentors anyone can use.
  const all = arena.int32(M * N);
  // The score a pair needs on each mentor: the threshold, or above any score when the mentor is full.
  const needs = arena.float64(N);
  for (let j = 0; j < N; j++) needs[j] = room[j]! > 0 ? threshold : Infinity;
  const colUsed = arena.int32(N);
  const rowMenteeAll = arena.int32(M);
  let R = 0;
  let sumRowBest = 0;
  // A local copy: imported constants can compile to property reads, which a 9-million-cell loop notices.
  const scale = SCORE_SCALE;
  for (let i = 0; i < M; i++) {
    if (p.lockedMentor[i]! >= 0) continue;
    const off = typed ? i * N : copyRow(scores, i, scratch);
    const at = R * N;
    let best = -1;
    for (let j = 0; j < N; j++) {
      const s = source[off + j]!;
      // NaN (forbidden) fails `>=`, so one comparison covers every exclusion. Same rounding as
      // toMilli (matrix.ts), inlined for the hot loop.
      const w = s >= needs[j]! ? Math.round(s * scale) : -1;
      all[at + j] = w;
      // Branch-free (scores are random, so branches here mispredict): the mentor is usable once
      // some w >= 0, i.e. once the sign bit of ~w is set; and the row's best so far.
      colUsed[j] = colUsed[j]! | (~w >>> 31);
      best = Math.max(best, w);
    }
    // A mentee with nothing usable is dropped: the next one overwrites its row.
    if (best >= 0) {
      rowMenteeAll[R++] = i;
      sumRowBest += best;
    }
  }
  const colMentorAll = arena.int32(N);
  let C = 0;
  for (let j = 0; j < N; j++) if (colUsed[j] === 1) colMentorAll[C++] = j;
  // Views only when something was removed: a view is an allocation too.
  const rowMentee = R === M ? rowMenteeAll : rowMenteeAll.subarray(0, R);
  const colMentor = C === N ? colMentorAll : colMentorAll.subarray(0, C);

  const capacity = arena.int32(C);
  let slots = 0;
  for (let c = 0; c < C; c++) {
    // A mentor can never take more than all the rows there are; capping keeps slot storage O(R * C) at worst.
    capacity[c] = Math.min(room[colMentor[c]!]!, R);
    slots += capacity[c]!;
  }
  const engine = options.engine ?? (R * C <= SCAN_MAX_PAIRS ? "scan" : "heap");
  // The spreads only matter when slots and mentees are as many and the heap engine runs.
  const spreads = options.orientation === undefined && engine === "heap" && slots === R ? averageSpreads(all, R, N, colUsed) : { mentees: 0, mentors: 0 };
  const orientation = options.orientation ?? chooseOrientation(R, slots, spreads.mentees, spreads.mentors, engine === "scan");
  const byMentor = orientation === "mentor-slots";

  // The weights as the engine reads them: as they are when every mentor is usable and mentees
  // are the rows; otherwise without the unusable mentors' columns, and mentor-major for slots.
  let weights: Int32Array;
  if (!byMentor && C === N) {
    weights = R === M ? all : all.subarray(0, R * N);
  } else {
    weights = arena.int32(R * C);
    for (let r = 0; r < R; r++) {
      const off = r * N;
      // Mentor-major writes stride by R; the reads stay sequential.
      const at = byMentor ? r : r * C;
      const step = byMentor ? R : 1;
      for (let c = 0; c < C; c++) weights[at + c * step] = all[off + colMentor[c]!]!;
    }
  }

  const multiplier = p.objective === "score" ? R + 1 : 1;
  const bonus = p.objective === "score" ? 1 : sumRowBest + 1;
  const maxWeight = multiplier * MAX_SCORE_MILLI + bonus;
  if (4 * maxWeight * (Math.max(R, C) + 1) > Number.MAX_SAFE_INTEGER) {
    return {
      ok: false,
      issue: {
        code: "problem-too-large",
        mentees: R,
        message: `${R} mentees to pair is beyond what the solver can compute exactly.`,
      },
    };
  }

  let dense: DenseProblem;
  if (byMentor) {
    // One engine row per mentor slot (reading its mentor's weight row); every mentee column takes one.
    const rowSource = arena.int32(slots);
    let at = 0;
    for (let c = 0; c < C; c++) for (let t = 0; t < capacity[c]!; t++) rowSource[at++] = c;
    dense = { rows: slots, cols: R, weights, rowSource, capacity: arena.int32(R, 1), multiplier, bonus };
  } else {
    dense = { rows: R, cols: C, weights, rowSource: identity(R), capacity, multiplier, bonus };
  }
  return { ok: true, reduced: { dense, orientation, engine, rowMentee, colMentor } };
}

/**
 * 0, 1, ..., n - 1, as a view of one shared array: engines only read
 * `rowSource`, and at 32 x 16 an allocation per solve shows.
 */
function identity(n: number): Int32Array {
  if (identityView.length === n) return identityView;
  if (sharedIdentity.length < n) {
    sharedIdentity = new Int32Array(Math.max(n, 2 * sharedIdentity.length));
    for (let i = 0; i < sharedIdentity.length; i++) sharedIdentity[i] = i;
  }
  // The last view is kept: the next solve of the same size needs the same one (a view costs an allocation too).
  identityView = sharedIdentity.subarray(0, n);
  return identityView;
}
let sharedIdentity = new Int32Array(0);
let identityView = sharedIdentity;

/** Copies nested row i into `scratch` (null as NaN) and returns its offset there, 0. */
function copyRow(scores: ScoreInput, i: number, scratch: Float64Array): number {
  scoreRowAsFloat(scores, i, scratch);
  return 0;
}

/**
 * Standard deviations of the mentees' and of the mentors' average weights
 * (allowed pairs only) over `all`, R rows of N weights with -1 for pairs not
 * allowed.
 */
function averageSpreads(all: Int32Array, R: number, N: number, colUsed: Int32Array): { mentees: number; mentors: number } {
  const colSum = new Float64Array(N);
  const colCount = new Int32Array(N);
  const rows = new Spread();
  for (let r = 0; r < R; r++) {
    const off = r * N;
    let sum = 0;
    let count = 0;
    for (let j = 0; j < N; j++) {
      const w = all[off + j]!;
      if (w < 0) continue;
      sum += w;
      count++;
      colSum[j] = colSum[j]! + w;
      colCount[j] = colCount[j]! + 1;
    }
    rows.add(sum / count);
  }
  const cols = new Spread();
  for (let j = 0; j < N; j++) if (colUsed[j] === 1) cols.add(colSum[j]! / colCount[j]!);
  return { mentees: rows.deviation(), mentors: cols.deviation() };
}

/** Population standard deviation of the values added (Welford's update: stable and order-fixed, so deterministic). */
class Spread {
  private n = 0;
  private mean = 0;
  private m2 = 0;
  add(x: number): void {
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
  }
  deviation(): number {
    return this.n > 0 ? Math.sqrt(this.m2 / this.n) : 0;
  }
}
