/*
 * Loose keys for matching what different sheets write about the same thing. Officers type
 * "Achieng  Otieno", "achieng otieno" and "ACHIENG OTIENO" for one person, "MR-01" and
 * "mr 01" for one code, "Phase 1", "phase1" and "1" for one phase. Summaries must count each
 * once, so every comparison goes through one of these keys, never through the raw text.
 */

/** Lower case with accents folded; plain ASCII (most names) skips Unicode normalisation. */
function fold(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/**
 * Keys are asked for the same few hundred names tens of thousands of times (every session
 * row names its mentor and mentee; every sort compares names), so they are remembered. The
 * cache only ever maps a string to its key, so it cannot change a result; it is emptied when
 * it grows large so a long-running task pane does not hold every name it has ever seen.
 */
function remembered(compute: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let key = cache.get(text);
    if (key === undefined) {
      if (cache.size >= 50_000) cache.clear();
      key = compute(text);
      cache.set(text, key);
    }
    return key;
  };
}

/** A person's name: case, spacing and punctuation ignored ("Dr. Jane  Doe" = "dr jane doe"). */
export const nameKey = remembered((name) =>
  fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim(),
);

/** An id or code: case, spaces and separators ignored ("MR-01" = "mr 01" = "MR01"). */
export const idKey = remembered((id) => fold(id).replace(/[^\p{L}\p{N}]+/gu, ""));

/**
 * A phase name, compared exactly as validation and pairing compare it ("Phase 2", "phase-2",
 * "Phase II", "phase two", "P2" and "2" are one phase): a row that validation accepts as being
 * in phase 2 must be counted in phase 2's summary, not silently left out of it.
 */
export { phaseKey } from "../validation/keys";

/**
 * A deterministic order for names shown to people: case-insensitive, then exact text as a
 * tie-break. Deliberately not localeCompare, whose result depends on the host's ICU data:
 * the same workbook must give the same summary in Excel on the web, desktop and the CLI.
 */
export function compareText(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a !== b) return a < b ? -1 : 1;
  return 0;
}

/**
 * Sorts by several texts in turn, each compared like compareText. The keys are worked out
 * once per item, not once per comparison: sorting 5,000 pairs compares some 60,000 times.
 */
export function sortByText<T>(items: readonly T[], ...texts: Array<(item: T) => string>): T[] {
  const decorated = items.map((item) => {
    const raw = texts.map((text) => text(item));
    return { item, raw, keys: raw.map(nameKey) };
  });
  decorated.sort((a, b) => {
    for (let i = 0; i < a.keys.length; i += 1) {
      const ka = a.keys[i] ?? "";
      const kb = b.keys[i] ?? "";
      if (ka !== kb) return ka < kb ? -1 : 1;
      const ra = a.raw[i] ?? "";
      const rb = b.raw[i] ?? "";
      if (ra !== rb) return ra < rb ? -1 : 1;
    }
    return 0;
  });
  return decorated.map((d) => d.item);
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // Adding EPSILON scaled to the value keeps 1.005 -> 1.01 (binary 1.00499...).
  return Math.round((value + Math.sign(value) * Number.EPSILON * Math.abs(value)) * factor) / factor;
}

/** numerator / denominator rounded to 4 decimals (0.8571 = 85.71 %), null when nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? round(numerator / denominator, 4) : null;
}
