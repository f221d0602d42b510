/**
 * The columns of a converted register, decided once per conversion: every field of the
 * register in catalogue order (headed by its label), then the source's unmapped columns
 * carried as they are (headed as on the source), then where each row came from ("Source
 * sheet", "Source row") and what the officer typed where the register shows something else
 * ("As typed"). Pure: no workbook access.
 */

import { unmappedColumns, type SheetMapping } from "../../domain/mapping";
import { isBlankCell } from "../../domain/normalize";
import { extraKeys } from "../../domain/reading";
import { COUNTY_NAMES, FOCUS_AREAS, YES_NO } from "../../domain/reference";
import { REGISTERS, columnLetters, type FieldDef, type FieldKind, type Grid, type RegisterKind } from "../../domain/registers";
import { DEFAULT_DATE_FORMAT } from "../../workbook/excel-dates";
import { AS_TYPED_HEADER, SOURCE_ROW_HEADER, SOURCE_SHEET_HEADER } from "../load-registers";
import { FormatTally } from "./format-tally";

/** A drop-down list on a register column. */
export interface ColumnList {
  values: readonly string[];
  /** true: Excel warns but accepts another entry (phases: a new phase may not be registered yet). */
  allowOther: boolean;
}

interface ColumnBase {
  header: string;
  /** Number format of the column's cells; undefined is Excel's General. */
  numberFormat: string | undefined;
  /** Strings in this column are stored as text ("@"), so a later edit stays text too. */
  asText: boolean;
  list?: ColumnList;
}

/** A register field; `sourceColumn` is the 1-based source column feeding it, if any. */
export interface FieldColumn extends ColumnBase {
  role: "field";
  field: FieldDef;
  sourceColumn: number | null;
}

/** A source column no field took, written exactly as it is. */
export interface CarriedColumn extends ColumnBase {
  role: "carried";
  sourceColumn: number;
  /** The header as typed on the source ("" when it had none). */
  sourceHeader: string;
}

export interface ProvenanceColumn extends ColumnBase {
  role: "provenance";
  provenance: "sheet" | "row" | "asTyped";
}

export type RegisterColumn = FieldColumn | CarriedColumn | ProvenanceColumn;

export const PROVENANCE_HEADERS: readonly string[] = [SOURCE_SHEET_HEADER, SOURCE_ROW_HEADER, AS_TYPED_HEADER];

const FORMAT_BY_KIND: Partial<Record<FieldKind, string>> = {
  date: DEFAULT_DATE_FORMAT,
  integer: "0",
  score: "0",
};

/** Field kinds written as numbers; every other kind is written as text. */
const NUMERIC_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(["date", "integer", "number", "score"]);

export function isNumericKind(kind: FieldKind): boolean {
  return NUMERIC_KINDS.has(kind);
}

/**
 * The counties' drop-down in alphabetical order: the official order is by county code, where
 * Nairobi (047) comes last and nobody can guess where Kisumu is among 47 names.
 */
const COUNTIES_ALPHABETICAL: readonly string[] = [...COUNTY_NAMES].sort((a, b) => a.localeCompare(b, "en"));

/** The drop-down a field gets: closed vocabularies refuse other entries, phases only warn. */
export function fieldList(field: FieldDef, phases: readonly string[]): ColumnList | undefined {
  switch (field.kind) {
    case "county":
      return { values: COUNTIES_ALPHABETICAL, allowOther: false };
    case "yesno":
      return { values: YES_NO, allowOther: false };
    case "choice":
      return field.options ? { values: field.options, allowOther: false } : undefined;
    case "focusArea":
      return { values: FOCUS_AREAS.map((f) => f.label), allowOther: false };
    case "phase":
      return phases.length > 0 ? { values: phases, allowOther: true } : undefined;
    default:
      return undefined;
  }
}

function fieldColumn(field: FieldDef, sourceColumn: number | null, phases: readonly string[]): FieldColumn {
  const list = fieldList(field, phases);
  return {
    role: "field",
    header: field.label,
    field,
    sourceColumn,
    numberFormat: FORMAT_BY_KIND[field.kind],
    asText: !isNumericKind(field.kind),
    ...(list ? { list } : {}),
  };
}

/**
 * The number format a carried column keeps: the one most of its number cells have on the
 * source (a column of date cells stays dates, and so does a date typed there later); a cell
 * formatted otherwise keeps its own (see the plan's `formats`). Text in it stays text anyway.
 */
function carriedFormat(grid: Grid, column: number, headerIndex: number): string | undefined {
  const j = column - grid.origin.column;
  const tally = new FormatTally();
  for (let i = headerIndex + 1; i < grid.values.length; i++) {
    if (typeof grid.values[i]?.[j] === "number") tally.add(grid.numberFormats?.[i]?.[j] ?? "General");
  }
  return tally.prevailing();
}

/** Whether a carried column holds anything below the header (headerless empty columns are left out). */
function hasValues(grid: Grid, column: number, headerIndex: number): boolean {
  const j = column - grid.origin.column;
  for (let i = headerIndex + 1; i < grid.values.length; i++) if (!isBlankCell(grid.values[i]?.[j])) return true;
  return false;
}

/**
 * Headers of carried columns: as typed, "Column F" when blank, and made unique against the
 * register's own headers (a second "Remarks" becomes "Remarks (column H)"), because an Excel
 * table cannot have two columns of one name and a reader would take the wrong one.
 */
function carriedHeaders(kind: RegisterKind, carried: ReadonlyArray<{ column: number; header: string }>): Map<number, string> {
  const keys = extraKeys(carried);
  const taken = new Set([...REGISTERS[kind].fields.map((f) => f.label), ...PROVENANCE_HEADERS].map((h) => h.toLowerCase()));
  const headers = new Map<number, string>();
  for (const { column } of carried) {
    const typed = keys.get(column) ?? `Column ${columnLetters(column)}`;
    let header = taken.has(typed.toLowerCase()) ? `${typed} (column ${columnLetters(column)})` : typed;
    for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${typed} (column ${columnLetters(column)}, ${n})`;
    taken.add(header.toLowerCase());
    headers.set(column, header);
  }
  return headers;
}

export function registerColumns(grid: Grid, mapping: SheetMapping, phases: readonly string[]): RegisterColumn[] {
  const kind = mapping.kind;
  const headerIndex = mapping.headerRow - grid.origin.row;
  const sourceOf = new Map<string, number>();
  for (const c of mapping.columns) if (c.field !== null) sourceOf.set(c.field, c.column);
  const columns: RegisterColumn[] = REGISTERS[kind].fields.map((field) => fieldColumn(field, sourceOf.get(field.key) ?? null, phases));

  const carried = unmappedColumns(mapping)
    .filter((c) => c.header.trim() !== "" || hasValues(grid, c.column, headerIndex))
    .map((c) => ({ column: c.column, header: c.header.trim() }));
  const headers = carriedHeaders(kind, carried);
  for (const c of carried) {
    columns.push({
      role: "carried",
      header: headers.get(c.column) ?? c.header,
      sourceColumn: c.column,
      sourceHeader: c.header,
      numberFormat: carriedFormat(grid, c.column, headerIndex),
      asText: false,
    });
  }
  columns.push(
    { role: "provenance", provenance: "sheet", header: SOURCE_SHEET_HEADER, numberFormat: undefined, asText: true },
    { role: "provenance", provenance: "row", header: SOURCE_ROW_HEADER, numberFormat: "0", asText: false },
    { role: "provenance", provenance: "asTyped", header: AS_TYPED_HEADER, numberFormat: undefined, asText: true },
  );
  return columns;
}
