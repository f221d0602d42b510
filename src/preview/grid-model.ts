// What the preview grid draws for one in-memory sheet, kept apart from React so the layout
// rules (which rows are in view, how merges and table headers look) are unit-tested. The
// grid renders only the rows in view, so a 50,000-row sheet costs the same as a short one.
import { columnLetters, parseAddress, type Rect } from "../workbook/address";
import type { MemoryChart, MemorySheet, MemoryWorkbook } from "../workbook/memory/model";
import { formatCellText } from "../workbook/memory/number-format";
import { conditionalStyleAt } from "./conditional-look";

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
  // Charts may reach past the cells in use: the grid extends under them.
  const charts = sheet.charts.map((chart) => chartCells(chart)).filter((r): r is Rect => r !== undefined);
  const lastRow = Math.max(used ? used.row + used.rowCount : 0, ...charts.map((r) => r.row + r.rowCount));
  const lastColumn = Math.max(used ? used.column + used.columnCount : 0, ...charts.map((r) => r.column + r.columnCount));
  const rowCount = Math.max(lastRow + SPARE_ROWS, sheet.frozenRows + 1);
  const columnCount = lastColumn + SPARE_COLUMNS;
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
  // A conditional format draws over the cell's own formatting, as in Excel.
  const conditional = span === 0 ? undefined : conditionalStyleAt(sheet, source.row, source.column);
  return {
    text,
    align,
    bold: conditional?.bold ?? style.bold ?? tableHeader,
    italic: conditional?.italic ?? style.italic ?? false,
    fill: conditional?.fillColor ?? style.fillColor,
    color: conditional?.fontColor ?? style.fontColor,
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

/** The cells a chart was placed over with setPosition (undefined when it was placed by points). */
function chartCells(chart: MemoryChart): Rect | undefined {
  const start = chart.position ? parseAddress(chart.position.start)?.rect : undefined;
  if (!start) return undefined;
  const end = chart.position?.end ? parseAddress(chart.position.end)?.rect : undefined;
  const last = end ?? start;
  return { row: start.row, column: start.column, rowCount: last.row + last.rowCount - start.row, columnCount: last.column + last.columnCount - start.column };
}

export interface ChartBox {
  name: string;
  /** The chart's title, or its name when it has none. */
  label: string;
  chartType: string;
  /** Pixels inside the grid's canvas (after the row and column headings). */
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where each chart of the sheet sits on the grid: the preview does not draw charts, it shows
 * a labelled box over the cells the chart covers, so its placement beside its table shows.
 */
export function chartBoxes(sheet: MemorySheet, layout: SheetLayout): ChartBox[] {
  return sheet.charts.map((chart) => {
    const cells = chartCells(chart);
    const box = cells
      ? {
          left: layout.columnLefts[cells.column] ?? 0,
          top: cells.row * ROW_HEIGHT_PX,
          width: (layout.columnLefts[cells.column + cells.columnCount] ?? 0) - (layout.columnLefts[cells.column] ?? 0),
          height: cells.rowCount * ROW_HEIGHT_PX,
        }
      : // Placed by points (Office.js units): CSS pixels are 4/3 of a point.
        { left: Math.round(chart.left * (4 / 3)), top: Math.round(chart.top * (4 / 3)), width: Math.round(chart.width * (4 / 3)), height: Math.round(chart.height * (4 / 3)) };
    const label = chart.title.visible && chart.title.text !== "" ? chart.title.text : chart.name;
    return { name: chart.name, label, chartType: chart.chartType, left: ROW_HEADER_WIDTH_PX + box.left, top: HEADER_HEIGHT_PX + box.top, width: box.width, height: box.height };
  });
}
