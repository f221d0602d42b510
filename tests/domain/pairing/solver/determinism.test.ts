import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreMatrixFromRows, solveAssignment, type AssignmentProblem } from "../../../../src/domain/pairing/solver";
import { problemArb } from "./arbitraries";
import { randomProblem, type NestedProblem } from "./reference";

const shape = { maxRows: 7, maxCols: 6, maxCapacity: 3, maxLocks: 3 };

describe("determinism", () => {
  it("the same input twice gives identical output", () => {
    fc.assert(
      fc.property(problemArb(shape), (problem) => {
        expect(solveAssignment(problem)).toEqual(solveAssignment(problem));
      }),
      { numRuns: 300 },
    );
  });

  it("nested rows and a typed matrix with the same scores give identical output", () => {
    fc.assert(
      fc.property(problemArb(shape), (problem) => {
        const typed: AssignmentProblem = { ...problem, scores: scoreMatrixFromRows(problem.scores, problem.capacities.length) };
        expect(solveAssignment(typed)).toEqual(solveAssignment(problem));
      }),
      { numRuns: 300 },
    );
  });

  it("locks listed in another order, or repeated, give identical output", () => {
    fc.assert(
      fc.property(problemArb(shape), (problem) => {
        const locks = problem.locked ?? [];
        const shuffled: NestedProblem = { ...problem, locked: [...locks].reverse().concat(locks.slice(0, 1)) };
        expect(solveAssignment(shuffled)).toEqual(solveAssignment(problem));
      }),
      { numRuns: 300 },
    );
  });

  it("copies of the input arrays give identical output (nothing depends on object identity)", () => {
    fc.assert(
      fc.property(problemArb(shape), (problem) => {
        const copy: NestedProblem = JSON.parse(JSON.stringify(problem)) as NestedProblem;
        expect(solveAssignment(copy)).toEqual(solveAssignment(problem));
      }),
      { numRuns: 200 },
    );
  });

  it("a large instance on the sparse path is reproducible in both input forms", () => {
    const problem = randomProblem(150, 120, 42, "coverage-then-score", 10, true);
    const first = solveAssignment(problem);
    const again = solveAssignment(problem);
    const typed = solveAssignment({ ...problem, scores: scoreMatrixFromRows(problem.scores, problem.capacities.length) });
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
    expect(typed).toEqual(first);
  });

  it("breaks ties by the documented rule: with identical scores, earlier mentees take earlier mentors", () => {
    const result = solveAssignment({ scores: [[50, 50, 50], [50, 50, 50]], capacities: [1, 1, 1] });
    expect(result.ok && result.assignment).toEqual([0, 1]);
  });

  it("does not modify its input", () => {
    const problem = randomProblem(12, 9, 7, "score", 20, false);
    const before = JSON.stringify(problem);
    solveAssignment(problem);
    expect(JSON.stringify(problem)).toBe(before);
  });
});
