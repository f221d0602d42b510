import { REGISTER_KINDS, type RegisterData, type RegisterKind, type Registers } from "../registers";
import type { RowRange, SourceRows } from "./types";

/*
 * Which register rows a summary rests on, said as the officer can check them: the row
 * numbers of their own sheets (RegisterRow.source), not positions in the register, grouped
 * into runs (2–58, 61, 63–90). A register read from two sheets is stamped sheet by sheet,
 * since row 12 means nothing without its sheet.
 */

/** Row indices (into each register's `rows`) a summary used, by register. */
export type UsedRows = Partial<Record<RegisterKind, Iterable<number>>>;

/** Row numbers folded into runs of consecutive rows, in order; duplicates count once. */
export function rowRanges(rows: Iterable<number>): RowRange[] {
  const list = [...rows];
  // Rows arrive in sheet order (the reader reads top to bottom), so sorting is rarely needed.
  const ascending = list.every((row, i) => i === 0 || row > (list[i - 1] ?? row));
  const sorted = ascending ? list : [...new Set(list)].sort((a, b) => a - b);
  const ranges: RowRange[] = [];
  for (const row of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && row === last.last + 1) last.last = row;
    else ranges.push({ first: row, last: row });
  }
  return ranges;
}

/** One entry per sheet the register was read from (first-read order); an empty register keeps its sheet. */
function sheetSources(register: RegisterKind, data: RegisterData<unknown>, used: Iterable<number>): SourceRows[] {
  // Marks rather than a set of indices: one pass over the register in its own order, each row once.
  const marked = new Uint8Array(data.rows.length);
  for (const index of used) if (index >= 0 && index < marked.length) marked[index] = 1;
  const bySheet = new Map<string, { total: number; rows: number[] }>();
  data.rows.forEach((row, index) => {
    let entry = bySheet.get(row.source.sheet);
    if (!entry) {
      entry = { total: 0, rows: [] };
      bySheet.set(row.source.sheet, entry);
    }
    entry.total += 1;
    if (marked[index] === 1) entry.rows.push(row.source.row);
  });
  if (bySheet.size === 0) bySheet.set(data.sheet, { total: 0, rows: [] });
  return [...bySheet].map(([sheet, { total, rows }]) => ({ register, sheet, rows: rows.length, totalRows: total, ranges: rowRanges(rows) }));
}

/** Rows used per register sheet, registers in the catalogue's order (absent registers left out). */
export function sourceRows(registers: Registers, used: UsedRows): SourceRows[] {
  const result: SourceRows[] = [];
  for (const kind of REGISTER_KINDS) {
    const data = registers[kind] as RegisterData<unknown> | undefined;
    if (data) result.push(...sheetSources(kind, data, used[kind] ?? []));
  }
  return result;
}

/** Excel keeps at most 32,767 characters in a cell (the workbook writer refuses more). */
export const MAX_CELL_CHARACTERS = 32_767;

function rangeText(range: RowRange): string {
  return range.first === range.last ? `${range.first}` : `${range.first}–${range.last}`;
}

/**
 * "rows 2–58, 61, 63–90", "row 61", or "none". Longer than `maxCharacters`, the list is cut
 * after the runs that fit and says "… and N more ranges", so the cell can be written and the
 * reader knows the list goes on (the JSON output keeps every run). `maxCharacters` must leave
 * room for "rows … and N more ranges" (24 characters and up).
 */
export function rowRangesText(ranges: readonly RowRange[], maxCharacters = MAX_CELL_CHARACTERS): string {
  const first = ranges[0];
  if (!first) return "none";
  const lead = ranges.length === 1 && first.first === first.last ? "row " : "rows ";
  const parts = ranges.map(rangeText);
  const whole = lead + parts.join(", ");
  if (whole.length <= maxCharacters) return whole;
  // Room for the longest tail this list could need, then as many runs as fit before it.
  const tail = (left: number) => ` … and ${left} more range${left === 1 ? "" : "s"}`;
  const room = maxCharacters - tail(ranges.length).length;
  let text = lead;
  let kept = 0;
  for (const part of parts) {
    const next = kept === 0 ? text + part : `${text}, ${part}`;
    if (next.length > room) break;
    text = next;
    kept += 1;
  }
  return (kept === 0 ? lead.trimEnd() : text) + tail(ranges.length - kept);
}
