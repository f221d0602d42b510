/**
 * One read of the whole workbook (O(1) syncs): every visible sheet's grid and every table.
 * A conversion plans from it; the Registers screen keeps it to preview any sheet without
 * reading the workbook again.
 */

import type { Grid } from "../../domain/registers";
import { readWorkbookGrids, type TableInfo, type XlRequestContext, type XlSheetVisibility } from "../../workbook/office";
import type { LongOperationOptions } from "../../workbook/office/progress";
import { toDomainGrid } from "../load-registers";

export interface WorkbookSnapshot {
  /** Every sheet, in tab order. */
  sheets: Array<{ name: string; position: number; visibility: XlSheetVisibility }>;
  /** The visible sheets' grids, by lower-case sheet name. */
  grids: ReadonlyMap<string, Grid>;
  tables: TableInfo[];
}

export async function readWorkbookSnapshot(context: XlRequestContext, options: LongOperationOptions = {}): Promise<WorkbookSnapshot> {
  const read = await readWorkbookGrids(context, options);
  return {
    sheets: read.sheets,
    grids: new Map(read.grids.map((g) => [g.sheet.toLowerCase(), toDomainGrid(g)])),
    tables: read.tables,
  };
}

export function snapshotGrid(snapshot: WorkbookSnapshot, sheet: string): Grid | undefined {
  return snapshot.grids.get(sheet.toLowerCase());
}

/** The sheet's name as the workbook spells it (lookups are case-insensitive, like Excel's). */
export function sheetName(snapshot: WorkbookSnapshot, sheet: string): string | undefined {
  return snapshot.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase())?.name;
}
