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
 * 3. Hidden arcs with a lower bound. Each row starts with its `limit` best
 *    pairs as arcs; the rest of the row is hidden behind `lb[i]`, a lower
 *    bound on `cost - v[j]` over the hidden pairs. Column potentials only
 *    ever go down (every dual update subtracts a non-negative amount), so
 *    `cost - v[j]` only goes up and a bound, once true, stays true. When a
 *    search settles row i with base b (its distance minus its potential),
 *    no hidden pair of i can reach a column closer than b + lb[i]; that value
 *    waits in a second heap, and only if the search gets that far is the row
 *    expanded: its next best hidden pairs (by `cost - v`, at the time) become
 *    arcs and the bound rises. So every search is an exact Dijkstra over ALL
 *    pairs while usually touching only a few arcs per row, and the final
 *    duals are feasible for every pair (the proof is at `searchRow`): the
 *    result is optimal over the full matrix in one pass, with no pricing
 *    check and no re-solve.
 *
 * Linear-programming view (cost = -weight, minimised): each row goes to one
 * column or to "unmatched"; duals u (rows) and v (columns) satisfy
 * u_i + v_j <= cost_ij on every allowed pair, u_i <= 0 (the unmatched arc),
 * v_j <= 0, with equality on used pairs, u_i = 0 for unmatched rows and
 * v_j = 0 for columns that are not full. These are the complementary-slackness
 * conditions, so after each row the assignment of the rows so far is optimal
 * (Crouse 2016, sec. III, with a capacity per column instead of 1).
 *
 * Weights are integers held in Float64; reduce.ts shows every intermediate
 * value, heap keys included, stays an exactly representable integer.
 *
 * Determinism: rows are added in increasing index; a search ends at the
 * nearest column with room (lower index on ties) unless "unmatched" is
 * strictly nearer, and ends there rather than pass through a full column at
 * the same distance; full columns at equal distance are settled in index
 * order. No hashing, no randomness, no clock.
 */
import type { DenseProblem } from "./reduce";

export interface EngineOutput {
  /** Column per row, or -1 for unmatched. */
  readonly rowCol: Int32Array;
  /** Row duals (see the LP view above). */
  readonly u: Float64Array;
  /** Column duals. */
  readonly v: Float64Array;
  /** Full columns settled plus rows expanded, over all searches: a machine-independent measure of work. */
  readonly steps: number;
  /** Row expansions (hidden pairs turned into arcs). */
  readonly expansions: number;
  /** Arcs at the end (initial candidates plus expansions). */
  readonly arcs: number;
}

export const UNMATCHED = -1;

/**
 * Candidates per row to start with. Small problems keep every pair (no
 * hidden arcs at all); otherwise 16 keeps the candidate lists short while
 * expansions stay rare (about 2 per row on the bench's hardest programme
 * matrices).
 */
function defaultCandidateLimit(rows: number, cols: number): number {
  if (rows * cols <= 4096) return cols;
  return 16;
}

/**
 * Adds rows one at a time, yielding the number of rows placed so far so that
 * a driver can report progress, check for aborts or give the event loop a
 * turn between rows; returns the final assignment and duals.
 */
export function* assignRows(problem: DenseProblem, limit = defaultCandidateLimit(problem.rows, problem.cols)): Generator<number, EngineOutput, void> {
  const inserter = new RowInserter(problem, Math.max(1, limit));
  const { rowSource } = problem;
  // Source of the last row whose insertion gained nothing (parked at distance 0), or -1.
  let idleSource = -1;
  for (let s = 0; s < problem.rows; s++) {
    // Rows reading the same weight row are identical (slots of one mentor). The value of an
    // assignment is submodular in its set of rows, so once a copy gains nothing, the next copy
    // cannot gain anything either: it stays unmatched without a search.
    if (rowSource[s] !== idleSource) {
      idleSource = inserter.searchRow(s) ? -1 : rowSource[s]!;
    }
    yield s + 1;
  }
  return inserter.output();
}

/** The engine's state; a class so the hot loops read fields of one fixed shape. */
class RowInserter {
  private readonly R: number;
  private readonly C: number;
  private readonly weights: Int32Array;
  private readonly rowSource: Int32Array;
  private readonly capacity: Int32Array;
  private readonly multiplier: number;
  private readonly bonus: number;

  // Arcs: row i owns arcCol/arcCost[rowStart[i] .. rowStart[i] + rowLen[i]), with room for rowRoom[i].
  private arcCol: Int32Array;
  private arcCost: Float64Array;
  private poolUsed = 0;
  private readonly rowStart: Int32Array;
  private readonly rowLen: Int32Array;
  private readonly rowRoom: Int32Array;
  /** 1 where the pair is an arc; hidden pairs are the allowed ones still 0. */
  private readonly isArc: Uint8Array;
  /** Lower bound on cost - v[j] over the row's hidden pairs; Infinity when none are hidden. */
  private readonly lb: Float64Array;

  private readonly u: Float64Array;
  /**
   * Column j's tentative distance at 2j and potential v at 2j + 1: relaxing
   * an arc reads both, and side by side they share a cache line.
   */
  private readonly distV: Float64Array;
  private readonly rowCol: Int32Array;
  private readonly load: Int32Array;
  private readonly full: Uint8Array;
  // Each column owns a contiguous block of `capacity[j]` slots holding its rows,
  // so that the rows of a full column can be listed without scanning all rows.
  private readonly slotStart: Int32Array;
  private readonly slotRow: Int32Array;
  private readonly rowSlot: Int32Array;

  // Per-search state, reset through `touched` rather than cleared, so a search costs what it touches.
  private readonly pathRow: Int32Array;
  private readonly settledCols: Int32Array;
  /** Distance of each settled column (its `dist` entry is -Infinity while settled, so relaxing skips it without another lookup). */
  private readonly settledDist: Float64Array;
  private readonly touched: Int32Array;
  private readonly rowBase: Float64Array;
  private readonly rowTrigger: Float64Array;
  private readonly colHeap: KeyedHeap;
  private readonly rowHeap: KeyedHeap;
  private nSettled = 0;
  private nTouched = 0;
  /** Nearest column with room reached so far (dist, then lower index), or -1. */
  private termCol = -1;
  private termDist = Infinity;
  private unmatchedDist = Infinity;
  private unmatchedRow = -1;

  // Scratch for expansions.
  /** Pairs an expansion turns into arcs. */
  private readonly batch: number;
  private readonly hiddenKey: Float64Array;
  private readonly hiddenCol: Int32Array;
  private readonly bufKey: Float64Array;
  private readonly bufCol: Int32Array;

  private steps = 0;
  private expansions = 0;

  constructor(problem: DenseProblem, limit: number) {
    const { rows: R, cols: C } = problem;
    this.R = R;
    this.C = C;
    this.weights = problem.weights;
    this.rowSource = problem.rowSource;
    this.capacity = problem.capacity;
    this.multiplier = problem.multiplier;
    this.bonus = problem.bonus;

    this.rowStart = new Int32Array(R);
    this.rowLen = new Int32Array(R);
    this.rowRoom = new Int32Array(R);
    this.isArc = new Uint8Array(R * C);
    this.lb = new Float64Array(R);
    const initial = Math.min(limit, C);
    this.arcCol = new Int32Array(Math.max(16, R * initial));
    this.arcCost = new Float64Array(this.arcCol.length);
    this.selectCandidates(initial);

    this.u = new Float64Array(R);
    this.distV = new Float64Array(2 * C);
    for (let j = 0; j < C; j++) this.distV[2 * j] = Infinity;
    this.rowCol = new Int32Array(R).fill(UNMATCHED);
    this.load = new Int32Array(C);
    this.full = new Uint8Array(C);
    this.slotStart = new Int32Array(C + 1);
    for (let j = 0; j < C; j++) this.slotStart[j + 1] = this.slotStart[j]! + this.capacity[j]!;
    this.slotRow = new Int32Array(this.slotStart[C]!);
    this.rowSlot = new Int32Array(R).fill(-1);

    this.pathRow = new Int32Array(C);
    this.settledCols = new Int32Array(C);
    this.settledDist = new Float64Array(C);
    this.touched = new Int32Array(C);
    this.rowBase = new Float64Array(R);
    this.rowTrigger = new Float64Array(R);
    this.colHeap = new KeyedHeap(C);
    this.rowHeap = new KeyedHeap(R);

    this.batch = initial;
    this.hiddenKey = new Float64Array(C);
    this.hiddenCol = new Int32Array(C);
    this.bufKey = new Float64Array(initial + 1);
    this.bufCol = new Int32Array(initial + 1);
  }

  output(): EngineOutput {
    const v = new Float64Array(this.C);
    for (let j = 0; j < this.C; j++) v[j] = this.distV[2 * j + 1]!;
    return { rowCol: this.rowCol, u: this.u, v, steps: this.steps, expansions: this.expansions, arcs: this.poolArcs() };
  }

  private poolArcs(): number {
    let arcs = 0;
    for (let i = 0; i < this.R; i++) arcs += this.rowLen[i]!;
    return arcs;
  }

  /**
   * The first arcs: each row's `limit` best allowed pairs (everything above
   * its limit-th best weight, then ties at that weight from a column that
   * moves with the row, so rows with identical preferences do not all keep
   * the same few columns), and each column's best rows (everything above its
   * limit-th best weight). The column side matters when some mentors are
   * better for everyone: every row's own best pairs are then the same few
   * mentors, while each mentor's best rows are the pairs that end up used.
   * Every hidden pair of row i weighs at most the row's cut and v = 0 at the
   * start, so -(multiplier * cut + bonus) bounds their cost - v from below.
   * Two passes over the weights, row by row, with small sorted buffers for
   * the top weights (cheaper than a selection per row and per column).
   */
  private selectCandidates(limit: number): void {
    const { R, C, weights, multiplier, bonus, isArc } = this;
    if (limit >= C) {
      this.keepEveryPair();
      return;
    }
    // Pass 1: each column's limit-th best weight, kept in a sorted buffer per column.
    const colTop = new Int32Array(C * limit);
    const colCount = new Int32Array(C);
    const colMin = new Int32Array(C).fill(-1);
    const rowCut = new Int32Array(R);
    const rowAllowed = new Int32Array(R);
    const rowTop = new Int32Array(limit);
    const { rowSource } = this;
    for (let i = 0; i < R; i++) {
      // Slots of one mentor are identical rows: the first one's cut serves them all, and the
      // columns' buffers count each mentor once.
      if (i > 0 && rowSource[i] === rowSource[i - 1]) {
        rowAllowed[i] = rowAllowed[i - 1]!;
        rowCut[i] = rowCut[i - 1]!;
        continue;
      }
      // Weights come from the row's source (a mentor slot reads its mentor).
      const woff = rowSource[i]! * C;
      let n = 0;
      let rowCount = 0;
      let rowMin = -1;
      for (let j = 0; j < C; j++) {
        const w = weights[woff + j]!;
        if (w < 0) continue;
        n++;
        if (w > rowMin || rowCount < limit) rowMin = insertTop(rowTop, 0, rowCount < limit ? rowCount++ : limit, limit, w);
        if (w > colMin[j]! || colCount[j]! < limit) {
          const count = colCount[j]!;
          colMin[j] = insertTop(colTop, j * limit, count < limit ? count : limit, limit, w);
          if (count < limit) colCount[j] = count + 1;
        }
      }
      rowAllowed[i] = n;
      rowCut[i] = rowCount < limit ? -1 : rowMin;
    }
    // A column with fewer than `limit` allowed pairs keeps them all.
    for (let j = 0; j < C; j++) if (colCount[j]! < limit) colMin[j] = -1;

    // Pass 2: the arcs, row by row.
    let at = 0;
    for (let i = 0; i < R; i++) {
      const off = i * C;
      this.poolUsed = at;
      this.reserveInitial(at + C);
      if (i > 0 && rowSource[i] === rowSource[i - 1]) {
        // Another slot of the same mentor: the same first arcs.
        const start = this.rowStart[i - 1]!;
        const len = this.rowLen[i - 1]!;
        this.arcCol.copyWithin(at, start, start + len);
        this.arcCost.copyWithin(at, start, start + len);
        isArc.copyWithin(off, off - C, off);
        this.rowStart[i] = at;
        this.rowLen[i] = len;
        this.rowRoom[i] = len;
        this.lb[i] = this.lb[i - 1]!;
        at += len;
        continue;
      }
      // Weights come from the row's source (a mentor slot reads its mentor); arc marks are per engine row.
      const woff = rowSource[i]! * C;
      const cut = rowCut[i]!;
      const { arcCol, arcCost } = this;
      this.rowStart[i] = at;
      let taken = 0;
      for (let j = 0; j < C; j++) {
        const w = weights[woff + j]!;
        if (w < 0) continue;
        const rowPick = w > cut;
        if (rowPick || w > colMin[j]!) {
          if (rowPick) taken++;
          isArc[off + j] = 1;
          arcCol[at] = j;
          arcCost[at++] = -(multiplier * w + bonus);
        }
      }
      if (cut >= 0) {
        const startCol = Math.floor((i * C) / R);
        for (let t = 0; t < C && taken < limit; t++) {
          const j = startCol + t < C ? startCol + t : startCol + t - C;
          if (weights[woff + j] === cut) {
            if (isArc[off + j] === 0) {
              isArc[off + j] = 1;
              arcCol[at] = j;
              arcCost[at++] = -(multiplier * cut + bonus);
            }
            taken++;
          }
        }
      }
      // Hidden pairs weigh at most the cut; none are hidden when every allowed pair is an arc.
      this.lb[i] = cut >= 0 && at - this.rowStart[i]! < rowAllowed[i]! ? -(multiplier * cut + bonus) : Infinity;
      this.rowLen[i] = at - this.rowStart[i]!;
      this.rowRoom[i] = this.rowLen[i]!;
    }
    this.poolUsed = at;
  }

  /** Small problems: every allowed pair is an arc and nothing is hidden. */
  private keepEveryPair(): void {
    const { R, C, weights, multiplier, bonus, isArc } = this;
    let arcs = 0;
    for (let i = 0; i < R; i++) {
      const woff = this.rowSource[i]! * C;
      for (let j = 0; j < C; j++) if (weights[woff + j]! >= 0) arcs++;
    }
    this.reserveInitial(arcs);
    const { arcCol, arcCost } = this;
    let at = 0;
    for (let i = 0; i < R; i++) {
      const off = i * C;
      // Weights come from the row's source (a mentor slot reads its mentor); arc marks are per engine row.
      const woff = this.rowSource[i]! * C;
      this.rowStart[i] = at;
      for (let j = 0; j < C; j++) {
        const w = weights[woff + j]!;
        if (w >= 0) {
          isArc[off + j] = 1;
          arcCol[at] = j;
          arcCost[at++] = -(multiplier * w + bonus);
        }
      }
      this.rowLen[i] = at - this.rowStart[i]!;
      this.rowRoom[i] = this.rowLen[i]!;
      this.lb[i] = Infinity;
    }
    this.poolUsed = at;
  }

  /** Grows the arc pool (before any row has room reserved beyond its arcs) to hold `size` arcs. */
  private reserveInitial(size: number): void {
    if (size <= this.arcCol.length) return;
    let next = 2 * this.arcCol.length;
    while (next < size) next *= 2;
    const cols = new Int32Array(next);
    cols.set(this.arcCol.subarray(0, this.poolUsed));
    const costs = new Float64Array(next);
    costs.set(this.arcCost.subarray(0, this.poolUsed));
    this.arcCol = cols;
    this.arcCost = costs;
  }

  /**
   * Dijkstra from row s over reduced costs, then the dual update and the
   * augmentation.
   *
   * Why hidden pairs stay dual feasible: a row i settled at distance d_i
   * (base b_i = d_i - u_i) has every hidden pair at reduced cost
   * cost - u_i - v_j >= lb_i - u_i = trigger_i - d_i, where trigger_i =
   * b_i + lb_i is its key in the row heap. The search expands any row whose
   * trigger is below both the next full column and the nearest end, so when
   * it ends at distance T every remaining trigger is >= T; the dual update
   * raises u_i by at most T - d_i and never raises any v_j, so the reduced
   * cost stays >= trigger_i - T >= 0. The same bound shows Dijkstra's order is
   * kept: a hidden arc could only give a distance >= trigger_i, and nothing
   * nearer than the smallest trigger is settled before that row is expanded.
   */
  searchRow(s: number): boolean {
    const { capacity, slotStart, slotRow, u, distV, settledCols, settledDist, colHeap, rowHeap } = this;
    this.nSettled = 0;
    this.nTouched = 0;
    this.termCol = -1;
    this.termDist = Infinity;
    this.unmatchedDist = Infinity;
    this.unmatchedRow = -1;
    colHeap.clear();
    rowHeap.clear();

    u[s] = 0;
    this.settleRow(s, 0);
    let minVal: number;
    let terminal: number;
    for (;;) {
      const endDist = this.termDist <= this.unmatchedDist ? this.termDist : this.unmatchedDist;
      const next = colHeap.size > 0 ? colHeap.top() : -1;
      const nextDist = next >= 0 ? distV[2 * next]! : Infinity;
      if (rowHeap.size > 0) {
        const trigger = this.rowTrigger[rowHeap.top()]!;
        const bound = endDist < nextDist ? endDist : nextDist;
        if (trigger < bound) {
          this.expand(rowHeap.pop(), bound);
          continue;
        }
      }
      if (next < 0 || nextDist >= endDist) {
        // Nothing nearer than the nearest end: a column with room wins a tie with "unmatched".
        if (this.termCol >= 0 && this.termDist <= this.unmatchedDist) {
          terminal = this.termCol;
          minVal = this.termDist;
        } else {
          terminal = UNMATCHED;
          minVal = this.unmatchedDist;
        }
        this.steps++;
        break;
      }
      colHeap.pop();
      this.steps++;
      settledDist[this.nSettled] = nextDist;
      settledCols[this.nSettled++] = next;
      distV[2 * next] = -Infinity;
      const first = slotStart[next]!;
      const last = first + capacity[next]!;
      for (let t = first; t < last; t++) {
        const i = slotRow[t]!;
        this.settleRow(i, nextDist - u[i]!);
      }
    }

    // Dual update: every settled column (and its rows) moves by how much
    // shorter its path was than the final one; this keeps every reduced cost
    // non-negative and makes the new path tight.
    for (let k = 0; k < this.nSettled; k++) {
      const j = settledCols[k]!;
      const delta = minVal - settledDist[k]!;
      if (delta === 0) continue;
      distV[2 * j + 1] = distV[2 * j + 1]! - delta;
      const first = slotStart[j]!;
      const last = first + capacity[j]!;
      for (let t = first; t < last; t++) {
        const i = slotRow[t]!;
        u[i] = u[i]! + delta;
      }
    }
    u[s] = u[s]! + minVal;

    this.augment(s, terminal);
    const { touched } = this;
    for (let k = 0; k < this.nTouched; k++) distV[2 * touched[k]!] = Infinity;
    return terminal !== UNMATCHED || minVal < 0;
  }

  /** Relaxes every arc of row i (reached at distance base + u_i) and schedules its hidden pairs. */
  private settleRow(i: number, base: number): void {
    this.rowBase[i] = base;
    const start = this.rowStart[i]!;
    this.relax(i, base, start, start + this.rowLen[i]!);
    // The unmatched arc costs 0 and the unmatched column's potential is 0.
    if (base < this.unmatchedDist) {
      this.unmatchedDist = base;
      this.unmatchedRow = i;
    }
    const lb = this.lb[i]!;
    if (lb !== Infinity) this.schedule(i, base + lb);
  }

  private relax(i: number, base: number, from: number, to: number): void {
    const { arcCol, arcCost, distV, full, pathRow, touched, colHeap } = this;
    const C = this.C;
    for (let k = from; k < to; k++) {
      const j = arcCol[k]!;
      const r = base + arcCost[k]! - distV[2 * j + 1]!;
      const dj = distV[2 * j]!;
      if (r < dj) {
        if (dj === Infinity) touched[this.nTouched++] = j;
        distV[2 * j] = r;
        pathRow[j] = i;
        if (full[j] === 1) {
          // Ties between full columns go to the lower index; the key stays an exact integer (see reduce.ts).
          colHeap.set(j, r * C + j);
        } else if (r < this.termDist || (r === this.termDist && j < this.termCol)) {
          this.termDist = r;
          this.termCol = j;
        }
      }
    }
  }

  /**
   * Turns row i's nearest hidden pairs (by cost - v now) into arcs and
   * relaxes them from the row's base in this search: the `batch` nearest, or
   * every pair nearer than `bound` (the search's next column or end) when
   * there are more of those, since each of them could matter now and one
   * pass is cheaper than many. The row's bound becomes the smallest
   * cost - v left hidden.
   */
  private expand(i: number, bound: number): void {
    this.steps++;
    this.expansions++;
    const { C, weights, isArc, distV, multiplier, bonus, bufKey, bufCol, hiddenKey, hiddenCol } = this;
    const batch = this.batch;
    const off = i * C;
    // Weights come from the row's source (a mentor slot reads its mentor); arc marks are per engine row.
    const woff = this.rowSource[i]! * C;
    const base = this.rowBase[i]!;
    const urgentBelow = bound - base;
    let n = 0;
    let urgent = 0;
    let count = 0;
    for (let j = 0; j < C; j++) {
      const w = weights[woff + j]!;
      if (w < 0 || isArc[off + j] === 1) continue;
      const key = -(multiplier * w + bonus) - distV[2 * j + 1]!;
      hiddenKey[n] = key;
      hiddenCol[n++] = j;
      if (key < urgentBelow) urgent++;
      if (count <= batch) {
        count++;
      } else if (key >= bufKey[batch]!) {
        continue;
      }
      // Insert after equal keys, so ties keep the lower column first.
      let at = count - 1;
      while (at > 0 && bufKey[at - 1]! > key) {
        bufKey[at] = bufKey[at - 1]!;
        bufCol[at] = bufCol[at - 1]!;
        at--;
      }
      bufKey[at] = key;
      bufCol[at] = j;
    }
    const promote = urgent > batch ? urgent : count < batch ? count : batch;
    this.reserve(i, promote);
    const { arcCol, arcCost } = this;
    const from = this.rowStart[i]! + this.rowLen[i]!;
    let next = Infinity;
    if (urgent > batch) {
      let at = from;
      for (let t = 0; t < n; t++) {
        const key = hiddenKey[t]!;
        if (key < urgentBelow) {
          const j = hiddenCol[t]!;
          isArc[off + j] = 1;
          arcCol[at] = j;
          arcCost[at++] = -(multiplier * weights[woff + j]! + bonus);
        } else if (key < next) {
          next = key;
        }
      }
    } else {
      for (let t = 0; t < promote; t++) {
        const j = bufCol[t]!;
        isArc[off + j] = 1;
        arcCol[from + t] = j;
        arcCost[from + t] = -(multiplier * weights[woff + j]! + bonus);
      }
      if (count > batch) next = bufKey[batch]!;
    }
    this.rowLen[i] = this.rowLen[i]! + promote;
    this.relax(i, base, from, from + promote);
    this.lb[i] = next;
    if (next !== Infinity) this.schedule(i, base + next);
  }

  /** Row i's hidden pairs cannot reach anything nearer than `trigger` in this search. */
  private schedule(i: number, trigger: number): void {
    this.rowTrigger[i] = trigger;
    // Ties between rows go to the lower index; the key stays an exact integer (see reduce.ts).
    this.rowHeap.set(i, trigger * this.R + i);
  }

  /** Makes room for `extra` more arcs in row i, moving the row to the end of the pool when it is full. */
  private reserve(i: number, extra: number): void {
    const len = this.rowLen[i]!;
    if (len + extra <= this.rowRoom[i]!) return;
    const room = Math.max(2 * this.rowRoom[i]!, len + extra);
    if (this.poolUsed + room > this.arcCol.length) {
      let size = 2 * this.arcCol.length;
      while (this.poolUsed + room > size) size *= 2;
      const cols = new Int32Array(size);
      cols.set(this.arcCol.subarray(0, this.poolUsed));
      const costs = new Float64Array(size);
      costs.set(this.arcCost.subarray(0, this.poolUsed));
      this.arcCol = cols;
      this.arcCost = costs;
    }
    const start = this.rowStart[i]!;
    this.arcCol.copyWithin(this.poolUsed, start, start + len);
    this.arcCost.copyWithin(this.poolUsed, start, start + len);
    this.rowStart[i] = this.poolUsed;
    this.rowRoom[i] = room;
    this.poolUsed += room;
  }

  /**
   * Walks back from the terminal; each row on the path moves to the column it
   * was reached from and hands its old slot to the next row back. dense.ts
   * repeats it over its own arrays (see there for why).
   */
  private augment(s: number, terminal: number): void {
    const { rowCol, rowSlot, slotRow, pathRow, load, full, capacity, slotStart } = this;
    let col = terminal;
    let row = terminal === UNMATCHED ? this.unmatchedRow : pathRow[terminal]!;
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
  }
}

/**
 * Indexed binary min-heap of ids 0..n-1 by a numeric key, with decrease-key
 * (`set` with a smaller key), so each id is in the heap at most once. Keys
 * are distinct per id by construction (distance * n + id), so the order is
 * fully determined.
 */
class KeyedHeap {
  private readonly ids: Int32Array;
  private readonly keys: Float64Array;
  /** Position of each id in `ids`, or -1 when absent. */
  private readonly pos: Int32Array;
  size = 0;

  constructor(n: number) {
    this.ids = new Int32Array(n);
    this.keys = new Float64Array(n);
    this.pos = new Int32Array(n).fill(-1);
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.pos[this.ids[k]!] = -1;
    this.size = 0;
  }

  top(): number {
    return this.ids[0]!;
  }

  /** Inserts the id, or moves it up after its key went down. */
  set(id: number, key: number): void {
    const { ids, keys, pos } = this;
    let at = pos[id]!;
    if (at < 0) at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const pk = keys[parent]!;
      if (pk <= key) break;
      const other = ids[parent]!;
      ids[at] = other;
      keys[at] = pk;
      pos[other] = at;
      at = parent;
    }
    ids[at] = id;
    keys[at] = key;
    pos[id] = at;
  }

  pop(): number {
    const { ids, keys, pos } = this;
    const top = ids[0]!;
    pos[top] = -1;
    const n = --this.size;
    if (n === 0) return top;
    const id = ids[n]!;
    const key = keys[n]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && keys[right]! < keys[child]!) child = right;
      const ck = keys[child]!;
      if (ck >= key) break;
      const other = ids[child]!;
      ids[at] = other;
      keys[at] = ck;
      pos[other] = at;
      at = child;
    }
    ids[at] = id;
    keys[at] = key;
    pos[id] = at;
    return top;
  }
}

/**
 * Puts w into the ascending buffer top[base .. base + size) (dropping the
 * smallest when it already holds `limit` values) and returns the buffer's
 * smallest value. Callers only pass values above that smallest once full.
 */
function insertTop(top: Int32Array, base: number, size: number, limit: number, w: number): number {
  let at: number;
  if (size < limit) {
    at = base + size;
    while (at > base && top[at - 1]! > w) {
      top[at] = top[at - 1]!;
      at--;
    }
  } else {
    // Full: drop top[base] by shifting the smaller values down.
    at = base;
    const end = base + limit - 1;
    while (at < end && top[at + 1]! < w) {
      top[at] = top[at + 1]!;
      at++;
    }
  }
  top[at] = w;
  return top[base]!;
}
