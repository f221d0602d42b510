/**
 * Adding rows to one of the add-in's tables (the Pairs register, the pairing run log, the
 * pairing choices) without disturbing what others added: read the table, plan the rows from
 * what is there (pure), then append them below it with the guarded append, which refuses if the
 * table's row count changed since the read. When it did (a co-author added a pair meanwhile),
 * read again, plan again and append after the new last row. A table that does not exist yet is
 * created with writeTable. Taking rows out (a choice removed) rewrites the table in place with
 * writeTable, guarded by the fingerprint of the sheet as read: staged, so never half-written,
 * and refused if anyone changed the sheet meanwhile (then read, plan and try again).
 * O(1) syncs: a read (1-2), the append (3), the creation or rewrite (a few), at most two retries.
 */
import { parseAddress } from "../../workbook/address";
import { appendRowsBelowTable } from "../../workbook/office/guarded-append";
import type { WriteTableOptions } from "../../workbook/office/write-table";
import {
  fingerprintGrid,
  readSheetGrid,
  readWorkbookGrids,
  WorkbookOperationError,
  writeTable,
  type LongOperationOptions,
  type RegionFingerprint,
  type SheetGrid,
  type TablePrint,
  type WritableCell,
  type XlCellValue,
  type XlRequestContext,
} from "../../workbook/office";

/** What a table holds right now: its header and data rows (values), as the plan needs them. */
export interface TableContents {
  exists: boolean;
  sheet: string;
  headers: string[];
  rows: XlCellValue[][];
  /** The table's sheet as read (no extra sync), for a rewrite guarded against changes meanwhile. */
  fingerprint?: RegionFingerprint;
}

export interface AppendPlan {
  rows: WritableCell[][];
  /** Anything the plan chose to leave out, for the caller's report. */
  skipped: string[];
}

export interface RegisterTableTarget {
  tableName: string;
  /** Where the table is created when it does not exist yet. */
  sheetName: string;
  /** Headers of a new table. */
  headers: readonly string[];
  /** Columns whose strings must stay text in a new table (IDs, phone numbers). */
  asText?: readonly boolean[];
  columnWidths?: ReadonlyArray<number | undefined>;
  /** How a new table's sheet prints (see PRINT_ACROSS). */
  print?: TablePrint;
}

export interface AppendOutcome {
  tableName: string;
  sheetName: string;
  /** Qualified address of the rows written ("" when none). */
  address: string;
  rows: number;
  skipped: string[];
  created: boolean;
  /** Times the table had changed under us and was read again. */
  retries: number;
}

/**
 * Writes into an existing table. `whenFiltered` is "refuse" unless the officer, told the table
 * is filtered, chose to clear its filters and continue (rows written while a filter hides others
 * are easy to miss, so the add-in never decides that alone).
 */
export interface TableWriteOptions extends LongOperationOptions, Pick<WriteTableOptions, "whenFiltered"> {}

const MAX_ATTEMPTS = 3;

function cut(grid: SheetGrid, address: string): { headers: string[]; rows: XlCellValue[][] } {
  const parsed = parseAddress(address);
  if (!parsed) return { headers: [], rows: [] };
  const { rect } = parsed;
  const top = rect.row - grid.rowIndex;
  const left = rect.column - grid.columnIndex;
  const block = grid.values.slice(Math.max(0, top), top + rect.rowCount).map((row) => row.slice(Math.max(0, left), left + rect.columnCount));
  const [header = [], ...rows] = block;
  return { headers: header.map((h) => String(h)), rows };
}

/** Reads the table (or learns it is missing) in one or two syncs. */
export async function readTableContents(context: XlRequestContext, target: RegisterTableTarget, options: LongOperationOptions = {}): Promise<TableContents> {
  const book = await readWorkbookGrids(context, { sheets: [target.sheetName], includeHidden: true, signal: options.signal });
  const table = book.tables.find((t) => t.name.toLowerCase() === target.tableName.toLowerCase());
  if (!table) {
    const clash = book.grids.find((g) => g.sheet.toLowerCase() === target.sheetName.toLowerCase() && g.values.length > 0);
    if (clash) {
      throw new WorkbookOperationError(
        "InvalidData",
        `The sheet "${clash.sheet}" already holds data but not the add-in's table "${target.tableName}", so nothing was written there. Rename that sheet, or turn it into the register with the Registers screen, then try again.`,
        { sheet: clash.sheet, rowsWritten: 0 },
      );
    }
    return { exists: false, sheet: target.sheetName, headers: [...target.headers], rows: [] };
  }
  const onTarget = book.grids.find((g) => g.sheet.toLowerCase() === table.sheet.toLowerCase());
  const grid = onTarget ?? (await readSheetGrid(context, table.sheet, { signal: options.signal }));
  return { exists: true, sheet: table.sheet, ...cut(grid, table.address), fingerprint: fingerprintGrid(grid) };
}

function isChangedMeanwhile(error: unknown): boolean {
  return error instanceof WorkbookOperationError && error.code === "ChangedMeanwhile";
}

/** Reads the table and writes what `write` plans from it; when someone changed it meanwhile, reads and plans again. */
async function onCurrentContents<R>(
  context: XlRequestContext,
  target: RegisterTableTarget,
  options: TableWriteOptions,
  write: (contents: TableContents, attempt: number) => Promise<R>,
): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    const contents = await readTableContents(context, target, options);
    try {
      return await write(contents, attempt);
    } catch (error) {
      if (!isChangedMeanwhile(error) || attempt + 1 >= MAX_ATTEMPTS) throw error;
    }
  }
}

/**
 * Plans rows from the table's current contents and appends them, re-reading and re-planning
 * when someone changed the table between the read and the write.
 */
export function appendToRegisterTable(
  context: XlRequestContext,
  target: RegisterTableTarget,
  plan: (contents: TableContents) => AppendPlan,
  options: TableWriteOptions = {},
): Promise<AppendOutcome> {
  return onCurrentContents(context, target, options, async (contents, attempt) => {
    const planned = plan(contents);
    const base = { tableName: target.tableName, sheetName: contents.sheet, skipped: planned.skipped, retries: attempt };
    if (planned.rows.length === 0) return { ...base, address: "", rows: 0, created: false };
    if (!contents.exists) {
      const written = await writeTable(context, {
        sheetName: target.sheetName,
        tableName: target.tableName,
        headers: target.headers,
        rows: planned.rows,
        ...(target.asText ? { asText: target.asText } : {}),
        ...(target.columnWidths ? { columnWidths: target.columnWidths } : {}),
        ...(target.print ? { print: target.print } : {}),
        freezeHeader: true,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return { ...base, address: written.address, rows: written.rows, created: true };
    }
    const appended = await appendRowsBelowTable(context, {
      tableName: target.tableName,
      rows: planned.rows,
      expected: { rowCount: contents.rows.length },
      ...(target.asText ? { asText: target.asText } : {}),
      ...(options.whenFiltered ? { whenFiltered: options.whenFiltered } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return { ...base, address: appended.address, rows: appended.rows, created: false };
  });
}

export interface RewritePlan {
  /** Every data row the table keeps, in its own column order. */
  rows: WritableCell[][];
  /** Rows taken out; 0 leaves the table untouched. */
  removed: number;
}

export interface RewriteOutcome {
  tableName: string;
  sheetName: string;
  removed: number;
  rows: number;
  retries: number;
}

/**
 * Plans the rows a table keeps from its current contents and writes them in its place (the same
 * table, resized), refusing if the sheet changed since the read; then reads and plans again.
 */
export function rewriteRegisterTable(
  context: XlRequestContext,
  target: RegisterTableTarget,
  plan: (contents: TableContents) => RewritePlan,
  options: TableWriteOptions = {},
): Promise<RewriteOutcome> {
  return onCurrentContents(context, target, options, async (contents, attempt) => {
    const planned = plan(contents);
    const base = { tableName: target.tableName, sheetName: contents.sheet, removed: planned.removed, retries: attempt };
    if (!contents.exists || planned.removed === 0) return { ...base, removed: 0, rows: contents.rows.length };
    const written = await writeTable(context, {
      sheetName: contents.sheet,
      tableName: target.tableName,
      headers: contents.headers,
      rows: planned.rows,
      // By header: a column someone added to the table keeps its cells as they are (writeBlock keeps text text).
      asText: contents.headers.map((h) => target.asText?.[target.headers.indexOf(h)] ?? false),
      ...(contents.fingerprint ? { expected: contents.fingerprint } : {}),
      freezeHeader: true,
      ...(options.whenFiltered ? { whenFiltered: options.whenFiltered } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return { ...base, rows: written.rows };
  });
}
