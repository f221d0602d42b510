import { capitalise } from "./context";
import { dayFirstText } from "./dates";
import { dateValue, SheetDraft, type ColumnDef } from "./draft";
import { focusAreaWording, type CleanData } from "./truth";

/**
 * "Mentorship plans": the goals each pair wrote into its plan. This sheet starts straight at
 * the header, unlike the others, because not every office adds a title.
 */
export const PLANS_SHEET = "Mentorship plans";

const COLUMNS: readonly ColumnDef[] = [
  { header: "Pair No.", field: "pairId", width: 8 },
  { header: "Mentee", field: "menteeName", width: 28 },
  { header: "Goal", field: "goal", width: 70 },
  { header: "Focus area", field: "focusArea", width: 26 },
  { header: "Target date", field: "targetDate", width: 12 },
  { header: "Status", field: "status", width: 12 },
  { header: "Remarks", field: "remarks", width: 36 },
];

export function renderPlans(data: CleanData): SheetDraft {
  const draft = new SheetDraft(PLANS_SHEET, "goals", COLUMNS).header();
  data.goals.forEach((g, i) => {
    draft.row(g.key, {
      pairId: g.pairId ?? null,
      menteeName: g.menteeName ?? null,
      goal: g.goal,
      focusArea: g.focusArea ? focusAreaWording(g.focusArea, i) : null,
      targetDate: dateValue(g.targetDate),
      status: g.status ? capitalise(g.status) : null,
      remarks: g.remarks ?? null,
    });
  });
  const goal = data.goals.find((g) => g.key === "P1-06/G2");
  if (!goal) throw new Error("No goal P1-06/G2");
  draft.plant(goal.key, "targetDate", dayFirstText(goal.targetDate ?? ""), "date-as-text", goal.targetDate, "Target date typed as day-first text.");
  return draft;
}
