/**
 * Playing the other people in a shared workbook, for tests: edits that happen between the
 * add-in's syncs, as a co-author on OneDrive (source "Remote") or the user at the keyboard
 * (source "Local", not triggered by the add-in). Typed values are parsed like Excel parses
 * typing, and worksheet onChanged handlers fire as they would.
 *
 *   coAuthorEdit(workbook, "Mentors", "B5", [["0712 345 678"]]);
 *   await workbook.events.idle();   // handlers have run
 */

import { parseAddress, rectAddress } from "../address";
import type { XlEventSource } from "../office/excel-api";
import type { CellValue, MemoryWorkbook } from "./model";

export interface EditOptions {
  /** "Remote" (default): a co-author. "Local": the user of this Excel, not the add-in. */
  source?: XlEventSource;
}

export function coAuthorEdit(workbook: MemoryWorkbook, sheetName: string, address: string, values: Array<Array<CellValue | null>>, options: EditOptions = {}): void {
  const sheet = workbook.sheet(sheetName);
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`"${address}" is not an address`);
  const { rect } = parsed;
  if (values.length !== rect.rowCount || values.some((row) => row.length !== rect.columnCount)) {
    throw new Error(`coAuthorEdit: ${values.length} rows of values for ${rectAddress(rect)} (${rect.rowCount}x${rect.columnCount})`);
  }
  values.forEach((row, r) => row.forEach((v, c) => sheet.typeValue(rect.row + r, rect.column + c, v, workbook.inputOptions)));
  workbook.cellsChanged(sheet, rect);
  notifyChange(workbook, sheetName, address, options);
}

/** Fires onChanged for a change a test made directly on the model. */
export function notifyChange(workbook: MemoryWorkbook, sheetName: string, address: string, options: EditOptions = {}): void {
  const sheet = workbook.sheet(sheetName);
  const parsed = parseAddress(address);
  workbook.events.emit({
    type: "WorksheetChanged",
    worksheetId: sheet.id,
    address: parsed ? rectAddress(parsed.rect) : address,
    changeType: "RangeEdited",
    source: options.source ?? "Remote",
    triggerSource: "Unknown",
  });
}

/** A person filters the table (some rows hidden): Office.js then reports isDataFiltered. */
export function filterTable(workbook: MemoryWorkbook, tableName: string): void {
  const table = workbook.findTable(tableName);
  if (!table) throw new Error(`No table named "${tableName}"`);
  table.filtered = true;
}
