/**
 * A chart as the file needs it: resolved from the in-memory chart (type, title, where it sits,
 * each series' cell references) with the values those cells hold now, which the file keeps
 * as a cache so a reader shows the chart before (or without) recalculating.
 */

import { type Rect, absoluteRectAddress, parseAddress, quoteSheetName } from "../../address";
import type { MemoryChart, MemorySheet, MemoryWorkbook } from "../../memory/model";

export type ChartKind = "bar" | "line" | "pie" | "doughnut" | "area";

export interface ChartShape {
  kind: ChartKind;
  /** Bars: "col" (vertical) or "bar" (horizontal). */
  direction: "col" | "bar";
  grouping: "clustered" | "stacked" | "standard";
  markers: boolean;
}

/** Excel.ChartType names the writer can draw, and how. */
export const CHART_SHAPES: Readonly<Record<string, ChartShape>> = {
  ColumnClustered: { kind: "bar", direction: "col", grouping: "clustered", markers: false },
  ColumnStacked: { kind: "bar", direction: "col", grouping: "stacked", markers: false },
  BarClustered: { kind: "bar", direction: "bar", grouping: "clustered", markers: false },
  BarStacked: { kind: "bar", direction: "bar", grouping: "stacked", markers: false },
  Line: { kind: "line", direction: "col", grouping: "standard", markers: false },
  LineMarkers: { kind: "line", direction: "col", grouping: "standard", markers: true },
  Pie: { kind: "pie", direction: "col", grouping: "standard", markers: false },
  Doughnut: { kind: "doughnut", direction: "col", grouping: "standard", markers: false },
  Area: { kind: "area", direction: "col", grouping: "standard", markers: false },
};

export interface CellRef {
  /** The reference as a formula, e.g. 'Summary - Phase 1'!$B$44:$B$50. */
  formula: string;
  values: Array<string | number | boolean>;
  /** The first cell's number format, for numeric caches. */
  numberFormat: string;
}

export interface FileSeries {
  name: string;
  values: CellRef;
  categories: CellRef | null;
}

export interface FileChart {
  name: string;
  title: string | null;
  shape: ChartShape;
  series: FileSeries[];
  /** Zero-based cells: the chart covers from (column,row) to before (toColumn,toRow), with offsets in EMU. */
  anchor: { from: AnchorPoint; to: AnchorPoint };
}

export interface AnchorPoint {
  column: number;
  columnOffset: number;
  row: number;
  rowOffset: number;
}

/** English Metric Units per point (DrawingML positions). */
const EMU_PER_POINT = 12_700;

function resolveRef(workbook: MemoryWorkbook, address: string, home: MemorySheet): CellRef | null {
  const parsed = parseAddress(address);
  if (!parsed) return null;
  const sheet = parsed.sheet === undefined ? home : workbook.getSheet(parsed.sheet);
  if (!sheet) return null;
  const rect: Rect = parsed.rect;
  const values: Array<string | number | boolean> = [];
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) values.push(sheet.cell(r, c)?.value ?? "");
  }
  return {
    formula: `${quoteSheetName(sheet.name)}!${absoluteRectAddress(rect)}`,
    values,
    numberFormat: sheet.numberFormatAt(rect.row, rect.column),
  };
}

/** The cell holding `points` from the sheet's edge, and how far into it (EMU). */
function locate(points: number, size: (index: number) => number): { index: number; offset: number } {
  let index = 0;
  let start = 0;
  while (start + size(index) <= points && index < 1_048_575) {
    start += size(index);
    index += 1;
  }
  return { index, offset: Math.round((points - start) * EMU_PER_POINT) };
}

function anchorOf(sheet: MemorySheet, chart: MemoryChart): FileChart["anchor"] {
  const start = chart.position ? parseAddress(chart.position.start) : undefined;
  const end = chart.position?.end ? parseAddress(chart.position.end) : undefined;
  if (start && end) {
    // setPosition(start, end) covers the end cell whole.
    const last = end.rect;
    return {
      from: { column: start.rect.column, columnOffset: 0, row: start.rect.row, rowOffset: 0 },
      to: { column: last.column + last.columnCount, columnOffset: 0, row: last.row + last.rowCount, rowOffset: 0 },
    };
  }
  const x = (p: number) => locate(p, (c) => sheet.columnWidth(c));
  const y = (p: number) => locate(p, (r) => sheet.rowHeight(r));
  const [left, top, right, bottom] = [x(chart.left), y(chart.top), x(chart.left + chart.width), y(chart.top + chart.height)];
  return {
    from: { column: left.index, columnOffset: left.offset, row: top.index, rowOffset: top.offset },
    to: { column: right.index, columnOffset: right.offset, row: bottom.index, rowOffset: bottom.offset },
  };
}

/** The chart ready to write, or why it cannot be written. */
export function fileChart(workbook: MemoryWorkbook, sheet: MemorySheet, chart: MemoryChart): FileChart | string {
  const shape = CHART_SHAPES[chart.chartType];
  if (!shape) return `The chart "${chart.name}" on "${sheet.name}" is a ${chart.chartType} chart, which the .xlsx writer does not draw; it is left out of the file.`;
  const series: FileSeries[] = [];
  for (const s of chart.series) {
    const values = s.values === undefined ? null : resolveRef(workbook, s.values, sheet);
    if (!values) continue;
    const categories = s.xValues === undefined ? null : resolveRef(workbook, s.xValues, sheet);
    series.push({ name: s.name, values, categories });
  }
  if (series.length === 0) return `The chart "${chart.name}" on "${sheet.name}" has no series with values; it is left out of the file.`;
  return { name: chart.name, title: chart.title.visible && chart.title.text !== "" ? chart.title.text : null, shape, series, anchor: anchorOf(sheet, chart) };
}
