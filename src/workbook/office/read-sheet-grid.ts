/**
 * Reading a sheet as a grid of values: the first step of every feature.
 *
 * One load + one sync of the used range (values, number formats, address), however many rows.
 * Excel on the web refuses responses over 5 MB (ResponsePayloadSizeLimitExceeded): a sheet
 * that large is then read in row bands, one sync per band, halving the band when a band is
 * still too large, so big registers still read in a handful of syncs.
 */

import { type Rect, cellAddress, parseAddress } from "../address";
import type { XlCellValue, XlRange, XlRangeAreas, XlRequestContext, XlWorksheet } from "./excel-api";
import { WorkbookOperationError, excelErrorCode, toWorkbookError } from "./errors";
import type { LongOperationOptions } from "./progress";

export interface SheetGrid {
  /** The sheet's name as Excel spells it (the lookup is case-insensitive). */
  sheet: string;
  /** Address of the used range, e.g. "Mentors!A3:K40"; "" for a blank sheet. */
  address: string;
  /** Zero-based position of values[0][0] on the sheet. */
  rowIndex: number;
  columnIndex: number;
  /** Cell values: "" for empty cells, numbers for numbers and dates (serials), booleans. */
  values: XlCellValue[][];
  numberFormats: string[][];
  /** Formulas ("=SUM(A1:A3)") or the constant value, when requested. */
  formulas?: XlCellValue[][];
  /** Displayed text, when requested (dates as the user sees them). */
  text?: string[][];
  /**
   * Merged areas touching the used range (zero-based, sheet coordinates), when it has any:
   * Excel keeps a merge's value in its top-left cell only, so a reader that wants the value in
   * every row a merge covers (a County merged down over three mentors) needs to know them.
   */
  merges?: Rect[];
}

/**
 * The merged areas of a sheet, loaded in the same batch as its values (ExcelApi 1.13): a few
 * addresses, so it costs no sync of its own. Call mergesOf after the sync. Asked of the whole
 * sheet, not of its used range: the used range is a null object on a blank sheet, and a call
 * made through a null object is not something to lean on in real Excel; merges outside the
 * used range hold no value and fill nothing.
 */
export function loadMerges(sheet: XlWorksheet): XlRangeAreas {
  return sheet.getRange().getMergedAreasOrNullObject().load("address");
}

/** The areas of a loaded loadMerges() answer: "Mentors!B2:B4,Mentors!D2:D6" -> rects. */
function mergesOf(areas: XlRangeAreas): Rect[] {
  if (areas.isNullObject) return [];
  const rects: Rect[] = [];
  for (const part of splitAreas(areas.address)) {
    const parsed = parseAddress(part);
    if (parsed) rects.push(parsed.rect);
  }
  return rects;
}

/** Splits a RangeAreas address at its commas, except those inside a quoted sheet name ('Ward 1, 2'!A1). */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    // '' inside a quoted name is an escaped quote: toggling twice leaves it quoted.
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.filter((p) => p.trim() !== "");
}

/** The grid with its merges, when there are any (a grid without merges stays as it was). */
export function withMerges(grid: SheetGrid, areas: XlRangeAreas): SheetGrid {
  const merges = mergesOf(areas);
  return merges.length === 0 ? grid : { ...grid, merges };
}

/**
 * The most a sheet read may hold. A used range is a rectangle: one stray entry in row 1,048,576
 * makes a 40-row register a million rows tall, and reading it would build a million rows of
 * empty cells in memory (hundreds of MB) for nothing. Far above any register (national scale is
 * tens of thousands of rows); such a sheet is refused with a message saying how to trim it.
 */
export const MAX_READ_ROWS = 500_000;
export const MAX_READ_CELLS = 10_000_000;

/** Refuses a used range too large to read, naming it and saying how to trim it. */
export function assertReadable(sheet: string, used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): void {
  const { rowCount, columnCount } = used;
  if (rowCount <= MAX_READ_ROWS && rowCount * columnCount <= MAX_READ_CELLS) return;
  const where = cellAddress(used.rowIndex + rowCount - 1, used.columnIndex + columnCount - 1);
  throw new WorkbookOperationError(
    "TooLarge",
    `The sheet "${sheet}" has content as far as ${where} (${rowCount.toLocaleString("en")} rows by ${columnCount.toLocaleString("en")} columns), more than the add-in reads from one sheet (${MAX_READ_ROWS.toLocaleString("en")} rows, ${MAX_READ_CELLS.toLocaleString("en")} cells). If the cells far below or to the right of your data are stray entries, delete those rows or columns (select them, right-click > Delete) and save; otherwise split the sheet. Nothing was changed.`,
    { sheet },
  );
}

export interface ReadSheetGridOptions extends LongOperationOptions {
  formulas?: boolean;
  text?: boolean;
  /** Only cells with values define the used range (default true: formatting alone is ignored). */
  valuesOnly?: boolean;
}

function properties(options: ReadSheetGridOptions): string[] {
  const names = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "numberFormat"];
  if (options.formulas) names.push("formulas");
  if (options.text) names.push("text");
  return names;
}

function gridOf(sheet: string, range: XlRange, options: ReadSheetGridOptions): SheetGrid {
  const grid: SheetGrid = {
    sheet,
    address: range.address,
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    values: range.values,
    numberFormats: range.numberFormat,
  };
  if (options.formulas) grid.formulas = range.formulas;
  if (options.text) grid.text = range.text;
  return grid;
}

function emptyGrid(sheet: string, options: ReadSheetGridOptions): SheetGrid {
  const grid: SheetGrid = { sheet, address: "", rowIndex: 0, columnIndex: 0, values: [], numberFormats: [] };
  if (options.formulas) grid.formulas = [];
  if (options.text) grid.text = [];
  return grid;
}

export async function readSheetGrid(context: XlRequestContext, sheetName: string, options: ReadSheetGridOptions = {}): Promise<SheetGrid> {
  const valuesOnly = options.valuesOnly ?? true;
  const action = `reading the sheet "${sheetName}"`;
  const worksheet = context.workbook.worksheets.getItem(sheetName).load("name");
  const used = worksheet.getUsedRangeOrNullObject(valuesOnly).load(properties(options));
  const merged = loadMerges(worksheet);
  try {
    await context.sync();
  } catch (error) {
    if (excelErrorCode(error) === "ResponsePayloadSizeLimitExceeded") return readInBands(context, sheetName, options);
    throw toWorkbookError(error, { action, sheet: sheetName });
  }
  if (used.isNullObject) return emptyGrid(worksheet.name, options);
  // Excel on the web refuses such a response (and reads in bands, checked there); the desktop
  // answers it: refuse before anything else is built on it.
  assertReadable(worksheet.name, used);
  options.onProgress?.(used.rowCount, used.rowCount, `Read ${worksheet.name}`);
  return withMerges(gridOf(worksheet.name, used, options), merged);
}

async function readInBands(context: XlRequestContext, sheetName: string, options: ReadSheetGridOptions): Promise<SheetGrid> {
  const action = `reading the sheet "${sheetName}"`;
  const worksheet = context.workbook.worksheets.getItem(sheetName).load("name");
  const used = worksheet.getUsedRangeOrNullObject(options.valuesOnly ?? true).load("address, rowIndex, columnIndex, rowCount, columnCount");
  // The merges of the whole sheet come with its size: a few addresses, whatever the bands.
  const merged = loadMerges(worksheet);
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, { action, sheet: sheetName });
  }
  if (used.isNullObject) return emptyGrid(worksheet.name, options);
  assertReadable(worksheet.name, used);
  const grid: SheetGrid = {
    sheet: worksheet.name,
    address: used.address,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    values: [],
    numberFormats: [],
  };
  if (options.formulas) grid.formulas = [];
  if (options.text) grid.text = [];
  const bandProperties = properties(options).filter((p) => !["address", "rowIndex", "columnIndex", "rowCount", "columnCount"].includes(p));
  let band = Math.max(1, Math.ceil(used.rowCount / 2));
  let done = 0;
  while (done < used.rowCount) {
    if (options.signal?.aborted) throw new WorkbookOperationError("Aborted", `Reading "${worksheet.name}" was cancelled.`, { sheet: worksheet.name });
    const rows = Math.min(band, used.rowCount - done);
    const part = worksheet.getRangeByIndexes(used.rowIndex + done, used.columnIndex, rows, used.columnCount).load(bandProperties);
    try {
      // One sync per band is the point: each response must stay under Excel's 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (excelErrorCode(error) === "ResponsePayloadSizeLimitExceeded" && rows > 1) {
        band = Math.max(1, Math.floor(rows / 2));
        continue;
      }
      throw toWorkbookError(error, { action, sheet: worksheet.name });
    }
    // Appending row by row: spreading a band of many thousand rows could exceed the call-argument limit.
    for (const row of part.values) grid.values.push(row);
    for (const row of part.numberFormat) grid.numberFormats.push(row);
    if (grid.formulas) for (const row of part.formulas) grid.formulas.push(row);
    if (grid.text) for (const row of part.text) grid.text.push(row);
    done += rows;
    options.onProgress?.(done, used.rowCount, `Reading ${worksheet.name}`);
  }
  return withMerges(grid, merged);
}
