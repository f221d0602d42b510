/**
 * The series Excel makes when a chart is added over a range (ChartCollection.add): one per
 * column (or row), named from a header line of text and drawn against a first line of text
 * labels. The in-memory Excel keeps them as addresses so that an operation that then sets
 * each series' values and x-axis values explicitly (ChartSeries.setValues/setXAxisValues),
 * as the summary does, can be checked, and the xlsx writer can draw exactly those cells.
 *
 * Simplified from Excel: dates are not recognised as labels, and a header is recognised only
 * when every series' first cell is text.
 */

import { type Rect, qualifiedAddress, rectAddress } from "../address";
import type { XlChartSeriesBy } from "../office/excel-api";
import type { MemoryChartSeries, MemorySheet } from "./model";

export function seriesFromSource(sheet: MemorySheet, rect: Rect, seriesBy: XlChartSeriesBy, chartSheet: MemorySheet): MemoryChartSeries[] {
  // On the chart's own sheet, addresses carry no sheet name, so a renamed sheet keeps its charts.
  const address = (r: Rect) => (sheet === chartSheet ? rectAddress(r) : qualifiedAddress(sheet.name, r));
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rect.rowCount >= rect.columnCount);
  const lines = byColumns ? rect.columnCount : rect.rowCount;
  const length = byColumns ? rect.rowCount : rect.columnCount;
  const valueAt = (line: number, i: number) =>
    (byColumns ? sheet.cell(rect.row + i, rect.column + line) : sheet.cell(rect.row + line, rect.column + i))?.value ?? "";
  const isText = (value: unknown) => typeof value === "string" && value !== "";
  const range = (line: number, from: number): Rect =>
    byColumns
      ? { row: rect.row + from, column: rect.column + line, rowCount: length - from, columnCount: 1 }
      : { row: rect.row + line, column: rect.column + from, rowCount: 1, columnCount: length - from };

  const hasLabels = lines > 1 && length > 1 && Array.from({ length: length - 1 }, (_, i) => valueAt(0, i + 1)).every(isText);
  const firstSeries = hasLabels ? 1 : 0;
  const hasNames = length > 1 && lines > firstSeries && Array.from({ length: lines - firstSeries }, (_, l) => valueAt(l + firstSeries, 0)).every(isText);
  const start = hasNames ? 1 : 0;
  const series: MemoryChartSeries[] = [];
  for (let line = firstSeries; line < lines; line++) {
    const entry: MemoryChartSeries = {
      name: hasNames ? String(valueAt(line, 0)) : `Series${series.length + 1}`,
      values: address(range(line, start)),
    };
    if (hasLabels) entry.xValues = address(range(0, start));
    series.push(entry);
  }
  return series;
}
