/**
 * Adding rows to the bottom of a table the co-authoring-safe way: never `rows.add` (bulk row
 * adds conflict under co-authoring and are slow), but values and Table.resize (ExcelApi 1.13):
 *
 *   1. one sync to look: the table's place and size, filter, totals row, protection, what lies
 *      below it; the caller's expectation (row count or fingerprint) is checked here, so rows
 *      a co-author added meanwhile are never written over;
 *   2. the rows are staged on a hidden working sheet (one sync per ~4 MB, text kept as text);
 *   3. ONE batch copies them below the table (Range.copyFrom), resizes the table over them and
 *      deletes the working sheet.
 * A failure before 3 deletes the working sheet: the table is as before. A failure in 3 that
 * cannot have changed anything (table renamed, sheet protected, request refused) rolls back; any
 * other is completed from the working sheet, which still holds every row.
 *
 * A filtered table is refused (TableFiltered) unless the caller passes `whenFiltered:
 * "clearFilters"` after asking the user: rows written while a filter hides others are easy to
 * misread, and Excel may place them among hidden rows.
 */

import { type Rect, cellAddress, qualifiedAddress, rectAddress } from "../address";
import type { XlCellValue, XlRange, XlRequestContext } from "./excel-api";
import { WorkbookOperationError, toWorkbookError } from "./errors";
import { type RegionFingerprint, changedMeanwhile, describeRegionChange, fingerprintValues } from "./guarded-region";
import type { LongOperationOptions } from "./progress";
import { failedBeforeChanging, removeWorkingSheet, stageBlock, stagedWriteError } from "./guarded-temp";
import type { WritableCell } from "./write-block";

export interface AppendRowsOptions extends LongOperationOptions {
  tableName: string;
  rows: ReadonlyArray<ReadonlyArray<WritableCell>>;
  /**
   * What the caller based the new rows on: the number of data rows it saw, or a fingerprint of
   * the whole table (header included, `{ kind: "table" }`). A difference stops the append.
   */
  expected: { rowCount: number } | RegionFingerprint;
  /** "refuse" (default) or, once the user has chosen it, "clearFilters". */
  whenFiltered?: "refuse" | "clearFilters";
  columnFormats?: ReadonlyArray<string | undefined>;
  asText?: ReadonlyArray<boolean>;
  budgetBytes?: number;
  /** In the user's words, for messages; default `adding rows to the table "<name>"`. */
  action?: string;
}

export interface AppendRowsResult {
  tableName: string;
  sheetName: string;
  /** Qualified address of the rows added ("" when there were none). */
  address: string;
  rows: number;
  /** Data rows in the table afterwards. */
  tableRows: number;
  syncs: number;
}

interface TableLook {
  sheet: string;
  rect: Rect;
  dataRows: number;
  values: XlCellValue[][] | undefined;
  filtered: boolean;
  totals: boolean;
  protectedSheet: boolean;
  /** Every sheet's name (working sheets included). */
  sheetNames: string[];
  /** Bottom row (exclusive) of the sheet's used range, values only. */
  usedBottom: number;
  usedRight: number;
}

function isFingerprint(expected: AppendRowsOptions["expected"]): expected is RegionFingerprint {
  return "rowHashes" in expected;
}

async function lookAtTable(context: XlRequestContext, tableName: string, withValues: boolean, action: string): Promise<TableLook> {
  const table = context.workbook.tables.getItemOrNullObject(tableName).load("showTotals");
  const range: XlRange = table.getRange().load(withValues ? "rowIndex, columnIndex, rowCount, columnCount, values" : "rowIndex, columnIndex, rowCount, columnCount");
  const filter = table.autoFilter.load("isDataFiltered");
  const sheet = table.worksheet.load("name");
  const protection = sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
  const sheets = context.workbook.worksheets.load("items/name");
  try {
    await context.sync();
  } catch (error) {
    const wrapped = toWorkbookError(error, { action });
    if (wrapped.code === "SheetNotFound") throw tableMissing(tableName, action);
    throw wrapped;
  }
  if (table.isNullObject) throw tableMissing(tableName, action);
  const rect = { row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
  return {
    sheet: sheet.name,
    rect,
    dataRows: rect.rowCount - 1 - (table.showTotals ? 1 : 0),
    values: withValues ? range.values : undefined,
    filtered: filter.isDataFiltered,
    totals: table.showTotals,
    protectedSheet: protection.protected,
    sheetNames: sheets.items.map((s) => s.name),
    usedBottom: used.isNullObject ? 0 : used.rowIndex + used.rowCount,
    usedRight: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
  };
}

function tableMissing(tableName: string, action: string): WorkbookOperationError {
  return new WorkbookOperationError(
    "SheetNotFound",
    `There is no table named "${tableName}" (it may have been renamed or deleted by hand) while ${action}. Nothing was written. Check the table's name (Table Design > Table Name), then run it again.`,
  );
}

/** Refusals that need nothing but the look: say why and what to do, before writing anything. */
function refuseIfUnsafe(look: TableLook, options: AppendRowsOptions, columns: number, action: string): void {
  const { tableName } = options;
  const sheet = look.sheet;
  if (look.protectedSheet) {
    throw new WorkbookOperationError("SheetProtected", `The sheet "${sheet}" is protected, so the add-in did not add rows to "${tableName}". Unprotect it (Review > Unprotect Sheet) and try again.`, { sheet, rowsWritten: 0 });
  }
  if (look.filtered && options.whenFiltered !== "clearFilters") {
    throw new WorkbookOperationError(
      "TableFiltered",
      `The table "${tableName}" on "${sheet}" is filtered, so some of its rows are hidden. Nothing was written. Clear its filters (Data > Clear), then run it again.`,
      { sheet, rowsWritten: 0 },
    );
  }
  if (look.totals) {
    throw new WorkbookOperationError("InvalidData", `The table "${tableName}" on "${sheet}" shows a totals row, so rows cannot be added below it. Turn off Total Row (Table Design) and try again.`, { sheet, rowsWritten: 0 });
  }
  if (columns !== look.rect.columnCount) {
    throw new WorkbookOperationError("InvalidData", `The table "${tableName}" has ${look.rect.columnCount} columns but the rows to add have ${columns}. It may have been changed by hand; nothing was written.`, { sheet, rowsWritten: 0 });
  }
  const expected = options.expected;
  if (isFingerprint(expected)) {
    const change = describeRegionChange(expected, fingerprintValues(expected.region, look.sheet, look.rect, look.values ?? []));
    if (change !== undefined) throw changedMeanwhile(expected, change, action);
  } else if (expected.rowCount !== look.dataRows) {
    const difference = look.dataRows - expected.rowCount;
    const change = difference > 0 ? `${difference} ${difference === 1 ? "row was" : "rows were"} added` : `${-difference} ${difference === -1 ? "row was" : "rows were"} removed`;
    throw new WorkbookOperationError(
      "ChangedMeanwhile",
      `Someone changed the table "${tableName}" while ${action}: ${change} (it now has ${look.dataRows}). To keep their edit, nothing was written. Run it again to work on the current rows.`,
      { sheet, rowsWritten: 0 },
    );
  }
}

/** The rectangle below the table that the new rows will fill. */
function rowsBelow(look: TableLook, count: number): Rect {
  return { row: look.rect.row + look.rect.rowCount, column: look.rect.column, rowCount: count, columnCount: look.rect.columnCount };
}

/** Cells with values in `below`: the used range tells whether a second look is needed at all. */
async function assertBelowEmpty(context: XlRequestContext, look: TableLook, below: Rect, tableName: string, action: string): Promise<number> {
  const overlaps = look.usedBottom > below.row && look.usedRight > below.column;
  if (!overlaps) return 0;
  const bottom = Math.min(below.row + below.rowCount, look.usedBottom);
  const probe = context.workbook.worksheets.getItem(look.sheet).getRangeByIndexes(below.row, below.column, bottom - below.row, below.columnCount).load("values");
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, { action, sheet: look.sheet });
  }
  probe.values.forEach((row, r) => {
    const c = row.findIndex((v) => v !== "");
    if (c >= 0) {
      const cell = cellAddress(below.row + r, below.column + c);
      throw new WorkbookOperationError(
        "InvalidData",
        `The cells below the table "${tableName}" are not empty (${look.sheet}!${cell} holds "${String(row[c]).slice(0, 40)}"), so the new rows have no room. Nothing was written. Move what is below the table, then run it again.`,
        { sheet: look.sheet, rowsWritten: 0 },
      );
    }
  });
  return 1;
}

export async function appendRowsBelowTable(context: XlRequestContext, options: AppendRowsOptions): Promise<AppendRowsResult> {
  const { tableName, rows } = options;
  const action = options.action ?? `adding rows to the table "${tableName}"`;
  const columns = rows[0]?.length ?? 0;
  let syncs = 1;
  const look = await lookAtTable(context, tableName, isFingerprint(options.expected), action);
  if (rows.length === 0) return { tableName, sheetName: look.sheet, address: "", rows: 0, tableRows: look.dataRows, syncs };
  refuseIfUnsafe(look, options, columns, action);
  const below = rowsBelow(look, rows.length);
  if (below.row + below.rowCount > 1_048_576) {
    throw new WorkbookOperationError("TooLarge", `Adding ${rows.length} rows to "${tableName}" would pass Excel's last row. Nothing was written.`, { sheet: look.sheet, rowsWritten: 0 });
  }
  syncs += await assertBelowEmpty(context, look, below, tableName, action);

  // 2. Stage the rows on a hidden working sheet (chunked); nothing near the table changes yet.
  const staged = await stageBlock(context, rows, {
    sheetName: look.sheet,
    sheetNames: look.sheetNames,
    anyVisible: true,
    action,
    label: `Adding rows to ${tableName}`,
    ...(options.columnFormats ? { columnFormats: options.columnFormats } : {}),
    ...(options.asText ? { asText: [...options.asText] } : {}),
    ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  syncs += staged.syncs;

  // 3. One batch: copy below the table, take the rows in, delete the working sheet. The table and
  //    sheets are looked up first and by the table (not the sheet's name, which may have changed).
  const grown: Rect = { ...look.rect, rowCount: look.rect.rowCount + rows.length };
  const putInPlace = () => {
    const working = context.workbook.worksheets.getItem(staged.temp);
    const table = context.workbook.tables.getItem(tableName);
    // A navigation property, not a loaded value: nothing to sync before using it.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const sheet = table.worksheet;
    working.load("name");
    if (look.filtered) table.clearFilters();
    // The table first: a table filtered (or renamed) since the look is refused before any cell
    // below it changes; then the rows are copied into the table's new rows.
    table.resize(rectAddress(grown));
    sheet.getRangeByIndexes(below.row, below.column, 1, 1).copyFrom(staged.source, "All");
    working.delete();
  };
  putInPlace();
  try {
    await context.sync();
    syncs += 1;
  } catch (error) {
    syncs += 1;
    await finish(error);
  }
  return { tableName, sheetName: look.sheet, address: qualifiedAddress(look.sheet, below), rows: rows.length, tableRows: look.dataRows + rows.length, syncs };

  /**
   * The put-in-place batch failed: roll back when it cannot have changed anything (or the table
   * has not moved), forward when it may have (the working sheet still holds every row).
   */
  async function finish(error: unknown): Promise<void> {
    const undone = `Nothing was added: "${tableName}" is as it was.`;
    if (failedBeforeChanging(error)) {
      const tidied = await removeWorkingSheet(context, staged.temp);
      throw stagedWriteError(error, staged.temp, look.sheet, action, tidied ? undone : `"${tableName}" was not changed.`);
    }
    let again: TableLook;
    try {
      again = await lookAtTable(context, tableName, false, action);
      syncs += 1;
    } catch (lookError) {
      throw stagedWriteError(lookError, staged.temp, look.sheet, action, `The rows may or may not have been added to "${tableName}": check the end of the table before running it again.`);
    }
    if (!again.sheetNames.includes(staged.temp)) return;
    try {
      putInPlace();
      await context.sync();
      syncs += 1;
    } catch (finalError) {
      syncs += 1;
      throw stagedWriteError(finalError, staged.temp, look.sheet, action, `The rows may or may not have been added to "${tableName}": check the end of the table before running it again.`);
    }
  }
}
