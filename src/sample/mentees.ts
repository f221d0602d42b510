import type { Mentee } from "../domain/registers";
import { menteeOf } from "./context";
import { SheetDraft, yesNo, type ColumnDef } from "./draft";
import { focusAreaWording, type CleanData } from "./truth";
import type { Keyed } from "./types";

/**
 * "Mentees": the cluster managers' list of county nominees. Needs are written as a ranked list
 * ("1. Performance appraisal 2. Disciplinary"), because ranking is what drives the pairing;
 * the days the mentee can meet follow them (blank where the nomination form left it blank).
 */
export const MENTEES_SHEET = "Mentees";

const COLUMNS: readonly ColumnDef[] = [
  { header: "Personal No.", field: "menteeId", width: 14 },
  { header: "Full Name", field: "fullName", width: 28 },
  { header: "County", field: "county", width: 13 },
  { header: "Role", field: "role", width: 34 },
  { header: "Place of work", field: "workplace", width: 44 },
  { header: "Employer", field: "organisation", width: 34 },
  { header: "Email", field: "email", width: 28 },
  { header: "Mobile No.", field: "phone", width: 16 },
  { header: "Phase", field: "phase", width: 9 },
  { header: "5-day training", field: "trainingCompleted", width: 10 },
  { header: "Release approved", field: "releaseApproved", width: 10 },
  { header: "Identified needs", field: "needs", width: 50 },
  { header: "Days available", field: "availability", width: 20 },
  { header: "Remarks", field: "remarks", width: 40 },
];

/** "1. Performance appraisal 2. Disciplinary": the ranked form the nomination forms use. */
export function rankedNeeds(needs: readonly Parameters<typeof focusAreaWording>[0][], variant: number): string {
  return needs.map((id, i) => `${i + 1}. ${focusAreaWording(id, variant + i)}`).join(" ");
}

function cells(m: Keyed<Mentee>, index: number): Record<string, string | null> {
  return {
    menteeId: m.menteeId ?? null,
    fullName: m.fullName,
    county: m.county ?? null,
    role: m.role ?? null,
    workplace: m.workplace ?? null,
    organisation: m.organisation ?? null,
    email: m.email ?? null,
    phone: m.phone ?? null,
    phase: m.phase ?? null,
    trainingCompleted: yesNo(m.trainingCompleted),
    releaseApproved: yesNo(m.releaseApproved),
    needs: rankedNeeds(m.needs ?? [], index),
    availability: m.availability?.join("; ") ?? null,
    remarks: m.remarks ?? null,
  };
}

export function renderMentees(data: CleanData): SheetDraft {
  const draft = new SheetDraft(MENTEES_SHEET, "mentees", COLUMNS)
    .title("MENTEES - COUNTY HRH MENTORSHIP PROGRAMME (phases 1 and 2)")
    .header();
  data.mentees.forEach((m, i) => {
    if (i === 9) draft.blankRow("Blank row in the middle of the mentee list.");
    draft.row(m.key, cells(m, i));
  });

  const m = (pairId: string): Keyed<Mentee> => menteeOf(data, pairId);
  draft.plant(m("P1-01").key, "county", "Homabay", "county-spelling", "Homa Bay", "County written as one word.");
  draft.plant(m("P1-04").key, "trainingCompleted", "yes", "yes-no-variant", true, "Yes typed in lower case.");
  const spaced = (m("P1-06").phone ?? "").replace(/^(\+254)(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3 $4");
  draft.plant(m("P1-06").key, "phone", spaced, "phone-format", m("P1-06").phone, "Phone in +254 form but with spaces.");
  // Typed as "=Wanjiru Kamau" by mistake: the cell must stay text, never become a formula.
  draft.mark(m("P1-17").key, "fullName", "formula-like-name", "Name begins with '=' (typed by mistake): it must stay text, never run as a formula. It is kept as typed; other sheets write it without the '='.");
  draft.plant(m("P2-05").key, "phone", `0${(m("P2-05").phone ?? "").slice(4)}`, "phone-format", m("P2-05").phone, "Phone in local form without spaces.");
  draft.plant(m("P2-09").key, "county", "Murang\u2019a", "county-spelling", "Murang'a", "County typed with a curly apostrophe (Word's autocorrect).");
  return draft;
}
