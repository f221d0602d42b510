/**
 * A1 addresses and rectangles, zero-based, with Excel's limits. Pure: used by the in-memory
 * Excel, the xlsx adapter and the office operations alike.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells; `row`/`column` are zero-based like Office.js `rowIndex`/`columnIndex`. */
export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface CellPosition {
  row: number;
  column: number;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0 || column >= MAX_COLUMNS) {
    throw new RangeError(`Column index ${column} is outside Excel's A..XFD`);
  }
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" -> 0; undefined when not 1-3 letters within XFD. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < MAX_COLUMNS ? n - 1 : undefined;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** Excel's own spelling: "A1" for one cell, "A:B" for whole columns, "1:3" for whole rows. */
export function rectAddress(rect: Rect): string {
  const wholeColumns = rect.row === 0 && rect.rowCount === MAX_ROWS;
  const wholeRows = rect.column === 0 && rect.columnCount === MAX_COLUMNS;
  const lastRow = rect.row + rect.rowCount - 1;
  const lastColumn = rect.column + rect.columnCount - 1;
  if (wholeRows) return `${rect.row + 1}:${lastRow + 1}`;
  if (wholeColumns) return `${columnLetters(rect.column)}:${columnLetters(lastColumn)}`;
  const first = cellAddress(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${cellAddress(lastRow, lastColumn)}`;
}

/** "$A$1:$C$4" form used in validation sources and print areas. */
export function absoluteRectAddress(rect: Rect): string {
  const abs = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
  const first = abs(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${abs(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

/**
 * Excel quotes a sheet name in an address unless it is a plain identifier that cannot be
 * mistaken for a cell reference; an apostrophe inside is doubled.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !looksLikeCellReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

function looksLikeCellReference(name: string): boolean {
  if (/^R(\d*)C(\d*)$/i.test(name) || /^[RC]$/i.test(name)) return true;
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  return m !== null && columnIndex(m[1] ?? "") !== undefined;
}

export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect)}`;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

function parseCellPart(part: string): { row?: number; column?: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(part);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const out: { row?: number; column?: number } = {};
  if (m[1] !== undefined) {
    const column = columnIndex(m[1]);
    if (column === undefined) return undefined;
    out.column = column;
  }
  if (m[2] !== undefined) {
    const row = Number(m[2]) - 1;
    if (row < 0 || row >= MAX_ROWS) return undefined;
    out.row = row;
  }
  return out;
}

/**
 * Parses "A1", "A1:C3", "$A$1", "A:C", "2:5", "Sheet1!A1:B2", "'My sheet'!A1".
 * Returns undefined for anything Excel would reject as an address (including "A1:B" mixes).
 */
export function parseAddress(text: string): ParsedAddress | undefined {
  let rest = text.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const sheetPart = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    if (sheetPart.startsWith("'")) {
      if (!sheetPart.endsWith("'") || sheetPart.length < 3) return undefined;
      sheet = sheetPart.slice(1, -1).replace(/''/g, "'");
    } else {
      if (sheetPart === "" || /[\s'!]/.test(sheetPart)) return undefined;
      sheet = sheetPart;
    }
  }
  const parts = rest.split(":");
  if (parts.length < 1 || parts.length > 2) return undefined;
  const a = parseCellPart(parts[0] ?? "");
  const b = parts.length === 2 ? parseCellPart(parts[1] ?? "") : a;
  if (!a || !b) return undefined;
  let rect: Rect;
  if (a.row !== undefined && a.column !== undefined && b.row !== undefined && b.column !== undefined) {
    const top = Math.min(a.row, b.row);
    const left = Math.min(a.column, b.column);
    rect = {
      row: top,
      column: left,
      rowCount: Math.max(a.row, b.row) - top + 1,
      columnCount: Math.max(a.column, b.column) - left + 1,
    };
  } else if (parts.length === 2 && a.row === undefined && b.row === undefined && a.column !== undefined && b.column !== undefined) {
    const left = Math.min(a.column, b.column);
    rect = { row: 0, column: left, rowCount: MAX_ROWS, columnCount: Math.max(a.column, b.column) - left + 1 };
  } else if (parts.length === 2 && a.column === undefined && b.column === undefined && a.row !== undefined && b.row !== undefined) {
    const top = Math.min(a.row, b.row);
    rect = { row: top, column: 0, rowCount: Math.max(a.row, b.row) - top + 1, columnCount: MAX_COLUMNS };
  } else {
    return undefined;
  }
  return sheet === undefined ? { rect } : { sheet, rect };
}

export function isValidRect(rect: Rect): boolean {
  return (
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.column) &&
    Number.isInteger(rect.rowCount) &&
    Number.isInteger(rect.columnCount) &&
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS
  );
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

export function rectContainsCell(rect: Rect, row: number, column: number): boolean {
  return row >= rect.row && row < rect.row + rect.rowCount && column >= rect.column && column < rect.column + rect.columnCount;
}

export function rectIntersection(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const bottom = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const right = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (bottom <= row || right <= column) return undefined;
  return { row, column, rowCount: bottom - row, columnCount: right - column };
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return rectIntersection(a, b) !== undefined;
}

/** The parts of `a` outside `b`, as at most four non-overlapping rectangles. */
export function rectSubtract(a: Rect, b: Rect): Rect[] {
  const cut = rectIntersection(a, b);
  if (!cut) return [a];
  const out: Rect[] = [];
  const aBottom = a.row + a.rowCount;
  const cutBottom = cut.row + cut.rowCount;
  if (cut.row > a.row) out.push({ row: a.row, column: a.column, rowCount: cut.row - a.row, columnCount: a.columnCount });
  if (cutBottom < aBottom) out.push({ row: cutBottom, column: a.column, rowCount: aBottom - cutBottom, columnCount: a.columnCount });
  if (cut.column > a.column) out.push({ row: cut.row, column: a.column, rowCount: cut.rowCount, columnCount: cut.column - a.column });
  const aRight = a.column + a.columnCount;
  const cutRight = cut.column + cut.columnCount;
  if (cutRight < aRight) out.push({ row: cut.row, column: cutRight, rowCount: cut.rowCount, columnCount: aRight - cutRight });
  return out;
}

export function rectEquals(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;
}

export function rectCellCount(rect: Rect): number {
  return rect.rowCount * rect.columnCount;
}

/**
 * Groups a set of cells into rectangles: runs down each column, then runs of equal runs across
 * columns. Used to turn per-cell lists (as ExcelJS reads data validations) back into ranges.
 */
export function cellsToRects(cells: readonly CellPosition[]): Rect[] {
  const byColumn = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byColumn.get(c.column) ?? [];
    rows.push(c.row);
    byColumn.set(c.column, rows);
  }
  const runs: Rect[] = [];
  for (const [column, rows] of [...byColumn.entries()].sort((x, y) => x[0] - y[0])) {
    const sorted = [...new Set(rows)].sort((x, y) => x - y);
    let start = sorted[0];
    let prev = start;
    for (let i = 1; i <= sorted.length; i++) {
      const r = sorted[i];
      if (r !== undefined && prev !== undefined && r === prev + 1) {
        prev = r;
        continue;
      }
      if (start !== undefined && prev !== undefined) runs.push({ row: start, column, rowCount: prev - start + 1, columnCount: 1 });
      start = r;
      prev = r;
    }
  }
  const merged: Rect[] = [];
  for (const run of runs) {
    const left = merged.find(
      (m) => m.row === run.row && m.rowCount === run.rowCount && m.column + m.columnCount === run.column,
    );
    if (left) left.columnCount += 1;
    else merged.push({ ...run });
  }
  return merged;
}
