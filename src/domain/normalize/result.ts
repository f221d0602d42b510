import type { GridValue } from "../registers/register-data";

/** What the user must read and do when a value cannot be used: the caller adds where. */
export interface NormaliseProblem {
  /** What is wrong, quoting the value: "“Kisumo Town” is not one of Kenya's 47 counties". */
  message: string;
  /** How to fix it, as an instruction: "Type the county's name, e.g. Kisumu." */
  fix: string;
}

/**
 * The outcome of reading one cell as a field kind. `changed` says whether the register would
 * show something other than what was typed; `reason` says why in a few words. `partial` is set
 * only by list kinds when some items were recognised and others were not: the recognised
 * items are the value (so pairing can use them) and the rest is reported, never dropped
 * silently; the original stays in the row's `raw`.
 */
export type Normalised<T> =
  | { ok: true; value: T; changed: boolean; reason?: string; partial?: NormaliseProblem }
  | { ok: false; message: string; fix: string };

export type Normaliser<T> = (value: GridValue, numberFormat?: string) => Normalised<T>;

export function accept<T>(value: T, changed: boolean, reason?: string): Normalised<T> {
  return reason === undefined || !changed ? { ok: true, value, changed } : { ok: true, value, changed, reason };
}

export function refuse<T = never>(message: string, fix: string): Normalised<T> {
  return { ok: false, message, fix };
}

/** A cell's text as Excel would show it in General format (booleans as TRUE/FALSE). */
export function cellText(value: GridValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return Object.is(value, -0) ? "0" : String(value);
}

const MAX_QUOTED = 60;

/** The value in curly quotes for a message, shortened so a pasted paragraph cannot swamp it. */
export function quoted(value: GridValue): string {
  const text = cellText(value).replace(/\s+/g, " ").trim();
  const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
  return `“${short}”`;
}

// Zero-width and byte-order marks count as blank: they are invisible in Excel.
const INVISIBLE_ONLY = /^[\s\u0000-\u001F\u007F\u200B-\u200D\u2060\uFEFF]*$/;

/**
 * A cell with nothing a person could see: empty, or only spaces and invisible characters.
 * Such a cell carries no information, so the reader treats it as blank (nothing to lose).
 */
export function isBlankCell(value: GridValue | undefined | null): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== "string") return false;
  if (value === "") return true;
  // Most cells start with a printable ASCII character: no need for the regular expression.
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return INVISIBLE_ONLY.test(value);
}
