/**
 * Availability as typed in the registers ("Tue; Thu", "Weekday mornings", "Fridays 2-5pm",
 * "Any weekday") read into half-day slots of the week, so two people's availability can be
 * compared as a bit mask: bit (day * 2 + half), Monday = day 0, morning = half 0.
 */

const DAY_WORDS: ReadonlyArray<readonly [number, RegExp]> = [
  [0, /^mon(day)?s?$/],
  [1, /^tue(s|sday)?s?$/],
  [2, /^wed(s|nesday)?s?$/],
  [3, /^thu(r|rs|rsday)?s?$/],
  [4, /^fri(day)?s?$/],
  [5, /^sat(urday)?s?$/],
  [6, /^sun(day)?s?$/],
];

export const WEEKDAYS = [0, 1, 2, 3, 4] as const;
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6] as const;
export const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** Half-days in the working week (Monday to Friday, mornings and afternoons). */
export const WORKING_HALF_DAYS = 10;

export interface Availability {
  /** Half-day slots as a bit mask; 0 when nothing could be read. */
  slots: number;
  /** Items that said nothing about days or times, kept for the explanation. */
  unread: string[];
}

function dayOf(word: string): number | undefined {
  for (const [day, pattern] of DAY_WORDS) if (pattern.test(word)) return day;
  return undefined;
}

/** Hour on a 24-hour clock from "2", "pm" (the range's end suffix applies when the start has none). */
function hour24(hour: number, suffix: string | undefined): number {
  if (suffix === "pm" && hour < 12) return hour + 12;
  if (suffix === "am" && hour === 12) return 0;
  return hour;
}

/** Which halves a time range such as "2-5pm" or "9am to 12" covers: bit 1 morning, bit 2 afternoon. */
function halvesOfTimeRange(text: string): number {
  const match = /(\d{1,2})(?::\d{2})?\s*(am|pm)?\s*(?:-|–|to)\s*(\d{1,2})(?::\d{2})?\s*(am|pm)?/.exec(text);
  if (!match) return 0;
  const endSuffix = match[4];
  const start = hour24(Number(match[1]), match[2] ?? endSuffix);
  const end = hour24(Number(match[3]), endSuffix ?? match[2]);
  let halves = 0;
  if (start < 12) halves |= 1;
  if (end > 12 || start >= 12) halves |= 2;
  return halves;
}

function mask(days: Iterable<number>, halves: number): number {
  let slots = 0;
  for (const day of days) {
    if (halves & 1) slots |= 1 << (day * 2);
    if (halves & 2) slots |= 1 << (day * 2 + 1);
  }
  return slots;
}

/** One item of an availability list ("Thu mornings") as slots; 0 when it names no day or time. */
export function readAvailabilityItem(item: string): number {
  const lower = item.toLowerCase();
  const days = new Set<number>();
  // "Mon-Wed", "Tuesday to Thursday": a range of days.
  const range = /\b([a-z]{3,9})\s*(?:-|–|to)\s*([a-z]{3,9})\b/.exec(lower);
  const from = range ? dayOf(range[1] ?? "") : undefined;
  const to = range ? dayOf(range[2] ?? "") : undefined;
  if (from !== undefined && to !== undefined && from <= to) for (let d = from; d <= to; d++) days.add(d);

  const words = lower.replace(/['’]/g, "").split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  let halves = halvesOfTimeRange(lower);
  for (const word of words) {
    const day = dayOf(word);
    if (day !== undefined) days.add(day);
    else if (/^(weekdays?|weekly)$/.test(word)) for (const d of WEEKDAYS) days.add(d);
    else if (/^weekends?$/.test(word)) [5, 6].forEach((d) => days.add(d));
    else if (/^(daily|everyday)$/.test(word)) for (const d of ALL_DAYS) days.add(d);
    else if (/^(mornings?|am|forenoons?)$/.test(word)) halves |= 1;
    else if (/^(afternoons?|pm|evenings?)$/.test(word)) halves |= 2;
  }
  if (/\b(any|every) ?day\b/.test(lower)) for (const d of ALL_DAYS) days.add(d);
  if (/\b(full|whole) ?days?\b/.test(lower)) halves |= 3;
  if (days.size === 0 && halves === 0) return 0;
  return mask(days.size > 0 ? days : WEEKDAYS, halves === 0 ? 3 : halves);
}

export function readAvailability(items: readonly string[] | undefined): Availability {
  let slots = 0;
  const unread: string[] = [];
  for (const item of items ?? []) {
    const read = readAvailabilityItem(item);
    if (read === 0) unread.push(item);
    slots |= read;
  }
  return { slots, unread };
}

export function countSlots(slots: number): number {
  let n = 0;
  for (let s = slots; s !== 0; s &= s - 1) n++;
  return n;
}

/** "Tue, Thu mornings" style summary of a slot mask, for explanations. */
export function describeSlots(slots: number): string {
  const parts: string[] = [];
  for (let day = 0; day < 7; day++) {
    const morning = (slots >> (day * 2)) & 1;
    const afternoon = (slots >> (day * 2 + 1)) & 1;
    if (morning && afternoon) parts.push(DAY_NAMES[day] ?? "");
    else if (morning) parts.push(`${DAY_NAMES[day] ?? ""} am`);
    else if (afternoon) parts.push(`${DAY_NAMES[day] ?? ""} pm`);
  }
  return parts.join(", ");
}
