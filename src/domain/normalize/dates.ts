import type { GridValue } from "../registers/register-data";
import { accept, cellText, quoted, refuse, type Normalised } from "./result";
import { cleanInline } from "./text";

/*
 * Dates as Kenyan sheets hold them: real date cells (Excel serial numbers), and text typed
 * day-first (06/02/2017 is 6 February). We never guess: a date that only works month-first,
 * or a day the month does not have, is a problem for the officer to settle.
 */

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, i) => {
    const lower = name.toLowerCase();
    const words: Array<[string, number]> = [[lower, i + 1], [lower.slice(0, 3), i + 1]];
    if (lower === "september") words.push(["sept", 9]);
    if (lower.length > 4) words.push([lower.slice(0, 4), i + 1]);
    return words;
  }),
);

const WEEKDAYS = new Set(["mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday"]);

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_FIRST = /^(\d{1,2})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{4}|\d{2})$/;
const TRAILING_TIME = /\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
const WORD_SPLIT = /[\s,./-]+/;
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/;
const DIGITS = /^\d+$/;

/** Excel's largest date (31 December 9999). */
const MAX_SERIAL = 2958465;
/** Serial numbers a date column plausibly holds without a date format: 1980 to 2100. */
const PLAUSIBLE_SERIALS = { from: 29221, to: 73415 };
const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 31);

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function longDate(year: number, month: number, day: number): string {
  return `${day} ${MONTH_NAMES[month - 1] ?? "?"} ${year}`;
}

/**
 * An Excel (1900 system) serial number as an ISO date, or null for a serial that is no real
 * day. Excel counts 29 February 1900, which never existed (a bug kept from Lotus 1-2-3), as
 * serial 60: serials after it are one day ahead of a plain count, and 60 itself is no date.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_SERIAL || day === 60) return null;
  const d = new Date(SERIAL_EPOCH + (day < 60 ? day : day - 1) * DAY_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The inverse, for writers and tests: an ISO date as Excel's serial number. */
export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  const days = Math.round((Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) - SERIAL_EPOCH) / DAY_MS);
  return days < 60 ? days : days + 1;
}

// Bracketed parts ([Red], [$-409], [h]), quoted literals and escaped characters are not
// date codes; what is left says whether the format shows a day, month or year.
const FORMAT_NOISE = /\[[^\]]*\]|"[^"]*"|\\./g;
const DATE_FORMAT_CACHE = new Map<string, boolean>();

/** Whether a number format displays a date (d, y, or m that is not minutes). */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat || numberFormat === "General") return false;
  const cached = DATE_FORMAT_CACHE.get(numberFormat);
  if (cached !== undefined) return cached;
  const codes = numberFormat.replace(FORMAT_NOISE, "").toLowerCase();
  const result = /[dy]/.test(codes) || (/m/.test(codes) && !/[hs]/.test(codes));
  if (DATE_FORMAT_CACHE.size < 1000) DATE_FORMAT_CACHE.set(numberFormat, result);
  return result;
}

/** Whether a number format displays a time of day or a duration (h:mm, [h]:mm, mm:ss). */
export function isTimeFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat || numberFormat === "General") return false;
  const codes = numberFormat.replace(/"[^"]*"|\\./g, "").toLowerCase();
  return /h|\[m+\]|s/.test(codes) && !/[dy]/.test(codes);
}

/** Excel's rule for two-digit years: 00-29 are 2000-2029, 30-99 are 1930-1999. */
function fullYear(yy: string): number {
  const n = Number(yy);
  return yy.length === 4 ? n : n < 30 ? 2000 + n : 1900 + n;
}

const FIX = "Type the date as day/month/year, e.g. 06/02/2017.";

function checkDay(text: string, year: number, month: number, day: number, reason: string): Normalised<string> {
  if (year < 1900 || year > 2100) return refuse(`${quoted(text)} has the year ${year}, which cannot be right`, FIX);
  if (month < 1 || month > 12) return refuse(`${quoted(text)} has no valid month`, FIX);
  if (day < 1 || day > daysInMonth(year, month)) {
    return refuse(
      `${quoted(text)} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has no day ${day}`,
      `Check the day and type the date as day/month/year, e.g. ${String(Math.max(1, Math.min(day, daysInMonth(year, month)))).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}.`,
    );
  }
  const iso = isoDate(year, month, day);
  return accept(iso, iso !== text, reason);
}

function fromSerial(value: number, numberFormat: string | undefined): Normalised<string> {
  const dateFormatted = isDateFormat(numberFormat);
  const inRange = value >= PLAUSIBLE_SERIALS.from && value < PLAUSIBLE_SERIALS.to + 1;
  if (!dateFormatted && !inRange) {
    if (Number.isInteger(value) && value >= 1900 && value <= 2100) {
      return refuse(`${value} is a year, not a date`, "Type the full date as day/month/year, e.g. 06/02/2017.");
    }
    return refuse(`${cellText(value)} is a number, not a date`, FIX);
  }
  const iso = excelSerialToIso(value);
  if (iso === null) {
    return refuse(`${cellText(value)} is not a date Excel can show${Math.floor(value) === 60 ? " (29 February 1900 never existed)" : ""}`, FIX);
  }
  // A real date cell is the date the officer typed: converting Excel's storage is no change.
  // A bare number in General format is shown to them as a number, so reading it as a date is.
  return dateFormatted ? accept(iso, false) : accept(iso, true, `Excel date number read as ${iso}`);
}

function fromDayFirst(text: string, d: string, m: string, y: string): Normalised<string> {
  const day = Number(d);
  const month = Number(m);
  const year = fullYear(y);
  if (month > 12) {
    if (day >= 1 && day <= 12 && month <= daysInMonth(year, day)) {
      return refuse(
        `${quoted(text)} looks month-first: read day-first it has month ${month}, which does not exist`,
        `Type it day-first: if you meant ${longDate(year, day, month)}, type ${String(month).padStart(2, "0")}/${String(day).padStart(2, "0")}/${year}.`,
      );
    }
    return refuse(`${quoted(text)} is not a real date: there is no month ${month}`, FIX);
  }
  const reason = y.length === 2 ? `day-first date with two-digit year read as ${year}` : "day-first date";
  return checkDay(text, year, month, day, reason);
}

function fromWords(text: string): Normalised<string> | null {
  const tokens = text.toLowerCase().split(WORD_SPLIT).filter((t) => t !== "" && t !== "of" && t !== "the" && !WEEKDAYS.has(t));
  let month: number | undefined;
  const numbers: string[] = [];
  for (const token of tokens) {
    const byWord = MONTH_BY_WORD.get(token);
    if (byWord !== undefined) {
      if (month !== undefined) return null;
      month = byWord;
      continue;
    }
    const ordinal = ORDINAL.exec(token);
    if (ordinal?.[1] !== undefined) numbers.push(ordinal[1]);
    else if (DIGITS.test(token)) numbers.push(token);
    else return null;
  }
  if (month === undefined) return null;
  if (numbers.length < 2) {
    return refuse(`${quoted(text)} has no ${numbers.length === 0 ? "day or year" : "day"}`, FIX);
  }
  if (numbers.length > 2) return null;
  const [first, second] = numbers as [string, string];
  // With a month name, order is no longer in doubt: "6 Feb 2017", "February 6, 2017" and
  // "2017 Feb 6" all say the same day. A four-digit number is the year.
  let dayText = first;
  let yearText = second;
  if (first.length === 4 && second.length <= 2) {
    dayText = second;
    yearText = first;
  } else if (first.length > 2 || (second.length !== 2 && second.length !== 4)) {
    return null;
  }
  const year = fullYear(yearText);
  const reason = yearText.length === 2 ? `date with month name and two-digit year read as ${year}` : "date with month name";
  return checkDay(text, year, month, Number(dayText), reason);
}

/** A date cell to ISO 'YYYY-MM-DD'. */
export function normalizeDate(value: GridValue, numberFormat?: string): Normalised<string> {
  if (typeof value === "boolean") return refuse(`${cellText(value)} is not a date`, FIX);
  if (typeof value === "number") return fromSerial(value, numberFormat);
  let text = cleanInline(value);
  // A date typed with a time ("06/02/2017 10:00") is still that day; the time is dropped.
  const withoutTime = text.replace(TRAILING_TIME, "");
  const droppedTime = withoutTime !== text;
  text = withoutTime;
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const result = checkDay(value, Number(iso[1]), Number(iso[2]), Number(iso[3]), "date to year-month-day form");
    return result;
  }
  const dayFirst = DAY_FIRST.exec(text);
  const result = dayFirst
    ? fromDayFirst(value, dayFirst[1] ?? "", dayFirst[2] ?? "", dayFirst[3] ?? "")
    : (fromWords(text) ?? refuse(`${quoted(value)} is not a date`, FIX));
  if (result.ok && droppedTime) return accept(result.value, true, `${result.reason ?? "date"}; time of day dropped`);
  return result;
}
