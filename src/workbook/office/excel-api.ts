/**
 * The subset of the Office.js Excel API that the add-in uses, as plain interfaces.
 *
 * Why not use `Excel.*` directly: the same operations must run against real Excel (task pane),
 * against the strict in-memory Excel (unit tests, browser preview, CLI). Writing the operations
 * against these interfaces lets both hosts satisfy them, while `excel-api-compat.ts` proves at
 * compile time that the real `Excel.RequestContext` is assignable to `XlRequestContext`, so every
 * name and signature here is Office.js's own. Only add members that exist in Office.js with the
 * same name and a compatible type; the compat check fails otherwise.
 *
 * Property types are sometimes wider than the `@types/office-js` declaration on the read side
 * (`number | null` where Excel returns null for a multi-cell range with mixed values), never
 * narrower, so that the real objects still satisfy them.
 */

/** A value Excel stores in a cell. Empty cells read as "". */
export type XlCellValue = string | number | boolean;

export type XlSheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export type XlRangeValueType =
  | "Unknown"
  | "Empty"
  | "String"
  | "Integer"
  | "Double"
  | "Boolean"
  | "Error"
  | "RichValue";

export type XlHorizontalAlignment =
  | "General"
  | "Left"
  | "Center"
  | "Right"
  | "Fill"
  | "Justify"
  | "CenterAcrossSelection"
  | "Distributed";

export type XlVerticalAlignment = "Top" | "Center" | "Bottom" | "Justify" | "Distributed";

export type XlClearApplyTo =
  | "All"
  | "Formats"
  | "Contents"
  | "Hyperlinks"
  | "RemoveHyperlinks"
  | "ResetContents";

export type XlRangeCopyType = "All" | "Formulas" | "Values" | "Formats";

export type XlChartSeriesBy = "Auto" | "Columns" | "Rows";

/** The chart types the add-in draws. Office.js accepts many more; add them here when needed. */
export type XlChartType =
  | "ColumnClustered"
  | "ColumnStacked"
  | "BarClustered"
  | "BarStacked"
  | "Line"
  | "LineMarkers"
  | "Pie"
  | "Doughnut"
  | "Area"
  | "XYScatter";

export type XlConditionalFormatType = "Custom" | "CellValue";

export type XlConditionalCellValueOperator =
  | "Invalid"
  | "Between"
  | "NotBetween"
  | "EqualTo"
  | "NotEqualTo"
  | "GreaterThan"
  | "LessThan"
  | "GreaterThanOrEqual"
  | "LessThanOrEqual";

export type XlDataValidationAlertStyle = "Stop" | "Warning" | "Information";

export type XlDataValidationType =
  | "None"
  | "WholeNumber"
  | "Decimal"
  | "List"
  | "Date"
  | "Time"
  | "TextLength"
  | "Custom"
  | "Inconsistent"
  | "MixedCriteria";

export type XlEventSource = "Local" | "Remote";

export type XlDataChangeType =
  | "Unknown"
  | "RangeEdited"
  | "RowInserted"
  | "RowDeleted"
  | "ColumnInserted"
  | "ColumnDeleted"
  | "CellInserted"
  | "CellDeleted";

export type XlEventTriggerSource = "Unknown" | "ThisLocalAddin";

/** Every proxy object: `isNullObject` is readable after the sync that created it. */
export interface XlClientObject {
  readonly isNullObject: boolean;
}

export interface XlRequestContext {
  readonly workbook: XlWorkbook;
  /** Sends the queued commands; loaded properties become readable when it resolves. */
  sync<T>(passThroughValue?: T): Promise<T>;
}

export interface XlWorkbook extends XlClientObject {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  getSelectedRange(): XlRange;
}

export interface XlWorksheetCollection extends XlClientObject {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  load(propertyNames?: string | string[]): XlWorksheetCollection;
}

export interface XlWorksheetChangedEventArgs {
  address: string;
  changeType: XlDataChangeType;
  source: XlEventSource;
  type: "WorksheetChanged";
  worksheetId: string;
  triggerSource: XlEventTriggerSource;
}

export interface XlEventHandlerResult {
  remove(): void;
}

export interface XlEventHandlers<T> {
  add(handler: (args: T) => Promise<unknown>): XlEventHandlerResult;
  remove(handler: (args: T) => Promise<unknown>): void;
}

export interface XlWorksheet extends XlClientObject {
  readonly id: string;
  name: string;
  position: number;
  visibility: XlSheetVisibility;
  readonly tables: XlTableCollection;
  readonly charts: XlChartCollection;
  readonly freezePanes: XlWorksheetFreezePanes;
  readonly protection: XlWorksheetProtection;
  readonly pageLayout: XlPageLayout;
  /** ExcelApi 1.9. The manual page breaks between rows (Excel adds its own where a page fills). */
  readonly horizontalPageBreaks: XlPageBreakCollection;
  readonly autoFilter: XlAutoFilter;
  readonly onChanged: XlEventHandlers<XlWorksheetChangedEventArgs>;
  activate(): void;
  delete(): void;
  getCell(row: number, column: number): XlRange;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getRanges(address?: string): XlRangeAreas;
  getUsedRange(valuesOnly?: boolean): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  load(propertyNames?: string | string[]): XlWorksheet;
}

export interface XlWorksheetFreezePanes extends XlClientObject {
  freezeAt(frozenRange: XlRange | string): void;
  freezeColumns(count?: number): void;
  freezeRows(count?: number): void;
  getLocationOrNullObject(): XlRange;
  unfreeze(): void;
}

export interface XlWorksheetProtection extends XlClientObject {
  readonly protected: boolean;
  protect(options?: Record<string, never>, password?: string): void;
  unprotect(password?: string): void;
  load(propertyNames?: string | string[]): XlWorksheetProtection;
}

export type XlPageOrientation = "Portrait" | "Landscape";

export interface XlPageLayout extends XlClientObject {
  orientation: XlPageOrientation;
  /** Print scaling: a percentage, or fit to so many pages wide/tall (0 = as many as needed). */
  zoom: XlPageLayoutZoomOptions;
  getPrintAreaOrNullObject(): XlRangeAreas;
  setPrintArea(printArea: XlRange | XlRangeAreas | string): void;
  /** ExcelApi 1.9. The rows printed at the top of every page; the range must span whole rows ("$1:$1"). */
  getPrintTitleRowsOrNullObject(): XlRange;
  setPrintTitleRows(printTitleRows: XlRange | string): void;
  load(propertyNames?: string | string[]): XlPageLayout;
}

export interface XlPageBreakCollection extends XlClientObject {
  /** A manual break before the top-left cell of `pageBreakRange`: that row starts a new page. */
  add(pageBreakRange: XlRange | string): XlPageBreak;
  /** Removes every manual break of the sheet. */
  removePageBreaks(): void;
  load(propertyNames?: string | string[]): XlPageBreakCollection;
}

export interface XlPageBreak extends XlClientObject {
  /** Zero-based row that starts the new page. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  load(propertyNames?: string | string[]): XlPageBreak;
}

export interface XlPageLayoutZoomOptions {
  horizontalFitToPages?: number;
  scale?: number;
  verticalFitToPages?: number;
}

export interface XlAutoFilter extends XlClientObject {
  readonly enabled: boolean;
  readonly isDataFiltered: boolean;
  clearCriteria(): void;
  getRangeOrNullObject(): XlRange;
  remove(): void;
  load(propertyNames?: string | string[]): XlAutoFilter;
}

export interface XlRangeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface XlRange extends XlClientObject {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly cellCount: number;
  values: XlCellValue[][];
  formulas: XlCellValue[][];
  numberFormat: string[][];
  readonly text: string[][];
  readonly valueTypes: XlRangeValueType[][];
  hyperlink: XlRangeHyperlink;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormatCollection;
  readonly worksheet: XlWorksheet;
  clear(applyTo?: XlClearApplyTo): void;
  /**
   * ExcelApi 1.9. Copies cells from `sourceRange` (an address, qualified for another sheet)
   * into this range; a single-cell destination grows to the source's size. A server-side copy:
   * the request stays small whatever the number of cells, which is how a staged register is put
   * in place in one batch. (Office.js also takes a Range; its overloads make that form
   * impossible to state compatibly here, so addresses only.)
   */
  copyFrom(sourceRange: string, copyType?: XlRangeCopyType, skipBlanks?: boolean, transpose?: boolean): void;
  getCell(row: number, column: number): XlRange;
  getEntireColumn(): XlRange;
  getMergedAreasOrNullObject(): XlRangeAreas;
  getOffsetRange(rowOffset: number, columnOffset: number): XlRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange;
  merge(across?: boolean): void;
  select(): void;
  unmerge(): void;
  load(propertyNames?: string | string[]): XlRange;
}

/** Discontiguous ranges (merged areas, print area, the cells of one validation mark). */
export interface XlRangeAreas extends XlClientObject {
  readonly address: string;
  readonly areaCount: number;
  /** Formats over the areas; one format added here covers all of them. */
  readonly conditionalFormats: XlConditionalFormatCollection;
  load(propertyNames?: string | string[]): XlRangeAreas;
}

export interface XlRangeFormat extends XlClientObject {
  readonly fill: XlRangeFill;
  readonly font: XlRangeFont;
  columnWidth: number | null;
  rowHeight: number | null;
  horizontalAlignment: XlHorizontalAlignment | null;
  verticalAlignment: XlVerticalAlignment | null;
  wrapText: boolean | null;
  autofitColumns(): void;
  autofitRows(): void;
  load(propertyNames?: string | string[]): XlRangeFormat;
}

export interface XlRangeFill extends XlClientObject {
  color: string | null;
  clear(): void;
  load(propertyNames?: string | string[]): XlRangeFill;
}

export interface XlRangeFont extends XlClientObject {
  bold: boolean | null;
  italic: boolean | null;
  color: string | null;
  /** Points; null when the range mixes sizes. */
  size: number | null;
  load(propertyNames?: string | string[]): XlRangeFont;
}

export interface XlListDataValidation {
  inCellDropDown: boolean;
  source: string | XlRange;
}

export interface XlDataValidationRule {
  list?: XlListDataValidation;
}

export interface XlDataValidationErrorAlert {
  message: string;
  showAlert: boolean;
  style: XlDataValidationAlertStyle;
  title: string;
}

export interface XlDataValidation extends XlClientObject {
  rule: XlDataValidationRule;
  errorAlert: XlDataValidationErrorAlert;
  ignoreBlanks: boolean;
  readonly type: XlDataValidationType;
  clear(): void;
  load(propertyNames?: string | string[]): XlDataValidation;
}

export interface XlConditionalFormatCollection extends XlClientObject {
  readonly items: XlConditionalFormat[];
  add(type: XlConditionalFormatType): XlConditionalFormat;
  clearAll(): void;
  load(propertyNames?: string | string[]): XlConditionalFormatCollection;
}

export interface XlConditionalFormat extends XlClientObject {
  readonly id: string;
  readonly type: XlConditionalFormatType | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText";
  priority: number;
  stopIfTrue: boolean;
  readonly custom: XlCustomConditionalFormat;
  readonly cellValue: XlCellValueConditionalFormat;
  delete(): void;
  getRange(): XlRange;
  load(propertyNames?: string | string[]): XlConditionalFormat;
}

export interface XlConditionalFormatRule extends XlClientObject {
  formula: string;
  load(propertyNames?: string | string[]): XlConditionalFormatRule;
}

export interface XlConditionalCellValueRule {
  formula1: string;
  formula2?: string;
  operator: XlConditionalCellValueOperator;
}

export interface XlCustomConditionalFormat extends XlClientObject {
  readonly format: XlConditionalRangeFormat;
  readonly rule: XlConditionalFormatRule;
}

export interface XlCellValueConditionalFormat extends XlClientObject {
  readonly format: XlConditionalRangeFormat;
  rule: XlConditionalCellValueRule;
  load(propertyNames?: string | string[]): XlCellValueConditionalFormat;
}

export interface XlConditionalRangeFormat extends XlClientObject {
  readonly fill: XlConditionalRangeFill;
  readonly font: XlConditionalRangeFont;
}

export interface XlConditionalRangeFill extends XlClientObject {
  color: string;
  clear(): void;
}

export interface XlConditionalRangeFont extends XlClientObject {
  bold: boolean;
  italic: boolean;
  color: string;
  clear(): void;
}

export interface XlTableCollection extends XlClientObject {
  readonly items: XlTable[];
  readonly count: number;
  add(address: XlRange | string, hasHeaders: boolean): XlTable;
  getItem(key: string): XlTable;
  getItemOrNullObject(key: string): XlTable;
  load(propertyNames?: string | string[]): XlTableCollection;
}

export interface XlTable extends XlClientObject {
  readonly id: string;
  name: string;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  readonly columns: XlTableColumnCollection;
  readonly rows: XlTableRowCollection;
  readonly worksheet: XlWorksheet;
  readonly autoFilter: XlAutoFilter;
  clearFilters(): void;
  delete(): void;
  getDataBodyRange(): XlRange;
  getHeaderRowRange(): XlRange;
  getRange(): XlRange;
  /**
   * ExcelApi 1.13. Grows or shrinks the table to `newRange` (same header row, overlapping the
   * old range): how rows written below a table with Range.values become table rows without
   * `rows.add`, which conflicts under co-authoring.
   */
  resize(newRange: XlRange | string): void;
  load(propertyNames?: string | string[]): XlTable;
}

export interface XlTableColumnCollection extends XlClientObject {
  readonly items: XlTableColumn[];
  readonly count: number;
  getItem(key: number | string): XlTableColumn;
  getItemOrNullObject(key: number | string): XlTableColumn;
  load(propertyNames?: string | string[]): XlTableColumnCollection;
}

export interface XlTableColumn extends XlClientObject {
  readonly id: number;
  readonly index: number;
  name: string;
  getDataBodyRange(): XlRange;
  getHeaderRowRange(): XlRange;
  getRange(): XlRange;
  load(propertyNames?: string | string[]): XlTableColumn;
}

export interface XlTableRowCollection extends XlClientObject {
  readonly count: number;
  /** Present for completeness; prefer writing values then `tables.add` (see ARCHITECTURE.md). */
  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number, alwaysInsert?: boolean): unknown;
  load(propertyNames?: string | string[]): XlTableRowCollection;
}

export interface XlChartCollection extends XlClientObject {
  readonly items: XlChart[];
  readonly count: number;
  add(type: XlChartType, sourceData: XlRange, seriesBy?: XlChartSeriesBy): XlChart;
  getItem(name: string): XlChart;
  getItemOrNullObject(name: string): XlChart;
  load(propertyNames?: string | string[]): XlChartCollection;
}

export interface XlChart extends XlClientObject {
  readonly id: string;
  name: string;
  chartType: XlChartType | string;
  top: number;
  left: number;
  width: number;
  height: number;
  readonly title: XlChartTitle;
  readonly series: XlChartSeriesCollection;
  delete(): void;
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
  load(propertyNames?: string | string[]): XlChart;
}

export interface XlChartTitle extends XlClientObject {
  text: string;
  visible: boolean;
  load(propertyNames?: string | string[]): XlChartTitle;
}

export interface XlChartSeriesCollection extends XlClientObject {
  readonly items: XlChartSeries[];
  readonly count: number;
  add(name?: string, index?: number): XlChartSeries;
  getItemAt(index: number): XlChartSeries;
  load(propertyNames?: string | string[]): XlChartSeriesCollection;
}

/** One series of a chart: its values and x-axis (category) values are ranges of cells. */
export interface XlChartSeries extends XlClientObject {
  name: string;
  delete(): void;
  setValues(sourceData: XlRange): void;
  setXAxisValues(sourceData: XlRange): void;
  load(propertyNames?: string | string[]): XlChartSeries;
}
