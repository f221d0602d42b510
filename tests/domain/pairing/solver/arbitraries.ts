/** fast-check generators for small assignment problems with many ties. */
import fc from "fast-check";
import type { Objective } from "../../../../src/domain/pairing/solver";
import type { NestedProblem } from "./reference";

export interface ProblemShape {
  maxRows: number;
  maxCols: number;
  maxCapacity: number;
  maxLocks: number;
}

/**
 * Scores from a tiny set (ties everywhere), thousandth steps (score
 * differences smaller than pair-count differences: this is what tests the
 * exactness of the lexicographic objectives), a fractional set, or any
 * double in range.
 */
const scoreValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 50, 100) },
  { weight: 2, arbitrary: fc.constantFrom(0, 0.001, 0.002, 0.003, 99.999, 100) },
  { weight: 2, arbitrary: fc.constantFrom(12.5, 33.333, 66.667, 99.999, 0.001) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
);

const cell = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: scoreValue });

/**
 * Keeps only locks that the problem allows (pair not forbidden, one mentor
 * per mentee, capacity respected), in the order given: a valid lock set.
 */
export function validLocks(scores: (number | null)[][], capacities: number[], seeds: Array<[number, number]>): Array<[number, number]> {
  const M = scores.length;
  const N = capacities.length;
  if (M === 0 || N === 0) return [];
  const used = new Array<number>(N).fill(0);
  const taken = new Set<number>();
  const locks: Array<[number, number]> = [];
  for (const [a, b] of seeds) {
    const i = a % M;
    const j = b % N;
    if (taken.has(i) || scores[i]![j] === null || used[j]! >= capacities[j]!) continue;
    taken.add(i);
    used[j] = used[j]! + 1;
    locks.push([i, j]);
  }
  return locks;
}

export function problemArb(shape: ProblemShape): fc.Arbitrary<NestedProblem> {
  return fc
    .record({ rows: fc.integer({ min: 0, max: shape.maxRows }), cols: fc.integer({ min: 0, max: shape.maxCols }) })
    .chain(({ rows, cols }) =>
      fc.record({
        scores: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
        capacities: fc.array(fc.integer({ min: 0, max: shape.maxCapacity }), { minLength: cols, maxLength: cols }),
        threshold: fc.constantFrom(0, 0, 25, 50, 60, 100, 100.5),
        objective: fc.constantFrom<Objective>("score", "coverage-then-score"),
        lockSeeds: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: shape.maxLocks }),
      }),
    )
    .map(({ scores, capacities, threshold, objective, lockSeeds }) => ({
      scores,
      capacities,
      threshold,
      objective,
      locked: validLocks(scores, capacities, lockSeeds),
    }));
}
