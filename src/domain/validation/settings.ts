import type { SettingsProblem } from "../settings";
import type { Collector } from "./context";

/**
 * Problems on the Settings sheet as issues: the reader keeps the default for a value it cannot
 * use, and the officer must hear about it where the other problems are listed, at the cell.
 */
export function reportSettingsProblems(problems: readonly SettingsProblem[], out: Collector): void {
  for (const problem of problems) {
    out.reportCell("settings.invalid", "settings", problem.cell, {
      field: problem.key,
      value: String(problem.value),
      message: problem.message,
      fix: problem.fix,
    });
  }
}
