/**
 * MemoryWorkbook -> .xlsx bytes with ExcelJS (Node side: the CLI and tests).
 *
 * Written: values (dates as serials with their formats), formulas (Excel recalculates them
 * on open), number formats, fonts, fills, alignment, column widths, row heights, merges,
 * frozen panes, sheet visibility and protection, tables, list validations, hyperlinks, print
 * area, custom and cell-value conditional formats.
 * Charts (column, bar, line, area, pie, doughnut) are added to the package ExcelJS wrote, which
 * cannot write them (charts/). Not written, and reported in `warnings`: other chart types,
 * table filter state, drop-down arrows hidden with inCellDropDown=false, several print areas
 * on one sheet.
 *
 * Text cells are written as strings whatever they contain, so a name beginning with "=" stays
 * text in the file.
 */

import ExcelJS from "exceljs";
import { type Rect, cellAddress, rectAddress } from "../address";
import type { MemoryCell, MemorySheet, MemoryWorkbook } from "../memory/model";
import { pointsToFileWidth } from "../units";
import { addChartsToXlsx } from "./charts";
import { applyCellStyle, conditionalStyleToFile, operatorToFile } from "./excel-styles";
import { pageSetupToFile } from "./page-setup";

export interface SavedXlsx {
  bytes: Uint8Array;
  /** What the model holds that the file could not (e.g. charts), in words a person can read. */
  warnings: string[];
}

const VISIBILITY_TO_FILE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

function fileValue(cell: MemoryCell): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    const formula = cell.formula.startsWith("=") ? cell.formula.slice(1) : cell.formula;
    // "" is the in-memory Excel's "not computed": leave the result out and let Excel compute it.
    return cell.value === "" ? { formula } : { formula, result: cell.value };
  }
  if (cell.hyperlink && (cell.hyperlink.address !== undefined || cell.hyperlink.documentReference !== undefined)) {
    const target = cell.hyperlink.address ?? `#${cell.hyperlink.documentReference ?? ""}`;
    const link: ExcelJS.CellHyperlinkValue = { text: String(cell.value), hyperlink: target };
    if (cell.hyperlink.screenTip) link.tooltip = cell.hyperlink.screenTip;
    return link;
  }
  return cell.value === "" ? null : cell.value;
}

function tableRows(sheet: MemorySheet, rect: Rect): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
      const cell = sheet.cell(r, c);
      row.push(cell ? fileValue(cell) : null);
    }
    rows.push(row);
  }
  return rows;
}

function writeTables(sheet: MemorySheet, ws: ExcelJS.Worksheet, warnings: string[]): void {
  for (const table of sheet.tables) {
    const body = table.dataBodyRect();
    // ExcelJS rewrites the cells from these rows; they are the same values the cells get below.
    ws.addTable({
      name: table.name,
      displayName: table.name,
      ref: cellAddress(table.rect.row, table.rect.column),
      headerRow: true,
      totalsRow: table.showTotals,
      style: { theme: (table.style || "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: table.columns.map((c) => ({ name: c.name, filterButton: table.showFilterButton })),
      rows: tableRows(sheet, body),
    });
    if (table.filtered) warnings.push(`The filter applied to the table "${table.name}" on "${sheet.name}" is not saved; the file shows all rows.`);
  }
}

function writeCells(sheet: MemorySheet, ws: ExcelJS.Worksheet): void {
  for (const { row, column, cell } of sheet.sortedCells()) {
    const target = ws.getCell(row + 1, column + 1);
    target.value = fileValue(cell);
    if (cell.numberFormat !== undefined) target.numFmt = cell.numberFormat;
    if (cell.style) applyCellStyle(target, cell.style);
  }
}

/**
 * ExcelJS keeps range validations in `worksheet.dataValidations` (keyed by address, written as
 * one sqref) but its typings only declare the per-cell `cell.dataValidation`, which would
 * expand a 50,000-row column into 50,000 entries.
 */
export interface RangeValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void; model: Record<string, ExcelJS.DataValidation | undefined> };
}

function writeValidations(sheet: MemorySheet, ws: ExcelJS.Worksheet, warnings: string[]): void {
  const validations = (ws as unknown as RangeValidations).dataValidations;
  for (const v of sheet.dataValidations) {
    const formula = v.list.source.startsWith("=") ? v.list.source.slice(1) : `"${v.list.source}"`;
    validations.add(rectAddress(v.rect), {
      type: "list",
      allowBlank: v.ignoreBlanks,
      formulae: [formula],
      showErrorMessage: v.errorAlert.showAlert,
      errorStyle: v.errorAlert.style.toLowerCase(),
      errorTitle: v.errorAlert.title,
      error: v.errorAlert.message,
    });
    if (!v.list.inCellDropDown) warnings.push(`The list in ${sheet.name}!${rectAddress(v.rect)} is saved with its drop-down arrow shown (ExcelJS cannot hide it).`);
  }
}

function writeConditionalFormats(sheet: MemorySheet, ws: ExcelJS.Worksheet, warnings: string[]): void {
  for (const cf of sheet.conditionalFormats) {
    const ref = cf.rects.map(rectAddress).join(" ");
    const style = conditionalStyleToFile(cf.style);
    if (cf.type === "Custom" && cf.formula) {
      ws.addConditionalFormatting({ ref, rules: [{ type: "expression", priority: cf.priority + 1, formulae: [cf.formula.replace(/^=/, "")], style }] });
    } else if (cf.type === "CellValue" && cf.cellValueRule) {
      const operator = operatorToFile(cf.cellValueRule.operator);
      if (!operator) {
        warnings.push(`A conditional format on ${sheet.name}!${ref} has no valid rule and was not saved.`);
        continue;
      }
      const formulae = cf.cellValueRule.formula2 === undefined ? [cf.cellValueRule.formula1] : [cf.cellValueRule.formula1, cf.cellValueRule.formula2];
      ws.addConditionalFormatting({ ref, rules: [{ type: "cellIs", priority: cf.priority + 1, operator: operator as ExcelJS.CellIsOperators, formulae, style }] });
    } else {
      warnings.push(`A conditional format on ${sheet.name}!${ref} has no rule formula and was not saved.`);
    }
    if (cf.stopIfTrue) warnings.push(`"Stop if true" of a conditional format on ${sheet.name}!${ref} is not saved.`);
  }
}

async function writeSheet(sheet: MemorySheet, out: ExcelJS.Workbook, warnings: string[]): Promise<void> {
  const views: Array<Partial<ExcelJS.WorksheetView>> =
    sheet.frozenRows > 0 || sheet.frozenColumns > 0
      ? [{ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
      : [{ state: "normal" }];
  const ws = out.addWorksheet(sheet.name, { state: VISIBILITY_TO_FILE[sheet.visibility], views });
  for (const [column, points] of sheet.columnWidths) ws.getColumn(column + 1).width = pointsToFileWidth(points);
  for (const [row, points] of sheet.rowHeights) ws.getRow(row + 1).height = points;
  writeTables(sheet, ws, warnings);
  writeCells(sheet, ws);
  for (const merge of sheet.merges) ws.mergeCells(merge.row + 1, merge.column + 1, merge.row + merge.rowCount, merge.column + merge.columnCount);
  writeValidations(sheet, ws, warnings);
  writeConditionalFormats(sheet, ws, warnings);
  if (sheet.printArea && sheet.printArea.length > 0) {
    const [first, ...others] = sheet.printArea;
    if (sheet.name.includes("'")) {
      warnings.push(`The print area of "${sheet.name}" is not saved (ExcelJS cannot quote a sheet name containing an apostrophe).`);
    } else if (first) {
      // ExcelJS puts a "$" before each corner ("A1" -> "$A1"), which leaves the rows relative:
      // LibreOffice then ignores the print area, and Excel would move it with the active cell.
      // Corners given as "A$1" come out absolute ("$A$1"). A single cell is still a range.
      const corner = (row: number, column: number) => cellAddress(row, column).replace(/(\d+)$/, "$$$1");
      ws.pageSetup.printArea = `${corner(first.row, first.column)}:${corner(first.row + first.rowCount - 1, first.column + first.columnCount - 1)}`;
      if (others.length > 0) warnings.push(`Only the first print area of "${sheet.name}" is saved.`);
    }
  }
  // ExcelJS quotes the sheet name of title rows as it does the print area's: not when it has an apostrophe.
  const titleRowsSavable = !(sheet.pageSetup.printTitleRows && sheet.name.includes("'"));
  if (!titleRowsSavable) warnings.push(`The print title rows of "${sheet.name}" are not saved (ExcelJS cannot quote a sheet name containing an apostrophe).`);
  pageSetupToFile(titleRowsSavable ? sheet.pageSetup : { ...sheet.pageSetup, printTitleRows: undefined }, ws.pageSetup);
  // <brk id="n"> is a break after row n (1-based), i.e. before the zero-based row n.
  for (const row of sheet.rowBreaks) ws.getRow(row).addPageBreak();
  if (sheet.autoFilter) ws.autoFilter = rectAddress(sheet.autoFilter.rect);
  if (sheet.protected) await ws.protect("", {});
}

export async function saveXlsx(workbook: MemoryWorkbook): Promise<SavedXlsx> {
  const out = new ExcelJS.Workbook();
  // Formulas are saved without computed results; Excel computes them when the file opens.
  out.calcProperties.fullCalcOnLoad = true;
  const warnings: string[] = [];
  for (const sheet of workbook.sheets) await writeSheet(sheet, out, warnings);
  const active = workbook.sheets.findIndex((s) => s.id === workbook.activeSheetId);
  out.views = [{ x: 0, y: 0, width: 20_000, height: 12_000, firstSheet: 0, activeTab: Math.max(0, active), visibility: "visible" }];
  const buffer = await out.xlsx.writeBuffer();
  // ExcelJS cannot write charts: they are added to the package it wrote (see charts/).
  const charted = await addChartsToXlsx(new Uint8Array(buffer as ArrayBuffer), workbook);
  return { bytes: charted.bytes, warnings: [...warnings, ...charted.warnings] };
}
