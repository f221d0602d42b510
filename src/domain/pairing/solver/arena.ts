/**
 * Where a solve's working arrays come from.
 *
 * At 32 x 16 a solve does about 10 microseconds of real work, and every
 * typed array bigger than 64 bytes costs V8 an off-heap backing store
 * (0.5-2 microseconds each, plus garbage collection later), so allocating
 * the dozen or so working arrays per solve cost as much as solving. A
 * reused arena hands out the same arrays again, zero-filled, when the next
 * solve asks for the same sizes in the same order (it always does for the
 * same shape of problem); a fresh one allocates as before.
 *
 * Only a synchronous solve that nobody watches borrows the reused arena (see
 * {@link withArena}): it runs start to finish without handing control to any
 * other code, so no other solve can touch the arrays while it holds them, and
 * it copies the answer out into new arrays before giving them back. Anything
 * that yields (the asynchronous form, progress callbacks, the engines' step
 * generators) uses fresh arrays. Only small problems borrow it, so what it
 * keeps alive between solves stays small.
 */

export interface Arena {
  /** A zero-filled (or `fill`-filled) Int32Array of length n, for this solve only. */
  int32(n: number, fill?: number): Int32Array;
  /** A zero-filled Float64Array of length n, for this solve only. */
  float64(n: number): Float64Array;
}

/** New arrays every time: for solves that yield, and for large problems. */
export const freshArena: Arena = {
  int32: (n, fill = 0) => (fill === 0 ? new Int32Array(n) : new Int32Array(n).fill(fill)),
  float64: (n) => new Float64Array(n),
};

/**
 * Problems with at most this many mentee x mentor pairs borrow the reused
 * arena: the scan engine's range (reduce.ts, SCAN_MAX_PAIRS), where the
 * allocations show; it then keeps at most a few hundred kilobytes alive.
 */
export const REUSE_MAX_PAIRS = 65_536;

/** The k-th request of a solve gets the k-th array kept from the last solve, when the length matches. */
class ReusedArena implements Arena {
  private readonly ints: Int32Array[] = [];
  private readonly floats: Float64Array[] = [];
  private nextInt = 0;
  private nextFloat = 0;

  reset(): void {
    this.nextInt = 0;
    this.nextFloat = 0;
  }

  int32(n: number, fill = 0): Int32Array {
    const k = this.nextInt++;
    const kept = this.ints[k];
    if (kept !== undefined && kept.length === n) return kept.fill(fill);
    const made = fill === 0 ? new Int32Array(n) : new Int32Array(n).fill(fill);
    this.ints[k] = made;
    return made;
  }

  float64(n: number): Float64Array {
    const k = this.nextFloat++;
    const kept = this.floats[k];
    if (kept !== undefined && kept.length === n) return kept.fill(0);
    const made = new Float64Array(n);
    this.floats[k] = made;
    return made;
  }
}

/** The reused arena while no solve holds it; undefined while one does. */
let idle: ReusedArena | undefined = new ReusedArena();

/**
 * Runs `work` with the reused arena when the problem is small (`pairs` at
 * most {@link REUSE_MAX_PAIRS}) and no other solve holds it; otherwise with
 * a fresh one. `work` must run to completion without yielding and must not
 * return anything that refers to the arena's arrays.
 */
export function withArena<T>(pairs: number, work: (arena: Arena) => T): T {
  const arena = idle;
  // `pairs` may be NaN for malformed input (validation reports it); NaN fails the comparison.
  if (arena === undefined || !(pairs <= REUSE_MAX_PAIRS)) return work(freshArena);
  idle = undefined;
  arena.reset();
  try {
    return work(arena);
  } finally {
    idle = arena;
  }
}
