import { COUNTIES, COUNTY_ALIASES, TOWN_COUNTIES, type CountyName } from "../reference";
import type { GridValue } from "../registers/register-data";
import { allowedSlips, editDistance } from "./edit-distance";
import { LIST_JOINER, splitList } from "./lists";
import { accept, cellText, quoted, refuse, type NormaliseProblem, type Normalised } from "./result";
import { cleanInline } from "./text";

/*
 * County names as officers type them: any case and spacing, hyphenated or not
 * ("Taita-Taveta"), with straight or curly apostrophes ("Murang’a"), with "County" around
 * them ("Kisumu County", "County Government of Kisumu"), other names (Homabay, Nairobi City)
 * and small slips ("Kisumo"). A slip is only corrected when one county is clearly closest.
 */

const DIACRITICS = /[\u0300-\u036f]/g;
const NOT_LETTER = /[^a-z]+/;
const FILLER = new Set(["county", "counties", "government", "govt", "gov", "of", "the", "cg"]);

/** The loosest spelling of a county name: letters only, lower case, "County" words dropped. */
export function countyKey(text: string): string {
  const words = text.normalize("NFKD").replace(DIACRITICS, "").toLowerCase().split(NOT_LETTER);
  // Apostrophes split "murang'a" into "murang" + "a"; joining without spaces mends it.
  return words.filter((w) => w !== "" && !FILLER.has(w)).join("");
}

interface KeyedName {
  key: string;
  county: CountyName;
  alias: boolean;
}

const KEYED: readonly KeyedName[] = [
  ...COUNTIES.map((c) => ({ key: countyKey(c.name), county: c.name, alias: false })),
  ...Object.entries(COUNTY_ALIASES).map(([key, county]) => ({ key: countyKey(key), county, alias: true })),
];
const BY_KEY: ReadonlyMap<string, KeyedName> = new Map(KEYED.map((k) => [k.key, k]));

const FIX = "Type the county's name as in the list of Kenya's 47 counties, e.g. Kisumu.";

function notACounty(value: GridValue, suggestion?: CountyName): Normalised<CountyName> {
  const message = `${quoted(value)} is not one of Kenya's 47 counties`;
  return suggestion
    ? refuse(`${message}; the nearest is ${suggestion}`, `Type ${suggestion} if that is what you meant; otherwise type the right county.`)
    : refuse(message, FIX);
}

/** A town typed for its county: said, with the county, but never applied (see TOWN_COUNTIES). */
function aTown(value: string, county: CountyName): Normalised<CountyName> {
  const town = cleanInline(value);
  return refuse(`${quoted(value)} is a town, not one of Kenya's 47 counties; ${town} is in ${county}`, `Type ${county} if that is the county meant; otherwise type the right county.`);
}

function lookup(value: string): Normalised<CountyName> {
  const key = countyKey(value);
  if (key === "") return notACounty(value);
  const townCounty = BY_KEY.has(key) ? undefined : TOWN_COUNTIES[key];
  if (townCounty) return aTown(value, townCounty);
  const exact = BY_KEY.get(key);
  if (exact) {
    if (exact.county === value) return accept(exact.county, false);
    const tidy = cleanInline(value);
    let reason = "county spelling";
    if (exact.alias) reason = "other name for the county";
    else if (tidy.toLowerCase() === exact.county.toLowerCase()) reason = tidy === exact.county ? "extra spaces removed" : "county capitalisation";
    else if (countyKey(exact.county) === key && /county/i.test(value)) reason = "“County” dropped from the name";
    return accept(exact.county, true, reason);
  }
  let best = Number.POSITIVE_INFINITY;
  let nearest = new Set<CountyName>();
  const slack = allowedSlips(key.length) + 2;
  for (const candidate of KEYED) {
    const d = editDistance(key, candidate.key, Math.min(best, slack));
    if (d < best) {
      best = d;
      nearest = new Set([candidate.county]);
    } else if (d === best) {
      nearest.add(candidate.county);
    }
  }
  const [only] = nearest;
  if (best <= allowedSlips(key.length)) {
    if (nearest.size > 1) {
      const names = [...nearest].sort();
      return refuse(
        `${quoted(value)} is not one of Kenya's 47 counties, and it is as close to ${names.slice(0, -1).join(", ")} as to ${names[names.length - 1]}`,
        `Type the county you mean in full, e.g. ${names[0]}.`,
      );
    }
    if (only) return accept(only, true, `county misspelling corrected (${cleanInline(value)} → ${only})`);
  }
  return notACounty(value, best <= slack && nearest.size === 1 ? only : undefined);
}

// The same few dozen spellings repeat down a 50,000-row sheet: remember each answer.
const MEMO = new Map<string, Normalised<CountyName>>();
const MEMO_LIMIT = 20_000;

export function normalizeCounty(value: GridValue): Normalised<CountyName> {
  if (typeof value !== "string") return notACounty(value);
  const known = MEMO.get(value);
  if (known) return known;
  const result = lookup(value);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(value, result);
  return result;
}

/**
 * Several counties in one cell ("Kisumu, Siaya and Homa Bay"). Recognised counties are the
 * value, in the order written, each once; unrecognised items are reported in `partial`.
 */
export function normalizeCounties(value: GridValue): Normalised<CountyName[]> {
  const text = cellText(value);
  const items = splitList(text, { and: true });
  const counties: CountyName[] = [];
  const unknown: string[] = [];
  const suggestions: string[] = [];
  let anyCorrected = false;
  for (const item of items) {
    const one = normalizeCounty(item);
    if (!one.ok) {
      unknown.push(item);
      const near = /(?:the nearest is|is in) (.+)$/.exec(one.message)?.[1];
      if (near) suggestions.push(`${item} → ${near}?`);
      continue;
    }
    if (one.changed) anyCorrected = true;
    if (!counties.includes(one.value)) counties.push(one.value);
  }
  if (counties.length === 0) {
    if (unknown.length === 1 && items.length === 1) {
      // One item that is no county: give the single-county message, with its suggestion.
      const single = normalizeCounty(typeof value === "string" ? value : text);
      if (!single.ok) return single;
    }
    return refuse(`${quoted(value)} names none of Kenya's 47 counties`, "Type the counties separated by ; for example Kisumu; Siaya; Homa Bay.");
  }
  const written = counties.join(LIST_JOINER);
  const changed = written !== text;
  const reason = anyCorrected ? "county spellings corrected; list separated by ;" : "list written one way, separated by ;";
  const result = accept(counties, changed, reason);
  if (unknown.length === 0 || !result.ok) return result;
  const partial: NormaliseProblem = {
    message: `${unknown.map((u) => `“${u}”`).join(", ")} ${unknown.length === 1 ? "is not one of Kenya's 47 counties" : "are not among Kenya's 47 counties"}; the other counties in the cell were read`,
    fix: suggestions.length > 0 ? `Correct the spelling (${suggestions.join("; ")}) or remove it.` : "Correct the spelling or remove it; separate counties with ;",
  };
  return { ...result, changed: true, reason: `${reason}; unrecognised counties left out`, partial };
}
