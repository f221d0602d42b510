import { FOCUS_AREAS, focusAreaLabel, type FocusAreaId } from "../reference";
import type { GridValue } from "../registers/register-data";
import { editDistance } from "./edit-distance";
import { LIST_JOINER, splitList } from "./lists";
import { accept, cellText, quoted, refuse, type NormaliseProblem, type Normalised } from "./result";

/*
 * Focus areas through the reference synonyms ("PM", "appraisal", "T&D", "iHRIS"). A cell item
 * is recognised, in order of trust, by: its exact wording; a known wording inside it
 * ("handling disciplinary cases"), which may name two areas ("recruitment and training");
 * or one small slip in a long word ("recruitmnet"). Short wordings (PM, ER, JD) only count
 * when they are the whole item, so "per" never becomes employee relations.
 */

const DIACRITICS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^a-z0-9&]+/g;

export function focusKey(text: string): string {
  return text.normalize("NFKD").replace(DIACRITICS, "").toLowerCase().replace(NOT_WORD, " ").trim();
}

interface Wording {
  id: FocusAreaId;
  key: string;
  tokens: readonly string[];
}

const WORDINGS: readonly Wording[] = FOCUS_AREAS.flatMap((area) =>
  [...area.words, area.label, area.id.replace(/-/g, " ")].map((w) => {
    const key = focusKey(w);
    return { id: area.id, key, tokens: key.split(" ") };
  }),
);
const BY_KEY: ReadonlyMap<string, FocusAreaId> = new Map(WORDINGS.map((w) => [w.key, w.id]));
/** Wordings distinctive enough to be found inside longer text. */
const FINDABLE = WORDINGS.filter((w) => w.tokens.length > 1 || w.key.length >= 5);
/** Wordings long enough that one slip is still clearly them. */
const SLIPPABLE = WORDINGS.filter((w) => w.key.length >= 6);

function containsTokens(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

type ItemMatch = { ids: FocusAreaId[]; how: "exact" | "contains" | "slip" } | null;

function matchItem(item: string): ItemMatch {
  const key = focusKey(item);
  if (key === "") return null;
  const exact = BY_KEY.get(key) ?? (key.endsWith("s") ? BY_KEY.get(key.slice(0, -1)) : undefined);
  if (exact) return { ids: [exact], how: "exact" };
  const tokens = key.split(" ");
  const found: Array<{ id: FocusAreaId; at: number }> = [];
  for (const wording of FINDABLE) {
    const at = containsTokens(tokens, wording.tokens);
    if (at >= 0) found.push({ id: wording.id, at });
  }
  if (found.length > 0) {
    found.sort((a, b) => a.at - b.at);
    const ids: FocusAreaId[] = [];
    for (const f of found) if (!ids.includes(f.id)) ids.push(f.id);
    return { ids, how: "contains" };
  }
  if (key.length >= 6) {
    const limit = key.length >= 12 ? 2 : 1;
    const close = new Set<FocusAreaId>();
    for (const wording of SLIPPABLE) if (editDistance(key, wording.key, limit) <= limit) close.add(wording.id);
    if (close.size === 1) return { ids: [...close], how: "slip" };
  }
  return null;
}

const MEMO = new Map<string, ItemMatch>();

function matchItemMemo(item: string): ItemMatch {
  const known = MEMO.get(item);
  if (known !== undefined) return known;
  const result = matchItem(item);
  if (MEMO.size > 20_000) MEMO.clear();
  MEMO.set(item, result);
  return result;
}

/** Items of a focus-area cell; "/" splits only what is not itself a wording ("HR records/iHRIS"). */
function focusItems(text: string): string[] {
  return splitList(text, { slash: false }).flatMap((item) => (item.includes("/") && matchItemMemo(item) === null ? splitList(item) : [item]));
}

const LIST_FIX = "Use the programme's focus areas, separated by ; for example Performance management; Recruitment.";

/**
 * A list of focus-area ids in the order written (rank order for "1. … 2. …"), each once.
 * Partial lists: the recognised areas are the value and the rest is reported in `partial`,
 * because pairing can still use a mentee's known needs while the officer fixes the rest.
 */
export function normalizeFocusAreas(value: GridValue): Normalised<FocusAreaId[]> {
  const text = cellText(value);
  const ids: FocusAreaId[] = [];
  const unknown: string[] = [];
  let reworded = false;
  for (const item of focusItems(text)) {
    const match = matchItemMemo(item);
    if (!match) {
      unknown.push(item);
      continue;
    }
    if (match.how !== "exact" || match.ids.some((id) => focusAreaLabel(id) !== item)) reworded = true;
    for (const id of match.ids) if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length === 0) {
    return refuse(`${quoted(value)} names none of the programme's focus areas`, LIST_FIX);
  }
  const written = ids.map(focusAreaLabel).join(LIST_JOINER);
  const changed = written !== text;
  const reason = reworded ? "focus areas written in the programme's words" : "list written one way, separated by ;";
  if (unknown.length === 0) return accept(ids, changed, reason);
  const partial: NormaliseProblem = {
    message: `${unknown.map((u) => `“${u}”`).join(", ")} ${unknown.length === 1 ? "is not one of the programme's focus areas" : "are not among the programme's focus areas"}; the other areas in the cell were read`,
    fix: "Reword it as one of the focus areas (e.g. Recruitment, HR planning) or move it to Remarks.",
  };
  return { ok: true, value: ids, changed: true, reason: `${reason}; unrecognised items left out`, partial };
}

/** Exactly one focus area (a goal's area). */
export function normalizeFocusArea(value: GridValue): Normalised<FocusAreaId> {
  const list = normalizeFocusAreas(value);
  if (!list.ok) return list;
  if (list.partial) return refuse(list.partial.message.replace(/; the other areas in the cell were read$/, ""), "Type one focus area, e.g. Recruitment.");
  const [first, ...rest] = list.value;
  if (first === undefined) return refuse(`${quoted(value)} is not a focus area`, "Type one focus area, e.g. Recruitment.");
  if (rest.length > 0) {
    return refuse(`${quoted(value)} names ${list.value.length} focus areas; a goal has one`, "Keep the main focus area here, or split the goal into one row per area.");
  }
  const label = focusAreaLabel(first);
  return accept(first, label !== cellText(value), "focus area written in the programme's words");
}
