// What the preview grid draws for one in-memory sheet, kept apart from React so the layout
// rules (which rows are in view, how merges and table headers look) are unit-tested. The
// grid renders only the rows in view, so a 50,000-row sheet costs the same as a short one.
import { columnLetters, type Rect } from "../workbook/address";
import type { MemorySheet, MemoryWorkbook } from "../workbook/memory/model";
import { formatCellText } from "../workbook/memory/number-format";

export const ROW_HEIGHT_PX = 22;
export const HEADER_HEIGHT_PX = 22;
export const ROW_HEADER_WIDTH_PX = 52;
/** Blank rows and columns shown past the used range, as Excel shows empty grid. */
const SPARE_ROWS = 30;
const SPARE_COLUMNS = 6;
const MIN_COLUMN_PX = 24;

export interface CellLook {
  text: string;
  align: "left" | "center" | "right";
  bold: boolean;
  italic: boolean;
  fill?: string;
  color?: string;
  wrap: boolean;
  /** Width in columns when this cell starts a merge (1 otherwise); 0 when a merge covers it. */
  span: number;
  tableHeader: boolean;
  tableBody: boolean;
}

export interface SheetLayout {
  rowCount: number;
  columnCount: number;
  frozenRows: number;
  /** Left edge of each column (px, after the row header), plus the total width at the end. */
  columnLefts: number[];
  columnLabels: string[];
}

/** A sheet's grid extent, column geometry and frozen rows. Recompute after each sync. */
export function layoutSheet(sheet: MemorySheet): SheetLayout {
  const used = sheet.usedRect(false);
  const rowCount = Math.max((used ? used.row + used.rowCount : 0) + SPARE_ROWS, sheet.frozenRows + 1);
  const columnCount = (used ? used.column + used.columnCount : 0) + SPARE_COLUMNS;
  const columnLefts = [0];
  for (let column = 0; column < columnCount; column++) {
    // Office.js widths are points; CSS pixels are 4/3 of a point.
    const px = Math.max(MIN_COLUMN_PX, Math.round(sheet.columnWidth(column) * (4 / 3)));
    columnLefts.push((columnLefts[column] ?? 0) + px);
  }
  const columnLabels = Array.from({ length: columnCount }, (_, column) => columnLetters(column));
  return { rowCount, columnCount, frozenRows: Math.min(sheet.frozenRows, rowCount), columnLefts, columnLabels };
}

/**
 * The scrolling rows to render for a viewport: [first, last), never inside the frozen rows
 * (those are always drawn), with `overscan` rows either side to hide the redraw on scroll.
 */
export function visibleRowWindow(
  scrollTop: number,
  viewportHeight: number,
  layout: Pick<SheetLayout, "rowCount" | "frozenRows">,
  overscan = 8,
): { first: number; last: number } {
  const frozenHeight = HEADER_HEIGHT_PX + layout.frozenRows * ROW_HEIGHT_PX;
  // Frozen rows stick over the top of the viewport, so the first row in view sits under them.
  const topRow = layout.frozenRows + Math.floor(Math.max(0, scrollTop) / ROW_HEIGHT_PX);
  const rowsInView = Math.ceil(Math.max(0, viewportHeight - frozenHeight) / ROW_HEIGHT_PX) + 1;
  const last = Math.min(layout.rowCount, topRow + rowsInView + overscan);
  const first = Math.min(Math.max(layout.frozenRows, topRow - overscan), last);
  return { first, last };
}

/** The scrollTop that brings `row` into view just under the frozen rows (no scroll if it is frozen). */
export function scrollTopForRow(row: number, layout: Pick<SheetLayout, "frozenRows">): number {
  return row < layout.frozenRows ? 0 : (row - layout.frozenRows) * ROW_HEIGHT_PX;
}

const within = (rect: Rect, row: number, column: number) =>
  row >= rect.row && row < rect.row + rect.rowCount && column >= rect.column && column < rect.column + rect.columnCount;

/** How one cell looks: its formatted text, alignment, fill and font, merges and table styling. */
export function cellLook(sheet: MemorySheet, row: number, column: number): CellLook {
  let span = 1;
  let source = { row, column };
  for (const merge of sheet.merges) {
    if (!within(merge, row, column)) continue;
    // A merge shows its top-left cell across its width; the cells it covers show nothing.
    if (merge.row === row && merge.column === column) span = merge.columnCount;
    else span = 0;
    source = { row: merge.row, column: merge.column };
  }
  let tableHeader = false;
  let tableBody = false;
  for (const table of sheet.tables) {
    if (table.showHeaders && within(table.headerRect(), row, column)) tableHeader = true;
    else if (within(table.dataBodyRect(), row, column)) tableBody = true;
  }
  const cell = span === 0 ? undefined : sheet.cell(source.row, source.column);
  const value = cell?.value ?? "";
  const style = cell?.style ?? {};
  const text = value === "" ? "" : formatCellText(value, sheet.numberFormatAt(source.row, source.column));
  // Excel's General alignment: numbers right, booleans centred, text left.
  const natural = typeof value === "number" ? "right" : typeof value === "boolean" ? "center" : "left";
  const explicit = style.horizontalAlignment;
  const align =
    explicit === "Right" ? "right" : explicit === "Center" || explicit === "CenterAcrossSelection" ? "center" : explicit === "Left" ? "left" : natural;
  return {
    text,
    align,
    bold: style.bold ?? tableHeader,
    italic: style.italic ?? false,
    fill: style.fillColor,
    color: style.fontColor,
    wrap: style.wrapText ?? false,
    span,
    tableHeader,
    tableBody,
  };
}

/** Sheets a user can see, in tab order (hidden and very hidden sheets have no tab in Excel). */
export function visibleSheets(workbook: MemoryWorkbook): MemorySheet[] {
  return workbook.sheets.filter((sheet) => sheet.visibility === "Visible");
}

/** The selected cell on `sheet`, if the workbook's selection is there: its top-left corner. */
export function selectionOn(workbook: MemoryWorkbook, sheet: MemorySheet): { row: number; column: number } | undefined {
  const selection = workbook.selection;
  if (!selection || selection.sheetId !== sheet.id) return undefined;
  return { row: selection.rect.row, column: selection.rect.column };
}
