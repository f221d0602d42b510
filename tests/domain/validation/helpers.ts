import { expect } from "vitest";
import type { Issue, ValidateOptions, ValidationReport } from "../../../src/domain/validation";
import { validateRegisters } from "../../../src/domain/validation";
import { cleanProgramme, registersOf, withRule, type Programme } from "./fixtures";

/** Validates the clean programme after one change. */
export function check(change: (p: Programme) => void, options: ValidateOptions = {}): ValidationReport {
  const p = cleanProgramme();
  change(p);
  return validateRegisters(registersOf(p), options);
}

export function rules(report: ValidationReport): string[] {
  return report.issues.map((i) => i.rule);
}

/** Index access that fails the test instead of returning undefined. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index} in a list of ${list.length}`);
  return item;
}

/** What every issue must carry: where, what (naming field and value) and how to fix it. */
export function expectActionable(issue: Issue, where: { sheet: string; cell: string }, mentions: readonly string[]): void {
  expect(issue.sheet).toBe(where.sheet);
  expect(issue.cell).toBe(where.cell);
  expect(issue.cell).toBe(`${columnLetter(issue.column)}${issue.row}`);
  for (const m of mentions) expect(issue.message).toContain(m);
  expect(issue.fix.length).toBeGreaterThan(15);
  expect(issue.message).not.toMatch(/undefined|\[object|NaN/);
  expect(issue.fix).not.toMatch(/undefined|\[object|NaN/);
}

function columnLetter(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export { withRule };
