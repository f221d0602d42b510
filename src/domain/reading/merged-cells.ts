import { isBlankCell } from "../normalize/result";
import { cellRef, type Grid, type GridValue } from "../registers";

/*
 * Merged cells below the header. HR sheets merge a County down over the three mentors of one
 * county, an Institution over five mentees. Excel keeps a merge's value in its top-left cell
 * only, so without this the rows below read blank: two mentors with no county, and validation
 * calling it missing. Each data row a vertical merge covers reads the top cell's value instead,
 * and the reader reports it as a change (before: empty), so the officer sees it and the
 * register's As typed column still says the cell itself was empty.
 */

/** A cell that reads a merge's value: the value, and the merge it came from ("B2:B4"). */
export interface MergeFill {
  value: GridValue;
  /** The top cell's format: a date merged down is read as the date it shows there. */
  numberFormat: string | undefined;
  from: string;
}

/** Filled cells by sheet position (1-based), looked up per cell while reading. */
export type MergeFills = ReadonlyMap<string, MergeFill>;

export function fillKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/**
 * The cells of data rows (below `headerRow`, 1-based) that read a merge's value. Only merges
 * whose top cell is itself a data row count: a merged title or header above (or a header merged
 * down into the first data row) is a label, never a value, and reads as it always did.
 *
 * A merge spanning columns gives its value to its first column only: "Nairobi" merged over
 * County and Sub-county is one county, not a sub-county too, so duplicating it across fields
 * would invent data. A covered cell that holds a value of its own (Excel never makes one, but a
 * file written by another program can) keeps it.
 */
export function mergeFills(grid: Grid, headerRow: number): MergeFills {
  const fills = new Map<string, MergeFill>();
  for (const merge of grid.merges ?? []) {
    if (merge.rowCount < 2 || merge.row <= headerRow) continue;
    const column = merge.column - grid.origin.column;
    const value = grid.values[merge.row - grid.origin.row]?.[column];
    const numberFormat = grid.numberFormats?.[merge.row - grid.origin.row]?.[column];
    if (value === undefined || isBlankCell(value)) continue;
    const top = cellRef(grid.sheet, merge.row, merge.column).address;
    const bottom = cellRef(grid.sheet, merge.row + merge.rowCount - 1, merge.column + merge.columnCount - 1).address;
    const from = `${top}:${bottom}`;
    // Only the rows read: a whole-column merge must not walk a million rows.
    const end = Math.min(merge.row + merge.rowCount, grid.origin.row + grid.values.length);
    for (let row = merge.row + 1; row < end; row++) {
      const own = grid.values[row - grid.origin.row]?.[column];
      if (own !== undefined && !isBlankCell(own)) continue;
      fills.set(fillKey(row, merge.column), { value, numberFormat, from });
    }
  }
  return fills;
}
