/**
 * The writing half: carries out a plan of summary sheets on a workbook, through the same
 * XlRequestContext in Excel, the preview, tests and the command line.
 *
 * Syncs, whatever the registers' size: 2 to look at the sheets the plan names (one to list the
 * workbook's sheets, one to read each existing target's marker rows, used range, charts,
 * tables and protection); 1 to list the sheets for the working sheets; then per sheet the
 * values and number formats staged on a hidden working sheet (one sync per 4 MB; a summary is
 * far smaller); then 1 sync that clears each target, copies its cells in and sets every
 * sheet's styles, widths, frozen title, print setup (title row on every page, page breaks between
 * sections) and charts (see writeSummarySheets).
 *
 * Regenerating replaces a sheet's content in place (same sheet, same tab position, nothing of
 * the old content or charts left) rather than deleting and re-adding it, so a reference to
 * the sheet elsewhere in the workbook keeps working and no "Summary (2)" appears.
 */

import { LINE_POINTS, SUMMARY_MARKER_ROWS, isSummarySheetGrid, type PlacedChart, type SheetGrid } from "../../domain/summary";
import { rectAddress } from "../../workbook/address";
import { charactersToPoints } from "../../workbook/units";
import type { XlChartType, XlRange, XlRequestContext, XlWorksheet } from "../../workbook/office/excel-api";
import { WorkbookOperationError, toWorkbookError } from "../../workbook/office/errors";
import type { LongOperationOptions } from "../../workbook/office/progress";
import { type StagedBlock, failedBeforeChanging, removeWorkingSheet, stageBlock, stagedWriteError } from "../../workbook/office/guarded-temp";
import { planSheetWrites, type ExistingSheet, type SheetWrite } from "./plan";

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
  sheet.horizontalPageBreaks.removePageBreaks();
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
    if (look.horizontalAlignment !== undefined) format.horizontalAlignment = look.horizontalAlignment;
    if (look.verticalAlignment !== undefined) format.verticalAlignment = look.verticalAlignment;
  }
}

function queuePage(sheet: XlWorksheet, grid: SheetGrid): void {
  grid.columnWidths.forEach((characters, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = charactersToPoints(characters);
  });
  // Every row's height is set, not only the tall ones: LibreOffice otherwise prints rows left
  // at the default lower than Excel does, and the page breaks are placed for Excel's rows.
  if (grid.rowCount > 0) sheet.getRangeByIndexes(0, 0, grid.rowCount, 1).format.rowHeight = STANDARD_ROW_HEIGHT;
  for (const { row, points } of grid.rowHeights) sheet.getRangeByIndexes(row - 1, 0, 1, 1).format.rowHeight = points;
  if (grid.freezeRows > 0) sheet.freezePanes.freezeRows(grid.freezeRows);
  sheet.pageLayout.setPrintArea(grid.printArea);
  sheet.pageLayout.orientation = grid.orientation === "landscape" ? "Landscape" : "Portrait";
  // 0 pages tall: as many pages as the summary needs, all of them one page wide.
  if (grid.fitToPageWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (grid.printTitleRows !== "") sheet.pageLayout.setPrintTitleRows(grid.printTitleRows);
  // Between sections, so that no chart or table is cut in two (the old breaks went with the clearing).
  for (const row of grid.pageBreaks) sheet.horizontalPageBreaks.add(`A${row}`);
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

/**
 * Writes every sheet of the plan. The plan must come from planSheetWrites over inspectSheets.
 *
 * Staged, so that a failure part-way never leaves a summary half-written: each sheet's values
 * and number formats go to a hidden working sheet first; then ONE batch clears each target in
 * place, copies its cells in (Range.copyFrom), styles it, sets its page and draws its charts,
 * and deletes the working sheets. A failure before that batch deletes the working sheets (the
 * summaries are as they were); a failure in it is completed by looking at the sheets again and
 * running the batch once more from the working sheets, unless it could not have changed anything.
 */
export async function writeSummarySheets(context: XlRequestContext, writes: readonly SheetWrite[], options: LongOperationOptions = {}): Promise<WrittenSheet[]> {
  const total = writes.length + 1;
  const action = "writing the summary sheets";
  const listed = context.workbook.worksheets.load("items/name");
  await syncFor(context, action);
  const sheetNames = listed.items.map((s) => s.name);
  const staged: StagedBlock[] = [];
  try {
    for (const [index, write] of writes.entries()) {
      options.signal?.throwIfAborted();
      staged.push(
        await stageBlock(context, write.grid.values, {
          sheetName: write.grid.name,
          sheetNames: [...sheetNames, ...staged.map((s) => s.temp)],
          anyVisible: true,
          action,
          label: `Writing ${write.grid.name}`,
          numberFormats: write.grid.numberFormats,
          ...(options.signal ? { signal: options.signal } : {}),
        }),
      );
      options.onProgress?.(index + 1, total, `Wrote ${write.grid.name}`);
    }
    options.signal?.throwIfAborted();
  } catch (error) {
    for (const { temp } of staged) await removeWorkingSheet(context, temp);
    throw error;
  }

  // Just before putting them in place: the sheets to replace are still there, under their
  // names, unprotected, and no sheet took a new summary's name (a colleague may have acted).
  try {
    const now = context.workbook.worksheets.load("items/name, items/protection/protected");
    await syncFor(context, action);
    for (const { grid, existing } of writes) {
      const sheet = now.items.find((s) => s.name.toLowerCase() === grid.name.toLowerCase());
      if (existing && !sheet) throw new WorkbookOperationError("ChangedMeanwhile", `The summary sheet "${grid.name}" was renamed or deleted while the summaries were being written, so none was changed. Generate them again.`, { sheet: grid.name });
      if (!existing && sheet) throw new WorkbookOperationError("ChangedMeanwhile", `A sheet named "${grid.name}" was added while the summaries were being written, so none was changed. Rename it, then generate them again.`, { sheet: grid.name });
      if (sheet?.protection.protected) throw new WorkbookOperationError("SheetProtected", `The summary sheet "${grid.name}" was protected while the summaries were being written, so none was changed. Unprotect it (Review > Unprotect Sheet) and generate them again.`, { sheet: grid.name });
    }
  } catch (error) {
    for (const { temp } of staged) await removeWorkingSheet(context, temp);
    throw error;
  }

  const putInPlace = (plan: readonly SheetWrite[]) => {
    // Every sheet is looked up before anything changes: one gone stops the batch untouched.
    const working = staged.map(({ temp }) => context.workbook.worksheets.getItem(temp));
    for (const write of plan) if (write.existing) context.workbook.worksheets.getItem(write.existing.name);
    plan.forEach((write, i) => {
      queueClearing(context, write);
      const sheet = context.workbook.worksheets.getItem(write.grid.name);
      const source = staged[i]?.source;
      if (source) sheet.getRangeByIndexes(0, 0, 1, 1).copyFrom(source, "All");
      queueStyles(sheet, write.grid);
      queuePage(sheet, write.grid);
      for (const chart of write.grid.charts) queueChart(sheet, chart);
    });
    for (const sheet of working) sheet.delete();
  };
  putInPlace(writes);
  try {
    await syncFor(context, "formatting the summary sheets and drawing their charts");
  } catch (error) {
    await finish(error);
  }
  options.onProgress?.(total, total, "Formatted the summaries and drew their charts");
  return writes.map(({ grid, existing }) => ({
    name: grid.name,
    replaced: existing !== null,
    address: rectAddress({ row: 0, column: 0, rowCount: grid.rowCount, columnCount: grid.columnCount }),
    charts: grid.charts.length,
  }));

  /** Rolls back when the batch cannot have changed anything; otherwise looks again and completes it. */
  async function finish(error: unknown): Promise<void> {
    const incomplete = (cause: unknown) =>
      stagedWriteError(cause, staged[0]?.temp ?? "", writes[0]?.grid.name ?? "", action, "Some summary sheets may be incomplete. Generate the summaries again: each is rewritten in full.");
    if (failedBeforeChanging(error)) {
      for (const { temp } of staged) await removeWorkingSheet(context, temp);
      throw error;
    }
    try {
      // Sheets this run added count as its own summaries even if their marker is not in yet.
      const added = new Set(writes.filter((w) => w.existing === null).map((w) => w.grid.name.toLowerCase()));
      const found = await inspectSheets(context, writes.map((w) => w.grid.name));
      const names = context.workbook.worksheets.load("items/name");
      await syncFor(context, action);
      if (!staged.some(({ temp }) => names.items.some((s) => s.name === temp))) return;
      // A sheet this run was adding is added again from scratch; the others are planned anew
      // from what they hold now (the failed batch may have cleared or drawn part of them).
      for (const sheet of found) if (added.has(sheet.name.toLowerCase())) context.workbook.worksheets.getItem(sheet.name).delete();
      const kept = planSheetWrites(
        writes.filter((w) => w.existing !== null).map((w) => w.grid),
        found.filter((s) => !added.has(s.name.toLowerCase())),
      );
      putInPlace(writes.map((w) => (w.existing === null ? w : (kept.find((k) => k.grid === w.grid) ?? w))));
      await syncFor(context, "formatting the summary sheets and drawing their charts");
    } catch (again) {
      throw incomplete(again);
    }
  }
}
