/**
 * What reading a sheet into a register gave last time, kept while the sheet's cells stay the
 * same. Re-validating after one edit still reads the whole workbook from Excel (a few syncs,
 * nothing cached there: a co-author may have changed any sheet), but finding the header,
 * mapping the columns and normalising every cell is done again only for the sheets whose
 * values or number formats changed. At 50,000 rows that was most of the reading time.
 *
 * The key is the sheet's content itself, compared cell by cell with the grid kept from last
 * time: exact (no hash can collide) and faster than hashing every cell. One entry per sheet or
 * table, so memory stays at one workbook's worth.
 */

import type { Grid, GridValue } from "../domain/registers";

interface Entry {
  grid: Grid;
  /** Whatever else the reading depended on (the officer's choice for the sheet, the settings). */
  context: string;
  value: unknown;
}

export interface SheetReadCacheStats {
  /** Sheets whose reading was reused. */
  reused: number;
  /** Sheets read afresh (new, or changed since). */
  read: number;
}

function sameRows<T extends GridValue | string>(a: readonly (readonly T[])[] | undefined, b: readonly (readonly T[])[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (x === y) continue;
    if (x === undefined || y === undefined || x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (x[c] !== y[c]) return false;
  }
  return true;
}

/**
 * Whether two grids hold the same cells at the same place: values, number formats and merged
 * areas (merging a County down changes what the rows read without changing any value).
 */
function sameGrid(a: Grid, b: Grid): boolean {
  return (
    a.sheet === b.sheet &&
    a.origin.row === b.origin.row &&
    a.origin.column === b.origin.column &&
    sameRows(a.values, b.values) &&
    sameRows(a.numberFormats, b.numberFormats) &&
    JSON.stringify(a.merges ?? []) === JSON.stringify(b.merges ?? [])
  );
}

export class SheetReadCache {
  private entries = new Map<string, Entry>();
  private seen = new Set<string>();
  readonly stats: SheetReadCacheStats = { reused: 0, read: 0 };

  /**
   * The reading of `grid` under `slot` ("raw:mentors list 2016", "table:MentorsRegister"):
   * last time's when the grid and `context` are the same, else `read()`'s, kept for next time.
   * Callers must not change what they get: the next read may hand it out again.
   */
  reading<T>(slot: string, grid: Grid, context: string, read: () => T): T {
    this.seen.add(slot);
    const known = this.entries.get(slot);
    if (known && known.context === context && sameGrid(known.grid, grid)) {
      this.stats.reused += 1;
      return known.value as T;
    }
    const value = read();
    this.entries.set(slot, { grid, context, value });
    this.stats.read += 1;
    return value;
  }

  /** Starts a workbook read: sheets not asked for again before `endRead` are forgotten then. */
  beginRead(): void {
    this.seen = new Set();
  }

  /** Forgets the sheets of earlier reads that this read did not meet (deleted, renamed, emptied). */
  endRead(): void {
    for (const slot of this.entries.keys()) if (!this.seen.has(slot)) this.entries.delete(slot);
  }
}
