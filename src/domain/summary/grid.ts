import {
  EXCEL_CHART_TYPES,
  blockRange,
  rangeAddress,
  type Block,
  type CellRange,
  type CellStyle,
  type ChartType,
  type SheetCell,
  type SheetDescription,
  type StyleName,
} from "./sheet-description";
import { alignedColumnRuns } from "./alignment";
import { headerLines, type RowHeight } from "./row-heights";

/*
 * A sheet description flattened into what one batched write needs: a rectangle of values
 * from A1, a rectangle of number formats of the same shape, and the ranges to style. The
 * workbook writer sets numberFormats BEFORE values in the same batch: every text cell has
 * the "@" (Text) format, so a name typed as "=Otieno" or "+254..." is stored as text and
 * never becomes a formula. Dates arrive as Excel serial numbers with a date format.
 */

export type GridCellValue = string | number;

export interface StyleRange {
  range: CellRange;
  address: string;
  style: StyleName;
}

export interface PlacedChart {
  id: string;
  type: ChartType;
  /** Excel.ChartType name, e.g. "ColumnClustered". */
  excelType: string;
  title: string;
  /** Where the chart goes: its top-left and bottom-right cells. */
  anchor: { range: CellRange; topLeft: string; bottomRight: string };
  /** The category labels (the table's first data column, data rows only). */
  categoriesAddress: string;
  series: Array<{ name: string; nameAddress: string; valuesAddress: string }>;
}

export interface SheetGrid {
  name: string;
  rowCount: number;
  columnCount: number;
  /** rowCount x columnCount from A1; "" is an empty cell. */
  values: GridCellValue[][];
  /** Same shape: "@" for text, "General" for empty cells. */
  numberFormats: string[][];
  styles: StyleRange[];
  styleDefinitions: Readonly<Record<StyleName, CellStyle>>;
  /** Characters, index 0 = column A. */
  columnWidths: number[];
  /** 1-based rows taller than one line, in points. */
  rowHeights: RowHeight[];
  freezeRows: number;
  /** Rows printed at the top of every page ("$1:$1"), "" for none. */
  printTitleRows: string;
  /** 1-based rows that start a new printed page. */
  pageBreaks: number[];
  printArea: string;
  fitToPageWidth: boolean;
  orientation: "portrait" | "landscape";
  charts: PlacedChart[];
}

const DAY_MS = 86_400_000;
/** Days from Excel's day 0 (1899-12-30, which absorbs the 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25_569;
const ISO_WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** An ISO date (or wall-clock date-time) as an Excel serial; null when it is not one. */
export function excelSerial(iso: string): number | null {
  const m = ISO_WALL_CLOCK.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0));
  const back = new Date(ms);
  // Date.UTC rolls 2017-02-30 over to March: refuse it rather than write the wrong day.
  if (back.getUTCDate() !== Number(d) || back.getUTCMonth() !== Number(mo) - 1) return null;
  return ms / DAY_MS + EXCEL_EPOCH_OFFSET;
}

function written(cell: SheetCell): { value: GridCellValue; format: string } {
  switch (cell.kind) {
    case "text":
      return { value: cell.value, format: "@" };
    case "date": {
      if (cell.value === null) return { value: "", format: cell.numberFormat };
      const serial = excelSerial(cell.value);
      return serial === null ? { value: cell.value, format: "@" } : { value: serial, format: cell.numberFormat };
    }
    default:
      return { value: cell.value ?? "", format: cell.numberFormat };
  }
}

export function layoutToGrid(sheet: SheetDescription): SheetGrid {
  let rowCount = 0;
  let columnCount = 0;
  for (const block of sheet.blocks) {
    const r = blockRange(block);
    rowCount = Math.max(rowCount, r.row + r.rowCount - 1);
    columnCount = Math.max(columnCount, r.column + r.columnCount - 1);
  }
  const values: GridCellValue[][] = Array.from({ length: rowCount }, () => Array<GridCellValue>(columnCount).fill(""));
  const numberFormats: string[][] = Array.from({ length: rowCount }, () => Array<string>(columnCount).fill("General"));
  const styles: StyleRange[] = [];

  const put = (row: number, column: number, cell: SheetCell) => {
    const { value, format } = written(cell);
    const line = values[row - 1];
    const formats = numberFormats[row - 1];
    if (!line || !formats) return;
    line[column - 1] = value;
    formats[column - 1] = format;
  };
  const style = (range: CellRange, name: StyleName) => styles.push({ range, address: rangeAddress(range), style: name });
  const text = (value: string): SheetCell => ({ kind: "text", value, numberFormat: "@" });

  const charted = new Set(sheet.charts.flatMap((c) => [c.categories, ...c.series].map((i) => `${c.sourceBlockId}:${i}`)));
  /*
   * A header that wraps is written broken into the lines its row's height was computed for:
   * left to wrap by itself it may print on one line in one program and two in another, and a
   * right-aligned header that nearly fills its column then runs into the next one ("Rows
   * usedRows in register"). Headers that name a chart's series are left whole for its legend.
   */
  const headerText = (block: Block, i: number, header: string) =>
    charted.has(`${block.id}:${i}`) ? header : headerLines(header, sheet.columnWidths[block.at.column + i - 1] ?? 10).join("\n");
  for (const block of sheet.blocks) writeBlock(block, put, style, text, headerText);
  const tall = new Set(sheet.rowHeights.map((h) => h.row));
  for (const block of sheet.blocks) {
    if (block.kind !== "table") continue;
    block.rows.forEach((_, r) => {
      const row = block.at.row + 2 + r;
      if (tall.has(row)) style({ row, column: block.at.column, rowCount: 1, columnCount: block.header.length }, "tallRow");
    });
  }

  return {
    name: sheet.name,
    rowCount,
    columnCount,
    values,
    numberFormats,
    styles,
    styleDefinitions: sheet.styles,
    columnWidths: [...sheet.columnWidths],
    rowHeights: sheet.rowHeights.map((h) => ({ ...h })),
    freezeRows: sheet.freezeRows,
    printTitleRows: sheet.printTitleRows > 0 ? `$1:$${sheet.printTitleRows}` : "",
    pageBreaks: [...sheet.pageBreaks],
    printArea: rangeAddress(sheet.printArea),
    fitToPageWidth: sheet.fitToPageWidth,
    orientation: sheet.orientation,
    charts: sheet.charts.map((chart) => placeChart(sheet, chart)),
  };
}

function writeBlock(
  block: Block,
  put: (row: number, column: number, cell: SheetCell) => void,
  style: (range: CellRange, name: StyleName) => void,
  text: (value: string) => SheetCell,
  headerText: (block: Block, column: number, header: string) => string,
): void {
  const { row, column } = block.at;
  switch (block.kind) {
    case "title":
      put(row, column, text(block.text));
      style({ row, column, rowCount: 1, columnCount: 1 }, "sheetTitle");
      return;
    case "headlines": {
      put(row, column, text(block.title));
      style({ row, column, rowCount: 1, columnCount: 2 }, "blockTitle");
      block.items.forEach((item, i) => {
        put(row + 1 + i, column, text(item.label));
        put(row + 1 + i, column + 1, item.value);
      });
      if (block.items.length > 0) {
        style({ row: row + 1, column, rowCount: block.items.length, columnCount: 1 }, "label");
        if (block.tone === "stamp") style({ row: row + 1, column: column + 1, rowCount: block.items.length, columnCount: 1 }, "stamp");
      }
      block.items.forEach((item, i) => {
        if (item.emphasis === "warning") style({ row: row + 1 + i, column, rowCount: 1, columnCount: 2 }, "warning");
      });
      return;
    }
    case "table": {
      const width = Math.max(block.header.length, 1);
      put(row, column, text(block.title));
      style({ row, column, rowCount: 1, columnCount: width }, "blockTitle");
      block.header.forEach((h, i) => put(row + 1, column + i, text(headerText(block, i, h))));
      style({ row: row + 1, column, rowCount: 1, columnCount: width }, "header");
      if (block.rows.length === 0) {
        put(row + 2, column, text(block.emptyText));
        style({ row: row + 2, column, rowCount: 1, columnCount: 1 }, "stamp");
        return;
      }
      block.rows.forEach((cells, r) => cells.forEach((cell, c) => put(row + 2 + r, column + c, cell)));
      style({ row: row + 2, column, rowCount: block.rows.length, columnCount: width }, "tableBody");
      for (const run of alignedColumnRuns(block)) style({ row: row + 1, column: column + run.first, rowCount: 1 + block.rows.length, columnCount: run.count }, run.style);
      return;
    }
  }
}

function placeChart(sheet: SheetDescription, chart: SheetDescription["charts"][number]): PlacedChart {
  const { row, column, widthCols, heightRows } = chart.placeAt;
  const anchorRange: CellRange = { row, column, rowCount: heightRows, columnCount: widthCols };
  const source = sheet.blocks.find((b) => b.id === chart.sourceBlockId);
  // layoutProblems reports a chart without a table; here it simply draws nothing.
  const table = source?.kind === "table" ? source : null;
  const headerRow = (table?.at.row ?? 0) + 1;
  const dataRows = table?.rows.length ?? 0;
  const columnOf = (i: number) => (table?.at.column ?? 1) + i;
  const dataAddress = (i: number) => rangeAddress({ row: headerRow + 1, column: columnOf(i), rowCount: Math.max(dataRows, 1), columnCount: 1 });
  return {
    id: chart.id,
    type: chart.type,
    excelType: EXCEL_CHART_TYPES[chart.type],
    title: chart.title,
    anchor: {
      range: anchorRange,
      topLeft: rangeAddress({ row, column, rowCount: 1, columnCount: 1 }),
      bottomRight: rangeAddress({ row: row + heightRows - 1, column: column + widthCols - 1, rowCount: 1, columnCount: 1 }),
    },
    categoriesAddress: dataAddress(chart.categories),
    series: chart.series.map((i) => ({
      name: table?.header[i] ?? "",
      nameAddress: rangeAddress({ row: headerRow, column: columnOf(i), rowCount: 1, columnCount: 1 }),
      valuesAddress: dataAddress(i),
    })),
  };
}
