/**
 * Validation at national scale: 5 phases, 5,000 mentors, 5,000 mentees, 20,000 pairs, 50,000
 * sessions, 10,000 goals and 10,000 evaluations, with the mess real sheets have (names retyped
 * with other spacing and case, phones to tidy, a sprinkling of broken rows). Prints rows/second
 * and total milliseconds.
 *
 *   node --import tsx bench/validation.bench.ts
 */
import { pathToFileURL } from "node:url";
import { COUNTY_NAMES, type CountyName } from "../src/domain/reference";
import {
  cellRef,
  REGISTERS,
  type ColumnMapping,
  type GridValue,
  type NormalisationChange,
  type RegisterData,
  type RegisterKind,
  type RegisterRow,
  type Registers,
} from "../src/domain/registers";
import { DEFAULT_SETTINGS } from "../src/domain/settings";
import { validateRegisters } from "../src/domain/validation";

export interface BenchScale {
  phases: number;
  mentors: number;
  mentees: number;
  pairs: number;
  sessions: number;
  goals: number;
  evaluations: number;
}

export const NATIONAL_SCALE: BenchScale = { phases: 5, mentors: 5_000, mentees: 5_000, pairs: 20_000, sessions: 50_000, goals: 10_000, evaluations: 10_000 };

export interface ValidationBenchResult {
  scale: BenchScale;
  rows: number;
  issues: number;
  errors: number;
  warnings: number;
  /** Milliseconds of each timed run, fastest first. */
  runsMs: number[];
  /** CPU milliseconds of the median run: steadier than wall time on a shared machine. */
  cpuMs: number;
  bestMs: number;
  medianMs: number;
  rowsPerSecond: number;
}

const FIRST = ["Achieng", "Wanjiru", "Otieno", "Kamau", "Njeri", "Mwangi", "Atieno", "Kiprono", "Chebet", "Mutua", "Wambui", "Omondi", "Nafula", "Barasa", "Jepkosgei", "Ouma", "Muthoni", "Kariuki", "Akinyi", "Onyango"];
const MIDDLE = ["Grace", "John", "Mary", "Peter", "Fatuma", "Omar", "Esther", "David", "Faith", "Joseph", "Ruth", "Daniel", "Mercy", "Samuel", "Lucy", "James", "Agnes", "Paul", "Joyce", "Hassan"];
const LAST = ["Odhiambo", "Njoroge", "Kilonzo", "Wekesa", "Rotich", "Maina", "Auma", "Kibet", "Gitau", "Okoth", "Nyambura", "Ndungu", "Cherono", "Oduor", "Wairimu", "Langat", "Owino", "Mugo", "Adhiambo", "Said"];

/** A distinct three-part name per index (8,000 combinations), so namesakes are deliberate. */
function personName(i: number): string {
  return `${MIDDLE[i % 20] ?? ""} ${FIRST[Math.floor(i / 20) % 20] ?? ""} ${LAST[Math.floor(i / 400) % 20] ?? ""}`;
}

/** How an officer retypes a name: other case and spacing. */
function retype(name: string, i: number): string {
  return i % 2 === 0 ? `  ${name.toUpperCase()}` : name.toLowerCase().replace(/ /g, "   ");
}

function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const START = Math.round(Date.UTC(2018, 0, 8) / 86_400_000);

interface Draft {
  values: Record<string, unknown>;
  raw?: Record<string, GridValue>;
  changes?: Array<Omit<NormalisationChange, "cell">>;
}

/** Builds a register the way the reader would: cells on the sheet, raw as typed, changes recorded. */
function register<K extends RegisterKind>(kind: K, drafts: Draft[]): RegisterData<never> {
  const sheet = REGISTERS[kind].sheetName;
  const headerRow = 2;
  const keys = REGISTERS[kind].fields.map((f) => f.key);
  const columnOf = new Map(keys.map((k, i) => [k, i + 1]));
  const columns: ColumnMapping[] = keys.map((k, i) => ({ column: i + 1, header: k, field: k, confidence: 1 }));
  const rows = drafts.map((d, i): RegisterRow<never> => {
    const line = headerRow + 1 + i;
    const raw: Record<string, GridValue> = {};
    const cells: Record<string, ReturnType<typeof cellRef>> = {};
    for (const [k, v] of Object.entries(d.values)) {
      if (v === undefined) continue;
      raw[k] = Array.isArray(v) ? v.join("; ") : typeof v === "boolean" ? (v ? "Yes" : "No") : (v as GridValue);
    }
    Object.assign(raw, d.raw);
    for (const k of Object.keys(raw)) cells[k] = cellRef(sheet, line, columnOf.get(k) ?? 1);
    const changes = (d.changes ?? []).map((c) => ({ ...c, cell: cellRef(sheet, line, columnOf.get(c.field) ?? 1) }));
    return { values: d.values as never, raw: raw as never, cells: cells as never, source: { sheet, row: line }, changes, problems: [], extra: {} };
  });
  return { kind, sheet, headerRow, columns, rows };
}

export function nationalRegisters(scale: BenchScale = NATIONAL_SCALE): Registers {
  const phaseNames = Array.from({ length: scale.phases }, (_, p) => `Phase ${p + 1}`);
  const countiesOf = (p: number): CountyName[] => COUNTY_NAMES.filter((_, c) => c % scale.phases === p);
  const phaseStart = (p: number) => START + p * 70;

  const phases: Draft[] = phaseNames.map((phase, p) => ({
    values: { phase, counties: countiesOf(p), startDate: iso(phaseStart(p)), weeks: 7, sessionHours: p === 0 ? 1 : 2 },
  }));

  // Mentor m and mentee e serve in phase m % phases; every 200th row carries a mistake.
  const mentors: Draft[] = Array.from({ length: scale.mentors }, (_, m) => ({
    values: {
      mentorId: `MR-${m + 1}`, fullName: personName(m), county: countiesOf(m % scale.phases)[0], phone: `+2547${String(10_000_000 + m).slice(-8)}`,
      email: `mentor${m}@example.org`, ihrmNumber: m % 200 === 7 ? undefined : `IHRM/${m}`, yearsExperience: m % 200 === 3 ? 3 : 6 + (m % 20),
      skills: ["performance-management", "recruitment"], capacity: 2, sensitisationAttended: true, confidentialityAgreed: true, phase: phaseNames[m % scale.phases],
    },
    ...(m % 10 === 0 ? { raw: { phone: `07${String(10_000_000 + m).slice(-8)}` }, changes: [{ field: "phone", before: `07${String(10_000_000 + m).slice(-8)}`, after: `+2547${String(10_000_000 + m).slice(-8)}`, reason: "phone to +254 form" }] } : {}),
  }));

  const mentees: Draft[] = Array.from({ length: scale.mentees }, (_, e) => {
    const p = e % scale.phases;
    const counties = countiesOf(p);
    return {
      values: {
        menteeId: `ME-${e + 1}`, fullName: e % 500 === 11 ? personName(10_000 + e - 1) : personName(10_000 + e), county: counties[e % counties.length],
        workplace: `${counties[e % counties.length] ?? ""} County Referral Hospital`, phone: `+2541${String(10_000_000 + e).slice(-8)}`, email: `mentee${e}@example.org`,
        phase: phaseNames[p], trainingCompleted: e % 300 !== 5, releaseApproved: true, needs: ["performance-management"],
      },
    };
  });

  // Pair i: mentee i % mentees, round i / mentees; round 0 is the live pair, later rounds are
  // past pairs (completed or formally disengaged), with a mentor of the mentee's phase.
  const pairRows: Array<{ mentor: number; mentee: number; phase: number; disengaged: boolean }> = [];
  const pairs: Draft[] = Array.from({ length: scale.pairs }, (_, i) => {
    const e = i % scale.mentees;
    const round = Math.floor(i / scale.mentees);
    const p = e % scale.phases;
    const perPhase = Math.floor(scale.mentors / scale.phases);
    const m = p + scale.phases * ((Math.floor(e / scale.phases) + round * 7) % perPhase);
    const disengaged = round === 2;
    pairRows.push({ mentor: m, mentee: e, phase: p, disengaged });
    const byName = i % 2 === 1;
    return {
      values: {
        pairId: `P-${i + 1}`,
        ...(byName ? { mentorName: retype(personName(m), i), menteeName: retype(personName(10_000 + e), i + 1) } : { mentorId: `MR-${m + 1}`, menteeId: `me ${e + 1}` }),
        phase: phaseNames[p], status: round === 0 ? "active" : disengaged ? "disengaged" : "completed", acceptanceSigned: iso(phaseStart(p) - 3),
        ...(disengaged ? { disengagedOn: iso(phaseStart(p) + 30), disengagementReason: "Transferred", notifiedFocalPerson: true, notifiedIhrm: true, notifiedOtherParty: i % 100 !== 0 } : {}),
      },
    };
  });

  const sessions: Draft[] = Array.from({ length: scale.sessions }, (_, j) => {
    const i = j % scale.pairs;
    const week = Math.floor(j / scale.pairs) + 1;
    const pr = pairRows[i];
    const p = pr?.phase ?? 0;
    const venue = j % 250 === 9 ? "Hotel Waterbuck" : j % 3 === 0 ? "Mentee's office" : `HR office, ${countiesOf(p)[(pr?.mentee ?? 0) % countiesOf(p).length] ?? ""} County Referral Hospital`;
    const refs = j % 4 === 1 && pr
      ? { mentorName: retype(personName(pr.mentor), j), menteeName: retype(personName(10_000 + pr.mentee), j + 1), phase: phaseNames[p] }
      : { pairId: j % 1000 === 18 ? `P-${scale.pairs + j}` : `p-${i + 1}` };
    return {
      values: { ...refs, week, date: iso(phaseStart(p) + (week - 1) * 7 + 1), hours: j % 400 === 2 ? 0.5 : p === 0 ? 1 : 2, venue, held: true, topics: ["performance-management"] },
    };
  });

  const goals: Draft[] = Array.from({ length: scale.goals }, (_, g) => ({
    values: { pairId: `P-${(g % scale.pairs) + 1}`, goal: `Goal ${g}`, focusArea: "performance-management", status: g % 2 === 0 ? "achieved" : "in progress" },
  }));
  const evaluations: Draft[] = Array.from({ length: scale.evaluations }, (_, v) => ({
    values: { pairId: `P-${(v % scale.pairs) + 1}`, respondent: v % 2 === 0 ? "mentor" : "mentee", date: iso(START + 100), goalProgress: 4, relationship: 5, sessionQuality: 4, overall: 4 },
  }));

  return {
    settings: DEFAULT_SETTINGS,
    phases: register("phases", phases),
    mentors: register("mentors", mentors),
    mentees: register("mentees", mentees),
    pairs: register("pairs", pairs),
    sessions: register("sessions", sessions),
    goals: register("goals", goals),
    evaluations: register("evaluations", evaluations),
  };
}

export function runValidationBench(options: { scale?: BenchScale; runs?: number } = {}): ValidationBenchResult {
  const scale = options.scale ?? NATIONAL_SCALE;
  const runs = options.runs ?? 5;
  const registers = nationalRegisters(scale);
  const rows = Object.values(scale).reduce((a, b) => a + b, 0);
  // One untimed run so the JIT has compiled the hot paths, as it will have in a long session.
  let report = validateRegisters(registers);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    report = validateRegisters(registers);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const best = times[0] ?? 0;
  const median = times[Math.floor(times.length / 2)] ?? 0;
  return {
    scale,
    rows,
    issues: report.issues.length,
    errors: report.counts.errors,
    warnings: report.counts.warnings,
    runsMs: times.map((t) => Math.round(t)),
    cpuMs: Math.round(cpu[Math.floor(cpu.length / 2)] ?? 0),
    bestMs: Math.round(best),
    medianMs: Math.round(median),
    rowsPerSecond: Math.round(rows / (median / 1000)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const r = runValidationBench();
  const s = r.scale;
  console.log(`validation: ${r.rows.toLocaleString("en")} rows (${s.mentors} mentors, ${s.mentees} mentees, ${s.pairs} pairs, ${s.sessions} sessions, ${s.goals} goals, ${s.evaluations} evaluations)`);
  console.log(`  ${r.issues} issues (${r.errors} errors, ${r.warnings} warnings)`);
  console.log(`  total ${r.medianMs} ms median, ${r.bestMs} ms best of ${r.runsMs.length} (${r.runsMs.join(", ")} ms); ${r.cpuMs} ms CPU`);
  console.log(`  ${r.rowsPerSecond.toLocaleString("en")} rows/second`);
}
