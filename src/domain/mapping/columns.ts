import { REGISTERS, columnLetters, type Grid, type RegisterKind } from "../registers";
import { cellText, isBlankCell } from "../normalize/result";
import { cleanInline } from "../normalize/text";
import { fieldMatches } from "./field-wordings";
import type { MappedColumn, SheetMapping } from "./types";

/** The header text of each column of a grid row (blank for empty cells), as typed but tidied. */
export function rowHeaders(grid: Grid, rowIndex: number): string[] {
  const row = grid.values[rowIndex] ?? [];
  const width = gridWidth(grid);
  const headers: string[] = [];
  for (let j = 0; j < width; j++) {
    const value = row[j];
    headers.push(value === undefined || isBlankCell(value) ? "" : cleanInline(cellText(value)));
  }
  return headers;
}

/** The widest row: rows of a grid read from a sheet can be ragged. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid.values) if (row.length > width) width = row.length;
  return width;
}

function missingRequired(kind: RegisterKind, columns: readonly MappedColumn[]): string[] {
  const fed = new Set(columns.map((c) => c.field));
  return REGISTERS[kind].fields.filter((f) => f.required && !fed.has(f.key)).map((f) => f.key);
}

/**
 * Columns to a register's fields by header wording. One field never gets two columns: the
 * column with the higher confidence wins (the leftmost on a tie) and the other is carried,
 * with a note saying which column took its field, so nothing is dropped silently.
 */
export function mapColumns(grid: Grid, kind: RegisterKind, headerRowIndex: number): SheetMapping {
  const headers = rowHeaders(grid, headerRowIndex);
  const columns: MappedColumn[] = headers.map((header, j) => {
    const column = grid.origin.column + j;
    const top = header === "" ? undefined : fieldMatches(kind, header)[0];
    return top
      ? { column, header, field: top.field.key, confidence: round(top.confidence), source: "header", guess: { field: top.field.key, confidence: round(top.confidence) } }
      : { column, header, field: null, confidence: 0, source: "none", note: header === "" ? "no header" : "no field matches this header" };
  });
  const byConfidence = columns.filter((c) => c.field !== null).sort((a, b) => b.confidence - a.confidence || a.column - b.column);
  const owner = new Map<string, MappedColumn>();
  for (const column of byConfidence) {
    const field = column.field;
    if (field === null) continue;
    const winner = owner.get(field);
    if (!winner) {
      owner.set(field, column);
      continue;
    }
    const label = REGISTERS[kind].fields.find((f) => f.key === field)?.label ?? field;
    column.field = null;
    column.confidence = 0;
    column.source = "none";
    column.note = `column ${columnLetters(winner.column)} (“${winner.header}”) matches ${label} better; this column is carried as it is`;
  }
  return {
    sheet: grid.sheet,
    kind,
    headerRow: grid.origin.row + headerRowIndex,
    columns,
    missingRequired: missingRequired(kind, columns),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export { missingRequired };

/**
 * The columns the register will carry as they are (in each row's `extra`): those with a header
 * no field matched, those that lost their field to a better column, and headerless columns.
 */
export function unmappedColumns(mapping: Pick<SheetMapping, "columns">): MappedColumn[] {
  return mapping.columns.filter((c) => c.field === null);
}
