// A disengaged pair's mentor and mentee are never paired again in that phase. The sample's
// phase 2 has one (P2-10: David Kamau Thuo left Beatrice Waithera Macharia): the whole demo
// pipeline must not re-propose that combination, and so must not create a pair.duplicate.
import { describe, expect, it } from "vitest";
import { REGISTERS } from "../../../src/domain/registers";
import { idKey, nameKey } from "../../../src/domain/validation/keys";
import { runDemoPipeline } from "../../../src/operations/demo";
import { loadRegisters } from "../../../src/operations/load-registers";
import { proposePairs } from "../../../src/operations/pair";
import { validateWorkbook } from "../../../src/operations/validate";
import { sampleTruth } from "../../../src/sample";
import { createMemoryContext } from "../../../src/workbook/memory";
import { sample } from "./workbooks";

const AT = new Date("2017-03-05T09:00:00Z");

const combination = (mentor: string | undefined, mentee: string | undefined) => `${nameKey(mentor ?? "")}|${nameKey(mentee ?? "")}`;

describe("a disengaged pair on the sample", () => {
  const disengaged = sampleTruth().pairs.filter((p) => p.status === "disengaged" && p.phase === "Phase 2");

  it("is the case the bug was about: one phase-2 disengagement, whose mentor would otherwise score best", () => {
    expect(disengaged.map((p) => [p.mentorName, p.menteeName])).toEqual([["Beatrice Waithera Macharia", "David Kamau Thuo"]]);
  });

  it("is never proposed again; the mentee gets another mentor and the run says why not the old one", async () => {
    const context = createMemoryContext(sample());
    const proposal = await proposePairs(context, { phase: "Phase 2" }, { log: false });
    const david = proposal.outcome.suggestions.find((s) => s.mentee.name === "David Kamau Thuo");
    expect(david).toBeDefined();
    expect(david!.mentor.name).not.toBe("Beatrice Waithera Macharia");
    expect(david!.reasons).toContain("Not Beatrice Waithera Macharia (MR-28): the mentee disengaged from this mentor (Pairing row 31; no date recorded).");
    expect(proposal.problem.constraints).toContain(
      "Never proposed again: Beatrice Waithera Macharia (MR-28) with David Kamau Thuo (021/2015/6285), who disengaged from this mentor (Pairing row 31; no date recorded).",
    );
    // Beatrice's place is free again (the pair disengaged), so she stays open to other mentees.
    const beatrice = proposal.problem.mentorStandings.find((s) => s.mentor.id === "MR-28");
    expect(beatrice?.room).toBe(1);
  });

  it("through the whole demo pipeline: no pair.duplicate, and the summaries count the errors validation found", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    const report = await runDemoPipeline(context, { now: AT });
    expect(report.pairing.map((p) => [p.phase, p.added])).toEqual([["Phase 2", 4]]);

    const after = await validateWorkbook(context);
    expect(after.issues.filter((i) => i.rule === "pair.duplicate")).toEqual([]);
    expect(after.counts.errors).toBe(report.validation.errors);
    expect(report.summaries.validation.errors).toBe(report.validation.errors);

    // No proposed pair repeats a disengaged combination of its phase.
    const { registers } = await loadRegisters(context);
    const rows = registers.pairs?.rows.map((r) => r.values) ?? [];
    const left = new Set(rows.filter((v) => v.status === "disengaged").map((v) => `${v.phase}|${combination(v.mentorName, v.menteeName)}`));
    const proposed = rows.filter((v) => v.status === "proposed");
    expect(proposed).toHaveLength(4);
    for (const v of proposed) expect(left.has(`${v.phase}|${combination(v.mentorName, v.menteeName)}`)).toBe(false);
    expect(proposed.some((v) => idKey(v.menteeId ?? "") === idKey("021/2015/6285"))).toBe(true);
    expect(workbook.findTable(REGISTERS.pairs.tableName)).toBeDefined();
  });
});
