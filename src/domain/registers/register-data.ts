import type { Settings } from "../settings";
import type { RegisterKind } from "./catalogue";
import type { Evaluation } from "./evaluations";
import type { Goal } from "./goals";
import type { Mentee } from "./mentees";
import type { Mentor } from "./mentors";
import type { Pair } from "./pairs";
import type { Phase } from "./phases";
import type { Session } from "./sessions";

/**
 * The shapes every capability shares: a sheet read into a register's rows, each row keeping
 * where it came from and what it looked like as typed. Validation, pairing and summaries all
 * take `Registers`; nothing downstream reads a grid again.
 */

/** A cell value as a spreadsheet holds it (dates are serial numbers with a date format). */
export type GridValue = string | number | boolean;

/** A block of a sheet as read in one go: values (and number formats, to tell dates) from `origin`. */
export interface Grid {
  sheet: string;
  /** 1-based row and column of values[0][0] on the sheet. */
  origin: { row: number; column: number };
  values: GridValue[][];
  /** Same shape as values when known; "General" when absent. */
  numberFormats?: string[][];
  /**
   * Merged areas touching the block, 1-based sheet rows and columns like origin. Excel keeps a
   * merge's value in its top-left cell only; the register reader fills a vertical merge below
   * the header into every row it covers (see domain/reading/merged-cells.ts).
   */
  merges?: ReadonlyArray<{ row: number; column: number; rowCount: number; columnCount: number }>;
}

/** A cell on the user's sheet. Row and column are 1-based; address is A1-style without the sheet. */
export interface CellRef {
  sheet: string;
  row: number;
  column: number;
  address: string;
}

/** A value the normaliser changed, reported so the user sees before and after. */
export interface NormalisationChange {
  field: string;
  cell: CellRef;
  before: GridValue;
  after: string;
  /** Why, in words: "day-first date", "county spelling", "phone to +254 form". */
  reason: string;
}

/** A value the normaliser could not read: it is kept as typed and reported, never guessed. */
export interface NormalisationProblem {
  field: string;
  cell: CellRef;
  value: GridValue;
  /** What is wrong: "“Kisumo Town” is not one of Kenya's 47 counties". */
  message: string;
  /** How to fix it: "Type the county's name, e.g. Kisumu." */
  fix: string;
}

/** One register row: typed values that normalised, plus everything needed to lose nothing. */
export interface RegisterRow<T> {
  /** Normalised values; a field that failed to normalise is absent here and present in `raw`. */
  values: Partial<T>;
  /** Every mapped cell exactly as typed, by field key (non-empty cells only). */
  raw: Partial<Record<keyof T & string, GridValue>>;
  /** Where each mapped field's cell is on the user's sheet. */
  cells: Partial<Record<keyof T & string, CellRef>>;
  /** The row on the user's sheet this came from. */
  source: { sheet: string; row: number };
  changes: NormalisationChange[];
  problems: NormalisationProblem[];
  /** Unmapped columns carried as they are: header text -> value (non-empty only). */
  extra: Record<string, GridValue>;
}

/** How one sheet column was mapped. */
export interface ColumnMapping {
  /** 1-based column on the sheet. */
  column: number;
  header: string;
  /** The register field it feeds, or null for a carried (unmapped) column. */
  field: string | null;
  /** 0..1: how sure the header match is (1 = exact label or alias). */
  confidence: number;
}

export interface RegisterData<T> {
  kind: RegisterKind;
  sheet: string;
  /** 1-based row of the header on the sheet. */
  headerRow: number;
  columns: ColumnMapping[];
  rows: RegisterRow<T>[];
}

export interface Registers {
  phases?: RegisterData<Phase>;
  mentors?: RegisterData<Mentor>;
  mentees?: RegisterData<Mentee>;
  pairs?: RegisterData<Pair>;
  sessions?: RegisterData<Session>;
  goals?: RegisterData<Goal>;
  evaluations?: RegisterData<Evaluation>;
  settings: Settings;
}

/** Excel's column letters for a 1-based column number (1 -> A, 27 -> AA). */
export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellRef(sheet: string, row: number, column: number): CellRef {
  return { sheet, row, column, address: `${columnLetters(column)}${row}` };
}
