/**
 * Register dates are ISO strings (yyyy-mm-dd). Validation counts whole days between them, so it
 * turns them into day numbers in UTC, where no daylight-saving shift can move a date.
 */
const MS_PER_DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function isoToDay(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 30 February over to March; a date that does not round-trip is not a date.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return Math.round(ms / MS_PER_DAY);
}

/**
 * "6 Feb 2017": unambiguous for an officer used to day-first dates, unlike 02/06/2017 which a
 * US-configured Excel would read the other way round.
 */
export function formatDay(day: number): string {
  const d = new Date(day * MS_PER_DAY);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ""} ${d.getUTCFullYear()}`;
}

export function formatIso(iso: string): string {
  const day = isoToDay(iso);
  return day === undefined ? iso : formatDay(day);
}
