/**
 * Excel date serial numbers (1900 date system), pure.
 *
 * Excel counts days from 1900-01-01 = 1 and, to stay compatible with Lotus 1-2-3, pretends
 * 1900 was a leap year: serial 60 is the non-existent 1900-02-29. So serials from 61 on are
 * days since 1899-12-30, and serials 1..59 are days since 1899-12-31. Fractions are times of day.
 *
 * Dates are read and built by their UTC components (like ExcelJS), so `new Date("2017-02-06")`
 * and `new Date(Date.UTC(2017, 1, 6))` both give serial 42772 whatever the machine's time zone.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_AFTER_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_BUG = Date.UTC(1899, 11, 31);
/** First serial after the fictional 1900-02-29. */
const FIRST_SERIAL_AFTER_BUG = 61;

export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

export function dateToSerial(date: Date): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Cannot convert an invalid Date to an Excel serial");
  const afterBug = (ms - EPOCH_AFTER_BUG) / MS_PER_DAY;
  const serial = afterBug >= FIRST_SERIAL_AFTER_BUG ? afterBug : (ms - EPOCH_BEFORE_BUG) / MS_PER_DAY;
  if (serial < 0) throw new RangeError(`Excel cannot store dates before 1900 (${date.toISOString()})`);
  // Float noise from the millisecond division would otherwise show up as 42772.00000000001.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

/**
 * The Date for a serial. Serial 60 (the fictional 1900-02-29) has no real date; it maps to
 * 1900-03-01, the same as 61, which is what JavaScript does with Date.UTC(1900, 1, 29).
 */
export function serialToDate(serial: number): Date {
  if (!Number.isFinite(serial) || serial < 0) throw new RangeError(`${serial} is not an Excel date serial`);
  const ms = Math.round(serial * MS_PER_DAY);
  if (serial >= FIRST_SERIAL_AFTER_BUG) return new Date(EPOCH_AFTER_BUG + ms);
  if (serial >= 60) return new Date(Date.UTC(1900, 1, 29) + (ms - 60 * MS_PER_DAY));
  return new Date(EPOCH_BEFORE_BUG + ms);
}

/** Calendar parts of a serial, for formatting without going through time zones. */
export interface SerialParts {
  year: number;
  month: number; // 1..12
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  weekday: number; // 0 = Sunday
}

export function serialParts(serial: number): SerialParts {
  if (Math.floor(serial) === 60) {
    // Show the fictional day as Excel does.
    const secondsOfDay = Math.round((serial - 60) * 86_400);
    return { year: 1900, month: 2, day: 29, ...timeParts(secondsOfDay), weekday: 3 };
  }
  const d = serialToDate(serial);
  const secondsOfDay = Math.round((serial - Math.floor(serial)) * 86_400);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    ...timeParts(secondsOfDay),
    weekday: d.getUTCDay(),
  };
}

function timeParts(secondsOfDay: number): { hours: number; minutes: number; seconds: number } {
  const s = Math.min(secondsOfDay, 86_399);
  return { hours: Math.floor(s / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60 };
}

/** Serial for a calendar date; undefined when the date does not exist (e.g. 31 April). */
export function calendarSerial(year: number, month: number, day: number): number | undefined {
  if (year === 1900 && month === 2 && day === 29) return 60;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  if (year < 1900 || year > 9999) return undefined;
  return dateToSerial(check);
}

/**
 * True when a number format shows a date or time: it has d, m, y, h or s tokens outside
 * quoted text, escapes and bracketed colours/conditions ([Red], [<100]); [h]/[mm]/[ss]
 * elapsed-time brackets count as time.
 */
export function isDateFormat(format: string): boolean {
  if (format === "General" || format === "@") return false;
  let bare = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? "";
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      const inner = format.slice(i + 1, end < 0 ? format.length : end);
      if (/^(h+|m+|s+)$/i.test(inner)) bare += "h";
      i = end < 0 ? format.length : end;
    } else {
      bare += ch;
    }
  }
  return /[dmyhs]/i.test(bare.replace(/AM\/PM|A\/P/gi, "h"));
}
