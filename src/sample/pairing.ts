import { dayFirstText } from "./dates";
import { capitalise } from "./context";
import { dateValue, SheetDraft, yesNo, type ColumnDef } from "./draft";
import type { CleanData } from "./truth";

/**
 * "Pairing": the matching workshops' outcome, updated as pairs progress. Names, not codes,
 * tie it to the people lists, as offices do; the mentee's county is carried for reading only.
 */
export const PAIRING_SHEET = "Pairing";

const COLUMNS: readonly ColumnDef[] = [
  { header: "Pair No.", field: "pairId", width: 8 },
  { header: "Phase", field: "phase", width: 9 },
  { header: "Mentor", field: "mentorName", width: 28 },
  { header: "Mentee", field: "menteeName", width: 28 },
  { header: "County", field: null, width: 13 },
  { header: "Status", field: "status", width: 11 },
  { header: "Acceptance letter signed", field: "acceptanceSigned", width: 12 },
  { header: "Mentorship plan submitted", field: "planSubmitted", width: 10 },
  { header: "Matching rationale", field: "matchReasons", width: 44 },
  { header: "Date of disengagement", field: "disengagedOn", width: 12 },
  { header: "Reason for disengagement", field: "disengagementReason", width: 36 },
  { header: "Focal person notified", field: "notifiedFocalPerson", width: 10 },
  { header: "IHRM notified", field: "notifiedIhrm", width: 10 },
  { header: "Other party notified", field: "notifiedOtherParty", width: 10 },
  { header: "Remarks", field: "remarks", width: 40 },
];

export function renderPairing(data: CleanData): SheetDraft {
  const draft = new SheetDraft(PAIRING_SHEET, "pairs", COLUMNS)
    .title("MATCHING WORKSHOP OUTCOMES - MENTOR / MENTEE PAIRS", true)
    .title("Update the status weekly. A party leaving must notify the focal person, the IHRM secretariat and the other party.")
    .header();
  for (const p of data.pairs) {
    const menteeCounty = data.mentees.find((m) => m.menteeId === p.menteeId)?.county ?? null;
    draft.row(p.key, {
      pairId: p.pairId ?? null,
      phase: p.phase ?? null,
      mentorName: p.mentorName ?? null,
      menteeName: p.menteeName ?? null,
      "#County": menteeCounty,
      status: p.status ? capitalise(p.status) : null,
      acceptanceSigned: dateValue(p.acceptanceSigned),
      planSubmitted: yesNo(p.planSubmitted),
      matchReasons: p.matchReasons ?? null,
      disengagedOn: dateValue(p.disengagedOn),
      disengagementReason: p.disengagementReason ?? null,
      notifiedFocalPerson: yesNo(p.notifiedFocalPerson),
      notifiedIhrm: yesNo(p.notifiedIhrm),
      notifiedOtherParty: yesNo(p.notifiedOtherParty),
      remarks: p.remarks ?? null,
    });
  }

  const pair = (id: string) => {
    const found = data.pairs.find((p) => p.pairId === id);
    if (!found) throw new Error(`No pair ${id}`);
    return found;
  };
  const p11 = pair("P1-11");
  draft.plant(p11.key, "acceptanceSigned", dayFirstText(p11.acceptanceSigned ?? ""), "date-as-text", p11.acceptanceSigned, "Date typed as day-first text instead of a date.");
  draft.plant(pair("P1-05").key, "planSubmitted", true, "yes-no-variant", true, "Yes entered as the logical value TRUE.");
  return draft;
}
