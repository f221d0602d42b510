/**
 * Mentors and mentees as pairing sees them: register rows turned into the few facts a score
 * needs (county index, skill and need bits, availability slots, organisation keys), worked out
 * once per person so that scoring 2,000 x 1,000 pairs is arithmetic, not string work.
 */
import { COUNTIES, FOCUS_AREA_IDS, type CountyName, type FocusAreaId, type Sector } from "../reference";
import type { Mentee, Mentor, RegisterRow } from "../registers";
import { idKey, nameKey, textKey } from "../validation/keys";
import { readAvailability, type Availability } from "./score/availability";
import { needRankWeight } from "./score/weights";

/**
 * How pairs, locks and exclusions name a person: the ID when the register has one (IDs are
 * compared loosely: "MR-01" = "mr01"), else the name (spacing, case and titles ignored).
 */
export function personKey(id: string | undefined, name: string | undefined): string {
  const trimmedId = id?.trim() ?? "";
  if (trimmedId !== "") return `id:${idKey(trimmedId)}`;
  return `name:${nameKey(name ?? "")}`;
}

/** A person as outputs name them: ID (may be "") and name as typed. */
export interface PersonName {
  id: string;
  name: string;
}

interface ProfileBase extends PersonName {
  /** Position of the row in its register. */
  index: number;
  key: string;
  county: CountyName | undefined;
  /** Index into COUNTIES, -1 when unknown. */
  countyIndex: number;
  availability: Availability;
}

export interface MentorProfile extends ProfileBase {
  row: RegisterRow<Mentor>;
  sector: Sector | undefined;
  skills: readonly FocusAreaId[];
  /** Bit i set when the mentor lists FOCUS_AREA_IDS[i]. */
  skillMask: number;
  /** Organisation as compared for conflicts of interest ("" when blank). */
  organisationKey: string;
  organisation: string;
}

export interface MenteeProfile extends ProfileBase {
  row: RegisterRow<Mentee>;
  /** Needs in rank order (first = most needed). */
  needs: readonly FocusAreaId[];
  /** Bit of each need, in rank order. */
  needBits: Int8Array;
  /** Sum of the rank weights of all needs (the needs part's denominator). */
  needWeightTotal: number;
  /** Employer and workplace keys, compared with mentors' organisations. */
  organisationKeys: readonly string[];
}

const COUNTY_INDEX = new Map<CountyName, number>(COUNTIES.map((c, i) => [c.name, i]));
const FOCUS_BIT = new Map<FocusAreaId, number>(FOCUS_AREA_IDS.map((id, i) => [id, i]));

/** Words that name the kind of company, not which one: "Pwani Salt Works Ltd" = "Pwani Salt Works Limited". */
const ORGANISATION_FILLER = new Set(["the", "ltd", "limited", "co", "company", "plc", "inc", "of", "and"]);

export function organisationKey(text: string | undefined): string {
  if (text === undefined) return "";
  return textKey(text)
    .split(" ")
    .filter((w) => w.length > 0 && !ORGANISATION_FILLER.has(w))
    .join(" ");
}

function nameOf(value: string | undefined, raw: unknown): string {
  if (value !== undefined) return value.trim();
  return typeof raw === "string" || typeof raw === "number" ? String(raw).trim() : "";
}

/** What mentors and mentees share: who they are and where they work. */
function baseProfile(index: number, id: string | undefined, fullName: string | undefined, rawName: unknown, county: CountyName | undefined) {
  const name = nameOf(fullName, rawName);
  const trimmedId = id?.trim() ?? "";
  return {
    index,
    key: personKey(trimmedId, name),
    id: trimmedId,
    name,
    county,
    countyIndex: county === undefined ? -1 : (COUNTY_INDEX.get(county) ?? -1),
  };
}

export function mentorProfile(row: RegisterRow<Mentor>, index: number): MentorProfile {
  const v = row.values;
  let skillMask = 0;
  for (const skill of v.skills ?? []) skillMask |= 1 << (FOCUS_BIT.get(skill) ?? 0);
  return {
    ...baseProfile(index, v.mentorId, v.fullName, row.raw.fullName, v.county),
    row,
    availability: readAvailability(v.availability),
    sector: v.sector,
    skills: v.skills ?? [],
    skillMask,
    organisationKey: organisationKey(v.organisation),
    organisation: v.organisation?.trim() ?? "",
  };
}

export function menteeProfile(row: RegisterRow<Mentee>, index: number): MenteeProfile {
  const v = row.values;
  const needs = v.needs ?? [];
  const needBits = Int8Array.from(needs.map((n) => FOCUS_BIT.get(n) ?? 0));
  let needWeightTotal = 0;
  needs.forEach((_, r) => (needWeightTotal += needRankWeight(r + 1)));
  const organisationKeys = [organisationKey(v.organisation), organisationKey(v.workplace)].filter((k) => k !== "");
  return {
    ...baseProfile(index, v.menteeId, v.fullName, row.raw.fullName, v.county),
    row,
    availability: readAvailability(v.availability),
    needs,
    needBits,
    needWeightTotal,
    organisationKeys: [...new Set(organisationKeys)],
  };
}

/** "Daniel Okoth Agola (MR-01)", or the name alone when there is no ID. */
export function personLabel(p: PersonName): string {
  if (p.name === "") return p.id;
  return p.id === "" ? p.name : `${p.name} (${p.id})`;
}

/**
 * The same organisation on both sides, loosely: equal after dropping case, punctuation and
 * words such as "Ltd", or the mentor's organisation (two words or more) named inside the
 * mentee's employer or workplace ("Upendo Mission Hospital" in "HR office, Upendo Mission
 * Hospital"). The case study pairs across organisations; a mentor coaching a colleague is a
 * conflict of interest.
 */
export function sameOrganisation(mentor: MentorProfile, mentee: MenteeProfile): string | undefined {
  const m = mentor.organisationKey;
  if (m === "") return undefined;
  const multiWord = m.includes(" ");
  for (const key of mentee.organisationKeys) {
    if (key === m) return key;
    if (multiWord && ` ${key} `.includes(` ${m} `)) return key;
  }
  return undefined;
}

/**
 * `sameOrganisation` for every pair at once, as a row-major matrix (`mark` = conflict): each
 * mentee key's runs of words are looked up among the mentors' organisations, so the cost
 * grows with the number of people, not with mentors x mentees string comparisons.
 */
export function conflictsOfInterest(mentors: readonly MentorProfile[], mentees: readonly MenteeProfile[], mark = 1): Uint8Array {
  const N = mentors.length;
  const out = new Uint8Array(mentees.length * N);
  const byOrganisation = new Map<string, number[]>();
  mentors.forEach((m, j) => {
    if (m.organisationKey === "") return;
    const list = byOrganisation.get(m.organisationKey);
    if (list) list.push(j);
    else byOrganisation.set(m.organisationKey, [j]);
  });
  if (byOrganisation.size === 0) return out;
  mentees.forEach((e, i) => {
    for (const key of e.organisationKeys) {
      for (const j of byOrganisation.get(key) ?? []) out[i * N + j] = mark;
      // Organisations of two words or more named inside the key ("hr office upendo mission hospital").
      const words = key.split(" ");
      for (let start = 0; start < words.length; start++) {
        for (let end = start + 2; end <= words.length; end++) {
          if (start === 0 && end === words.length) continue;
          for (const j of byOrganisation.get(words.slice(start, end).join(" ")) ?? []) out[i * N + j] = mark;
        }
      }
    }
  });
  return out;
}
