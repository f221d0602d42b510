import type { Session } from "../domain/registers";
import { dayFirstText } from "./dates";
import { dateValue, SheetDraft, yesNo, type ColumnDef } from "./draft";
import { focusAreaWording, sessionKey, type CleanData } from "./truth";
import type { Keyed } from "./types";

/**
 * "Session logs": one row per weekly log a mentor submitted. The notes column holds what the
 * mentee confided and must never be summarised; its text says CONFIDENTIAL so that a leak in
 * a summary is easy to see.
 */
export const SESSIONS_SHEET = "Session logs";

const COLUMNS: readonly ColumnDef[] = [
  { header: "Pair No.", field: "pairId", width: 8 },
  { header: "Name of Mentor", field: "mentorName", width: 28, variantOf: "Mentor" },
  { header: "Mentee", field: "menteeName", width: 28 },
  { header: "Week", field: "week", width: 6 },
  { header: "Date of session", field: "date", width: 12 },
  { header: "Hrs", field: "hours", width: 6 },
  { header: "Venue", field: "venue", width: 44 },
  { header: "Topics discussed", field: "topics", width: 40 },
  { header: "Session held", field: "held", width: 8 },
  { header: "Session notes", field: "notes", width: 60 },
];

function cells(s: Keyed<Session>): Record<string, string | number | Date | null> {
  return {
    pairId: s.pairId ?? null,
    mentorName: s.mentorName ?? null,
    menteeName: s.menteeName ?? null,
    week: s.week ?? null,
    date: dateValue(s.date),
    hours: s.hours ?? null,
    venue: s.venue ?? null,
    topics: s.topics ? s.topics.map((id) => focusAreaWording(id, s.week ?? 0)).join("; ") : null,
    held: yesNo(s.held),
    notes: s.notes ?? null,
  };
}

/** The log submitted twice: pair P1-12's week 2 appears on two rows. */
const DUPLICATED = sessionKey("P1-12", 2);

export function renderSessions(data: CleanData): SheetDraft {
  const draft = new SheetDraft(SESSIONS_SHEET, "sessions", COLUMNS)
    .title("WEEKLY SESSION LOGS")
    .title("Sessions are held at the mentee's place of work. Phase 1: 1 hour; phase 2: 2 hours.")
    .header();
  data.sessions.forEach((s, i) => {
    const previous = data.sessions[i - 1];
    if (previous?.pairId === "P1-10" && s.pairId !== "P1-10") draft.blankRow("Blank row between two mentors' logs.");
    draft.row(s.key, cells(s));
    if (s.key === DUPLICATED) {
      const again = draft.row(s.key, cells(s));
      draft.plantRow(again, s.key, "week", "duplicate-session", `Pair ${s.pairId}'s week ${s.week} log is entered twice (rows ${again - 1} and ${again}).`);
    }
  });

  const session = (pairId: string, week: number): Keyed<Session> => {
    const found = data.sessions.find((s) => s.key === sessionKey(pairId, week));
    if (!found) throw new Error(`No session ${pairId} week ${week}`);
    return found;
  };
  for (const [pairId, week] of [["P1-02", 3], ["P2-03", 2]] as const) {
    const s = session(pairId, week);
    draft.plant(s.key, "date", dayFirstText(s.date ?? ""), "date-as-text", s.date, "Session date typed as day-first text.");
  }
  draft.plant(session("P1-09", 2).key, "held", 1, "yes-no-variant", true, "Held entered as 1.");
  draft.plant(session("P1-16", 4).key, "held", "Y", "yes-no-variant", true, "Held entered as Y.");
  draft.plant(session("P2-01", 1).key, "held", true, "yes-no-variant", true, "Held entered as the logical value TRUE.");
  return draft;
}
