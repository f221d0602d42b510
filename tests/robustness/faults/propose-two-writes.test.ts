// A pairing run as the pane makes it saves its new locks and exclusions (Pairing choices) and
// then logs itself (Pairing run log): two writes, each whole under the fault matrix, but not
// one. A fault at any sync leaves the workbook as before, complete, or with the choices saved
// and the run not logged; in that last case the officer is told both, and running again
// records the run without saving the choices twice.
import { beforeAll, describe, expect, it } from "vitest";
import { PAIRING_CHOICES_TARGET, RUN_LOG_TARGET, proposePairs } from "../../../src/operations/pair";
import { type MemoryContext, type MemoryWorkbook, createMemoryContext } from "../../../src/workbook/memory";
import { dumpWorkbook } from "../support/workbook-dump";
import { judgeMessage } from "./matrix";
import { AT, EXCLUSION, LOCK, sampleWorkbook, steadySolverTime } from "./operations";

const REQUEST = { phase: "Phase 2", locks: [LOCK], exclusions: [EXCLUSION] };

function steadyDump(workbook: MemoryWorkbook): string {
  steadySolverTime(workbook);
  return dumpWorkbook(workbook);
}

async function run(workbook: MemoryWorkbook, plant: (context: MemoryContext) => void = () => undefined, options: { log?: boolean; saveChoices?: boolean } = {}) {
  const context = createMemoryContext(workbook);
  plant(context);
  try {
    await proposePairs(context, REQUEST, { now: () => AT, ...options });
    return { context, error: undefined };
  } catch (error) {
    return { context, error };
  }
}

const rowsOf = (workbook: MemoryWorkbook, table: string) => (workbook.findTable(table)?.rect.rowCount ?? 1) - 1;

interface Faulted {
  fault: string;
  state: "as before" | "complete" | "choices saved, run not logged" | "half-written";
  error: unknown;
  workbook: MemoryWorkbook;
}

let faulted: Faulted[] = [];
let references: { before: string; complete: string; choicesOnly: string; syncs: number } | undefined;

beforeAll(async () => {
  const complete = sampleWorkbook();
  const { context } = await run(complete);
  const choicesOnly = sampleWorkbook();
  await run(choicesOnly, undefined, { log: false, saveChoices: true });
  references = { before: steadyDump(sampleWorkbook()), complete: steadyDump(complete), choicesOnly: steadyDump(choicesOnly), syncs: context.stats.syncCount };
  const refs = references;
  const plants: Array<[string, (context: MemoryContext) => void]> = [];
  for (let n = 1; n <= refs.syncs; n++) {
    plants.push([`sync ${n} fails`, (c) => c.faults.failSync({ atSync: n, afterOperations: 0 })]);
    plants.push([`connection lost before sync ${n} arrives`, (c) => c.faults.loseConnection({ atSync: n })]);
    plants.push([`connection lost after sync ${n} was applied`, (c) => c.faults.loseConnection({ atSync: n, applied: true })]);
  }
  faulted = [];
  for (const [fault, plant] of plants) {
    const workbook = sampleWorkbook();
    const { error } = await run(workbook, plant);
    await workbook.events.idle();
    const after = steadyDump(workbook);
    const state = after === refs.before ? "as before" : after === refs.complete ? "complete" : after === refs.choicesOnly ? "choices saved, run not logged" : "half-written";
    faulted.push({ fault, state, error, workbook });
  }
}, 300_000);

describe("a pairing run's two writes under faults", () => {
  it("leaves the workbook as before, complete, or with the choices saved and the run not logged; never anything else", () => {
    expect(references?.syncs).toBeGreaterThan(6);
    expect(faulted.filter((f) => f.state === "half-written").map((f) => f.fault)).toEqual([]);
    const states = new Set(faulted.map((f) => f.state));
    expect(states).toContain("as before");
    expect(states).toContain("choices saved, run not logged");
  });

  it("says, when the run was not logged after its choices were saved, that they are kept and to run it again", () => {
    const between = faulted.filter((f) => f.state === "choices saved, run not logged");
    expect(between.length).toBeGreaterThan(3);
    for (const f of between) {
      const judged = judgeMessage(f.error);
      expect(judged.bad, f.fault).toBeUndefined();
      expect(judged.message, f.fault).toContain(`2 new locks and exclusions were saved on the "${PAIRING_CHOICES_TARGET.sheetName}" sheet before this and are kept`);
      expect(judged.message, f.fault).toContain("run the pairing again to record the run");
    }
  });

  it("tells every other stop as a message the officer can act on", () => {
    for (const f of faulted.filter((x) => x.error !== undefined)) expect(judgeMessage(f.error).bad, f.fault).toBeUndefined();
  });

  it("records the run when it is run again, saving no choice twice", async () => {
    const between = faulted.filter((f) => f.state === "choices saved, run not logged");
    for (const f of between.slice(0, 3)) {
      const again = await run(f.workbook);
      expect(again.error, f.fault).toBeUndefined();
      expect(rowsOf(f.workbook, PAIRING_CHOICES_TARGET.tableName), f.fault).toBe(2);
      expect(rowsOf(f.workbook, RUN_LOG_TARGET.tableName), f.fault).toBe(1);
    }
  });
});
