import type { Phase, RegisterData } from "../registers";
import { Layout, loose, q, RowView } from "./context";
import { isoToDay, formatDay } from "./dates";
import { checkFields } from "./fields";
import { phaseKey } from "./keys";
import type { PhaseInfo } from "./phase-index";
import type { ValidationState } from "./state";

/** Phases first: every other register's weeks, dates, counties and session lengths come from here. */
export function* checkPhases(data: RegisterData<Phase> | undefined, st: ValidationState): Generator<void> {
  if (!data) return;
  st.phases.present = true;
  const layout = new Layout(data);
  const { settings, out } = st;
  const seen = new Map<string, RowView>();

  for (const row of data.rows) {
    const at = new RowView(layout, loose(row));
    checkFields(at, st.schemas, out);
    const v = row.values;
    const name = v.phase ?? at.typed("phase");

    const startDay = v.startDate === undefined ? undefined : isoToDay(v.startDate);
    const weeks = v.weeks ?? settings.defaultWeeks;
    const sessionHours = v.sessionHours ?? settings.defaultSessionHours;
    const endDay = v.endDate === undefined ? undefined : isoToDay(v.endDate);

    // Only when the cell is blank: an unreadable value is already reported by the field rules.
    if (v.weeks === undefined && !at.filled("weeks")) {
      out.report("phase.weeks.default", at, {
        field: "weeks",
        message: `Weeks is blank for ${at.who}, so the Settings default of ${settings.defaultWeeks} weeks is used.`,
        fix: `Type the phase's number of weekly sessions in ${at.place("weeks")} (the case study ran 7), or check the Settings default.`,
      });
    }
    if (v.sessionHours === undefined && !at.filled("sessionHours")) {
      out.report("phase.hours.default", at, {
        field: "sessionHours",
        message: `Session hours is blank for ${at.who}, so the Settings default of ${settings.defaultSessionHours} hour(s) is used.`,
        fix: `Type the phase's session length in hours in ${at.place("sessionHours")} (phase 1 used 1, phase 2 used 2).`,
      });
    }
    if (startDay !== undefined && endDay !== undefined && endDay < startDay) {
      out.report("phase.dates.order", at, {
        field: "endDate",
        message: `${at.Who} ends on ${formatDay(endDay)}, before it starts on ${formatDay(startDay)}.`,
        fix: `Correct the start date in ${at.place("startDate")} or the end date in ${at.place("endDate")}.`,
      });
    }

    if (name !== undefined && name.trim() !== "") {
      const key = phaseKey(name);
      const earlier = seen.get(key);
      if (earlier) {
        out.report("phase.duplicate", at, {
          field: "phase",
          message: `Phase ${q(name)} in row ${at.line} is the same phase as row ${earlier.line} (${q(earlier.typed("phase") ?? "")}).`,
          fix: `Keep one row per phase: merge row ${at.line} into row ${earlier.line} and delete it, or give it its own name.`,
        });
      } else {
        seen.set(key, at);
        const info: PhaseInfo = {
          key,
          name: name.trim(),
          view: at,
          counties: new Set(v.counties ?? []),
          startDay,
          lastDay: endDay ?? (startDay === undefined ? undefined : startDay + weeks * 7 - 1),
          weeks,
          sessionHours,
        };
        st.phases.add(info);
      }
    }
    if (st.tick()) yield;
  }
}
