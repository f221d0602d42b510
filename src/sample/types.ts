import type {
  Evaluation,
  Goal,
  Mentee,
  Mentor,
  Pair,
  Phase,
  RegisterKind,
  Session,
} from "../domain/registers";
import type { CellInput } from "./spec";

/**
 * The clean ground truth behind the messy sample sheets. Each entity is a register row as the
 * register schemas type it (ISO dates, +2547XXXXXXXX phones, canonical county names, booleans,
 * numbers, focus-area ids), plus a `key` that ties it to the sheet rows it was rendered on and
 * to the defects planted in them. Rule-breaking data (a session at the wrong venue) is kept as
 * recorded: the truth is what a perfect normaliser would read, and the validator's job is to
 * report the planted rule defects, not to rewrite them.
 */
export type Keyed<T> = T & { key: string };

/** The days around a phase in which its paperwork is dated: matching workshop to wrap-up. */
export interface PhaseWindow {
  phase: string;
  matchingWorkshop: string;
  wrapUp: string;
}

/** Where a register was rendered: sheet, header row and which column feeds which field. */
export interface SampleSheetLayout {
  name: string;
  register: RegisterKind;
  /** 1-based rows holding title text above the header. */
  titleRows: number[];
  /** 1-based row of the header. */
  headerRow: number;
  /** In sheet order; `field` is the register field key, or null for a column carried as-is. */
  columns: Array<{ column: number; letter: string; header: string; field: string | null }>;
  /** Every data row (1-based) and the key of the entity it shows; blank rows are absent. */
  rows: Array<{ row: number; key: string }>;
}

/**
 * How a defect should be met:
 * - layout: the reader and writer must cope (titles, merged cells, header wording, blank rows,
 *   duplicates, a name starting with "=" that must stay text and is kept as typed);
 * - format: the normaliser must turn the cell into `expected`, the truth value;
 * - rule: the value reads fine but breaks a programme rule; the validator must report it;
 * - attendance: no cell is wrong, a week simply was not held or not logged; the phase summary
 *   must count it (sessions held against planned, week-by-week attendance).
 */
export type DefectCategory = "layout" | "format" | "rule" | "attendance";

export const DEFECT_KINDS = {
  "title-rows": "layout",
  "merged-title": "layout",
  "header-variant": "layout",
  "blank-row": "layout",
  "duplicate-person": "layout",
  "duplicate-session": "layout",
  "date-as-text": "format",
  "phone-format": "format",
  "county-spelling": "format",
  "sector-abbreviation": "format",
  "yes-no-variant": "format",
  "number-as-text": "format",
  "formula-like-name": "layout",
  "email-case": "format",
  "non-breaking-space": "format",
  "county-outside-phase": "rule",
  "sensitisation-not-recorded": "rule",
  "confidentiality-not-agreed": "rule",
  "experience-below-minimum": "rule",
  "training-not-completed": "rule",
  "release-not-approved": "rule",
  "disengagement-incomplete": "rule",
  "session-wrong-venue": "rule",
  "session-hours-off-policy": "rule",
  "session-after-disengagement": "rule",
  "session-before-acceptance": "rule",
  "session-missed": "attendance",
  "session-log-missing": "attendance",
  "date-outside-phase": "rule",
} as const satisfies Record<string, DefectCategory>;

export type DefectKind = keyof typeof DEFECT_KINDS;

/** A value as the truth holds it, for `expected`. */
export type TruthValue = string | number | boolean | string[];

export interface PlantedDefect {
  /** D001, D002, ... in sheet order. */
  id: string;
  kind: DefectKind;
  category: DefectCategory;
  sheet: string;
  /** A1 address (a range for a merge), or null when the defect is a row that is not there. */
  cell: string | null;
  /** The cell exactly as rendered (null for an empty cell or a missing row). */
  value: CellInput;
  /** The register entity concerned, when there is one. */
  register: RegisterKind | null;
  key: string | null;
  /** The register field key of the cell, when it feeds one. */
  field: string | null;
  /** For format defects: what the cell means, equal to the truth entity's field. */
  expected?: TruthValue;
  /** What is wrong, in the words a message to an HR officer would use. */
  description: string;
}

export interface SampleTruth {
  /** The day the workbook was last updated: phase 1 is over, phase 2 is in its fifth week. */
  asOf: string;
  phases: Array<Keyed<Phase>>;
  windows: PhaseWindow[];
  mentors: Array<Keyed<Mentor>>;
  mentees: Array<Keyed<Mentee>>;
  pairs: Array<Keyed<Pair>>;
  sessions: Array<Keyed<Session>>;
  goals: Array<Keyed<Goal>>;
  evaluations: Array<Keyed<Evaluation>>;
  sheets: SampleSheetLayout[];
  defects: PlantedDefect[];
}
