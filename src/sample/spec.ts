/**
 * The in-memory workbook shape the sample is rendered to.
 *
 * The workbook module (src/workbook/memory/spec.ts) owns this type; it had not landed when the
 * sample was written, so the same shape is declared here and this file becomes a re-export
 * once it does. Keep the two identical until then.
 */

/** A cell as typed: a Date is a real date cell (the sample uses UTC midnight for each day). */
export type CellInput = string | number | boolean | Date | null;

export interface SheetSpec {
  name: string;
  rows: CellInput[][];
  merges?: string[];
  columnWidths?: number[];
  numberFormats?: Array<{ address: string; format: string }>;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
}
