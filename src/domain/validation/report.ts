import { REGISTER_KINDS, REGISTERS } from "../registers";
import { RULE_IDS, type RuleId } from "./rules";
import type { Issue, IssueRegister, SeverityCounts, ValidationCounts, ValidationReport } from "./types";

/** Every place an issue can be about, in the order an officer walks them: Settings first, as it steers every check. */
export const ISSUE_REGISTERS: readonly IssueRegister[] = ["settings", ...REGISTER_KINDS];

const REGISTER_ORDER: ReadonlyMap<IssueRegister, number> = new Map(ISSUE_REGISTERS.map((k, i) => [k, i]));

/** "Mentors", or "Settings" for the Settings sheet. */
export function registerTitle(register: IssueRegister): string {
  return register === "settings" ? "Settings" : REGISTERS[register].title;
}

/** Plain code-unit comparison: the same order on every machine, unlike localeCompare. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order an officer walks the workbook in: register by register (catalogue order), then down
 * each sheet, left to right; rule, field and message break ties so the order never depends on
 * the order the rules ran in.
 */
export function compareIssues(a: Issue, b: Issue): number {
  return (
    (REGISTER_ORDER.get(a.register) ?? 0) - (REGISTER_ORDER.get(b.register) ?? 0) ||
    cmp(a.sheet, b.sheet) ||
    a.row - b.row ||
    a.column - b.column ||
    cmp(a.rule, b.rule) ||
    cmp(a.field ?? "", b.field ?? "") ||
    cmp(a.message, b.message)
  );
}

export function buildReport(issues: Issue[]): ValidationReport {
  issues.sort(compareIssues);
  return { issues, counts: countIssues(issues) };
}

/** Counts by severity, register and rule: for a whole report, or the part of it an officer is looking at. */
export function countIssues(issues: readonly Issue[]): ValidationCounts {
  const byRegister = Object.fromEntries(ISSUE_REGISTERS.map((k) => [k, { errors: 0, warnings: 0 }])) as Record<IssueRegister, SeverityCounts>;
  const byRule = Object.fromEntries(RULE_IDS.map((id) => [id, 0])) as Record<RuleId, number>;
  const counts: ValidationCounts = { errors: 0, warnings: 0, byRegister, byRule };
  for (const issue of issues) {
    const bucket = byRegister[issue.register];
    if (issue.severity === "error") {
      counts.errors += 1;
      bucket.errors += 1;
    } else {
      counts.warnings += 1;
      bucket.warnings += 1;
    }
    byRule[issue.rule] += 1;
  }
  return counts;
}
