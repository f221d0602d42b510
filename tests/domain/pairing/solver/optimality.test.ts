import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveAssignment, type AssignmentResult } from "../../../../src/domain/pairing/solver";
import { assignRows } from "../../../../src/domain/pairing/solver/engine";
import type { DenseProblem } from "../../../../src/domain/pairing/solver/reduce";
import { problemArb } from "./arbitraries";
import { certificateProblems, runToEnd } from "./certificate";
import { bruteForceBest, compareObjective, feasibilityProblems, flowBest, objectiveOf, randomProblem, type NestedProblem } from "./reference";

function solveOk(problem: NestedProblem): AssignmentResult {
  const result = solveAssignment(problem);
  if (!result.ok) throw new Error(`unexpected error: ${JSON.stringify(result.issues)}`);
  return result;
}

describe("solveAssignment is optimal", () => {
  it("matches brute force on small random instances (ties, nulls, capacities 0..3, locks, thresholds, both objectives)", () => {
    fc.assert(
      fc.property(problemArb({ maxRows: 6, maxCols: 5, maxCapacity: 3, maxLocks: 3 }), (problem) => {
        const result = solveOk(problem);
        expect(feasibilityProblems(problem, result)).toEqual([]);
        const best = bruteForceBest(problem);
        expect(best).not.toBeNull();
        expect(objectiveOf(problem, result.assignment)).toEqual(best);
      }),
      { numRuns: 1500 },
    );
  });

  it("matches brute force when capacity is scarce (capacities 0..1, more mentees than mentors)", () => {
    fc.assert(
      fc.property(problemArb({ maxRows: 7, maxCols: 3, maxCapacity: 1, maxLocks: 2 }), (problem) => {
        const result = solveOk(problem);
        expect(feasibilityProblems(problem, result)).toEqual([]);
        expect(objectiveOf(problem, result.assignment)).toEqual(bruteForceBest(problem));
      }),
      { numRuns: 500 },
    );
  });

  it("matches an independent min-cost-flow reference on medium instances", () => {
    fc.assert(
      fc.property(
        fc.record({
          rows: fc.integer({ min: 20, max: 80 }),
          cols: fc.integer({ min: 10, max: 60 }),
          seed: fc.integer(),
          objective: fc.constantFrom("score" as const, "coverage-then-score" as const),
          threshold: fc.constantFrom(0, 30, 70),
          popular: fc.boolean(),
        }),
        ({ rows, cols, seed, objective, threshold, popular }) => {
          const problem = randomProblem(rows, cols, seed, objective, threshold, popular);
          const result = solveOk(problem);
          expect(feasibilityProblems(problem, result)).toEqual([]);
          expect(objectiveOf(problem, result.assignment)).toEqual(flowBest(problem));
        },
      ),
      { numRuns: 25 },
    );
  });

  it("matches the reference where the solver works on a sparse candidate graph (more than 4,096 pairs)", () => {
    fc.assert(
      fc.property(
        fc.record({
          rows: fc.integer({ min: 70, max: 120 }),
          cols: fc.integer({ min: 60, max: 80 }),
          seed: fc.integer(),
          objective: fc.constantFrom("score" as const, "coverage-then-score" as const),
          popular: fc.boolean(),
        }),
        ({ rows, cols, seed, objective, popular }) => {
          const base = randomProblem(rows, cols, seed, objective, 0, popular);
          // Every mentor takes at least one, so no column is dropped and the pair count stays above the dense cut-off.
          const problem = { ...base, capacities: base.capacities.map((c) => c + 1) };
          expect(rows * cols).toBeGreaterThan(4096);
          const result = solveOk(problem);
          expect(feasibilityProblems(problem, result)).toEqual([]);
          expect(objectiveOf(problem, result.assignment)).toEqual(flowBest(problem));
        },
      ),
      { numRuns: 8 },
    );
  });

  it("scores by thousandths: 0.0004 differences do not count, 0.001 differences do", () => {
    const problem: NestedProblem = {
      scores: [
        [50.0004, 50],
        [50, 50.001],
      ],
      capacities: [1, 1],
      objective: "score",
    };
    const result = solveOk(problem);
    expect(result.totalMilli).toBe(100_001);
    expect(result.assignment).toEqual([0, 1]);
  });

  it("under 'score' prefers a higher total over more pairs, and more pairs among equal totals", () => {
    const problem: NestedProblem = {
      scores: [
        [100, 0],
        [100, null],
      ],
      capacities: [1, 1],
      objective: "score",
    };
    const result = solveOk(problem);
    // Mentee 0 alone with mentor 0 totals 100; mentee 1 there and mentee 0 on mentor 1 also totals 100, with two pairs.
    expect(result.assignment).toEqual([1, 0]);
    expect(result.totalMilli).toBe(100_000);
    const alone = solveOk({ ...problem, scores: [[100, 0], [50, null]] });
    expect(alone.assignment).toEqual([0, -1]);
    expect(alone.totalMilli).toBe(100_000);
  });

  it("under 'score' a thousandth of a point outweighs an extra pair", () => {
    // Mentee 0 on mentor 0 scores 0.001 and blocks mentee 1; moving mentee 0 to mentor 1 adds a pair but loses 0.001.
    const result = solveOk({ scores: [[0.001, 0], [0, null]], capacities: [1, 1], objective: "score" });
    expect(result.assignment).toEqual([0, -1]);
    expect(result.totalMilli).toBe(1);
  });

  it("under 'coverage-then-score' takes any extra pair over any score gain", () => {
    const problem: NestedProblem = {
      scores: [
        [100, 1],
        [98, null],
      ],
      capacities: [1, 1],
      objective: "coverage-then-score",
    };
    const result = solveOk(problem);
    expect(result.assignment).toEqual([1, 0]);
    expect(result.matched).toBe(2);
    const scoreOnly = solveOk({ ...problem, objective: "score" });
    expect(scoreOnly.assignment).toEqual([0, -1]);
  });
});

describe("hidden pairs (few candidates per row, expanded inside the searches)", () => {
  it("gives the same optimum as brute force with only 1 or 2 candidates per row, and really expands rows", () => {
    let expanded = 0;
    fc.assert(
      fc.property(problemArb({ maxRows: 6, maxCols: 5, maxCapacity: 3, maxLocks: 0 }), fc.constantFrom(1, 2), (problem, limit) => {
        const dense = toDense(problem);
        const out = runToEnd(assignRows(dense, limit));
        expanded += out.expansions;
        const value = objectiveOf(problem, Array.from(out.rowCol));
        expect(compareObjective(problem.objective ?? "coverage-then-score", value, bruteForceBest(problem)!)).toBe(0);
      }),
      // A fixed seed: the guard below counts expansions, which vary from one random draw to the next.
      { numRuns: 1500, seed: 20261126 },
    );
    // Guards against the expansion path never being exercised.
    expect(expanded).toBeGreaterThan(100);
  });

  it("returns duals that prove optimality over every pair, hidden or not (the LP certificate)", () => {
    fc.assert(
      fc.property(problemArb({ maxRows: 7, maxCols: 6, maxCapacity: 3, maxLocks: 0 }), fc.constantFrom(1, 2, 3), (problem, limit) => {
        const dense = toDense(problem);
        expect(certificateProblems(dense, runToEnd(assignRows(dense, limit)))).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });
});

/** The problem as the engine sees it when no row or column is dropped (no locks here). */
function toDense(problem: NestedProblem): DenseProblem {
  const rows = problem.scores.length;
  const cols = problem.capacities.length;
  const weights = new Int32Array(rows * cols);
  let sumBest = 0;
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let j = 0; j < cols; j++) {
      const s = problem.scores[i]![j]!;
      const ok = s !== null && s >= (problem.threshold ?? 0) && problem.capacities[j]! > 0;
      weights[i * cols + j] = ok ? Math.round(s * 1000) : -1;
      if (ok) best = Math.max(best, Math.round(s * 1000));
    }
    sumBest += best;
  }
  const score = problem.objective === "score";
  return {
    rows,
    cols,
    weights,
    rowSource: Int32Array.from({ length: rows }, (_, i) => i),
    // Capacity 0 columns get room 1 but no arcs, so they can never be used.
    capacity: Int32Array.from(problem.capacities, (c) => Math.max(1, Math.min(c, rows))),
    multiplier: score ? rows + 1 : 1,
    bonus: score ? 1 : sumBest + 1,
  };
}
