/**
 * The exact core: capacitated assignment by successive shortest augmenting
 * paths with dual potentials (the Hungarian method in the Jonker-Volgenant /
 * Crouse row-by-row form), generalised in three ways:
 *
 * 1. Capacities without slot expansion. A mentor (column) of capacity c keeps
 *    one potential and up to c rows. While a column is not full it ends any
 *    search that reaches it and its potential stays 0; once full it can be
 *    passed through, and reaching it reaches all of its rows at the same
 *    distance (the column-to-row arcs are tight). Expanding mentors into c
 *    identical slot columns would give the same optimum with c times as many
 *    columns and many more ties.
 * 2. Leaving rows unmatched. One extra "unmatched" column of unlimited
 *    capacity, weight 0 for every row and potential fixed at 0, stands for
 *    per-row dummy columns. It never fills, so it only ever ends a search,
 *    and a row parked there is never revisited (no arc leads to it), which is
 *    correct: adding rows only adds competition for mentors.
 * 3. Sparse arcs. The graph holds only some arcs per row (see pricing.ts,
 *    which proves optimality over all arcs with the duals returned here and
 *    adds arcs when needed), so Dijkstra uses an indexed binary heap instead of
 *    scanning every column at every step.
 *
 * Linear-programming view (cost = -weight, minimised): each row goes to one
 * column or to "unmatched"; duals u (rows) and v (columns) satisfy
 * u_i + v_j <= cost_ij on every arc, u_i <= 0 (the unmatched arc), v_j <= 0,
 * with equality on used arcs, u_i = 0 for unmatched rows and v_j = 0 for
 * columns that are not full. These are the complementary-slackness
 * conditions, so after each row the assignment of the rows so far is optimal
 * over the arcs in the graph (Crouse 2016, sec. III, with a capacity per
 * column instead of 1).
 *
 * Weights are integers held in Float64; reduce.ts shows every intermediate
 * value stays an exactly representable integer.
 *
 * Cost per search: Dijkstra with early exit at the first column with room:
 * O((A + S) log A) where S columns are settled and A arcs relaxed. Memory is
 * O(rows + cols + arcs).
 *
 * Determinism: rows are added in increasing index; among columns at the same
 * distance the one with room comes first, then the lower index; "unmatched"
 * is taken only when strictly shorter than every column. No hashing, no
 * randomness, no clock.
 */

export interface ArcGraph {
  readonly rows: number;
  readonly cols: number;
  /** Arcs of row i are `rowStart[i] .. rowStart[i + 1] - 1`, in increasing column order. */
  readonly rowStart: Int32Array;
  readonly arcCol: Int32Array;
  /** Arc cost = -(weight of the pair); weights are positive integers. */
  readonly arcCost: Float64Array;
}

export interface EngineInput {
  readonly graph: ArcGraph;
  /** Room per column, each at least 1. */
  readonly capacity: Int32Array;
}

export interface EngineOutput {
  /** Column per row, or -1 for unmatched. */
  readonly rowCol: Int32Array;
  /** Row duals (see the LP view above). */
  readonly u: Float64Array;
  /** Column duals. */
  readonly v: Float64Array;
  /** Columns settled by Dijkstra over all searches. */
  readonly steps: number;
}

export const UNMATCHED = -1;

/**
 * Adds rows one at a time, yielding the number of rows placed so far so that
 * a driver can report progress, check for aborts or give the event loop a
 * turn between rows; returns the final assignment and duals.
 */
export function* assignRows(input: EngineInput): Generator<number, EngineOutput, void> {
  const { graph, capacity } = input;
  const { rows: R, cols: C, rowStart, arcCol, arcCost } = graph;

  const u = new Float64Array(R);
  const v = new Float64Array(C);
  const rowCol = new Int32Array(R).fill(UNMATCHED);
  const load = new Int32Array(C);
  // 0 while the column has room, 1 once full: the heap's tie-break reads it.
  const full = new Uint8Array(C);

  // Each column owns a contiguous block of `capacity[j]` slots holding its rows,
  // so that the rows of a full column can be listed without scanning all rows.
  const slotStart = new Int32Array(C + 1);
  for (let j = 0; j < C; j++) slotStart[j + 1] = slotStart[j]! + capacity[j]!;
  const slotRow = new Int32Array(slotStart[C]!);
  const rowSlot = new Int32Array(R).fill(-1);

  const dist = new Float64Array(C).fill(Infinity);
  const pathRow = new Int32Array(C);
  // Stamped with the search number instead of cleared, to keep each search proportional to what it touches.
  const settled = new Int32Array(C);
  const settledCols = new Int32Array(C);
  const touched = new Int32Array(C);
  const heap = new ColumnHeap(full, dist, C);

  let steps = 0;

  for (let s = 0; s < R; s++) {
    const stamp = s + 1;
    let nSettled = 0;
    let nTouched = 0;
    let unmatchedDist = Infinity;
    let unmatchedRow = -1;
    heap.clear();

    let frontierCol = -1; // -1: the frontier is the new row alone
    let minVal = 0;
    let terminal = UNMATCHED;

    for (;;) {
      // Relax the arcs of every row at distance minVal (all rows of the column just settled).
      const frontierFirst = frontierCol < 0 ? 0 : slotStart[frontierCol]!;
      const frontierCount = frontierCol < 0 ? 1 : capacity[frontierCol]!;
      for (let f = 0; f < frontierCount; f++) {
        const i = frontierCol < 0 ? s : slotRow[frontierFirst + f]!;
        const base = minVal - u[i]!;
        const end = rowStart[i + 1]!;
        for (let k = rowStart[i]!; k < end; k++) {
          const j = arcCol[k]!;
          if (settled[j] === stamp) continue;
          const r = base + arcCost[k]! - v[j]!;
          const dj = dist[j]!;
          if (r < dj) {
            if (dj === Infinity) touched[nTouched++] = j;
            dist[j] = r;
            pathRow[j] = i;
            heap.decreaseKey(j);
          }
        }
        // The unmatched arc costs 0 and the unmatched column's potential is 0.
        if (base < unmatchedDist) {
          unmatchedDist = base;
          unmatchedRow = i;
        }
      }

      const best = heap.size > 0 ? heap.topCol() : -1;
      steps++;
      if (best < 0 || unmatchedDist < dist[best]!) {
        minVal = unmatchedDist;
        terminal = UNMATCHED;
        break;
      }
      heap.pop();
      minVal = dist[best]!;
      settled[best] = stamp;
      settledCols[nSettled++] = best;
      if (full[best] === 0) {
        terminal = best;
        break;
      }
      frontierCol = best;
    }

    // Dual update: every settled column (and its rows) moves by how much
    // shorter its path was than the final one; this keeps every reduced cost
    // non-negative and makes the new path tight.
    for (let k = 0; k < nSettled; k++) {
      const j = settledCols[k]!;
      if (j === terminal) continue;
      const delta = minVal - dist[j]!;
      v[j] = v[j]! - delta;
      const first = slotStart[j]!;
      const last = first + capacity[j]!;
      for (let t = first; t < last; t++) {
        const i = slotRow[t]!;
        u[i] = u[i]! + delta;
      }
    }
    u[s] = u[s]! + minVal;

    // Augment: walk back from the terminal; each row on the path moves to the
    // column it was reached from, and hands its old slot to the next row back.
    let col = terminal;
    let row = terminal === UNMATCHED ? unmatchedRow : pathRow[terminal]!;
    let slot = -1;
    if (terminal !== UNMATCHED) {
      slot = slotStart[terminal]! + load[terminal]!;
      load[terminal] = load[terminal]! + 1;
      if (load[terminal] === capacity[terminal]) full[terminal] = 1;
    }
    for (;;) {
      const prevCol = rowCol[row]!;
      const prevSlot = rowSlot[row]!;
      rowCol[row] = col;
      rowSlot[row] = slot;
      if (slot >= 0) slotRow[slot] = row;
      if (row === s) break;
      col = prevCol;
      slot = prevSlot;
      row = pathRow[prevCol]!;
    }

    for (let k = 0; k < nTouched; k++) dist[touched[k]!] = Infinity;

    yield s + 1;
  }

  return { rowCol, u, v, steps };
}

/**
 * Indexed binary min-heap of columns keyed by `dist`, with decrease-key, so
 * each column is in the heap at most once. Order: distance, then columns with
 * room before full ones (a search can stop there), then lower column index,
 * so the settling order is fully determined.
 */
class ColumnHeap {
  private readonly cols: Int32Array;
  /** Position of each column in `cols`, or -1 when absent. */
  private readonly pos: Int32Array;
  size = 0;

  constructor(
    private readonly full: Uint8Array,
    private readonly dist: Float64Array,
    columns: number,
  ) {
    this.cols = new Int32Array(columns);
    this.pos = new Int32Array(columns).fill(-1);
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.pos[this.cols[k]!] = -1;
    this.size = 0;
  }

  topCol(): number {
    return this.cols[0]!;
  }

  /** Inserts the column, or moves it up after its distance went down. */
  decreaseKey(col: number): void {
    let at = this.pos[col]!;
    if (at < 0) at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const other = this.cols[parent]!;
      if (!this.before(col, other)) break;
      this.cols[at] = other;
      this.pos[other] = at;
      at = parent;
    }
    this.cols[at] = col;
    this.pos[col] = at;
  }

  pop(): void {
    const top = this.cols[0]!;
    this.pos[top] = -1;
    const n = --this.size;
    if (n === 0) return;
    const col = this.cols[n]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && this.before(this.cols[right]!, this.cols[child]!)) child = right;
      const other = this.cols[child]!;
      if (!this.before(other, col)) break;
      this.cols[at] = other;
      this.pos[other] = at;
      at = child;
    }
    this.cols[at] = col;
    this.pos[col] = at;
  }

  private before(a: number, b: number): boolean {
    const da = this.dist[a]!;
    const db = this.dist[b]!;
    if (da !== db) return da < db;
    const fa = this.full[a]!;
    const fb = this.full[b]!;
    if (fa !== fb) return fa < fb;
    return a < b;
  }
}
