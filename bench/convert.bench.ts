/**
 * How fast a 50,000-row messy mentor sheet becomes a register through the in-memory Excel:
 * the workbook read, the plan (detection, mapping, normalising every cell into register rows)
 * and the write (one table, chunked under Excel's 5 MB request limit), with the syncs and
 * request bytes the in-memory Excel counted. The sheet is the reading bench's (title rows,
 * blank rows, phones in five forms, misspelt counties, "12 yrs", names beginning with "=").
 *
 * Run: node --import tsx bench/convert.bench.ts   (or npm run bench, with the others)
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { planAllRows, prepareConversion, readWorkbookSnapshot, tableFromPlan, writeRegisterTable } from "../src/operations/convert";
import { createMemoryContext } from "../src/workbook/memory";
import { sheetFromGrid } from "../tests/operations/convert/support";
import { messyMentorSheet } from "./reading.bench";

export interface ConvertBenchFigures {
  rows: number;
  sourceCells: number;
  registerRows: number;
  readMs: number;
  planMs: number;
  planRowsPerSecond: number;
  planCpuMs: number;
  applyMs: number;
  applyRowsPerSecond: number;
  totalMs: number;
  syncs: { read: number; write: number; total: number };
  requestBytes: { total: number; largest: number; limit: number };
  changes: number;
  problems: number;
}

const ms = (n: number) => Math.round(n * 10) / 10;

export async function runConvertBench(rows = 50_000): Promise<ConvertBenchFigures> {
  const grid = messyMentorSheet(rows);
  const context = createMemoryContext(sheetFromGrid(grid));
  const t0 = performance.now();
  const snapshot = await readWorkbookSnapshot(context);
  const readSyncs = context.stats.syncCount;
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const prepared = prepareConversion(snapshot, { sheet: grid.sheet });
  const plan = await planAllRows(snapshot, prepared);
  const table = tableFromPlan(plan);
  const cpu = process.cpuUsage(cpu0);
  const t2 = performance.now();
  const written = await writeRegisterTable(context, table);
  const t3 = performance.now();
  const registerRows = plan.rows.length;
  return {
    rows,
    sourceCells: grid.values.reduce((n, r) => n + r.length, 0),
    registerRows,
    readMs: ms(t1 - t0),
    planMs: ms(t2 - t1),
    planRowsPerSecond: Math.round(registerRows / ((t2 - t1) / 1000)),
    planCpuMs: ms((cpu.user + cpu.system) / 1000),
    applyMs: ms(t3 - t2),
    applyRowsPerSecond: Math.round(written.rows / ((t3 - t2) / 1000)),
    totalMs: ms(t3 - t0),
    syncs: { read: readSyncs, write: context.stats.syncCount - readSyncs, total: context.stats.syncCount },
    requestBytes: { total: context.stats.totalRequestBytes, largest: Math.max(...context.stats.requestBytes), limit: 5 * 1024 * 1024 },
    changes: plan.rows.reduce((n, r) => n + r.changes.length, 0),
    problems: plan.rows.reduce((n, r) => n + r.problems.length, 0),
  };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const f = await runConvertBench();
  const n = (x: number) => x.toLocaleString("en");
  const lines = [
    `convert bench: ${n(f.rows)} messy mentor rows (${n(f.sourceCells)} cells) -> ${n(f.registerRows)} register rows`,
    `  read the workbook: ${f.readMs} ms (${f.syncs.read} syncs)`,
    `  plan:  ${f.planMs} ms = ${n(f.planRowsPerSecond)} rows/s (CPU ${f.planCpuMs} ms)`,
    `  apply: ${f.applyMs} ms = ${n(f.applyRowsPerSecond)} rows/s (${f.syncs.write} syncs)`,
    `  total: ${f.totalMs} ms, ${f.syncs.total} syncs, ${n(f.requestBytes.total)} request bytes (largest ${n(f.requestBytes.largest)} of ${n(f.requestBytes.limit)})`,
    `  ${n(f.changes)} values normalised, ${n(f.problems)} kept as typed and reported`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
