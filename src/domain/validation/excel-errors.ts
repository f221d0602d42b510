import { excelErrorCause, excelStillCalculating, type ExcelErrorValue } from "../normalize/excel-errors";
import type { CellRef, FieldDef } from "../registers";
import type { Collector, RowView } from "./context";
import type { RuleId } from "./rules";

/**
 * Cells that show Excel's error (#REF!, #N/A, …): a formula behind them broke, and the add-in
 * reads nothing from them. An error for every field the register needs or reads as a type; a
 * warning (field.text) for optional free text, which changes no figure.
 */
function excelErrorRule(def: FieldDef | undefined): RuleId {
  const optionalText = def !== undefined && !def.required && (def.kind === "text" || def.kind === "list");
  return optionalText ? "field.text" : "field.excel-error";
}

/**
 * Reports one such cell. The message names the error code, never the cell's text, so it is
 * shown as it is for confidential fields (session notes, evaluation comments) too.
 */
export function reportExcelError(at: RowView, field: string, cell: CellRef, error: ExcelErrorValue, out: Collector): void {
  const def = at.layout.field(field);
  const label = def?.label ?? field;
  out.report(excelErrorRule(def), at, {
    field,
    value: error,
    cell,
    quotesNoCellText: true,
    message: `${label} for ${at.who} shows Excel's error ${error} instead of a value: a formula behind the cell broke (${excelErrorCause(error)}). The add-in reads nothing from it, so the row is checked as if the cell were blank.`,
    fix: excelStillCalculating(error)
      ? `Wait until Excel has finished calculating ${cell.address} on the ${cell.sheet} sheet, then validate again.`
      : `Click ${cell.address} on the ${cell.sheet} sheet and look at its formula in the formula bar: repair it, or type the value itself instead of a formula (in a register the add-in made, the error was copied from the sheet the row came from: repair it there and convert again). Then validate again.`,
  });
}
