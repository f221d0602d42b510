/**
 * The same exact method as engine.ts, for small problems: every pair is an
 * arc, and each search finds its next column by scanning all columns rather
 * than through heaps and candidate lists. At the sizes where it is used
 * (reduce.ts, SCAN_MAX_PAIRS) the scan is cheaper than the bookkeeping it
 * replaces: no candidate selection, no heaps, a handful of allocations.
 *
 * It makes the same choices as the heap engine given every pair as an arc:
 * the nearest column wins, then a column with room over a full one, then
 * the lower index; "unmatched" only when strictly nearer; rows of a settled
 * column relaxed in slot order. So both give the same pairs, and the LP
 * invariants and the proof in engine.ts apply unchanged (with no hidden
 * pairs).
 */
import { freshArena, type Arena } from "./arena";
import { UNMATCHED, type EngineOutput } from "./engine";
import type { DenseProblem } from "./reduce";

export function* assignRowsDense(problem: DenseProblem): Generator<number, EngineOutput, void> {
  // Fresh arrays: whoever drives the generator may start other solves between its steps.
  const inserter = new DenseInserter(problem, freshArena);
  inserter.bidRows();
  for (let s = 0; s < problem.rows; s++) {
    inserter.addRow(s);
    yield s + 1;
  }
  return inserter.output();
}

/**
 * The same as {@link assignRowsDense} without stopping between rows, for a
 * synchronous solve that nobody watches (no progress callback, no signal):
 * at 32 x 16 resuming a generator per row is a noticeable share of the time.
 * The output's arrays come from `arena` (see arena.ts for when they may be reused).
 */
export function assignRowsDenseNow(problem: DenseProblem, arena: Arena): EngineOutput {
  const inserter = new DenseInserter(problem, arena);
  inserter.bidRows();
  for (let s = 0; s < problem.rows; s++) inserter.addRow(s);
  return inserter.output();
}

/** The engine's state; a class so that the searches run as plain methods, outside the generator. */
class DenseInserter {
  private readonly R: number;
  private readonly C: number;
  private readonly rowSource: Int32Array;
  private readonly capacity: Int32Array;
  /** Weight rows (slots of one mentor share theirs); a pair costs -(multiplier * w + bonus), or is not allowed when w < 0. */
  private readonly weights: Int32Array;
  private readonly multiplier: number;
  private readonly bonus: number;
  private readonly u: Float64Array;
  private readonly v: Float64Array;
  private readonly rowCol: Int32Array;
  private readonly rowSlot: Int32Array;
  private readonly load: Int32Array;
  private readonly full: Int32Array;
  private readonly slotStart: Int32Array;
  private readonly slotRow: Int32Array;
  private readonly dist: Float64Array;
  private readonly pathRow: Int32Array;
  /** The columns in some order; each search moves the ones it settles to the front. */
  private readonly order: Int32Array;
  /** Per placed row: its best alternative (cost - v) when it bid, an upper bound on its best alternative now. */
  private readonly alt: Float64Array;
  private readonly queue: Int32Array;
  private steps = 0;

  constructor(problem: DenseProblem, arena: Arena) {
    const { rows: R, cols: C, weights, capacity, multiplier, bonus, rowSource } = problem;
    this.R = R;
    this.C = C;
    this.rowSource = rowSource;
    this.capacity = capacity;
    this.weights = weights;
    this.multiplier = multiplier;
    this.bonus = bonus;
    this.u = arena.float64(R);
    this.v = arena.float64(C);
    this.dist = arena.float64(C);
    this.alt = arena.float64(R);
    this.rowCol = arena.int32(R, UNMATCHED);
    this.rowSlot = arena.int32(R, -1);
    this.load = arena.int32(C);
    this.full = arena.int32(C);
    this.pathRow = arena.int32(C);
    this.order = arena.int32(C);
    this.slotStart = arena.int32(C + 1);
    let slots = 0;
    for (let j = 0; j < C; j++) slots += capacity[j]!;
    this.slotRow = arena.int32(slots);
    this.queue = arena.int32(R + 1);
    const { slotStart, order } = this;
    for (let j = 0; j < C; j++) {
      slotStart[j + 1] = slotStart[j]! + capacity[j]!;
      order[j] = j;
    }
  }

  output(): EngineOutput {
    return new ScanOutput(this.rowCol, this.u, this.v, this.steps, this.rowSource, this.weights);
  }

  /** Source of the last row that gained nothing, or -1. */
  private idleSource = -1;

  /** Row s after the bids: nothing to do if a bid placed it; otherwise a search, unless it is an idle copy. */
  addRow(s: number): void {
    if (this.rowCol[s]! >= 0) return;
    const source = this.rowSource[s]!;
    // Identical rows (slots of one mentor) after one that gained nothing: see assignRows in engine.ts.
    if (source === this.idleSource) {
      // It stays unmatched, so its dual is 0 (it may hold a stale value from a bid it lost).
      this.u[s] = 0;
      return;
    }
    this.idleSource = this.searchRow(s) ? -1 : source;
  }

  /**
   * Jonker-Volgenant's augmenting row reduction, with capacities: each free
   * row bids for its nearest column (cost - v), and takes it if it has room;
   * if it is full, the column's price rises by as much as the bidder can
   * pay (the gap to its second choice, "unmatched" included) and its
   * holders can bear (each holder's gap to its own second choice when it
   * bid, which only grew since, as prices only rise), and the holder with
   * the least to spare makes way and bids again. Every placed row stays at
   * its nearest column, so the duals keep the invariants of engine.ts and
   * the searches that follow start from them. A bid that would move no
   * price is not made (the row waits for its search), so ties cannot make
   * rows swap places forever; and the number of bids is capped anyway. On
   * the programme's 32 x 16 matrix this places all but a few mentees and
   * halves the work.
   */
  bidRows(): void {
    const { R, C, rowSource, capacity, weights, multiplier, bonus, u, v, full, load, slotStart, slotRow, rowCol, rowSlot, alt, queue } = this;
    const ring = R + 1;
    let head = 0;
    let tail = 0;
    for (let i = 0; i < R; i++) queue[tail++] = i;
    let budget = 4 * R;
    while (head !== tail && budget-- > 0) {
      const i = queue[head]!;
      head = head + 1 === ring ? 0 : head + 1;
      this.steps++;
      const off = rowSource[i]! * C;
      let m1 = Infinity;
      let m2 = Infinity;
      let j1 = -1;
      for (let j = 0; j < C; j++) {
        const w = weights[off + j]!;
        const h = (w >= 0 ? -(multiplier * w + bonus) : Infinity) - v[j]!;
        if (h < m1) {
          m2 = m1;
          m1 = h;
          j1 = j;
        } else if (h === m1 && h !== Infinity) {
          // Equal best: the column with room, then the lower index (kept), as in the searches.
          if (full[j1] === 1 && full[j] === 0) j1 = j;
          m2 = h;
        } else if (h < m2) {
          m2 = h;
        }
      }
      // "Unmatched" is always a second choice at 0; a row better off unmatched waits for its search.
      if (m2 > 0) m2 = 0;
      if (j1 < 0 || m1 > 0) continue;
      if (full[j1] === 0) {
        const slot = slotStart[j1]! + load[j1]!;
        load[j1] = load[j1]! + 1;
        if (load[j1] === capacity[j1]) full[j1] = 1;
        slotRow[slot] = i;
        rowSlot[i] = slot;
        rowCol[i] = j1;
        u[i] = m1;
        alt[i] = m2;
        continue;
      }
      const first = slotStart[j1]!;
      const last = first + capacity[j1]!;
      let out = -1;
      let least = Infinity;
      let next = Infinity;
      for (let t = first; t < last; t++) {
        const h = slotRow[t]!;
        const spare = alt[h]! - u[h]!;
        if (spare < least) {
          next = least;
          least = spare;
          out = t;
        } else if (spare < next) {
          next = spare;
        }
      }
      const rise = m2 - m1 < next ? m2 - m1 : next;
      if (!(rise > 0)) continue;
      v[j1] = v[j1]! - rise;
      for (let t = first; t < last; t++) {
        const h = slotRow[t]!;
        u[h] = u[h]! + rise;
      }
      const e = slotRow[out]!;
      slotRow[out] = i;
      rowSlot[i] = out;
      rowCol[i] = j1;
      u[i] = m1 + rise;
      alt[i] = m2;
      rowCol[e] = UNMATCHED;
      rowSlot[e] = -1;
      // The row that made way bids next, while the prices it saw are fresh (as in Jonker-Volgenant).
      head = head === 0 ? ring - 1 : head - 1;
      queue[head] = e;
    }
  }

  /** Adds row s; returns false when it gained nothing (stayed unmatched at distance 0). */
  searchRow(s: number): boolean {
    const { C, rowSource, capacity, weights, multiplier, bonus, u, v, full, slotStart, slotRow, dist, pathRow, order } = this;
    // order[0 .. nSettled) are the columns settled in this search, the rest are still open;
    // scanning only the open part skips a settled-check per column.
    const soff = rowSource[s]! * C;
    let best = -1;
    let bestAt = -1;
    let bestDist = Infinity;
    for (let k = 0; k < C; k++) {
      const j = order[k]!;
      const w = weights[soff + j]!;
      const dj = (w >= 0 ? -(multiplier * w + bonus) : Infinity) - v[j]!;
      dist[j] = dj;
      pathRow[j] = s;
      if (dj < bestDist || (dj === bestDist && dj !== Infinity && before(full, j, best))) {
        best = j;
        bestAt = k;
        bestDist = dj;
      }
    }
    u[s] = 0;
    let unmatchedDist = 0;
    let unmatchedRow = s;
    let nSettled = 0;
    let terminal = UNMATCHED;
    let minVal = 0;
    for (;;) {
      this.steps++;
      // A column with room wins a tie with "unmatched"; a full one does not (nothing beyond it can be nearer).
      if (best < 0 || unmatchedDist < bestDist || (unmatchedDist === bestDist && full[best] === 1)) {
        terminal = UNMATCHED;
        minVal = unmatchedDist;
        break;
      }
      if (full[best] === 0) {
        terminal = best;
        minVal = bestDist;
        break;
      }
      // Settle `best`: move it into the settled part.
      order[bestAt] = order[nSettled]!;
      order[nSettled++] = best;
      const settledDist = bestDist;
      const first = slotStart[best]!;
      const last = first + capacity[best]!;
      for (let t = first; t < last - 1; t++) {
        const i = slotRow[t]!;
        const base = settledDist - u[i]!;
        if (base < unmatchedDist) {
          unmatchedDist = base;
          unmatchedRow = i;
        }
        const ioff = rowSource[i]! * C;
        for (let k = nSettled; k < C; k++) {
          const j = order[k]!;
          const w = weights[ioff + j]!;
          if (w < 0) continue;
          const r = base - (multiplier * w + bonus) - v[j]!;
          if (r < dist[j]!) {
            dist[j] = r;
            pathRow[j] = i;
          }
        }
      }
      // The column's last row: relax and find the next nearest open column in the same pass.
      const i = slotRow[last - 1]!;
      const base = settledDist - u[i]!;
      if (base < unmatchedDist) {
        unmatchedDist = base;
        unmatchedRow = i;
      }
      const ioff = rowSource[i]! * C;
      best = -1;
      bestAt = -1;
      bestDist = Infinity;
      for (let k = nSettled; k < C; k++) {
        const j = order[k]!;
        const w = weights[ioff + j]!;
        const r = w >= 0 ? base - (multiplier * w + bonus) - v[j]! : Infinity;
        let dj = dist[j]!;
        if (r < dj) {
          dist[j] = r;
          pathRow[j] = i;
          dj = r;
        }
        if (dj < bestDist || (dj === bestDist && dj !== Infinity && before(full, j, best))) {
          best = j;
          bestAt = k;
          bestDist = dj;
        }
      }
    }

    // Dual update and augmentation, exactly as in engine.ts.
    for (let k = 0; k < nSettled; k++) {
      const j = order[k]!;
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
    this.augment(s, terminal, terminal === UNMATCHED ? unmatchedRow : pathRow[terminal]!);
    return terminal !== UNMATCHED || minVal < 0;
  }

  /**
   * engine.ts's augment, repeated on purpose: this engine's arrays come from the arena, so
   * `full` is an Int32Array here and a Uint8Array there. One shared function would take
   * eight arrays as arguments and see both kinds of `full`, where each engine now keeps its
   * state in fields of one fixed type, private to it.
   */
  private augment(s: number, terminal: number, lastRow: number): void {
    const { rowCol, rowSlot, slotRow, pathRow, load, full, capacity, slotStart } = this;
    let col = terminal;
    let row = lastRow;
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

/** Column j comes before column `best` at equal distance: room first, then the lower index. */
function before(full: Int32Array, j: number, best: number): boolean {
  const fj = full[j]!;
  const fb = full[best]!;
  return fj !== fb ? fj < fb : j < best;
}

/** The scan engine's answer; a class so that the arc count is a getter on its prototype, not a closure per solve. */
class ScanOutput implements EngineOutput {
  readonly expansions = 0;
  constructor(
    readonly rowCol: Int32Array,
    readonly u: Float64Array,
    readonly v: Float64Array,
    readonly steps: number,
    private readonly rowSource: Int32Array,
    private readonly weights: Int32Array,
  ) {}

  /**
   * Every allowed pair of every row is an arc here. Counted only when asked (nothing in a solve
   * asks): the count is a pass over every pair.
   */
  get arcs(): number {
    const { rowSource, weights } = this;
    const C = this.v.length;
    let arcs = 0;
    for (let i = 0; i < rowSource.length; i++) {
      const off = rowSource[i]! * C;
      for (let j = 0; j < C; j++) if (weights[off + j]! >= 0) arcs++;
    }
    return arcs;
  }
}
