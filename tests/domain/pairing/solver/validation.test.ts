import { describe, expect, it } from "vitest";
import {
  MAX_REPORTED_ISSUES,
  createScoreMatrix,
  solveAssignment,
  type AssignmentProblem,
  type AssignmentResult,
  type SolverError,
  type SolverIssue,
} from "../../../../src/domain/pairing/solver";

function ok(problem: AssignmentProblem): AssignmentResult {
  const result = solveAssignment(problem);
  if (!result.ok) throw new Error(`unexpected error: ${JSON.stringify(result.issues)}`);
  return result;
}

function fails(problem: AssignmentProblem): SolverError {
  const result = solveAssignment(problem);
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.assignment)}`);
  return result;
}

const codes = (error: SolverError): string[] => error.issues.map((issue: SolverIssue) => issue.code);

describe("edge cases", () => {
  it("0 mentees: an empty assignment, every mentor unused", () => {
    const result = ok({ scores: [], capacities: [2, 1] });
    expect(result.assignment).toEqual([]);
    expect(result.mentorLoad).toEqual([0, 0]);
    expect(result.matched).toBe(0);
    expect(result.total).toBe(0);
  });

  it("0 mentors: every mentee unmatched", () => {
    const result = ok({ scores: [[], []], capacities: [] });
    expect(result.assignment).toEqual([-1, -1]);
    expect(result.matched).toBe(0);
  });

  it("0 x 0 in the typed form", () => {
    const result = ok({ scores: createScoreMatrix(0, 0), capacities: [] });
    expect(result.assignment).toEqual([]);
  });

  it("all pairs forbidden: nobody is matched", () => {
    const result = ok({ scores: [[null, null], [null, null]], capacities: [1, 1] });
    expect(result.assignment).toEqual([-1, -1]);
  });

  it("capacity 0 mentors are never used", () => {
    const result = ok({ scores: [[100, 10], [100, 20]], capacities: [0, 1] });
    expect(result.assignment).toEqual([-1, 1]);
    expect(result.mentorLoad).toEqual([0, 1]);
  });

  it("the threshold leaves a mentee unmatched rather than proposing a weak pair", () => {
    const result = ok({ scores: [[80, null], [40, 45]], capacities: [1, 1], threshold: 50 });
    expect(result.assignment).toEqual([0, -1]);
  });

  it("a score exactly at the threshold is allowed", () => {
    const result = ok({ scores: [[50]], capacities: [1], threshold: 50 });
    expect(result.assignment).toEqual([0]);
  });

  it("a mentor with capacity 3 takes three mentees", () => {
    const result = ok({ scores: [[90, 10], [80, 10], [70, 10], [60, 10]], capacities: [3, 1], objective: "score" });
    expect(result.mentorLoad).toEqual([3, 1]);
    expect(result.assignment[3]).toBe(1);
  });

  it("locked pairs are kept even when the solver would choose otherwise, and use capacity", () => {
    const result = ok({ scores: [[100, 10], [90, 80]], capacities: [1, 1], locked: [[1, 0]], objective: "score" });
    expect(result.assignment).toEqual([1, 0]);
    expect(result.locked).toEqual([false, true]);
  });

  it("a locked pair below the threshold is kept: a lock is the user's decision", () => {
    const result = ok({ scores: [[10, 90]], capacities: [1, 1], locked: [[0, 0]], threshold: 50 });
    expect(result.assignment).toEqual([0]);
    expect(result.totalMilli).toBe(10_000);
  });

  it("the same lock listed twice is accepted", () => {
    const result = ok({ scores: [[10, 90]], capacities: [1, 1], locked: [[0, 0], [0, 0]] });
    expect(result.assignment).toEqual([0]);
  });

  it("defaults: coverage-then-score, threshold 0", () => {
    const result = ok({ scores: [[100, 1], [98, null]], capacities: [1, 1] });
    expect(result.objective).toBe("coverage-then-score");
    expect(result.threshold).toBe(0);
    expect(result.matched).toBe(2);
  });
});

describe("invalid input is reported as a value", () => {
  it("a lock on a forbidden pair", () => {
    const error = fails({ scores: [[null, 50]], capacities: [1, 1], locked: [[0, 0]] });
    expect(error.issues).toEqual([expect.objectContaining({ code: "lock-forbidden", mentee: 0, mentor: 0 })]);
    expect(error.issues[0]!.message).toMatch(/forbidden/);
  });

  it("locks exceeding a mentor's capacity, listing the mentees", () => {
    const error = fails({ scores: [[50], [60], [70]], capacities: [2], locked: [[2, 0], [0, 0], [1, 0]] });
    expect(error.issues).toEqual([expect.objectContaining({ code: "lock-over-capacity", mentor: 0, capacity: 2, mentees: [0, 1, 2] })]);
  });

  it("a lock on a capacity-0 mentor", () => {
    expect(codes(fails({ scores: [[50]], capacities: [0], locked: [[0, 0]] }))).toEqual(["lock-over-capacity"]);
  });

  it("a mentee locked to two mentors", () => {
    const error = fails({ scores: [[50, 60]], capacities: [1, 1], locked: [[0, 1], [0, 0]] });
    expect(error.issues).toEqual([expect.objectContaining({ code: "lock-conflict", mentee: 0, mentors: [0, 1] })]);
  });

  it("locks outside the matrix or not whole numbers", () => {
    const error = fails({ scores: [[50]], capacities: [1], locked: [[1, 0], [0, 2], [-1, 0], [0.5, 0]] });
    expect(codes(error)).toEqual(["lock-out-of-range", "lock-out-of-range", "lock-out-of-range", "lock-out-of-range"]);
    expect(error.issues.map((issue) => (issue.code === "lock-out-of-range" ? issue.lock : -1))).toEqual([0, 1, 2, 3]);
  });

  it("scores out of range, not finite, or NaN in nested rows", () => {
    const error = fails({ scores: [[-1, 100.5, Number.NaN, Number.POSITIVE_INFINITY, 100, 0]], capacities: [1, 1, 1, 1, 1, 1] });
    expect(error.issues.map((issue) => (issue.code === "invalid-score" ? issue.mentor : -1))).toEqual([0, 1, 2, 3]);
  });

  it("NaN in the typed form means forbidden, not invalid", () => {
    const matrix = createScoreMatrix(1, 2);
    matrix.values[1] = 70;
    expect(ok({ scores: matrix, capacities: [1, 1] }).assignment).toEqual([1]);
  });

  it("capacities that are negative or fractional", () => {
    const error = fails({ scores: [[1, 2, 3]], capacities: [-1, 1.5, 2] });
    expect(error.issues).toEqual([
      expect.objectContaining({ code: "invalid-capacity", mentor: 0, value: -1 }),
      expect.objectContaining({ code: "invalid-capacity", mentor: 1, value: 1.5 }),
    ]);
  });

  it("a threshold that is not a finite number, and an unknown objective", () => {
    const problem = { scores: [[1]], capacities: [1], threshold: Number.NaN, objective: "fairness" } as unknown as AssignmentProblem;
    expect(codes(fails(problem)).sort()).toEqual(["invalid-objective", "invalid-threshold"]);
  });

  it("rows of the wrong length", () => {
    const error = fails({ scores: [[1, 2], [3]], capacities: [1, 1] });
    expect(error.issues).toEqual([expect.objectContaining({ code: "scores-not-rectangular", mentee: 1, length: 1, expected: 2 })]);
  });

  it("a typed matrix whose columns do not match the capacities, or whose buffer is the wrong size", () => {
    expect(codes(fails({ scores: createScoreMatrix(2, 3), capacities: [1, 1] }))).toEqual(["invalid-dimension"]);
    const short = { rows: 2, cols: 2, values: new Float64Array(3) };
    expect(codes(fails({ scores: short, capacities: [1, 1] }))).toEqual(["matrix-size-mismatch"]);
  });

  it("caps the issue list and counts the rest", () => {
    const scores = Array.from({ length: 20 }, () => Array.from({ length: 10 }, () => 101));
    const error = fails({ scores, capacities: new Array<number>(10).fill(1) });
    expect(error.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(error.omittedIssues).toBe(200 - MAX_REPORTED_ISSUES);
  });
});
