/**
 * .xlsx bytes -> MemoryWorkbook with ExcelJS (Node side: the CLI and tests).
 *
 * Read: values (date cells back to their Excel serials, with their formats), formulas and
 * their cached results, number formats, fonts, fills, alignment, column widths, row heights,
 * merges, frozen panes, visibility, protection, tables, list validations, hyperlinks, print
 * area, custom and cell-value conditional formats, the active sheet.
 * Reported through `onWarning` and otherwise skipped: other validation and conditional format
 * types. Not seen at all (ExcelJS does not read them): charts, pictures' placement, pivot tables,
 * hyperlink screen tips (saveXlsx writes them; ExcelJS drops them when reading).
 *
 * A file that is not an .xlsx workbook fails with an Error whose message says what it is not
 * (not a ZIP, an old .xls, no worksheets), never with a parser's stack trace.
 */

import ExcelJS from "exceljs";
import { type CellPosition, type Rect, cellsToRects, parseAddress } from "../address";
import type { DataValidationEntry, MemorySheet } from "../memory/model";
import { MemoryTable, MemoryWorkbook, type MemoryWorkbookOptions } from "../memory/model";
import { fileWidthToPoints } from "../units";
import { conditionalStyleFromFile, operatorFromFile, readCellStyle } from "./excel-styles";
import { pageSetupFromFile } from "./page-setup";
import type { RangeValidations } from "./save-xlsx";

export interface LoadXlsxOptions extends MemoryWorkbookOptions {
  /** Told about content the model cannot hold, in words a person can read. */
  onWarning?: (message: string) => void;
}

const MS_PER_DAY = 86_400_000;
/** ExcelJS turns date cells into Dates with (serial - 25569) days since 1970; we undo exactly that. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

/** Why these bytes are not an .xlsx file, or undefined when they could be one. */
export function notXlsxReason(data: Uint8Array): string | undefined {
  if (data.length === 0) return "the file is empty";
  if (data.length < 4) return "the file is too short to be a workbook";
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    return "it is an Excel 97-2003 .xls file or a password-protected workbook; open it in Excel and save it as an .xlsx workbook without a password";
  }
  if (data[0] !== 0x50 || data[1] !== 0x4b || data[2] !== 0x03 || data[3] !== 0x04) {
    const head = data.subarray(0, Math.min(data.length, 512));
    const printable = head.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
    if (printable) return "it is a text file (perhaps a CSV), not a workbook; open it in Excel and save it as .xlsx";
    return "it is not a ZIP archive, which every .xlsx workbook is";
  }
  return undefined;
}

function serialOf(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0);
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

type Scalar = string | number | boolean;

function scalarOf(value: unknown, date1904: boolean): Scalar {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOf(value, date1904);
  if (typeof value === "object") {
    if ("error" in value && typeof value.error === "string") return value.error;
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((p: { text?: string }) => p.text ?? "").join("");
    if ("text" in value) return scalarOf(value.text, date1904);
  }
  return "";
}

function readCell(cell: ExcelJS.Cell, sheet: MemorySheet, row: number, column: number, date1904: boolean): void {
  const value: ExcelJS.CellValue = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      break;
    case ExcelJS.ValueType.Formula: {
      const formula = cell.formula;
      sheet.setRawValue(row, column, scalarOf(cell.result, date1904), formula ? `=${formula}` : undefined);
      break;
    }
    case ExcelJS.ValueType.Hyperlink: {
      const link = value as ExcelJS.CellHyperlinkValue;
      sheet.setRawValue(row, column, scalarOf(link.text, date1904));
      const target = link.hyperlink ?? "";
      const hyperlink = target.startsWith("#") ? { documentReference: target.slice(1) } : { address: target };
      sheet.setHyperlink(row, column, link.tooltip ? { ...hyperlink, screenTip: link.tooltip } : hyperlink);
      break;
    }
    default: {
      const scalar = scalarOf(value, date1904);
      if (scalar !== "") sheet.setRawValue(row, column, scalar);
    }
  }
  const numFmt = cell.numFmt;
  if (typeof numFmt === "string" && numFmt !== "" && numFmt !== "General") sheet.setNumberFormat(row, column, numFmt);
  const style = readCellStyle(cell);
  if (Object.keys(style).length > 0) sheet.patchStyle(row, column, style);
}

interface LoadedTableModel {
  name?: string;
  tableRef?: string;
  totalsRow?: boolean;
  style?: { theme?: string };
  columns?: Array<{ name?: string; filterButton?: boolean }>;
  autoFilterRef?: string;
}

function readTables(ws: ExcelJS.Worksheet, sheet: MemorySheet, workbook: MemoryWorkbook, warn: (m: string) => void): void {
  for (const entry of ws.getTables()) {
    // ExcelJS's typings describe tables being built; loaded ones carry their model in `table`.
    const model = (entry as unknown as { table?: LoadedTableModel }).table;
    const parsed = model?.tableRef ? parseAddress(model.tableRef) : undefined;
    if (!model?.name || !parsed) {
      warn(`A table on "${sheet.name}" could not be read and was skipped.`);
      continue;
    }
    const columns = (model.columns ?? []).map((c, i) => ({ id: i + 1, name: c.name ?? `Column${i + 1}` }));
    const table = new MemoryTable(workbook.newId("TABLE"), model.name, sheet.id, parsed.rect, columns);
    // Files omit headerRowCount when the header row is shown; ExcelJS reads that as "no header",
    // so headers are assumed (tables without a header row are rare and not modelled).
    table.showTotals = model.totalsRow === true;
    table.style = model.style?.theme ?? "TableStyleMedium2";
    table.showFilterButton = model.autoFilterRef !== undefined && (model.columns ?? []).some((c) => c.filterButton !== false);
    sheet.tables.push(table);
  }
}

function readValidations(ws: ExcelJS.Worksheet, sheet: MemorySheet, warn: (m: string) => void): void {
  const model = (ws as unknown as RangeValidations).dataValidations.model;
  // ExcelJS expands each range into one entry per cell, sharing one rule object: regroup.
  const byRule = new Map<ExcelJS.DataValidation, CellPosition[]>();
  for (const [address, rule] of Object.entries(model)) {
    if (!rule) continue;
    const parsed = parseAddress(address);
    if (!parsed) continue;
    const cells = byRule.get(rule) ?? [];
    for (let r = 0; r < parsed.rect.rowCount; r++) {
      for (let c = 0; c < parsed.rect.columnCount; c++) cells.push({ row: parsed.rect.row + r, column: parsed.rect.column + c });
    }
    byRule.set(rule, cells);
  }
  for (const [rule, cells] of byRule) {
    const formula = String(rule.formulae?.[0] ?? "");
    if (rule.type !== "list" || formula === "") {
      warn(`A ${rule.type} validation on "${sheet.name}" is not modelled and was skipped.`);
      continue;
    }
    const source = formula.startsWith('"') && formula.endsWith('"') ? formula.slice(1, -1) : `=${formula}`;
    const style = rule.errorStyle === "warning" ? "Warning" : rule.errorStyle === "information" ? "Information" : "Stop";
    const entry: Omit<DataValidationEntry, "rect"> = {
      list: { inCellDropDown: true, source },
      errorAlert: { showAlert: rule.showErrorMessage === true, style, title: rule.errorTitle ?? "", message: rule.error ?? "" },
      ignoreBlanks: rule.allowBlank !== false,
    };
    for (const rect of cellsToRects(cells)) sheet.dataValidations.push({ rect, ...entry });
  }
}

function rectsOf(ref: string): Rect[] {
  return ref
    .split(/\s+/)
    .map((part) => parseAddress(part)?.rect)
    .filter((r): r is Rect => r !== undefined);
}

function readConditionalFormats(ws: ExcelJS.Worksheet, sheet: MemorySheet, workbook: MemoryWorkbook, warn: (m: string) => void): void {
  // Present at run time, missing from ExcelJS's typings.
  const formats = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
  for (const cf of formats ?? []) {
    const rects = rectsOf(cf.ref);
    for (const rule of cf.rules) {
      const base = { id: workbook.newId("CF"), rects, style: conditionalStyleFromFile(rule.style), priority: Math.max(0, (rule.priority ?? 1) - 1), stopIfTrue: false };
      if (rule.type === "expression" && rule.formulae?.[0] !== undefined) {
        sheet.conditionalFormats.push({ ...base, type: "Custom", formula: `=${String(rule.formulae[0])}` });
      } else if (rule.type === "cellIs" && rule.formulae?.[0] !== undefined && operatorFromFile(rule.operator)) {
        const operator = operatorFromFile(rule.operator) ?? "EqualTo";
        const formula2 = rule.formulae[1];
        const cellValueRule = formula2 === undefined ? { formula1: String(rule.formulae[0]), operator } : { formula1: String(rule.formulae[0]), formula2: String(formula2), operator };
        sheet.conditionalFormats.push({ ...base, type: "CellValue", cellValueRule });
      } else {
        warn(`A "${rule.type}" conditional format on ${sheet.name}!${cf.ref} is not modelled and was skipped.`);
      }
    }
  }
}

function readSheet(ws: ExcelJS.Worksheet, workbook: MemoryWorkbook, date1904: boolean, warn: (m: string) => void): void {
  const problem = workbook.sheetNameProblem(ws.name);
  if (problem) throw new Error(`The workbook has a sheet Excel would not accept: ${problem}`);
  const sheet = workbook.addSheet(ws.name);
  sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
  const view = ws.views?.[0];
  if (view && view.state === "frozen") {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  (ws.columns ?? []).forEach((column, i) => {
    if (column && typeof column.width === "number") sheet.columnWidths.set(i, fileWidthToPoints(column.width));
  });
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (typeof row.height === "number" && (row as unknown as { customHeight?: boolean }).customHeight !== false) {
      sheet.rowHeights.set(rowNumber - 1, row.height);
    }
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => readCell(cell, sheet, rowNumber - 1, columnNumber - 1, date1904));
  });
  for (const merge of ws.model.merges ?? []) {
    const parsed = parseAddress(merge);
    if (parsed) sheet.merges.push(parsed.rect);
  }
  readTables(ws, sheet, workbook, warn);
  readValidations(ws, sheet, warn);
  readConditionalFormats(ws, sheet, workbook, warn);
  const printArea = ws.pageSetup?.printArea;
  if (printArea) sheet.printArea = printArea.split("&&").flatMap(rectsOf);
  sheet.pageSetup = pageSetupFromFile(ws.pageSetup);
  const autoFilter = ws.autoFilter;
  if (typeof autoFilter === "string") {
    const parsed = parseAddress(autoFilter);
    if (parsed) sheet.autoFilter = { rect: parsed.rect, filtered: false };
  }
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  sheet.protected = protection?.sheet === true;
}

export async function loadXlsx(bytes: Uint8Array | ArrayBuffer, options: LoadXlsxOptions = {}): Promise<MemoryWorkbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const reason = notXlsxReason(data);
  if (reason) throw new Error(`This file is not an .xlsx workbook: ${reason}.`);
  const source = new ExcelJS.Workbook();
  try {
    // ExcelJS's load() is typed for Node Buffers; a Buffer view shares the bytes without copying.
    await source.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(`This file is not a valid .xlsx workbook: it is a ZIP archive but its workbook parts could not be read (${detail}).`, { cause: error });
  }
  const { onWarning, ...workbookOptions } = options;
  const warn = onWarning ?? (() => undefined);
  const workbook = new MemoryWorkbook(workbookOptions);
  const date1904 = (source.properties as { date1904?: boolean } | undefined)?.date1904 === true;
  source.eachSheet((ws) => readSheet(ws, workbook, date1904, warn));
  if (workbook.sheets.length === 0) {
    throw new Error("This file is not an .xlsx workbook: it is a ZIP archive without worksheets (perhaps a Word or PowerPoint file).");
  }
  const activeTab = source.views?.[0]?.activeTab;
  const active = typeof activeTab === "number" ? workbook.sheets[activeTab] : undefined;
  workbook.activeSheetId = (active ?? workbook.sheets[0])?.id;
  return workbook;
}
