/**
 * Exact solution on a sparse graph, proved optimal over the full matrix.
 *
 * A dense 3,000 x 3,000 problem has 9 million arcs, but an optimal
 * assignment uses only arcs near the top of some row's or some column's
 * preferences. So the engine first runs on a candidate graph: for every row
 * its `limit` best columns and for every column its `limit` best rows. The
 * engine's duals (u, v) then certify optimality over ALL arcs if every arc
 * left out has a non-negative reduced cost (LP duality: the primal is
 * feasible, the duals are feasible, complementary slackness holds). Any arc
 * that fails is added and the sparse problem is solved again from scratch;
 * each round adds at least one arc, and after MAX_SPARSE_ROUNDS the next
 * round simply takes every arc, so this ends after a bounded number of rounds.
 * The answer is therefore exact whatever `limit` is; `limit` only trades
 * rounds against work per round.
 *
 * Why not the plain dense Hungarian: when some mentors are better for almost
 * every mentee (a realistic pattern: long experience, broad skills), the
 * row-by-row method settles most columns in most searches, and with O(C)
 * work per settled column a 3,000 x 3,000 problem took over a minute. The
 * sparse graph with a heap makes each step cost the arcs it touches.
 */
import { assignRows, type ArcGraph, type EngineOutput } from "./engine";

export interface DenseProblem {
  readonly rows: number;
  readonly cols: number;
  /** rows x cols, row-major: the pair's score in thousandths, or -1 when not allowed. */
  readonly weights: Int32Array;
  /** Room per column, each in 1..rows. */
  readonly capacity: Int32Array;
  /** Arc weight = multiplier * weights[k] + bonus (see reduce.ts). */
  readonly multiplier: number;
  readonly bonus: number;
}

export interface ExactOutput {
  readonly rowCol: Int32Array;
  readonly steps: number;
  /** Sparse solves needed before the duals proved optimality over all arcs. */
  readonly rounds: number;
  /** Arcs in the final graph. */
  readonly arcs: number;
}

export interface RoundProgress {
  readonly round: number;
  readonly done: number;
}

/**
 * Candidates per row and per column. Small problems keep every arc (one
 * round, nothing to price); large ones keep enough that one round is the
 * usual case in the benchmarks.
 */
export function defaultCandidateLimit(rows: number, cols: number): number {
  if (rows * cols <= 4096) return Math.max(cols, rows);
  return 24;
}

/**
 * After this many sparse rounds the next round takes every allowed arc, so
 * the number of rounds is bounded whatever the data (at most this + 1). It is
 * a guard, not a path the data should reach: a dense round on a large problem
 * is far slower than a sparse one, and the benchmarks need 1 or 2 rounds.
 */
export const MAX_SPARSE_ROUNDS = 6;

export function* solveExact(
  problem: DenseProblem,
  limit = defaultCandidateLimit(problem.rows, problem.cols),
  maxSparseRounds = MAX_SPARSE_ROUNDS,
): Generator<RoundProgress, ExactOutput, void> {
  const inGraph = selectCandidates(problem, Math.max(1, limit));
  let steps = 0;
  for (let round = 1; ; round++) {
    if (round > maxSparseRounds) markAllAllowed(problem, inGraph);
    const graph = buildGraph(problem, inGraph);
    const run = assignRows({ graph, capacity: problem.capacity });
    let out: EngineOutput;
    for (;;) {
      const step = run.next();
      if (step.done === true) {
        out = step.value;
        break;
      }
      yield { round, done: step.value };
    }
    steps += out.steps;
    const added = addViolatedArcs(problem, inGraph, out);
    if (added === 0) return { rowCol: out.rowCol, steps, rounds: round, arcs: graph.arcCol.length };
  }
}

/** Marks (1 per cell) the union of each row's and each column's `limit` best arcs. */
export function selectCandidates(problem: DenseProblem, limit: number): Uint8Array {
  const { rows: R, cols: C, weights } = problem;
  const mark = new Uint8Array(R * C);
  const scratch = new Int32Array(Math.max(R, C));

  for (let i = 0; i < R; i++) {
    const off = i * C;
    let n = 0;
    for (let j = 0; j < C; j++) {
      const w = weights[off + j]!;
      if (w >= 0) scratch[n++] = w;
    }
    if (n <= limit) {
      for (let j = 0; j < C; j++) if (weights[off + j]! >= 0) mark[off + j] = 1;
      continue;
    }
    const cut = kthLargest(scratch, n, limit);
    // Everything above the cut, then ties at the cut in a fixed order, so the graph is deterministic.
    let taken = 0;
    for (let j = 0; j < C; j++) {
      if (weights[off + j]! > cut) {
        mark[off + j] = 1;
        taken++;
      }
    }
    // Ties at the cut start from a column that moves with the row, so that rows
    // with identical preferences do not all keep the same few columns.
    const startCol = Math.floor((i * C) / R);
    for (let t = 0; t < C && taken < limit; t++) {
      const j = (startCol + t) % C;
      if (weights[off + j] === cut) {
        mark[off + j] = 1;
        taken++;
      }
    }
  }

  // Columns are strided in the row-major matrix; copying them out a block at a
  // time keeps the reads sequential instead of one cache miss per cell.
  const BLOCK = 64;
  const block = new Int32Array(BLOCK * R);
  for (let j0 = 0; j0 < C; j0 += BLOCK) {
    const width = Math.min(BLOCK, C - j0);
    for (let i = 0; i < R; i++) {
      const off = i * C + j0;
      for (let b = 0; b < width; b++) block[b * R + i] = weights[off + b]!;
    }
    for (let b = 0; b < width; b++) {
      const j = j0 + b;
      const col = block.subarray(b * R, (b + 1) * R);
      let n = 0;
      for (let i = 0; i < R; i++) {
        const w = col[i]!;
        if (w >= 0) scratch[n++] = w;
      }
      if (n <= limit) {
        for (let i = 0; i < R; i++) if (col[i]! >= 0) mark[i * C + j] = 1;
        continue;
      }
      const cut = kthLargest(scratch, n, limit);
      let taken = 0;
      for (let i = 0; i < R; i++) {
        if (col[i]! > cut) {
          mark[i * C + j] = 1;
          taken++;
        }
      }
      const startRow = Math.floor((j * R) / C);
      for (let t = 0; t < R && taken < limit; t++) {
        const i = (startRow + t) % R;
        if (col[i] === cut) {
          mark[i * C + j] = 1;
          taken++;
        }
      }
    }
  }
  return mark;
}

/** Compressed rows of the marked arcs, columns ascending, with costs = -(multiplier * w + bonus). */
export function buildGraph(problem: DenseProblem, mark: Uint8Array): ArcGraph {
  const { rows: R, cols: C, weights, multiplier, bonus } = problem;
  let arcs = 0;
  for (let k = 0; k < mark.length; k++) arcs += mark[k]!;
  const rowStart = new Int32Array(R + 1);
  const arcCol = new Int32Array(arcs);
  const arcCost = new Float64Array(arcs);
  let at = 0;
  for (let i = 0; i < R; i++) {
    rowStart[i] = at;
    const off = i * C;
    for (let j = 0; j < C; j++) {
      if (mark[off + j] === 1) {
        arcCol[at] = j;
        arcCost[at] = -(multiplier * weights[off + j]! + bonus);
        at++;
      }
    }
  }
  rowStart[R] = at;
  return { rows: R, cols: C, rowStart, arcCol, arcCost };
}

/**
 * Marks every allowed arc outside the graph whose reduced cost under the
 * engine's duals is negative; returns how many. Zero means the duals are
 * feasible for the full problem, so the sparse optimum is the full optimum.
 */
export function addViolatedArcs(problem: DenseProblem, mark: Uint8Array, out: EngineOutput): number {
  const { rows: R, cols: C, weights, multiplier, bonus } = problem;
  const { u, v } = out;
  let added = 0;
  for (let i = 0; i < R; i++) {
    const off = i * C;
    const ui = u[i]!;
    for (let j = 0; j < C; j++) {
      const w = weights[off + j]!;
      if (w < 0 || mark[off + j] === 1) continue;
      if (-(multiplier * w + bonus) - ui - v[j]! < 0) {
        mark[off + j] = 1;
        added++;
      }
    }
  }
  return added;
}

function markAllAllowed(problem: DenseProblem, mark: Uint8Array): void {
  const { weights } = problem;
  for (let k = 0; k < weights.length; k++) if (weights[k]! >= 0) mark[k] = 1;
}

/**
 * The k-th largest of `values[0..n-1]` (1-based k), reordering them in place.
 * Quickselect with a median-of-three pivot: expected O(n).
 */
export function kthLargest(values: Int32Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1; // index in descending order
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const a = values[lo]!;
    const b = values[mid]!;
    const c = values[hi]!;
    const pivot = a > b ? (b > c ? b : a > c ? c : a) : a > c ? a : b > c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}
