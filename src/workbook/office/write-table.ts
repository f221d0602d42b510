/**
 * Writing a register as an Excel table, the same way every time, so that the sheet never shows
 * it half-written (see writeTable below for the steps): the values are staged on a hidden
 * working sheet (writeBlock: chunked, text kept as text), then ONE batch puts them in place
 * with Range.copyFrom, resizing the previous table (never `rows.add`, which is slow and
 * conflicts under co-authoring) or adding a new one, with name, style, widths, frozen header
 * and drop-down lists. A register of any size costs 2-3 syncs plus one per 4 MB of data.
 *
 * Drop-down lists: Excel refuses a typed list ("a,b,c") over 255 characters, and cannot
 * type a choice that contains a comma. Such lists (the 47 counties) are written as a column of
 * a hidden "Mentorship lists" sheet, headed "<table>[<column>]", and the validation refers to
 * it. A sheet of that name holding anything else is the officer's: refused, never written to.
 */

import { type Rect, absoluteRectAddress, cellAddress, columnLetters, qualifiedAddress, quoteSheetName, rectAddress, rectIntersection, rectSubtract } from "../address";
import { TEXT_FORMAT, toSafeCellValue } from "../cell-safety";
import { charactersToPoints } from "../units";
import type { XlCellValue, XlRange, XlRequestContext, XlWorksheet } from "./excel-api";
import { WorkbookOperationError, toWorkbookError } from "./errors";
import type { RegionFingerprint } from "./guarded-region";
import { failedBeforeChanging, removeWorkingSheet, stageBlock, stagedWriteError } from "./guarded-temp";
import type { LongOperationOptions } from "./progress";
import type { WritableCell } from "./write-block";

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
  /**
   * Formats of single cells, winning over their column's: `row` is the 0-based data row (the
   * header is not counted). A value kept as typed in a date column gets "@" or the source
   * cell's own format, so it shows as typed instead of as a date.
   */
  cellFormats?: ReadonlyArray<CellFormat>;
  /** Columns of figures (dates, numbers): their headers are right-aligned over the figures. */
  numericColumns?: ReadonlyArray<boolean>;
  /** How the sheet prints: landscape, all columns on one page wide, the header on every page. */
  print?: TablePrint;
  /** Columns whose strings are always text (IDs, phone numbers). */
  asText?: ReadonlyArray<boolean>;
  /** Widths in characters, as in Excel's Column Width dialog. */
  columnWidths?: ReadonlyArray<number | undefined>;
  freezeHeader?: boolean;
  listValidations?: readonly ListValidation[];
  /** Built-in table style; default Excel's TableStyleMedium2. */
  style?: string;
  /** Where long drop-down lists are stored; default LISTS_SHEET_NAME. */
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
  /** A filtered previous table: "refuse" (default: TableFiltered, the user decides) or "clearFilters". */
  whenFiltered?: "refuse" | "clearFilters";
  /** What the caller read (e.g. the register it merges with): the write stops if it changed. */
  expected?: RegionFingerprint;
  budgetBytes?: number;
}

export interface CellFormat {
  row: number;
  column: number;
  format: string;
}

export interface TablePrint {
  orientation?: "Portrait" | "Landscape";
  /** Scale to one page wide, as many pages tall as needed. */
  fitToPageWidth?: boolean;
  /** Print the header row at the top of every page. */
  repeatHeaderRow?: boolean;
  /**
   * Print only the table's first `columns` columns (a register's own columns, not where each
   * row came from). Whole columns, so rows added below the table later print too.
   */
  columns?: number;
}

/** A wide table (a register, a log) on paper: landscape, one page wide, its header on every page. */
export const PRINT_ACROSS: Readonly<TablePrint> = { orientation: "Landscape", fitToPageWidth: true, repeatHeaderRow: true };

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

/**
 * The hidden sheet that holds long drop-down lists. Not "Lists": HR workbooks often have a sheet
 * of that name, which readers would then skip and writers would mix our columns into.
 */
export const LISTS_SHEET_NAME = "Mentorship lists";

/** A lists sheet column's key, "<table>[<column>]": what makes a column of that sheet ours. */
const LISTS_KEY = /^[A-Za-z_][A-Za-z0-9_.]*\[.*\]$/;

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
  // Excel also refuses what reads as a cell: "A1" and the R1C1 forms ("R", "C", "R2C3").
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(tableName) || /^[A-Za-z]{1,3}\d+$/.test(tableName) || /^[Rr]\d*[Cc]?\d*$|^[Cc]\d*$/.test(tableName)) {
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
  /** The first cell that is not ours (not a key in row 1, nor under one), e.g. 'A1 holds "Counties"'. */
  foreign?: string;
}

/** True when some list is too long (or has commas) to be typed and must live on the lists sheet. */
export function needsListsSheet(dropDowns: TableDropDowns): boolean {
  return dropDowns.lists.some((l) => l.inline === undefined);
}

/**
 * The first cell of a used range (values, from `row`, `column`) that the add-in did not write:
 * ours are keys in the sheet's first row and the values under them, nothing else.
 */
function firstForeignCell(values: readonly (readonly XlCellValue[])[], row: number, column: number): string | undefined {
  const header = row === 0 ? (values[0] ?? []) : [];
  for (let i = 0; i < values.length; i++) {
    const cells = values[i] ?? [];
    for (let j = 0; j < cells.length; j++) {
      const value = cells[j];
      if (value === "" || value === null || value === undefined) continue;
      const key = header[j];
      const ours = row + i === 0 ? typeof value === "string" && LISTS_KEY.test(value) : typeof key === "string" && LISTS_KEY.test(key);
      if (!ours) return `${cellAddress(row + i, column + j)} holds "${String(value).slice(0, 40)}"`;
    }
  }
  return undefined;
}

function listsLookOf(sheet: XlWorksheet, used: XlRange | undefined): ListsSheetLook {
  if (sheet.isNullObject) return { exists: false, used: undefined };
  if (!used || used.isNullObject) return { exists: true, used: undefined };
  const foreign = firstForeignCell(used.values, used.rowIndex, used.columnIndex);
  return {
    exists: true,
    used: { row: used.rowIndex, column: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount, header: used.rowIndex === 0 ? (used.values[0] ?? []) : [] },
    ...(foreign === undefined ? {} : { foreign }),
  };
}

/**
 * Refuses a lists sheet that holds the officer's data (a sheet they happened to name like
 * ours): writing our columns into it would mix our data into theirs. Nothing is written.
 */
function assertListsSheetOurs(look: ListsSheetLook, listsSheetName: string): void {
  if (look.foreign === undefined) return;
  throw new WorkbookOperationError(
    "InvalidData",
    `The sheet "${listsSheetName}" holds your data (${look.foreign}), and the add-in keeps its drop-down lists on a sheet of that name. Nothing was written. Rename that sheet, then run it again.`,
    { sheet: listsSheetName, rowsWritten: 0 },
  );
}

/** Looks at the lists sheet (1 sync, 2 when it exists); refuses it when it holds the officer's data. */
export async function lookAtListsSheet(context: XlRequestContext, listsSheetName: string): Promise<ListsSheetLook> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(listsSheetName);
  await context.sync();
  if (sheet.isNullObject) return listsLookOf(sheet, undefined);
  const used = sheet.getUsedRangeOrNullObject(true).load("values, rowIndex, columnIndex, columnCount, rowCount");
  await context.sync();
  const look = listsLookOf(sheet, used);
  assertListsSheetOurs(look, listsSheetName);
  return look;
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
  // A new or blank sheet becomes ours: hidden. Ours that the officer shows stays as they left it.
  if (listsTarget && !used) listsTarget.visibility = "Hidden";
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

interface TargetLook {
  sheetExists: boolean;
  sheetProtected: boolean;
  /** The previous table of this name on the target sheet. */
  previous: { name: string; rect: Rect; filtered: boolean; showTotals: boolean } | undefined;
  /** The target sheet's used range (values only). */
  used: Rect | undefined;
  lists: ListsSheetLook | undefined;
  /** Names of every sheet (working sheets included). */
  sheetNames: string[];
  /** Whether any sheet is visible (a working sheet can only be hidden beside a visible one). */
  anyVisible: boolean;
}

/**
 * Looks at the target sheet, the table, the lists sheet: 1 sync, 2 when any of them exists.
 * Refuses a lists sheet holding the officer's data before anything is written.
 */
async function lookAtTarget(context: XlRequestContext, options: WriteTableOptions, withLists: boolean, sync: () => Promise<void>): Promise<TargetLook> {
  const { sheetName, tableName } = options;
  const worksheets = context.workbook.worksheets;
  const sheets = worksheets.load("items/name, items/visibility, items/protection/protected");
  const tables = context.workbook.tables.load("items/name, items/showTotals, items/worksheet/name");
  const listsSheet = withLists ? worksheets.getItemOrNullObject(options.listsSheetName ?? LISTS_SHEET_NAME) : undefined;
  await sync();
  const target = sheets.items.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  const found = tables.items.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
  if (found && found.worksheet.name.toLowerCase() !== sheetName.toLowerCase()) {
    throw new WorkbookOperationError(
      "TableNameInUse",
      `The table name "${tableName}" is already used on the sheet "${found.worksheet.name}". Rename or delete that table, or write this register there.`,
      { sheet: sheetName },
    );
  }
  const onSheet = target ? worksheets.getItem(target.name) : undefined;
  const range = found && onSheet ? onSheet.tables.getItem(found.name).getRange().load("rowIndex, columnIndex, rowCount, columnCount") : undefined;
  const filter = found && onSheet ? onSheet.tables.getItem(found.name).autoFilter.load("isDataFiltered") : undefined;
  const used = onSheet?.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
  const listsUsed = listsSheet && !listsSheet.isNullObject ? listsSheet.getUsedRangeOrNullObject(true).load("values, rowIndex, columnIndex, columnCount, rowCount") : undefined;
  if (onSheet || listsUsed) await sync();
  const lists = listsSheet ? listsLookOf(listsSheet, listsUsed) : undefined;
  if (lists) assertListsSheetOurs(lists, options.listsSheetName ?? LISTS_SHEET_NAME);
  return {
    sheetExists: target !== undefined,
    sheetProtected: target?.protection.protected ?? false,
    previous:
      found && range && filter
        ? { name: found.name, rect: { row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount }, filtered: filter.isDataFiltered, showTotals: found.showTotals }
        : undefined,
    used: used && !used.isNullObject ? { row: used.rowIndex, column: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount } : undefined,
    lists,
    sheetNames: sheets.items.map((s) => s.name),
    anyVisible: sheets.items.some((s) => s.visibility === "Visible"),
  };
}

function union(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, rowCount: Math.max(a.row + a.rowCount, b.row + b.rowCount) - row, columnCount: Math.max(a.column + a.columnCount, b.column + b.columnCount) - column };
}

/** Cells outside the old table that the new one would cover and that hold values: refused. */
async function assertRoom(context: XlRequestContext, look: TargetLook, rect: Rect, options: WriteTableOptions, sync: () => Promise<void>): Promise<void> {
  if (!look.used) return;
  const used = look.used;
  const outside = (look.previous ? rectSubtract(rect, look.previous.rect) : [rect]).map((r) => rectIntersection(r, used)).filter((r): r is Rect => r !== undefined);
  if (outside.length === 0) return;
  const sheet = context.workbook.worksheets.getItem(options.sheetName);
  const probes = outside.map((r) => ({ r, range: sheet.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount).load("values") }));
  await sync();
  for (const { r, range } of probes) {
    range.values.forEach((row, i) => {
      const j = row.findIndex((v) => v !== "");
      if (j < 0) return;
      throw new WorkbookOperationError(
        "InvalidData",
        `The table "${options.tableName}" needs the cells from ${cellAddress(rect.row, rect.column)} to ${cellAddress(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)} on "${options.sheetName}", but ${cellAddress(r.row + i, r.column + j)} holds "${String(row[j]).slice(0, 40)}". Nothing was written. Move that content, then run it again.`,
        { sheet: options.sheetName, rowsWritten: 0 },
      );
    });
  }
}

/** The staged block's format of each cell (block row 0 is the header): undefined keeps the column's. */
function cellFormatOf(options: WriteTableOptions): (row: number, column: number) => string | undefined {
  const width = options.headers.length;
  const single = new Map<number, string>();
  for (const { row, column, format } of options.cellFormats ?? []) {
    if (row >= 0 && column >= 0 && column < width) single.set(row * width + column, format);
  }
  return (r, c) => (r === 0 ? "General" : single.size === 0 ? undefined : single.get((r - 1) * width + c));
}

/** Right-aligns the headers of columns of figures, one range per run of adjacent ones. */
function queueHeaderAlignment(sheet: XlWorksheet, topLeft: { row: number; column: number }, numeric: ReadonlyArray<boolean> | undefined): void {
  if (!numeric) return;
  let start = -1;
  for (let c = 0; c <= numeric.length; c++) {
    if (numeric[c] === true) {
      if (start < 0) start = c;
      continue;
    }
    if (start >= 0) sheet.getRangeByIndexes(topLeft.row, topLeft.column + start, 1, c - start).format.horizontalAlignment = "Right";
    start = -1;
  }
}

function queuePrint(sheet: XlWorksheet, topLeft: { row: number; column: number }, print: TablePrint): void {
  const headerRow = topLeft.row;
  if (print.orientation) sheet.pageLayout.orientation = print.orientation;
  // 0 pages tall: as many pages as the rows need, every one of them one page wide.
  if (print.fitToPageWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.repeatHeaderRow) sheet.pageLayout.setPrintTitleRows(`$${headerRow + 1}:$${headerRow + 1}`);
  if (print.columns !== undefined && print.columns > 0) {
    sheet.pageLayout.setPrintArea(`$${columnLetters(topLeft.column)}:$${columnLetters(topLeft.column + print.columns - 1)}`);
  }
}

/**
 * Writes a register as a table, staged so that the sheet never shows it half-written:
 *   1. look (1 sync, 2 when the sheet, table or lists sheet exists): refused before anything is
 *      written when the name is used elsewhere, the sheet protected, the table filtered (unless
 *      `whenFiltered: "clearFilters"`), or other content lies where the table would grow;
 *   2. the values go to a hidden working sheet, created in the first chunk's batch (chunked);
 *   3. with `expected`, the region the caller read is checked (1 sync): ChangedMeanwhile;
 *   4. ONE batch puts it in place: the previous table is cleared and resized (keeping the
 *      table, so formulas and links that refer to it keep working) or a new table is added,
 *      the cells are copied from the working sheet (Range.copyFrom: a small request whatever
 *      the size), then widths, frozen header, header alignment, print setup, drop-down lists,
 *      and the working sheet is deleted.
 * A failure before 4 deletes the working sheet: the workbook is as before. A failure in 4 is
 * completed from the working sheet, which still holds everything (the batch is idempotent).
 */
export async function writeTable(context: XlRequestContext, options: WriteTableOptions): Promise<WriteTableResult> {
  validate(options);
  const { sheetName, tableName, headers, rows } = options;
  const topLeft = options.topLeft ?? { row: 0, column: 0 };
  const listsSheetName = options.listsSheetName ?? LISTS_SHEET_NAME;
  const dropDowns: TableDropDowns = {
    listsSheetName,
    listsKey: options.listsKey ?? tableName,
    headers,
    lists: (options.listValidations ?? []).map((v) => ({ ...v, offset: columnOffset(options, v.column), inline: inlineListSource(v.values) })),
    body: { row: topLeft.row + 1, column: topLeft.column, rowCount: rows.length },
  };
  const withLists = needsListsSheet(dropDowns) && !options.deferDropDowns;
  const action = `writing the table "${tableName}" on "${sheetName}"`;
  let syncs = 0;
  const sync = async () => {
    try {
      await context.sync();
      syncs += 1;
    } catch (error) {
      syncs += 1;
      throw toWorkbookError(error, { action, sheet: sheetName });
    }
  };

  // 1. Look.
  const look = await lookAtTarget(context, options, withLists, sync);
  if (look.sheetProtected) {
    throw new WorkbookOperationError("SheetProtected", `The sheet "${sheetName}" is protected, so the add-in did not write the table "${tableName}". Unprotect it (Review > Unprotect Sheet) and try again.`, { sheet: sheetName, rowsWritten: 0 });
  }
  if (look.previous?.filtered && options.whenFiltered !== "clearFilters") {
    throw new WorkbookOperationError(
      "TableFiltered",
      `The table "${tableName}" on "${sheetName}" is filtered, so some of its rows are hidden. Nothing was written. Clear its filters (Data > Clear), then run it again.`,
      { sheet: sheetName, rowsWritten: 0 },
    );
  }
  const block: Array<ReadonlyArray<WritableCell>> = [headers, ...rows];
  const tableRect: Rect = { row: topLeft.row, column: topLeft.column, rowCount: block.length, columnCount: headers.length };
  await assertRoom(context, look, { ...tableRect, rowCount: Math.max(block.length, 2) }, options, sync);

  // 2. Stage on a hidden working sheet; 3. check what the caller read, if it said.
  const staged = await stageBlock(context, block, {
    sheetName,
    sheetNames: look.sheetNames,
    anyVisible: look.anyVisible,
    action,
    label: `Writing ${tableName}`,
    ...(options.expected ? { expected: options.expected } : {}),
    ...(options.columnFormats ? { columnFormats: options.columnFormats } : {}),
    // The header row is text whatever the column's format; single cells may differ from theirs.
    cellFormat: cellFormatOf(options),
    ...(options.asText ? { asText: [...options.asText] } : {}),
    ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  syncs += staged.syncs;
  const { temp, source } = staged;

  // 4. Put it in place, in one batch.
  const worksheets = context.workbook.worksheets;
  const putInPlace = (state: TargetLook) => {
    const working = worksheets.getItem(temp);
    const sheet = state.sheetExists ? worksheets.getItem(sheetName) : worksheets.add(sheetName);
    const previous = state.previous;
    const keep = previous !== undefined && previous.rect.row === tableRect.row && previous.rect.column === tableRect.column && !previous.showTotals;
    const old = previous ? sheet.tables.getItem(previous.name) : undefined;
    if (old && previous) {
      // A filter set after the look (a colleague's) is not cleared unasked: resizing the table
      // to its own size first makes Excel refuse a filtered table before anything changes.
      if (options.whenFiltered === "clearFilters") old.clearFilters();
      else old.resize(rectAddress(previous.rect));
      const area = keep ? union(previous.rect, { ...tableRect, rowCount: Math.max(tableRect.rowCount, 2) }) : previous.rect;
      const cleared = sheet.getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount);
      cleared.dataValidation.clear();
      cleared.clear("All");
      if (keep) old.resize(rectAddress({ ...tableRect, rowCount: Math.max(tableRect.rowCount, 2) }));
      else old.delete();
    }
    sheet.getRangeByIndexes(topLeft.row, topLeft.column, 1, 1).copyFrom(source, "All");
    const table = keep && old ? old : sheet.tables.add(rectAddress(tableRect), true);
    if (!(keep && old)) table.name = tableName;
    if (options.style) table.style = options.style;
    options.columnWidths?.forEach((width, c) => {
      if (width !== undefined) sheet.getRangeByIndexes(topLeft.row, topLeft.column + c, 1, 1).format.columnWidth = charactersToPoints(width);
    });
    if (options.freezeHeader) sheet.freezePanes.freezeRows(topLeft.row + 1);
    queueHeaderAlignment(sheet, topLeft, options.numericColumns);
    if (options.print) queuePrint(sheet, topLeft, options.print);
    if (!options.deferDropDowns) queueDropDowns(context, sheet, dropDowns, state.lists);
    working.delete();
  };
  if (options.deferDropDowns && dropDowns.lists.length > 0) options.deferDropDowns(dropDowns);
  putInPlace(look);
  try {
    await sync();
  } catch (error) {
    await finishPutInPlace(error);
  }
  return { sheetName, tableName, address: qualifiedAddress(sheetName, tableRect), rows: rows.length, syncs, replaced: look.previous !== undefined };

  /**
   * The put-in-place batch failed. If it failed on what it looked up first (the sheet or table
   * was renamed, deleted or protected meanwhile), nothing was changed: roll back. Otherwise the
   * working sheet still holds everything: look again and run the batch again (roll forward).
   */
  async function finishPutInPlace(error: unknown): Promise<void> {
    if (failedBeforeChanging(error)) {
      const tidied = await removeWorkingSheet(context, temp);
      throw stagedWriteError(error, temp, sheetName, action, tidied ? `Nothing was written: "${sheetName}" is as it was.` : `"${sheetName}" was not changed.`);
    }
    let again: TargetLook;
    try {
      again = await lookAtTarget(context, options, withLists, sync);
    } catch (lookError) {
      throw incomplete(lookError);
    }
    if (!again.sheetNames.includes(temp)) return;
    try {
      putInPlace(again);
      await sync();
    } catch (finalError) {
      throw incomplete(finalError);
    }
  }

  function incomplete(error: unknown): WorkbookOperationError {
    return stagedWriteError(error, temp, sheetName, action, `The table "${tableName}" may be incomplete. Run it again: it is rewritten in full.`);
  }
}
