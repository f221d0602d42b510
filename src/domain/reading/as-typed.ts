import { REGISTERS, type GridValue, type RegisterKind, type RegisterRow } from "../registers";

/*
 * The "as typed" cell of a register sheet: the originals of a row's changed cells in one
 * text, e.g.  County: "Homabay"; Phone: "0712 345 678"; Years of HR experience: 12  so the
 * register can show clean values and still give back exactly what the officer typed.
 *
 * Format (parseAsTyped is its exact inverse):
 *   entries  = entry *( "; " entry )
 *   entry    = label ": " value
 *   label    = bare | quoted      bare: no : ; " \ and no space at either end
 *   value    = quoted | number | TRUE | FALSE
 *   quoted   = '"' *( char | '\"' | '\\' ) '"'   any other character, newlines too, as is
 *   number   = JavaScript's shortest round-trip form (String(n)), and "-0"
 * Numbers stay unquoted and text is always quoted, so 712345678 typed as a number and
 * "712345678" typed as text come back as what they were.
 */

export interface AsTypedEntry {
  label: string;
  value: GridValue;
}

const BARE_LABEL = /^[^:;"\\\s](?:[^:;"\\]*[^:;"\\\s])?$/;
const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function formatValue(value: GridValue): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Object.is(value, -0)) return "-0";
  if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written as typed: spreadsheet cells hold finite numbers`);
  return String(value);
}

export function formatAsTyped(entries: readonly AsTypedEntry[]): string {
  return entries.map((e) => `${BARE_LABEL.test(e.label) ? e.label : quote(e.label)}: ${formatValue(e.value)}`).join("; ");
}

class Cursor {
  constructor(readonly text: string, public at = 0) {}
  done(): boolean {
    return this.at >= this.text.length;
  }
  take(expected: string): boolean {
    if (!this.text.startsWith(expected, this.at)) return false;
    this.at += expected.length;
    return true;
  }
  quoted(): string | null {
    if (!this.take('"')) return null;
    let out = "";
    while (this.at < this.text.length) {
      const ch = this.text[this.at++];
      if (ch === '"') return out;
      if (ch === "\\") {
        const next = this.text[this.at++];
        if (next !== '"' && next !== "\\") return null;
        out += next;
      } else {
        out += ch;
      }
    }
    return null;
  }
  until(stop: string): string {
    const end = this.text.indexOf(stop, this.at);
    const slice = this.text.slice(this.at, end < 0 ? this.text.length : end);
    this.at += slice.length;
    return slice;
  }
}

/** The entries of an as-typed text, or null when the text is not in the format. */
export function parseAsTyped(text: string): AsTypedEntry[] | null {
  const entries: AsTypedEntry[] = [];
  if (text === "") return entries;
  const c = new Cursor(text);
  for (;;) {
    let label: string | null;
    if (text[c.at] === '"') label = c.quoted();
    else {
      label = c.until(": ");
      if (!BARE_LABEL.test(label)) return null;
    }
    if (label === null || !c.take(": ")) return null;
    let value: GridValue;
    if (text[c.at] === '"') {
      const s = c.quoted();
      if (s === null) return null;
      value = s;
    } else {
      const token = c.until("; ");
      if (token === "TRUE") value = true;
      else if (token === "FALSE") value = false;
      else if (token === "-0") value = -0;
      else if (NUMBER.test(token)) value = Number(token);
      else return null;
    }
    entries.push({ label, value });
    if (c.done()) return entries;
    if (!c.take("; ")) return null;
  }
}

/** The as-typed text of a register row: each changed cell's original, by field label. */
export function asTypedText<T>(kind: RegisterKind, row: Pick<RegisterRow<T>, "changes">): string {
  const fields = REGISTERS[kind].fields;
  const entries = row.changes.map((change) => ({ label: fields.find((f) => f.key === change.field)?.label ?? change.field, value: change.before }));
  return formatAsTyped(entries);
}

/** The inverse of asTypedText: field key -> value as typed. Unknown labels are kept by label. */
export function originalsFromAsTyped(kind: RegisterKind, text: string): Record<string, GridValue> | null {
  const entries = parseAsTyped(text);
  if (entries === null) return null;
  const fields = REGISTERS[kind].fields;
  const originals: Record<string, GridValue> = {};
  for (const { label, value } of entries) originals[fields.find((f) => f.label === label)?.key ?? label] = value;
  return originals;
}
