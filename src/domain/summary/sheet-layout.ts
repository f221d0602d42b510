import {
  SUMMARY_STYLES,
  blockRange,
  chartRange,
  coveringRange,
  type Block,
  type ChartSpec,
  type SheetCell,
  type SheetDescription,
} from "./sheet-description";
import { pageBreaks, pageCapacity, type PageUnit } from "./pages";
import { tableRowHeights } from "./row-heights";

/*
 * Placement is computed, never typed by hand: blocks stack down column A with a blank row
 * between them, and a chart sits beside its table (one blank column away), so a table that
 * grows with the data can never run into the next block or under a chart.
 */

type Unplaced<T> = T extends Block ? Omit<T, "at"> : never;

export interface Section {
  block: Unplaced<Block>;
  /** A chart of this section's table, placed to its right. */
  chart?: Omit<ChartSpec, "placeAt" | "sourceBlockId">;
}

const GAP_ROWS = 1;
const CHART_WIDTH_COLS = 7;
const CHART_MIN_HEIGHT_ROWS = 14;
/** Columns a portrait page shows at a readable size once fitted to the page width. */
const PORTRAIT_MAX_COLUMNS = 8;
/** The sheet's title row, frozen on screen and printed at the top of every page. */
const TITLE_ROWS = 1;

export function stackSections(name: string, sections: Section[]): SheetDescription {
  const blocks: Block[] = [];
  const charts: ChartSpec[] = [];
  const units: PageUnit[] = [];
  let row = 1;
  for (const section of sections) {
    const block = { ...section.block, at: { row, column: 1 } } as Block;
    blocks.push(block);
    const range = blockRange(block);
    let bottom = range.row + range.rowCount - 1;
    if (section.chart && block.kind === "table" && block.rows.length > 0) {
      // Charts need room to be legible even beside a short table.
      const heightRows = Math.max(range.rowCount, CHART_MIN_HEIGHT_ROWS);
      charts.push({
        ...section.chart,
        sourceBlockId: block.id,
        placeAt: { row: range.row, column: range.column + range.columnCount + 1, widthCols: CHART_WIDTH_COLS, heightRows },
      });
      bottom = Math.max(bottom, range.row + heightRows - 1);
    }
    units.push({ top: range.row, bottom });
    row = bottom + 1 + GAP_ROWS;
  }
  const printArea = coveringRange([...blocks.map(blockRange), ...charts.map(chartRange)]);
  const widths = columnWidths(blocks, printArea.columnCount);
  const rowHeights = tableRowHeights(blocks, widths);
  const orientation = printArea.columnCount > PORTRAIT_MAX_COLUMNS ? "landscape" : "portrait";
  return {
    name,
    blocks,
    columnWidths: widths,
    rowHeights,
    freezeRows: TITLE_ROWS,
    printTitleRows: TITLE_ROWS,
    pageBreaks: pageBreaks(units, rowHeights, pageCapacity(widths, orientation), TITLE_ROWS),
    printArea,
    fitToPageWidth: true,
    orientation,
    charts,
    styles: SUMMARY_STYLES,
  };
}

function shownLength(cell: SheetCell): number {
  switch (cell.kind) {
    case "text":
      return cell.value.length;
    case "date":
      return cell.value === null ? 0 : 17;
    default:
      return cell.value === null ? 0 : String(cell.value).length + 2;
  }
}

const MIN_WIDTH = 10;
const MAX_WIDTH = 48;
/** Headline labels are bold (wider than the digits widths count) and never wrap: room for 48 of them. */
const BOLD_WIDTH = 1.1;
const LABEL_MAX_WIDTH = Math.ceil(48 * BOLD_WIDTH) + 2;
/**
 * Table text wider than this wraps instead of widening its column: one long reason would
 * otherwise widen the column for every table under it, and shrink the whole printed page.
 */
const TABLE_TEXT_MAX = 30;

/**
 * Widths from what the columns hold (headers wrap, so a long header only needs half its
 * length). Titles and stamp lines are left out: they overflow into the empty cells to their
 * right.
 */
function columnWidths(blocks: Block[], columns: number): number[] {
  const widths = Array.from({ length: columns }, () => MIN_WIDTH);
  const fit = (column: number, length: number, max = MAX_WIDTH) => {
    const index = column - 1;
    const current = widths[index];
    if (current !== undefined) widths[index] = Math.max(current, Math.min(max, length + 2));
  };
  for (const block of blocks) {
    if (block.kind === "headlines") {
      for (const item of block.items) {
        fit(block.at.column, Math.ceil(item.label.length * BOLD_WIDTH), LABEL_MAX_WIDTH);
        // Stamp lines are long sentences alone on their rows: they overflow to the right
        // rather than widen a column the tables below also use.
        if (block.tone !== "stamp") fit(block.at.column + 1, shownLength(item.value));
      }
    } else if (block.kind === "table") {
      block.header.forEach((h, i) => fit(block.at.column + i, Math.ceil(h.length / 2)));
      // The first column names each row ("Completion rate (of started pairs)"): a reader scans
      // it, so it is as wide as a headline label rather than wrapped like a long reason.
      for (const row of block.rows) row.forEach((cell, i) => fit(block.at.column + i, Math.min(shownLength(cell), i === 0 ? MAX_WIDTH : TABLE_TEXT_MAX)));
    }
  }
  // Once the content has set the widths: no header word is broken in the middle.
  for (const block of blocks) {
    if (block.kind !== "table") continue;
    block.header.forEach((h, i) => {
      const index = block.at.column + i - 1;
      const longestWord = Math.max(0, ...h.split(/\s+/).map((w) => w.length));
      const current = widths[index];
      if (current !== undefined) widths[index] = Math.max(current, Math.min(MAX_WIDTH, Math.ceil(longestWord * BOLD_WIDTH) + 2));
    });
  }
  return widths;
}
