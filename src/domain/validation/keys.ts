/**
 * Loose keys for telling people, phases and places apart the way an officer would: ignoring
 * spacing, case, accents, punctuation and the other forms real sheets use for the same thing.
 */

/** Lowercase words with accents, apostrophes and punctuation removed, single-spaced. */
export function textKey(text: string): string {
  // Most cells are plain ASCII, and many are already in key form: a scan decides, so the common
  // cases allocate nothing (or a few strings) instead of going through Unicode normalisation.
  let clean = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return unicodeTextKey(text);
    const lowerAlnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    const innerSpace = c === 32 && i > 0 && i < text.length - 1 && text.charCodeAt(i - 1) !== 32;
    if (!lowerAlnum && !innerSpace) clean = false;
  }
  if (clean) return text;
  return text
    .toLowerCase()
    // Apostrophes join a word (Murang'a, O'Brien) rather than split it.
    .replace(/['`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function unicodeTextKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Titles people add or leave out in front of a name; they never tell two people apart. */
const HONORIFICS = new Set(["dr", "mr", "mrs", "ms", "miss", "prof", "eng", "hon", "rev", "sr", "fr"]);

const HONORIFIC_WORD = /(?:^| )(?:dr|mr|mrs|ms|miss|prof|eng|hon|rev|sr|fr)(?: |$)/;

function nameTokens(name: string): string[] {
  const words = textKey(name).split(" ").filter((w) => w.length > 0);
  const kept = words.filter((w) => !HONORIFICS.has(w));
  return kept.length > 0 ? kept : words;
}

/** "  Achieng   OTIENO " and "Dr. Achieng Otieno" give the same key. */
export function nameKey(name: string): string {
  const key = textKey(name);
  // Only names with a title need splitting into words; most have none.
  return HONORIFIC_WORD.test(key) ? nameTokens(name).join(" ") : key;
}

/**
 * Word order ignored too ("OTIENO Achieng"): used only as a fallback for references, because two
 * different people with swapped names are rarer than one person written surname-first.
 */
export function sortedNameKey(name: string): string {
  return nameTokens(name).sort().join(" ");
}

/**
 * "MR-01", "mr 1" and "MR01" give the same key: letters and digits only, lowercase, and each run
 * of digits without leading zeros, because Excel drops them when a staff number is typed as a
 * number. One pass over the characters: every session row's pair ID goes through here.
 */
export function idKey(id: string): string {
  let out = "";
  // Inside a run of digits (separators do not end a run: "01-2" is the run "012").
  let inRun = false;
  let runStarted = false;
  let zeros = false;
  for (let i = 0; i < id.length; i++) {
    let c = id.charCodeAt(i);
    if (c > 127) return textKey(id).replace(/ /g, "");
    if (c >= 65 && c <= 90) c += 32;
    if (c >= 48 && c <= 57) {
      if (!inRun) {
        inRun = true;
        runStarted = false;
        zeros = false;
      }
      if (!runStarted && c === 48) {
        zeros = true;
        continue;
      }
      runStarted = true;
      out += String.fromCharCode(c);
    } else if (c >= 97 && c <= 122) {
      if (inRun && !runStarted && zeros) out += "0";
      inRun = false;
      out += String.fromCharCode(c);
    }
  }
  if (inRun && !runStarted && zeros) out += "0";
  return out;
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
  // A register names a handful of phases thousands of times: work each spelling out once.
  let key = phaseKeys.get(phase);
  if (key === undefined) {
    key = computePhaseKey(phase);
    if (phaseKeys.size < 1_000) phaseKeys.set(phase, key);
  }
  return key;
}

const phaseKeys = new Map<string, string>();

function computePhaseKey(phase: string): string {
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
