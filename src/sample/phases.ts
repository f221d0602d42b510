import { dayFirstText } from "./dates";
import { dateValue, SheetDraft, type ColumnDef } from "./draft";
import type { CleanData } from "./truth";

/** "Phases": the programme's phases, their counties, dates and session length. */
export const PHASES_SHEET = "Phases";

const COLUMNS: readonly ColumnDef[] = [
  { header: "Phase", field: "phase", width: 9 },
  { header: "Counties covered", field: "counties", width: 70 },
  { header: "Start date", field: "startDate", width: 12 },
  { header: "No. of weeks", field: "weeks", width: 8 },
  { header: "Length of session (hrs)", field: "sessionHours", width: 10 },
  { header: "End date", field: "endDate", width: 12 },
  { header: "Remarks", field: "remarks", width: 60 },
];

export function renderPhases(data: CleanData): SheetDraft {
  const draft = new SheetDraft(PHASES_SHEET, "phases", COLUMNS)
    .title("HRH CAPACITY BRIDGE PROJECT - COUNTY HR MENTORSHIP PHASES", true)
    .spacer()
    .header();
  for (const p of data.phases) {
    draft.row(p.key, {
      phase: p.phase,
      counties: p.counties.join(", "),
      startDate: dateValue(p.startDate),
      weeks: p.weeks ?? null,
      sessionHours: p.sessionHours ?? null,
      endDate: dateValue(p.endDate),
      remarks: p.remarks ?? null,
    });
  }
  const phase2 = data.phases.find((p) => p.phase === "Phase 2");
  if (!phase2) throw new Error("No Phase 2");
  draft.plant(phase2.key, "startDate", dayFirstText(phase2.startDate), "date-as-text", phase2.startDate, "Start date typed as text: 06/02/2017 is 6 February 2017, not 2 June.");
  draft.plant(phase2.key, "sessionHours", `${phase2.sessionHours} hrs`, "number-as-text", phase2.sessionHours, "Session length typed as text with a unit.");
  return draft;
}
