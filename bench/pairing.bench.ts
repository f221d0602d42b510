/**
 * Pairing at scale (issue 5, part 7). Prints wall-clock figures; asserts nothing about speed.
 *
 * 1. The exact solver for 32, 500 and 2,000 mentees against as many capacity slots (mentors
 *    of capacity 2; scores from the scoring layer on a generated programme, as the operation
 *    would solve them), beside the `munkres` and `munkres-js` packages on the same matrices. Those
 *    solve the plain square assignment problem, so each mentor of capacity 2 becomes two
 *    identical columns and the score becomes a cost (10,000 - score in hundredths, exact
 *    integers); every total is checked against ours.
 * 2. The whole pair operation through the in-memory Excel for 2,000 mentees and 1,000
 *    mentors: read every register, score 2,000,000 pairs, solve, explain, log, then accept
 *    (append 2,000 rows to the Pairs register).
 *
 * Run: node --import tsx bench/pairing.bench.ts   (or `npm run bench`, which runs every bench)
 * munkres-js takes minutes at 2,000; it runs there only with PAIRING_BENCH_FULL=1.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { munkres } from "munkres";
import { buildPairingProblem, explainPairing } from "../src/domain/pairing";
import { solveAssignment, type ScoreMatrix } from "../src/domain/pairing/solver";
import { loadRegisters } from "../src/operations/load-registers";
import { FOCUS_AREA_IDS, SECTORS } from "../src/domain/reference";
import { REGISTERS } from "../src/domain/registers";
import { acceptPairs, proposePairs } from "../src/operations/pair";
import { createRng } from "../src/sample/prng";
import { createMemoryContext, memoryWorkbookFromSpec, type CellInput } from "../src/workbook/memory";

export interface PairingBenchLine {
  name: string;
  ms: number;
  details: Record<string, number | string>;
}

type Pairs = Array<[number, number]>;

function loadMunkresJs(): (cost: number[][]) => Pairs {
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

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: Math.round((performance.now() - start) * 100) / 100 };
}

/** The scoring layer's matrix for a generated programme of `size` mentees and size/2 mentors of capacity 2. */
async function programmeMatrix(size: number): Promise<ScoreMatrix> {
  const loaded = await loadRegisters(createMemoryContext(programmeWorkbook(size, size / 2)));
  const built = buildPairingProblem(loaded.registers, { phase: "Phase 9", threshold: 0 });
  if (!built.ok) throw new Error(built.errors.map((e) => e.message).join("; "));
  return built.problem.assignment.scores;
}

async function solverLines(size: number, withMunkresJs: boolean, munkresJs: (cost: number[][]) => Pairs): Promise<PairingBenchLine[]> {
  const capacity = 2;
  const mentors = size / capacity;
  const matrix = await programmeMatrix(size);
  if (matrix.values.some((v) => Number.isNaN(v))) throw new Error("the bench programme has forbidden pairs; the baselines cannot take them");
  const hundredths = (i: number, j: number) => Math.round(matrix.values[i * mentors + j]! * 100);
  // Slot column c is mentor floor(c / capacity): the cost-matrix form of a capacitated problem.
  const cost = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, c) => 10_000 - hundredths(i, Math.floor(c / capacity))));
  const totalOf = (pairs: Pairs) => pairs.reduce((sum, [i, c]) => sum + hundredths(i, Math.floor(c / capacity)), 0) / 100;

  const ours = timed(() => solveAssignment({ scores: matrix, capacities: new Array<number>(mentors).fill(capacity), objective: "coverage-then-score" }));
  if (!ours.value.ok) throw new Error(ours.value.issues.map((i) => i.message).join("; "));
  const ourTotal = Math.round(ours.value.total * 100) / 100;
  const label = `${size} mentees x ${mentors} mentors (cap ${capacity})`;
  const lines: PairingBenchLine[] = [{ name: `solver ${label}: ours`, ms: ours.ms, details: { total: ourTotal, matched: ours.value.matched, iterations: ours.value.iterations } }];
  const theirs = timed(() => totalOf(munkres(cost)));
  lines.push({ name: `solver ${label}: munkres`, ms: theirs.ms, details: { total: theirs.value, sameTotal: theirs.value === ourTotal ? "yes" : "NO" } });
  if (withMunkresJs) {
    const js = timed(() => totalOf(munkresJs(cost.map((row) => [...row]))));
    lines.push({ name: `solver ${label}: munkres-js`, ms: js.ms, details: { total: js.value, sameTotal: js.value === ourTotal ? "yes" : "NO" } });
  } else {
    lines.push({ name: `solver ${label}: munkres-js`, ms: Number.NaN, details: { skipped: "minutes at this size; set PAIRING_BENCH_FULL=1" } });
  }
  return lines;
}

/** A programme of `mentees` mentees and `mentors` mentors in one phase, as register sheets. */
function programmeWorkbook(mentees: number, mentors: number) {
  const rng = createRng(7);
  const counties = ["Mombasa", "Kilifi", "Kwale", "Taita Taveta", "Murang'a", "Nakuru", "Machakos", "Nairobi", "Kiambu", "Kisumu"];
  const areas = () => rng.shuffle(FOCUS_AREA_IDS).slice(0, rng.int(1, 3)).join("; ");
  const label = (kind: "mentors" | "mentees", key: string) => REGISTERS[kind].fields.find((f) => f.key === key)?.label ?? key;
  const mentorKeys = ["mentorId", "fullName", "organisation", "sector", "county", "ihrmNumber", "yearsExperience", "skills", "capacity", "availability", "confidentialityAgreed", "phase"];
  const menteeKeys = ["menteeId", "fullName", "county", "organisation", "workplace", "phase", "needs"];
  const mentorRows: CellInput[][] = [mentorKeys.map((k) => label("mentors", k))];
  for (let j = 0; j < mentors; j++) {
    mentorRows.push([`MR-${j + 1}`, `Mentor ${j + 1}`, `Company ${j % 400}`, rng.pick(SECTORS), rng.pick(counties), `IHRM/${j}`, rng.int(5, 25), areas(), 2, rng.pick(["Tue; Thu", "Any weekday", "Weekday mornings"]), "Yes", "Phase 9"]);
  }
  const menteeRows: CellInput[][] = [menteeKeys.map((k) => label("mentees", k))];
  for (let i = 0; i < mentees; i++) {
    const county = rng.pick(counties);
    menteeRows.push([`ME-${i + 1}`, `Mentee ${i + 1}`, county, `${county} County Government`, `${county} County Department of Health`, "Phase 9", areas()]);
  }
  return memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: mentorRows }, { name: "Mentees", rows: menteeRows }] });
}

async function operationLines(mentees: number, mentors: number): Promise<PairingBenchLine[]> {
  const workbook = programmeWorkbook(mentees, mentors);
  const context = createMemoryContext(workbook);
  const start = performance.now();
  const proposal = await proposePairs(context, { phase: "Phase 9" }, { now: () => new Date("2026-01-01T00:00:00Z") });
  const proposed = performance.now();
  const accepted = await acceptPairs(context, { phase: "Phase 9", suggestions: proposal.outcome.suggestions, acceptedAt: new Date("2026-01-01T00:00:00Z") });
  const end = performance.now();
  const round = (ms: number) => Math.round(ms * 100) / 100;
  // The same work step by step, to show where the time goes.
  const t0 = performance.now();
  const loaded = await loadRegisters(createMemoryContext(programmeWorkbook(mentees, mentors)));
  const t1 = performance.now();
  const built = buildPairingProblem(loaded.registers, { phase: "Phase 9" });
  if (!built.ok) throw new Error(built.errors.map((e) => e.message).join("; "));
  const t2 = performance.now();
  const solved = solveAssignment(built.problem.assignment);
  if (!solved.ok) throw new Error(solved.issues.map((i) => i.message).join("; "));
  const t3 = performance.now();
  explainPairing(built.problem, solved);
  const t4 = performance.now();
  return [
    {
      name: `pair operation ${mentees} mentees x ${mentors} mentors: steps`,
      ms: round(t4 - t0),
      details: { readMs: round(t1 - t0), scoreMs: round(t2 - t1), solveMs: round(t3 - t2), explainMs: round(t4 - t3) },
    },
    {
      name: `pair operation ${mentees} mentees x ${mentors} mentors: score + solve + explain + log`,
      ms: round(proposed - start),
      details: { solveMs: round(proposal.solveMs), pairs: proposal.outcome.suggestions.length, unmatched: proposal.outcome.unmatched.length, total: proposal.outcome.total },
    },
    { name: `pair operation ${mentees} mentees x ${mentors} mentors: accept (write the pairs)`, ms: round(end - proposed), details: { rows: accepted.rows } },
    { name: `pair operation ${mentees} mentees x ${mentors} mentors: whole`, ms: round(end - start), details: { syncs: context.stats.syncCount } },
  ];
}

export async function runPairingBench(options: { full?: boolean } = {}): Promise<PairingBenchLine[]> {
  const full = options.full ?? process.env.PAIRING_BENCH_FULL === "1";
  const munkresJs = loadMunkresJs();
  const lines: PairingBenchLine[] = [];
  for (const size of [32, 500, 2000]) {
    lines.push(...(await solverLines(size, size < 2000 || full, munkresJs)));
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  lines.push(...(await operationLines(2000, 1000)));
  return lines;
}

export function formatPairingBench(lines: readonly PairingBenchLine[]): string {
  return lines
    .map((l) => {
      const extra = Object.entries(l.details).map(([k, v]) => `${k}=${v}`).join(" ");
      return `${l.name.padEnd(78)} ${Number.isNaN(l.ms) ? "       —" : `${l.ms.toFixed(2).padStart(9)} ms`}  ${extra}`;
    })
    .join("\n");
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) console.log(formatPairingBench(await runPairingBench()));
