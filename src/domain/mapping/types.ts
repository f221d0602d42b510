import type { ColumnMapping, RegisterKind } from "../registers";

/** How one column was mapped, with what the mapping screen needs to explain it. */
export interface MappedColumn extends ColumnMapping {
  /** Where the field came from: the header's wording, the user's choice, or nothing. */
  source: "header" | "override" | "none";
  /** The field the header looked most like, kept when the column is carried anyway. */
  guess?: { field: string; confidence: number };
  /** Why a column is carried: "no field matches" or which column won its field. */
  note?: string;
}

/** A sheet's columns mapped to one register's fields. */
export interface SheetMapping {
  sheet: string;
  kind: RegisterKind;
  /** 1-based row of the header on the sheet. */
  headerRow: number;
  /** Every column of the sheet's used range, left to right. */
  columns: MappedColumn[];
  /** Required fields of the register that no column feeds, by key. */
  missingRequired: string[];
}

/** A user's correction on the mapping screen: this column feeds that field (or nothing). */
export interface MappingOverride {
  column: number;
  field: string | null;
}
