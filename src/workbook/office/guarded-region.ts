/**
 * Co-authoring guard: "has the region I read changed before I write?"
 *
 * In a workbook shared on OneDrive/SharePoint another officer can add or edit rows between the
 * add-in's read and its write. Excel has no compare-and-swap, so every write operation keeps a
 * fingerprint of what it read (one hash per row of values, plus where the region was), re-reads
 * the region right before writing (one sync), and stops with `ChangedMeanwhile` when it differs,
 * so a co-author's edit is never overwritten. The window left is one round trip.
 *
 * The fingerprint is computed from the values the operation already has (`fingerprintGrid`), so
 * taking it costs no sync; only the check does. Hashes per row (rather than one per region) let
 * the message say which rows changed.
 */

import { type Rect, qualifiedAddress } from "../address";
import type { XlCellValue, XlRange, XlRequestContext } from "./excel-api";
import { WorkbookOperationError, excelErrorCode, toWorkbookError } from "./errors";
import { type SheetGrid, readSheetGrid } from "./read-sheet-grid";

/** What was read: a sheet's used range (values only), or a table's whole range, header included. */
export type Region = { kind: "sheet"; sheet: string } | { kind: "table"; table: string };

export interface RegionFingerprint {
  region: Region;
  /** The sheet the region was on when read (for messages). */
  sheet: string;
  /** Where it was: zero-based, "" address / zero counts for a blank sheet. */
  rect: Rect;
  /** FNV-1a hash of each row's values, top to bottom. */
  rowHashes: number[];
  /** One hash of the whole region (address and rows), for logs and quick equality. */
  hash: string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Type-tagged so the number 7 and the text "7" hash differently. */
function cellKey(value: XlCellValue): string {
  if (typeof value === "number") return `n${value}`;
  if (typeof value === "boolean") return value ? "bT" : "bF";
  return `s${value}`;
}

export function hashRow(row: readonly XlCellValue[]): number {
  let h = FNV_OFFSET;
  for (const value of row) h = fnv(fnv(h, cellKey(value)), "\u0001");
  return h;
}

export function fingerprintValues(region: Region, sheet: string, rect: Rect, values: readonly (readonly XlCellValue[])[]): RegionFingerprint {
  const rowHashes = values.map(hashRow);
  let h = fnv(FNV_OFFSET, `${rect.row},${rect.column},${rect.rowCount},${rect.columnCount}`);
  for (const row of rowHashes) h = fnv(h, row.toString(36));
  return { region, sheet, rect: { ...rect }, rowHashes, hash: h.toString(16).padStart(8, "0") };
}

const BLANK: Rect = { row: 0, column: 0, rowCount: 0, columnCount: 0 };

/** What fingerprintGrid needs of a grid: a SheetGrid, or a used-range grid read another way. */
export type GridRead = Pick<SheetGrid, "sheet" | "rowIndex" | "columnIndex"> & { values: readonly (readonly XlCellValue[])[] };

/**
 * The fingerprint of a sheet's used range (values only, as readSheetGrid and readWorkbookGrids
 * read it), from the values already read: no extra sync.
 */
export function fingerprintGrid(grid: GridRead): RegionFingerprint {
  const rect = grid.values.length === 0 ? BLANK : { row: grid.rowIndex, column: grid.columnIndex, rowCount: grid.values.length, columnCount: grid.values[0]?.length ?? 0 };
  return fingerprintValues({ kind: "sheet", sheet: grid.sheet }, grid.sheet, rect, grid.values);
}

function regionLabel(region: Region): string {
  return region.kind === "sheet" ? `the sheet "${region.sheet}"` : `the table "${region.table}"`;
}

/**
 * Values of `rect` on `sheetName` when one response would pass Excel's 5 MB: cut from the
 * sheet's used range, which readSheetGrid reads in row bands (the table lies inside it).
 */
async function readValuesInBands(context: XlRequestContext, sheetName: string, rect: Rect): Promise<XlCellValue[][]> {
  const grid = await readSheetGrid(context, sheetName);
  const top = rect.row - grid.rowIndex;
  const left = rect.column - grid.columnIndex;
  return Array.from({ length: rect.rowCount }, (_, r) => {
    const row = grid.values[top + r] ?? [];
    return Array.from({ length: rect.columnCount }, (_, c) => row[left + c] ?? "");
  });
}

function missing(region: Region, action: string): WorkbookOperationError {
  const what = region.kind === "sheet" ? `The sheet "${region.sheet}" was renamed or deleted` : `The table "${region.table}" was renamed or deleted`;
  return new WorkbookOperationError("SheetNotFound", `${what} while ${action}. Nothing was written. Check the sheet tabs (and table names), then run it again.`, {
    ...(region.kind === "sheet" ? { sheet: region.sheet } : {}),
  });
}

/** Re-reads a region and fingerprints it: one sync (a few for a region over 5 MB). */
export async function readRegionFingerprint(context: XlRequestContext, region: Region, action = `checking ${regionLabel(region)}`): Promise<RegionFingerprint> {
  if (region.kind === "sheet") {
    try {
      return fingerprintGrid(await readSheetGrid(context, region.sheet));
    } catch (error) {
      if (error instanceof WorkbookOperationError && error.code === "SheetNotFound") throw missing(region, action);
      throw error;
    }
  }
  const readShape = async (withValues: boolean) => {
    const table = context.workbook.tables.getItem(region.table);
    const range: XlRange = table.getRange().load(withValues ? "rowIndex, columnIndex, rowCount, columnCount, values" : "rowIndex, columnIndex, rowCount, columnCount");
    const sheet = table.worksheet.load("name");
    await context.sync();
    const rect = { row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
    return { rect, sheet: sheet.name, values: withValues ? range.values : undefined };
  };
  let read: Awaited<ReturnType<typeof readShape>>;
  try {
    read = await readShape(true);
  } catch (error) {
    if (excelErrorCode(error) === "ItemNotFound") throw missing(region, action);
    if (excelErrorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw toWorkbookError(error, { action });
    // Too large for one response: the shape first, then the values in bands.
    try {
      read = await readShape(false);
    } catch (again) {
      throw excelErrorCode(again) === "ItemNotFound" ? missing(region, action) : toWorkbookError(again, { action });
    }
  }
  const values = read.values ?? (await readValuesInBands(context, read.sheet, read.rect));
  return fingerprintValues(region, read.sheet, read.rect, values);
}

function rowList(rows: number[]): string {
  const shown = rows.slice(0, 5).join(", ");
  return rows.length > 5 ? `${shown} and ${rows.length - 5} more` : shown;
}

/**
 * What changed between two fingerprints of the same region, in an officer's words, or
 * undefined when nothing did. Rows are Excel row numbers.
 */
export function describeRegionChange(before: RegionFingerprint, after: RegionFingerprint): string | undefined {
  if (before.hash === after.hash && before.rowHashes.length === after.rowHashes.length) return undefined;
  const parts: string[] = [];
  if (before.sheet !== after.sheet) parts.push(`its sheet is now called "${after.sheet}"`);
  if (before.rect.row !== after.rect.row || before.rect.column !== after.rect.column || before.rect.columnCount !== after.rect.columnCount) {
    const was = before.rect.rowCount === 0 ? "empty" : qualifiedAddress(before.sheet, before.rect);
    const now = after.rect.rowCount === 0 ? "empty" : qualifiedAddress(after.sheet, after.rect);
    parts.push(`it was ${was} and is now ${now}`);
  } else {
    const common = Math.min(before.rowHashes.length, after.rowHashes.length);
    const edited: number[] = [];
    for (let i = 0; i < common; i++) if (before.rowHashes[i] !== after.rowHashes[i]) edited.push(before.rect.row + i + 1);
    if (edited.length > 0) parts.push(`${edited.length === 1 ? "row" : "rows"} ${rowList(edited)} ${edited.length === 1 ? "was" : "were"} edited`);
    const added = after.rowHashes.length - before.rowHashes.length;
    if (added > 0) parts.push(`${added} ${added === 1 ? "row was" : "rows were"} added below`);
    if (added < 0) parts.push(`${-added} ${added === -1 ? "row was" : "rows were"} removed from the bottom`);
  }
  return parts.length > 0 ? parts.join("; ") : "its contents changed";
}

export interface GuardOptions {
  /** What the operation was doing, in the user's words: "writing the Mentors register". */
  action: string;
}

/** The error for a region that changed: what changed, that nothing was written, what to do. */
export function changedMeanwhile(before: RegionFingerprint, change: string, action: string): WorkbookOperationError {
  return new WorkbookOperationError(
    "ChangedMeanwhile",
    `Someone changed ${regionLabel(before.region)} while ${action}: ${change}. To keep their edit, nothing was written. Run it again to work on the current rows.`,
    { sheet: before.sheet },
  );
}

/**
 * Re-reads the region (1 sync) and throws `ChangedMeanwhile` (or `SheetNotFound` when it was
 * renamed or deleted) unless it still matches `expected`. Returns the fresh fingerprint.
 */
export async function assertRegionUnchanged(context: XlRequestContext, expected: RegionFingerprint, options: GuardOptions): Promise<RegionFingerprint> {
  const now = await readRegionFingerprint(context, expected.region, options.action);
  const change = describeRegionChange(expected, now);
  if (change !== undefined) throw changedMeanwhile(expected, change, options.action);
  return now;
}

/** `write` runs only if every region still matches what was read; otherwise nothing is written. */
export async function writeIfUnchanged<T>(
  context: XlRequestContext,
  expected: RegionFingerprint | readonly RegionFingerprint[],
  write: () => Promise<T>,
  options: GuardOptions,
): Promise<T> {
  const regions: readonly RegionFingerprint[] = Array.isArray(expected) ? expected : [expected as RegionFingerprint];
  for (const region of regions) await assertRegionUnchanged(context, region, options);
  return write();
}
