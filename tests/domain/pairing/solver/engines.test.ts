/**
 * The two engines (scan for small problems, heaps with hidden pairs for large ones) and the two
 * orientations (mentees as rows, or mentor slots as rows), each forced, against brute force, the
 * BigInt min-cost-flow reference and each other, and their duals checked as an LP certificate.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreMatrixFromRows, solveAssignment, type AssignmentResult } from "../../../../src/domain/pairing/solver";
import { assignRowsDense } from "../../../../src/domain/pairing/solver/dense";
import { assignRows, type EngineOutput } from "../../../../src/domain/pairing/solver/engine";
import { prepareProblem } from "../../../../src/domain/pairing/solver/prepare";
import { chooseOrientation, reduceProblem, type DenseProblem, type EngineKind, type Orientation } from "../../../../src/domain/pairing/solver/reduce";
import { solveWith } from "../../../../src/domain/pairing/solver/solve";
import { problemArb } from "./arbitraries";
import { certificateProblems, runToEnd } from "./certificate";
import { bruteForceBest, feasibilityProblems, flowBest, objectiveOf, randomProblem, type NestedProblem } from "./reference";

const WAYS: ReadonlyArray<{ engine: EngineKind; orientation: Orientation }> = [
  { engine: "scan", orientation: "mentees" },
  { engine: "scan", orientation: "mentor-slots" },
  { engine: "heap", orientation: "mentees" },
  { engine: "heap", orientation: "mentor-slots" },
];

function solvedWith(problem: NestedProblem, way: { engine: EngineKind; orientation: Orientation }): AssignmentResult {
  const result = solveWith(problem, way);
  if (!result.ok) throw new Error(`unexpected error: ${JSON.stringify(result.issues)}`);
  return result;
}

/** The engine's problem for a nested problem, in the orientation asked for. */
function engineProblem(problem: NestedProblem, orientation: Orientation): DenseProblem {
  const prepared = prepareProblem(problem);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.issues));
  const reduced = reduceProblem(prepared.problem, { orientation });
  if (!reduced.ok) throw new Error(reduced.issue.message);
  return reduced.reduced.dense;
}

describe("every engine and orientation is optimal", () => {
  it("matches brute force on small random instances (ties, nulls, capacities 0..3, locks, thresholds, both objectives)", () => {
    fc.assert(
      fc.property(problemArb({ maxRows: 6, maxCols: 5, maxCapacity: 3, maxLocks: 3 }), (problem) => {
        const best = bruteForceBest(problem);
        for (const way of WAYS) {
          const result = solvedWith(problem, way);
          expect(feasibilityProblems(problem, result)).toEqual([]);
          expect(objectiveOf(problem, result.assignment)).toEqual(best);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("matches brute force with fewer slots than mentees and with many identical slots (capacities up to 5)", () => {
    fc.assert(
      fc.property(problemArb({ maxRows: 7, maxCols: 3, maxCapacity: 5, maxLocks: 2 }), (problem) => {
        const best = bruteForceBest(problem);
        for (const way of WAYS) expect(objectiveOf(problem, solvedWith(problem, way).assignment)).toEqual(best);
      }),
      { numRuns: 400 },
    );
  });

  it("matches the BigInt min-cost-flow reference on medium instances, every way, with few candidates per row", () => {
    fc.assert(
      fc.property(
        fc.record({
          rows: fc.integer({ min: 20, max: 70 }),
          cols: fc.integer({ min: 8, max: 50 }),
          seed: fc.integer(),
          objective: fc.constantFrom("score" as const, "coverage-then-score" as const),
          threshold: fc.constantFrom(0, 30, 70),
          popular: fc.boolean(),
          lockSeed: fc.nat(),
        }),
        ({ rows, cols, seed, objective, threshold, popular, lockSeed }) => {
          const base = randomProblem(rows, cols, seed, objective, threshold, popular);
          // A few locks on allowed pairs with room, so locked mentees and their capacity leave the problem.
          const used = new Array<number>(cols).fill(0);
          const locked: Array<[number, number]> = [];
          for (let k = 0; k < 3; k++) {
            const i = (lockSeed + 7 * k) % rows;
            const j = (lockSeed + 13 * k) % cols;
            if (base.scores[i]![j] !== null && used[j]! < base.capacities[j]! && !locked.some(([m]) => m === i)) {
              used[j]!++;
              locked.push([i, j]);
            }
          }
          const problem: NestedProblem = { ...base, locked };
          const expected = flowBest(problem);
          for (const way of WAYS) {
            const result = solvedWith(problem, way);
            expect(feasibilityProblems(problem, result)).toEqual([]);
            expect(objectiveOf(problem, result.assignment)).toEqual(expected);
          }
          // The heap engine with one or two candidates per row, so hidden pairs and expansions do the work.
          for (const orientation of ["mentees", "mentor-slots"] as const) {
            const dense = engineProblem(problem, orientation);
            for (const limit of [1, 2]) {
              const out = runToEnd(assignRows(dense, limit));
              expect(certificateProblems(dense, out)).toEqual([]);
            }
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it("the scan and heap engines reach the same optimum from the same engine problem, each with its certificate", () => {
    fc.assert(
      fc.property(problemArb({ maxRows: 7, maxCols: 6, maxCapacity: 3, maxLocks: 0 }), fc.constantFrom<Orientation>("mentees", "mentor-slots"), (problem, orientation) => {
        const dense = engineProblem(problem, orientation);
        const scan = runToEnd(assignRowsDense(dense));
        const heap = runToEnd(assignRows(dense, dense.cols));
        expect(certificateProblems(dense, scan)).toEqual([]);
        expect(certificateProblems(dense, heap)).toEqual([]);
        const value = (out: EngineOutput) => Array.from(out.rowCol).reduce((sum, c, r) => (c < 0 ? sum : sum + dense.multiplier * dense.weights[dense.rowSource[r]! * dense.cols + c]! + dense.bonus), 0);
        expect(value(scan)).toBe(value(heap));
      }),
      { numRuns: 600 },
    );
  });

  it("returns duals that prove optimality over every pair for both engines and orientations, hidden pairs included", () => {
    fc.assert(
      fc.property(
        problemArb({ maxRows: 8, maxCols: 6, maxCapacity: 3, maxLocks: 2 }),
        fc.constantFrom<Orientation>("mentees", "mentor-slots"),
        fc.constantFrom(1, 2, 3),
        (problem, orientation, limit) => {
          const dense = engineProblem(problem, orientation);
          expect(certificateProblems(dense, runToEnd(assignRowsDense(dense)))).toEqual([]);
          expect(certificateProblems(dense, runToEnd(assignRows(dense, limit)))).toEqual([]);
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe("orientation", () => {
  it("adds the side with fewer places, mentees on ties unless mentors are far more 'popular'", () => {
    expect(chooseOrientation(10, 9, 1, 1, false)).toBe("mentor-slots");
    expect(chooseOrientation(10, 9, 1, 1, true)).toBe("mentor-slots");
    expect(chooseOrientation(10, 11, 1, 100, false)).toBe("mentees");
    expect(chooseOrientation(10, 10, 1, 7, false)).toBe("mentees");
    expect(chooseOrientation(10, 10, 1, 9, false)).toBe("mentor-slots");
    expect(chooseOrientation(10, 10, 1, 9, true)).toBe("mentees");
    expect(chooseOrientation(10, 10, 0, 0, false)).toBe("mentees");
  });

  it("a slot that gains nothing leaves its mentor's other slots unmatched, and the result is still optimal", () => {
    // Mentor 1 is worse for everyone and its slots come after mentor 0's: once mentor 0 holds
    // both mentees, one slot of mentor 1 finds nothing better and the other two are skipped.
    const problem: NestedProblem = { scores: [[90, 10], [80, 20]], capacities: [2, 3], objective: "score" };
    const result = solvedWith(problem, { engine: "heap", orientation: "mentor-slots" });
    expect(result.assignment).toEqual([0, 0]);
    expect(objectiveOf(problem, result.assignment)).toEqual(bruteForceBest(problem));
    const scan = solvedWith(problem, { engine: "scan", orientation: "mentor-slots" });
    expect(scan.assignment).toEqual([0, 0]);
    // Capacities are capped at the 2 mentees, so mentor 1 has 2 slots; the second is never searched:
    // the work is the same as with mentor 1 having a single slot.
    const oneSlot = solvedWith({ ...problem, capacities: [2, 1] }, { engine: "heap", orientation: "mentor-slots" });
    expect(result.iterations).toBe(oneSlot.iterations);
  });

  it("with fewer slots than mentees the default solve adds slots and stays exact and reproducible in both input forms", () => {
    const base = randomProblem(160, 60, 99, "coverage-then-score", 10, true);
    const problem: NestedProblem = { ...base, capacities: base.capacities.map((c) => Math.min(c, 1)) };
    const slots = problem.capacities.reduce((a, b) => a + b, 0);
    expect(slots).toBeLessThan(160);
    const first = solveAssignment(problem);
    const typed = solveAssignment({ ...problem, scores: scoreMatrixFromRows(problem.scores, problem.capacities.length) });
    expect(first.ok).toBe(true);
    expect(typed).toEqual(first);
    expect(solveAssignment(problem)).toEqual(first);
    if (first.ok) expect(objectiveOf(problem, first.assignment)).toEqual(flowBest(problem));
  });
});
