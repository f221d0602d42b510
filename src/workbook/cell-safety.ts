/**
 * Keeping user text as text when it is written through `Range.values`. Pure (no Office calls),
 * so the domain, the office operations and the xlsx adapter can all use it.
 *
 * Excel parses every string written to `values` as if a person had typed it: "=..." (and
 * "+A1", "-A1", "@SUM(...)") becomes a formula, "007" and "0712345678" become numbers that
 * lose their leading zeros, "+254712345678" becomes 254712345678, "TRUE" a boolean,
 * "06/02/2017" or "MAR-12" a date. A mentee called "=HYPERLINK(...)" must not become a link.
 *
 * The fix chosen here is to give such cells the Text number format ("@") in the same batch,
 * before the value is written. Why "@" rather than prefixing an apostrophe:
 *  - the cell stays text when a person later edits it (retyping 0712345678 in a text cell
 *    keeps the zero; an apostrophe protects one entry only);
 *  - the stored value is exactly the user's string: nothing to strip when reading it back,
 *    and other tools (ExcelJS, LibreOffice, CSV export) see the same plain string instead of
 *    relying on Excel's hidden "quote prefix" flag, which many of them drop;
 *  - a formula referring to the cell sees the text, not a number.
 * (`Range.valuesAsJson` with `{type: "String"}` would also work but needs ExcelApi 1.16.)
 *
 * One case cannot be solved with "@": a string that itself starts with an apostrophe. Excel
 * treats a leading apostrophe as the quote prefix and drops it in any number format, so we
 * double it: writing "''x" stores "'x".
 *
 * `needsTextFormat` is deliberately conservative: a false positive only means a harmless "@"
 * on a cell that holds text anyway; a false negative corrupts data.
 */

export type SafeCellValue = string | number | boolean;

export interface SafeCell {
  /** What to put in `Range.values`. */
  value: SafeCellValue;
  /** True when the cell's numberFormat must be "@" before the value is written. */
  textFormat: boolean;
}

/** The number format that makes Excel store typed input verbatim as text. */
export const TEXT_FORMAT = "@";

/** Excel's maximum number of characters in a cell. */
export const MAX_CELL_TEXT_LENGTH = 32_767;

const MONTH_WORDS = new Set([
  "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
  "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
  "dec", "december",
]);

const ERROR_LITERALS = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
]);

/** Characters that can make up a number, date, time, fraction, percentage or amount. */
const NUMERIC_SHAPE = /^[\s\d.,:/\-+%$€£¥()eE]*\s*(am|pm|a|p)?\s*$/i;

/**
 * Would Excel turn this string into something other than the same text (formula, number,
 * date, time, boolean or error) if it were written to `Range.values` of a General cell?
 */
export function needsTextFormat(text: string): boolean {
  if (text === "") return false;
  const first = text[0];
  if (first === "=" || first === "+" || first === "-" || first === "@") return true;
  const trimmed = text.trim();
  if (trimmed === "") return false;
  if (/^(true|false)$/i.test(trimmed)) return true;
  if (ERROR_LITERALS.has(trimmed.toUpperCase())) return true;
  const hasDigit = /\d/.test(trimmed);
  if (hasDigit && NUMERIC_SHAPE.test(trimmed)) return true;
  if (hasDigit && looksLikeWordDate(trimmed)) return true;
  return false;
}

/** "6 Feb 2017", "MAR-12", "Feb 6, 2017", "12-Sept": a month word with numbers and separators only. */
function looksLikeWordDate(text: string): boolean {
  const tokens = text.split(/[\s\-/,.]+/).filter((t) => t !== "");
  let month = false;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (MONTH_WORDS.has(lower)) month = true;
    else if (!/^\d+$/.test(token) && !/^(am|pm)$/i.test(token) && !/^\d+(st|nd|rd|th)$/i.test(token)) return false;
  }
  return month;
}

/** True when the string starts with Excel's quote-prefix character. */
export function hasQuotePrefix(text: string): boolean {
  return text.startsWith("'");
}

/**
 * What to write for one cell so that Excel stores exactly `value`.
 * Numbers must be finite (Excel has no NaN or Infinity); null/undefined mean an empty cell.
 */
export function toSafeCellValue(value: string | number | boolean | null | undefined): SafeCell {
  if (value === null || value === undefined) return { value: "", textFormat: false };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`Excel cannot store the number ${String(value)}`);
    return { value, textFormat: false };
  }
  if (typeof value === "boolean") return { value, textFormat: false };
  if (value.length > MAX_CELL_TEXT_LENGTH) {
    throw new RangeError(`Text of ${value.length} characters is longer than Excel's ${MAX_CELL_TEXT_LENGTH}-character cell limit`);
  }
  if (hasQuotePrefix(value)) return { value: `'${value}`, textFormat: false };
  return { value, textFormat: needsTextFormat(value) };
}
