import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  describeMentee,
  nextBestAlternative,
  solveAssignment,
  type AssignmentProblem,
  type AssignmentResult,
} from "../../../../src/domain/pairing/solver";
import { problemArb } from "./arbitraries";

function solved(problem: AssignmentProblem): AssignmentResult {
  const result = solveAssignment(problem);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe("describeMentee", () => {
  it("says which mentor a matched mentee has, its score and whether it was locked", () => {
    const problem: AssignmentProblem = { scores: [[70.5, 20], [60, 90]], capacities: [1, 1], locked: [[1, 1]] };
    const result = solved(problem);
    expect(describeMentee(problem, result, 0)).toEqual({ status: "matched", mentor: 0, score: 70.5, locked: false });
    expect(describeMentee(problem, result, 1)).toEqual({ status: "matched", mentor: 1, score: 90, locked: true });
  });

  it("no eligible mentor: every pair forbidden", () => {
    const problem: AssignmentProblem = { scores: [[null, null]], capacities: [1, 1] };
    expect(describeMentee(problem, solved(problem), 0)).toEqual({ status: "unmatched", reason: "no-eligible-mentor" });
  });

  it("all eligible below the threshold, naming the best of them", () => {
    const problem: AssignmentProblem = { scores: [[30, null, 45.5]], capacities: [1, 1, 1], threshold: 50 };
    expect(describeMentee(problem, solved(problem), 0)).toEqual({
      status: "unmatched",
      reason: "all-below-threshold",
      bestMentor: 2,
      bestScore: 45.5,
      threshold: 50,
    });
  });

  it("capacity exhausted: the suitable mentors are full, with who holds them (locked holders flagged) and capacity-0 mentors", () => {
    const problem: AssignmentProblem = {
      scores: [
        [80, 70, 60, 20],
        [90, null, null, null],
        [null, 95, null, null],
      ],
      capacities: [1, 1, 0, 1],
      locked: [[1, 0]],
      threshold: 50,
    };
    const result = solved(problem);
    expect(result.assignment).toEqual([-1, 0, 1]);
    expect(describeMentee(problem, result, 0)).toEqual({
      status: "unmatched",
      reason: "capacity-exhausted",
      candidates: [
        { mentor: 0, score: 80, capacity: 1, holders: [1], lockedHolders: [1] },
        { mentor: 1, score: 70, capacity: 1, holders: [2], lockedHolders: [] },
        { mentor: 2, score: 60, capacity: 0, holders: [], lockedHolders: [] },
      ],
    });
  });

  it("flags a result that does not belong to the problem (room left unused)", () => {
    const problem: AssignmentProblem = { scores: [[80]], capacities: [1] };
    const foreign: AssignmentResult = { ...solved(problem), assignment: [-1], mentorLoad: [0], matched: 0 };
    expect(describeMentee(problem, foreign, 0)).toEqual({ status: "unmatched", reason: "room-left-unused", mentor: 0, score: 80 });
  });

  it("throws on a mentee index or a result of the wrong size (programming errors)", () => {
    const problem: AssignmentProblem = { scores: [[80]], capacities: [1] };
    const result = solved(problem);
    expect(() => describeMentee(problem, result, 1)).toThrow(RangeError);
    expect(() => describeMentee({ scores: [[80], [70]], capacities: [1] }, result, 0)).toThrow(RangeError);
  });

  it("for every unmatched mentee of an optimal result, the reason is one of the three solver-level reasons", () => {
    fc.assert(
      fc.property(problemArb({ maxRows: 7, maxCols: 5, maxCapacity: 2, maxLocks: 2 }), (problem) => {
        const result = solved(problem);
        result.assignment.forEach((mentor, i) => {
          const situation = describeMentee(problem, result, i);
          if (mentor >= 0) {
            expect(situation).toMatchObject({ status: "matched", mentor });
          } else {
            expect(situation.status === "unmatched" && situation.reason).toMatch(/^(no-eligible-mentor|all-below-threshold|capacity-exhausted)$/);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("nextBestAlternative", () => {
  const problem: AssignmentProblem = {
    scores: [
      [90, 85.25, 70, null],
      [95, null, null, null],
      [null, 99, null, 10],
    ],
    capacities: [2, 1, 1, 1],
    objective: "score",
  };

  it("gives the best other mentor with room and the best overall, with score differences", () => {
    const result = solved(problem);
    expect(result.assignment).toEqual([0, 0, 1]);
    expect(nextBestAlternative(problem, result, 0)).toEqual({
      mentee: 0,
      current: { mentor: 0, score: 90, locked: false },
      withRoom: { mentor: 2, score: 70, delta: -20, spareCapacity: 1, holders: [] },
      overall: { mentor: 1, score: 85.25, delta: -4.75, spareCapacity: 0, holders: [2] },
    });
  });

  it("has no alternative when the mentee has only one allowed mentor", () => {
    const result = solved(problem);
    expect(nextBestAlternative(problem, result, 1)).toMatchObject({ withRoom: null, overall: null });
  });

  it("respects the threshold and reports deltas as null for an unmatched mentee", () => {
    const thresholdProblem: AssignmentProblem = { scores: [[90], [80]], capacities: [1], threshold: 50, objective: "score" };
    const result = solved(thresholdProblem);
    expect(result.assignment).toEqual([0, -1]);
    expect(nextBestAlternative(thresholdProblem, result, 1)).toEqual({
      mentee: 1,
      current: null,
      withRoom: null,
      overall: { mentor: 0, score: 80, delta: null, spareCapacity: 0, holders: [0] },
    });
  });

  it("never beats the current mentor with a mentor that has room, unless the pair was locked (optimality seen locally)", () => {
    fc.assert(
      fc.property(problemArb({ maxRows: 7, maxCols: 5, maxCapacity: 3, maxLocks: 2 }), (problem) => {
        const result = solved(problem);
        result.assignment.forEach((mentor, i) => {
          const alt = nextBestAlternative(problem, result, i);
          if (mentor >= 0 && !result.locked[i] && alt.withRoom !== null) {
            expect(alt.withRoom.delta).not.toBeNull();
            expect(alt.withRoom.delta!).toBeLessThanOrEqual(0);
          }
          if (mentor < 0) expect(alt.withRoom).toBeNull();
        });
      }),
      { numRuns: 300 },
    );
  });
});
