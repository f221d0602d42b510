// The Pairing choices sheet's writes under the fault matrix (tests/robustness/faults): every
// fault at every sync of saving (a new sheet, an append) and removing choices leaves the
// workbook as it was or as a fault-free run leaves it, loses no cell, and stops with a message
// the officer can act on.
import { beforeAll, describe, expect, it } from "vitest";
import type { PairingChoice } from "../../../src/domain/pairing";
import { PAIRING_CHOICES_TARGET, removeChoices, saveChoices } from "../../../src/operations/pair";
import { createMemoryContext, type MemoryWorkbook } from "../../../src/workbook/memory";
import { runFaultMatrix, summariseMatrix, type FaultResult, type OperationCase } from "../../robustness/faults/matrix";
import { sample } from "./workbooks";

const choice = (mentor: string, mentee: string, kind: PairingChoice["choice"]): PairingChoice => ({
  phase: "Phase 2",
  choice: kind,
  mentor: { id: "", name: mentor },
  mentee: { id: "", name: mentee },
  note: "",
  setAt: "2017-02-01 08:30 UTC",
});
const FIRST = [choice("Abdalla Katana Kenga", "Lilian Mwikali Wambua", "lock"), choice("Patrick Chengo Kenga", "David Charo Tsuma", "exclude")];
const MORE = [choice("Esther Chepkoech Rotich", "David Kamau Thuo", "exclude")];

async function withChoices(): Promise<MemoryWorkbook> {
  const workbook = sample();
  await saveChoices(createMemoryContext(workbook), FIRST);
  return workbook;
}

const writes = { sheet: PAIRING_CHOICES_TARGET.sheetName, table: PAIRING_CHOICES_TARGET.tableName };
const OPERATIONS: OperationCase[] = [
  { name: "pairing choices: first save (new sheet)", workbook: sample, run: (context) => saveChoices(context, FIRST), writes },
  { name: "pairing choices: save (append)", workbook: withChoices, run: (context) => saveChoices(context, MORE), writes, coAuthor: { sheet: writes.sheet, address: "G2", value: "agreed with IHRM" } },
  { name: "pairing choices: remove (rewrite)", workbook: withChoices, run: (context) => removeChoices(context, [FIRST[1]!]), writes, coAuthor: { sheet: writes.sheet, address: "G2", value: "agreed with IHRM" } },
];

let results: FaultResult[] = [];

beforeAll(async () => {
  results = await runFaultMatrix(OPERATIONS);
}, 300_000);

describe("the Pairing choices sheet under faults", () => {
  it("meets every kind of fault in every write", () => {
    for (const op of OPERATIONS) {
      const kinds = new Set(results.filter((r) => r.operation === op.name).map((r) => r.kind));
      for (const kind of ["sync fails", "connection lost", "request over 5 MB"] as const) expect(kinds, `${op.name}: ${kind}`).toContain(kind);
    }
    expect(results.filter((r) => r.kind === "co-author edit").length).toBeGreaterThan(2);
  });

  it("is never half-written, loses no cell and overwrites no co-author's edit", () => {
    const judged = results.filter((r) => !r.inLastRoundTrip);
    expect(judged.filter((r) => r.outcome === "half-written").map((r) => `${r.operation} | ${r.fault}`)).toEqual([]);
    const summary = summariseMatrix(results);
    expect(summary.cellsLost).toBe(0);
    expect(summary.editsOverwritten).toBe(0);
  });

  it("says what happened and what to do whenever it stops", () => {
    const stopped = results.filter((r) => !r.inLastRoundTrip && r.message !== undefined);
    expect(stopped.length).toBeGreaterThan(10);
    expect(stopped.filter((r) => r.badMessage !== undefined).map((r) => `${r.operation} | ${r.fault} | ${r.message ?? ""} | ${r.badMessage ?? ""}`)).toEqual([]);
  });
});
