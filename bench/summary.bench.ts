import { pathToFileURL } from "node:url";
import type { CountyName, FocusAreaId, PairStatus } from "../src/domain/reference";
import { COUNTY_NAMES, FOCUS_AREA_IDS } from "../src/domain/reference";
import type { Evaluation, Goal, Mentee, Mentor, Pair, Phase, RegisterData, RegisterKind, RegisterRow, Registers, Session } from "../src/domain/registers";
import { REGISTERS } from "../src/domain/registers";
import { DEFAULT_SETTINGS } from "../src/domain/settings";
import { computeProgrammeMetrics, describeSummarySheets, layoutToGrid, toSummaryJson } from "../src/domain/summary";

/*
 * How long the summary takes on a programme far larger than the case study's (32 pairs):
 * 5,000 pairs over 4 phases, 35,000 weekly sessions, two goals and two evaluation forms a
 * pair. The task pane recomputes on demand, so this must stay well under a second.
 * Run: node --import tsx bench/summary.bench.ts
 */

export interface SummaryBenchResult {
  pairs: number;
  sessions: number;
  goals: number;
  evaluations: number;
  phases: number;
  /**
   * computeProgrammeMetrics, all phases: wall-clock median and fastest of the timed runs, and
   * the median CPU time of this process (steadier than wall time on a shared, busy machine).
   */
  metricsMs: Timing;
  /** describeSummarySheets + layoutToGrid for every sheet. */
  sheetsMs: Timing;
  gridCells: number;
  json: { mentors: number; mentees: number; pairs: number; sessionsHeld: number; hours: number };
}

function data<T>(kind: RegisterKind, values: Array<Partial<T>>): RegisterData<T> {
  const sheet = REGISTERS[kind].sheetName;
  return {
    kind,
    sheet,
    headerRow: 1,
    columns: [],
    rows: values.map((v, i): RegisterRow<T> => ({ values: v, raw: {}, cells: {}, source: { sheet, row: i + 2 }, changes: [], problems: [], extra: {} })),
  };
}

/** A deterministic pseudo-random sequence, so every run times the same data. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

export function benchRegisters(pairCount = 5_000, weeks = 7, phaseCount = 4): Registers {
  const random = lcg(42);
  const phases: Array<Partial<Phase>> = [];
  for (let p = 1; p <= phaseCount; p += 1) {
    phases.push({
      phase: `Phase ${p}`,
      counties: COUNTY_NAMES.slice((p - 1) * 10, p * 10) as CountyName[],
      startDate: "2017-02-06",
      weeks,
      sessionHours: p === 1 ? 1 : 2,
    });
  }
  const mentors: Array<Partial<Mentor>> = [];
  const mentees: Array<Partial<Mentee>> = [];
  const pairs: Array<Partial<Pair>> = [];
  const sessions: Array<Partial<Session>> = [];
  const goals: Array<Partial<Goal>> = [];
  const evaluations: Array<Partial<Evaluation>> = [];
  const statuses: PairStatus[] = ["completed", "completed", "completed", "active", "disengaged", "proposed"];
  for (let i = 0; i < pairCount; i += 1) {
    const phaseIndex = i % phaseCount;
    const phase = `Phase ${phaseIndex + 1}`;
    const county = COUNTY_NAMES[phaseIndex * 10 + (i % 10)] ?? "Nairobi";
    const focus = FOCUS_AREA_IDS[i % FOCUS_AREA_IDS.length] as FocusAreaId;
    mentors.push({ mentorId: `MR-${i}`, fullName: `Mentor Number ${i}`, county: "Nairobi", skills: [focus], phase });
    mentees.push({ menteeId: `ME-${i}`, fullName: `Mentee Number ${i}`, county, needs: [focus], phase });
    const status = statuses[i % statuses.length] ?? "active";
    pairs.push({ pairId: `P-${i}`, mentorId: `MR-${i}`, menteeId: `ME-${i}`, phase, status, acceptanceSigned: "2017-02-01" });
    // Every pair logs all its weeks, some missed; half the logs name the pair by names only.
    for (let week = 1; week <= weeks; week += 1) {
      const byName = random() < 0.5;
      sessions.push({
        ...(byName ? { mentorName: `mentor number ${i}`, menteeName: `MENTEE  NUMBER ${i}` } : { pairId: `P-${i}` }),
        week,
        held: status !== "proposed" && random() < 0.9,
        ...(random() < 0.9 ? { hours: phaseIndex === 0 ? 1 : 2 } : {}),
        topics: [focus],
        notes: "confidential",
      });
    }
    goals.push({ pairId: `P-${i}`, goal: "g1", focusArea: focus, status: "achieved" }, { pairId: `P-${i}`, goal: "g2", status: "in progress" });
    evaluations.push(
      { pairId: `P-${i}`, respondent: "mentor", goalProgress: 4, relationship: 5, sessionQuality: 4, overall: 4 },
      { pairId: `P-${i}`, respondent: "mentee", goalProgress: 3, relationship: 4, sessionQuality: 5, overall: 5 },
    );
  }
  return {
    settings: DEFAULT_SETTINGS,
    phases: data("phases", phases),
    mentors: data("mentors", mentors),
    mentees: data("mentees", mentees),
    pairs: data("pairs", pairs),
    sessions: data("sessions", sessions),
    goals: data("goals", goals),
    evaluations: data("evaluations", evaluations),
  };
}

export interface Timing {
  median: number;
  min: number;
  cpuMedian: number;
}

function time(runs: number, work: () => void): Timing {
  work(); // warm-up: JIT and caches, not measured
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    work();
    const used = process.cpuUsage(cpuStart);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { median: round(median(wall)), min: round(Math.min(...wall)), cpuMedian: round(median(cpu)) };
}

export function runSummaryBench(runs = 7): SummaryBenchResult {
  const registers = benchRegisters();
  const programme = computeProgrammeMetrics(registers);
  const metricsMs = time(runs, () => void computeProgrammeMetrics(registers));
  let gridCells = 0;
  const sheetsMs = time(runs, () => {
    gridCells = 0;
    for (const sheet of describeSummarySheets(programme, { generatedAt: "2025-03-01T10:30:00+03:00", includedErrors: false })) {
      const grid = layoutToGrid(sheet);
      gridCells += grid.rowCount * grid.columnCount;
    }
  });
  const json = toSummaryJson(programme).programme;
  return {
    pairs: registers.pairs?.rows.length ?? 0,
    sessions: registers.sessions?.rows.length ?? 0,
    goals: registers.goals?.rows.length ?? 0,
    evaluations: registers.evaluations?.rows.length ?? 0,
    phases: programme.phases.length,
    metricsMs,
    sheetsMs,
    gridCells,
    json: { mentors: json.mentors, mentees: json.mentees, pairs: json.pairs, sessionsHeld: json.sessionsHeld, hours: json.hours },
  };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const r = runSummaryBench();
  process.stdout.write(
    [
      `summary bench: ${r.pairs} pairs, ${r.sessions} sessions, ${r.goals} goals, ${r.evaluations} evaluations, ${r.phases} phases`,
      `  metrics (all phases): median ${r.metricsMs.median} ms, fastest ${r.metricsMs.min} ms, CPU median ${r.metricsMs.cpuMedian} ms`,
      `  sheets + grids:       median ${r.sheetsMs.median} ms, fastest ${r.sheetsMs.min} ms, CPU median ${r.sheetsMs.cpuMedian} ms (${r.gridCells} cells)`,
      `  figures: ${r.json.mentors} mentors, ${r.json.mentees} mentees, ${r.json.pairs} pairs, ${r.json.sessionsHeld} sessions held, ${r.json.hours} h`,
      "",
    ].join("\n"),
  );
}
