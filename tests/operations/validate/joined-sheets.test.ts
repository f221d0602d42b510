// A register read from two sheets: pairing the raw sample's phase 2 creates a "Pairs register"
// beside the office's own "Pairing" sheet, and both feed the pairs. Issues about the Pairing
// sheet's rows must still name that sheet and point at the right cell of it, not borrow the new
// register's sheet name or fall back to the row's first cell.
import { beforeAll, describe, expect, it } from "vitest";
import { acceptPairs, proposePairs } from "../../../src/operations/pair";
import { validateWorkbook, type WorkbookValidation } from "../../../src/operations/validate";
import { buildSampleWorkbookSpec } from "../../../src/sample";
import { createMemoryContext, memoryWorkbookFromSpec } from "../../../src/workbook/memory";

const AT = new Date("2026-11-26T08:00:00Z");
let validation: WorkbookValidation;

beforeAll(async () => {
  const context = createMemoryContext(memoryWorkbookFromSpec(buildSampleWorkbookSpec()));
  const proposal = await proposePairs(context, { phase: "Phase 2" }, { now: () => AT, log: false });
  await acceptPairs(context, { phase: "Phase 2", suggestions: proposal.outcome.suggestions, acceptedAt: AT });
  validation = await validateWorkbook(context);
});

const only = (rule: string) => {
  const found = validation.issues.filter((i) => i.rule === rule);
  expect(found, rule).toHaveLength(1);
  return found[0]!;
};

describe("validating pairs read from the Pairs register and the raw Pairing sheet together", () => {
  it("reads both sheets as the pairs", () => {
    expect(validation.registers.find((r) => r.kind === "pairs")).toMatchObject({ sheets: ["Pairs register", "Pairing"], rows: 33, from: "both" });
  });

  it("names the Pairing sheet, not the Pairs register, for a pair mentioned in a session's issue", () => {
    const issue = only("session.after-disengagement");
    expect(issue.message).toContain("(Pairing row 10)");
    expect(issue.message).not.toContain("Pairs register");
    // The pair's disengagement date is J10 of the Pairing sheet (column J holds it there).
    expect(issue.fix).toContain("in the Pairing sheet (J10)");
  });

  it("names the Pairing sheet for the pair a repeated week belongs to", () => {
    expect(only("session.week.repeat").message).toContain("pair P1-12 (Pairing row 15)");
  });

  it("points a blank cell of the Pairing sheet at its own column, learned from the sheet's other rows", () => {
    // P2-10's disengagement date is blank: its cell is J31, as when the Pairing sheet is read alone.
    const blankDate = only("pair.disengagement.date");
    expect([blankDate.sheet, blankDate.cell]).toEqual(["Pairing", "J31"]);
    expect(blankDate.fix).toContain("J31");
    const notifications = only("pair.disengagement.notifications");
    expect([notifications.sheet, notifications.cell]).toEqual(["Pairing", "M31"]);
  });
});
