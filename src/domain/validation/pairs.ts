import type { Pair, RegisterData } from "../registers";
import { Layout, loose, ordinal, q, rowList, RowView } from "./context";
import { formatDay, isoToDay } from "./dates";
import { capitalise } from "./describe";
import { checkFields } from "./fields";
import { idKey, phaseKey } from "./keys";
import { checkMenteeCounty } from "./mentees";
import type { PairInfo } from "./pair-index";
import { reportUnknownPhase } from "./people-checks";
import type { Person } from "./people";
import { refField, resolvePerson } from "./references";
import type { ValidationState } from "./state";

const NOTIFICATIONS = [
  ["notifiedFocalPerson", "the project focal person"],
  ["notifiedIhrm", "the IHRM secretariat"],
  ["notifiedOtherParty", "the other party"],
] as const;

function phaseWords(name: string | undefined): string {
  return name ? name : "the same phase";
}

function words(list: readonly string[]): string {
  if (list.length <= 1) return list[0] ?? "";
  return `${list.slice(0, -1).join(", ")} and ${list[list.length - 1] ?? ""}`;
}

/**
 * Pairs: who is paired with whom, in which phase, and whether the pairing keeps the programme's
 * rules — a mentor within capacity, one live mentor per mentee per phase, everyone in the pair's
 * phase, and a disengagement done formally. Counting runs in sheet order, so the issue lands on
 * the row that went over the limit.
 */
export function* checkPairs(data: RegisterData<Pair> | undefined, st: ValidationState): Generator<void> {
  if (!data) return;
  const layout = new Layout(data);
  const { out, settings } = st;
  const firstById = new Map<string, RowView>();
  const firstByPeople = new Map<string, RowView>();
  const liveByMentor = new Map<string, RowView[]>();
  const liveByMentee = new Map<string, { at: RowView; mentor: Person | undefined }>();
  const countyChecked = new Set<number>();

  for (let index = 0; index < data.rows.length; index++) {
    const row = data.rows[index];
    if (row === undefined) continue;
    const at = new RowView(layout, loose(row));
    const v = row.values;
    checkFields(at, st.schemas, out);
    reportUnknownPhase(st, at, v.phase);

    const ownPhase = v.phase === undefined ? "" : phaseKey(v.phase);
    const mentor = resolvePerson(st, at, "mentor", { id: v.mentorId, name: v.mentorName }, ownPhase, true);
    const mentee = resolvePerson(st, at, "mentee", { id: v.menteeId, name: v.menteeName }, ownPhase, true);
    const phase = ownPhase || mentee?.phaseKey || mentor?.phaseKey || "";
    const phaseName = v.phase?.trim() || mentee?.phaseName || mentor?.phaseName;

    checkPhaseOf(st, at, "mentor", mentor, ownPhase);
    checkPhaseOf(st, at, "mentee", mentee, ownPhase);

    // A mentee with no phase of their own must still work in one of their pair's counties.
    if (mentee && mentee.phaseKey === "" && !countyChecked.has(mentee.index)) {
      const info = st.phases.get(phase);
      const county = mentee.view.row.values["county"];
      if (info && typeof county === "string") {
        countyChecked.add(mentee.index);
        checkMenteeCounty(st, mentee.view, county, info);
      }
    }

    // Duplicates: the same pair ID, or the same two people in the same phase.
    let duplicate = false;
    const pairIdKey = v.pairId === undefined ? undefined : idKey(v.pairId);
    const earlierId = pairIdKey === undefined ? undefined : firstById.get(pairIdKey);
    if (pairIdKey !== undefined && earlierId) {
      duplicate = true;
      out.report("pair.duplicate", at, {
        field: "pairId",
        message: `${at.Who} repeats pair ID ${q(v.pairId ?? "")} from row ${earlierId.line}.`,
        fix: `Give each pair its own ID; if row ${at.line} is the same pair as row ${earlierId.line}, delete it.`,
      });
    } else if (pairIdKey !== undefined) {
      firstById.set(pairIdKey, at);
    }
    const peopleKey = mentor && mentee ? `${mentor.index}|${mentee.index}|${phase}` : undefined;
    if (!duplicate && peopleKey !== undefined && mentor && mentee) {
      const earlier = firstByPeople.get(peopleKey);
      if (earlier) {
        duplicate = true;
        out.report("pair.duplicate", at, {
          field: refField(at, "mentee"),
          message: `${at.Who} pairs mentor ${mentor.label} with mentee ${mentee.label} in ${phaseWords(phaseName)} again; row ${earlier.line} already does.`,
          fix: `Keep one row per pair: delete row ${at.line}, or merge what it adds into row ${earlier.line}.`,
        });
      } else {
        firstByPeople.set(peopleKey, at);
      }
    }

    // Capacity and one-mentor-per-mentee count pairs that hold a place: proposed, active, or
    // with no status yet (a sheet without a status column lists current pairs).
    const live = v.status === undefined || v.status === "proposed" || v.status === "active";
    if (live && !duplicate && mentor) {
      const key = `${mentor.index}|${phase}`;
      const list = liveByMentor.get(key) ?? [];
      const capacityValue = mentor.view.row.values["capacity"];
      const capacity = typeof capacityValue === "number" ? capacityValue : settings.defaultMentorCapacity;
      if (list.length >= capacity) {
        out.report("pair.mentor.capacity", at, {
          field: refField(at, "mentor"),
          message: `${at.Who} would be mentor ${mentor.label}'s ${ordinal(list.length + 1)} proposed or active pair in ${phaseWords(phaseName)} (the others are ${rowList(list.map((p) => p.line))}); the mentor's capacity is ${capacity}.`,
          fix: `Pair ${mentee ? mentee.label : "the mentee"} with another mentor, mark one of ${mentor.label}'s pairs completed or disengaged, or raise the mentor's capacity in the ${mentor.view.sheet} sheet (row ${mentor.view.line}) if they agreed to take more.`,
        });
      }
      list.push(at);
      liveByMentor.set(key, list);
    }
    if (live && !duplicate && mentee) {
      const key = `${mentee.index}|${phase}`;
      const earlier = liveByMentee.get(key);
      if (earlier) {
        out.report("pair.mentee.multiple", at, {
          field: refField(at, "mentee"),
          message: `Mentee ${mentee.label} already has a proposed or active mentor in ${phaseWords(phaseName)} (${earlier.mentor?.label ?? "see"} row ${earlier.at.line}); ${at.who} gives a second one${mentor ? `, ${mentor.label}` : ""}.`,
          fix: `Keep one live pair per mentee per phase: mark the other pair completed or disengaged, or delete the row that is wrong.`,
        });
      } else {
        liveByMentee.set(key, { at, mentor });
      }
    }

    if (v.status === "disengaged") checkDisengagement(st, at);

    const info: PairInfo = {
      index,
      view: at,
      mentor,
      mentee,
      phaseKey: phase,
      phaseName,
      status: v.status,
      acceptanceDay: v.acceptanceSigned === undefined ? undefined : isoToDay(v.acceptanceSigned),
      disengagedDay: v.disengagedOn === undefined ? undefined : isoToDay(v.disengagedOn),
      firstSession: undefined,
    };
    if (!duplicate) st.pairs.add(info, pairIdKey);
    if (st.tick()) yield;
  }
}

/** The pair's people belong to the pair's phase (when the registers say which phase they are in). */
function checkPhaseOf(st: ValidationState, at: RowView, role: "mentor" | "mentee", person: Person | undefined, ownPhase: string): void {
  if (ownPhase === "" || !person || person.phaseKey === "" || person.phaseKey === ownPhase) return;
  st.out.report("pair.phase.mismatch", at, {
    field: "phase",
    message: `${at.Who} is in ${at.typed("phase") ?? ""}, but its ${role} ${person.label} is in ${person.phaseName ?? ""} (${person.view.sheet} row ${person.view.line}).`,
    fix: `Correct the pair's phase in ${at.place("phase")}, or the ${role}'s phase in the ${person.view.sheet} sheet, row ${person.view.line}.`,
  });
}

/** A party who cannot complete notifies three people and disengages formally, with a date and reason. */
function checkDisengagement(st: ValidationState, at: RowView): void {
  const v = at.row.values;
  if (v["disengagedOn"] === undefined && !at.filled("disengagedOn")) {
    st.out.report("pair.disengagement.date", at, {
      field: "disengagedOn",
      message: `${at.Who} is disengaged but has no disengagement date.`,
      fix: `Type the date the pair formally disengaged in ${at.place("disengagedOn")} (day first).`,
    });
  }
  if (v["disengagementReason"] === undefined && !at.filled("disengagementReason")) {
    st.out.report("pair.disengagement.reason", at, {
      field: "disengagementReason",
      message: `${at.Who} is disengaged but gives no reason.`,
      fix: `Type why the pair disengaged in ${at.place("disengagementReason")}; phase summaries report the reasons.`,
    });
  }
  // An unreadable yes/no is reported by the field rules; here only an explicit No or a blank.
  const missing = NOTIFICATIONS.filter(([field]) => v[field] === false || (v[field] === undefined && !at.filled(field)));
  const first = missing[0];
  if (first) {
    const whom = words(missing.map(([, w]) => w));
    st.out.report("pair.disengagement.notifications", at, {
      field: first[0],
      message: `${at.Who} is disengaged, but notifying ${whom} is not recorded.`,
      fix: `Notify ${whom} (a formal disengagement informs all three), then type Yes in ${words(missing.map(([f]) => at.place(f)))}.`,
    });
  }
}

/**
 * After the Sessions register: acceptance letters are signed before the first session. Runs over
 * pairs that have sessions only.
 */
export function checkAcceptance(st: ValidationState): void {
  for (const pair of st.pairs.pairs) {
    const first = pair.firstSession;
    if (!first) continue;
    const at = pair.view;
    const where = `${first.view.sheet} row ${first.view.line}`;
    if (pair.acceptanceDay !== undefined && pair.acceptanceDay > first.day) {
      st.out.report("pair.acceptance.late", at, {
        field: "acceptanceSigned",
        message: `${capitalise(pair.view.who)} signed its acceptance letters on ${formatDay(pair.acceptanceDay)}, after its first session on ${formatDay(first.day)} (${where}).`,
        fix: `Check the date in ${at.place("acceptanceSigned")} (day first). If the letters really were signed late, say so in the pair's remarks; pairs sign before mentoring starts.`,
      });
    } else if (pair.acceptanceDay === undefined && !at.filled("acceptanceSigned")) {
      st.out.report("pair.acceptance.missing", at, {
        field: "acceptanceSigned",
        message: `${capitalise(pair.view.who)} has sessions from ${formatDay(first.day)} (${where}) but no acceptance-signed date.`,
        fix: `Type the date both acceptance letters were signed in ${at.place("acceptanceSigned")}.`,
      });
    }
  }
}
