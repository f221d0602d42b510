// A pairing run's two writes (its choices, then its log line) under faults: see two-writes.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { PAIRING_CHOICES_TARGET, RUN_LOG_TARGET } from "../../../src/operations/pair";
import type { MemoryWorkbook } from "../../../src/workbook/memory";
import { judgeMessage } from "./matrix";
import { type TwoWritesResult, proposeOnce, runTwoWrites } from "./two-writes";

const rowsOf = (workbook: MemoryWorkbook, table: string) => (workbook.findTable(table)?.rect.rowCount ?? 1) - 1;

let syncs = 0;
let faulted: TwoWritesResult[] = [];

beforeAll(async () => {
  ({ syncs, results: faulted } = await runTwoWrites());
}, 300_000);

describe("a pairing run's two writes under faults", () => {
  it("leaves the workbook as before, complete, or with the choices saved and the run not logged; never anything else", () => {
    expect(syncs).toBeGreaterThan(6);
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
      const again = await proposeOnce(f.workbook);
      expect(again.error, f.fault).toBeUndefined();
      expect(rowsOf(f.workbook, PAIRING_CHOICES_TARGET.tableName), f.fault).toBe(2);
      expect(rowsOf(f.workbook, RUN_LOG_TARGET.tableName), f.fault).toBe(1);
    }
  });
});
