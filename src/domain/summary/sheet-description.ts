import { columnLetters } from "../registers";
import type { RowHeight } from "./row-heights";

/*
 * A summary sheet described as data: what goes where, typed and formatted, with charts
 * placed beside the tables they draw. No Office.js here: the workbook layer turns this into
 * one batched write (see layoutToGrid), the CLI into an .xlsx, the tests into assertions.
 * Rows and columns are 1-based, like the sheet.
 */

/** How a cell is written: its kind picks the number format; text is always written as text. */
export type SheetCell =
  /** `flag`: a Yes / No answer (blank when unknown), which the layout centres. */
  | { kind: "text"; value: string; numberFormat: "@"; flag?: true }
  | { kind: "number"; value: number | null; numberFormat: string }
  /** A ratio 0..1 shown as a percentage. */
  | { kind: "percent"; value: number | null; numberFormat: string }
  | { kind: "hours"; value: number | null; numberFormat: string }
  /** An ISO date (2017-02-06) or wall-clock date-time (2017-02-06T10:30, offset ignored). */
  | { kind: "date"; value: string | null; numberFormat: string };

export type CellKind = SheetCell["kind"];

export const NUMBER_FORMATS = {
  text: "@",
  integer: "0",
  decimal2: "0.00",
  percent: "0.0%",
  hours: "0.0#",
  date: "d mmm yyyy",
  dateTime: "d mmm yyyy hh:mm",
} as const;

export function textCell(value: string): SheetCell {
  return { kind: "text", value, numberFormat: NUMBER_FORMATS.text };
}
export function numberCell(value: number | null, decimals: 0 | 2 = 0): SheetCell {
  return { kind: "number", value, numberFormat: decimals === 0 ? NUMBER_FORMATS.integer : NUMBER_FORMATS.decimal2 };
}
export function percentCell(value: number | null): SheetCell {
  return { kind: "percent", value, numberFormat: NUMBER_FORMATS.percent };
}
export function hoursCell(value: number | null): SheetCell {
  return { kind: "hours", value, numberFormat: NUMBER_FORMATS.hours };
}
export function dateCell(value: string | null): SheetCell {
  return { kind: "date", value, numberFormat: NUMBER_FORMATS.date };
}
export function dateTimeCell(value: string): SheetCell {
  return { kind: "date", value, numberFormat: NUMBER_FORMATS.dateTime };
}
export function yesNoCell(value: boolean | null): SheetCell {
  return { kind: "text", value: value === null ? "" : value ? "Yes" : "No", numberFormat: NUMBER_FORMATS.text, flag: true };
}

export interface Anchor {
  row: number;
  column: number;
}

/** A rectangle of cells: top-left and size. */
export interface CellRange {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** The sheet's heading, alone on its row. */
export interface TitleBlock {
  kind: "title";
  id: string;
  at: Anchor;
  text: string;
}

/** Label / value lines under a title: the headline figures, the "generated from" stamp. */
export interface HeadlineBlock {
  kind: "headlines";
  id: string;
  at: Anchor;
  title: string;
  items: HeadlineItem[];
  /** "stamp": the quiet grey italics of the "generated from" lines. */
  tone?: "stamp";
}

export interface HeadlineItem {
  label: string;
  value: SheetCell;
  /** "warning" lines (e.g. generated with validation errors) stand out. */
  emphasis?: "warning";
}

/** A titled table: title row, header row, data rows (or one line saying it is empty). */
export interface TableBlock {
  kind: "table";
  id: string;
  at: Anchor;
  title: string;
  header: string[];
  rows: SheetCell[][];
  /** Written in the first column when `rows` is empty, so an empty table says so. */
  emptyText: string;
}

export type Block = TitleBlock | HeadlineBlock | TableBlock;

export type ChartType = "columnClustered" | "pie" | "barClustered" | "line";

/** Excel's names for the chart types, for the writer (Excel.ChartType values). */
export const EXCEL_CHART_TYPES: Readonly<Record<ChartType, string>> = {
  columnClustered: "ColumnClustered",
  pie: "Pie",
  barClustered: "BarClustered",
  line: "Line",
};

export interface ChartSpec {
  id: string;
  type: ChartType;
  title: string;
  /** The table block the chart draws. */
  sourceBlockId: string;
  /** 0-based column of the source table holding the categories (x axis / slices). */
  categories: number;
  /** 0-based columns of the source table drawn as series; their headers name the series. */
  series: number[];
  placeAt: { row: number; column: number; widthCols: number; heightRows: number };
}

export type StyleName = "sheetTitle" | "blockTitle" | "header" | "label" | "warning" | "stamp" | "tableBody" | "tallRow" | "numberColumn" | "centredColumn";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  /** Excel's names (Excel.HorizontalAlignment); unset is Excel's General: text left, numbers right. */
  horizontalAlignment?: "Left" | "Center" | "Right";
  verticalAlignment?: "Top" | "Bottom";
}

/**
 * The house style: Excel green headers, so the summary looks like the registers. Styles are
 * applied in the order the layout lists their ranges; the column styles only align, so they
 * combine with the header and body styles under them.
 */
export const SUMMARY_STYLES: Readonly<Record<StyleName, CellStyle>> = {
  sheetTitle: { bold: true, fontSize: 16, fontColor: "#217346" },
  blockTitle: { bold: true, fontSize: 12, fontColor: "#217346" },
  header: { bold: true, fontColor: "#FFFFFF", fill: "#217346", wrap: true },
  label: { bold: true },
  warning: { bold: true, fontColor: "#9C0006", fill: "#FFC7CE" },
  // Stamp values are sentences and a date: all start at the left, like the lines around them.
  stamp: { italic: true, fontColor: "#595959", horizontalAlignment: "Left" },
  // Long text in a table wraps within its column (see row-heights.ts).
  tableBody: { wrap: true },
  // A row a long text makes tall: its other cells stay level with the text's first line.
  tallRow: { verticalAlignment: "Top" },
  // A column of figures: its header sits over the numbers, right-aligned like them.
  numberColumn: { horizontalAlignment: "Right" },
  // Yes / No and dates: centred, header too, so they never run into the column beside them.
  centredColumn: { horizontalAlignment: "Center" },
};

export interface SheetDescription {
  /** ≤ 31 characters, none of [ ] : * ? / \ (see safeSheetName). */
  name: string;
  blocks: Block[];
  /** Widths in characters, index 0 = column A. */
  columnWidths: number[];
  /** Rows that need more than one line, with their height (see row-heights.ts). */
  rowHeights: RowHeight[];
  /** Rows kept in view when scrolling (the title). */
  freezeRows: number;
  /** Rows printed again at the top of every page (the title), 0 for none. */
  printTitleRows: number;
  /** 1-based rows that start a new printed page, so no section is cut in two (see pages.ts). */
  pageBreaks: number[];
  /** Covers every block and chart. */
  printArea: CellRange;
  fitToPageWidth: boolean;
  /** Landscape when the printed area is wider than a portrait page holds legibly. */
  orientation: "portrait" | "landscape";
  charts: ChartSpec[];
  styles: Readonly<Record<StyleName, CellStyle>>;
}

/** The cells a block occupies. */
export function blockRange(block: Block): CellRange {
  switch (block.kind) {
    case "title":
      return { row: block.at.row, column: block.at.column, rowCount: 1, columnCount: 1 };
    case "headlines":
      return { row: block.at.row, column: block.at.column, rowCount: 1 + block.items.length, columnCount: 2 };
    case "table":
      return {
        row: block.at.row,
        column: block.at.column,
        rowCount: 2 + Math.max(block.rows.length, 1),
        columnCount: Math.max(block.header.length, 1),
      };
  }
}

export function chartRange(chart: ChartSpec): CellRange {
  const { row, column, widthCols, heightRows } = chart.placeAt;
  return { row, column, rowCount: heightRows, columnCount: widthCols };
}

export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;
}

export function rangeContains(outer: CellRange, inner: CellRange): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

/** A1-style address of a range ("A1:H40"; a single cell is "B3"). */
export function rangeAddress(range: CellRange): string {
  const first = `${columnLetters(range.column)}${range.row}`;
  if (range.rowCount === 1 && range.columnCount === 1) return first;
  return `${first}:${columnLetters(range.column + range.columnCount - 1)}${range.row + range.rowCount - 1}`;
}

/** The smallest range covering all of `ranges`, from A1 (printing starts at the top left). */
export function coveringRange(ranges: CellRange[]): CellRange {
  let lastRow = 1;
  let lastColumn = 1;
  for (const r of ranges) {
    lastRow = Math.max(lastRow, r.row + r.rowCount - 1);
    lastColumn = Math.max(lastColumn, r.column + r.columnCount - 1);
  }
  return { row: 1, column: 1, rowCount: lastRow, columnCount: lastColumn };
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\\u0000-\u001f]/g;
export const MAX_SHEET_NAME = 31;

/** Why Excel would refuse `name` as a sheet name; null when it is fine. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "A sheet name cannot be blank.";
  if (name.length > MAX_SHEET_NAME) return `A sheet name can have at most ${MAX_SHEET_NAME} characters.`;
  if (/[[\]:*?/\\]/.test(name)) return "A sheet name cannot contain [ ] : * ? / or \\.";
  if (name.startsWith("'") || name.endsWith("'")) return "A sheet name cannot begin or end with an apostrophe.";
  if (name.toLowerCase() === "history") return "“History” is reserved by Excel.";
  return null;
}

/**
 * A valid sheet name built from `base` (user text such as a phase name) between a fixed
 * `prefix` and `suffix`: forbidden characters become "-", and `base` is shortened so both
 * survive ("Summary - " + "Phase 1 (Western Kenya counties…)" -> "Summary - Phase 1 (Western K").
 */
export function safeSheetName(base: string, suffix = "", prefix = ""): string {
  const clean = (text: string) => text.replace(INVALID_SHEET_CHARS, "-").replace(/\s+/g, " ");
  const tail = clean(suffix);
  const head = clean(prefix).replace(/^'+/, "");
  let middle = clean(base).trim();
  if (head === "") middle = middle.replace(/^'+/, "");
  const room = MAX_SHEET_NAME - tail.length - head.length;
  if (middle.length > room) middle = middle.slice(0, Math.max(room, 0));
  // Never leave half of a surrogate pair (an emoji) at the cut.
  if (/[\uD800-\uDBFF]$/.test(middle)) middle = middle.slice(0, -1);
  let name = `${head}${middle.trimEnd()}${tail}`.trim().replace(/'+$/, "").replace(/^'+/, "");
  if (name === "" || name === head.trim()) name = `${head}Summary`.trim();
  if (name.toLowerCase() === "history") name = "History summary";
  return name.slice(0, MAX_SHEET_NAME);
}

/** Everything wrong with a description's layout (empty when it can be written as is). */
export function layoutProblems(sheet: SheetDescription): string[] {
  const problems: string[] = [];
  const nameProblem = sheetNameProblem(sheet.name);
  if (nameProblem) problems.push(`Sheet “${sheet.name}”: ${nameProblem}`);
  const ids = new Set<string>();
  for (const block of sheet.blocks) {
    if (ids.has(block.id)) problems.push(`Block id ${block.id} is used twice.`);
    ids.add(block.id);
    if (block.at.row < 1 || block.at.column < 1) problems.push(`Block ${block.id} starts outside the sheet.`);
  }
  const placed: Array<{ what: string; range: CellRange }> = [
    ...sheet.blocks.map((b) => ({ what: `block ${b.id}`, range: blockRange(b) })),
    ...sheet.charts.map((c) => ({ what: `chart ${c.id}`, range: chartRange(c) })),
  ];
  for (let i = 0; i < placed.length; i += 1) {
    for (let j = i + 1; j < placed.length; j += 1) {
      const a = placed[i];
      const b = placed[j];
      if (a && b && rangesOverlap(a.range, b.range)) problems.push(`${a.what} overlaps ${b.what}.`);
    }
  }
  for (const chart of sheet.charts) {
    const source = sheet.blocks.find((b) => b.id === chart.sourceBlockId);
    if (!source || source.kind !== "table") {
      problems.push(`Chart ${chart.id} draws ${chart.sourceBlockId}, which is not a table on the sheet.`);
      continue;
    }
    const columns = [chart.categories, ...chart.series];
    if (chart.series.length === 0) problems.push(`Chart ${chart.id} has no series.`);
    if (columns.some((c) => c < 0 || c >= source.header.length)) problems.push(`Chart ${chart.id} uses a column its table does not have.`);
    if (source.rows.length === 0) problems.push(`Chart ${chart.id} draws an empty table.`);
  }
  for (const { what, range } of placed) {
    if (!rangeContains(sheet.printArea, range)) problems.push(`The print area ${rangeAddress(sheet.printArea)} leaves out ${what}.`);
  }
  return problems;
}
