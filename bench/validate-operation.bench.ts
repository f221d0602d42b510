/**
 * The Validate screen's work at national scale, through the in-memory Excel: 50,000 register
 * rows on raw sheets (5 phases, 2,500 mentors, 2,500 mentees, 5,000 pairs, 40,000 sessions,
 * with the mess real sheets have), validated as the pane does it; then one cell edited and the
 * workbook validated again, as an officer does after fixing a problem; then the marks shown.
 * Prints syncs and milliseconds (median of the timed runs).
 *
 *   node --import tsx bench/validate-operation.bench.ts      (or npm run bench validate-operation)
 */
import { pathToFileURL } from "node:url";
import { COUNTY_NAMES } from "../src/domain/reference";
import { buildSampleWorkbookSpec } from "../src/sample";
import { SheetReadCache } from "../src/operations/sheet-read-cache";
import { planMarks, showValidationMarks, validateWorkbook, type WorkbookValidation } from "../src/operations/validate";
import { coAuthorEdit, createMemoryContext, memoryWorkbookFromSpec, type CellInput, type MemoryWorkbook, type WorkbookSpec } from "../src/workbook/memory";

export interface OperationScale {
  phases: number;
  mentors: number;
  mentees: number;
  pairs: number;
  sessions: number;
}

export const FIFTY_THOUSAND: OperationScale = { phases: 5, mentors: 2_500, mentees: 2_500, pairs: 5_000, sessions: 40_000 };

const DAY = 86_400_000;
const START = Date.UTC(2018, 0, 8);
const date = (days: number) => new Date(START + days * DAY);

/**
 * Raw sheets as offices keep them: a title row, then the header; every 100th row of a kind has a
 * mistake. Errors: a mentor with 3 years, one who did not agree to confidentiality, a mentee
 * without the training, one typed as working in Homabay (outside her phase). Warnings: phones
 * and dates to tidy, FBO, short sessions, a hotel venue.
 */
export function nationalWorkbookSpec(scale: OperationScale = FIFTY_THOUSAND): WorkbookSpec {
  const countiesOf = (p: number) => COUNTY_NAMES.filter((_, c) => c % scale.phases === p);
  const phaseOf = (i: number) => i % scale.phases;
  const phaseName = (p: number) => `Phase ${p + 1}`;
  const sheet = (name: string, header: string[], rows: CellInput[][]) => ({ name, rows: [[`${name} - national register`], header, ...rows] });
  const perPhase = Math.floor(scale.mentors / scale.phases);
  const mentorFor = (pair: number) => {
    const e = pair % scale.mentees;
    const p = phaseOf(e);
    return p + scale.phases * ((Math.floor(e / scale.phases) + Math.floor(pair / scale.mentees) * 7) % perPhase);
  };
  return {
    sheets: [
      sheet("Phases", ["Phase", "Counties", "Start date", "Weeks", "Session hours"], Array.from({ length: scale.phases }, (_, p) => [phaseName(p), countiesOf(p).join("; "), date(p * 70), 8, p === 0 ? 1 : 2])),
      sheet(
        "Mentors",
        ["Mentor ID", "Name of mentor", "Sector", "County", "Email", "Tel. No.", "IHRM membership no.", "Yrs of HR experience", "Skills", "Capacity", "Sensitisation attended", "Confidentiality agreed", "Phase"],
        Array.from({ length: scale.mentors }, (_, m) => [
          `MR-${m + 1}`, `Mentor Person ${m}`, m % 100 === 3 ? "FBO" : "Public", countiesOf(phaseOf(m))[0] ?? "", `mentor${m}@example.org`,
          m % 10 === 0 ? `07${String(10_000_000 + m).slice(-8)}` : `+2547${String(10_000_000 + m).slice(-8)}`, `IHRM/${m}`,
          m % 100 === 7 ? 3 : 6 + (m % 20), "Performance management; Recruitment", 3, "Yes", m % 100 === 9 ? "No" : "Yes", phaseName(phaseOf(m)),
        ]),
      ),
      sheet(
        "Mentees",
        ["Mentee ID", "Full name", "County", "Workplace", "Email", "Phone", "Phase", "HR training completed", "Needs (ranked)", "Release approved"],
        Array.from({ length: scale.mentees }, (_, e) => {
          const counties = countiesOf(phaseOf(e));
          const county = counties[e % counties.length] ?? "";
          return [`ME-${e + 1}`, `Mentee Person ${e}`, e % 100 === 5 ? "Homabay" : county, `${county} County Referral Hospital`, `mentee${e}@example.org`, `+2541${String(10_000_000 + e).slice(-8)}`, phaseName(phaseOf(e)), e % 100 === 11 ? "No" : "Yes", "Performance management", "Yes"];
        }),
      ),
      sheet(
        "Pairs",
        ["Pair ID", "Mentor ID", "Mentee ID", "Phase", "Status", "Acceptance signed"],
        Array.from({ length: scale.pairs }, (_, i) => {
          const e = i % scale.mentees;
          return [`P-${i + 1}`, `MR-${mentorFor(i) + 1}`, `ME-${e + 1}`, phaseName(phaseOf(e)), i < scale.mentees ? "active" : "completed", date(phaseOf(e) * 70 - 3)];
        }),
      ),
      sheet(
        "Session logs",
        ["Pair ID", "Week", "Date", "Hours", "Venue", "Topics", "Held"],
        Array.from({ length: scale.sessions }, (_, j) => {
          const i = j % scale.pairs;
          const week = Math.floor(j / scale.pairs) + 1;
          const p = phaseOf(i % scale.mentees);
          const when = date(p * 70 + (week - 1) * 7 + 1);
          // Every 100th date typed as text, day first, as offices do.
          const typed = j % 100 === 13 ? `${String(when.getUTCDate()).padStart(2, "0")}/${String(when.getUTCMonth() + 1).padStart(2, "0")}/${when.getUTCFullYear()}` : when;
          return [`P-${i + 1}`, week, typed, j % 100 === 17 ? 0.5 : p === 0 ? 1 : 2, j % 100 === 19 ? "Hotel Waterbuck" : "Mentee's office", "Performance management", "Yes"];
        }),
      ),
    ],
  };
}

export interface ValidateOperationBenchResult {
  rows: number;
  issues: number;
  errors: number;
  warnings: number;
  /** Round trips to Excel of one validation (the in-memory Excel splits responses over 5 MB as Excel on the web does). */
  syncs: number;
  /** Median milliseconds: reading (Excel calls and reading rows), checking, and both. */
  readMs: number;
  checkMs: number;
  totalMs: number;
  /**
   * Median milliseconds to validate again after one cell was edited: reading every sheet afresh
   * (as before the pane kept readings), and with the readings of unchanged sheets kept (what
   * the pane's "Validate again" does), with the reading part of the latter.
   */
  revalidateMs: number;
  revalidateCachedMs: number;
  revalidateCachedReadMs: number;
  /** The same on the bundled sample workbook (338 rows, the size of the case study's programme). */
  sampleRows: number;
  sampleRevalidateMs: number;
  sampleRevalidateCachedMs: number;
  /** Showing the marks for every issue: syncs and milliseconds. */
  markSyncs: number;
  markMs: number;
  markedCells: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10;
}

async function timed(workbook: MemoryWorkbook, cache?: SheetReadCache): Promise<{ validation: WorkbookValidation; ms: number; syncs: number }> {
  const context = createMemoryContext(workbook);
  const t0 = performance.now();
  const validation = await validateWorkbook(context, cache ? { cache } : {});
  return { validation, ms: performance.now() - t0, syncs: context.stats.syncCount };
}

export async function runValidateOperationBench(options: { scale?: OperationScale; runs?: number } = {}): Promise<ValidateOperationBenchResult> {
  const scale = options.scale ?? FIFTY_THOUSAND;
  const runs = options.runs ?? 5;
  const workbook = memoryWorkbookFromSpec(nationalWorkbookSpec(scale));
  // One untimed run, so the JIT has compiled the hot paths as it has in a pane open all morning.
  await timed(workbook);
  const reads: number[] = [];
  const checks: number[] = [];
  const totals: number[] = [];
  let last: Awaited<ReturnType<typeof timed>> | undefined;
  for (let r = 0; r < runs; r++) {
    last = await timed(workbook);
    reads.push(last.validation.timings.readMs);
    checks.push(last.validation.timings.checkMs);
    totals.push(last.ms);
  }
  if (!last) throw new Error("no runs");
  // The officer corrects one mentor's experience (row 10 of the data), then re-validates: first
  // reading every sheet afresh, then (as the pane does) keeping the unchanged sheets' readings.
  const revalidations: number[] = [];
  const cachedRevalidations: number[] = [];
  const cachedReads: number[] = [];
  const cache = new SheetReadCache();
  await timed(workbook, cache);
  for (let r = 0; r < runs; r++) {
    coAuthorEdit(workbook, "Mentors", "H12", [[r % 2 === 0 ? 9 : 3]], { source: "Local" });
    revalidations.push((await timed(workbook)).ms);
    coAuthorEdit(workbook, "Mentors", "H12", [[r % 2 === 0 ? 4 : 8]], { source: "Local" });
    const kept = await timed(workbook, cache);
    cachedRevalidations.push(kept.ms);
    cachedReads.push(kept.validation.timings.readMs);
  }
  const sample = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
  const sampleRuns: number[] = [];
  const sampleCachedRuns: number[] = [];
  const sampleCache = new SheetReadCache();
  let sampleRows = 0;
  await timed(sample);
  await timed(sample, sampleCache);
  for (let r = 0; r < runs; r++) {
    coAuthorEdit(sample, "Mentors list 2016", "I36", [[r % 2 === 0 ? 6 : 4]], { source: "Local" });
    const again = await timed(sample);
    sampleRows = again.validation.rows;
    sampleRuns.push(again.ms);
    coAuthorEdit(sample, "Mentors list 2016", "I36", [[r % 2 === 0 ? 3 : 7]], { source: "Local" });
    sampleCachedRuns.push((await timed(sample, sampleCache)).ms);
  }
  const marksContext = createMemoryContext(workbook);
  const m0 = performance.now();
  const marks = await showValidationMarks(marksContext, planMarks(last.validation.issues));
  const markMs = performance.now() - m0;
  const { validation } = last;
  return {
    rows: validation.rows,
    issues: validation.issues.length,
    errors: validation.counts.errors,
    warnings: validation.counts.warnings,
    syncs: last.syncs,
    readMs: median(reads),
    checkMs: median(checks),
    totalMs: median(totals),
    revalidateMs: median(revalidations),
    revalidateCachedMs: median(cachedRevalidations),
    revalidateCachedReadMs: median(cachedReads),
    sampleRows,
    sampleRevalidateMs: median(sampleRuns),
    sampleRevalidateCachedMs: median(sampleCachedRuns),
    markSyncs: marksContext.stats.syncCount,
    markMs: Math.round(markMs),
    markedCells: marks.cells,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await runValidateOperationBench();
  const lines = [
    `validate operation: ${r.rows.toLocaleString("en")} rows on raw sheets through the in-memory Excel`,
    `  ${r.issues.toLocaleString("en")} issues (${r.errors} errors, ${r.warnings} warnings)`,
    `  ${r.syncs} syncs; read ${r.readMs} ms + check ${r.checkMs} ms = ${r.totalMs} ms (median)`,
    `  re-validation after one edit, every sheet read afresh: ${r.revalidateMs} ms (median); on the ${r.sampleRows}-row sample workbook: ${r.sampleRevalidateMs} ms`,
    `  re-validation after one edit, unchanged sheets' readings kept: ${r.revalidateCachedMs} ms (read ${r.revalidateCachedReadMs} ms); on the sample: ${r.sampleRevalidateCachedMs} ms`,
    `  marks: ${r.markedCells.toLocaleString("en")} cells in ${r.markSyncs} syncs, ${r.markMs} ms`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
