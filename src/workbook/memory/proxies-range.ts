/**
 * Range and RangeAreas proxies of the in-memory Excel.
 */

import {
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  isValidRect,
  parseAddress,
  qualifiedAddress,
  rectCellCount,
  rectsIntersect,
} from "../address";
import type {
  XlCellValue,
  XlClearApplyTo,
  XlRangeCopyType,
  XlConditionalFormatCollection,
  XlDataValidation,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlRangeHyperlink,
  XlRangeValueType,
  XlWorksheet,
} from "../office/excel-api";
import { type BatchRun, type Engine, ProxyBase, type Resolver, dimensionMismatch } from "./engine";
import { XlApiError } from "./errors";
import type { CellValue, MemorySheet } from "./model";
import { formatCellText } from "./number-format";
import { MemConditionalFormatCollection, MemDataValidation, MemRangeFormat } from "./proxies-format";
import { MemWorksheet } from "./proxies-sheet";

export interface RangeBinding {
  sheet: MemorySheet;
  rect: Rect;
}

/** Largest rectangle the model will format cell by cell in one operation. */
export const MAX_FORMATTED_CELLS = 2_000_000;

export function assertSheetAlive(run: BatchRun, sheet: MemorySheet): void {
  if (!run.workbook.sheets.includes(sheet)) {
    throw new XlApiError("ItemNotFound", `The worksheet "${sheet.name}" has been deleted.`, "Worksheet");
  }
}

export function checkedRect(rect: Rect, where: string): Rect {
  if (!isValidRect(rect)) {
    throw new XlApiError("InvalidArgument", `The range (row ${rect.row}, column ${rect.column}, ${rect.rowCount}x${rect.columnCount}) is outside the worksheet.`, where);
  }
  return rect;
}

function isMatrix(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

export class MemRange extends ProxyBase<RangeBinding> implements XlRange {
  private formatProxy: MemRangeFormat | undefined;
  private validationProxy: MemDataValidation | undefined;
  private cfProxy: MemConditionalFormatCollection | undefined;
  private sheetProxy: MemWorksheet | undefined;

  constructor(engine: Engine, resolver: Resolver<RangeBinding>, creation?: { label: string; args: readonly unknown[] }) {
    super(engine, "Range", resolver, creation);
  }

  protected override assertAlive(value: RangeBinding, run: BatchRun): void {
    assertSheetAlive(run, value.sheet);
  }

  protected scalarNames(): readonly string[] {
    return ["address", "rowCount", "columnCount", "rowIndex", "columnIndex", "cellCount", "values", "formulas", "numberFormat", "text", "valueTypes", "hyperlink"];
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    if (name === "format") return this.format as MemRangeFormat;
    if (name === "dataValidation") return this.dataValidation as MemDataValidation;
    if (name === "conditionalFormats") return this.conditionalFormats as MemConditionalFormatCollection;
    if (name === "worksheet") return this.worksheet as MemWorksheet;
    return undefined;
  }

  protected readScalar(name: string, { sheet, rect }: RangeBinding, run: BatchRun): unknown {
    switch (name) {
      case "address":
        return qualifiedAddress(sheet.name, rect);
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "cellCount":
        return rectCellCount(rect);
      case "hyperlink": {
        // The displayed text is the cell's value, as in Excel.
        const cell = sheet.cell(rect.row, rect.column);
        return cell?.hyperlink ? { ...cell.hyperlink, textToDisplay: String(cell.value) } : {};
      }
      default:
        break;
    }
    // Every matrix costs at least `"",` per cell: refuse whole columns before building them.
    run.assertResponseRoom(rectCellCount(rect) * 3);
    const matrix = <T>(cellFn: (row: number, column: number) => T): T[][] => {
      const out: T[][] = [];
      for (let r = 0; r < rect.rowCount; r++) {
        const row: T[] = new Array<T>(rect.columnCount);
        for (let c = 0; c < rect.columnCount; c++) row[c] = cellFn(rect.row + r, rect.column + c);
        out.push(row);
      }
      return out;
    };
    switch (name) {
      case "values":
        return matrix<CellValue>((r, c) => sheet.cell(r, c)?.value ?? "");
      case "formulas":
        return matrix<CellValue>((r, c) => {
          const cell = sheet.cell(r, c);
          return cell?.formula ?? cell?.value ?? "";
        });
      case "numberFormat":
        return matrix<string>((r, c) => sheet.numberFormatAt(r, c));
      case "text":
        return matrix<string>((r, c) => {
          const cell = sheet.cell(r, c);
          return cell === undefined || cell.value === "" ? "" : formatCellText(cell.value, cell.numberFormat ?? "General");
        });
      case "valueTypes":
        return matrix<XlRangeValueType>((r, c) => {
          const v = sheet.cell(r, c)?.value ?? "";
          if (v === "") return "Empty";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return "String";
        });
      default:
        throw new XlApiError("InvalidArgument", `Range has no property '${name}'.`, "Range.load");
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get values(): XlCellValue[][] {
    return this.read("values");
  }
  set values(values: XlCellValue[][]) {
    this.queueSet("values", values, (binding, run) => this.writeInputs(binding, run, values, "values"));
  }
  get formulas(): XlCellValue[][] {
    return this.read("formulas");
  }
  set formulas(formulas: XlCellValue[][]) {
    this.queueSet("formulas", formulas, (binding, run) => this.writeInputs(binding, run, formulas, "formulas"));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.queueSet("numberFormat", formats, ({ sheet, rect }) => {
      this.checkMatrix(rect, formats, "numberFormat");
      sheet.assertEditable();
      formats.forEach((row, r) =>
        row.forEach((format, c) => {
          if (typeof format !== "string") throw new XlApiError("InvalidArgument", `Number formats are strings, not ${typeof format}.`, "Range.numberFormat");
          sheet.setNumberFormat(rect.row + r, rect.column + c, format);
        }),
      );
    });
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): XlRangeValueType[][] {
    return this.read("valueTypes");
  }
  get hyperlink(): XlRangeHyperlink {
    return this.read("hyperlink");
  }
  set hyperlink(link: XlRangeHyperlink) {
    this.queueSet("hyperlink", link, ({ sheet, rect }, run) => {
      sheet.assertEditable();
      const empty = !link || (link.address === undefined && link.documentReference === undefined);
      const stored = empty
        ? undefined
        : {
            ...(link.address !== undefined ? { address: link.address } : {}),
            ...(link.documentReference !== undefined ? { documentReference: link.documentReference } : {}),
            ...(link.screenTip !== undefined ? { screenTip: link.screenTip } : {}),
          };
      for (let r = 0; r < rect.rowCount; r++) {
        for (let c = 0; c < rect.columnCount; c++) sheet.setHyperlink(rect.row + r, rect.column + c, stored);
      }
      if (!empty && link.textToDisplay !== undefined) {
        // Excel shows textToDisplay in the top-left cell: it becomes that cell's value.
        sheet.setRawValue(rect.row, rect.column, link.textToDisplay);
        run.recordChange(sheet, { ...rect, rowCount: 1, columnCount: 1 });
      }
    });
  }

  get format(): XlRangeFormat {
    this.formatProxy ??= new MemRangeFormat(this.engine, (run) => this.resolve(run));
    return this.formatProxy;
  }
  get dataValidation(): XlDataValidation {
    this.validationProxy ??= new MemDataValidation(this.engine, (run) => this.resolve(run));
    return this.validationProxy;
  }
  get conditionalFormats(): XlConditionalFormatCollection {
    this.cfProxy ??= new MemConditionalFormatCollection(this.engine, (run) => {
      const b = this.resolve(run);
      return b === null ? null : { sheet: b.sheet, rects: [b.rect] };
    });
    return this.cfProxy;
  }
  get worksheet(): XlWorksheet {
    this.sheetProxy ??= new MemWorksheet(this.engine, (run) => {
      const b = this.resolve(run);
      return b === null ? null : b.sheet;
    });
    return this.sheetProxy;
  }

  private checkMatrix(rect: Rect, data: unknown, property: string): asserts data is unknown[][] {
    if (!isMatrix(data)) throw new XlApiError("InvalidArgument", `Range.${property} must be a two-dimensional array.`, `Range.${property}`);
    const columns = data[0]?.length ?? 0;
    if (data.length !== rect.rowCount || data.some((row) => row.length !== rect.columnCount)) {
      throw dimensionMismatch(rect, data.length, columns, property);
    }
  }

  private writeInputs({ sheet, rect }: RangeBinding, run: BatchRun, data: XlCellValue[][], property: string): void {
    this.checkMatrix(rect, data, property);
    sheet.assertEditable();
    for (const table of sheet.tables) {
      if (table.filtered && rectsIntersect(table.dataBodyRect(), rect)) {
        throw new XlApiError(
          "FilteredRangeConflict",
          `The table "${table.name}" is filtered: rows hidden by the filter would receive values meant for visible rows. Clear the filter first.`,
          `Range.${property}`,
        );
      }
    }
    const options = run.workbook.inputOptions;
    data.forEach((row, r) =>
      row.forEach((value, c) => {
        sheet.typeValue(rect.row + r, rect.column + c, value as CellValue | null, options);
      }),
    );
    run.recordChange(sheet, rect);
    run.workbook.cellsChanged(sheet, rect);
  }

  private derived(label: string, args: readonly unknown[], make: (b: RangeBinding) => Rect): MemRange {
    return new MemRange(
      this.engine,
      (run) => {
        const b = this.target(run);
        return { sheet: b.sheet, rect: checkedRect(make(b), `Range.${label}`) };
      },
      { label: `Range.${label}`, args },
    );
  }

  getCell(row: number, column: number): XlRange {
    return this.derived("getCell", [row, column], ({ rect }) => ({ row: rect.row + row, column: rect.column + column, rowCount: 1, columnCount: 1 }));
  }
  getEntireColumn(): XlRange {
    return this.derived("getEntireColumn", [], ({ rect }) => ({ row: 0, column: rect.column, rowCount: MAX_ROWS, columnCount: rect.columnCount }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): XlRange {
    return this.derived("getOffsetRange", [rowOffset, columnOffset], ({ rect }) => ({ ...rect, row: rect.row + rowOffset, column: rect.column + columnOffset }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange {
    return this.derived("getResizedRange", [deltaRows, deltaColumns], ({ rect }) => ({
      ...rect,
      rowCount: rect.rowCount + deltaRows,
      columnCount: rect.columnCount + deltaColumns,
    }));
  }
  getMergedAreasOrNullObject(): XlRangeAreas {
    return new MemRangeAreas(
      this.engine,
      (run) => {
        const b = this.resolve(run);
        if (b === null) return null;
        const rects = b.sheet.merges.filter((m) => rectsIntersect(m, b.rect));
        return rects.length === 0 ? null : { sheet: b.sheet, rects };
      },
      { label: "Range.getMergedAreasOrNullObject", args: [] },
    );
  }

  clear(applyTo: XlClearApplyTo = "All"): void {
    this.queueCall("clear", [applyTo], ({ sheet, rect }, run) => {
      sheet.assertEditable();
      const what = {
        contents: applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents",
        formats: applyTo === "All" || applyTo === "Formats" || applyTo === "RemoveHyperlinks",
        hyperlinks: applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks",
      };
      sheet.forEachCellIn(rect, (row, column) => sheet.clearCell(row, column, what));
      if (applyTo === "All" || applyTo === "Formats") sheet.clearConditionalFormats(rect);
      if (what.contents) {
        run.recordChange(sheet, rect);
        run.workbook.cellsChanged(sheet, rect);
      }
    });
  }

  copyFrom(sourceRange: string, copyType: XlRangeCopyType = "All", skipBlanks = false, transpose = false): void {
    this.queueCall("copyFrom", [sourceRange, copyType, skipBlanks, transpose], ({ sheet, rect }, run) => {
      if (skipBlanks || transpose) throw new XlApiError("NotImplemented", "The in-memory Excel copies without skipBlanks or transpose.", "Range.copyFrom");
      if (!["All", "Formulas", "Values", "Formats"].includes(copyType)) throw new XlApiError("InvalidArgument", `"${String(copyType)}" is not a copy type.`, "Range.copyFrom");
      const parsed = typeof sourceRange === "string" ? parseAddress(sourceRange) : undefined;
      if (!parsed) throw new XlApiError("InvalidArgument", `${JSON.stringify(sourceRange)} is not an address to copy from.`, "Range.copyFrom");
      const from = parsed.sheet === undefined ? sheet : run.workbook.getSheet(parsed.sheet);
      if (!from) throw new XlApiError("ItemNotFound", `There is no sheet named "${parsed.sheet ?? ""}" to copy from.`, "Range.copyFrom");
      const source: RangeBinding = { sheet: from, rect: checkedRect(parsed.rect, "Range.copyFrom") };
      const single = rect.rowCount === 1 && rect.columnCount === 1;
      const target = single ? checkedRect({ ...rect, rowCount: source.rect.rowCount, columnCount: source.rect.columnCount }, "Range.copyFrom") : rect;
      if (target.rowCount !== source.rect.rowCount || target.columnCount !== source.rect.columnCount) {
        throw new XlApiError("InvalidArgument", "The destination range is not the size of the source range.", "Range.copyFrom");
      }
      if (rectCellCount(target) > MAX_FORMATTED_CELLS) throw new XlApiError("InvalidArgument", "The in-memory Excel copies at most 2,000,000 cells at once.", "Range.copyFrom");
      for (const table of sheet.tables) {
        if (table.filtered && rectsIntersect(table.dataBodyRect(), target)) {
          throw new XlApiError("FilteredRangeConflict", `The table "${table.name}" is filtered: hidden rows would receive copied cells. Clear the filter first.`, "Range.copyFrom");
        }
      }
      sheet.copyCellsFrom(source.sheet, source.rect, target, copyType);
      run.recordChange(sheet, target);
      run.workbook.cellsChanged(sheet, target);
    });
  }

  merge(across = false): void {
    this.queueCall("merge", [across], ({ sheet, rect }) => sheet.merge(rect, across));
  }

  unmerge(): void {
    this.queueCall("unmerge", [], ({ sheet, rect }) => sheet.unmerge(rect));
  }

  select(): void {
    this.queueCall("select", [], ({ sheet, rect }, run) => {
      if (sheet.visibility !== "Visible") throw new XlApiError("InvalidOperation", `The sheet "${sheet.name}" is hidden and cannot be selected.`, "Range.select");
      run.workbook.activeSheetId = sheet.id;
      run.workbook.selection = { sheetId: sheet.id, rect };
    });
  }
}

export interface RangeAreasBinding {
  sheet: MemorySheet;
  rects: Rect[];
}

export class MemRangeAreas extends ProxyBase<RangeAreasBinding> implements XlRangeAreas {
  private cfProxy: MemConditionalFormatCollection | undefined;

  constructor(engine: Engine, resolver: Resolver<RangeAreasBinding>, creation?: { label: string; args: readonly unknown[] }) {
    super(engine, "RangeAreas", resolver, creation);
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "conditionalFormats" ? (this.conditionalFormats as MemConditionalFormatCollection) : undefined;
  }

  /** One format added here covers every area (ExcelApi 1.9). */
  get conditionalFormats(): XlConditionalFormatCollection {
    this.cfProxy ??= new MemConditionalFormatCollection(this.engine, (run) => this.resolve(run));
    return this.cfProxy;
  }

  protected override assertAlive(value: RangeAreasBinding, run: BatchRun): void {
    assertSheetAlive(run, value.sheet);
  }

  protected scalarNames(): readonly string[] {
    return ["address", "areaCount"];
  }

  protected readScalar(name: string, { sheet, rects }: RangeAreasBinding): unknown {
    if (name === "address") return rects.map((r) => qualifiedAddress(sheet.name, r)).join(",");
    return rects.length;
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}

/** The rectangle a `Range | string` argument designates on `sheet` (strings may name the sheet). */
export function rangeArgument(run: BatchRun, arg: XlRange | XlRangeAreas | string, sheet: MemorySheet, where: string, parse: (text: string) => { sheet?: string; rect: Rect } | undefined): { sheet: MemorySheet; rects: Rect[] } {
  if (typeof arg === "string") {
    const rects: Rect[] = [];
    let target = sheet;
    for (const part of arg.split(",")) {
      const parsed = parse(part);
      if (!parsed) throw new XlApiError("InvalidArgument", `"${arg}" is not a valid address.`, where);
      if (parsed.sheet !== undefined) {
        const named = run.workbook.getSheet(parsed.sheet);
        if (!named) throw new XlApiError("ItemNotFound", `There is no sheet named "${parsed.sheet}".`, where);
        target = named;
      }
      rects.push(parsed.rect);
    }
    return { sheet: target, rects };
  }
  if (arg instanceof MemRange) {
    const b = arg.target(run);
    return { sheet: b.sheet, rects: [b.rect] };
  }
  if (arg instanceof MemRangeAreas) {
    const b = arg.target(run);
    return { sheet: b.sheet, rects: b.rects };
  }
  throw new XlApiError("InvalidArgument", "Expected a range from this request context or an address.", where);
}

/** Whole-sheet rectangle, for getRange() without an address. */
export const WHOLE_SHEET: Rect = { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
