import type { GridValue } from "../registers/register-data";
import { isTimeFormat } from "./dates";
import { accept, cellText, quoted, refuse, type Normalised } from "./result";
import { cleanInline } from "./text";

/*
 * Numbers typed as text ("12 yrs", "Week 3", "2 mentees", "1.5 hrs", "90 min", "1:30") and
 * numbers Excel already holds. A vague number ("about 12", "10+", "5-7", "over 10") is refused:
 * the register needs the figure the officer can stand behind, and only they know it.
 */

const VAGUE = /\b(?:about|approx|approximately|around|roughly|nearly|almost|over|under|above|below|more than|less than|at least|at most|up to|circa|ca|plus|or|to|between|several|few|many)\b|[~<>≈±+?]|\d\s*[-–]\s*\d/;
const LEADING_LABEL = /^(?:week|wk|w|session|no|number|#|phase|q)\.?\s*/;
const NUMBER_THEN_UNIT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([a-z%]+\.?(?:\s[a-z]+)?)?$/;
const INTEGER_UNITS = new Set(["y", "yr", "yrs", "yr.", "yrs.", "year", "years", "years experience", "yrs experience", "week", "weeks", "wk", "wks", "mentee", "mentees", "people", "persons", "pax", "session", "sessions", "times"]);
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"].map((w, i) => [w, i]),
);
const HOURS_AND_MINUTES = /^(?:(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours)\.?)?\s*(?:(\d+(?:\.\d+)?)\s*(?:m|min|mins|minute|minutes)\.?)?$/;
const CLOCK = /^(\d{1,2}):([0-5]\d)(?::00)?\s*(?:h|hr|hrs|hours)?$/;
const TIME_UNIT_HINT = /\d\s*(?:h|hr|hrs|hour|hours|m|min|mins|minute|minutes)\.?\b|\d:\d\d/;

/** Rounds away binary noise (0.1 + 0.2) so 1.5 hours stays 1.5. */
function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

interface ParsedNumber {
  value: number;
  unit: string | undefined;
}

function parseNumberText(text: string): ParsedNumber | null {
  const lower = cleanInline(text).toLowerCase().replace(LEADING_LABEL, "");
  const word = NUMBER_WORDS.get(lower.split(" ")[0] ?? "");
  if (word !== undefined) {
    const rest = lower.split(" ").slice(1).join(" ");
    return { value: word, unit: rest === "" ? undefined : rest };
  }
  const m = NUMBER_THEN_UNIT.exec(lower);
  if (!m) return null;
  const whole = (m[1] ?? "").replace(/,/g, "");
  const value = Number(m[2] === undefined ? whole : `${whole}.${m[2]}`);
  return Number.isFinite(value) ? { value, unit: m[3] } : null;
}

function vagueRefusal(value: GridValue): Normalised<never> {
  return refuse(`${quoted(value)} is not an exact number`, "Type one exact number, e.g. 12.");
}

export function normalizeInteger(value: GridValue): Normalised<number> {
  if (typeof value === "boolean") return refuse(`${cellText(value)} is not a number`, "Type a whole number, e.g. 12.");
  if (typeof value === "number") {
    const rounded = tidy(value);
    if (!Number.isInteger(rounded)) return refuse(`${cellText(value)} is not a whole number`, "Type a whole number, e.g. 12.");
    return accept(rounded, rounded !== value, "rounded to a whole number");
  }
  if (VAGUE.test(value.toLowerCase())) return vagueRefusal(value);
  const parsed = parseNumberText(value);
  if (!parsed) return refuse(`${quoted(value)} is not a number`, "Type a whole number, e.g. 12.");
  if (parsed.unit !== undefined && !INTEGER_UNITS.has(parsed.unit)) {
    return refuse(`${quoted(value)} is not in the unit this column counts`, "Type only the number, in the unit the column's header names (e.g. whole years).");
  }
  if (!Number.isInteger(parsed.value)) return refuse(`${quoted(value)} is not a whole number`, "Type a whole number, e.g. 12.");
  return accept(parsed.value, String(parsed.value) !== value, `“${cleanInline(value)}” read as ${parsed.value}`);
}

/** Hours from text: "1 hr", "2 hrs", "90 min", "1 h 30 min", "1:30", "1.5". */
export function normalizeHours(value: GridValue, numberFormat?: string): Normalised<number> {
  if (typeof value === "boolean") return refuse(`${cellText(value)} is not a number of hours`, "Type the hours as a number, e.g. 1.5.");
  if (typeof value === "number") {
    // Excel keeps 1:30 typed into a cell as 0.0625 of a day with a time format.
    if (isTimeFormat(numberFormat)) {
      const hours = tidy(value * 24);
      return accept(hours, true, `time ${formatClock(hours)} read as ${hours} hours`);
    }
    return accept(value, false);
  }
  const text = cleanInline(value).toLowerCase();
  if (VAGUE.test(text)) return vagueRefusal(value);
  const clock = CLOCK.exec(text);
  if (clock) {
    const hours = tidy(Number(clock[1]) + Number(clock[2]) / 60);
    return accept(hours, true, `“${cleanInline(value)}” read as ${hours} hours`);
  }
  const hm = HOURS_AND_MINUTES.exec(text);
  if (hm && (hm[1] !== undefined || hm[2] !== undefined)) {
    const hours = tidy(Number(hm[1] ?? 0) + Number(hm[2] ?? 0) / 60);
    return accept(hours, true, `“${cleanInline(value)}” read as ${hours} hours`);
  }
  const plain = parseNumberText(text);
  if (plain && plain.unit === undefined) return accept(plain.value, String(plain.value) !== value, `“${cleanInline(value)}” read as ${plain.value}`);
  return refuse(`${quoted(value)} is not a number of hours`, "Type the hours as a number, e.g. 1.5, or as 1 hr 30 min.");
}

function formatClock(hours: number): string {
  const h = Math.floor(hours);
  const m = Math.round((hours - h) * 60);
  return `${h}:${String(m).padStart(2, "0")}`;
}

/** Any number (match score, hours): decimals, percentages, and hour/minute wordings. */
export function normalizeNumber(value: GridValue, numberFormat?: string): Normalised<number> {
  if (typeof value === "boolean") return refuse(`${cellText(value)} is not a number`, "Type a number, e.g. 1.5.");
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return refuse(`${cellText(value)} is not a number`, "Type a number, e.g. 1.5.");
    if (isTimeFormat(numberFormat)) return normalizeHours(value, numberFormat);
    if (numberFormat?.includes("%")) {
      const percent = tidy(value * 100);
      return accept(percent, true, `${percent}% read as ${percent}`);
    }
    return accept(value, false);
  }
  const text = cleanInline(value).toLowerCase();
  if (TIME_UNIT_HINT.test(text)) return normalizeHours(value, numberFormat);
  if (VAGUE.test(text)) return vagueRefusal(value);
  const parsed = parseNumberText(text);
  if (!parsed || (parsed.unit !== undefined && parsed.unit !== "%")) {
    if (/^\d+,\d{1,2}$/.test(text)) {
      return refuse(`${quoted(value)} uses a comma as the decimal point`, `Type it with a point, e.g. ${text.replace(",", ".")}.`);
    }
    return refuse(`${quoted(value)} is not a number`, "Type a number, e.g. 1.5.");
  }
  return accept(parsed.value, String(parsed.value) !== value, `“${cleanInline(value)}” read as ${parsed.value}`);
}

/*
 * Evaluation scores, 1 (poor) to 5 (excellent). The form's words are accepted ("Very good"
 * is 4) and "4/5" or "4 out of 5"; a score out of anything but 5 is refused, not rescaled.
 */
const SCORE_WORDS: ReadonlyMap<string, number> = new Map([
  ["poor", 1], ["very poor", 1], ["fair", 2], ["average", 3], ["good", 3], ["satisfactory", 3], ["very good", 4], ["excellent", 5], ["outstanding", 5],
]);
const OUT_OF = /^(\d+(?:\.\d+)?)\s*(?:\/|out of|of)\s*(\d+)$/;

export function normalizeScore(value: GridValue): Normalised<number> {
  if (typeof value === "string") {
    const text = cleanInline(value).toLowerCase().replace(/[.!]+$/, "");
    const word = SCORE_WORDS.get(text);
    if (word !== undefined) return accept(word, true, `“${cleanInline(value)}” read as ${word}`);
    const outOf = OUT_OF.exec(text);
    if (outOf) {
      if (outOf[2] !== "5") return refuse(`${quoted(value)} is scored out of ${outOf[2]}; the form scores 1 to 5`, "Type the score on the 1 to 5 scale, e.g. 4.");
      const n = Number(outOf[1]);
      if (!Number.isInteger(n)) return refuse(`${quoted(value)} is not a whole score`, "Type a whole score from 1 to 5.");
      return accept(n, true, `“${cleanInline(value)}” read as ${n}`);
    }
  }
  const n = normalizeInteger(value);
  if (!n.ok) return refuse(n.message.replace("a whole number", "a whole score"), "Type a whole score from 1 (poor) to 5 (excellent).");
  return n;
}
