/**
 * Writing a 2-D block of cells: the one way features put data into a sheet.
 *
 * - O(1) syncs: rows are grouped into chunks whose request (values + number formats as JSON)
 *   stays under a byte budget, default 4 MB, below Excel on the web's 5 MB request limit;
 *   one sync per chunk. A small block is one sync; 50,000 x 20 cells a handful.
 * - User text stays text: each cell's number format is written in the same batch, BEFORE
 *   the values, with "@" for strings Excel would otherwise turn into formulas, numbers, dates
 *   or booleans (see cell-safety.ts for why "@" rather than an apostrophe). Formats are written
 *   for every cell, not only the risky ones, so a cell left as "@" by an earlier run cannot
 *   turn a number we write now into text.
 * - Cancellable between chunks (AbortSignal) with progress after each chunk. Excel batches are
 *   not transactions: rows of chunks already synced stay written; the error says how many.
 */

import { cellAddress } from "../address";
import { TEXT_FORMAT, toSafeCellValue } from "../cell-safety";
import { DEFAULT_DATE_FORMAT, dateToSerial } from "../excel-dates";
import { jsonByteLength } from "../json-size";
import type { XlCellValue, XlRequestContext } from "./excel-api";
import { WorkbookOperationError, toWorkbookError } from "./errors";
import type { LongOperationOptions } from "./progress";

/** A cell to write: null/undefined leave it empty; a Date becomes a date serial with a date format. */
export type WritableCell = string | number | boolean | Date | null | undefined;

export const DEFAULT_WRITE_BUDGET_BYTES = 4_000_000;
/** Room for the batch's non-data operations (getItem, getRangeByIndexes, labels). */
const CHUNK_OVERHEAD_BYTES = 1_024;

export interface WriteBlockOptions extends LongOperationOptions {
  /** Number format for each column of the block (by offset); undefined = General. */
  columnFormats?: ReadonlyArray<string | undefined>;
  /** Number format per cell of the block (same shape as values); wins over columnFormats. */
  numberFormats?: ReadonlyArray<ReadonlyArray<string | undefined>>;
  /** Per-cell format as a function, winning over both; (row, column) are offsets in the block. */
  cellFormat?: (row: number, column: number) => string | undefined;
  /** Columns (by offset) whose strings are always stored as text ("@"), e.g. IDs; true = all. */
  asText?: boolean | ReadonlyArray<boolean>;
  /** Request budget per sync in bytes (values and formats as JSON). */
  budgetBytes?: number;
  /** Label for progress reports. */
  label?: string;
}

export interface WriteBlockResult {
  /** A1 address of the written block (without the sheet), "" when nothing was written. */
  address: string;
  rows: number;
  columns: number;
  syncs: number;
  /** Cells written with the Text format to keep them as typed. */
  textCells: number;
}

interface PreparedCell {
  value: XlCellValue;
  format: string;
  text: boolean;
}

function prepareCell(cell: WritableCell, r: number, c: number, options: WriteBlockOptions): PreparedCell {
  const explicit = options.cellFormat?.(r, c) ?? options.numberFormats?.[r]?.[c] ?? options.columnFormats?.[c];
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) throw new RangeError("an invalid Date");
    return { value: dateToSerial(cell), format: explicit ?? DEFAULT_DATE_FORMAT, text: false };
  }
  const safe = toSafeCellValue(cell);
  if (typeof cell === "string") {
    const forced = options.asText === true || (Array.isArray(options.asText) && options.asText[c] === true);
    if (safe.textFormat || forced || explicit === TEXT_FORMAT) return { value: safe.value, format: TEXT_FORMAT, text: safe.textFormat || forced };
  }
  return { value: safe.value, format: explicit ?? "General", text: false };
}

/**
 * Writes `values` with its top-left cell at `topLeft` (zero-based row/column) on `sheetName`.
 * Every row must have the same number of cells.
 */
export async function writeBlock(
  context: XlRequestContext,
  sheetName: string,
  topLeft: { row: number; column: number },
  values: ReadonlyArray<ReadonlyArray<WritableCell>>,
  options: WriteBlockOptions = {},
): Promise<WriteBlockResult> {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const label = options.label ?? `Writing ${sheetName}`;
  if (rows === 0 || columns === 0) return { address: "", rows: 0, columns: 0, syncs: 0, textCells: 0 };
  values.forEach((row, r) => {
    if (row.length !== columns) {
      throw new WorkbookOperationError("InvalidData", `Row ${r + 1} of the data for "${sheetName}" has ${row.length} cells; the block has ${columns} columns.`, { sheet: sheetName });
    }
  });
  const budget = (options.budgetBytes ?? DEFAULT_WRITE_BUDGET_BYTES) - CHUNK_OVERHEAD_BYTES;
  const worksheet = context.workbook.worksheets.getItem(sheetName);
  let syncs = 0;
  let textCells = 0;
  let written = 0;

  let chunkValues: XlCellValue[][] = [];
  let chunkFormats: string[][] = [];
  let chunkBytes = 0;

  const flush = async () => {
    if (chunkValues.length === 0) return;
    if (options.signal?.aborted) {
      throw new WorkbookOperationError("Aborted", `Writing "${sheetName}" was cancelled after ${written} of ${rows} rows.`, { sheet: sheetName, rowsWritten: written });
    }
    const range = worksheet.getRangeByIndexes(topLeft.row + written, topLeft.column, chunkValues.length, columns);
    // Formats first: Excel parses each value under the cell's format at the moment it arrives.
    range.numberFormat = chunkFormats;
    range.values = chunkValues;
    try {
      await context.sync();
    } catch (error) {
      throw toWorkbookError(error, { action: `writing to "${sheetName}"`, sheet: sheetName, rowsWritten: written });
    }
    syncs += 1;
    written += chunkValues.length;
    chunkValues = [];
    chunkFormats = [];
    chunkBytes = 0;
    options.onProgress?.(written, rows, label);
  };

  for (let r = 0; r < rows; r++) {
    const source = values[r] ?? [];
    const rowValues: XlCellValue[] = new Array<XlCellValue>(columns);
    const rowFormats: string[] = new Array<string>(columns);
    for (let c = 0; c < columns; c++) {
      let prepared: PreparedCell;
      try {
        prepared = prepareCell(source[c], r, c, options);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new WorkbookOperationError("InvalidData", `Cell ${cellAddress(topLeft.row + r, topLeft.column + c)} of "${sheetName}": ${reason}.`, { sheet: sheetName, rowsWritten: written, cause: error });
      }
      rowValues[c] = prepared.value;
      rowFormats[c] = prepared.format;
      if (prepared.text) textCells += 1;
    }
    // +2 for the commas joining this row into the two arrays.
    const rowBytes = jsonByteLength(rowValues) + jsonByteLength(rowFormats) + 2;
    if (chunkValues.length > 0 && chunkBytes + rowBytes > budget) await flush();
    chunkValues.push(rowValues);
    chunkFormats.push(rowFormats);
    chunkBytes += rowBytes;
  }
  await flush();
  const last = cellAddress(topLeft.row + rows - 1, topLeft.column + columns - 1);
  const first = cellAddress(topLeft.row, topLeft.column);
  return { address: rows === 1 && columns === 1 ? first : `${first}:${last}`, rows, columns, syncs, textCells };
}
