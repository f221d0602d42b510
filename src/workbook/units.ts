/**
 * Column width units. Office.js speaks points; people and the Excel UI speak characters
 * (8.43 = the default column); .xlsx files store "width" in character cells of the default
 * font including padding. Excel snaps widths to whole pixels (Calibri 11: 7 px per digit,
 * 5 px padding, 96 dpi => 0.75 pt per px), so conversions round to pixels like Excel does.
 */

const PX_PER_CHAR = 7;
const PADDING_PX = 5;
const PT_PER_PX = 0.75;

/** Excel UI width ("Column width: 14") to Office.js `format.columnWidth` points. */
export function charactersToPoints(characters: number): number {
  if (characters <= 0) return 0;
  return Math.trunc(characters * PX_PER_CHAR + PADDING_PX) * PT_PER_PX;
}

/** Office.js points to the Excel UI width, rounded to 2 decimals like the width dialog. */
export function pointsToCharacters(points: number): number {
  const px = Math.round(points / PT_PER_PX);
  if (px <= PADDING_PX) return 0;
  return Math.round(((px - PADDING_PX) / PX_PER_CHAR) * 100) / 100;
}

/** Office.js points to the .xlsx `<col width>` (what ExcelJS calls column.width). */
export function pointsToFileWidth(points: number): number {
  const px = Math.round(points / PT_PER_PX);
  return Math.trunc((px / PX_PER_CHAR) * 256) / 256;
}

/** .xlsx `<col width>` to Office.js points. */
export function fileWidthToPoints(width: number): number {
  return Math.round(width * PX_PER_CHAR) * PT_PER_PX;
}
