/**
 * Workbook, worksheet collection and worksheet proxies of the in-memory Excel, with the
 * worksheet's freeze panes, protection, page layout, auto filter and change events.
 */

import { MAX_COLUMNS, type Rect, parseAddress } from "../address";
import type {
  XlAutoFilter,
  XlChartCollection,
  XlEventHandlerResult,
  XlEventHandlers,
  XlPageBreak,
  XlPageBreakCollection,
  XlPageLayout,
  XlPageLayoutZoomOptions,
  XlPageOrientation,
  XlRange,
  XlRangeAreas,
  XlSheetVisibility,
  XlTableCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetChangedEventArgs,
  XlWorksheetCollection,
  XlWorksheetFreezePanes,
  XlWorksheetProtection,
} from "../office/excel-api";
import { type BatchRun, type Engine, ProxyBase, type Resolver } from "./engine";
import { XlApiError } from "./errors";
import type { MemorySheet, MemoryWorkbook } from "./model";
import { checkOrientation, checkZoom } from "./page-setup";
import { MemChartCollection } from "./proxies-chart";
import { MemRange, MemRangeAreas, WHOLE_SHEET, assertSheetAlive, checkedRect, rangeArgument } from "./proxies-range";
import { MemTableCollection } from "./proxies-table";

type Creation = { label: string; args: readonly unknown[] };

export class MemWorkbookProxy extends ProxyBase<MemoryWorkbook> implements XlWorkbook {
  private sheetsProxy: MemWorksheetCollection | undefined;
  private tablesProxy: MemTableCollection | undefined;

  constructor(engine: Engine) {
    super(engine, "Workbook", (run) => run.workbook);
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    if (name === "worksheets") return this.worksheets as MemWorksheetCollection;
    if (name === "tables") return this.tables as MemTableCollection;
    return undefined;
  }
  get worksheets(): XlWorksheetCollection {
    this.sheetsProxy ??= new MemWorksheetCollection(this.engine);
    return this.sheetsProxy;
  }
  get tables(): XlTableCollection {
    this.tablesProxy ??= new MemTableCollection(this.engine, (run) => ({ workbook: run.workbook, sheet: undefined }));
    return this.tablesProxy;
  }
  getSelectedRange(): XlRange {
    return new MemRange(
      this.engine,
      (run) => {
        const wb = run.workbook;
        const selected = wb.selection ? wb.sheetById(wb.selection.sheetId) : undefined;
        if (selected && wb.selection) return { sheet: selected, rect: wb.selection.rect };
        return { sheet: wb.activeSheet(), rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
      },
      { label: "Workbook.getSelectedRange", args: [] },
    );
  }
}

export class MemWorksheetCollection extends ProxyBase<MemoryWorkbook> implements XlWorksheetCollection {
  constructor(engine: Engine) {
    super(engine, "WorksheetCollection", (run) => run.workbook);
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override loadItems(run: BatchRun, paths: string[]): boolean {
    const items = run.workbook.sheets.map((sheet) => {
      const proxy = new MemWorksheet(this.engine, () => sheet);
      proxy.runLoad(run, paths);
      return proxy;
    });
    this.loadedOnCommit(run, "items", items);
    return true;
  }
  get items(): XlWorksheet[] {
    return this.read("items");
  }
  add(name?: string): XlWorksheet {
    return new MemWorksheet(this.engine, (run) => run.workbook.addSheet(name), { label: "WorksheetCollection.add", args: [name] });
  }
  getActiveWorksheet(): XlWorksheet {
    return new MemWorksheet(this.engine, (run) => run.workbook.activeSheet(), { label: "WorksheetCollection.getActiveWorksheet", args: [] });
  }
  getItem(key: string): XlWorksheet {
    return new MemWorksheet(
      this.engine,
      (run) => {
        const sheet = run.workbook.getSheet(key);
        if (!sheet) throw new XlApiError("ItemNotFound", `The requested resource doesn't exist: there is no worksheet named "${key}".`, "WorksheetCollection.getItem");
        return sheet;
      },
      { label: "WorksheetCollection.getItem", args: [key] },
    );
  }
  getItemOrNullObject(key: string): XlWorksheet {
    return new MemWorksheet(this.engine, (run) => run.workbook.getSheet(key) ?? null, { label: "WorksheetCollection.getItemOrNullObject", args: [key] });
  }
}

const VISIBILITIES: readonly XlSheetVisibility[] = ["Visible", "Hidden", "VeryHidden"];

export class MemWorksheet extends ProxyBase<MemorySheet> implements XlWorksheet {
  private tablesProxy: MemTableCollection | undefined;
  private chartsProxy: MemChartCollection | undefined;
  private freezeProxy: MemFreezePanes | undefined;
  private protectionProxy: MemProtection | undefined;
  private pageLayoutProxy: MemPageLayout | undefined;
  private pageBreaksProxy: MemPageBreakCollection | undefined;
  private autoFilterProxy: MemSheetAutoFilter | undefined;
  readonly onChanged: XlEventHandlers<XlWorksheetChangedEventArgs>;

  constructor(engine: Engine, resolver: Resolver<MemorySheet>, creation?: Creation) {
    super(engine, "Worksheet", resolver, creation);
    this.onChanged = new MemChangedEvents(this);
  }

  protected override assertAlive(sheet: MemorySheet, run: BatchRun): void {
    assertSheetAlive(run, sheet);
  }
  protected scalarNames(): readonly string[] {
    return ["id", "name", "position", "visibility"];
  }
  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    switch (name) {
      case "tables":
        return this.tables as MemTableCollection;
      case "charts":
        return this.charts as MemChartCollection;
      case "protection":
        return this.protection as MemProtection;
      case "autoFilter":
        return this.autoFilter as MemSheetAutoFilter;
      default:
        return undefined;
    }
  }
  protected readScalar(name: string, sheet: MemorySheet, run: BatchRun): unknown {
    if (name === "id") return sheet.id;
    if (name === "name") return sheet.name;
    if (name === "position") return run.workbook.sheets.indexOf(sheet);
    return sheet.visibility;
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queueSet("name", name, (sheet, run) => run.workbook.renameSheet(sheet, name));
  }
  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.queueSet("position", position, (sheet, run) => run.workbook.moveSheet(sheet, position));
  }
  get visibility(): XlSheetVisibility {
    return this.read("visibility");
  }
  set visibility(visibility: XlSheetVisibility) {
    this.queueSet("visibility", visibility, (sheet, run) => {
      if (!VISIBILITIES.includes(visibility)) throw new XlApiError("InvalidArgument", `"${String(visibility)}" is not a sheet visibility.`, "Worksheet.visibility");
      run.workbook.setVisibility(sheet, visibility);
    });
  }

  get tables(): XlTableCollection {
    this.tablesProxy ??= new MemTableCollection(this.engine, (run) => {
      const sheet = this.resolve(run);
      return sheet === null ? null : { workbook: run.workbook, sheet };
    });
    return this.tablesProxy;
  }
  get charts(): XlChartCollection {
    this.chartsProxy ??= new MemChartCollection(this.engine, (run) => this.resolve(run));
    return this.chartsProxy;
  }
  get freezePanes(): XlWorksheetFreezePanes {
    this.freezeProxy ??= new MemFreezePanes(this.engine, (run) => this.resolve(run));
    return this.freezeProxy;
  }
  get protection(): XlWorksheetProtection {
    this.protectionProxy ??= new MemProtection(this.engine, (run) => this.resolve(run));
    return this.protectionProxy;
  }
  get pageLayout(): XlPageLayout {
    this.pageLayoutProxy ??= new MemPageLayout(this.engine, (run) => this.resolve(run));
    return this.pageLayoutProxy;
  }
  get horizontalPageBreaks(): XlPageBreakCollection {
    this.pageBreaksProxy ??= new MemPageBreakCollection(this.engine, (run) => this.resolve(run));
    return this.pageBreaksProxy;
  }
  get autoFilter(): XlAutoFilter {
    this.autoFilterProxy ??= new MemSheetAutoFilter(this.engine, (run) => this.resolve(run));
    return this.autoFilterProxy;
  }

  /** Used by the change-event store to queue registrations on this sheet. */
  queueSheetOperation(label: string, apply: (sheet: MemorySheet, run: BatchRun) => void): void {
    this.queueCall(label, [], apply);
  }

  activate(): void {
    this.queueCall("activate", [], (sheet, run) => {
      if (sheet.visibility !== "Visible") throw new XlApiError("InvalidOperation", `The sheet "${sheet.name}" is hidden and cannot be activated.`, "Worksheet.activate");
      run.workbook.activeSheetId = sheet.id;
      run.workbook.selection = { sheetId: sheet.id, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }
  delete(): void {
    this.queueCall("delete", [], (sheet, run) => run.workbook.removeSheet(sheet));
  }

  private range(label: string, args: readonly unknown[], rect: (sheet: MemorySheet) => Rect): MemRange {
    return new MemRange(
      this.engine,
      (run) => {
        const sheet = this.target(run);
        return { sheet, rect: checkedRect(rect(sheet), `Worksheet.${label}`) };
      },
      { label: `Worksheet.${label}`, args },
    );
  }

  getRange(address?: string): XlRange {
    return this.range("getRange", [address], (sheet) => {
      if (address === undefined || address === "") return WHOLE_SHEET;
      const parsed = parseAddress(address);
      if (!parsed) throw new XlApiError("InvalidArgument", `"${address}" is not a valid range address.`, "Worksheet.getRange");
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new XlApiError("InvalidArgument", `"${address}" refers to another sheet than "${sheet.name}".`, "Worksheet.getRange");
      }
      return parsed.rect;
    });
  }
  /** Several areas of this sheet, "A1:B3,D5" (ExcelApi 1.9): for one format over all of them. */
  getRanges(address?: string): XlRangeAreas {
    return new MemRangeAreas(
      this.engine,
      (run) => {
        const sheet = this.target(run);
        const { sheet: target, rects } = rangeArgument(run, address ?? "", sheet, "Worksheet.getRanges", parseAddress);
        if (target !== sheet) throw new XlApiError("InvalidArgument", `"${address ?? ""}" refers to another sheet than "${sheet.name}".`, "Worksheet.getRanges");
        return { sheet, rects: rects.map((r) => checkedRect(r, "Worksheet.getRanges")) };
      },
      { label: "Worksheet.getRanges", args: [address] },
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange {
    return this.range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => ({ row: startRow, column: startColumn, rowCount, columnCount }));
  }
  getCell(row: number, column: number): XlRange {
    return this.range("getCell", [row, column], () => ({ row, column, rowCount: 1, columnCount: 1 }));
  }
  getUsedRange(valuesOnly = false): XlRange {
    // Excel answers A1 for a blank sheet.
    return this.range("getUsedRange", [valuesOnly], (sheet) => sheet.usedRect(valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 });
  }
  getUsedRangeOrNullObject(valuesOnly = false): XlRange {
    return new MemRange(
      this.engine,
      (run) => {
        const sheet = this.resolve(run);
        if (sheet === null) return null;
        assertSheetAlive(run, sheet);
        const rect = sheet.usedRect(valuesOnly);
        return rect === undefined ? null : { sheet, rect };
      },
      { label: "Worksheet.getUsedRangeOrNullObject", args: [valuesOnly] },
    );
  }
}

class MemChangedEvents implements XlEventHandlers<XlWorksheetChangedEventArgs> {
  constructor(private readonly sheet: MemWorksheet) {}

  add(handler: (args: XlWorksheetChangedEventArgs) => Promise<unknown>): XlEventHandlerResult {
    this.sheet.queueSheetOperation("onChanged.add", (sheet, run) => run.workbook.events.add(sheet.id, handler));
    return { remove: () => this.remove(handler) };
  }

  remove(handler: (args: XlWorksheetChangedEventArgs) => Promise<unknown>): void {
    this.sheet.queueSheetOperation("onChanged.remove", (sheet, run) => run.workbook.events.remove(sheet.id, handler));
  }
}

abstract class SheetPart extends ProxyBase<MemorySheet> {
  protected override assertAlive(sheet: MemorySheet, run: BatchRun): void {
    assertSheetAlive(run, sheet);
  }
}

/** A part of a sheet that is only acted on: it has no property to load. */
abstract class SheetActions extends SheetPart {
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
}

export class MemFreezePanes extends SheetActions implements XlWorksheetFreezePanes {
  constructor(engine: Engine, resolver: Resolver<MemorySheet>) {
    super(engine, "WorksheetFreezePanes", resolver);
  }
  freezeRows(count = 1): void {
    this.queueCall("freezeRows", [count], (sheet) => this.freeze(sheet, count, 0));
  }
  freezeColumns(count = 1): void {
    this.queueCall("freezeColumns", [count], (sheet) => this.freeze(sheet, 0, count));
  }
  freezeAt(frozenRange: XlRange | string): void {
    this.queueCall("freezeAt", [frozenRange], (sheet, run) => {
      const { rects } = rangeArgument(run, frozenRange, sheet, "WorksheetFreezePanes.freezeAt", parseAddress);
      const rect = rects[0];
      if (!rect || rects.length !== 1) throw new XlApiError("InvalidArgument", "freezeAt needs one rectangle.", "WorksheetFreezePanes.freezeAt");
      this.freeze(sheet, rect.row + rect.rowCount, rect.column + rect.columnCount);
    });
  }
  unfreeze(): void {
    this.queueCall("unfreeze", [], (sheet) => this.freeze(sheet, 0, 0));
  }
  getLocationOrNullObject(): XlRange {
    return new MemRange(
      this.engine,
      (run) => {
        const sheet = this.resolve(run);
        if (sheet === null || (sheet.frozenRows === 0 && sheet.frozenColumns === 0)) return null;
        // Excel reports whole rows/columns when only one direction is frozen.
        const rect: Rect =
          sheet.frozenColumns === 0
            ? { ...WHOLE_SHEET, rowCount: sheet.frozenRows }
            : sheet.frozenRows === 0
              ? { ...WHOLE_SHEET, columnCount: sheet.frozenColumns }
              : { row: 0, column: 0, rowCount: sheet.frozenRows, columnCount: sheet.frozenColumns };
        return { sheet, rect };
      },
      { label: "WorksheetFreezePanes.getLocationOrNullObject", args: [] },
    );
  }
  private freeze(sheet: MemorySheet, rows: number, columns: number): void {
    if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0) {
      throw new XlApiError("InvalidArgument", "Freeze counts must be whole numbers of at least 0.", "WorksheetFreezePanes");
    }
    sheet.frozenRows = rows;
    sheet.frozenColumns = columns;
  }
}

export class MemProtection extends SheetPart implements XlWorksheetProtection {
  constructor(engine: Engine, resolver: Resolver<MemorySheet>) {
    super(engine, "WorksheetProtection", resolver);
  }
  protected scalarNames(): readonly string[] {
    return ["protected"];
  }
  protected readScalar(_name: string, sheet: MemorySheet): unknown {
    return sheet.protected;
  }
  get protected(): boolean {
    return this.read("protected");
  }
  protect(): void {
    this.queueCall("protect", [], (sheet) => {
      sheet.protected = true;
    });
  }
  unprotect(): void {
    this.queueCall("unprotect", [], (sheet) => {
      sheet.protected = false;
    });
  }
}

export class MemPageLayout extends SheetPart implements XlPageLayout {
  constructor(engine: Engine, resolver: Resolver<MemorySheet>) {
    super(engine, "PageLayout", resolver);
  }
  protected scalarNames(): readonly string[] {
    return ["orientation", "zoom"];
  }
  protected readScalar(name: string, sheet: MemorySheet): unknown {
    return name === "orientation" ? sheet.pageSetup.orientation : { ...sheet.pageSetup.zoom };
  }
  get orientation(): XlPageOrientation {
    return this.read("orientation");
  }
  set orientation(value: XlPageOrientation) {
    this.queueSet("orientation", value, (sheet) => {
      sheet.assertEditable("page setup");
      sheet.pageSetup = { ...sheet.pageSetup, orientation: checkOrientation(value) };
    });
  }
  get zoom(): XlPageLayoutZoomOptions {
    return this.read("zoom");
  }
  set zoom(value: XlPageLayoutZoomOptions) {
    this.queueSet("zoom", value, (sheet) => {
      sheet.assertEditable("page setup");
      sheet.pageSetup = { ...sheet.pageSetup, zoom: checkZoom(value) };
    });
  }
  setPrintArea(printArea: XlRange | XlRangeAreas | string): void {
    this.queueCall("setPrintArea", [printArea], (sheet, run) => {
      const { sheet: target, rects } = rangeArgument(run, printArea, sheet, "PageLayout.setPrintArea", parseAddress);
      if (target !== sheet) throw new XlApiError("InvalidArgument", "The print area must be on the same sheet.", "PageLayout.setPrintArea");
      sheet.printArea = rects;
    });
  }
  getPrintAreaOrNullObject(): XlRangeAreas {
    return new MemRangeAreas(
      this.engine,
      (run) => {
        const sheet = this.resolve(run);
        return sheet === null || !sheet.printArea ? null : { sheet, rects: sheet.printArea };
      },
      { label: "PageLayout.getPrintAreaOrNullObject", args: [] },
    );
  }
  /** Like Excel: whole rows of this sheet ("$1:$1", "2:3"), one block; anything else is refused. */
  setPrintTitleRows(printTitleRows: XlRange | string): void {
    this.queueCall("setPrintTitleRows", [printTitleRows], (sheet, run) => {
      const where = "PageLayout.setPrintTitleRows";
      const { sheet: target, rects } = rangeArgument(run, printTitleRows, sheet, where, parseAddress);
      const rect = rects[0];
      if (target !== sheet) throw new XlApiError("InvalidArgument", "The print title rows must be on the same sheet.", where);
      if (!rect || rects.length !== 1 || rect.column !== 0 || rect.columnCount !== MAX_COLUMNS) {
        throw new XlApiError("InvalidArgument", `The print title rows must be whole rows, such as "$1:$1", not ${JSON.stringify(String(printTitleRows))}.`, where);
      }
      sheet.assertEditable("page setup");
      sheet.pageSetup = { ...sheet.pageSetup, printTitleRows: { row: rect.row, rowCount: rect.rowCount } };
    });
  }
  getPrintTitleRowsOrNullObject(): XlRange {
    return new MemRange(
      this.engine,
      (run) => {
        const sheet = this.resolve(run);
        const rows = sheet?.pageSetup.printTitleRows;
        return sheet === null || !rows ? null : { sheet, rect: { row: rows.row, column: 0, rowCount: rows.rowCount, columnCount: MAX_COLUMNS } };
      },
      { label: "PageLayout.getPrintTitleRowsOrNullObject", args: [] },
    );
  }
}

/** The sheet's manual page breaks between rows (Worksheet.horizontalPageBreaks). */
export class MemPageBreakCollection extends SheetActions implements XlPageBreakCollection {
  constructor(engine: Engine, resolver: Resolver<MemorySheet>) {
    super(engine, "PageBreakCollection", resolver);
  }
  add(pageBreakRange: XlRange | string): XlPageBreak {
    return new MemPageBreak(
      this.engine,
      (run) => {
        const where = "PageBreakCollection.add";
        const sheet = this.target(run);
        const { sheet: target, rects } = rangeArgument(run, pageBreakRange, sheet, where, parseAddress);
        const rect = rects[0];
        if (target !== sheet || !rect || rects.length !== 1) throw new XlApiError("InvalidArgument", "A page break needs one range on the same sheet.", where);
        // A break before the first row would start no new page.
        if (rect.row === 0) throw new XlApiError("InvalidArgument", "A page break cannot be placed above the first row.", where);
        sheet.assertEditable("page setup");
        if (!sheet.rowBreaks.includes(rect.row)) sheet.rowBreaks = [...sheet.rowBreaks, rect.row].sort((a, b) => a - b);
        return { sheet, row: rect.row };
      },
      { label: "PageBreakCollection.add", args: [pageBreakRange] },
    );
  }
  removePageBreaks(): void {
    this.queueCall("removePageBreaks", [], (sheet) => {
      sheet.assertEditable("page setup");
      sheet.rowBreaks = [];
    });
  }
}

export class MemPageBreak extends ProxyBase<{ sheet: MemorySheet; row: number }> implements XlPageBreak {
  constructor(engine: Engine, resolver: Resolver<{ sheet: MemorySheet; row: number }>, creation?: Creation) {
    super(engine, "PageBreak", resolver, creation);
  }
  protected override assertAlive(value: { sheet: MemorySheet; row: number }, run: BatchRun): void {
    assertSheetAlive(run, value.sheet);
  }
  protected scalarNames(): readonly string[] {
    return ["rowIndex", "columnIndex"];
  }
  protected readScalar(name: string, value: { sheet: MemorySheet; row: number }): unknown {
    return name === "rowIndex" ? value.row : 0;
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
}

export class MemSheetAutoFilter extends SheetPart implements XlAutoFilter {
  constructor(engine: Engine, resolver: Resolver<MemorySheet>) {
    super(engine, "AutoFilter", resolver);
  }
  protected scalarNames(): readonly string[] {
    return ["enabled", "isDataFiltered"];
  }
  protected readScalar(name: string, sheet: MemorySheet): unknown {
    if (name === "enabled") return sheet.autoFilter !== undefined;
    return sheet.autoFilter?.filtered ?? false;
  }
  get enabled(): boolean {
    return this.read("enabled");
  }
  get isDataFiltered(): boolean {
    return this.read("isDataFiltered");
  }
  clearCriteria(): void {
    this.queueCall("clearCriteria", [], (sheet) => {
      if (sheet.autoFilter) sheet.autoFilter.filtered = false;
    });
  }
  remove(): void {
    this.queueCall("remove", [], (sheet) => {
      sheet.autoFilter = undefined;
    });
  }
  getRangeOrNullObject(): XlRange {
    return new MemRange(
      this.engine,
      (run) => {
        const sheet = this.resolve(run);
        return sheet === null || !sheet.autoFilter ? null : { sheet, rect: sheet.autoFilter.rect };
      },
      { label: "AutoFilter.getRangeOrNullObject", args: [] },
    );
  }
}
