/**
 * Benchmark of the exact pairing solver. Prints wall-clock figures; it is
 * not a test and asserts nothing about speed (machines differ, and CI
 * machines are busy). `iterations` (shortest-path steps) is the
 * machine-independent measure of work to compare across runs.
 *
 * Run: node --import tsx bench/pairing-solver.bench.ts
 * Or call runPairingSolverBench() from a bench runner.
 *
 * Baselines: `munkres` and `munkres-js` solve the plain assignment problem
 * (one mentor each, every mentee assigned), so they are timed on square
 * problems with capacity 1 and no forbidden pairs, where our solver's
 * "coverage-then-score" optimum is exactly their optimum; the bench checks
 * that all totals agree.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { munkres } from "munkres";
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

/** Everyone rates mentor quality the same way (60 points) plus personal fit (40): the solver's hardest realistic pattern. */
function stronglyPopular(mentees: number, mentors: number, seed: number): ScoreMatrix {
  const next = prng(seed);
  const quality = Array.from({ length: mentors }, () => next());
  const values = new Float64Array(mentees * mentors);
  for (let i = 0; i < mentees; i++) {
    for (let j = 0; j < mentors; j++) {
      values[i * mentors + j] = next() < 0.1 ? Number.NaN : Math.round((60 * quality[j]! + 40 * next()) * 100) / 100;
    }
  }
  return { rows: mentees, cols: mentors, values };
}

/** The same matrix with every forbidden pair allowed at score 0 (the baselines have no "forbidden"). */
function allAllowed(matrix: ScoreMatrix): ScoreMatrix {
  return { ...matrix, values: matrix.values.map((v) => (Number.isNaN(v) ? 0 : v)) };
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
  { name: "3000x3000 cap 2, strongly popular", mentees: 3000, mentors: 3000, capacity: 2, runs: 1, scores: stronglyPopular },
];

interface BaselineCase {
  readonly size: number;
  readonly runs: number;
  /** munkres-js is a textbook O(n^3)-with-large-constant Munkres: only small sizes finish in bench time. */
  readonly withMunkresJs: boolean;
}

const BASELINES: readonly BaselineCase[] = [
  { size: 32, runs: 50, withMunkresJs: true },
  { size: 500, runs: 1, withMunkresJs: true },
  { size: 3000, runs: 1, withMunkresJs: false },
];

type PairList = Array<[number, number]>;

/** munkres-js ships CommonJS without types; load it and check its shape instead of trusting it. */
function loadMunkresJs(): (cost: number[][]) => PairList {
  const loaded: unknown = createRequire(import.meta.url)("munkres-js");
  if (typeof loaded !== "function") throw new Error("munkres-js did not load as a function");
  return (cost) => {
    const out: unknown = Reflect.apply(loaded, undefined, [cost]);
    if (!Array.isArray(out)) throw new Error("munkres-js returned no list of pairs");
    return out.map((pair: unknown): [number, number] => {
      if (!Array.isArray(pair) || typeof pair[0] !== "number" || typeof pair[1] !== "number") throw new Error("munkres-js returned a malformed pair");
      return [pair[0], pair[1]];
    });
  };
}

function timeMedian(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}

async function runBaselines(): Promise<BenchResult[]> {
  const munkresJs = loadMunkresJs();
  const results: BenchResult[] = [];
  for (const b of BASELINES) {
    const matrix = allAllowed(programmeLike(b.size, b.size, 7));
    const n = b.size;
    const rows = Array.from({ length: n }, (_, i) => Array.from(matrix.values.subarray(i * n, (i + 1) * n)));
    // Costs in integer hundredths so every implementation compares exact integers.
    const cost = rows.map((row) => row.map((s) => 10_000 - Math.round(s * 100)));
    const totalOf = (pairs: PairList): number => pairs.reduce((sum, [i, j]) => sum + Math.round(rows[i]![j]! * 100), 0) / 100;

    let ours = 0;
    const oursMs = timeMedian(b.runs, () => {
      const result = solveAssignment({ scores: matrix, capacities: new Array<number>(n).fill(1), objective: "coverage-then-score" });
      if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("; "));
      ours = result.total;
    });
    let theirs = 0;
    const munkresMs = timeMedian(b.runs, () => {
      theirs = totalOf(munkres(cost));
    });
    results.push({ name: `baseline ${n}x${n} cap 1: ours`, ms: oursMs, runs: b.runs, details: { total: ours } });
    results.push({
      name: `baseline ${n}x${n} cap 1: munkres`,
      ms: munkresMs,
      runs: b.runs,
      details: { total: theirs, sameTotal: theirs === ours ? "yes" : "NO" },
    });
    if (b.withMunkresJs) {
      let js = 0;
      const jsMs = timeMedian(Math.min(b.runs, 5), () => {
        js = totalOf(munkresJs(cost.map((row) => [...row])));
      });
      results.push({
        name: `baseline ${n}x${n} cap 1: munkres-js`,
        ms: jsMs,
        runs: Math.min(b.runs, 5),
        details: { total: js, sameTotal: js === ours ? "yes" : "NO" },
      });
    }
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return results;
}

export async function runPairingSolverBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const c of CASES) {
    const scores = c.scores(c.mentees, c.mentors, 20240601);
    const capacities = new Array<number>(c.mentors).fill(c.capacity);
    let details: Record<string, number | string> = {};
    const ms = timeMedian(c.runs, () => {
      const result = solveAssignment({ scores, capacities, objective: "coverage-then-score" });
      if (!result.ok) throw new Error(`${c.name}: ${result.issues.map((issue) => issue.message).join("; ")}`);
      details = { matched: result.matched, total: result.total, iterations: result.iterations, rounds: result.rounds };
    });
    results.push({ name: c.name, ms, runs: c.runs, details });
    // Let other work (a runner's UI, timers) proceed between cases.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  results.push(...(await runBaselines()));
  return results;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const results = await runPairingSolverBench();
  for (const r of results) {
    const extra = Object.entries(r.details)
      .map(([k, v]) => `${k}=${v}`)
      .join(" ");
    console.log(`${r.name.padEnd(40)} ${r.ms.toFixed(2).padStart(10)} ms  (median of ${r.runs})  ${extra}`);
  }
}
