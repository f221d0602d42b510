import type { Block, SheetCell } from "./sheet-description";

/*
 * Rows that need more than one line: a header whose words wrap in its column, a long text
 * (a disengagement reason, why a certificate is missed) in a column kept narrow so the page
 * stays legible once fitted to its width. Their heights are set explicitly rather than left
 * to the reader: Excel grows a wrapped row by itself, but LibreOffice keeps an .xlsx row at
 * one line, hiding the rest. Widths are in characters; a line is 15 points (Calibri 11).
 */

export interface RowHeight {
  /** 1-based sheet row. */
  row: number;
  points: number;
}

export const LINE_POINTS = 15;
/** The sheet title's row, for its 16-point font. */
export const TITLE_POINTS = 21;
/**
 * Excel's tallest row. A longer text (a long list of row numbers in "Generated from") is
 * still all in its cell and in the formula bar; a taller height would make the write fail.
 */
export const MAX_ROW_POINTS = 409;
/** Bold header text is wider than the digits column widths are measured in. */
const BOLD_SPACE = 0.85;

/**
 * `text` wrapped at word boundaries in a column of `width` characters, line by line. A
 * column's width counts digits, the widest characters of ordinary text, so `width` letters
 * fit. A word longer than the column is broken across lines, as Excel breaks it.
 */
function wrapLines(text: string, width: number): string[] {
  const room = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (line === "" ? word.length <= room : line.length + 1 + word.length <= room) {
        line = line === "" ? word : `${line} ${word}`;
        continue;
      }
      if (line !== "") lines.push(line);
      let rest = word;
      while (rest.length > room) {
        lines.push(rest.slice(0, room));
        rest = rest.slice(room);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** How many lines `text` takes in a column of `width` characters (see wrapLines). */
export function wrappedLines(text: string, width: number): number {
  return wrapLines(text, width).length;
}

/** A header as it is written: broken where it wraps in its column (bold text is wider). */
export function headerLines(header: string, width: number): string[] {
  return wrapLines(header, width * BOLD_SPACE);
}

function textOf(cell: SheetCell): string {
  return cell.kind === "text" ? cell.value : "";
}

/** Every row whose height is not the standard one line, in row order. */
export function tableRowHeights(blocks: readonly Block[], widths: readonly number[]): RowHeight[] {
  const heights: RowHeight[] = [];
  const widthAt = (column: number) => widths[column - 1] ?? 10;
  const add = (row: number, lines: number) => {
    if (lines > 1) heights.push({ row, points: Math.min(MAX_ROW_POINTS, lines * LINE_POINTS) });
  };
  for (const block of blocks) {
    if (block.kind === "title") heights.push({ row: block.at.row, points: TITLE_POINTS });
    if (block.kind !== "table") continue;
    const { row, column } = block.at;
    add(row + 1, Math.max(1, ...block.header.map((h, i) => headerLines(h, widthAt(column + i)).length)));
    block.rows.forEach((cells, r) => add(row + 2 + r, Math.max(1, ...cells.map((cell, i) => wrappedLines(textOf(cell), widthAt(column + i))))));
  }
  return heights.sort((a, b) => a.row - b.row);
}
