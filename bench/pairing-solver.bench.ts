/**
 * Benchmark of the exact pairing solver. Prints wall-clock figures; it is
 * not a test and asserts nothing about speed (machines differ, and CI
 * machines are busy). `iterations` (shortest-path steps) is the
 * machine-independent measure of work to compare across runs.
 *
 * Run: node --import tsx bench/pairing-solver.bench.ts
 * Or call runPairingSolverBench() from a bench runner.
 */
import { pathToFileURL } from "node:url";
import { solveAssignment, type ScoreMatrix } from "../src/domain/pairing/solver";

export interface BenchResult {
  readonly name: string;
  /** Median wall-clock time of one solve, including validation. */
  readonly ms: number;
  readonly runs: number;
  readonly details: Record<string, number | string>;
}

interface Case {
  readonly name: string;
  readonly mentees: number;
  readonly mentors: number;
  readonly capacity: number;
  readonly runs: number;
  readonly scores: (mentees: number, mentors: number, seed: number) => ScoreMatrix;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
function prng(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Scores shaped like the programme's: mentees rank 3 needs among 10 focus
 * areas, mentors offer 2-5 skills; overlap weighted by rank (60 points),
 * years of experience (up to 25 points: experienced mentors suit almost
 * everyone, the hard case for the solver), same county (15 points); 10% of
 * pairs forbidden by hard rules.
 */
function programmeLike(mentees: number, mentors: number, seed: number): ScoreMatrix {
  const next = prng(seed);
  const areas = 10;
  const needs = Array.from({ length: mentees }, () => {
    const picked: number[] = [];
    while (picked.length < 3) {
      const a = Math.floor(next() * areas);
      if (!picked.includes(a)) picked.push(a);
    }
    return picked;
  });
  const skills = Array.from({ length: mentors }, () => {
    const set = new Set<number>();
    const count = 2 + Math.floor(next() * 4);
    while (set.size < count) set.add(Math.floor(next() * areas));
    return set;
  });
  const experience = Array.from({ length: mentors }, () => Math.floor(next() * 31));
  const menteeCounty = Array.from({ length: mentees }, () => Math.floor(next() * 17));
  const mentorCounty = Array.from({ length: mentors }, () => Math.floor(next() * 17));
  const rankWeight = [30, 20, 10];
  const values = new Float64Array(mentees * mentors);
  for (let i = 0; i < mentees; i++) {
    for (let j = 0; j < mentors; j++) {
      if (next() < 0.1) {
        values[i * mentors + j] = Number.NaN;
        continue;
      }
      let overlap = 0;
      needs[i]!.forEach((a, rank) => {
        if (skills[j]!.has(a)) overlap += rankWeight[rank]!;
      });
      const score = overlap + (25 * experience[j]!) / 30 + (menteeCounty[i] === mentorCounty[j] ? 15 : 0);
      values[i * mentors + j] = Math.round(score * 100) / 100;
    }
  }
  return { rows: mentees, cols: mentors, values };
}

/** Independent uniform scores in [0, 100] with two decimals and 10% forbidden pairs. */
function uniform(mentees: number, mentors: number, seed: number): ScoreMatrix {
  const next = prng(seed);
  const values = new Float64Array(mentees * mentors);
  for (let k = 0; k < values.length; k++) values[k] = next() < 0.1 ? Number.NaN : Math.round(next() * 10000) / 100;
  return { rows: mentees, cols: mentors, values };
}

const CASES: readonly Case[] = [
  { name: "32x32 cap 1 (the real programme)", mentees: 32, mentors: 32, capacity: 1, runs: 200, scores: programmeLike },
  { name: "500x500 cap 2", mentees: 500, mentors: 500, capacity: 2, runs: 5, scores: programmeLike },
  { name: "3000x3000 cap 2", mentees: 3000, mentors: 3000, capacity: 2, runs: 1, scores: programmeLike },
  { name: "3000x3000 cap 2, uniform scores", mentees: 3000, mentors: 3000, capacity: 2, runs: 1, scores: uniform },
  { name: "3000x3000 cap 1", mentees: 3000, mentors: 3000, capacity: 1, runs: 1, scores: programmeLike },
  { name: "3000x3000 cap 3", mentees: 3000, mentors: 3000, capacity: 3, runs: 1, scores: programmeLike },
];

export async function runPairingSolverBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const c of CASES) {
    const scores = c.scores(c.mentees, c.mentors, 20240601);
    const capacities = new Array<number>(c.mentors).fill(c.capacity);
    const times: number[] = [];
    let details: Record<string, number | string> = {};
    for (let run = 0; run < c.runs; run++) {
      const start = performance.now();
      const result = solveAssignment({ scores, capacities, objective: "coverage-then-score" });
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(`${c.name}: ${result.issues.map((issue) => issue.message).join("; ")}`);
      details = {
        matched: result.matched,
        total: result.total,
        iterations: result.iterations,
        rounds: result.rounds,
        solver: result.solver,
      };
    }
    times.sort((a, b) => a - b);
    results.push({ name: c.name, ms: Math.round(times[Math.floor(times.length / 2)]! * 100) / 100, runs: c.runs, details });
    // Let other work (a runner's UI, timers) proceed between cases.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return results;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const results = await runPairingSolverBench();
  for (const r of results) {
    const extra = Object.entries(r.details)
      .map(([k, v]) => `${k}=${v}`)
      .join(" ");
    console.log(`${r.name.padEnd(36)} ${r.ms.toFixed(2).padStart(10)} ms  (median of ${r.runs})  ${extra}`);
  }
}
