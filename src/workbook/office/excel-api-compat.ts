/**
 * Compile-time proof that the real Office.js objects satisfy the `Xl*` interfaces.
 * Nothing here runs; `tsc --noEmit` fails if a name or signature in excel-api.ts drifts
 * from @types/office-js. Kept as exported functions so the checks are not tree-shaken
 * by the type checker's unused-code rules and stay readable one per interface.
 */
import type {
  XlAutoFilter,
  XlChart,
  XlChartCollection,
  XlChartSeries,
  XlChartSeriesCollection,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlDataValidation,
  XlPageBreak,
  XlPageBreakCollection,
  XlPageLayout,
  XlRangeFont,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlRequestContext,
  XlTable,
  XlTableCollection,
  XlTableColumn,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetChangedEventArgs,
  XlWorksheetCollection,
} from "./excel-api";

export const compatRequestContext = (c: Excel.RequestContext): XlRequestContext => c;
export const compatWorkbook = (w: Excel.Workbook): XlWorkbook => w;
export const compatWorksheets = (w: Excel.WorksheetCollection): XlWorksheetCollection => w;
export const compatWorksheet = (w: Excel.Worksheet): XlWorksheet => w;
export const compatRange = (r: Excel.Range): XlRange => r;
export const compatRangeAreas = (r: Excel.RangeAreas): XlRangeAreas => r;
export const compatRangeFormat = (f: Excel.RangeFormat): XlRangeFormat => f;
export const compatDataValidation = (d: Excel.DataValidation): XlDataValidation => d;
export const compatConditionalFormats = (c: Excel.ConditionalFormatCollection): XlConditionalFormatCollection => c;
export const compatConditionalFormat = (c: Excel.ConditionalFormat): XlConditionalFormat => c;
export const compatTables = (t: Excel.TableCollection): XlTableCollection => t;
export const compatTable = (t: Excel.Table): XlTable => t;
export const compatTableColumn = (t: Excel.TableColumn): XlTableColumn => t;
export const compatAutoFilter = (a: Excel.AutoFilter): XlAutoFilter => a;
export const compatCharts = (c: Excel.ChartCollection): XlChartCollection => c;
export const compatChart = (c: Excel.Chart): XlChart => c;
export const compatChangedArgs = (a: Excel.WorksheetChangedEventArgs): XlWorksheetChangedEventArgs => a;
export const compatChartSeriesCollection = (c: Excel.ChartSeriesCollection): XlChartSeriesCollection => c;
export const compatChartSeries = (c: Excel.ChartSeries): XlChartSeries => c;
export const compatPageLayout = (p: Excel.PageLayout): XlPageLayout => p;
export const compatPageBreaks = (p: Excel.PageBreakCollection): XlPageBreakCollection => p;
export const compatPageBreak = (p: Excel.PageBreak): XlPageBreak => p;
export const compatRangeFont = (f: Excel.RangeFont): XlRangeFont => f;
