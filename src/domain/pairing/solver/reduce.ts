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
import { MAX_SCORE_MILLI, scoreRowAsFloat } from "./matrix";
import { SCORE_SCALE } from "./types";
import type { PreparedProblem } from "./prepare";
import type { SolverIssue } from "./types";

/** The engine's problem: every row and column in it has something to decide. */
export interface DenseProblem {
  readonly rows: number;
  readonly cols: number;
  /** rows x cols, row-major: the pair's score in thousandths, or -1 when not allowed. */
  readonly weights: Int32Array;
  /** Room per column, each in 1..rows. */
  readonly capacity: Int32Array;
  /** Arc weight = multiplier * weights[k] + bonus (see above). */
  readonly multiplier: number;
  readonly bonus: number;
}

export interface ReducedProblem {
  readonly dense: DenseProblem;
  /** Original mentee of each engine row. */
  readonly rowMentee: Int32Array;
  /** Original mentor of each engine column. */
  readonly colMentor: Int32Array;
}

export type Reduced = { readonly ok: true; readonly reduced: ReducedProblem } | { readonly ok: false; readonly issue: SolverIssue };

export function reduceProblem(p: PreparedProblem): Reduced {
  const { mentees: M, mentors: N, scores, threshold } = p;

  const room = Int32Array.from(p.capacities);
  for (let i = 0; i < M; i++) {
    const j = p.lockedMentor[i]!;
    if (j >= 0) room[j] = room[j]! - 1;
  }

  // Pass 1: which free mentees have any usable pair, and which mentors are usable by anyone.
  const colUsed = new Uint8Array(N);
  const scratch = new Float64Array(N);
  const rowMenteeList: number[] = [];
  for (let i = 0; i < M; i++) {
    if (p.lockedMentor[i]! >= 0) continue;
    const row = scoreRowAsFloat(scores, i, scratch);
    let any = false;
    for (let j = 0; j < N; j++) {
      // NaN (forbidden) fails `>=`, so one comparison covers both exclusions.
      if (room[j]! > 0 && row[j]! >= threshold) {
        any = true;
        colUsed[j] = 1;
      }
    }
    if (any) rowMenteeList.push(i);
  }
  const colMentorList: number[] = [];
  for (let j = 0; j < N; j++) if (colUsed[j] === 1) colMentorList.push(j);

  const R = rowMenteeList.length;
  const C = colMentorList.length;
  const rowMentee = Int32Array.from(rowMenteeList);
  const colMentor = Int32Array.from(colMentorList);

  // Pass 2: integer weights for the rows and columns that remain.
  const weights = new Int32Array(R * C);
  // A local copy: imported constants can compile to property reads, which a 9-million-cell loop notices.
  const scale = SCORE_SCALE;
  let sumRowBest = 0;
  for (let r = 0; r < R; r++) {
    const row = scoreRowAsFloat(scores, rowMentee[r]!, scratch);
    const off = r * C;
    let best = 0;
    for (let c = 0; c < C; c++) {
      const s = row[colMentor[c]!]!;
      if (s >= threshold) {
        // Same rounding as toMilli (matrix.ts), inlined for the hot loop.
        const w = Math.round(s * scale);
        weights[off + c] = w;
        if (w > best) best = w;
      } else {
        weights[off + c] = -1;
      }
    }
    sumRowBest += best;
  }

  const capacity = new Int32Array(C);
  for (let c = 0; c < C; c++) {
    // A mentor can never take more than all the rows there are; capping keeps slot storage O(R * C) at worst.
    capacity[c] = Math.min(room[colMentor[c]!]!, R);
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

  return { ok: true, reduced: { dense: { rows: R, cols: C, weights, capacity, multiplier, bonus }, rowMentee, colMentor } };
}
