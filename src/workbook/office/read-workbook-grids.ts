/**
 * Reading every sheet of a workbook at once: validation, pairing and summaries need all the
 * registers together. One sync loads the sheet list, each sheet's used range (values, number
 * formats, merged areas) and the tables, however many sheets and rows there are. When Excel on the web
 * refuses the response as larger than 5 MB, each sheet is read on its own with
 * readSheetGrid, which itself reads big sheets in row bands.
 */

import type { XlRange, XlRequestContext, XlSheetVisibility, XlTable } from "./excel-api";
import { excelErrorCode, toWorkbookError } from "./errors";
import type { LongOperationOptions } from "./progress";
import { assertReadable, loadMerges, readSheetGrid, withMerges, type SheetGrid } from "./read-sheet-grid";

export interface TableInfo {
  name: string;
  sheet: string;
  /** e.g. "'Mentors register'!A1:T40" */
  address: string;
  /** True while a filter hides some of its rows (writes into it are refused, not made blindly). */
  filtered: boolean;
}

export interface WorkbookGrids {
  sheets: Array<{ name: string; position: number; visibility: XlSheetVisibility }>;
  grids: SheetGrid[];
  tables: TableInfo[];
}

export interface ReadWorkbookGridsOptions extends LongOperationOptions {
  /** Only these sheets' cells are read (all sheets are still listed). Default: every visible sheet. */
  sheets?: readonly string[];
  /** Also read hidden sheets (the add-in's own "Mentorship lists" sheet is hidden). Default false. */
  includeHidden?: boolean;
}

export async function readWorkbookGrids(context: XlRequestContext, options: ReadWorkbookGridsOptions = {}): Promise<WorkbookGrids> {
  const worksheets = context.workbook.worksheets.load("items/name, items/position, items/visibility");
  const tables = context.workbook.tables.load("items/name");
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, { action: "listing the sheets" });
  }
  const wanted = options.sheets ? new Set(options.sheets.map((s) => s.toLowerCase())) : null;
  const chosen = worksheets.items.filter(
    (s) => (wanted ? wanted.has(s.name.toLowerCase()) : options.includeHidden || s.visibility === "Visible"),
  );
  const used = chosen.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true).load("address, rowIndex, columnIndex, values, numberFormat");
    // In the same batch as the cells: merged areas are a few addresses, not worth a sync.
    return { sheet, range, merged: loadMerges(sheet) };
  });
  const tableRanges = tables.items.map(tableLoads);
  let tooLarge = false;
  try {
    await context.sync();
  } catch (error) {
    if (excelErrorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw toWorkbookError(error, { action: "reading the workbook" });
    tooLarge = true;
  }
  const sheets = worksheets.items
    .map((s) => ({ name: s.name, position: s.position, visibility: s.visibility }))
    .sort((a, b) => a.position - b.position);
  if (tooLarge) return readSheetBySheet(context, sheets, chosen.map((s) => s.name), options);
  const grids = used.map(({ sheet, range, merged }) => withMerges(gridOf(sheet.name, range), merged));
  options.onProgress?.(grids.length, grids.length, "Read the workbook");
  return { sheets, grids, tables: tableRanges.map(tableInfo) };
}

/** What is read of each table, in the batch that reads the cells. */
function tableLoads(table: XlTable) {
  return { table, range: table.getRange().load("address"), sheet: table.worksheet.load("name"), filter: table.autoFilter.load("isDataFiltered") };
}

function tableInfo({ table, range, sheet, filter }: ReturnType<typeof tableLoads>): TableInfo {
  return { name: table.name, sheet: sheet.name, address: range.address, filtered: filter.isDataFiltered };
}

function gridOf(sheet: string, range: XlRange): SheetGrid {
  if (range.isNullObject) return { sheet, address: "", rowIndex: 0, columnIndex: 0, values: [], numberFormats: [] };
  assertReadable(sheet, { rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.values.length, columnCount: range.values[0]?.length ?? 0 });
  return { sheet, address: range.address, rowIndex: range.rowIndex, columnIndex: range.columnIndex, values: range.values, numberFormats: range.numberFormat };
}

/** The slow path for workbooks over Excel on the web's response limit: a few syncs per sheet. */
async function readSheetBySheet(
  context: XlRequestContext,
  sheets: WorkbookGrids["sheets"],
  names: string[],
  options: ReadWorkbookGridsOptions,
): Promise<WorkbookGrids> {
  const grids: SheetGrid[] = [];
  for (const [index, name] of names.entries()) {
    // Sequential on purpose: reading two big sheets in one batch is what overflowed.
    grids.push(await readSheetGrid(context, name, { signal: options.signal }));
    options.onProgress?.(index + 1, names.length, `Reading ${name}`);
  }
  const tables = context.workbook.tables.load("items/name");
  const tableRanges = await syncing(context, "listing the tables", () => undefined).then(() =>
    tables.items.map(tableLoads),
  );
  await syncing(context, "listing the tables", () => undefined);
  return { sheets, grids, tables: tableRanges.map(tableInfo) };
}

async function syncing(context: XlRequestContext, action: string, after: () => void): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, { action });
  }
  after();
}
