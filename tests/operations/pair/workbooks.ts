/** The sample workbook in the in-memory Excel, and a sheet's used range as values, for the pair operation tests. */
import { buildSampleWorkbookSpec } from "../../../src/sample";
import { memoryWorkbookFromSpec, type MemoryWorkbook } from "../../../src/workbook/memory";

export function sample(): MemoryWorkbook {
  return memoryWorkbookFromSpec(buildSampleWorkbookSpec());
}

export function sheetValues(workbook: MemoryWorkbook, name: string): unknown[][] {
  const sheet = workbook.sheet(name);
  const used = sheet.usedRect(true);
  if (!used) return [];
  return Array.from({ length: used.rowCount }, (_, r) => Array.from({ length: used.columnCount }, (_, c) => sheet.cell(used.row + r, used.column + c)?.value ?? ""));
}
