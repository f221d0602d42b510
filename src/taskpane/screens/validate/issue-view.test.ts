import { beforeAll, describe, expect, it } from "vitest";
import type { Issue } from "../../../domain/validation";
import { applyFixes, planFixes, validateWorkbook, type WorkbookValidation } from "../../../operations/validate";
import { buildSampleWorkbookSpec } from "../../../sample";
import { createMemoryContext, memoryWorkbookFromSpec } from "../../../workbook/memory";
import { fixReport } from "./fix-summary";
import { filterChoices, filterIssues, groupIssues, NO_FILTER, resultHeadline, sheetsToConvert, targetsOf, timingText } from "./issue-view";
import { createValidateStore } from "./validate-store";

let validation: WorkbookValidation;

beforeAll(async () => {
  validation = await validateWorkbook(createMemoryContext(memoryWorkbookFromSpec(buildSampleWorkbookSpec())));
});

describe("filtering the issues", () => {
  it("keeps everything with no filter, and narrows by severity, register, rule and words", () => {
    const all = validation.issues;
    expect(filterIssues(all, NO_FILTER)).toHaveLength(all.length);
    const errors = filterIssues(all, { ...NO_FILTER, severity: "error" });
    expect(errors.length).toBe(validation.counts.errors);
    expect(errors.every((i) => i.severity === "error")).toBe(true);
    expect(filterIssues(all, { ...NO_FILTER, register: "mentees" }).every((i) => i.register === "mentees")).toBe(true);
    expect(filterIssues(all, { ...NO_FILTER, rule: "session.hours.length" }).map((i) => i.cell)).toEqual(["F143"]);
    // Words in any order and case, in the message, the cell or the value.
    expect(filterIssues(all, { ...NO_FILTER, text: "FELIX confidentiality" }).map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Mentors list 2016!N18"]);
    expect(filterIssues(all, { ...NO_FILTER, text: "i36" }).map((i) => i.rule)).toEqual(["mentor.experience.minimum"]);
    expect(filterIssues(all, { ...NO_FILTER, text: "no such words anywhere" })).toEqual([]);
  });

  it("offers only registers and rules that have issues", () => {
    const choices = filterChoices(validation.issues);
    expect(choices.registers).toEqual(["phases", "mentors", "mentees", "pairs", "sessions", "goals", "evaluations"]);
    expect(choices.rules).toContain("mentor.experience.minimum");
    expect(choices.rules).not.toContain("phase.duplicate");
  });
});

describe("grouping the issues", () => {
  it("groups by register, then rule with errors first, and tidy-ups by kind", () => {
    const groups = groupIssues(validation.issues);
    expect(groups.map((g) => g.title)).toEqual(["Phases", "Mentors", "Mentees", "Pairs", "Sessions", "Goals", "Evaluations"]);
    const mentors = groups.find((g) => g.register === "mentors");
    const severities = mentors?.rules.map((r) => r.severity) ?? [];
    expect(severities.indexOf("warning")).toBeGreaterThan(severities.lastIndexOf("error"));
    expect(mentors?.errors).toBe(validation.counts.byRegister.mentors.errors);
    const tidy = mentors?.rules.find((r) => r.rule === "field.normalised");
    expect(tidy?.kinds.map((k) => k.label).sort()).toEqual(["Numbers typed with words", "Phone numbers in +254 form", "Values from a list (sector, role, status)", "Yes/No answers"]);
    expect(tidy?.kinds.reduce((n, k) => n + k.issues.length, 0)).toBe(tidy?.issues.length);
  });

  it("puts Settings problems first", () => {
    const setting: Issue = { severity: "error", rule: "settings.invalid", register: "settings", sheet: "Settings", row: 2, column: 2, cell: "B2", message: "m", fix: "f" };
    expect(groupIssues([...validation.issues, setting])[0]?.title).toBe("Settings");
  });
});

describe("what can be fixed here", () => {
  it("finds the fix behind each tidy-up, and the raw sheets to convert first", () => {
    const tidy = validation.issues.filter((i) => i.safeFix !== undefined);
    const targets = targetsOf(validation, tidy);
    expect(targets).toHaveLength(tidy.length);
    expect(sheetsToConvert(targets)).toEqual(["Phases", "Mentors list 2016", "Mentees", "Pairing", "Session logs", "Mentorship plans", "Evaluations"]);
  });

  it("says what accepting did, including what it could not do", async () => {
    const context = createMemoryContext(memoryWorkbookFromSpec(buildSampleWorkbookSpec()));
    const found = await validateWorkbook(context);
    const report = fixReport(await applyFixes(context, planFixes(found.fixTargets.filter((t) => t.sheet === "Mentees"))));
    expect(report.title).toBe("No tidy-up was written.");
    expect(report.intent).toBe("warning");
    expect(report.convertFirst).toEqual(["3 tidy-ups on Mentees: convert it into the Mentees register on the Registers tab first. Tidy-ups are written into the register, never into your own sheet."]);
  });

  it("words the headline and the timing for the officer", () => {
    expect(resultHeadline(validation)).toMatch(/^\d+ errors and \d+ warnings in the whole workbook \(338 register rows checked\)\.$/);
    expect(timingText(validation, 41.6)).toMatch(/^Validated in 42 ms: reading the workbook \d+ ms, checking \d+ ms\.$/);
  });
});

describe("the screen's memory", () => {
  it("keeps results across unmounting and tells subscribers of each change", () => {
    const store = createValidateStore();
    let heard = 0;
    const stop = store.subscribe(() => {
      heard += 1;
    });
    store.set({ validation, marksOn: true });
    store.set((s) => ({ stale: s.marksOn }));
    stop();
    store.set({ scope: "Mentees" });
    expect(heard).toBe(2);
    expect(store.get()).toMatchObject({ validation, marksOn: true, stale: true, scope: "Mentees" });
  });
});
