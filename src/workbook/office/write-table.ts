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
import type { XlCellValue, XlRange, XlRequestContext, XlWorksheet } from "./excel-api";
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
  /**
   * The table name the lists sheet keys this table's columns by; default `tableName`. A table
   * written under a temporary name (replaceSheetAtomically) keys them by its final name, so the
   * next run finds and reuses the same columns.
   */
  listsKey?: string;
  /**
   * When given, drop-down lists are not applied here but handed over, to be queued later with
   * `queueDropDowns` (replaceSheetAtomically applies them in its swap batch, so the shared
   * lists sheet changes only when the new table is put in place).
   */
  deferDropDowns?: (dropDowns: TableDropDowns) => void;
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

/** A table's drop-down lists, resolved against its headers, ready to queue. */
export interface TableDropDowns {
  listsSheetName: string;
  /** Table name the lists sheet keys the columns by ("<key>[<header>]"). */
  listsKey: string;
  headers: readonly string[];
  lists: ReadonlyArray<{ offset: number; values: readonly string[]; allowOther?: boolean; inline: string | undefined }>;
  /** Zero-based top-left of the table's first data row, and how many data rows. */
  body: { row: number; column: number; rowCount: number };
}

/** What the lists sheet held when looked at: plain data, usable in any later batch. */
export interface ListsSheetLook {
  exists: boolean;
  /** The used range (values only); undefined when the sheet is missing or blank. */
  used: { row: number; column: number; rowCount: number; columnCount: number; header: XlCellValue[] } | undefined;
}

/** True when some list is too long (or has commas) to be typed and must live on the lists sheet. */
export function needsListsSheet(dropDowns: TableDropDowns): boolean {
  return dropDowns.lists.some((l) => l.inline === undefined);
}

function listsLookOf(sheet: XlWorksheet, used: XlRange | undefined): ListsSheetLook {
  if (sheet.isNullObject) return { exists: false, used: undefined };
  if (!used || used.isNullObject) return { exists: true, used: undefined };
  return {
    exists: true,
    used: { row: used.rowIndex, column: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount, header: used.rowIndex === 0 ? (used.values[0] ?? []) : [] },
  };
}

/** Looks at the lists sheet (1 sync, 2 when it exists). */
export async function lookAtListsSheet(context: XlRequestContext, listsSheetName: string): Promise<ListsSheetLook> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(listsSheetName);
  await context.sync();
  if (sheet.isNullObject) return listsLookOf(sheet, undefined);
  const used = sheet.getUsedRangeOrNullObject(true).load("values, rowIndex, columnIndex, columnCount, rowCount");
  await context.sync();
  return listsLookOf(sheet, used);
}

/**
 * Queues (no sync) the drop-down lists of a table on `sheet`: long lists into their column of
 * the lists sheet (reusing the column with the same key, creating the hidden sheet if `look`
 * says it is missing), then each column's list validation. Returns what the lists sheet will
 * hold once the batch runs, for queueing another table's lists in the same batch.
 */
export function queueDropDowns(context: XlRequestContext, sheet: XlWorksheet, dropDowns: TableDropDowns, look: ListsSheetLook | undefined): ListsSheetLook | undefined {
  const { listsSheetName, headers, body } = dropDowns;
  const worksheets = context.workbook.worksheets;
  const used = look?.used;
  let nextListColumn = used ? used.column + used.columnCount : 0;
  const listsTarget = needsListsSheet(dropDowns) ? (look?.exists ? worksheets.getItem(listsSheetName) : worksheets.add(listsSheetName)) : undefined;
  if (listsTarget && !look?.exists) listsTarget.visibility = "Hidden";
  const added: Array<{ column: number; key: string; rows: number }> = [];

  for (const list of dropDowns.lists) {
    let source = list.inline;
    if (source === undefined && listsTarget) {
      const key = `${dropDowns.listsKey}[${headers[list.offset] ?? ""}]`;
      const found = used ? used.header.findIndex((v) => v === key) : -1;
      const column = found >= 0 && used ? used.column + found : nextListColumn++;
      if (found < 0) added.push({ column, key, rows: list.values.length + 1 });
      if (found >= 0 && used) listsTarget.getRangeByIndexes(0, column, used.row + used.rowCount, 1).clear("Contents");
      const cells: XlCellValue[][] = [key, ...list.values].map((v) => [toSafeCellValue(v).value]);
      const range = listsTarget.getRangeByIndexes(0, column, cells.length, 1);
      range.numberFormat = cells.map(() => [TEXT_FORMAT]);
      range.values = cells;
      source = `=${quoteSheetName(listsSheetName)}!${absoluteRectAddress({ row: 1, column, rowCount: list.values.length, columnCount: 1 })}`;
    }
    if (source === undefined) continue;
    const cells = sheet.getRangeByIndexes(body.row, body.column + list.offset, Math.max(body.rowCount, 1), 1);
    cells.dataValidation.clear();
    cells.dataValidation.rule = { list: { inCellDropDown: true, source } };
    cells.dataValidation.errorAlert = {
      showAlert: true,
      style: list.allowOther ? "Warning" : "Stop",
      title: headers[list.offset] ?? "",
      message: `Choose a value from the list for "${headers[list.offset] ?? ""}".`,
    };
  }
  if (!listsTarget) return look;
  return { exists: true, used: lookAfter(used, added) };
}

function lookAfter(used: ListsSheetLook["used"], added: ReadonlyArray<{ column: number; key: string; rows: number }>): ListsSheetLook["used"] {
  if (added.length === 0) return used;
  const start = used ? used.column : 0;
  const right = Math.max(used ? used.column + used.columnCount : 0, ...added.map((a) => a.column + 1));
  const header: XlCellValue[] = Array.from({ length: right - start }, (_, i) => (used?.row === 0 ? (used.header[i] ?? "") : ""));
  for (const a of added) header[a.column - start] = a.key;
  const bottom = Math.max(used ? used.row + used.rowCount : 0, ...added.map((a) => a.rows));
  return { row: 0, column: start, rowCount: bottom, columnCount: right - start, header };
}

export async function writeTable(context: XlRequestContext, options: WriteTableOptions): Promise<WriteTableResult> {
  validate(options);
  const { sheetName, tableName, headers, rows } = options;
  const topLeft = options.topLeft ?? { row: 0, column: 0 };
  const listsSheetName = options.listsSheetName ?? "Lists";
  const dropDowns: TableDropDowns = {
    listsSheetName,
    listsKey: options.listsKey ?? tableName,
    headers,
    lists: (options.listValidations ?? []).map((v) => ({ ...v, offset: columnOffset(options, v.column), inline: inlineListSource(v.values) })),
    body: { row: topLeft.row + 1, column: topLeft.column, rowCount: rows.length },
  };
  const lookAtLists = needsListsSheet(dropDowns) && !options.deferDropDowns;
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
  const listsSheet = lookAtLists ? worksheets.getItemOrNullObject(listsSheetName) : undefined;
  await sync();
  let listsUsed: XlRange | undefined;
  if (listsSheet && !listsSheet.isNullObject) {
    listsUsed = listsSheet.getUsedRangeOrNullObject(true).load("values, rowIndex, columnIndex, columnCount, rowCount");
    await sync();
  }
  const listsLook = listsSheet ? listsLookOf(listsSheet, listsUsed) : undefined;

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

  if (options.deferDropDowns) {
    if (dropDowns.lists.length > 0) options.deferDropDowns(dropDowns);
  } else {
    queueDropDowns(context, sheet, dropDowns, listsLook);
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
