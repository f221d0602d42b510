import { REGISTER_KINDS, type RegisterKind } from "../registers";
import { RULE_IDS, type RuleId } from "./rules";
import type { Issue, SeverityCounts, ValidationCounts, ValidationReport } from "./types";

const REGISTER_ORDER: ReadonlyMap<RegisterKind, number> = new Map(REGISTER_KINDS.map((k, i) => [k, i]));

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
  const byRegister = Object.fromEntries(REGISTER_KINDS.map((k) => [k, { errors: 0, warnings: 0 }])) as Record<RegisterKind, SeverityCounts>;
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
  return { issues, counts };
}
