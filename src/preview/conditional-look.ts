// Conditional formats as the preview grid can show them: the in-memory Excel has no formula
// engine, so a Custom rule applies when its formula is a literal Excel would take as true
// (=TRUE, or a number other than 0), as the add-in's own validation marks are. Rules whose
// formula refers to cells are not evaluated and not drawn.
import { evaluateLiteralFormula } from "../workbook/memory/excel-input";
import type { ConditionalFormatStyle, MemorySheet } from "../workbook/memory/model";

function appliesAlways(formula: string | undefined): boolean {
  if (formula === undefined) return false;
  const value = evaluateLiteralFormula(formula);
  return value === true || (typeof value === "number" && value !== 0);
}

/** The style the highest-priority applying Custom format gives the cell, if any. */
export function conditionalStyleAt(sheet: MemorySheet, row: number, column: number): ConditionalFormatStyle | undefined {
  let best: { priority: number; style: ConditionalFormatStyle } | undefined;
  for (const cf of sheet.conditionalFormats) {
    if (cf.type !== "Custom" || (best && cf.priority >= best.priority)) continue;
    const covers = cf.rects.some((r) => row >= r.row && row < r.row + r.rowCount && column >= r.column && column < r.column + r.columnCount);
    if (covers && appliesAlways(cf.formula)) best = { priority: cf.priority, style: cf.style };
  }
  return best?.style;
}
