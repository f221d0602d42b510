import type { SheetCell, StyleName, TableBlock } from "./sheet-description";

/*
 * How a table's columns line up. Excel's General alignment puts numbers on the right and text
 * (headers included) on the left, so a numeric column's header sat over nothing while its
 * figures looked shifted under the next header, and a figure ran into the text beside it
 * ("7.0Yes", "29 Aug 2016Mentor transferred"). So: columns of figures are right-aligned,
 * header included; columns of Yes / No or of dates are centred.
 */

export type ColumnStyle = Extract<StyleName, "numberColumn" | "centredColumn">;

const FIGURE_KINDS: ReadonlySet<SheetCell["kind"]> = new Set<SheetCell["kind"]>(["number", "percent", "hours"]);
/** Text that is only figures: a list of weeks ("3, 5, 6"). */
const FIGURES_AS_TEXT = /^\d+(?:\s*[,;]\s*\d+)*$/;

type Look = "figure" | "date" | "flag" | "other";

/** What a cell shows; a blank cell still says what it would show, by its kind. */
function lookOf(cell: SheetCell): Look | null {
  if (FIGURE_KINDS.has(cell.kind)) return "figure";
  if (cell.kind === "date") return "date";
  if (cell.kind !== "text") return "other";
  if (cell.flag) return "flag";
  if (cell.value === "") return null;
  return FIGURES_AS_TEXT.test(cell.value) ? "figure" : "other";
}

function isBlank(cell: SheetCell): boolean {
  return cell.value === null || cell.value === "";
}

/**
 * The column style of the table's `column` (0-based), or null for Excel's General alignment.
 * Decided by the cells that hold something; a column of blanks (no evaluation forms from
 * mentors yet) by what its blank cells are, so its header lines up like the others'.
 */
export function columnAlignment(rows: ReadonlyArray<ReadonlyArray<SheetCell>>, column: number): ColumnStyle | null {
  const shown = new Set<Look>();
  const blank = new Set<Look>();
  for (const row of rows) {
    const cell = row[column];
    const look = cell ? lookOf(cell) : null;
    if (cell && look !== null) (isBlank(cell) ? blank : shown).add(look);
  }
  const looks = shown.size > 0 ? shown : blank;
  if (looks.size !== 1) return null;
  const [look] = looks;
  if (look === "figure") return "numberColumn";
  return look === "flag" || look === "date" ? "centredColumn" : null;
}

/** Runs of adjacent columns sharing a column style, as 0-based [first, count] with the style. */
export function alignedColumnRuns(block: Pick<TableBlock, "header" | "rows">): Array<{ first: number; count: number; style: ColumnStyle }> {
  const runs: Array<{ first: number; count: number; style: ColumnStyle }> = [];
  for (let c = 0; c < block.header.length; c++) {
    const style = columnAlignment(block.rows, c);
    if (style === null) continue;
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.first + last.count === c) last.count += 1;
    else runs.push({ first: c, count: 1, style });
  }
  return runs;
}
