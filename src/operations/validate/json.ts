/**
 * The command line's JSON: one object, a stable contract for scripts.
 *
 *   {"issues":[{"severity","rule","register","sheet","row","column","cell","field","value","message","fix"}],
 *    "counts":{"errors","warnings"},
 *    "registers":{NAME:{"sheet","rows"}}}
 *
 * Every issue has every key (null when an issue has no field or value); sheet, row, column and
 * cell are the user's own sheet and cell (the raw sheet when raw sheets were validated).
 * Register names are the register kinds ("mentors", "pairs"); a register read from several
 * sheets lists them joined with ", ".
 */

import type { Issue, IssueRegister, Severity } from "../../domain/validation";
import type { WorkbookValidation } from "./validate-workbook";

export interface IssueJson {
  severity: Severity;
  rule: string;
  register: IssueRegister;
  sheet: string;
  row: number;
  column: number;
  cell: string;
  field: string | null;
  value: string | null;
  message: string;
  fix: string;
}

export interface ValidationJson {
  issues: IssueJson[];
  counts: { errors: number; warnings: number };
  registers: Record<string, { sheet: string; rows: number }>;
}

function issueJson(issue: Issue): IssueJson {
  return {
    severity: issue.severity,
    rule: issue.rule,
    register: issue.register,
    sheet: issue.sheet,
    row: issue.row,
    column: issue.column,
    cell: issue.cell,
    field: issue.field ?? null,
    value: issue.value ?? null,
    message: issue.message,
    fix: issue.fix,
  };
}

export function validationJson(validation: WorkbookValidation): ValidationJson {
  const registers: ValidationJson["registers"] = {};
  for (const r of validation.registers) registers[r.kind] = { sheet: r.sheets.join(", "), rows: r.rows };
  return {
    issues: validation.issues.map(issueJson),
    counts: { errors: validation.counts.errors, warnings: validation.counts.warnings },
    registers,
  };
}
