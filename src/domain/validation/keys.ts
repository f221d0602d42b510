/**
 * Loose keys for telling people, phases and places apart the way an officer would: ignoring
 * spacing, case, accents, punctuation and the other forms real sheets use for the same thing.
 */

/** Lowercase words with accents, apostrophes and punctuation removed, single-spaced. */
export function textKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    // Apostrophes join a word (Murang'a, O'Brien) rather than split it.
    .replace(/['\u2018\u2019\u02bc`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Titles people add or leave out in front of a name; they never tell two people apart. */
const HONORIFICS = new Set(["dr", "mr", "mrs", "ms", "miss", "prof", "eng", "hon", "rev", "sr", "fr"]);

function nameTokens(name: string): string[] {
  const words = textKey(name).split(" ").filter((w) => w.length > 0);
  const kept = words.filter((w) => !HONORIFICS.has(w));
  return kept.length > 0 ? kept : words;
}

/** "  Achieng   OTIENO " and "Dr. Achieng Otieno" give the same key. */
export function nameKey(name: string): string {
  return nameTokens(name).join(" ");
}

/**
 * Word order ignored too ("OTIENO Achieng"): used only as a fallback for references, because two
 * different people with swapped names are rarer than one person written surname-first.
 */
export function sortedNameKey(name: string): string {
  return nameTokens(name).sort().join(" ");
}

/**
 * "MR-01", "mr 1" and "MR01" give the same key. Leading zeros go because Excel drops them when a
 * staff number is typed as a number.
 */
export function idKey(id: string): string {
  return textKey(id)
    .replace(/ /g, "")
    .replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, ""));
}

/** The nine national digits of a Kenyan number, whatever prefix or spacing it was typed with. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 9 ? digits.slice(-9) : digits;
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10",
  i: "1", ii: "2", iii: "3", iv: "4", v: "5", vi: "6", vii: "7", viii: "8", ix: "9", x: "10",
};

/**
 * "Phase 1", "phase-1", "PHASE I", "Phase One", "P1" and "1" all name phase 1; other names
 * ("Cohort A") are compared as loose text.
 */
export function phaseKey(phase: string): string {
  const words = textKey(phase).split(" ").filter((w) => w.length > 0);
  let rest = words;
  if (rest[0] === "phase" || rest[0] === "p") rest = rest.slice(1);
  else if (rest.length === 1 && /^p\d+$/.test(rest[0] ?? "")) rest = [(rest[0] ?? "").slice(1)];
  else if (rest.length === 1 && /^phase\d+$/.test(rest[0] ?? "")) rest = [(rest[0] ?? "").slice(5)];
  if (rest.length === 1) {
    const only = rest[0] ?? "";
    const number = NUMBER_WORDS[only] ?? (/^\d+$/.test(only) ? String(Number(only)) : undefined);
    if (number !== undefined) return number;
  }
  return words.join(" ");
}

/** Venue wordings that mean "where the mentee works" without naming it. */
const WORKPLACE_WORDS = /\b(workplace|work place|place of work|duty station|mentees? (office|station|desk|department|work ?place|place of work))\b/;

/** Words that say nothing about which place is meant. */
const PLACE_STOPWORDS = new Set(["the", "of", "at", "in", "and", "for", "on"]);

/**
 * Words that say what kind of place it is, not which one: "Siaya County Referral Hospital" and
 * "Kisumu County Referral Hospital" share four words and are different places.
 */
const PLACE_KINDS = new Set([
  "office", "offices", "department", "dept", "county", "sub", "hq", "headquarters", "room", "boardroom", "block", "building",
  "hospital", "referral", "general", "teaching", "level", "health", "medical", "centre", "center", "clinic", "dispensary",
  "board", "public", "service", "services", "management", "government", "ministry", "unit", "hr", "human", "resource", "resources",
]);

function placeTokens(place: string): string[] {
  return textKey(place).split(" ").filter((w) => w.length > 1 && !PLACE_STOPWORDS.has(w));
}

/** Share of distinctive words in common, out of the larger set: 1 for the same place named two ways. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const as = new Set(a);
  const bs = new Set(b);
  if (as.size === 0 || bs.size === 0) return 0;
  let shared = 0;
  for (const t of bs) if (as.has(t)) shared += 1;
  return shared / Math.max(as.size, bs.size);
}

/**
 * Whether a session venue is the mentee's workplace, loosely: the same words, one containing the
 * other ("Kisumu CDH" in "HR office, Kisumu CDH"), the same distinctive words in any order
 * ("Referral Hospital, Kisumu"), or a phrase such as "mentee's office". Loose on purpose: the
 * rule only warns, and sheets abbreviate freely.
 */
export function venueIsWorkplace(venue: string, workplace: string | undefined): boolean {
  const v = textKey(venue);
  if (WORKPLACE_WORDS.test(v)) return true;
  if (workplace === undefined) return false;
  const w = textKey(workplace);
  if (v.length === 0 || w.length === 0) return false;
  if (v === w || v.includes(w) || w.includes(v)) return true;
  const vt = placeTokens(venue);
  const wt = placeTokens(workplace);
  const vd = vt.filter((t) => !PLACE_KINDS.has(t));
  const wd = wt.filter((t) => !PLACE_KINDS.has(t));
  // A workplace named only by kind ("County Referral Hospital") is compared on all its words.
  return wd.length > 0 ? overlap(vd, wd) >= 0.5 : overlap(vt, wt) >= 0.5;
}
