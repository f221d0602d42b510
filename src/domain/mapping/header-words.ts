import { allowedSlips, editDistance } from "../normalize/edit-distance";

/*
 * Header wordings compared loosely: case, punctuation, abbreviations ("Tel. No.", "Yrs",
 * "E-mail"), word order ("Name of Mentor" / "Mentor name") and small misspellings. A header
 * becomes a list of canonical tokens; two headers are compared token by token.
 */

const DIACRITICS = /[\u0300-\u036f]/g;
const SPLIT = /[^a-z0-9]+/;
const E_MAIL = /\be[\s._-]*mail/g;
const BRITISH = /iz(ation|ations|e|ed|ing)\b/g;

/** Short forms officers write, to the word the catalogue uses. "hr" is human resources, kept. */
const CANONICAL: Readonly<Record<string, string>> = {
  no: "number", nos: "number", num: "number", nbr: "number", numbers: "number",
  yrs: "years", yr: "years", year: "years",
  tel: "phone", telephone: "phone", tel_no: "phone", cellphone: "phone", mob: "mobile",
  hrs: "hours", hour: "hours",
  wk: "week", wks: "weeks",
  org: "organisation", organisations: "organisation",
  dept: "department",
  dob: "birth",
  id: "id", ids: "id",
  mentors: "mentor", mentees: "mentee",
  qualification: "qualifications",
};
const STOP = new Set(["of", "the", "a", "an", "for", "in", "s", "by", "to", "and", "or", "at", "on", "if", "any", "e", "g", "eg", "i"]);

const TOKEN_CACHE = new Map<string, readonly string[]>();

const PARENTHESES = /\([^)]*\)|\[[^\]]*\]/g;

/**
 * The ways a header can be read: as a whole; without its bracketed explanation ("Sector
 * (Public/Private/FBO)"); and each side of a slash ("Organisation/Institution").
 */
export function headerReadings(text: string): ReadonlyArray<readonly string[]> {
  const readings: Array<readonly string[]> = [headerTokens(text)];
  const bare = text.replace(PARENTHESES, " ");
  if (bare !== text) readings.push(headerTokens(bare));
  if (bare.includes("/")) for (const part of bare.split("/")) readings.push(headerTokens(part));
  return readings.filter((r) => r.length > 0);
}

/** A header's canonical tokens, in order. */
export function headerTokens(text: string): readonly string[] {
  const known = TOKEN_CACHE.get(text);
  if (known) return known;
  const lower = text.normalize("NFKD").replace(DIACRITICS, "").toLowerCase().replace(/#/g, " number ").replace(E_MAIL, "email").replace(BRITISH, "is$1");
  const tokens = lower
    .split(SPLIT)
    .filter((t) => t !== "" && !STOP.has(t))
    .map((t) => CANONICAL[t] ?? t);
  if (TOKEN_CACHE.size > 10_000) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(text, tokens);
  return tokens;
}

/** Words one slip apart that mean different people: never read one as the other. */
const NEVER_CONFUSED = new Set(["mentor|mentee", "mentee|mentor"]);

const SIMILARITY_CACHE = new Map<string, number>();

function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4 || Math.abs(a.length - b.length) > allowedSlips(shorter)) return 0;
  const pair = `${a}|${b}`;
  const known = SIMILARITY_CACHE.get(pair);
  if (known !== undefined) return known;
  let similarity = 0;
  if (!NEVER_CONFUSED.has(pair)) {
    const slips = allowedSlips(shorter);
    const d = editDistance(a, b, slips);
    similarity = d <= slips ? 1 - d / Math.max(a.length, b.length) : 0;
  }
  if (SIMILARITY_CACHE.size > 50_000) SIMILARITY_CACHE.clear();
  SIMILARITY_CACHE.set(pair, similarity);
  return similarity;
}

/** Fuzzy matches never reach the certainty of an exact label or alias. */
const FUZZY_CEILING = 0.9;
const SAME_WORDS_OTHER_ORDER = 0.95;

/**
 * How well a header matches one wording, 0..1: 1 for the same words in the same order, 0.95
 * in another order, else the share of words the two have in common (Dice), where a word may
 * be matched with a small slip at a proportional discount. Scores below `floor` may be
 * returned as 0.
 */
export function wordingSimilarity(header: readonly string[], wording: readonly string[], floor = 0): number {
  if (header.length === 0 || wording.length === 0) return 0;
  if (header.length === wording.length) {
    let same = true;
    for (let i = 0; i < header.length; i++) if (header[i] !== wording[i]) same = false;
    if (same) return 1;
    const a = [...header].sort();
    const b = [...wording].sort();
    if (a.every((t, i) => t === b[i])) return SAME_WORDS_OTHER_ORDER;
  }
  // Even if every word matched, the score could not reach `floor`: skip the work. This is
  // what keeps header detection cheap on data rows full of long free text.
  const ceiling = (FUZZY_CEILING * 2 * Math.min(header.length, wording.length)) / (header.length + wording.length);
  if (ceiling < floor) return 0;
  const used = new Array<boolean>(header.length).fill(false);
  let total = 0;
  for (const w of wording) {
    let best = 0;
    let bestAt = -1;
    for (let i = 0; i < header.length; i++) {
      if (used[i]) continue;
      const s = tokenSimilarity(w, header[i] ?? "");
      if (s > best) {
        best = s;
        bestAt = i;
        if (s === 1) break;
      }
    }
    if (bestAt >= 0) {
      used[bestAt] = true;
      total += best;
    }
  }
  return (FUZZY_CEILING * 2 * total) / (header.length + wording.length);
}
