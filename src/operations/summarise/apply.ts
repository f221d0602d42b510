/**
 * The writing half: carries out a plan of summary sheets on a workbook, through the same
 * XlRequestContext in Excel, the preview, tests and the command line.
 *
 * Syncs, whatever the registers' size: 2 to look at the sheets the plan names (one to list the
 * workbook's sheets, one to read each existing target's marker rows, used range, charts,
 * tables and protection); then per sheet the values and number formats in one writeBlock
 * (one sync per 4 MB; a summary is far smaller), with that sheet's clearing queued in the same
 * batch; then 1 sync for every sheet's styles, widths, frozen title, print setup and charts.
 *
 * Regenerating replaces a sheet's content in place (same sheet, same tab position, nothing of
 * the old content or charts left) rather than deleting and re-adding it, so a reference to
 * the sheet elsewhere in the workbook keeps working and no "Summary (2)" appears.
 */

import { LINE_POINTS, SUMMARY_MARKER_ROWS, isSummarySheetGrid, type PlacedChart, type SheetGrid } from "../../domain/summary";
import { rectAddress } from "../../workbook/address";
import { charactersToPoints } from "../../workbook/units";
import type { XlChartType, XlRange, XlRequestContext, XlWorksheet } from "../../workbook/office/excel-api";
import { toWorkbookError } from "../../workbook/office/errors";
import type { LongOperationOptions } from "../../workbook/office/progress";
import { writeBlock } from "../../workbook/office/write-block";
import type { ExistingSheet, SheetWrite } from "./plan";

/** Excel's standard column width (8.43 characters): columns an old summary used beyond the new one go back to it. */
const STANDARD_COLUMN_WIDTH = charactersToPoints(8.43);
/** Excel's standard row height for Calibri 11, in points. */
const STANDARD_ROW_HEIGHT = LINE_POINTS;

export interface WrittenSheet {
  name: string;
  /** True when a summary of that name was there and was replaced in place. */
  replaced: boolean;
  /** A1 address of what was written, e.g. "A1:N172". */
  address: string;
  charts: number;
}

async function syncFor(context: XlRequestContext, action: string, sheet?: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, sheet === undefined ? { action } : { action, sheet });
  }
}

/** What the workbook holds under the names the plan wants: 2 syncs, or 1 when none exists. */
export async function inspectSheets(context: XlRequestContext, names: readonly string[]): Promise<ExistingSheet[]> {
  const worksheets = context.workbook.worksheets.load("items/name, items/position");
  await syncFor(context, "looking for earlier summaries");
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const found = worksheets.items
    .filter((sheet) => wanted.has(sheet.name.toLowerCase()))
    .map((sheet) => ({
      name: sheet.name,
      position: sheet.position,
      marker: sheet.getRange(`A1:B${SUMMARY_MARKER_ROWS}`).load("values"),
      used: sheet.getUsedRangeOrNullObject(false).load("address, columnIndex, columnCount"),
      charts: sheet.charts.load("items/name"),
      tables: sheet.tables.load("items/name"),
      protection: sheet.protection.load("protected"),
    }));
  if (found.length === 0) return [];
  await syncFor(context, "looking at the earlier summaries");
  return found.map((s) => ({
    name: s.name,
    position: s.position,
    isSummary: isSummarySheetGrid(s.marker.values),
    protected: s.protection.protected,
    usedColumns: s.used.isNullObject ? 0 : s.used.columnIndex + s.used.columnCount,
    usedAddress: s.used.isNullObject ? "" : s.used.address.slice(s.used.address.lastIndexOf("!") + 1),
    charts: s.charts.items.map((c) => c.name),
    tables: s.tables.items.map((t) => t.name),
  }));
}

/** Queues what makes room for the new content: the old content, charts and tables go; widths reset. */
function queueClearing(context: XlRequestContext, write: SheetWrite): void {
  const { existing, grid } = write;
  if (!existing) {
    context.workbook.worksheets.add(grid.name);
    return;
  }
  const sheet = context.workbook.worksheets.getItem(existing.name);
  for (const chart of existing.charts) sheet.charts.getItem(chart).delete();
  for (const table of existing.tables) sheet.tables.getItem(table).delete();
  if (existing.usedAddress !== "") {
    const used = sheet.getRange(existing.usedAddress);
    used.clear("All");
    // The old summary's tall rows go back to one line; the new ones are set with the formats.
    used.format.rowHeight = STANDARD_ROW_HEIGHT;
  }
  sheet.freezePanes.unfreeze();
  if (existing.usedColumns > grid.columnCount) {
    sheet.getRangeByIndexes(0, grid.columnCount, 1, existing.usedColumns - grid.columnCount).format.columnWidth = STANDARD_COLUMN_WIDTH;
  }
}

function queueStyles(sheet: XlWorksheet, grid: SheetGrid): void {
  for (const { address, style } of grid.styles) {
    const look = grid.styleDefinitions[style];
    const format = sheet.getRange(address).format;
    if (look.bold !== undefined) format.font.bold = look.bold;
    if (look.italic !== undefined) format.font.italic = look.italic;
    if (look.fontColor !== undefined) format.font.color = look.fontColor;
    if (look.fontSize !== undefined) format.font.size = look.fontSize;
    if (look.fill !== undefined) format.fill.color = look.fill;
    if (look.wrap !== undefined) format.wrapText = look.wrap;
  }
}

function queuePage(sheet: XlWorksheet, grid: SheetGrid): void {
  grid.columnWidths.forEach((characters, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = charactersToPoints(characters);
  });
  for (const { row, points } of grid.rowHeights) sheet.getRangeByIndexes(row - 1, 0, 1, 1).format.rowHeight = points;
  if (grid.freezeRows > 0) sheet.freezePanes.freezeRows(grid.freezeRows);
  sheet.pageLayout.setPrintArea(grid.printArea);
  sheet.pageLayout.orientation = grid.orientation === "landscape" ? "Landscape" : "Portrait";
  // 0 pages tall: as many pages as the summary needs, all of them one page wide.
  if (grid.fitToPageWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}

/**
 * A chart from its first series' values, then each series pointed at its own cells: the
 * series of a summary chart need not be next to each other or to the categories (hours by
 * county is the table's last column), which a chart made from one block of cells cannot say.
 */
function queueChart(sheet: XlWorksheet, chart: PlacedChart): void {
  const [first, ...others] = chart.series;
  if (!first) return;
  const categories: XlRange = sheet.getRange(chart.categoriesAddress);
  const added = sheet.charts.add(chart.excelType as XlChartType, sheet.getRange(first.valuesAddress), "Columns");
  added.name = chart.id;
  added.title.text = chart.title;
  const series = added.series.getItemAt(0);
  series.name = first.name;
  series.setXAxisValues(categories);
  for (const other of others) {
    const next = added.series.add(other.name);
    next.setValues(sheet.getRange(other.valuesAddress));
    next.setXAxisValues(categories);
  }
  added.setPosition(chart.anchor.topLeft, chart.anchor.bottomRight);
}

/** Writes every sheet of the plan. The plan must come from planSheetWrites over inspectSheets. */
export async function writeSummarySheets(context: XlRequestContext, writes: readonly SheetWrite[], options: LongOperationOptions = {}): Promise<WrittenSheet[]> {
  const total = writes.length + 1;
  for (const [index, write] of writes.entries()) {
    options.signal?.throwIfAborted();
    queueClearing(context, write);
    // The clearing goes in the same batch as the first chunk of values.
    await writeBlock(context, write.grid.name, { row: 0, column: 0 }, write.grid.values, {
      numberFormats: write.grid.numberFormats,
      label: `Writing ${write.grid.name}`,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    options.onProgress?.(index + 1, total, `Wrote ${write.grid.name}`);
  }
  options.signal?.throwIfAborted();
  for (const { grid } of writes) {
    const sheet = context.workbook.worksheets.getItem(grid.name);
    queueStyles(sheet, grid);
    queuePage(sheet, grid);
    for (const chart of grid.charts) queueChart(sheet, chart);
  }
  await syncFor(context, "formatting the summary sheets and drawing their charts");
  options.onProgress?.(total, total, "Formatted the summaries and drew their charts");
  return writes.map(({ grid, existing }) => ({
    name: grid.name,
    replaced: existing !== null,
    address: rectAddress({ row: 0, column: 0, rowCount: grid.rowCount, columnCount: grid.columnCount }),
    charts: grid.charts.length,
  }));
}
