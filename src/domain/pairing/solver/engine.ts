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
import { kthLargestInt, kthSmallestFloat } from "./select";

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
export function defaultCandidateLimit(rows: number, cols: number): number {
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
  for (let s = 0; s < problem.rows; s++) {
    inserter.searchRow(s);
    yield s + 1;
  }
  return inserter.output();
}

/** The engine's state; a class so the hot loops read fields of one fixed shape. */
class RowInserter {
  private readonly R: number;
  private readonly C: number;
  private readonly weights: Int32Array;
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
  /** How many pairs the row's next expansion adds (doubles each time, so a row expands O(log cols) times). */
  private readonly nextBatch: Int32Array;

  private readonly u: Float64Array;
  private readonly v: Float64Array;
  private readonly rowCol: Int32Array;
  private readonly load: Int32Array;
  private readonly full: Uint8Array;
  // Each column owns a contiguous block of `capacity[j]` slots holding its rows,
  // so that the rows of a full column can be listed without scanning all rows.
  private readonly slotStart: Int32Array;
  private readonly slotRow: Int32Array;
  private readonly rowSlot: Int32Array;

  // Per-search state. Stamped with the search number instead of cleared, so a search costs what it touches.
  private readonly dist: Float64Array;
  private readonly pathRow: Int32Array;
  private readonly settled: Int32Array;
  private readonly settledCols: Int32Array;
  private readonly touched: Int32Array;
  private readonly rowBase: Float64Array;
  private readonly rowTrigger: Float64Array;
  private readonly colHeap: KeyedHeap;
  private readonly rowHeap: KeyedHeap;
  private stamp = 0;
  private nSettled = 0;
  private nTouched = 0;
  /** Nearest column with room reached so far (dist, then lower index), or -1. */
  private termCol = -1;
  private termDist = Infinity;
  private unmatchedDist = Infinity;
  private unmatchedRow = -1;

  // Scratch for expansions.
  private readonly hiddenKey: Float64Array;
  private readonly hiddenCol: Int32Array;
  private readonly selectScratch: Float64Array;

  private steps = 0;
  private expansions = 0;

  constructor(problem: DenseProblem, limit: number) {
    const { rows: R, cols: C } = problem;
    this.R = R;
    this.C = C;
    this.weights = problem.weights;
    this.capacity = problem.capacity;
    this.multiplier = problem.multiplier;
    this.bonus = problem.bonus;

    this.rowStart = new Int32Array(R);
    this.rowLen = new Int32Array(R);
    this.rowRoom = new Int32Array(R);
    this.isArc = new Uint8Array(R * C);
    this.lb = new Float64Array(R);
    this.nextBatch = new Int32Array(R);
    const initial = Math.min(limit, C);
    this.arcCol = new Int32Array(Math.max(16, R * initial));
    this.arcCost = new Float64Array(this.arcCol.length);
    this.selectCandidates(initial);

    this.u = new Float64Array(R);
    this.v = new Float64Array(C);
    this.rowCol = new Int32Array(R).fill(UNMATCHED);
    this.load = new Int32Array(C);
    this.full = new Uint8Array(C);
    this.slotStart = new Int32Array(C + 1);
    for (let j = 0; j < C; j++) this.slotStart[j + 1] = this.slotStart[j]! + this.capacity[j]!;
    this.slotRow = new Int32Array(this.slotStart[C]!);
    this.rowSlot = new Int32Array(R).fill(-1);

    this.dist = new Float64Array(C).fill(Infinity);
    this.pathRow = new Int32Array(C);
    this.settled = new Int32Array(C);
    this.settledCols = new Int32Array(C);
    this.touched = new Int32Array(C);
    this.rowBase = new Float64Array(R);
    this.rowTrigger = new Float64Array(R);
    this.colHeap = new KeyedHeap(C);
    this.rowHeap = new KeyedHeap(R);

    this.hiddenKey = new Float64Array(C);
    this.hiddenCol = new Int32Array(C);
    this.selectScratch = new Float64Array(C);
  }

  output(): EngineOutput {
    return { rowCol: this.rowCol, u: this.u, v: this.v, steps: this.steps, expansions: this.expansions, arcs: this.poolArcs() };
  }

  private poolArcs(): number {
    let arcs = 0;
    for (let i = 0; i < this.R; i++) arcs += this.rowLen[i]!;
    return arcs;
  }

  /**
   * Each row's `limit` best allowed pairs become its arcs: everything above
   * the limit-th best weight, then ties at that weight from a column that
   * moves with the row (so rows with identical preferences do not all keep
   * the same few columns), in a fixed order so the graph is deterministic.
   * Every hidden pair weighs at most that cut, and v = 0 at the start, so
   * -(multiplier * cut + bonus) bounds their cost - v from below.
   */
  private selectCandidates(limit: number): void {
    const { R, C, weights, multiplier, bonus, isArc, arcCol, arcCost } = this;
    const scratch = new Int32Array(C);
    let at = 0;
    for (let i = 0; i < R; i++) {
      const off = i * C;
      let n = 0;
      for (let j = 0; j < C; j++) {
        const w = weights[off + j]!;
        if (w >= 0) scratch[n++] = w;
      }
      this.rowStart[i] = at;
      this.nextBatch[i] = limit;
      if (n <= limit) {
        for (let j = 0; j < C; j++) {
          const w = weights[off + j]!;
          if (w >= 0) {
            isArc[off + j] = 1;
            arcCol[at] = j;
            arcCost[at++] = -(multiplier * w + bonus);
          }
        }
        this.lb[i] = Infinity;
      } else {
        const cut = kthLargestInt(scratch, n, limit);
        let taken = 0;
        for (let j = 0; j < C; j++) {
          const w = weights[off + j]!;
          if (w > cut) {
            isArc[off + j] = 1;
            arcCol[at] = j;
            arcCost[at++] = -(multiplier * w + bonus);
            taken++;
          }
        }
        const startCol = Math.floor((i * C) / R);
        for (let t = 0; t < C && taken < limit; t++) {
          const j = startCol + t < C ? startCol + t : startCol + t - C;
          if (weights[off + j] === cut) {
            isArc[off + j] = 1;
            arcCol[at] = j;
            arcCost[at++] = -(multiplier * cut + bonus);
            taken++;
          }
        }
        this.lb[i] = -(multiplier * cut + bonus);
      }
      this.rowLen[i] = at - this.rowStart[i]!;
      this.rowRoom[i] = this.rowLen[i]!;
    }
    this.poolUsed = at;
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
  searchRow(s: number): void {
    const { capacity, slotStart, slotRow, u, dist, settled, settledCols, colHeap, rowHeap } = this;
    const stamp = ++this.stamp;
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
      const nextDist = next >= 0 ? dist[next]! : Infinity;
      if (rowHeap.size > 0) {
        const trigger = this.rowTrigger[rowHeap.top()]!;
        if (trigger < endDist && trigger < nextDist) {
          this.expand(rowHeap.pop());
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
      settled[next] = stamp;
      settledCols[this.nSettled++] = next;
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
    const { v } = this;
    for (let k = 0; k < this.nSettled; k++) {
      const j = settledCols[k]!;
      const delta = minVal - dist[j]!;
      if (delta === 0) continue;
      v[j] = v[j]! - delta;
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
    for (let k = 0; k < this.nTouched; k++) dist[touched[k]!] = Infinity;
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
    const { arcCol, arcCost, v, dist, settled, full, pathRow, touched, colHeap } = this;
    const stamp = this.stamp;
    const C = this.C;
    for (let k = from; k < to; k++) {
      const j = arcCol[k]!;
      if (settled[j] === stamp) continue;
      const r = base + arcCost[k]! - v[j]!;
      const dj = dist[j]!;
      if (r < dj) {
        if (dj === Infinity) touched[this.nTouched++] = j;
        dist[j] = r;
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
   * relaxes them from the row's base in this search; the bound becomes the
   * smallest cost - v left hidden.
   */
  private expand(i: number): void {
    this.steps++;
    this.expansions++;
    const { C, weights, isArc, v, multiplier, bonus, hiddenKey, hiddenCol } = this;
    const off = i * C;
    let n = 0;
    for (let j = 0; j < C; j++) {
      const w = weights[off + j]!;
      if (w < 0 || isArc[off + j] === 1) continue;
      hiddenKey[n] = -(multiplier * w + bonus) - v[j]!;
      hiddenCol[n++] = j;
    }
    const batch = Math.min(this.nextBatch[i]!, n);
    this.nextBatch[i] = Math.min(2 * this.nextBatch[i]!, C);
    let cut = Infinity;
    if (batch < n) {
      this.selectScratch.set(hiddenKey.subarray(0, n));
      cut = kthSmallestFloat(this.selectScratch, n, batch);
    }
    this.reserve(i, batch);
    const { arcCol, arcCost } = this;
    const from = this.rowStart[i]! + this.rowLen[i]!;
    let at = from;
    // Everything below the cut, then ties at the cut in column order, exactly `batch` pairs.
    for (let t = 0; t < n; t++) {
      if (hiddenKey[t]! < cut) {
        const j = hiddenCol[t]!;
        isArc[off + j] = 1;
        arcCol[at] = j;
        arcCost[at++] = -(multiplier * weights[off + j]! + bonus);
      }
    }
    for (let t = 0; t < n && at - from < batch; t++) {
      if (hiddenKey[t] === cut) {
        const j = hiddenCol[t]!;
        isArc[off + j] = 1;
        arcCol[at] = j;
        arcCost[at++] = -(multiplier * weights[off + j]! + bonus);
      }
    }
    this.rowLen[i] = this.rowLen[i]! + (at - from);
    const base = this.rowBase[i]!;
    this.relax(i, base, from, at);
    this.lb[i] = batch < n ? cut : Infinity;
    if (batch < n) this.schedule(i, base + cut);
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
   * was reached from and hands its old slot to the next row back.
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
