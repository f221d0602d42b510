/**
 * A workbook described as plain data, for fixtures, the sample workbook and the preview.
 * This shape is a contract other modules build against: extend it only with optional fields.
 *
 *   const spec: WorkbookSpec = {
 *     sheets: [{
 *       name: "Mentors",
 *       rows: [["Mentor register"], [], ["Name", "Phone", "Joined"], ["=Achieng", "0712345678", new Date("2017-02-06")]],
 *       merges: ["A1:C1"],
 *       columnWidths: [24, 14, 12],
 *       numberFormats: [{ address: "C4", format: "dd/mm/yyyy" }],
 *     }],
 *   };
 *   const workbook = memoryWorkbookFromSpec(spec);
 *
 * Meaning of each field:
 *  - `rows[r][c]` is the cell at row r, column c (0-based; rows[0][0] is A1). It states what the
 *    cell HOLDS, not what someone typed: a string is stored as that text verbatim (so
 *    "=Achieng", "0712345678" and "+254..." stay text), a number as a number, a boolean as a
 *    boolean, null (or a missing entry) as an empty cell, and a Date as a real date cell: its
 *    Excel serial number (1900 date system, read by the Date's UTC calendar date and time)
 *    with the number format "dd/mm/yyyy" unless `numberFormats` gives another.
 *  - `merges`: A1 ranges to merge ("A1:F1"); the top-left cell keeps its value.
 *  - `columnWidths[c]`: width of column c in characters, as in Excel's Column Width dialog
 *    (Excel's default is 8.43); omitted or undefined entries keep the default.
 *  - `numberFormats`: number format codes for single cells or ranges ("C4:C40").
 *  - `frozenRows`: rows frozen at the top (e.g. 1 to keep a header row in view).
 *  - `tables`: Excel tables over ranges whose first row holds the headers.
 */

import { parseAddress } from "../address";
import { DEFAULT_DATE_FORMAT, dateToSerial } from "../excel-dates";
import { charactersToPoints } from "../units";
import { MemoryWorkbook, type MemoryWorkbookOptions } from "./model";

export type CellInput = string | number | boolean | Date | null;

export interface SheetSpec {
  name: string;
  rows: CellInput[][];
  merges?: string[];
  columnWidths?: number[];
  numberFormats?: Array<{ address: string; format: string }>;
  frozenRows?: number;
  tables?: Array<{ name: string; range: string; style?: string }>;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
}

function rectOf(address: string, where: string) {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`${where}: "${address}" is not an A1 address`);
  return parsed.rect;
}

/** Builds a MemoryWorkbook from a spec; throws a plain Error naming the sheet and cell on bad input. */
export function memoryWorkbookFromSpec(spec: WorkbookSpec, options: MemoryWorkbookOptions = {}): MemoryWorkbook {
  const workbook = new MemoryWorkbook(options);
  for (const sheetSpec of spec.sheets) {
    const sheet = workbook.addSheet(sheetSpec.name);
    sheetSpec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === "") return;
        if (value instanceof Date) {
          if (Number.isNaN(value.getTime())) throw new Error(`Sheet "${sheetSpec.name}" row ${r + 1} column ${c + 1}: invalid Date`);
          sheet.setRawValue(r, c, dateToSerial(value));
          sheet.setNumberFormat(r, c, DEFAULT_DATE_FORMAT);
          return;
        }
        if (typeof value === "number" && !Number.isFinite(value)) {
          throw new Error(`Sheet "${sheetSpec.name}" row ${r + 1} column ${c + 1}: ${value} cannot be stored in a cell`);
        }
        sheet.setRawValue(r, c, value);
      }),
    );
    for (const { address, format } of sheetSpec.numberFormats ?? []) {
      const rect = rectOf(address, `Sheet "${sheetSpec.name}" numberFormats`);
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.setNumberFormat(r, c, format);
      }
    }
    sheetSpec.columnWidths?.forEach((width, c) => {
      if (width !== undefined && width !== null) sheet.columnWidths.set(c, charactersToPoints(width));
    });
    for (const merge of sheetSpec.merges ?? []) sheet.merge(rectOf(merge, `Sheet "${sheetSpec.name}" merges`), false);
    if (sheetSpec.frozenRows) sheet.frozenRows = sheetSpec.frozenRows;
    for (const t of sheetSpec.tables ?? []) {
      const table = workbook.addTable(sheet, rectOf(t.range, `Sheet "${sheetSpec.name}" tables`));
      workbook.renameTable(table, t.name);
      if (t.style !== undefined) table.style = t.style;
    }
  }
  return workbook;
}
