/**
 * Mapping between the model's cell styles and ExcelJS's (OOXML) style objects. Node side.
 */

import type ExcelJS from "exceljs";
import type { XlConditionalCellValueOperator, XlHorizontalAlignment, XlVerticalAlignment } from "../office/excel-api";
import type { CellStyle, ConditionalFormatStyle } from "../memory/model";
import { DEFAULT_FONT_SIZE } from "../memory/proxies-format";

const HORIZONTAL_TO_FILE: Partial<Record<XlHorizontalAlignment, ExcelJS.Alignment["horizontal"]>> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

const VERTICAL_TO_FILE: Partial<Record<XlVerticalAlignment, ExcelJS.Alignment["vertical"]>> = {
  Top: "top",
  Center: "middle",
  Justify: "justify",
  Distributed: "distributed",
};

const OPERATOR_TO_FILE: Partial<Record<XlConditionalCellValueOperator, string>> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThanOrEqual: "lessThanOrEqual",
};

function invert<K extends string, V extends string>(map: Partial<Record<K, V>>): Map<V, K> {
  return new Map(Object.entries(map).map(([k, v]) => [v as V, k as K]));
}

const HORIZONTAL_FROM_FILE = invert(HORIZONTAL_TO_FILE);
const VERTICAL_FROM_FILE = invert(VERTICAL_TO_FILE);
const OPERATOR_FROM_FILE = invert(OPERATOR_TO_FILE);

/** "#1F4E78" -> "FF1F4E78" (ARGB, opaque). */
export function toArgb(color: string): string {
  return `FF${color.replace("#", "").toUpperCase()}`;
}

/** "FF1F4E78" or "1F4E78" -> "#1F4E78"; theme and indexed colours (no ARGB) give undefined. */
export function fromArgb(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== "string") return undefined;
  if (/^[0-9a-f]{8}$/i.test(argb)) return `#${argb.slice(2).toUpperCase()}`;
  if (/^[0-9a-f]{6}$/i.test(argb)) return `#${argb.toUpperCase()}`;
  return undefined;
}

/** The workbook's default font (what ExcelJS writes as the Normal style's). */
const DEFAULT_FONT_NAME = "Calibri";

export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold || style.italic || style.fontColor || style.fontSize) {
    // A cell font replaces the default one whole: without a name and size, LibreOffice prints
    // the cell in its own default (a serif) and Excel may too. Name them, as Excel does.
    const font: Partial<ExcelJS.Font> = { name: DEFAULT_FONT_NAME, family: 2, size: DEFAULT_FONT_SIZE };
    if (style.bold) font.bold = true;
    if (style.italic) font.italic = true;
    if (style.fontColor) font.color = { argb: toArgb(style.fontColor) };
    if (style.fontSize) font.size = style.fontSize;
    cell.font = font;
  }
  if (style.fillColor) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(style.fillColor) } };
  const horizontal = style.horizontalAlignment ? HORIZONTAL_TO_FILE[style.horizontalAlignment] : undefined;
  const vertical = style.verticalAlignment ? VERTICAL_TO_FILE[style.verticalAlignment] : undefined;
  if (horizontal || vertical || style.wrapText) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (horizontal) alignment.horizontal = horizontal;
    if (vertical) alignment.vertical = vertical;
    if (style.wrapText) alignment.wrapText = true;
    cell.alignment = alignment;
  }
}

export function readCellStyle(cell: ExcelJS.Cell): CellStyle {
  const style: CellStyle = {};
  const font = cell.font as Partial<ExcelJS.Font> | undefined;
  if (font?.bold) style.bold = true;
  if (font?.italic) style.italic = true;
  const fontColor = fromArgb(font?.color);
  if (fontColor && fontColor !== "#000000") style.fontColor = fontColor;
  if (typeof font?.size === "number" && font.size !== DEFAULT_FONT_SIZE) style.fontSize = font.size;
  const fill = cell.fill as ExcelJS.Fill | undefined;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") {
    const color = fromArgb(fill.fgColor);
    if (color) style.fillColor = color;
  }
  const alignment = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
  const horizontal = alignment?.horizontal ? HORIZONTAL_FROM_FILE.get(alignment.horizontal) : undefined;
  const vertical = alignment?.vertical ? VERTICAL_FROM_FILE.get(alignment.vertical) : undefined;
  if (horizontal) style.horizontalAlignment = horizontal;
  if (vertical) style.verticalAlignment = vertical;
  if (alignment?.wrapText) style.wrapText = true;
  return style;
}

/** Differential style of a conditional format (fills use bgColor in OOXML dxf). */
export function conditionalStyleToFile(style: ConditionalFormatStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.fillColor) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(style.fillColor) } };
  if (style.bold || style.italic || style.fontColor) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.bold) font.bold = true;
    if (style.italic) font.italic = true;
    if (style.fontColor) font.color = { argb: toArgb(style.fontColor) };
    out.font = font;
  }
  return out;
}

export function conditionalStyleFromFile(style: Partial<ExcelJS.Style> | undefined): ConditionalFormatStyle {
  const out: ConditionalFormatStyle = {};
  const fill = style?.fill;
  if (fill && fill.type === "pattern") {
    const color = fromArgb(fill.bgColor) ?? fromArgb(fill.fgColor);
    if (color) out.fillColor = color;
  }
  if (style?.font?.bold) out.bold = true;
  if (style?.font?.italic) out.italic = true;
  const fontColor = fromArgb(style?.font?.color);
  if (fontColor) out.fontColor = fontColor;
  return out;
}

export function operatorToFile(operator: XlConditionalCellValueOperator): string | undefined {
  return OPERATOR_TO_FILE[operator];
}

export function operatorFromFile(operator: string | undefined): XlConditionalCellValueOperator | undefined {
  return operator === undefined ? undefined : OPERATOR_FROM_FILE.get(operator);
}
