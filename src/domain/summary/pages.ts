import { LINE_POINTS, type RowHeight } from "./row-heights";

/*
 * Where the printed pages of a summary break. A summary prints one page wide and as many
 * pages tall as it needs; left to itself, Excel (or LibreOffice) breaks a page wherever it
 * fills, cutting a chart in two or leaving a table's title at the foot of one page and its
 * rows on the next. So the layout places manual breaks between its sections: a section that
 * would not fit on what is left of a page starts the next one.
 *
 * The page's height in sheet points depends on the paper and on the scale that fits the
 * columns to the page's width. The paper is not known (Kenya prints on A4; a US-configured
 * printer or LibreOffice may use Letter), so the estimate takes the paper that holds the
 * fewest rows and keeps a margin: a page may end a little early, never late.
 */

/** One thing that should not be split across pages: a block with the chart beside it. */
export interface PageUnit {
  /** 1-based first and last rows. */
  top: number;
  bottom: number;
}

export type Orientation = "portrait" | "landscape";

/** Paper in points (1/72 inch): A4 and US Letter, portrait. */
const PAPERS = [
  { width: 595.3, height: 841.9 },
  { width: 612, height: 792 },
] as const;
/** Excel's default margins: 0.7 in left and right, 0.75 in top and bottom. */
const SIDE_MARGINS = 2 * 0.7 * 72;
const TOP_BOTTOM_MARGINS = 2 * 0.75 * 72;
/** Room kept for rounding: fonts, printers and the fitted scale all round a little. */
const SAFETY = 0.95;
/** A section taller than a page starts on the current page only if this share of it is left. */
const TALL_START_SHARE = 1 / 3;

/** Excel's width of a column of `characters` in points: 7 px per digit, 5 px padding, 0.75 pt per px (Calibri 11). */
export function columnPoints(characters: number): number {
  return Math.trunc(characters * 7 + 5) * 0.75;
}

/**
 * How many points of sheet rows one printed page holds once the columns are fitted to the
 * page's width (never enlarged), on the paper that holds the fewest.
 */
export function pageCapacity(columnWidths: readonly number[], orientation: Orientation): number {
  const content = columnWidths.reduce((sum, w) => sum + columnPoints(w), 0);
  let capacity = Number.POSITIVE_INFINITY;
  for (const paper of PAPERS) {
    const [width, height] = orientation === "landscape" ? [paper.height, paper.width] : [paper.width, paper.height];
    const scale = content > 0 ? Math.min(1, (width - SIDE_MARGINS) / content) : 1;
    capacity = Math.min(capacity, (height - TOP_BOTTOM_MARGINS) / scale);
  }
  return capacity * SAFETY;
}

/**
 * The rows that start a new printed page (1-based, ascending), so that no unit that fits on a
 * page is split: the blank row above a unit that moves on. `titleRows` rows at the top are printed again on every page. A unit taller
 * than a page flows over as many pages as it needs, and the unit after it starts a new page:
 * where the application broke inside the tall one cannot be known, only that it ended.
 */
export function pageBreaks(units: readonly PageUnit[], rowHeights: readonly RowHeight[], capacity: number, titleRows = 0): number[] {
  const tall = new Map(rowHeights.map((h) => [h.row, h.points]));
  const height = (from: number, to: number) => {
    let points = 0;
    for (let row = from; row <= to; row++) points += tall.get(row) ?? LINE_POINTS;
    return points;
  };
  const title = titleRows > 0 ? height(1, titleRows) : 0;
  const breaks: number[] = [];
  let used = 0;
  let previousBottom = 0;
  for (const unit of [...units].sort((a, b) => a.top - b.top)) {
    const gap = height(previousBottom + 1, unit.top - 1);
    const needed = height(unit.top, unit.bottom);
    const breakAt = unit.top - gapRows(unit.top, previousBottom);
    previousBottom = unit.bottom;
    const onThisPage = used + gap + needed <= capacity;
    if (onThisPage) {
      used += gap + needed;
      continue;
    }
    const fitsAPage = title + gap + needed <= capacity;
    const roomLeft = capacity - used - gap;
    const startHere = used <= title || (!fitsAPage && roomLeft >= capacity * TALL_START_SHARE);
    // The new page starts with the blank rows above the unit: they part it from the repeated
    // title, and a chart's top edge then never lies on the break, where it would print on the
    // page before as a stray line.
    if (!startHere) breaks.push(breakAt);
    // After a unit that flows over pages the position on the last one is unknown: call it full.
    used = fitsAPage ? (startHere ? used : title) + gap + needed : capacity;
  }
  return breaks;
}

function gapRows(top: number, previousBottom: number): number {
  return Math.max(0, top - previousBottom - 1);
}
