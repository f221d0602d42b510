/**
 * A canonical dump of an in-memory workbook, for "is it exactly as before?" and "is it the
 * same as a fault-free run?" comparisons. Everything the document model holds is included
 * (new model fields are picked up without editing this file) except identities that differ
 * between otherwise equal workbooks: object ids, and the active sheet by id (kept by name).
 */
import type { MemoryWorkbook } from "../../../src/workbook/memory";

const IDENTITY_KEYS = new Set(["id", "sheetId", "worksheetId"]);

function canonical(_key: string, value: unknown): unknown {
  if (IDENTITY_KEYS.has(_key)) return undefined;
  if (value instanceof Map) {
    return [...value.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  return value;
}

export function dumpWorkbook(workbook: MemoryWorkbook): string {
  const active = workbook.activeSheetId === undefined ? undefined : workbook.sheetById(workbook.activeSheetId)?.name;
  return JSON.stringify({ active, sheets: workbook.sheets }, canonical, 1);
}

/** Cells holding a value, as "Sheet!A1=value" lines: for counting what a run lost. */
export function valueCells(workbook: MemoryWorkbook): Map<string, string | number | boolean> {
  const out = new Map<string, string | number | boolean>();
  for (const sheet of workbook.sheets) {
    for (const { row, column, cell } of sheet.sortedCells()) {
      if (cell.value !== "") out.set(`${sheet.name}\u0000${row}\u0000${column}`, cell.value);
    }
  }
  return out;
}
