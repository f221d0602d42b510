import type { RegisterKind } from "../registers";
import type { Settings, SettingsProblem } from "../settings";
import type { RuleId } from "./rules";
import type { TidyGroup } from "./tidy";

/**
 * Errors stop the add-in from trusting a row in summaries and pairing; warnings are things an
 * officer should look at but that do not change the figures. Nothing in between: a third level
 * ("info") would be one more thing for a busy officer to learn and filter.
 */
export type Severity = "error" | "warning";

/**
 * A normalisation the user can accept: the register already reads the cell as `to`, the sheet
 * still says `from`. Writing `to` back is safe because it changes the form, not the meaning.
 */
export interface SafeFix {
  field: string;
  /** A1 address on the issue's sheet. */
  cell: string;
  /** The cell as typed. */
  from: string;
  /** The register's normalised form (ISO date, +254 phone, canonical county, ...). */
  to: string;
  /** Why it is safe, in words: "county spelling", "phone to +254 form". */
  reason: string;
  /** The kind of tidy-up, so fixes of one kind can be reviewed and accepted together. */
  group: TidyGroup;
}

/**
 * What an issue is about: a register's row, or the Settings sheet (a threshold typed wrong
 * there changes every check that uses it, so it is reported like any other problem).
 */
export type IssueRegister = RegisterKind | "settings";

export interface Issue {
  severity: Severity;
  /** Stable id from the rule catalogue, e.g. "mentor.experience.minimum". */
  rule: RuleId;
  /** The register whose row the issue is about, or "settings" for the Settings sheet. */
  register: IssueRegister;
  sheet: string;
  /** 1-based row and column on the user's sheet. */
  row: number;
  column: number;
  /** A1 address of the cell to look at (the field's cell, or the row's first cell). */
  cell: string;
  field?: string;
  /** The value as the user typed it (dates as shown, not as serial numbers). */
  value?: string;
  /** Plain words: who, which field, which value, what is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
  safeFix?: SafeFix;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
}

export interface ValidationCounts extends SeverityCounts {
  /** Every register kind (and "settings") is present, with zeros where it has no issues. */
  byRegister: Record<IssueRegister, SeverityCounts>;
  /** Every rule of the catalogue is present, with 0 where it found nothing. */
  byRule: Record<RuleId, number>;
}

export interface ValidationReport {
  /** Sorted by register (catalogue order), sheet, row, column, rule. */
  issues: Issue[];
  counts: ValidationCounts;
}

/** How far validation got, for a progress bar: rows visited out of all rows in all registers. */
export interface ValidationProgress {
  register: RegisterKind;
  done: number;
  total: number;
}

export interface ValidateOptions {
  /** Overrides for the workbook's settings (`registers.settings`), e.g. a stricter threshold. */
  settings?: Partial<Settings>;
  /** Checked between registers and every few thousand rows; validation throws the abort reason. */
  signal?: AbortSignal;
  onProgress?: (progress: ValidationProgress) => void;
  /**
   * validateRegistersAsync only: milliseconds of checking between two pauses (default 25); 0
   * pauses at every chunk and register boundary.
   */
  sliceMs?: number;
  /** Problems found reading the Settings sheet, reported as `settings.invalid` issues. */
  settingsProblems?: readonly SettingsProblem[];
}
