/**
 * The reused arena (arena.ts): a synchronous solve nobody watches borrows the same working
 * arrays again, so these check that borrowing is safe — arrays come back clean, nested or
 * large solves get their own, and no result handed to a caller changes when a later solve
 * reuses the arrays.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveAssignment, solveAssignmentAsync, type AssignmentResult, type SolverError } from "../../../../src/domain/pairing/solver";
import { REUSE_MAX_PAIRS, withArena, type Arena } from "../../../../src/domain/pairing/solver/arena";
import { problemArb } from "./arbitraries";
import { randomProblem, type NestedProblem } from "./reference";

/** What one solve asks of the arena: a few arrays of each kind, written all over. */
function borrow(arena: Arena): { ints: Int32Array; marked: Int32Array; floats: Float64Array } {
  const ints = arena.int32(5);
  const marked = arena.int32(3, -1);
  const floats = arena.float64(4);
  return { ints, marked, floats };
}

function scribble(arrays: { ints: Int32Array; marked: Int32Array; floats: Float64Array }): void {
  arrays.ints.fill(7);
  arrays.marked.fill(9);
  arrays.floats.fill(Number.NaN);
}

/** The same solve on the path that never borrows (a progress callback makes every array new). */
function solvedFresh(problem: NestedProblem): AssignmentResult | SolverError {
  return solveAssignment(problem, { onProgress: () => undefined });
}

describe("the reused arena", () => {
  it("hands the same arrays to the next small solve, filled as asked however the last one left them", () => {
    const first = withArena(10, (arena) => {
      const arrays = borrow(arena);
      scribble(arrays);
      return arrays;
    });
    const second = withArena(10, (arena) => borrow(arena));
    expect(second.ints).toBe(first.ints);
    expect(second.floats).toBe(first.floats);
    expect(Array.from(second.ints)).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(second.marked)).toEqual([-1, -1, -1]);
    expect(Array.from(second.floats)).toEqual([0, 0, 0, 0]);
  });

  it("gives a new array when the size asked for changes", () => {
    const first = withArena(10, (arena) => arena.int32(5).fill(3));
    const second = withArena(10, (arena) => arena.int32(6));
    expect(second).not.toBe(first);
    expect(Array.from(second)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("gives a solve started while another holds it, or a large one, arrays of its own", () => {
    const outer = withArena(10, (arena) => {
      const mine = arena.int32(5).fill(1);
      const inner = withArena(10, (nested) => nested.int32(5));
      expect(inner).not.toBe(mine);
      inner.fill(2);
      expect(Array.from(mine)).toEqual([1, 1, 1, 1, 1]);
      return mine;
    });
    // The outer solve's arrays are the ones kept, so the next small solve gets them again.
    expect(withArena(10, (arena) => arena.int32(5))).toBe(outer);
    const large = withArena(REUSE_MAX_PAIRS + 1, (arena) => arena.int32(5));
    expect(large).not.toBe(outer);
    expect(withArena(Number.NaN, (arena) => arena.int32(5))).not.toBe(outer);
  });

  it("is given back when the work throws", () => {
    const kept = withArena(10, (arena) => arena.int32(5));
    expect(() =>
      withArena(10, (arena) => {
        arena.int32(5).fill(4);
        throw new Error("boom");
      }),
    ).toThrow("boom");
    const next = withArena(10, (arena) => arena.int32(5));
    expect(next).toBe(kept);
    expect(Array.from(next)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("solves that borrow it", () => {
  it("give the same results as solves with new arrays, over a run of problems of mixed and repeated shapes, and never change an earlier result", () => {
    fc.assert(
      fc.property(fc.array(problemArb({ maxRows: 7, maxCols: 6, maxCapacity: 3, maxLocks: 3 }), { minLength: 2, maxLength: 6 }), (problems) => {
        // Each problem twice in a row (same shape: the arrays are reused as they are), then the lot again.
        const sequence = [...problems.flatMap((p) => [p, p]), ...problems];
        const results = sequence.map((p) => solveAssignment(p));
        const snapshots = results.map((r) => JSON.stringify(r));
        sequence.forEach((p, k) => {
          expect(results[k]).toEqual(solvedFresh(p));
          expect(JSON.stringify(results[k])).toBe(snapshots[k]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("do not disturb an asynchronous solve of the same shape that runs between them", async () => {
    const problem = randomProblem(40, 20, 5, "coverage-then-score", 0, true);
    const other = randomProblem(40, 20, 6, "score", 10, false);
    const alone = solveAssignment(problem);
    const otherAlone = solveAssignment(other);
    let between = 0;
    // sliceMs 0: the async solve yields after every row, and a synchronous solve of the same shape runs in each gap.
    const timer = setInterval(() => {
      between++;
      expect(solveAssignment(other)).toEqual(otherAlone);
    }, 0);
    try {
      const result = await solveAssignmentAsync(problem, { sliceMs: 0 });
      expect(between).toBeGreaterThan(0);
      expect(result).toEqual(alone);
    } finally {
      clearInterval(timer);
    }
  });
});
