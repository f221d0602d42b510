/**
 * Independent reference solvers and checks for the solver tests. Written
 * from the problem statement, not from the solver's code: brute-force
 * enumeration for tiny instances and a Bellman-Ford min-cost flow for
 * medium ones. Both work on the nested-array form.
 */
import type { AssignmentProblem, AssignmentResult, Objective } from "../../../../src/domain/pairing/solver";

export interface NestedProblem {
  scores: (number | null)[][];
  capacities: number[];
  locked?: Array<[number, number]>;
  threshold?: number;
  objective?: Objective;
}

/** The value being optimised, as an ordered pair (compared lexicographically). */
export interface ObjectiveValue {
  matched: number;
  milli: number;
}

const milli = (s: number): number => Math.round(s * 1000);

export function objectiveOf(problem: NestedProblem, assignment: readonly number[]): ObjectiveValue {
  let matched = 0;
  let total = 0;
  assignment.forEach((j, i) => {
    if (j < 0) return;
    matched++;
    total += milli(problem.scores[i]![j]!);
  });
  return { matched, milli: total };
}

/** Positive when a is better than b for the objective. */
export function compareObjective(objective: Objective, a: ObjectiveValue, b: ObjectiveValue): number {
  if (objective === "score") return a.milli !== b.milli ? a.milli - b.milli : a.matched - b.matched;
  return a.matched !== b.matched ? a.matched - b.matched : a.milli - b.milli;
}

function allowed(problem: NestedProblem, i: number, j: number): boolean {
  const s = problem.scores[i]![j];
  return s !== null && s !== undefined && s >= (problem.threshold ?? 0);
}

/** Best objective value over every feasible assignment (locks kept), or null when the locks are infeasible. */
export function bruteForceBest(problem: NestedProblem): ObjectiveValue | null {
  const M = problem.scores.length;
  const N = problem.capacities.length;
  const objective = problem.objective ?? "coverage-then-score";
  const fixed = new Array<number>(M).fill(-2);
  const left = [...problem.capacities];
  for (const [i, j] of problem.locked ?? []) {
    if (fixed[i] !== -2 && fixed[i] !== j) return null;
    if (fixed[i] === j) continue;
    if (problem.scores[i]![j] === null) return null;
    fixed[i] = j;
    left[j] = left[j]! - 1;
    if (left[j]! < 0) return null;
  }
  const current = new Array<number>(M).fill(-1);
  let best: ObjectiveValue | null = null;
  const visit = (i: number): void => {
    if (i === M) {
      const value = objectiveOf(problem, current);
      if (best === null || compareObjective(objective, value, best) > 0) best = value;
      return;
    }
    if (fixed[i]! >= 0) {
      current[i] = fixed[i]!;
      visit(i + 1);
      return;
    }
    current[i] = -1;
    visit(i + 1);
    for (let j = 0; j < N; j++) {
      if (left[j]! > 0 && allowed(problem, i, j)) {
        left[j] = left[j]! - 1;
        current[i] = j;
        visit(i + 1);
        left[j] = left[j]! + 1;
      }
    }
    current[i] = -1;
  };
  visit(0);
  return best;
}

/**
 * Max-weight b-matching by successive shortest paths with Bellman-Ford
 * (negative costs allowed, no potentials): augment one unit along the
 * cheapest source-sink path while it lowers the cost. The lexicographic
 * objective is encoded as a single weight with BigInt arithmetic, so no
 * precision argument is needed here.
 */
export function flowBest(problem: NestedProblem): ObjectiveValue {
  const M = problem.scores.length;
  const N = problem.capacities.length;
  const objective = problem.objective ?? "coverage-then-score";
  const lockedMentor = new Array<number>(M).fill(-1);
  const left = [...problem.capacities];
  for (const [i, j] of problem.locked ?? []) {
    lockedMentor[i] = j;
    left[j] = left[j]! - 1;
  }
  let maxTotal = 0n;
  for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) if (allowed(problem, i, j)) maxTotal += BigInt(milli(problem.scores[i]![j]!));
  // Larger than any score total and any pair count, so each part of the pair stays in its own range.
  const big = (maxTotal > BigInt(M) ? maxTotal : BigInt(M)) + 1n;
  const weight = (s: number): bigint => (objective === "score" ? BigInt(milli(s)) * big + 1n : big + BigInt(milli(s)));

  // Nodes: 0 source, 1..M rows, M+1..M+N columns, M+N+1 sink.
  const source = 0;
  const sink = M + N + 1;
  const nodes = M + N + 2;
  const to: number[] = [];
  const cap: number[] = [];
  const cost: bigint[] = [];
  const adj: number[][] = Array.from({ length: nodes }, () => []);
  const addEdge = (a: number, b: number, c: number, w: bigint): void => {
    adj[a]!.push(to.length);
    to.push(b);
    cap.push(c);
    cost.push(w);
    adj[b]!.push(to.length);
    to.push(a);
    cap.push(0);
    cost.push(-w);
  };
  for (let i = 0; i < M; i++) {
    if (lockedMentor[i]! >= 0) continue;
    addEdge(source, 1 + i, 1, 0n);
    for (let j = 0; j < N; j++) if (allowed(problem, i, j)) addEdge(1 + i, 1 + M + j, 1, -weight(problem.scores[i]![j]!));
  }
  for (let j = 0; j < N; j++) if (left[j]! > 0) addEdge(1 + M + j, sink, left[j]!, 0n);

  for (;;) {
    const dist: (bigint | null)[] = new Array<bigint | null>(nodes).fill(null);
    const via = new Array<number>(nodes).fill(-1);
    dist[source] = 0n;
    for (let round = 0; round < nodes; round++) {
      let changed = false;
      for (let a = 0; a < nodes; a++) {
        const da = dist[a];
        if (da === null || da === undefined) continue;
        for (const e of adj[a]!) {
          if (cap[e]! <= 0) continue;
          const nd = da + cost[e]!;
          const b = to[e]!;
          const db = dist[b];
          if (db === null || db === undefined || nd < db) {
            dist[b] = nd;
            via[b] = e;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    const d = dist[sink];
    if (d === null || d === undefined || d >= 0n) break;
    for (let b = sink; b !== source; b = to[via[b]! ^ 1]!) {
      cap[via[b]!] = cap[via[b]!]! - 1;
      cap[via[b]! ^ 1] = cap[via[b]! ^ 1]! + 1;
    }
  }

  const assignment = [...lockedMentor];
  for (let i = 0; i < M; i++) {
    for (const e of adj[1 + i]!) {
      const b = to[e]!;
      if (b > M && b <= M + N && cap[e] === 0 && cost[e]! < 0n) assignment[i] = b - 1 - M;
    }
  }
  return objectiveOf(problem, assignment);
}

/** Every hard rule of the problem, checked on a result; returns the broken ones. */
export function feasibilityProblems(problem: NestedProblem, result: AssignmentResult): string[] {
  const out: string[] = [];
  const M = problem.scores.length;
  const N = problem.capacities.length;
  if (result.assignment.length !== M) out.push(`assignment has ${result.assignment.length} entries, expected ${M}`);
  const load = new Array<number>(N).fill(0);
  const lockOf = new Map<number, number>((problem.locked ?? []).map(([i, j]) => [i, j]));
  result.assignment.forEach((j, i) => {
    if (j === -1) {
      if (lockOf.has(i)) out.push(`locked mentee ${i} unmatched`);
      return;
    }
    if (!Number.isInteger(j) || j < 0 || j >= N) {
      out.push(`mentee ${i} has mentor ${j}`);
      return;
    }
    load[j] = load[j]! + 1;
    const s = problem.scores[i]![j];
    if (s === null || s === undefined) out.push(`mentee ${i} uses forbidden mentor ${j}`);
    const lock = lockOf.get(i);
    if (lock !== undefined && lock !== j) out.push(`mentee ${i} locked to ${lock} but got ${j}`);
    if (lock === undefined && s !== null && s !== undefined && s < (problem.threshold ?? 0)) {
      out.push(`mentee ${i} got mentor ${j} below the threshold`);
    }
    if (result.locked[i] !== (lock !== undefined)) out.push(`locked flag wrong for mentee ${i}`);
  });
  load.forEach((l, j) => {
    if (l > problem.capacities[j]!) out.push(`mentor ${j} has ${l} > capacity ${problem.capacities[j]}`);
    if (result.mentorLoad[j] !== l) out.push(`mentorLoad[${j}] = ${result.mentorLoad[j]}, counted ${l}`);
  });
  const value = objectiveOf(problem, result.assignment);
  if (value.matched !== result.matched) out.push(`matched ${result.matched}, counted ${value.matched}`);
  if (value.milli !== result.totalMilli) out.push(`totalMilli ${result.totalMilli}, counted ${value.milli}`);
  if (Math.abs(result.total - value.milli / 1000) > 1e-9) out.push(`total ${result.total}, counted ${value.milli / 1000}`);
  return out;
}

export function asProblem(p: NestedProblem): AssignmentProblem {
  return p;
}

/** Deterministic pseudo-random instance (mulberry32), optionally with "popular" mentors everyone rates highly. */
export function randomProblem(
  rows: number,
  cols: number,
  seed: number,
  objective: "score" | "coverage-then-score",
  threshold: number,
  popular: boolean,
): NestedProblem {
  let state = seed | 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const quality = Array.from({ length: cols }, () => next());
  const scores = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, (_, j) => {
      if (next() < 0.2) return null;
      const raw = popular ? 60 * quality[j]! + 40 * next() : 100 * next();
      return Math.round(raw * 10) / 10;
    }),
  );
  const capacities = Array.from({ length: cols }, () => Math.floor(next() * 4));
  return { scores, capacities, objective, threshold };
}
