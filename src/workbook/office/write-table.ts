/**
 * Writing a register as an Excel table, the same way every time:
 *   1. one sync to look: does the sheet exist, is the table name taken (and where);
 *   2. the previous table of that name on that sheet is cleared and deleted, in the same batch
 *      as the first chunk of values (writeBlock: chunked, text kept as text);
 *   3. one sync to finish: `tables.add` over the written block (never `rows.add`, which is
 *      slow and conflicts under co-authoring), name, style, widths, frozen header, and
 *      drop-down lists.
 * So a register of any size costs 2 syncs plus one per 4 MB of data (one more when a long
 * drop-down list must be stored on the lists sheet).
 *
 * Drop-down lists: Excel refuses a typed list ("a,b,c") over 255 characters, and cannot
 * type a choice that contains a comma. Such lists (the 47 counties) are written as a column of
 * a hidden "Lists" sheet, headed "<table>[<column>]", and the validation refers to it.
 */

import { absoluteRectAddress, qualifiedAddress, quoteSheetName, rectAddress } from "../address";
import { TEXT_FORMAT, toSafeCellValue } from "../cell-safety";
import { charactersToPoints } from "../units";
import type { XlCellValue, XlRange, XlRequestContext } from "./excel-api";
import { WorkbookOperationError, toWorkbookError } from "./errors";
import type { LongOperationOptions } from "./progress";
import { type WritableCell, writeBlock } from "./write-block";

export interface ListValidation {
  /** Column offset in the table, or its header. */
  column: number | string;
  values: readonly string[];
  /** true: other entries are accepted after a warning; false (default): refused. */
  allowOther?: boolean;
}

export interface WriteTableOptions extends LongOperationOptions {
  sheetName: string;
  tableName: string;
  headers: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<WritableCell>>;
  /** Zero-based top-left cell of the header row; default A1. */
  topLeft?: { row: number; column: number };
  /** Number format per column (dates: "dd/mm/yyyy"). */
  columnFormats?: ReadonlyArray<string | undefined>;
  /** Columns whose strings are always text (IDs, phone numbers). */
  asText?: ReadonlyArray<boolean>;
  /** Widths in characters, as in Excel's Column Width dialog. */
  columnWidths?: ReadonlyArray<number | undefined>;
  freezeHeader?: boolean;
  listValidations?: readonly ListValidation[];
  /** Built-in table style; default Excel's TableStyleMedium2. */
  style?: string;
  /** Where long drop-down lists are stored; default "Lists". */
  listsSheetName?: string;
  budgetBytes?: number;
}

export interface WriteTableResult {
  sheetName: string;
  tableName: string;
  /** Qualified address of the table, header included. */
  address: string;
  rows: number;
  syncs: number;
  /** True when a table of the same name was replaced. */
  replaced: boolean;
}

const MAX_INLINE_LIST = 255;

/** The typed-list form of `values`, or undefined when Excel could not take it inline. */
export function inlineListSource(values: readonly string[]): string | undefined {
  if (values.length === 0) return undefined;
  if (values.some((v) => v === "" || v.includes(",") || v.includes('"'))) return undefined;
  // A source starting with "=" is a reference, not a list.
  if (values[0]?.startsWith("=")) return undefined;
  const joined = values.join(",");
  return joined.length <= MAX_INLINE_LIST ? joined : undefined;
}

function validate(options: WriteTableOptions): void {
  const { headers, tableName, sheetName } = options;
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(tableName) || /^[A-Za-z]{1,3}\d+$/.test(tableName)) {
    throw new WorkbookOperationError("InvalidData", `"${tableName}" cannot name an Excel table: use letters, digits and "_" only, starting with a letter, and not a cell address.`, { sheet: sheetName });
  }
  if (headers.length === 0) throw new WorkbookOperationError("InvalidData", `The table "${tableName}" needs at least one column.`, { sheet: sheetName });
  const seen = new Set<string>();
  for (const header of headers) {
    const key = header.trim().toLowerCase();
    if (key === "") throw new WorkbookOperationError("InvalidData", `A column of the table "${tableName}" has no header.`, { sheet: sheetName });
    // Excel would silently rename a duplicate ("Name2"), breaking whoever reads the table by header.
    if (seen.has(key)) throw new WorkbookOperationError("InvalidData", `The table "${tableName}" has two columns headed "${header}".`, { sheet: sheetName });
    seen.add(key);
  }
}

function columnOffset(options: WriteTableOptions, column: number | string): number {
  const index = typeof column === "number" ? column : options.headers.findIndex((h) => h.toLowerCase() === column.toLowerCase());
  if (index < 0 || index >= options.headers.length) {
    throw new WorkbookOperationError("InvalidData", `The table "${options.tableName}" has no column ${JSON.stringify(column)} for a drop-down list.`, { sheet: options.sheetName });
  }
  return index;
}

export async function writeTable(context: XlRequestContext, options: WriteTableOptions): Promise<WriteTableResult> {
  validate(options);
  const { sheetName, tableName, headers, rows } = options;
  const topLeft = options.topLeft ?? { row: 0, column: 0 };
  const listsSheetName = options.listsSheetName ?? "Lists";
  const lists = (options.listValidations ?? []).map((v) => ({ ...v, offset: columnOffset(options, v.column), inline: inlineListSource(v.values) }));
  const needsListsSheet = lists.some((l) => l.inline === undefined);
  const action = `writing the table "${tableName}" on "${sheetName}"`;
  let syncs = 0;
  const sync = async (rowsWritten?: number) => {
    try {
      await context.sync();
      syncs += 1;
    } catch (error) {
      throw toWorkbookError(error, rowsWritten === undefined ? { action, sheet: sheetName } : { action, sheet: sheetName, rowsWritten });
    }
  };

  // 1. Look.
  const worksheets = context.workbook.worksheets;
  const existingSheet = worksheets.getItemOrNullObject(sheetName);
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  const listsSheet = needsListsSheet ? worksheets.getItemOrNullObject(listsSheetName) : undefined;
  await sync();
  let listsUsed: XlRange | undefined;
  if (listsSheet && !listsSheet.isNullObject) {
    listsUsed = listsSheet.getUsedRangeOrNullObject(true).load("values, rowIndex, columnIndex, columnCount, rowCount");
    await sync();
  }

  // 2. Clear the previous table (queued into the first chunk's batch).
  const previous = tables.items.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
  if (previous && previous.worksheet.name.toLowerCase() !== sheetName.toLowerCase()) {
    throw new WorkbookOperationError(
      "TableNameInUse",
      `The table name "${tableName}" is already used on the sheet "${previous.worksheet.name}". Rename or delete that table, or write this register there.`,
      { sheet: sheetName },
    );
  }
  // Synced above through sync(), which the lint heuristic cannot follow.
  // eslint-disable-next-line office-addins/call-sync-before-read
  if (existingSheet.isNullObject) {
    worksheets.add(sheetName);
  } else if (previous) {
    const old = existingSheet.tables.getItem(previous.name);
    old.clearFilters();
    const area = old.getRange();
    area.dataValidation.clear();
    area.clear("All");
    old.delete();
  }

  // 3. Values, chunked.
  const block: Array<ReadonlyArray<WritableCell>> = [headers, ...rows];
  const written = await writeBlock(context, sheetName, topLeft, block, {
    ...(options.columnFormats ? { columnFormats: options.columnFormats } : {}),
    // The header row is text whatever the column's format.
    cellFormat: (r) => (r === 0 ? "General" : undefined),
    ...(options.asText ? { asText: [...options.asText] } : {}),
    ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    label: `Writing ${tableName}`,
  });
  syncs += written.syncs;

  // 4. Table, layout, drop-downs: one sync.
  const sheet = worksheets.getItem(sheetName);
  const tableRect = { row: topLeft.row, column: topLeft.column, rowCount: rows.length + 1, columnCount: headers.length };
  const table = sheet.tables.add(rectAddress(tableRect), true);
  table.name = tableName;
  if (options.style) table.style = options.style;
  options.columnWidths?.forEach((width, c) => {
    if (width !== undefined) sheet.getRangeByIndexes(topLeft.row, topLeft.column + c, 1, 1).format.columnWidth = charactersToPoints(width);
  });
  if (options.freezeHeader) sheet.freezePanes.freezeRows(topLeft.row + 1);

  let nextListColumn = listsUsed && !listsUsed.isNullObject ? listsUsed.columnIndex + listsUsed.columnCount : 0;
  const listsHeader = listsUsed && !listsUsed.isNullObject && listsUsed.rowIndex === 0 ? (listsUsed.values[0] ?? []) : [];
  const listsTarget = needsListsSheet ? (listsSheet && !listsSheet.isNullObject ? worksheets.getItem(listsSheetName) : worksheets.add(listsSheetName)) : undefined;
  if (listsTarget && listsSheet?.isNullObject) listsTarget.visibility = "Hidden";

  for (const list of lists) {
    let source = list.inline;
    if (source === undefined && listsTarget) {
      const key = `${tableName}[${headers[list.offset] ?? ""}]`;
      const found = listsHeader.findIndex((v) => v === key);
      const column = found >= 0 && listsUsed ? listsUsed.columnIndex + found : nextListColumn++;
      if (found >= 0 && listsUsed) listsTarget.getRangeByIndexes(0, column, listsUsed.rowIndex + listsUsed.rowCount, 1).clear("Contents");
      const cells: XlCellValue[][] = [key, ...list.values].map((v) => [toSafeCellValue(v).value]);
      const range = listsTarget.getRangeByIndexes(0, column, cells.length, 1);
      range.numberFormat = cells.map(() => [TEXT_FORMAT]);
      range.values = cells;
      source = `=${quoteSheetName(listsSheetName)}!${absoluteRectAddress({ row: 1, column, rowCount: list.values.length, columnCount: 1 })}`;
    }
    if (source === undefined) continue;
    const body = sheet.getRangeByIndexes(topLeft.row + 1, topLeft.column + list.offset, Math.max(rows.length, 1), 1);
    body.dataValidation.clear();
    body.dataValidation.rule = { list: { inCellDropDown: true, source } };
    body.dataValidation.errorAlert = {
      showAlert: true,
      style: list.allowOther ? "Warning" : "Stop",
      title: headers[list.offset] ?? "",
      message: `Choose a value from the list for "${headers[list.offset] ?? ""}".`,
    };
  }
  await sync(rows.length);

  return {
    sheetName,
    tableName,
    address: qualifiedAddress(sheetName, tableRect),
    rows: rows.length,
    syncs,
    replaced: previous !== undefined,
  };
}
