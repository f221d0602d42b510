import type { GridValue } from "../registers/register-data";
import { refuse, type Normalised } from "./result";

/*
 * Excel's error values. Office.js (Range.values), ExcelJS and the in-memory Excel all hand over
 * a cell that shows an error as the error's text ("#REF!"), so by type it looks like text. It
 * never is: typing "#REF!" into a cell makes Excel store the error itself, and the add-in's own
 * registers write what they read. A cell holding exactly one of these is a broken formula (or a
 * copy of one), never a name, a county or a date.
 */

/** Why each error appears, in an officer's words (Excel's own help says the same, longer). */
const CAUSES = {
  "#N/A": "a lookup such as VLOOKUP, XLOOKUP or MATCH found nothing to return",
  "#REF!": "a cell, row or sheet it refers to was deleted",
  "#DIV/0!": "it divides by zero or by a blank cell",
  "#VALUE!": "it uses text where it needs a number or a date",
  "#NAME?": "it names a function or range Excel does not know, often a misspelling",
  "#NUM!": "a number in it is not valid or is too large",
  "#NULL!": "two ranges in it do not meet, often a space typed where a comma was meant",
  "#SPILL!": "its results would spill into cells that are not empty",
  "#CALC!": "Excel could not calculate it, for example a FILTER that found nothing",
  "#GETTING_DATA": "Excel was still fetching its data when the sheet was read",
  "#FIELD!": "it asks a linked data type for a field it does not have",
  "#BLOCKED!": "a feature it needs is blocked by Excel's settings",
  "#CONNECT!": "Excel could not reach the service it gets data from",
  "#BUSY!": "Excel was still working on it when the sheet was read",
  "#UNKNOWN!": "it uses a feature this version of Excel does not know",
  "#PYTHON!": "the Python code in it failed",
} as const;

export type ExcelErrorValue = keyof typeof CAUSES;

export const EXCEL_ERROR_VALUES: readonly ExcelErrorValue[] = Object.keys(CAUSES) as ExcelErrorValue[];

const ERRORS: ReadonlySet<string> = new Set(EXCEL_ERROR_VALUES);

/** The Excel error a cell shows, or undefined when it holds a value (or nothing). */
export function excelErrorIn(value: GridValue | null | undefined): ExcelErrorValue | undefined {
  // Every error starts with "#": one character comparison keeps ordinary cells cheap.
  if (typeof value !== "string" || value.charCodeAt(0) !== 35) return undefined;
  return ERRORS.has(value) ? (value as ExcelErrorValue) : undefined;
}

/** What probably broke, for messages: "a cell, row or sheet it refers to was deleted". */
export function excelErrorCause(error: ExcelErrorValue): string {
  return CAUSES[error];
}

/** Whether `error` only says Excel had not finished calculating: waiting mends it, not editing. */
export function excelStillCalculating(error: ExcelErrorValue): boolean {
  return error === "#GETTING_DATA" || error === "#BUSY!";
}

/** What to do about a cell showing `error`, without naming the cell (callers add where). */
function excelErrorFix(error: ExcelErrorValue): string {
  if (excelStillCalculating(error)) return "Wait until Excel has finished calculating the cell, then check again.";
  return "Click the cell and look at its formula in the formula bar: repair it, or type the value itself instead of a formula. Then check again.";
}

/**
 * A cell showing an Excel error as the normalisers answer it: never a value, whatever the
 * field; the message says what the cell shows and what probably broke.
 */
export function refuseExcelError<T>(error: ExcelErrorValue): Normalised<T> {
  return refuse(`The cell shows Excel's error ${error}, not a value: a formula behind it broke (${CAUSES[error]})`, excelErrorFix(error));
}
