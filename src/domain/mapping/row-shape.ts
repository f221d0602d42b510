import { isBlankCell } from "../normalize/result";
import type { Grid, GridValue } from "../registers";

/*
 * What a row looks like, from the kinds of its values and of the values below it: a header
 * is a row of short text labels that do not come back further down, over rows holding numbers,
 * dates or codes; a data row holds numbers, dates, codes with digits, or values its column
 * repeats (a county, a phase, a status). Used only to settle between rows that both name
 * fields: the wording stays the first evidence.
 */

/** Rows below a row looked at for repeats of its values, and for typed data under a header. */
const LOOK_BELOW = 20;
const DATA_ROWS_BELOW = 5;
/** A row with this share of its cells holding digits or "@" is data ("Week 3", "0712…", "a@b"). */
const CODED_SHARE = 0.3;
const LABEL_MAX_LENGTH = 60;

function key(value: GridValue): string {
  return typeof value === "string" ? value.trim().toLowerCase() : String(value);
}

/** Text with no digit and no "@": a label ("Name of Mentor"), not a value ("Week 3", an email). */
function isLabel(value: GridValue): boolean {
  return typeof value === "string" && value.trim() !== "" && value.length <= LABEL_MAX_LENGTH && !/[\d@]/.test(value);
}

function isCoded(value: GridValue): boolean {
  return typeof value !== "string" || /[\d@]/.test(value);
}

function filled(grid: Grid, index: number, width: number): Array<{ j: number; value: GridValue }> {
  const row = grid.values[index] ?? [];
  const cells: Array<{ j: number; value: GridValue }> = [];
  for (let j = 0; j < Math.min(width, row.length); j++) {
    const value = row[j];
    if (value !== undefined && !isBlankCell(value)) cells.push({ j, value });
  }
  return cells;
}

/** Whether a value of the row comes back in its column in the rows just below. */
function repeatsBelow(grid: Grid, index: number, cells: ReadonlyArray<{ j: number; value: GridValue }>): boolean {
  const last = Math.min(grid.values.length, index + 1 + LOOK_BELOW);
  for (const { j, value } of cells) {
    const k = key(value);
    for (let i = index + 1; i < last; i++) {
      const below = grid.values[i]?.[j];
      if (below !== undefined && !isBlankCell(below) && key(below) === k) return true;
    }
  }
  return false;
}

/** Numbers, dates, TRUE/FALSE, codes with digits, or values its column repeats just below. */
export function looksLikeData(grid: Grid, index: number, width: number): boolean {
  const cells = filled(grid, index, width);
  if (cells.length === 0) return false;
  if (cells.some(({ value }) => typeof value !== "string")) return true;
  if (cells.filter(({ value }) => isCoded(value)).length / cells.length >= CODED_SHARE) return true;
  return repeatsBelow(grid, index, cells);
}

/**
 * Two or more text labels, none of them repeated just below, over rows that hold numbers,
 * dates or codes in the labelled columns: the shape of a header, whatever its wording.
 */
export function looksLikeHeaderOverData(grid: Grid, index: number, width: number): boolean {
  const cells = filled(grid, index, width);
  if (cells.length < 2 || !cells.every(({ value }) => isLabel(value))) return false;
  if (repeatsBelow(grid, index, cells)) return false;
  const labelled = new Set(cells.map(({ j }) => j));
  let seen = 0;
  for (let i = index + 1; i < grid.values.length && seen < DATA_ROWS_BELOW; i++) {
    const below = filled(grid, i, width);
    if (below.length === 0) continue;
    seen += 1;
    if (below.some(({ j, value }) => labelled.has(j) && isCoded(value))) return true;
  }
  return false;
}
