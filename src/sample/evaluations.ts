import { capitalise } from "./context";
import { dayFirstText } from "./dates";
import { dateValue, SheetDraft, type ColumnDef } from "./draft";
import type { CleanData } from "./truth";

/** "Evaluations": the relationship evaluation forms, one row per returned form. */
export const EVALUATIONS_SHEET = "Evaluations";

const COLUMNS: readonly ColumnDef[] = [
  { header: "Pair No.", field: "pairId", width: 8 },
  { header: "Mentor", field: "mentorName", width: 28 },
  { header: "Mentee", field: "menteeName", width: 28 },
  { header: "Filled by", field: "respondent", width: 9 },
  { header: "Date", field: "date", width: 12 },
  { header: "Progress against goals", field: "goalProgress", width: 10 },
  { header: "Relationship", field: "relationship", width: 10 },
  { header: "Session quality", field: "sessionQuality", width: 10 },
  { header: "Overall", field: "overall", width: 8 },
  { header: "Comments", field: "comments", width: 60 },
];

export function renderEvaluations(data: CleanData): SheetDraft {
  const draft = new SheetDraft(EVALUATIONS_SHEET, "evaluations", COLUMNS)
    .title("RELATIONSHIP EVALUATION FORMS (summary of returns)")
    .header();
  for (const e of data.evaluations) {
    draft.row(e.key, {
      pairId: e.pairId ?? null,
      mentorName: e.mentorName ?? null,
      menteeName: e.menteeName ?? null,
      respondent: e.respondent ? capitalise(e.respondent) : null,
      date: dateValue(e.date),
      goalProgress: e.goalProgress ?? null,
      relationship: e.relationship ?? null,
      sessionQuality: e.sessionQuality ?? null,
      overall: e.overall ?? null,
      comments: e.comments ?? null,
    });
  }
  const form = (key: string) => {
    const found = data.evaluations.find((e) => e.key === key);
    if (!found) throw new Error(`No evaluation ${key}`);
    return found;
  };
  const late = form("P1-04/mentee");
  draft.plant(late.key, "date", dayFirstText(late.date ?? ""), "date-as-text", late.date, "Form date typed as day-first text.");
  const typed = form("P1-08/mentor");
  draft.plant(typed.key, "overall", `${typed.overall}/5`, "number-as-text", typed.overall, "Score typed as text out of 5, as on the paper form.");
  return draft;
}
