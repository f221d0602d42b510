import { REGISTERS, columnLetters, type Grid, type RegisterKind } from "../registers";
import { cellText, isBlankCell } from "../normalize/result";
import { cleanInline } from "../normalize/text";
import { MAPPING_THRESHOLD, fieldMatches } from "./field-wordings";
import { headerTokens } from "./header-words";
import { evidenceAgainst, sampleColumns, valueEvidence, weighedConfidence, type ColumnSample } from "./value-evidence";
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

/** Another field takes a column from the one its header names best only when its values fit this much better. */
const MUCH_BETTER = 0.1;

const SAMPLES = new WeakMap<Grid["values"], Map<number, ColumnSample[]>>();

/** The columns' sampled values, once per grid and header row (detection maps a sheet as every register). */
function samplesOf(grid: Grid, headerRowIndex: number, width: number): ColumnSample[] {
  let byRow = SAMPLES.get(grid.values);
  if (!byRow) {
    byRow = new Map();
    SAMPLES.set(grid.values, byRow);
  }
  let samples = byRow.get(headerRowIndex);
  if (!samples || samples.length < width) {
    samples = sampleColumns(grid, headerRowIndex, width);
    byRow.set(headerRowIndex, samples);
  }
  return samples;
}

/**
 * One column's field: the field its header names best, with the confidence its values leave
 * it (see value-evidence.ts); another field the header also names when its values fit much
 * better; or none, with a note saying why, when the values speak against every reading.
 */
function mapColumn(kind: RegisterKind, column: number, header: string, sample: ColumnSample | undefined): MappedColumn {
  const matches = header === "" ? [] : fieldMatches(kind, header);
  const top = matches[0];
  if (!top) return { column, header, field: null, confidence: 0, source: "none", note: header === "" ? "no header" : "no field matches this header" };
  const guess = { field: top.field.key, confidence: round(top.confidence) };
  const weighed = matches.map((m) => {
    const evidence = sample ? valueEvidence(m.field, sample) : null;
    return { field: m.field, evidence, confidence: weighedConfidence(m.confidence, evidence) };
  });
  const [first, ...others] = weighed;
  if (!first) return { column, header, field: null, confidence: 0, source: "none", note: "no field matches this header" };
  let chosen = first;
  for (const other of others) {
    const rescues = chosen.confidence < MAPPING_THRESHOLD && other.confidence >= MAPPING_THRESHOLD && other.confidence > chosen.confidence;
    if (rescues || other.confidence >= chosen.confidence + MUCH_BETTER) chosen = other;
  }
  if (chosen.confidence < MAPPING_THRESHOLD) {
    const against = first.evidence ? `, but ${evidenceAgainst(first.field, first.evidence)}` : "";
    return { column, header, field: null, confidence: 0, source: "none", guess, note: `“${header}” reads like ${first.field.label}${against}; this column is carried as it is` };
  }
  return { column, header, field: chosen.field.key, confidence: round(chosen.confidence), source: "header", guess };
}

/** Whether a column's header is its field's own label, loosely ("REMARKS" for Remarks). */
function namedAsLabel(kind: RegisterKind, column: MappedColumn): boolean {
  const label = REGISTERS[kind].fields.find((f) => f.key === column.field)?.label;
  return label !== undefined && headerTokens(column.header).join(" ") === headerTokens(label).join(" ");
}

/** Why `winner` kept the field `loser` also matched: a better match, or a tie settled. */
function whyCarried(winner: MappedColumn, loser: MappedColumn, label: string, named: ReadonlySet<MappedColumn>): string {
  const which = `column ${columnLetters(winner.column)} (“${winner.header}”)`;
  if (winner.confidence > loser.confidence) return `${which} matches ${label} better; this column is carried as it is`;
  const tie = named.has(winner) && !named.has(loser) ? `is headed ${label}` : "comes first";
  return `${which} matches ${label} as well and ${tie}; this column is carried as it is`;
}

/**
 * Columns to a register's fields by header wording, weighed by the values below the header.
 * One field never gets two columns: the column with the higher confidence wins; on a tie the
 * column headed with the field's own label (“Remarks” over “Notes”), then the leftmost. The
 * other is carried, with a note saying which column took its field, so nothing is dropped
 * silently.
 */
export function mapColumns(grid: Grid, kind: RegisterKind, headerRowIndex: number): SheetMapping {
  const headers = rowHeaders(grid, headerRowIndex);
  const samples = samplesOf(grid, headerRowIndex, headers.length);
  const columns: MappedColumn[] = headers.map((header, j) => mapColumn(kind, grid.origin.column + j, header, samples[j]));
  const named = new Set(columns.filter((c) => c.field !== null && namedAsLabel(kind, c)));
  const byConfidence = columns
    .filter((c) => c.field !== null)
    .sort((a, b) => b.confidence - a.confidence || Number(named.has(b)) - Number(named.has(a)) || a.column - b.column);
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
    const note = whyCarried(winner, column, label, named);
    column.field = null;
    column.confidence = 0;
    column.source = "none";
    column.note = note;
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
