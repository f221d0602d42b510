/**
 * A pairing run as the pane makes it saves its new locks and exclusions (Pairing choices) and
 * then logs itself (Pairing run log): two writes, each whole under the fault matrix, but not
 * one. Here every sync of such a run fails or loses its connection in turn; the workbook must
 * be as before, complete, or hold the choices without the run's log line (the officer told so,
 * and running again records the run). Used by propose-two-writes.test.ts and the report.
 */
import { proposePairs } from "../../../src/operations/pair";
import { type MemoryContext, type MemoryWorkbook, createMemoryContext } from "../../../src/workbook/memory";
import { dumpWorkbook } from "../support/workbook-dump";
import { AT, EXCLUSION, LOCK, sampleWorkbook, steadySolverTime } from "./operations";

export const TWO_WRITES_REQUEST = { phase: "Phase 2", locks: [LOCK], exclusions: [EXCLUSION] };

export type TwoWritesState = "as before" | "complete" | "choices saved, run not logged" | "half-written";

export interface TwoWritesResult {
  fault: string;
  state: TwoWritesState;
  error: unknown;
  /** The workbook after the faulty run, to run again on. */
  workbook: MemoryWorkbook;
}

function steadyDump(workbook: MemoryWorkbook): string {
  steadySolverTime(workbook);
  return dumpWorkbook(workbook);
}

/** One pairing run on `workbook` with `plant`'s faults; the error it stopped with, if any. */
export async function proposeOnce(workbook: MemoryWorkbook, plant: (context: MemoryContext) => void = () => undefined, options: { log?: boolean; saveChoices?: boolean } = {}): Promise<{ context: MemoryContext; error: unknown }> {
  const context = createMemoryContext(workbook);
  plant(context);
  try {
    await proposePairs(context, TWO_WRITES_REQUEST, { now: () => AT, ...options });
    return { context, error: undefined };
  } catch (error) {
    return { context, error };
  }
}

export async function runTwoWrites(): Promise<{ syncs: number; results: TwoWritesResult[] }> {
  const complete = sampleWorkbook();
  const { context } = await proposeOnce(complete);
  const choicesOnly = sampleWorkbook();
  await proposeOnce(choicesOnly, undefined, { log: false, saveChoices: true });
  const refs = { before: steadyDump(sampleWorkbook()), complete: steadyDump(complete), choicesOnly: steadyDump(choicesOnly) };
  const syncs = context.stats.syncCount;
  const plants: Array<[string, (context: MemoryContext) => void]> = [];
  for (let n = 1; n <= syncs; n++) {
    plants.push([`sync ${n} fails`, (c) => c.faults.failSync({ atSync: n, afterOperations: 0 })]);
    plants.push([`connection lost before sync ${n} arrives`, (c) => c.faults.loseConnection({ atSync: n })]);
    plants.push([`connection lost after sync ${n} was applied`, (c) => c.faults.loseConnection({ atSync: n, applied: true })]);
  }
  const results: TwoWritesResult[] = [];
  for (const [fault, plant] of plants) {
    const workbook = sampleWorkbook();
    const { error } = await proposeOnce(workbook, plant);
    await workbook.events.idle();
    const after = steadyDump(workbook);
    const state: TwoWritesState = after === refs.before ? "as before" : after === refs.complete ? "complete" : after === refs.choicesOnly ? "choices saved, run not logged" : "half-written";
    results.push({ fault, state, error, workbook });
  }
  return { syncs, results };
}
