/*
 * Loose keys for matching what different sheets write about the same thing. Officers type
 * "Achieng  Otieno", "achieng otieno" and "ACHIENG OTIENO" for one person, "MR-01" and
 * "mr 01" for one code, "Phase 1", "phase1" and "1" for one phase. Summaries must count each
 * once, so every comparison goes through one of these keys, never through the raw text.
 */

/** Letters and digits only, lower case, accents and curly apostrophes folded. */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** A person's name: case, spacing and punctuation ignored ("Dr. Jane  Doe" = "dr jane doe"). */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** An id or code: case, spaces and separators ignored ("MR-01" = "mr 01" = "MR01"). */
export function idKey(id: string): string {
  return fold(id).replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * A phase name: the word "phase" and separators ignored, so "Phase 1", "PHASE-1" and "1"
 * meet. A name that is only the word (or only punctuation) keeps a key of its own.
 */
export function phaseKey(phase: string): string {
  const folded = fold(phase);
  const key = folded.replace(/\bphase\b/g, "").replace(/[^\p{L}\p{N}]+/gu, "");
  return key === "" ? folded.replace(/[^\p{L}\p{N}]+/gu, "") || folded.trim() : key;
}

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

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // Adding EPSILON scaled to the value keeps 1.005 -> 1.01 (binary 1.00499...).
  return Math.round((value + Math.sign(value) * Number.EPSILON * Math.abs(value)) * factor) / factor;
}

/** numerator / denominator rounded to 4 decimals (0.8571 = 85.71 %), null when nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? round(numerator / denominator, 4) : null;
}
