import { describe, expect, it } from "vitest";
import { REGISTER_KINDS } from "../../../src/domain/registers";
import {
  compareIssues,
  ISSUE_REGISTERS,
  RULE_IDS,
  RULES,
  ruleCatalogueMarkdown,
  validateRegisters,
  validateRegistersAsync,
  type ValidationProgress,
} from "../../../src/domain/validation";
import { buildRegisters, cleanProgramme, registersOf, type Programme } from "./fixtures";
import { at } from "./helpers";

/** A programme with something wrong in every register, for counting and ordering. */
function messyProgramme(): Programme {
  const p = cleanProgramme();
  at(p.phases, 0).weeks = undefined;
  at(p.mentors, 0).yearsExperience = 2;
  at(p.mentors, 1).confidentialityAgreed = false;
  delete at(p.mentors, 2).ihrmNumber;
  at(p.mentees, 1).county = "Nairobi";
  at(p.pairs, 3).acceptanceSigned = "2017-09-20";
  at(p.sessions, 0).venue = "Imperial Hotel";
  at(p.sessions, 1).week = 9;
  at(p.goals, 0).pairId = "P9-99";
  p.evaluations.push({ respondent: "mentor" });
  return p;
}

describe("the report", () => {
  it("counts errors and warnings overall, per register and per rule, consistently with the issues", () => {
    const report = validateRegisters(registersOf(messyProgramme()));
    const { issues, counts } = report;
    expect(counts.errors).toBe(issues.filter((i) => i.severity === "error").length);
    expect(counts.warnings).toBe(issues.filter((i) => i.severity === "warning").length);
    expect(counts.errors + counts.warnings).toBe(issues.length);
    expect(Object.keys(counts.byRegister).sort()).toEqual([...ISSUE_REGISTERS].sort());
    expect(counts.byRegister.settings).toEqual({ errors: 0, warnings: 0 });
    for (const kind of REGISTER_KINDS) {
      const mine = issues.filter((i) => i.register === kind);
      expect(counts.byRegister[kind]).toEqual({
        errors: mine.filter((i) => i.severity === "error").length,
        warnings: mine.filter((i) => i.severity === "warning").length,
      });
    }
    expect(Object.keys(counts.byRule).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(counts.byRule[id], id).toBe(issues.filter((i) => i.rule === id).length);
    expect(counts.byRule["mentor.experience.minimum"]).toBe(1);
    expect(counts.byRule["session.venue.workplace"]).toBe(1);
    expect(counts.byRegister.mentors).toEqual({ errors: 2, warnings: 1 });
    expect(counts.byRegister.phases).toEqual({ errors: 0, warnings: 1 });
  });

  it("takes each issue's severity from the rule catalogue", () => {
    const report = validateRegisters(registersOf(messyProgramme()));
    const severity = new Map(RULES.map((r) => [r.id, r.severity]));
    for (const issue of report.issues) expect(issue.severity, issue.rule).toBe(severity.get(issue.rule));
  });

  it("sorts issues by register, sheet, row, column and rule, and gives the same report every time", () => {
    const registers = registersOf(messyProgramme());
    const first = validateRegisters(registers);
    const order = first.issues.map((i) => i.register);
    const registerIndex = (k: string) => REGISTER_KINDS.indexOf(k as (typeof REGISTER_KINDS)[number]);
    expect(order.map(registerIndex)).toEqual([...order.map(registerIndex)].sort((a, b) => a - b));
    for (let i = 1; i < first.issues.length; i++) {
      expect(compareIssues(at(first.issues, i - 1), at(first.issues, i))).toBeLessThanOrEqual(0);
    }
    expect(validateRegisters(registers)).toEqual(first);
    // Rows listed in another order give the same issues in the same order.
    const p = messyProgramme();
    const reversed = buildRegisters({ ...p, mentors: [...p.mentors].map((values, i) => ({ values, at: 4 + i })).reverse() });
    const again = validateRegisters(reversed).issues.filter((i) => i.register === "mentors");
    expect(again.map((i) => [i.row, i.rule])).toEqual(first.issues.filter((i) => i.register === "mentors").map((i) => [i.row, i.rule]));
  });

  it("points at the same rows and columns as the cell address", () => {
    const report = validateRegisters(registersOf(messyProgramme()));
    for (const issue of report.issues) {
      expect(issue.row).toBeGreaterThan(0);
      expect(issue.column).toBeGreaterThan(0);
      expect(issue.cell).toMatch(/^[A-Z]+\d+$/);
      expect(issue.cell.endsWith(String(issue.row))).toBe(true);
      expect(issue.message.length).toBeGreaterThan(20);
      expect(issue.fix.length).toBeGreaterThan(15);
    }
  });

  it("validates empty registers and a workbook with no registers", () => {
    expect(validateRegisters({ settings: registersOf(cleanProgramme()).settings }).issues).toEqual([]);
    const empty = buildRegisters({ mentors: [], mentees: [], pairs: [], sessions: [] });
    expect(validateRegisters(empty).counts.errors).toBe(0);
  });
});

describe("progress and abort", () => {
  it("reports progress up to all rows, register by register in order", () => {
    const registers = registersOf(cleanProgramme());
    const seen: ValidationProgress[] = [];
    validateRegisters(registers, { onProgress: (p) => seen.push(p) });
    const total = REGISTER_KINDS.reduce((n, k) => n + (registers[k]?.rows.length ?? 0), 0);
    expect(seen.length).toBeGreaterThanOrEqual(REGISTER_KINDS.length);
    expect(seen.every((p) => p.total === total)).toBe(true);
    expect(at(seen, seen.length - 1).done).toBe(total);
    const dones = seen.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect([...new Set(seen.map((p) => p.register))]).toEqual([...REGISTER_KINDS]);
  });

  it("throws the signal's reason when aborted before it starts", () => {
    const controller = new AbortController();
    controller.abort(new Error("officer cancelled"));
    expect(() => validateRegisters(registersOf(cleanProgramme()), { signal: controller.signal })).toThrow("officer cancelled");
  });

  it("throws an AbortError when the signal gives no Error as its reason", () => {
    const controller = new AbortController();
    controller.abort("closed the task pane");
    expect(() => validateRegisters(registersOf(cleanProgramme()), { signal: controller.signal })).toThrow(expect.objectContaining({ name: "AbortError", message: "closed the task pane" }));
  });

  it("stops mid-run when aborted from a progress report, and reports nothing after", () => {
    const controller = new AbortController();
    const registers: string[] = [];
    const run = () =>
      validateRegisters(registersOf(cleanProgramme()), {
        signal: controller.signal,
        onProgress: (p) => {
          registers.push(p.register);
          if (p.register === "mentees") controller.abort();
        },
      });
    expect(run).toThrow(/abort/i);
    expect(registers.at(-1)).toBe("mentees");
    expect(registers).not.toContain("pairs");
  });

  it("the async version yields between chunks so an abort from elsewhere lands mid-run", async () => {
    const controller = new AbortController();
    let reports = 0;
    const running = validateRegistersAsync(registersOf(cleanProgramme()), {
      signal: controller.signal,
      onProgress: () => { reports += 1; },
      // Pause at every boundary, as a long run does once its first slice of work is done.
      sliceMs: 0,
    });
    // Abort from outside the validation (as a Cancel button would), after its first pause.
    await Promise.resolve();
    controller.abort(new Error("cancelled from the task pane"));
    await expect(running).rejects.toThrow("cancelled from the task pane");
    expect(reports).toBeLessThan(REGISTER_KINDS.length);
  });

  it("the async version does not pause on a small workbook: no timer wait between registers", async () => {
    let timerFired = false;
    const timer = new Promise<void>((resolve) => setTimeout(() => { timerFired = true; resolve(); }, 0));
    await validateRegistersAsync(registersOf(messyProgramme()));
    expect(timerFired).toBe(false);
    await timer;
  });

  it("the async version gives the same report as the synchronous one", async () => {
    const registers = registersOf(messyProgramme());
    await expect(validateRegistersAsync(registers)).resolves.toEqual(validateRegisters(registers));
  });
});

describe("the rule catalogue", () => {
  it("has unique ids, a title and a description for every rule", () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.description).toMatch(/(Error|Warning)/);
      expect(rule.appliesTo.length).toBeGreaterThan(0);
      if (rule.register !== "any") expect(rule.appliesTo).toEqual([rule.register]);
    }
  });

  it("renders as a Markdown table with one row per rule, for the README", () => {
    const table = ruleCatalogueMarkdown().split("\n");
    expect(table).toHaveLength(RULES.length + 2);
    expect(table[2]).toContain("`field.required` | error | Phases, Mentors, Mentees, Pairs, Sessions, Goals, Evaluations |");
    expect(table.find((l) => l.includes("`mentor.experience.minimum`"))).toContain("| error | Mentors |");
  });

  it("explains each severity in the description", () => {
    for (const rule of RULES) expect(rule.description, rule.id).toContain(rule.severity === "error" ? "Error" : "Warning");
  });
});
