import type { RegisterData, Session } from "../registers";
import { Layout, loose, q, RowView } from "./context";
import { formatDay, isoToDay } from "./dates";
import { checkFields } from "./fields";
import { phaseKey, venueIsWorkplace } from "./keys";
import { reportUnknownPhase } from "./people-checks";
import { resolveLogPair } from "./references";
import type { ValidationState } from "./state";

/** Floating-point hours (1.1 - 1 is not exactly 0.1) must not tip a session over the tolerance. */
const EPSILON = 1e-9;

function hoursWords(h: number): string {
  return h === 1 ? "1 hour" : `${h} hours`;
}

/**
 * A pair logs the same venue week after week: compare each venue and workplace once. Bounded,
 * so a register of all-different venues cannot grow it without limit.
 */
class VenueMemo {
  private readonly seen = new Map<string, Map<string, boolean>>();
  private size = 0;

  isWorkplace(venue: string, workplace: string): boolean {
    let byWorkplace = this.seen.get(venue);
    const known = byWorkplace?.get(workplace);
    if (known !== undefined) return known;
    const result = venueIsWorkplace(venue, workplace);
    if (this.size < 50_000) {
      if (!byWorkplace) {
        byWorkplace = new Map();
        this.seen.set(venue, byWorkplace);
      }
      byWorkplace.set(workplace, result);
      this.size += 1;
    }
    return result;
  }
}

/**
 * Sessions: weekly, face to face, at the mentee's workplace, for the phase's weeks. Each row is
 * placed in its pair and phase, then checked for week, date, length, venue, repeats and whether
 * it follows a disengagement. Records each pair's first session for the acceptance check.
 */
export function* checkSessions(data: RegisterData<Session> | undefined, st: ValidationState): Generator<void> {
  if (!data) return;
  const layout = new Layout(data);
  const { out, settings } = st;
  // Keyed by pair and week as one number (weeks never exceed 52): no key string per session.
  const firstByWeek = new Map<number, RowView>();
  const venues = new VenueMemo();

  for (const row of data.rows) {
    const at = new RowView(layout, loose(row));
    const v = row.values;
    checkFields(at, st.schemas, out);
    reportUnknownPhase(st, at, v.phase);

    const ownPhase = v.phase === undefined ? "" : phaseKey(v.phase);
    const pair = resolveLogPair(st, at, v, ownPhase);
    const phase = st.phases.get(ownPhase || pair?.phaseKey);
    const phaseName = phase?.name ?? v.phase ?? pair?.phaseName ?? "the phase";
    // A session marked not held is a record of a missed week: only its week and date are checked.
    const held = v.held !== false;
    const day = v.date === undefined ? undefined : isoToDay(v.date);
    const weeks = phase?.weeks ?? settings.defaultWeeks;
    const weekInRange = v.week !== undefined && v.week >= 1 && v.week <= weeks;

    if (v.week !== undefined && !weekInRange) {
      out.report("session.week.range", at, {
        field: "week",
        message: `Week ${v.week} for the session in row ${at.line} is outside ${phaseName}, which runs ${weeks} weeks.`,
        fix: `Type the week of the phase, 1 to ${weeks}, in ${at.place("week")}.`,
      });
    }

    // A date outside the phase is reported here; it must not then count as the pair's first
    // session too (a 2016 slip for 2017 would also make the acceptance look late).
    const outsidePhase = day !== undefined && phase?.startDay !== undefined && phase.lastDay !== undefined && (day < phase.startDay || day > phase.lastDay);
    if (day !== undefined && phase && phase.startDay !== undefined && phase.lastDay !== undefined) {
      if (outsidePhase) {
        out.report("session.date.outside", at, {
          field: "date",
          message: `${at.Who} is dated ${formatDay(day)}, outside ${phase.name} (${formatDay(phase.startDay)} to ${formatDay(phase.lastDay)}).`,
          fix: `Check the date in ${at.place("date")}, day first (06/02/2017 is 6 February). If it is right, the session belongs to another phase: correct its phase or pair.`,
        });
      } else if (v.week !== undefined && weekInRange) {
        const actual = Math.floor((day - phase.startDay) / 7) + 1;
        if (actual !== v.week) {
          out.report("session.week.mismatch", at, {
            field: "week",
            message: `${at.Who} is dated ${formatDay(day)}, which falls in week ${actual} of ${phase.name}, not week ${v.week}.`,
            fix: `Correct the week in ${at.place("week")} or the date in ${at.place("date")}.`,
          });
        }
      }
    }

    if (held && pair && v.week !== undefined && weekInRange) {
      const key = pair.index * 64 + v.week;
      const earlier = firstByWeek.get(key);
      if (earlier) {
        out.report("session.week.repeat", at, {
          field: "week",
          message: `Row ${at.line} logs a second week ${v.week} session for ${pair.view.whoElsewhere}; row ${earlier.line} already logs week ${v.week}.`,
          fix: `Keep one session per pair per week: if the week is wrong, correct it in ${at.place("week")}; if the pair met twice, delete this row and note the extra meeting in row ${earlier.line}.`,
        });
      } else {
        firstByWeek.set(key, at);
      }
    }

    if (held && v.hours !== undefined) {
      const expected = phase?.sessionHours ?? settings.defaultSessionHours;
      if (Math.abs(v.hours - expected) > settings.sessionHoursTolerance + EPSILON) {
        out.report("session.hours.length", at, {
          field: "hours",
          message: `${at.Who} lasted ${hoursWords(v.hours)}; sessions in ${phaseName} last ${hoursWords(expected)} (give or take ${hoursWords(settings.sessionHoursTolerance)}).`,
          fix: `Check the hours in ${at.place("hours")}: CPD hours are counted from them. If the session really ran ${v.hours < expected ? "short" : "long"}, say why in the session notes.`,
        });
      }
    }

    const workplace = pair?.mentee?.view.row.values["workplace"];
    if (held && v.venue !== undefined && typeof workplace === "string" && pair?.mentee && !venues.isWorkplace(v.venue, workplace)) {
      out.report("session.venue.workplace", at, {
        field: "venue",
        message: `${at.Who} was held at ${q(v.venue)}, not at the mentee's workplace (${workplace}, ${pair.mentee.view.sheet} row ${pair.mentee.view.line}).`,
        fix: `Mentors hold sessions at the mentee's place of work. If it was held there, type the workplace (or "mentee's office") in ${at.place("venue")}; if not, say why in the session notes.`,
      });
    }

    if (held && pair && day !== undefined) {
      if (pair.status === "disengaged" && pair.disengagedDay !== undefined && day > pair.disengagedDay) {
        out.report("session.after-disengagement", at, {
          field: "date",
          message: `${at.Who} is dated ${formatDay(day)}, after ${pair.view.whoElsewhere} disengaged on ${formatDay(pair.disengagedDay)}.`,
          fix: `Check the date in ${at.place("date")} and the pair's disengagement date in the ${pair.view.sheet} sheet (${pair.view.place("disengagedOn")}).`,
        });
      }
      if (!outsidePhase && (!pair.firstSession || day < pair.firstSession.day)) pair.firstSession = { day, view: at };
    }
    if (st.tick()) yield;
  }
}
