import type { Mentee, RegisterData } from "../registers";
import { Layout, loose, RowView } from "./context";
import { checkFields } from "./fields";
import { makePerson } from "./people";
import { checkColumns, checkCondition, reportDuplicate, reportUnknownPhase } from "./people-checks";
import type { PhaseInfo } from "./phase-index";
import type { ValidationState } from "./state";

const MENTEE_CONDITION_FIELDS = ["county", "trainingCompleted", "releaseApproved", "needs"] as const;

/**
 * Mentees: field rules, duplicates, and the guidelines for mentees — an HRH officer in one of
 * the phase's counties who completed the five-day HR training, was released by the employer,
 * and has identified needs to drive pairing.
 */
export function* checkMentees(data: RegisterData<Mentee> | undefined, st: ValidationState): Generator<void> {
  if (!data) return;
  const layout = new Layout(data);
  const { out } = st;
  checkColumns(st, layout, "mentees", "register.column.missing", MENTEE_CONDITION_FIELDS, data.rows.length);

  for (let index = 0; index < data.rows.length; index++) {
    const row = data.rows[index];
    if (row === undefined) continue;
    const at = new RowView(layout, loose(row));
    const v = row.values;
    checkFields(at, st.schemas, out);

    const person = makePerson(index, at, { id: v.menteeId, name: v.fullName ?? at.typed("fullName"), phase: v.phase, phone: v.phone, email: v.email });
    const dup = st.mentees.add(person);
    if (dup) reportDuplicate(st, "mentee.duplicate", at, "mentee", dup);
    reportUnknownPhase(st, at, v.phase);

    // A mentee without a phase of their own is checked against their pair's phase later.
    const phase = st.phases.get(person.phaseKey);
    if (phase) checkMenteeCounty(st, at, v.county, phase);
    if (v.county === undefined && layout.hasColumn("county") && !at.filled("county")) {
      out.report("mentee.requirement.unrecorded", at, {
        field: "county",
        message: `County is blank for ${at.who}, so whether the mentee works in one of the phase's counties cannot be checked.`,
        fix: `Type the county the mentee works in, in ${at.place("county")}.`,
      });
    }

    checkCondition(st, at, "trainingCompleted", v.trainingCompleted, {
      rule: "mentee.training.incomplete",
      message: `${at.Who} has not completed the five-day HR training (HR training completed: ${at.typed("trainingCompleted") ?? "No"}).`,
      fix: `Enrol the mentee in the five-day HR training before mentorship starts, then type Yes in ${at.place("trainingCompleted")}.`,
    }, "mentee.requirement.unrecorded");

    checkCondition(st, at, "releaseApproved", v.releaseApproved, {
      rule: "mentee.release.unapproved",
      message: `${at.Who} has not been released by the employer (Release approved: ${at.typed("releaseApproved") ?? "No"}).`,
      fix: `Obtain the employer's release for the mentee before pairing, then type Yes in ${at.place("releaseApproved")}.`,
    }, "mentee.requirement.unrecorded");

    if (layout.hasColumn("needs") && (v.needs === undefined || v.needs.length === 0) && !at.filled("needs")) {
      out.report("mentee.needs.missing", at, {
        field: "needs",
        message: `Needs (ranked) is blank for ${at.who}, so pairing has nothing to match mentors' skills against.`,
        fix: `List the HR areas the mentee needs most, first things first, in ${at.place("needs")}, e.g. Performance management; HR planning.`,
      });
    }
    if (st.tick()) yield;
  }
}

/** Mentees must work in one of the phase's counties. Reported once per mentee. */
export function checkMenteeCounty(st: ValidationState, at: RowView, county: string | undefined, phase: PhaseInfo): void {
  if (county === undefined || phase.counties.size === 0) return;
  if ((phase.counties as ReadonlySet<string>).has(county)) return;
  st.out.report("mentee.county.outside", at, {
    field: "county",
    message: `${at.Who} works in ${county} County, which ${phase.name} does not cover (${[...phase.counties].join(", ")}).`,
    fix: `Check the county in ${at.place("county")}. If it is right, move the mentee to a phase that covers ${county}, or add ${county} to ${phase.name}'s counties in the Phases register (row ${phase.view.line}).`,
  });
}

