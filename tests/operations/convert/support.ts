// Helpers for the conversion tests: a domain grid as an in-memory sheet, and everything a
// sheet holds as one comparable value (to prove a conversion left its source as it was).
import type { Grid } from "../../../src/domain/registers";
import { MemoryWorkbook, type MemorySheet } from "../../../src/workbook/memory";

/** Puts `grid` on a new sheet of `workbook` (or a new workbook), values as stored, with their formats. */
export function sheetFromGrid(grid: Grid, workbook = new MemoryWorkbook({ dateOrder: "DMY" })): MemoryWorkbook {
  const sheet = workbook.addSheet(grid.sheet);
  grid.values.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value === "") return;
      sheet.setRawValue(grid.origin.row - 1 + i, grid.origin.column - 1 + j, value);
      const format = grid.numberFormats?.[i]?.[j];
      if (format && format !== "General") sheet.setNumberFormat(grid.origin.row - 1 + i, grid.origin.column - 1 + j, format);
    }),
  );
  return workbook;
}

/** Every cell (value, formula, format, style, link), merge, width, frozen pane, table and validation of a sheet. */
export function sheetState(sheet: MemorySheet): unknown {
  return JSON.parse(
    JSON.stringify({
      name: sheet.name,
      cells: sheet.sortedCells(),
      merges: sheet.merges,
      widths: [...sheet.columnWidths],
      heights: [...sheet.rowHeights],
      frozen: [sheet.frozenRows, sheet.frozenColumns],
      tables: sheet.tables.map((t) => ({ name: t.name, rect: t.rect })),
      validations: sheet.dataValidations,
      conditionalFormats: sheet.conditionalFormats,
      visibility: sheet.visibility,
    }),
  );
}
