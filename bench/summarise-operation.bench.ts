import { pathToFileURL } from "node:url";
import { summarise } from "../src/operations/summarise";
import { createMemoryContext } from "../src/workbook/memory";
import { saveXlsx } from "../src/workbook/xlsx/save-xlsx";
import { cleanProgrammeWorkbook } from "../tests/operations/summarise/workbooks";

/*
 * The summary operation end to end on the strict in-memory Excel (what the CLI and the preview
 * run): read every register, validate, compute, write the overview and both phase sheets with
 * their charts; then save to .xlsx with the charts. Two phases of completed pairs, 7 sessions
 * each. Syncs must not grow with the registers; request bytes show the 5 MB limit is far off.
 * Run: node --import tsx bench/summarise-operation.bench.ts
 */

export interface SummariseOperationLine {
  name: string;
  ms: number;
  details: Record<string, number>;
}

async function once(pairsPerPhase: number): Promise<SummariseOperationLine[]> {
  const workbook = cleanProgrammeWorkbook(pairsPerPhase);
  const context = createMemoryContext(workbook);
  const started = performance.now();
  const result = await summarise(context);
  const summariseMs = performance.now() - started;
  if (result.status !== "written") throw new Error("the bench programme should summarise cleanly");
  const saveStarted = performance.now();
  const saved = await saveXlsx(workbook);
  const saveMs = performance.now() - saveStarted;
  // The chart writer's share: the same workbook saved again without its charts.
  for (const sheet of workbook.sheets) sheet.charts.splice(0);
  const plainStarted = performance.now();
  await saveXlsx(workbook);
  const plainMs = performance.now() - plainStarted;
  const pairs = pairsPerPhase * 2;
  const requests = context.stats.requestBytes;
  return [
    {
      name: `summarise: ${pairs} pairs, ${pairs * 7} sessions (read, validate, compute, 3 sheets, 8 charts)`,
      ms: summariseMs,
      details: { syncs: context.stats.syncCount, largestRequestKB: Math.round(Math.max(...requests) / 1024), totalRequestKB: Math.round(context.stats.totalRequestBytes / 1024) },
    },
    { name: `saveXlsx with the charts: ${pairs} pairs`, ms: saveMs, details: { bytesKB: Math.round(saved.bytes.length / 1024), warnings: saved.warnings.length } },
    { name: `saveXlsx of the same workbook without its charts: ${pairs} pairs`, ms: plainMs, details: {} },
  ];
}

export async function runSummariseOperationBench(sizes: readonly number[] = [16, 1_000, 2_500]): Promise<SummariseOperationLine[]> {
  const lines: SummariseOperationLine[] = [];
  for (const size of sizes) lines.push(...(await once(size)));
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await runSummariseOperationBench()) console.log(`${line.name.padEnd(90)} ${line.ms.toFixed(1).padStart(9)} ms  ${JSON.stringify(line.details)}`);
}
