/**
 * Calendar helpers on ISO 'YYYY-MM-DD' strings. All arithmetic is done in UTC so that a
 * machine's time zone (Nairobi is UTC+3) can never shift a day.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** A real date cell for the day: UTC midnight, which is how exceljs turns a Date into a serial. */
export function dateCell(iso: string): Date {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d));
}

export function isoFromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = dateCell(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoFromDate(date);
}

/** Kenya's day-first way of typing a date as text: 06/02/2017 is 6 February 2017. */
export function dayFirstText(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** 0 for Monday .. 6 for Sunday. */
export function weekdayIndex(iso: string): number {
  return (dateCell(iso).getUTCDay() + 6) % 7;
}
