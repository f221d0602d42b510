/**
 * Adding rows to the bottom of a table the co-authoring-safe way: values written below the
 * table with Range.values (writeBlock: chunked, user text kept as text), then Table.resize
 * (ExcelApi 1.13) to take them in. Bulk `rows.add` conflicts under co-authoring and is slow.
 *
 *   1. one sync to look: the table's place and size, filter, totals row, protection, what lies
 *      below it; the caller's expectation (row count or fingerprint) is checked here, so rows
 *      a co-author added meanwhile are never written over;
 *   2. the values, one sync per ~4 MB;
 *   3. one sync to resize the table.
 * If 2 or 3 fails, the cells written are cleared (one sync) and the table is as before. If the
 * resize sync fails but Excel had applied it (a lost answer), the rows are in: that is success.
 *
 * A filtered table is refused (TableFiltered) unless the caller passes `whenFiltered:
 * "clearFilters"` after asking the user: rows written while a filter hides others are easy to
 * misread, and Excel may place them among hidden rows.
 */

import { type Rect, cellAddress, qualifiedAddress } from "../address";
import type { XlCellValue, XlRange, XlRequestContext } from "./excel-api";
import { WorkbookOperationError, toWorkbookError } from "./errors";
import { type RegionFingerprint, changedMeanwhile, describeRegionChange, fingerprintValues } from "./guarded-region";
import type { LongOperationOptions } from "./progress";
import { type WritableCell, writeBlock } from "./write-block";

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
      `The table "${tableName}" on "${sheet}" is filtered, so some of its rows are hidden. Nothing was written. Clear its filters (Data > Clear) and run it again, or choose to let the add-in clear them.`,
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

  const table = context.workbook.tables.getItem(tableName);
  // Rides in the first chunk's batch: the filter goes only when values are really written.
  if (look.filtered) table.clearFilters();
  const grown: Rect = { ...look.rect, rowCount: look.rect.rowCount + rows.length };
  const undo = async (): Promise<boolean> => {
    try {
      context.workbook.worksheets.getItem(look.sheet).getRangeByIndexes(below.row, below.column, below.rowCount, below.columnCount).clear("All");
      await context.sync();
      syncs += 1;
      return true;
    } catch {
      syncs += 1;
      return false;
    }
  };
  const failed = (error: unknown, undone: boolean): WorkbookOperationError => {
    const base = toWorkbookError(error, { action, sheet: look.sheet });
    const message = base.message.replace(/ \d+ rows had already been written\./, "");
    const outcome = undone
      ? ` Nothing was added: "${tableName}" is as it was.`
      : ` Rows ${below.row + 1}-${below.row + below.rowCount} of "${look.sheet}", below the table, may hold part of the new rows and are not in the table; delete them before running it again.`;
    return new WorkbookOperationError(base.code, `${message}${outcome}`, { ...(base.excelCode === undefined ? {} : { excelCode: base.excelCode }), sheet: look.sheet, rowsWritten: 0, cause: error });
  };

  try {
    const written = await writeBlock(context, look.sheet, { row: below.row, column: below.column }, rows, {
      ...(options.columnFormats ? { columnFormats: options.columnFormats } : {}),
      ...(options.asText ? { asText: [...options.asText] } : {}),
      ...(options.budgetBytes !== undefined ? { budgetBytes: options.budgetBytes } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      label: `Adding rows to ${tableName}`,
    });
    syncs += written.syncs;
  } catch (error) {
    throw failed(error, await undo());
  }

  table.resize(qualifiedAddress(look.sheet, grown));
  try {
    await context.sync();
    syncs += 1;
  } catch (error) {
    syncs += 1;
    // Applied but unanswered? Then the rows are in the table and the append is complete.
    let resized = false;
    try {
      const check = await lookAtTable(context, tableName, false, action);
      syncs += 1;
      resized = check.rect.rowCount === grown.rowCount && check.rect.row === grown.row;
    } catch {
      syncs += 1;
    }
    if (!resized) throw failed(error, await undo());
  }
  return { tableName, sheetName: look.sheet, address: qualifiedAddress(look.sheet, below), rows: rows.length, tableRows: look.dataRows + rows.length, syncs };
}
