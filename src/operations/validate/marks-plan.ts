/**
 * Which cells the "show in sheet" marks cover: each issue's cell, in its worst severity, merged
 * into as few rectangles as possible (a column of phones to tidy is one area, not forty), per
 * sheet. Pure: the office work is in marks.ts.
 */

import { rectAddress, type Rect } from "../../workbook/address";
import type { Issue, Severity } from "../../domain/validation";

/**
 * Conditional formats sit on top of the user's own fills and fonts, so marking never changes
 * their formatting, and removing exactly the formats we added restores the sheet as it was.
 */
export const MARK_STYLES: Readonly<Record<Severity, { fill: string; font: string }>> = {
  error: { fill: "#F4CCCC", font: "#9C0006" },
  warning: { fill: "#FFF2CC", font: "#7F6000" },
};

/**
 * The rule of every mark: always true, and the add-in's signature. Nobody writes this rule for
 * their own formatting, so a format with it is ours whatever its colours (even one whose batch
 * stopped before its fill was set), and a format without it is never ours to remove. It names
 * the add-in, so an officer who opens Manage Rules sees whose it is. A comparison of two texts
 * is valid in Excel, in LibreOffice and in the in-memory Excel, which draws it in the preview.
 */
export const MARK_FORMULA = '="Mentorship Registers validation mark"<>""';

/**
 * Marks made before the signature: rule =TRUE. Ours only with both of our exact colours (a fill
 * and its font), so an officer's own =TRUE rule (bold only, or their own fill) is left alone.
 */
const LEGACY_MARK_FORMULA = "=TRUE";

/**
 * Areas marked per sheet at most. One conditional format covers many areas (see chunkAreas),
 * but past this many scattered areas Excel's redraw slows, and the issues sheet is the better
 * guide.
 */
export const MAX_MARKED_AREAS_PER_SHEET = 2_000;

/**
 * Longest list of areas ("B3:B5,D7,...") given to one conditional format. Excel's documented
 * limit for an address given to getRanges is not published; 255 characters is the limit of a
 * reference typed into Excel's own dialogs, so staying under it is safe everywhere. About 30
 * areas a format.
 */
export const MAX_MARK_ADDRESS_CHARS = 255;

export interface SheetMarks {
  sheet: string;
  /** Zero-based rectangles, errors and warnings apart (a cell with both is an error). */
  areas: Record<Severity, Rect[]>;
  /** Cells with issues on the sheet. */
  cells: number;
  /** Cells left unmarked because the sheet passed MAX_MARKED_AREAS_PER_SHEET. */
  unmarkedCells: number;
}

export interface MarkPlan {
  sheets: SheetMarks[];
  cells: number;
  areas: number;
  unmarkedCells: number;
}

/**
 * Runs down each column, then runs with the same rows side by side merged across columns.
 * Linear in the number of cells (a map finds the neighbour to extend), so 50,000 marked cells
 * plan in milliseconds.
 */
export function cellsToAreas(cells: ReadonlyArray<{ row: number; column: number }>): Rect[] {
  // Callers pass each cell once (planMarks keys them by position).
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Rect[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === cell.column && last.row + last.rowCount === cell.row) last.rowCount += 1;
    else runs.push({ row: cell.row, column: cell.column, rowCount: 1, columnCount: 1 });
  }
  // A run extends the area ending just left of it that spans the same rows.
  const open = new Map<string, Rect>();
  const areas: Rect[] = [];
  for (const run of runs) {
    const key = (column: number) => `${run.row}:${run.rowCount}:${column}`;
    const left = open.get(key(run.column - 1));
    if (left) {
      left.columnCount += 1;
      open.delete(key(run.column - 1));
      open.set(key(run.column), left);
    } else {
      areas.push(run);
      open.set(key(run.column), run);
    }
  }
  return areas;
}

function cellCount(rects: readonly Rect[]): number {
  return rects.reduce((n, r) => n + r.rowCount * r.columnCount, 0);
}

export function planMarks(issues: readonly Issue[], maxAreasPerSheet = MAX_MARKED_AREAS_PER_SHEET): MarkPlan {
  const bySheet = new Map<string, { sheet: string; worst: Map<string, { row: number; column: number; severity: Severity }> }>();
  for (const issue of issues) {
    const key = issue.sheet.toLowerCase();
    let entry = bySheet.get(key);
    if (!entry) {
      entry = { sheet: issue.sheet, worst: new Map() };
      bySheet.set(key, entry);
    }
    const cellKey = `${issue.row}:${issue.column}`;
    const known = entry.worst.get(cellKey);
    if (!known || (known.severity === "warning" && issue.severity === "error")) {
      entry.worst.set(cellKey, { row: issue.row - 1, column: issue.column - 1, severity: issue.severity });
    }
  }
  const sheets: SheetMarks[] = [];
  for (const { sheet, worst } of bySheet.values()) {
    const cells = [...worst.values()];
    // Errors first, so a sheet over the limit still shows every error it can.
    let budget = maxAreasPerSheet;
    const areas = { error: [] as Rect[], warning: [] as Rect[] };
    let unmarkedCells = 0;
    for (const severity of ["error", "warning"] as const) {
      const all = cellsToAreas(cells.filter((c) => c.severity === severity));
      areas[severity] = all.slice(0, Math.max(0, budget));
      unmarkedCells += cellCount(all.slice(Math.max(0, budget)));
      budget -= areas[severity].length;
    }
    sheets.push({ sheet, areas, cells: cells.length, unmarkedCells });
  }
  return {
    sheets,
    cells: sheets.reduce((n, s) => n + s.cells, 0),
    areas: sheets.reduce((n, s) => n + s.areas.error.length + s.areas.warning.length, 0),
    unmarkedCells: sheets.reduce((n, s) => n + s.unmarkedCells, 0),
  };
}

/** Areas grouped so that each group's address list ("B3:B5,D7") stays within `maxChars`. */
export function chunkAreas(rects: readonly Rect[], maxChars = MAX_MARK_ADDRESS_CHARS): Rect[][] {
  const chunks: Rect[][] = [];
  let current: Rect[] = [];
  let length = 0;
  for (const rect of rects) {
    const size = rectAddress(rect).length + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && length + size > maxChars) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(rect);
    length += current.length === 1 ? rectAddress(rect).length : size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** A rule formula without a leading "=" and without spaces outside its quoted text. */
function formulaKey(formula: string): string {
  let key = "";
  let quoted = false;
  for (const ch of formula.trim().replace(/^=/, "")) {
    if (ch === '"') quoted = !quoted;
    if (quoted || ch === '"' || !/\s/.test(ch)) key += ch;
  }
  return key;
}

const SIGNATURE = formulaKey(MARK_FORMULA);
const LEGACY = formulaKey(LEGACY_MARK_FORMULA);

/** What findMarks reads of a Custom conditional format to tell ours from the officer's. */
export interface MarkLook {
  type: string;
  formula: string;
  fill: string | null | undefined;
  font: string | null | undefined;
}

/** Whether a conditional format is one of ours: our signature rule, or an old mark in both of our exact colours. */
export function isValidationMark({ type, formula, fill, font }: MarkLook): boolean {
  if (type !== "Custom") return false;
  const key = formulaKey(formula);
  if (key === SIGNATURE) return true;
  if (key.toUpperCase() !== LEGACY) return false;
  const colours = { fill: (fill ?? "").toUpperCase(), font: (font ?? "").toUpperCase() };
  return Object.values(MARK_STYLES).some((style) => style.fill === colours.fill && style.font === colours.font);
}
