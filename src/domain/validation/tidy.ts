import { FOCUS_AREAS } from "../reference";
import { focusKey, splitList } from "../normalize";
import type { FieldDef, NormalisationChange } from "../registers";
import { textKey } from "./keys";

/**
 * Which of the reader's tidy-ups are worth an officer's attention. The register always stores
 * the canonical form, so a warning is only useful when the reading could be wrong or the
 * officer should confirm it: a date read day-first, a phone given its +254 form, a county
 * matched by another name or spelling, an abbreviation expanded (FBO, Pvt, Y), a number taken
 * out of text ("12 yrs"), a focus area guessed from a longer phrase or a slip.
 *
 * Not worth a warning: the same words in another case, spacing, punctuation or list separator
 * ("Completed" for completed, "NAIROBI " for Nairobi, "Taita-Taveta", "Tue, Thu" for "Tue; Thu"),
 * and focus areas written in one of the programme's own wordings ("Appraisal" for Performance
 * management). On the sample workbook those made 370 of 400 warnings, burying the ones that
 * matter; every real sheet writes focus areas in office words.
 */

/** How the task pane groups safe fixes so an officer can accept a whole kind at once. */
export type TidyGroup = "dates" | "phones" | "counties" | "numbers" | "yes-no" | "choices" | "focus-areas" | "emails" | "text";

export const TIDY_GROUP_LABELS: Readonly<Record<TidyGroup, string>> = {
  dates: "Dates read day first",
  phones: "Phone numbers in +254 form",
  counties: "County names",
  numbers: "Numbers typed with words",
  "yes-no": "Yes/No answers",
  choices: "Values from a list (sector, role, status)",
  "focus-areas": "Focus areas",
  emails: "Email addresses",
  text: "Other tidy-ups",
};

export function tidyGroup(def: FieldDef | undefined): TidyGroup {
  switch (def?.kind) {
    case "date":
      return "dates";
    case "phone":
      return "phones";
    case "county":
    case "counties":
      return "counties";
    case "integer":
    case "number":
    case "score":
      return "numbers";
    case "yesno":
      return "yes-no";
    case "choice":
      return "choices";
    case "focusArea":
    case "focusAreas":
      return "focus-areas";
    case "email":
      return "emails";
    default:
      return "text";
  }
}

/** Every wording the focus-area table reads exactly (labels, synonyms, ids), as focus keys. */
const FOCUS_WORDINGS: ReadonlySet<string> = new Set(
  FOCUS_AREAS.flatMap((area) => [...area.words, area.label, area.id.replace(/-/g, " ")].map(focusKey)),
);

function isFocusWording(item: string): boolean {
  const key = focusKey(item);
  // "Appraisals" is the plural of a wording; the reader accepts it the same way.
  return FOCUS_WORDINGS.has(key) || (key.endsWith("s") && FOCUS_WORDINGS.has(key.slice(0, -1)));
}

/** Whether each item of a focus-area cell is one of the programme's own wordings. */
function inProgrammeWords(typed: string): boolean {
  const items = splitList(typed, { slash: false });
  return items.length > 0 && items.every(isFocusWording);
}

/**
 * Whether a change is worth a warning. `from` is the cell as the officer sees it; `to` is the
 * register's form as shown in messages (a date's ISO form, a list joined with "; ").
 */
export function worthReporting(change: Pick<NormalisationChange, "after">, def: FieldDef | undefined, from: string): boolean {
  if (from === change.after) return false;
  if (textKey(from) === textKey(change.after)) return false;
  if ((def?.kind === "focusAreas" || def?.kind === "focusArea") && inProgrammeWords(from)) return false;
  return true;
}
