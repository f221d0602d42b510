import type { GridValue } from "../registers/register-data";
import { accept, cellText, refuse, type Normalised } from "./result";
import { cleanInline } from "./text";

/*
 * Several values in one cell: "Appraisal; Recruitment", "Tue, Thu", one per line, bullets,
 * or a ranked list "1. Appraisal 2. Disciplinary". Ranked lists are put in rank order (a
 * mentee's needs are ranked, and pairing weighs the first need most); every other list keeps
 * the order written.
 */

/** How list values are written back into one cell, and so what "unchanged" means. */
export const LIST_JOINER = "; ";

const SEPARATORS = /\s*(?:[;,|\n\r\u2022\u00B7]|\s\/\s|\/)\s*/;
const SEPARATORS_NO_SLASH = /\s*[;,|\n\r\u2022\u00B7]\s*/;
const AND_SEPARATOR = /\s+(?:and|&)\s+/i;
const STARTS_RANKED = /^\s*\(?\d{1,2}\s*[.)](?!\d)\s*(?=\S)/;
// A rank marker: "1." or "2)" or "(3)" at the start or after a space/separator, followed by
// text. "1.5" is not a marker (a digit follows the dot).
const RANK_MARKER = /(?:^|[\s;,])\(?(\d{1,2})\s*[.)](?!\d)\s*/g;
const BULLET = /^(?:[-*•·]|\d{1,2}[.)])\s+/;
const EDGE_PUNCTUATION = /^[\s.;,:-]+|[\s.;,:]+$/g;

export interface ListSplitOptions {
  /** Split at "/" too ("Tue/Thu"). Off for focus areas, where "HR records/iHRIS" is one. */
  slash?: boolean;
  /** Split at " and " / " & " too: county lists ("Kisumu, Siaya and Homa Bay"). */
  and?: boolean;
}

function tidyItem(item: string): string {
  return cleanInline(item).replace(BULLET, "").replace(EDGE_PUNCTUATION, "");
}

function splitPlain(text: string, options: ListSplitOptions): string[] {
  const separators = options.slash === false ? SEPARATORS_NO_SLASH : SEPARATORS;
  let parts = text.split(separators);
  if (options.and) parts = parts.flatMap((part) => part.split(AND_SEPARATOR));
  return parts.map(tidyItem).filter((item) => item !== "");
}

/** The items of a list cell, in rank order for a ranked list, else as written. */
export function splitList(text: string, options: ListSplitOptions = {}): string[] {
  if (!STARTS_RANKED.test(text)) return splitPlain(text, options);
  const marks: Array<{ rank: number; start: number; end: number }> = [];
  RANK_MARKER.lastIndex = 0;
  for (let m = RANK_MARKER.exec(text); m !== null; m = RANK_MARKER.exec(text)) {
    marks.push({ rank: Number(m[1]), start: m.index, end: m.index + m[0].length });
  }
  const ranked = marks.map((mark, i) => ({ rank: mark.rank, order: i, text: text.slice(mark.end, marks[i + 1]?.start ?? text.length) }));
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.flatMap((entry) => splitPlain(entry.text, options));
}

/** A list of free-text items (availability): each tidied, none empty. */
export function normalizeList(value: GridValue): Normalised<string[]> {
  const text = cellText(value);
  const items = splitList(text);
  if (items.length === 0) return refuse(`The cell has no list items`, "Type the items separated by ; for example Tue; Thu afternoon.");
  const written = items.join(LIST_JOINER);
  return written === text ? accept(items, false) : accept(items, true, "list written one way, separated by ;");
}
