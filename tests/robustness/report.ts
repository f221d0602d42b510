/**
 * The robustness figures: the fault matrix over every write operation, the hostile corpus, a
 * fixed sample of random hostile sheets and the bad files the command line refuses, run
 * programmatically (no test runner) and summed up. scripts/robustness-report.ts prints it
 * (`npm run report:robustness`); fault-matrix.test.ts checks the printed figures.
 */
import fc from "fast-check";
import { buildSampleWorkbookSpec } from "../../src/sample";
import { memoryWorkbookFromSpec } from "../../src/workbook/memory";
import { WorkbookFileError, loadWorkbookFile } from "../../src/workbook/xlsx/workbook-file";
import { saveXlsx } from "../../src/workbook/xlsx/save-xlsx";
import { badFiles } from "./corpus/bad-files";
import { hostileCorpus } from "./corpus/hostile-corpus";
import { type FaultResult, type MatrixSummary, runFaultMatrix, summariseMatrix } from "./faults/matrix";
import { writeOperations } from "./faults/operations";
import { type TwoWritesResult, type TwoWritesState, runTwoWrites } from "./faults/two-writes";
import { type HostileOutcome, runHostile } from "./hostile/run-hostile";
import { hostileSheet, hostileWorkbook } from "./hostile/random-sheets";

export const RANDOM_SHEETS = 100;
export const RANDOM_SEED = 20_261_126;

export interface RobustnessReport {
  matrix: MatrixSummary;
  perOperation: Array<{ operation: string; faults: number; rolledBack: number; completed: number; halfWritten: number }>;
  faultKinds: Array<{ kind: string; faults: number }>;
  /** A pairing run's two writes (choices, then its log line), each sync faulted in turn. */
  twoWrites: { faults: number; states: Record<TwoWritesState, number> };
  hostile: { corpus: number; random: number; files: number; tried: number; crashes: string[]; cellsLost: number; filesNotRefused: string[] };
  /** Distinct refusal messages (numbers and names folded), most frequent first. */
  refusals: Array<{ count: number; message: string }>;
  cellsLost: number;
}

/** Folds what varies between two refusals of the same kind (numbers, quoted names, paths). */
function shape(message: string): string {
  return message.replace(/"[^"]*"|“[^”]*”/g, '"…"').replace(/\d[\d,.]*/g, "N").slice(0, 240);
}

export async function robustnessReport(options: { matrix?: FaultResult[]; twoWrites?: TwoWritesResult[]; randomSheets?: number } = {}): Promise<RobustnessReport> {
  const results = options.matrix ?? (await runFaultMatrix(await writeOperations()));
  const twoWrites = options.twoWrites ?? (await runTwoWrites()).results;
  const states: Record<TwoWritesState, number> = { "as before": 0, complete: 0, "choices saved, run not logged": 0, "half-written": 0 };
  for (const r of twoWrites) states[r.state] += 1;
  const judged = results.filter((r) => !r.inLastRoundTrip);
  const operations = [...new Set(results.map((r) => r.operation))];
  const perOperation = operations.map((operation) => {
    const mine = judged.filter((r) => r.operation === operation);
    return {
      operation,
      faults: mine.length,
      rolledBack: mine.filter((r) => r.outcome === "rolled back").length,
      completed: mine.filter((r) => r.outcome === "completed").length,
      halfWritten: mine.filter((r) => r.outcome === "half-written").length,
    };
  });
  const kinds = [...new Set(judged.map((r) => r.kind))].map((kind) => ({ kind, faults: judged.filter((r) => r.kind === kind).length }));

  const outcomes: HostileOutcome[] = [];
  for (const item of hostileCorpus()) outcomes.push(await runHostile(item.name, item.workbook, item.convert));
  const sheets = fc.sample(hostileSheet, { numRuns: options.randomSheets ?? RANDOM_SHEETS, seed: RANDOM_SEED });
  for (const [i, drawn] of sheets.entries()) {
    outcomes.push(await runHostile(`random sheet ${i + 1}`, () => hostileWorkbook(drawn), { sheet: "Messy", kind: "mentors", headerRow: drawn.titleRows + 1 }));
  }
  const good = (await saveXlsx(memoryWorkbookFromSpec(buildSampleWorkbookSpec()))).bytes;
  const files = await badFiles(good);
  const fileRefusals: string[] = [];
  const filesNotRefused: string[] = [];
  for (const file of files) {
    try {
      await loadWorkbookFile(file.bytes, file.name);
      filesNotRefused.push(file.name);
    } catch (error) {
      if (error instanceof WorkbookFileError && file.expect.test(error.message)) fileRefusals.push(`cannot read ${file.name}: ${error.message}`);
      else filesNotRefused.push(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const counts = new Map<string, number>();
  const messages = [...results.flatMap((r) => (r.message ? [r.message] : [])), ...outcomes.flatMap((o) => o.refusals), ...fileRefusals];
  for (const message of messages) counts.set(shape(message), (counts.get(shape(message)) ?? 0) + 1);
  const matrix = summariseMatrix(results);
  const hostileLost = outcomes.reduce((n, o) => n + o.cellsLost, 0);
  return {
    matrix,
    perOperation,
    faultKinds: kinds,
    twoWrites: { faults: twoWrites.length, states },
    hostile: {
      corpus: hostileCorpus().length,
      random: sheets.length,
      files: files.length,
      tried: hostileCorpus().length + sheets.length + files.length,
      crashes: outcomes.flatMap((o) => o.crashes.map((c) => `${o.name}: ${c}`)),
      cellsLost: hostileLost,
      filesNotRefused,
    },
    refusals: [...counts].map(([message, count]) => ({ count, message })).sort((a, b) => b.count - a.count || a.message.localeCompare(b.message)),
    cellsLost: matrix.cellsLost + hostileLost,
  };
}

export function formatReport(report: RobustnessReport, topRefusals = 12): string {
  const { matrix, hostile } = report;
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  const nameWidth = Math.max(9, ...report.perOperation.map((o) => o.operation.length));
  const two = report.twoWrites;
  const lines = [
    "Robustness report: the strict in-memory Excel, one fault at a time",
    "",
    `Write operations under the fault matrix: ${report.perOperation.length}`,
    `Faults injected: ${matrix.faultsInjected}`,
    `  rolled back (workbook exactly as before): ${matrix.rolledBack}`,
    `  completed (workbook exactly as a fault-free run): ${matrix.completed}`,
    `  half-written: ${matrix.halfWritten}`,
    `  stops without an actionable message: ${matrix.badMessages}`,
    `  by kind: ${report.faultKinds.map((k) => `${k.kind} ${k.faults}`).join(", ")}`,
    "",
    `  ${"operation".padEnd(nameWidth)} ${pad("faults", 6)} ${pad("rolled back", 11)} ${pad("completed", 9)} ${pad("half", 4)}`,
    ...report.perOperation.map((o) => `  ${o.operation.padEnd(nameWidth)} ${pad(o.faults, 6)} ${pad(o.rolledBack, 11)} ${pad(o.completed, 9)} ${pad(o.halfWritten, 4)}`),
    "",
    `A pairing run saving its choices and then logging itself (two writes), every sync faulted: ${two.faults} faults,`,
    `  ${two.states["as before"]} as before, ${two.states.complete} complete, ${two.states["choices saved, run not logged"]} with the choices saved and the run not logged (told; running again logs it), ${two.states["half-written"]} half-written`,
    "",
    `A colleague's edit, protection or filter landing in the last round trip before a write (Office.js has no`,
    `compare-and-swap; reported apart): ${matrix.lastRoundTrip.injected} injected, ${matrix.lastRoundTrip.overwritten} edits overwritten, ${matrix.lastRoundTrip.halfWritten} left part-done`,
    "",
    `Hostile inputs tried: ${hostile.tried} (${hostile.corpus} corpus workbooks, ${hostile.random} random sheets with seed ${RANDOM_SEED}, ${hostile.files} bad files)`,
    `  crashes: ${hostile.crashes.length}${hostile.crashes.length ? ` (${hostile.crashes.slice(0, 3).join("; ")})` : ""}`,
    `  bad files not refused as expected: ${hostile.filesNotRefused.length}${hostile.filesNotRefused.length ? ` (${hostile.filesNotRefused.join("; ")})` : ""}`,
    "",
    `Cells lost: ${report.cellsLost}`,
    "",
    `Refusals (top ${topRefusals} of ${report.refusals.length} kinds; numbers shown as N, names as "…"):`,
    ...report.refusals.slice(0, topRefusals).map((r) => `  ${pad(r.count, 4)} × ${r.message}`),
  ];
  return lines.join("\n");
}
