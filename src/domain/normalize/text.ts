import type { GridValue } from "../registers/register-data";
import { accept, cellText, refuse, type Normalised } from "./result";

// Compiled once: these run on every text cell of a 50,000-row sheet.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/;
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const HAS_ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const LINE_BREAK = /\r\n?|\n/g;
const HAS_LINE_BREAK = /[\r\n]/;
const RUN_OF_SPACES = /[ \t]+/g;
const HAS_EXTRA_SPACE = /^[ \t]|[ \t]$|[ \t]{2}|\t/;

/** What cleaning did, in the words the change report uses. */
function describeCleaning(original: string, multiline: boolean): string {
  const parts: string[] = [];
  if (HAS_ODD_SPACE.test(original)) parts.push("non-breaking spaces made ordinary");
  if (HAS_CONTROL.test(original)) parts.push("hidden characters removed");
  if (!multiline && HAS_LINE_BREAK.test(original)) parts.push("line breaks joined");
  if (parts.length === 0 || HAS_EXTRA_SPACE.test(original.replace(ODD_SPACE, " "))) parts.push("extra spaces removed");
  return parts.join("; ");
}

/**
 * One-line text as a person means it: no leading/trailing or doubled spaces, non-breaking
 * spaces (pasted from web pages and Word) made ordinary, invisible characters gone. Nothing
 * else is touched: a leading "=", "+", "-" or "@" is the user's text and stays.
 */
export function cleanInline(text: string): string {
  let out = text;
  if (HAS_CONTROL.test(out)) out = out.replace(CONTROL, "");
  if (HAS_ODD_SPACE.test(out)) out = out.replace(ODD_SPACE, " ");
  if (HAS_LINE_BREAK.test(out)) out = out.replace(LINE_BREAK, " ");
  return out.replace(RUN_OF_SPACES, " ").trim();
}

/** Like cleanInline, but a remark's line breaks are the writer's and are kept (as \n). */
export function cleanMultiline(text: string): string {
  let out = text;
  if (HAS_CONTROL.test(out)) out = out.replace(CONTROL, "");
  if (HAS_ODD_SPACE.test(out)) out = out.replace(ODD_SPACE, " ");
  if (!HAS_LINE_BREAK.test(out)) return out.replace(RUN_OF_SPACES, " ").trim();
  const lines = out.split(LINE_BREAK).map((line) => line.replace(RUN_OF_SPACES, " ").trim());
  while (lines.length > 0 && lines[0] === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n");
}

function fromNonText(value: number | boolean): Normalised<string> {
  // A name or remark that Excel holds as a number or TRUE/FALSE: keep what the cell shows.
  return accept(cellText(value), true, typeof value === "number" ? "number kept as text" : "TRUE/FALSE kept as text");
}

/** Names: one line, spaces tidied. Never re-cased (Mc/Mac, "wa", "arap" are the person's). */
export function normalizeName(value: GridValue): Normalised<string> {
  if (typeof value !== "string") return fromNonText(value);
  const cleaned = cleanInline(value);
  if (cleaned === "") return refuse(`The name is empty`, "Type the person's name, or clear the cell.");
  return cleaned === value ? accept(cleaned, false) : accept(cleaned, true, describeCleaning(value, false));
}

/** Free text (organisations, remarks, notes): tidied spaces, line breaks kept. */
export function normalizeText(value: GridValue): Normalised<string> {
  if (typeof value !== "string") return fromNonText(value);
  const cleaned = cleanMultiline(value);
  if (cleaned === "") return refuse(`The cell holds only spaces`, "Type the text, or clear the cell.");
  return cleaned === value ? accept(cleaned, false) : accept(cleaned, true, describeCleaning(value, true));
}

const ZERO_PADDING = /^0+$/;

/**
 * Ids are text. An id that Excel stored as a number has lost any leading zeros before we see
 * it ("007" typed into a General cell becomes 7), so we say so rather than pretend; when the
 * cell's number format pads with zeros ("00000"), the format tells us the width and we use it.
 */
export function normalizeId(value: GridValue, numberFormat?: string): Normalised<string> {
  if (typeof value === "boolean") return refuse(`${cellText(value)} is not an ID`, "Type the ID, e.g. MR-01.");
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return refuse(`${cellText(value)} is not an ID`, "Type the ID as text, e.g. MR-01.");
    const plain = Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : cellText(value);
    const format = numberFormat?.trim() ?? "";
    if (Number.isInteger(value) && value >= 0 && ZERO_PADDING.test(format) && plain.length < format.length) {
      return accept(plain.padStart(format.length, "0"), true, "ID stored as a number: leading zeros restored from the cell format");
    }
    return accept(plain, true, "ID stored as a number: if it had leading zeros, Excel dropped them; check it");
  }
  const cleaned = cleanInline(value);
  if (cleaned === "") return refuse(`The ID is empty`, "Type the ID, or clear the cell.");
  return cleaned === value ? accept(cleaned, false) : accept(cleaned, true, describeCleaning(value, false));
}
