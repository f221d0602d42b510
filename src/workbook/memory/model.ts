/**
 * The document behind the in-memory Excel: what a workbook holds, with Excel's rules for
 * changing it (unique names, protected sheets, tables, merges). Proxies (context.ts), the xlsx
 * adapter and tests all change it through these methods, so the rules live in one place.
 * Tests may also edit it directly between syncs to play a co-author (see co-author.ts).
 *
 * No Node APIs here: the browser preview bundles this folder.
 */

import {
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  parseAddress,
  rectContains,
  rectIntersection,
  rectsIntersect,
  rectSubtract,
} from "../address";
import type {
  XlChartSeriesBy,
  XlConditionalCellValueOperator,
  XlDataValidationAlertStyle,
  XlHorizontalAlignment,
  XlPageLayoutZoomOptions,
  XlPageOrientation,
  XlSheetVisibility,
  XlVerticalAlignment,
} from "../office/excel-api";
import { XlApiError } from "./errors";
import { type InputOptions, evaluateLiteralFormula, interpretInput } from "./excel-input";
import { WorkbookEvents } from "./events";

export type CellValue = string | number | boolean;

export interface CellStyle {
  fillColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  /** Points; absent = Excel's default 11. */
  fontSize?: number;
  horizontalAlignment?: XlHorizontalAlignment;
  verticalAlignment?: XlVerticalAlignment;
  wrapText?: boolean;
}

/** Where a cell links to. The text shown is the cell's value (Office.js reports it as textToDisplay). */
export interface CellHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
}

/** A stored cell. Absent fields are Excel's defaults: "" value, no formula, "General". */
export interface MemoryCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
  hyperlink?: CellHyperlink;
}

export interface ListValidation {
  inCellDropDown: boolean;
  /** "a,b,c" or a formula such as "='Mentorship lists'!$A$1:$A$47". */
  source: string;
}

export interface ValidationErrorAlert {
  message: string;
  showAlert: boolean;
  style: XlDataValidationAlertStyle;
  title: string;
}

export interface DataValidationEntry {
  rect: Rect;
  list: ListValidation;
  errorAlert: ValidationErrorAlert;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatStyle {
  fillColor?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface ConditionalFormatEntry {
  id: string;
  rects: Rect[];
  type: "Custom" | "CellValue";
  /** Custom: the rule formula ("=ISBLANK($B2)"). */
  formula?: string;
  /** CellValue: the comparison. */
  cellValueRule?: { formula1: string; formula2?: string; operator: XlConditionalCellValueOperator };
  style: ConditionalFormatStyle;
  priority: number;
  stopIfTrue: boolean;
}

export interface MemoryChart {
  id: string;
  name: string;
  chartType: string;
  /** Qualified source address, e.g. "Summary!A1:C8". */
  source: string;
  seriesBy: XlChartSeriesBy;
  title: { text: string; visible: boolean };
  top: number;
  left: number;
  width: number;
  height: number;
  /** The cells given to setPosition, if any. */
  position?: { start: string; end?: string };
  /** What the chart draws, series by series (see chart-series.ts). */
  series: MemoryChartSeries[];
}

export interface MemoryChartSeries {
  name: string;
  /** "B5:B11" on the chart's own sheet, "Other!B5:B11" elsewhere; absent until set. */
  values?: string;
  xValues?: string;
}

export interface PageSetup {
  orientation: XlPageOrientation;
  zoom: XlPageLayoutZoomOptions;
  /** Rows printed at the top of every page (PageLayout.setPrintTitleRows); zero-based. */
  printTitleRows?: { row: number; rowCount: number };
}

export interface TableColumnModel {
  id: number;
  name: string;
}

export class MemoryTable {
  name: string;
  /** Whole table including the header row (and totals row when shown). */
  rect: Rect;
  showHeaders = true;
  showTotals = false;
  showFilterButton = true;
  style = "TableStyleMedium2";
  columns: TableColumnModel[];
  /** True while a filter criterion hides rows (Office.js `autoFilter.isDataFiltered`). */
  filtered = false;

  constructor(
    readonly id: string,
    name: string,
    readonly sheetId: string,
    rect: Rect,
    columns: TableColumnModel[],
  ) {
    this.name = name;
    this.rect = rect;
    this.columns = columns;
  }

  headerRect(): Rect {
    return { ...this.rect, rowCount: 1 };
  }

  dataBodyRect(): Rect {
    const header = this.showHeaders ? 1 : 0;
    const totals = this.showTotals ? 1 : 0;
    return { ...this.rect, row: this.rect.row + header, rowCount: this.rect.rowCount - header - totals };
  }
}

export interface SheetAutoFilter {
  rect: Rect;
  filtered: boolean;
}

/** Excel's default column width (8.43 characters) in points, as Office.js reports it. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export class MemorySheet {
  name: string;
  visibility: XlSheetVisibility = "Visible";
  protected = false;
  /** Column widths in points (Office.js units), by zero-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points, by zero-based row. */
  readonly rowHeights = new Map<number, number>();
  merges: Rect[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  printArea: Rect[] | undefined;
  /** Page setup for printing (PageLayout.orientation and zoom; see page-setup.ts). */
  pageSetup: PageSetup = { orientation: "Portrait", zoom: { scale: 100 } };
  /** Manual page breaks: zero-based rows that start a new printed page, ascending. */
  rowBreaks: number[] = [];
  readonly tables: MemoryTable[] = [];
  dataValidations: DataValidationEntry[] = [];
  conditionalFormats: ConditionalFormatEntry[] = [];
  readonly charts: MemoryChart[] = [];
  autoFilter: SheetAutoFilter | undefined;
  private readonly rows = new Map<number, Map<number, MemoryCell>>();

  constructor(
    readonly id: string,
    name: string,
  ) {
    this.name = name;
  }

  /** Throws Excel's AccessDenied when the sheet is protected. */
  assertEditable(what = "cell"): void {
    if (this.protected) {
      throw new XlApiError(
        "AccessDenied",
        `The ${what} you're trying to change is on a protected sheet ("${this.name}"). To make a change, unprotect the sheet.`,
      );
    }
  }

  cell(row: number, column: number): MemoryCell | undefined {
    return this.rows.get(row)?.get(column);
  }

  /** Convenience for tests: the cell at "B3". */
  cellAt(address: string): MemoryCell | undefined {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`"${address}" is not a cell address`);
    return this.cell(parsed.rect.row, parsed.rect.column);
  }

  ensureCell(row: number, column: number): MemoryCell {
    let r = this.rows.get(row);
    if (!r) {
      r = new Map();
      this.rows.set(row, r);
    }
    let c = r.get(column);
    if (!c) {
      c = { value: "" };
      r.set(column, c);
    }
    return c;
  }

  /** Drops a cell that holds nothing but defaults, keeping the store sparse. */
  compactCell(row: number, column: number): void {
    const r = this.rows.get(row);
    const c = r?.get(column);
    if (!r || !c) return;
    const styleEmpty = !c.style || Object.keys(c.style).length === 0;
    if (c.value === "" && c.formula === undefined && c.numberFormat === undefined && styleEmpty && c.hyperlink === undefined) {
      r.delete(column);
      if (r.size === 0) this.rows.delete(row);
    }
  }

  numberFormatAt(row: number, column: number): string {
    return this.cell(row, column)?.numberFormat ?? "General";
  }

  /** Stores a value verbatim (no parsing), as a file or a test fixture states it. */
  setRawValue(row: number, column: number, value: CellValue, formula?: string): void {
    const c = this.ensureCell(row, column);
    c.value = value;
    if (formula === undefined) delete c.formula;
    else c.formula = formula;
    this.compactCell(row, column);
  }

  /**
   * Stores input the way Excel does when it arrives through `Range.values`/`formulas` or is
   * typed: strings are parsed (formulas, numbers, dates, booleans) unless the cell is text
   * formatted; numbers and booleans written into a text-formatted cell become text.
   * `null` leaves the cell unchanged, as in Office.js.
   */
  typeValue(row: number, column: number, input: CellValue | null, options: InputOptions): void {
    if (input === null) return;
    const format = this.numberFormatAt(row, column);
    if (typeof input === "number") {
      if (!Number.isFinite(input)) throw new XlApiError("InvalidArgument", `The value ${String(input)} cannot be stored in a cell.`);
      if (format === "@") this.setRawValue(row, column, String(input));
      else this.setRawValue(row, column, input);
      return;
    }
    if (typeof input === "boolean") {
      if (format === "@") this.setRawValue(row, column, input ? "TRUE" : "FALSE");
      else this.setRawValue(row, column, input);
      return;
    }
    if (typeof input !== "string") {
      throw new XlApiError("InvalidArgument", `Cells hold strings, numbers or booleans, not ${typeof input}.`);
    }
    if (input.length > 32_767) {
      throw new XlApiError("InvalidArgument", "Text values can be at most 32,767 characters long.");
    }
    const typed = interpretInput(input, format, options);
    switch (typed.kind) {
      case "empty":
        this.setRawValue(row, column, "");
        return;
      case "text":
        this.setRawValue(row, column, typed.text);
        return;
      case "boolean":
        this.setRawValue(row, column, typed.value);
        return;
      case "number":
        this.setRawValue(row, column, typed.value);
        if (typed.format !== undefined && format === "General") this.ensureCell(row, column).numberFormat = typed.format;
        return;
      case "formula": {
        if (typed.formula.length < 2) throw new XlApiError("InvalidArgument", `"${typed.formula}" is not a valid formula.`);
        // No formula engine: literal formulas get their value, others read as "".
        this.setRawValue(row, column, evaluateLiteralFormula(typed.formula) ?? "", typed.formula);
        return;
      }
    }
  }

  setNumberFormat(row: number, column: number, format: string): void {
    const c = this.ensureCell(row, column);
    if (format === "General") delete c.numberFormat;
    else c.numberFormat = format;
    this.compactCell(row, column);
  }

  /** Sets the given style fields; a field given as undefined returns to Excel's default. */
  patchStyle(row: number, column: number, patch: CellStyle): void {
    const c = this.ensureCell(row, column);
    const style: Record<string, unknown> = { ...(c.style ?? {}) };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete style[k];
      else style[k] = v;
    }
    if (Object.keys(style).length === 0) delete c.style;
    else c.style = style as CellStyle;
    this.compactCell(row, column);
  }

  setHyperlink(row: number, column: number, link: CellHyperlink | undefined): void {
    const c = this.ensureCell(row, column);
    if (link === undefined) delete c.hyperlink;
    else c.hyperlink = { ...link };
    this.compactCell(row, column);
  }

  clearCell(row: number, column: number, what: { contents?: boolean; formats?: boolean; hyperlinks?: boolean }): void {
    const c = this.cell(row, column);
    if (!c) return;
    if (what.contents) {
      c.value = "";
      delete c.formula;
    }
    if (what.formats) {
      delete c.numberFormat;
      delete c.style;
    }
    if (what.hyperlinks) delete c.hyperlink;
    this.compactCell(row, column);
  }

  /** Calls `fn` for each stored cell inside `rect` (row-major order not guaranteed). */
  forEachCellIn(rect: Rect, fn: (row: number, column: number, cell: MemoryCell) => void): void {
    const bottom = rect.row + rect.rowCount;
    const right = rect.column + rect.columnCount;
    const visit = (row: number, cells: Map<number, MemoryCell>) => {
      if (cells.size <= rect.columnCount) {
        for (const [column, cell] of cells) if (column >= rect.column && column < right) fn(row, column, cell);
      } else {
        for (let column = rect.column; column < right; column++) {
          const cell = cells.get(column);
          if (cell) fn(row, column, cell);
        }
      }
    };
    if (this.rows.size <= rect.rowCount) {
      for (const [row, cells] of this.rows) if (row >= rect.row && row < bottom) visit(row, cells);
    } else {
      for (let row = rect.row; row < bottom; row++) {
        const cells = this.rows.get(row);
        if (cells) visit(row, cells);
      }
    }
  }

  /** All stored cells, sorted by row then column. */
  sortedCells(): Array<{ row: number; column: number; cell: MemoryCell }> {
    const out: Array<{ row: number; column: number; cell: MemoryCell }> = [];
    for (const row of [...this.rows.keys()].sort((a, b) => a - b)) {
      const cells = this.rows.get(row);
      if (!cells) continue;
      for (const column of [...cells.keys()].sort((a, b) => a - b)) {
        const cell = cells.get(column);
        if (cell) out.push({ row, column, cell });
      }
    }
    return out;
  }

  /**
   * The used range: the bounding box of cells with a value or formula (`valuesOnly`), or of
   * any stored cell (values or formatting). Undefined for a blank sheet.
   */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [row, cells] of this.rows) {
      for (const [column, cell] of cells) {
        if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
        if (row < top) top = row;
        if (row > bottom) bottom = row;
        if (column < left) left = column;
        if (column > right) right = column;
      }
    }
    if (bottom < 0) return undefined;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Values of a rectangle, for assertions in tests. */
  valuesIn(address: string): CellValue[][] {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`"${address}" is not an address`);
    const { rect } = parsed;
    const out: CellValue[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < rect.columnCount; c++) row.push(this.cell(rect.row + r, rect.column + c)?.value ?? "");
      out.push(row);
    }
    return out;
  }

  /**
   * Range.copyFrom: `source` cells of `from` (this or another sheet) onto `to` here, the same
   * size. "All" copies values, formulas (verbatim: no formula engine to shift references),
   * number formats, styles and links; "Values" the values only; "Formulas" values and formulas;
   * "Formats" number formats and styles. Destination cells are cleared of what is copied first,
   * so empty source cells empty them. The source is read before anything is written (overlap).
   */
  copyCellsFrom(from: MemorySheet, source: Rect, to: Rect, type: "All" | "Formulas" | "Values" | "Formats"): void {
    this.assertEditable();
    const contents = type !== "Formats";
    const formats = type === "All" || type === "Formats";
    const copied: Array<{ row: number; column: number; cell: MemoryCell }> = [];
    from.forEachCellIn(source, (row, column, cell) => copied.push({ row: row - source.row, column: column - source.column, cell: { ...cell, ...(cell.style ? { style: { ...cell.style } } : {}), ...(cell.hyperlink ? { hyperlink: { ...cell.hyperlink } } : {}) } }));
    this.forEachCellIn(to, (row, column) => this.clearCell(row, column, { contents, formats, hyperlinks: type === "All" }));
    for (const { row, column, cell } of copied) {
      const r = to.row + row;
      const c = to.column + column;
      if (contents) this.setRawValue(r, c, cell.value, type === "Values" ? undefined : cell.formula);
      if (formats) {
        if (cell.numberFormat !== undefined) this.setNumberFormat(r, c, cell.numberFormat);
        if (cell.style) this.patchStyle(r, c, cell.style);
      }
      if (type === "All" && cell.hyperlink) this.setHyperlink(r, c, cell.hyperlink);
    }
  }

  /** Merges `rect` (or each of its rows when `across`), keeping only the top-left value as Excel does. */
  merge(rect: Rect, across: boolean): void {
    this.assertEditable();
    for (const table of this.tables) {
      if (rectsIntersect(table.rect, rect)) {
        throw new XlApiError("MergedRangeConflict", `Cells inside the table "${table.name}" cannot be merged.`);
      }
    }
    const areas = across
      ? Array.from({ length: rect.rowCount }, (_, i) => ({ ...rect, row: rect.row + i, rowCount: 1 }))
      : [rect];
    for (const area of areas) {
      if (area.rowCount === 1 && area.columnCount === 1) continue;
      this.merges = this.merges.filter((m) => !rectsIntersect(m, area));
      this.forEachCellIn(area, (row, column) => {
        if (row !== area.row || column !== area.column) this.clearCell(row, column, { contents: true });
      });
      this.merges.push(area);
    }
  }

  unmerge(rect: Rect): void {
    this.assertEditable();
    this.merges = this.merges.filter((m) => !rectsIntersect(m, rect));
  }

  setListValidation(rect: Rect, entry: Omit<DataValidationEntry, "rect">): void {
    this.assertEditable();
    this.clearValidation(rect);
    this.dataValidations.push({ rect, ...entry });
  }

  clearValidation(rect: Rect): void {
    this.assertEditable();
    this.dataValidations = this.dataValidations.flatMap((v) => rectSubtract(v.rect, rect).map((r) => ({ ...v, rect: r })));
  }

  validationAt(row: number, column: number): DataValidationEntry | undefined {
    return this.dataValidations.find((v) => rectContains(v.rect, { row, column, rowCount: 1, columnCount: 1 }));
  }

  clearConditionalFormats(rect: Rect): void {
    this.assertEditable();
    this.conditionalFormats = this.conditionalFormats
      .map((cf) => ({ ...cf, rects: cf.rects.flatMap((r) => rectSubtract(r, rect)) }))
      .filter((cf) => cf.rects.length > 0);
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }
}

export interface MemoryWorkbookOptions {
  /** Order of day and month in typed dates like "06/02/2017"; "MDY" is Excel en-US. */
  dateOrder?: "MDY" | "DMY";
  /** Year for dates typed without one; defaults to the current year. */
  currentYear?: number;
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  readonly events = new WorkbookEvents();
  readonly inputOptions: InputOptions;
  activeSheetId: string | undefined;
  selection: { sheetId: string; rect: Rect } | undefined;
  private idCounter = 0;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.inputOptions = {
      dateOrder: options.dateOrder ?? "MDY",
      currentYear: options.currentYear ?? new Date().getFullYear(),
    };
  }

  newId(kind: string): string {
    this.idCounter += 1;
    return `{${kind}-${String(this.idCounter).padStart(8, "0")}}`;
  }

  /** Why Excel would refuse `name` for a sheet, or undefined when it is acceptable. */
  sheetNameProblem(name: string, except?: MemorySheet): string | undefined {
    if (name.trim() === "") return "A sheet name cannot be blank.";
    if (name.length > 31) return `The sheet name "${name}" is longer than 31 characters.`;
    if (INVALID_SHEET_CHARS.test(name)) return `The sheet name "${name}" contains one of : \\ / ? * [ ].`;
    if (name.startsWith("'") || name.endsWith("'")) return `The sheet name "${name}" cannot begin or end with an apostrophe.`;
    if (name.toLowerCase() === "history") return `"History" is a reserved sheet name.`;
    const clash = this.getSheet(name);
    if (clash && clash !== except) return `A sheet named "${name}" already exists.`;
    return undefined;
  }

  addSheet(name?: string): MemorySheet {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.getSheet(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    const problem = this.sheetNameProblem(finalName);
    if (problem) throw new XlApiError(this.getSheet(finalName) ? "ItemAlreadyExists" : "InvalidArgument", problem, "WorksheetCollection.add");
    const sheet = new MemorySheet(this.newId("SHEET"), finalName);
    this.sheets.push(sheet);
    if (this.activeSheetId === undefined) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** By name (case-insensitive, as Excel) or id. */
  getSheet(key: string): MemorySheet | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }

  /** For tests: the sheet, or a plain Error naming the missing sheet. */
  sheet(name: string): MemorySheet {
    const s = this.getSheet(name);
    if (!s) throw new Error(`No sheet named "${name}" (have: ${this.sheets.map((x) => x.name).join(", ")})`);
    return s;
  }

  sheetById(id: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  renameSheet(sheet: MemorySheet, name: string): void {
    if (sheet.name === name) return;
    const problem = this.sheetNameProblem(name, sheet);
    if (problem) throw new XlApiError(this.getSheet(name) && this.getSheet(name) !== sheet ? "ItemAlreadyExists" : "InvalidArgument", problem, "Worksheet.name");
    sheet.name = name;
  }

  moveSheet(sheet: MemorySheet, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new XlApiError("InvalidArgument", `Position ${position} is outside 0..${this.sheets.length - 1}.`, "Worksheet.position");
    }
    const from = this.sheets.indexOf(sheet);
    this.sheets.splice(from, 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: MemorySheet, visibility: XlSheetVisibility): void {
    if (visibility !== "Visible" && this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
      throw new XlApiError("InvalidOperation", "A workbook must keep at least one visible sheet.", "Worksheet.visibility");
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheetId === sheet.id) {
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id;
    }
  }

  removeSheet(sheet: MemorySheet): void {
    const visibleOthers = this.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
    if (visibleOthers.length === 0) {
      throw new XlApiError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = visibleOthers[0]?.id;
    if (this.selection?.sheetId === sheet.id) this.selection = undefined;
  }

  activeSheet(): MemorySheet {
    const active = this.activeSheetId === undefined ? undefined : this.sheetById(this.activeSheetId);
    const sheet = active ?? this.sheets[0];
    if (!sheet) throw new XlApiError("ItemNotFound", "The workbook has no worksheets.");
    return sheet;
  }

  allTables(): MemoryTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  findTable(nameOrId: string): MemoryTable | undefined {
    const lower = nameOrId.toLowerCase();
    return this.allTables().find((t) => t.id === nameOrId || t.name.toLowerCase() === lower);
  }

  tableProblem(name: string, except?: MemoryTable): string | undefined {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255) {
      return `"${name}" is not a valid table name: start with a letter or underscore and use only letters, digits, "_" and ".".`;
    }
    if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C\d*$/i.test(name) || /^[RC]$/i.test(name)) {
      return `"${name}" looks like a cell reference and cannot name a table.`;
    }
    const clash = this.findTable(name);
    if (clash && clash !== except) return `A table named "${name}" already exists.`;
    return undefined;
  }

  renameTable(table: MemoryTable, name: string): void {
    if (table.name === name) return;
    const problem = this.tableProblem(name, table);
    if (problem) throw new XlApiError(this.findTable(name) ? "ItemAlreadyExists" : "InvalidArgument", problem, "Table.name");
    table.name = name;
  }

  /**
   * Excel's `tables.add(address, true)`: the first row holds the headers (made unique,
   * blanks named ColumnN) and a header-only range gains one empty data row.
   */
  addTable(sheet: MemorySheet, rect: Rect): MemoryTable {
    sheet.assertEditable("table");
    if (rect.rowCount === MAX_ROWS || rect.columnCount === MAX_COLUMNS) {
      throw new XlApiError("InvalidArgument", "A table cannot span whole rows or columns.", "TableCollection.add");
    }
    let tableRect = rect;
    if (rect.rowCount === 1) {
      if (rect.row + 1 >= MAX_ROWS) throw new XlApiError("InvalidArgument", "No room for the table's data row.", "TableCollection.add");
      tableRect = { ...rect, rowCount: 2 };
    }
    for (const other of sheet.tables) {
      if (rectsIntersect(other.rect, tableRect)) {
        throw new XlApiError("InvalidOperation", `A table can't overlap another table ("${other.name}").`, "TableCollection.add");
      }
    }
    for (const m of sheet.merges) {
      if (rectsIntersect(m, tableRect)) {
        throw new XlApiError("MergedRangeConflict", "A table cannot contain merged cells.", "TableCollection.add");
      }
    }
    let n = 1;
    while (this.findTable(`Table${n}`)) n++;
    const table = new MemoryTable(this.newId("TABLE"), `Table${n}`, sheet.id, tableRect, []);
    table.columns = Array.from({ length: tableRect.columnCount }, (_, i) => ({ id: i + 1, name: "" }));
    sheet.tables.push(table);
    this.refreshTableHeaders(sheet, table);
    return table;
  }

  /** Re-derives column names from header cells, writing Excel's fixes (text, ColumnN, Name2) back. */
  refreshTableHeaders(sheet: MemorySheet, table: MemoryTable): void {
    if (!table.showHeaders) return;
    const used = new Set<string>();
    table.columns.forEach((col, i) => {
      const row = table.rect.row;
      const column = table.rect.column + i;
      const cell = sheet.cell(row, column);
      let name = cell === undefined || cell.value === "" ? `Column${i + 1}` : String(cell.value);
      if (typeof cell?.value === "boolean") name = cell.value ? "TRUE" : "FALSE";
      const base = name;
      let k = 2;
      while (used.has(name.toLowerCase())) name = `${base}${k++}`;
      used.add(name.toLowerCase());
      col.name = name;
      if (cell?.value !== name || cell.formula !== undefined) sheet.setRawValue(row, column, name);
    });
  }

  /** After cells in `rect` changed: header cells inside a table rename its columns. */
  cellsChanged(sheet: MemorySheet, rect: Rect): void {
    for (const table of sheet.tables) {
      if (table.showHeaders && rectIntersection(table.headerRect(), rect)) this.refreshTableHeaders(sheet, table);
    }
  }

  /**
   * Excel's Table.resize: the header row stays where it is, the new range overlaps the old one,
   * and it may not run into another table or merged cells. Cells keep their values; columns
   * added on the right get names from their header cells. Filtered tables are refused like any
   * write into them (FilteredRangeConflict), since rows hidden by the filter would be misplaced.
   */
  resizeTable(table: MemoryTable, rect: Rect): void {
    const sheet = this.sheetById(table.sheetId);
    if (!sheet) throw new XlApiError("ItemNotFound", `The table "${table.name}" has been deleted.`, "Table.resize");
    sheet.assertEditable("table");
    if (table.filtered) throw new XlApiError("FilteredRangeConflict", `The filtered table "${table.name}" cannot be resized.`, "Table.resize");
    if (rect.row !== table.rect.row || !rectsIntersect(rect, table.rect)) {
      throw new XlApiError("InvalidArgument", "The new range must overlap the table and keep its header row in the same row.", "Table.resize");
    }
    const minimumRows = 2 + (table.showTotals ? 1 : 0);
    if (rect.rowCount < minimumRows || rect.rowCount === MAX_ROWS || rect.columnCount === MAX_COLUMNS) {
      throw new XlApiError("InvalidArgument", "The new range cannot hold the table.", "Table.resize");
    }
    for (const other of sheet.tables) {
      if (other !== table && rectsIntersect(other.rect, rect)) {
        throw new XlApiError("InvalidOperation", `A table can't overlap another table ("${other.name}").`, "Table.resize");
      }
    }
    if (sheet.merges.some((m) => rectsIntersect(m, rect))) {
      throw new XlApiError("MergedRangeConflict", "A table cannot contain merged cells.", "Table.resize");
    }
    const columns = Array.from({ length: rect.columnCount }, (_, i) => table.columns[i] ?? { id: Math.max(0, ...table.columns.map((c) => c.id)) + 1 + i, name: "" });
    table.rect = rect;
    table.columns = columns;
    this.refreshTableHeaders(sheet, table);
  }

  /** Excel's Table.delete(): the table and its cells' contents and formats go. */
  deleteTable(table: MemoryTable): void {
    const sheet = this.sheetById(table.sheetId);
    if (!sheet) return;
    sheet.assertEditable("table");
    sheet.forEachCellIn(table.rect, (row, column) => sheet.clearCell(row, column, { contents: true, formats: true, hyperlinks: true }));
    sheet.tables.splice(sheet.tables.indexOf(table), 1);
  }

  nextChartName(): string {
    const names = new Set(this.sheets.flatMap((s) => s.charts.map((c) => c.name)));
    let n = 1;
    while (names.has(`Chart ${n}`)) n++;
    return `Chart ${n}`;
  }
}
