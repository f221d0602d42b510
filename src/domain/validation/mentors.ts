import type { Mentor, RegisterData } from "../registers";
import { Layout, loose, RowView } from "./context";
import { checkFields } from "./fields";
import { makePerson } from "./people";
import { checkColumns, checkCondition, reportDuplicate, reportUnknownPhase } from "./people-checks";
import type { ValidationState } from "./state";

/** Columns the case study's mentor guidelines need; a sheet without them gets one warning each. */
const MENTOR_CONDITION_FIELDS = ["ihrmNumber", "yearsExperience", "confidentialityAgreed", "sensitisationAttended", "skills"] as const;

/**
 * Mentors: field rules, duplicates, and the guidelines for mentors — an experienced HR
 * professional (IHRM member, enough years), who agreed to confidentiality, attended
 * sensitisation, and has skills to match mentees' needs.
 */
export function* checkMentors(data: RegisterData<Mentor> | undefined, st: ValidationState): Generator<void> {
  if (!data) return;
  const layout = new Layout(data);
  const { out, settings } = st;
  checkColumns(st, layout, "mentors", "register.column.missing", MENTOR_CONDITION_FIELDS, data.rows.length);

  for (let index = 0; index < data.rows.length; index++) {
    const row = data.rows[index];
    if (row === undefined) continue;
    const at = new RowView(layout, loose(row));
    const v = row.values;
    checkFields(at, st.schemas, out);

    const person = makePerson(index, at, { id: v.mentorId, name: v.fullName ?? at.typed("fullName"), phase: v.phase, phone: v.phone, email: v.email });
    const dup = st.mentors.add(person);
    if (dup) reportDuplicate(st, "mentor.duplicate", at, "mentor", dup);
    reportUnknownPhase(st, at, v.phase);

    if (layout.hasColumn("ihrmNumber") && !at.filled("ihrmNumber")) {
      out.report("mentor.ihrm.missing", at, {
        field: "ihrmNumber",
        message: `IHRM membership no. is blank for ${at.who}; mentors are HR professionals from the IHRM membership database.`,
        fix: `Type the mentor's IHRM membership number in ${at.place("ihrmNumber")}, or confirm the membership with the IHRM secretariat.`,
      });
    }

    if (v.yearsExperience !== undefined && v.yearsExperience < settings.minYearsExperience) {
      const years = v.yearsExperience === 1 ? "1 year" : `${v.yearsExperience} years`;
      out.report("mentor.experience.minimum", at, {
        field: "yearsExperience",
        message: `${at.Who} has ${years} of HR experience; the programme asks for at least ${settings.minYearsExperience}.`,
        fix: `Check the years in ${at.place("yearsExperience")}. If they are right, replace this mentor with a more experienced HR professional before pairing.`,
      });
    } else if (v.yearsExperience === undefined && layout.hasColumn("yearsExperience") && !at.filled("yearsExperience")) {
      out.report("mentor.requirement.unrecorded", at, {
        field: "yearsExperience",
        message: `Years of HR experience is blank for ${at.who}, so the minimum of ${settings.minYearsExperience} years cannot be checked.`,
        fix: `Type the mentor's whole years of HR experience in ${at.place("yearsExperience")}.`,
      });
    }

    checkCondition(st, at, "confidentialityAgreed", v.confidentialityAgreed, {
      rule: "mentor.confidentiality.unsigned",
      message: `${at.Who} has not agreed to confidentiality (Confidentiality agreed: ${at.typed("confidentialityAgreed") ?? "No"}).`,
      fix: `Have the mentor sign the confidentiality agreement before pairing, then type Yes in ${at.place("confidentialityAgreed")}.`,
    }, "mentor.requirement.unrecorded");

    checkCondition(st, at, "sensitisationAttended", v.sensitisationAttended, {
      rule: "mentor.sensitisation.absent",
      message: `${at.Who} did not attend the sensitisation workshop (Sensitisation attended: ${at.typed("sensitisationAttended") ?? "No"}).`,
      fix: `Brief the mentor on the programme's roles and expectations before pairing, then type Yes in ${at.place("sensitisationAttended")}.`,
    }, "mentor.requirement.unrecorded");

    if (layout.hasColumn("skills") && (v.skills === undefined || v.skills.length === 0) && !at.filled("skills")) {
      out.report("mentor.skills.missing", at, {
        field: "skills",
        message: `Skills is blank for ${at.who}, so pairing cannot match the mentor to mentees' needs.`,
        fix: `List the HR areas the mentor can coach in ${at.place("skills")}, e.g. Performance management; Recruitment.`,
      });
    }
    if (st.tick()) yield;
  }
}
