/**
 * How Excel reads a string written to `Range.values` / `Range.formulas`: the same way it reads
 * what a person types. This is the strict part of the in-memory Excel that lets tests catch
 * code that would turn user text into formulas, numbers, dates or booleans.
 *
 * Deliberately written independently of `../cell-safety.ts` (which predicts the same thing
 * for the writer): if both shared one parser, a gap in it would hide in both places.
 *
 * Modelled (en-US number syntax; date order configurable):
 *  - leading apostrophe: the rest is text (quote prefix), whatever the number format;
 *  - cell number format "@": text verbatim;
 *  - "=..." formula; "+x"/"-x" a signed number when x is a number, otherwise a formula
 *    "=+x"/"=-x"; "@x" the formula "=x" (a lone "+", "-" or "@" stays text);
 *  - TRUE/FALSE in any case: booleans;
 *  - numbers with thousands separators, decimals, exponents, a leading "$", a trailing "%",
 *    accounting negatives "(12)", and "0 1/2" style fractions;
 *  - dates y-m-d, m/d/y or d/m/y (with "/" or "-"; 2-digit years 00-29 => 20xx), "6-Feb-2017",
 *    "6 Feb 2017", "Feb 6, 2017", "Feb-2017", "6-Feb"/"Feb-6"/"m/d" (current year); times
 *    "h:mm[:ss] [AM/PM]" alone or after a date.
 * Not modelled: other locales' separators, currency codes other than "$", error literals.
 */

import { calendarSerial } from "../excel-dates";

export type TypedInput =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number; format?: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "formula"; formula: string };

export interface InputOptions {
  dateOrder: "MDY" | "DMY";
  /** Year used for dates typed without one ("6-Feb", "2/6"). */
  currentYear: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

export function interpretInput(raw: string, cellFormat: string, options: InputOptions): TypedInput {
  if (raw === "") return { kind: "empty" };
  if (raw.startsWith("'")) return { kind: "text", text: raw.slice(1) };
  if (cellFormat === "@") return { kind: "text", text: raw };
  const first = raw[0];
  if (first === "=") return { kind: "formula", formula: raw };
  if (first === "+" || first === "-") {
    const n = parseNumber(raw);
    if (n) return n;
    if (raw.length === 1) return { kind: "text", text: raw };
    return { kind: "formula", formula: `=${raw}` };
  }
  if (first === "@") {
    return raw.length === 1 ? { kind: "text", text: raw } : { kind: "formula", formula: `=${raw.slice(1)}` };
  }
  const trimmed = raw.trim();
  if (/^true$/i.test(trimmed)) return { kind: "boolean", value: true };
  if (/^false$/i.test(trimmed)) return { kind: "boolean", value: false };
  return parseNumber(raw) ?? parseDateTime(trimmed, options) ?? { kind: "text", text: raw };
}

type NumberInput = { kind: "number"; value: number; format?: string };

function parseNumber(raw: string): NumberInput | undefined {
  let s = raw.trim();
  let negative = false;
  const accounting = /^\((.*)\)$/.exec(s);
  if (accounting) {
    negative = true;
    s = (accounting[1] ?? "").trim();
  }
  if (s.startsWith("+") || s.startsWith("-")) {
    if (accounting) return undefined;
    negative = s.startsWith("-");
    s = s.slice(1).trim();
  }
  let currency = false;
  if (s.startsWith("$")) {
    currency = true;
    s = s.slice(1).trim();
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  const fraction = /^(\d+)\s+(\d+)\/(\d+)$/.exec(s);
  if (fraction && !currency && !percent) {
    const whole = Number(fraction[1]);
    const denominator = Number(fraction[3]);
    if (denominator === 0) return undefined;
    const value = whole + Number(fraction[2]) / denominator;
    return { kind: "number", value: negative ? -value : value, format: "# ?/?" };
  }
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)?(\.\d*)?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m || (m[1] === undefined && (m[2] === undefined || m[2] === "."))) return undefined;
  if (m[3] !== undefined && (currency || percent)) return undefined;
  const grouped = m[1]?.includes(",") ?? false;
  let value = Number(`${(m[1] ?? "0").replace(/,/g, "")}${m[2] ?? ""}${m[3] !== undefined ? `e${m[3]}` : ""}`);
  if (!Number.isFinite(value)) return undefined;
  if (percent) value /= 100;
  if (negative) value = -value;
  // Excel keeps 15 significant digits.
  value = Number(value.toPrecision(15));
  let format: string | undefined;
  if (percent) format = m[2] && m[2].length > 1 ? "0.00%" : "0%";
  else if (currency) format = "$#,##0.00";
  else if (grouped) format = "#,##0";
  else if (m[3] !== undefined) format = "0.00E+00";
  return format === undefined ? { kind: "number", value } : { kind: "number", value, format };
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase()];
}

function parseTime(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a|p)?$/i.exec(text);
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = m[3] === undefined ? 0 : Number(m[3]);
  const meridiem = m[4]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return undefined;
    if (meridiem.startsWith("p") && hours !== 12) hours += 12;
    if (meridiem.startsWith("a") && hours === 12) hours = 0;
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

function parseDatePart(text: string, options: InputOptions): number | undefined {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return calendarSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [month, day] = options.dateOrder === "MDY" ? [a, b] : [b, a];
    return calendarSerial(fullYear(m[3] ?? ""), month, day);
  }
  m = /^(\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [month, day] = options.dateOrder === "MDY" ? [a, b] : [b, a];
    return calendarSerial(options.currentYear, month, day);
  }
  m = /^(\d{1,2})[-\s]([A-Za-z]+)(?:[-\s,]+(\d{2}|\d{4}))?$/.exec(text);
  if (m) {
    const month = monthNumber(m[2] ?? "");
    if (month === undefined) return undefined;
    const year = m[3] === undefined ? options.currentYear : fullYear(m[3]);
    return calendarSerial(year, month, Number(m[1]));
  }
  m = /^([A-Za-z]+)[-\s](\d{1,2})(?:,?\s*(\d{4}))?$/.exec(text);
  if (m) {
    const month = monthNumber(m[1] ?? "");
    if (month === undefined) return undefined;
    const n = Number(m[2]);
    if (m[3] !== undefined) return calendarSerial(Number(m[3]), month, n);
    // "Mar-12" is 12 March of this year; "Mar-45" is March 1945 (no such day).
    return n <= 31 ? calendarSerial(options.currentYear, month, n) : calendarSerial(fullYear(m[2] ?? ""), month, 1);
  }
  m = /^([A-Za-z]+)[-\s](\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[1] ?? "");
    return month === undefined ? undefined : calendarSerial(Number(m[2]), month, 1);
  }
  return undefined;
}

function parseDateTime(text: string, options: InputOptions): NumberInput | undefined {
  const time = parseTime(text);
  if (time !== undefined) return { kind: "number", value: time, format: "h:mm" };
  const date = parseDatePart(text, options);
  const dateFormat = options.dateOrder === "MDY" ? "m/d/yyyy" : "d/m/yyyy";
  if (date !== undefined) return { kind: "number", value: date, format: dateFormat };
  const split = /^(.+?)\s+(\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|a|p)?)$/i.exec(text);
  if (split) {
    const d = parseDatePart(split[1] ?? "", options);
    const t = parseTime(split[2] ?? "");
    if (d !== undefined && t !== undefined) return { kind: "number", value: d + t, format: `${dateFormat} h:mm` };
  }
  return undefined;
}

/**
 * The value of a formula when it is a literal or arithmetic, joining or comparison of literals
 * (="text", =1+2*3, =TRUE, ="a"&"b", ="x"<>""); undefined otherwise. The in-memory Excel has no formula engine: other
 * formulas keep their text in `formulas` and read "" in `values`.
 */
export function evaluateLiteralFormula(formula: string): string | number | boolean | undefined {
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  let i = 0;
  const skip = () => {
    while (src[i] === " ") i++;
  };
  type V = string | number | boolean;
  const fail = (): never => {
    throw new Error("not literal");
  };
  const primary = (): V => {
    skip();
    const ch = src[i];
    if (ch === "(") {
      i++;
      const v = comparison();
      skip();
      if (src[i] !== ")") fail();
      i++;
      return v;
    }
    if (ch === "-" || ch === "+") {
      i++;
      const v = primary();
      if (typeof v !== "number") fail();
      return ch === "-" ? -v : v;
    }
    if (ch === '"') {
      let out = "";
      i++;
      for (;;) {
        if (i >= src.length) fail();
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            out += '"';
            i += 2;
            continue;
          }
          i++;
          return out;
        }
        out += src[i];
        i++;
      }
    }
    const num = /^\d+(\.\d*)?([eE][+-]?\d+)?|^\.\d+/.exec(src.slice(i));
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    const word = /^(TRUE|FALSE)\b/i.exec(src.slice(i));
    if (word) {
      i += word[0].length;
      return word[0].toUpperCase() === "TRUE";
    }
    return fail();
  };
  const term = (): V => {
    let v = primary();
    for (;;) {
      skip();
      const op = src[i];
      if (op !== "*" && op !== "/") return v;
      i++;
      const r = primary();
      if (typeof v !== "number" || typeof r !== "number") fail();
      const l = v as number;
      const rn = r as number;
      if (op === "/" && rn === 0) fail();
      v = op === "*" ? l * rn : l / rn;
    }
  };
  const sum = (): V => {
    let v = term();
    for (;;) {
      skip();
      const op = src[i];
      if (op !== "+" && op !== "-") return v;
      i++;
      const r = term();
      if (typeof v !== "number" || typeof r !== "number") fail();
      v = op === "+" ? (v as number) + (r as number) : (v as number) - (r as number);
    }
  };
  const concat = (): V => {
    let v = sum();
    for (;;) {
      skip();
      if (src[i] !== "&") return v;
      i++;
      const r = sum();
      v = `${textOf(v)}${textOf(r)}`;
    }
  };
  // Lowest precedence, as in Excel: ="a"&"b"="ab" joins first, then compares.
  const comparison = (): V => {
    let v = concat();
    for (;;) {
      skip();
      const op = COMPARISON.exec(src.slice(i))?.[0];
      if (op === undefined) return v;
      i += op.length;
      v = compares(op, v, concat());
    }
  };
  try {
    const v = comparison();
    skip();
    return i === src.length ? v : undefined;
  } catch {
    // `fail()` throws to unwind the recursive descent: it means "not a literal formula".
    return undefined;
  }
}

const COMPARISON = /^(?:<>|<=|>=|=|<|>)/;

/**
 * Excel's order: numbers before text before TRUE/FALSE; text without regard to case, FALSE
 * before TRUE.
 */
function order(a: string | number | boolean, b: string | number | boolean): number {
  const rank = (v: string | number | boolean) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function compares(op: string, a: string | number | boolean, b: string | number | boolean): boolean {
  const o = order(a, b);
  switch (op) {
    case "=":
      return o === 0;
    case "<>":
      return o !== 0;
    case "<":
      return o < 0;
    case ">":
      return o > 0;
    case "<=":
      return o <= 0;
    default:
      return o >= 0;
  }
}

function textOf(v: string | number | boolean): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}
