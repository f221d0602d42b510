import { REGISTER_KINDS, REGISTERS, type FieldDef, type RegisterKind } from "../registers";
import { headerReadings, headerTokens, wordingSimilarity } from "./header-words";

/** Below this a header is not taken for a field: it is carried as an extra column. */
export const MAPPING_THRESHOLD = 0.55;

interface Wording {
  field: FieldDef;
  tokens: readonly string[];
}

const WORDINGS: ReadonlyMap<RegisterKind, readonly Wording[]> = new Map(
  REGISTER_KINDS.map((kind) => [
    kind,
    REGISTERS[kind].fields.flatMap((field) => [field.label, field.key.replace(/([a-z])([A-Z])/g, "$1 $2"), ...field.aliases].map((w) => ({ field, tokens: headerTokens(w) }))),
  ]),
);

/** In the Mentors register a header naming mentees is about them, and the other way round. */
const OTHER_PERSON: Partial<Record<RegisterKind, string>> = { mentors: "mentee", mentees: "mentor" };

export interface FieldMatch {
  field: FieldDef;
  confidence: number;
}

const MATCH_CACHE = new Map<string, readonly FieldMatch[]>();

/**
 * Every field of a register a header could be, best first (one entry per field, at its best
 * wording), above the mapping threshold. Cached per register and header text: a workbook
 * repeats the same headers on many sheets, and header detection asks for every cell.
 */
export function fieldMatches(kind: RegisterKind, header: string): readonly FieldMatch[] {
  const cacheKey = `${kind}\u0000${header}`;
  const known = MATCH_CACHE.get(cacheKey);
  if (known) return known;
  const best = new Map<string, FieldMatch>();
  const other = OTHER_PERSON[kind];
  for (const tokens of headerReadings(header)) {
    if (tokens.length > 12) continue;
    const namesOther = other !== undefined && tokens.includes(other);
    for (const wording of WORDINGS.get(kind) ?? []) {
      // "Name of mentee" on a Mentors sheet is not the mentor's name, however close.
      if (namesOther && !wording.tokens.includes(other)) continue;
      const confidence = wordingSimilarity(tokens, wording.tokens, MAPPING_THRESHOLD);
      if (confidence < MAPPING_THRESHOLD) continue;
      const previous = best.get(wording.field.key);
      if (!previous || confidence > previous.confidence) best.set(wording.field.key, { field: wording.field, confidence });
    }
  }
  const matches = [...best.values()].sort((a, b) => b.confidence - a.confidence);
  if (MATCH_CACHE.size > 20_000) MATCH_CACHE.clear();
  MATCH_CACHE.set(cacheKey, matches);
  return matches;
}

/** The best confidence with which a header names a field of any register (0 if none). */
export function anyRegisterConfidence(header: string): number {
  let best = 0;
  for (const kind of REGISTER_KINDS) {
    const top = fieldMatches(kind, header)[0];
    if (top && top.confidence > best) best = top.confidence;
  }
  return best;
}
