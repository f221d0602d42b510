import { cellText, isBlankCell } from "../normalize/result";
import { REGISTERS, cellRef, type GridValue, type NormalisationProblem, type RegisterKind } from "../registers";

/*
 * Offices often end a list with a totals row ("Total", "Grand total" over summed capacities).
 * Read like any other row it becomes a mentor called "Total" with the whole list's capacity,
 * counted in summaries and offered in pairing. It is still kept (nothing typed is dropped),
 * but reported on its label's cell so the officer sees it and takes it off the list.
 */

const TOTALS_LABEL = /^(grand\s+|sub-?\s*)?totals?\s*:?$/i;

/**
 * The problem to report when a row starts with a totals label, or null. `columnAt(j)` gives the
 * sheet column of the row's j-th cell and the field it feeds (null for a carried column); the
 * problem sits on the label's cell when it is a field's, else on the row's first field cell,
 * where validation will show it. Costs one look at the row's first non-blank cell.
 */
export function totalsRowProblem(
  kind: RegisterKind,
  sheet: string,
  sheetRow: number,
  values: ReadonlyArray<GridValue | undefined>,
  columnAt: (j: number) => { column: number; field: string | null },
): NormalisationProblem | null {
  const filled = (j: number) => values[j] !== undefined && !isBlankCell(values[j] ?? "");
  const start = values.findIndex((_value, j) => filled(j));
  const label = values[start];
  if (start < 0 || typeof label !== "string" || !TOTALS_LABEL.test(label.trim())) return null;
  let at = start;
  while (at < values.length && (!filled(at) || columnAt(at).field === null)) at++;
  const value = values[at];
  const { column, field } = columnAt(at);
  if (value === undefined || field === null) return null;
  return {
    field,
    cell: cellRef(sheet, sheetRow, column),
    value,
    message: `Row ${sheetRow} of “${sheet}” starts with “${cellText(label).trim()}”: it looks like a totals row, not a ${REGISTERS[kind].rowNoun}, and would be counted as one`,
    fix: "Move the totals off the list (to another sheet) and convert again, replacing this sheet's rows; the registers count their rows themselves.",
  };
}
