import type { Mentor } from "../domain/registers";
import { localSpacedPhone, mentorOf } from "./context";
import { SheetDraft, yesNo, type ColumnDef } from "./draft";
import { focusAreaWording, type CleanData } from "./truth";
import type { Keyed } from "./types";

/**
 * "Mentors list 2016": the IHRM secretariat's list, kept since phase 1 and extended for
 * phase 2. It carries most of the people-data mess: the header wordings the brief names,
 * phone and county spellings, sector abbreviations, a non-breaking space and a mentor typed in
 * twice by a second officer.
 */
export const MENTORS_SHEET = "Mentors list 2016";

const COLUMNS: readonly ColumnDef[] = [
  { header: "Mentor code", field: "mentorId", width: 10 },
  { header: "Name of Mentor", field: "fullName", width: 28, variantOf: "Full name" },
  { header: "Organisation", field: "organisation", width: 34 },
  { header: "Sector", field: "sector", width: 12 },
  { header: "County of work", field: "county", width: 14, variantOf: "County" },
  { header: "E-mail address", field: "email", width: 30, variantOf: "Email" },
  { header: "Tel. No.", field: "phone", width: 16, variantOf: "Phone" },
  { header: "IHRM membership no.", field: "ihrmNumber", width: 16 },
  { header: "Yrs of HR experience", field: "yearsExperience", width: 10, variantOf: "Years of HR experience" },
  { header: "Areas of expertise", field: "skills", width: 50 },
  { header: "No. of mentees", field: "capacity", width: 9 },
  { header: "Availability", field: "availability", width: 20 },
  { header: "Sensitisation", field: "sensitisationAttended", width: 12 },
  { header: "Signed confidentiality", field: "confidentialityAgreed", width: 12 },
  { header: "Phase", field: "phase", width: 9 },
  { header: "Remarks", field: "remarks", width: 36 },
];

function cells(m: Keyed<Mentor>, index: number, availabilityText: string): Record<string, string | number | null> {
  return {
    mentorId: m.mentorId ?? null,
    fullName: m.fullName,
    organisation: m.organisation ?? null,
    sector: m.sector ?? null,
    county: m.county ?? null,
    email: m.email ?? null,
    phone: m.phone ?? null,
    ihrmNumber: m.ihrmNumber ?? null,
    yearsExperience: m.yearsExperience ?? null,
    // Each mentor's skills are spelt a little differently, as they wrote them on the form.
    skills: (m.skills ?? []).map((id, i) => focusAreaWording(id, index + i)).join("; "),
    capacity: m.capacity ?? null,
    availability: availabilityText,
    sensitisationAttended: yesNo(m.sensitisationAttended),
    confidentialityAgreed: yesNo(m.confidentialityAgreed),
    phase: m.phase ?? null,
    remarks: m.remarks ?? null,
  };
}

export function renderMentors(data: CleanData): SheetDraft {
  const draft = new SheetDraft(MENTORS_SHEET, "mentors", COLUMNS)
    .title("INSTITUTE OF HUMAN RESOURCE MANAGEMENT (IHRM)", true)
    .title("County HRH Mentorship Programme - list of mentors 2016/17")
    .spacer()
    .header();

  const availabilityOf = (m: Keyed<Mentor>): string => data.extras.get(m.key)?.availabilityText ?? "";
  data.mentors.forEach((m, i) => {
    const previous = data.mentors[i - 1];
    if (previous && previous.phase !== m.phase) draft.blankRow("Blank row left between the phase 1 and phase 2 mentors.");
    draft.row(m.key, cells(m, i, availabilityOf(m)));
  });

  // The same mentor typed in again by another officer: no code, name in capitals with a
  // double space, the phone in local form. Everything else agrees, so it is one person.
  const twin = mentorOf(data, "P1-10");
  const twinCells = cells(twin, 0, availabilityOf(twin));
  const twinRow = draft.row(twin.key, {
    ...twinCells,
    mentorId: null,
    fullName: twin.fullName.toUpperCase().replace(" ", "  "),
    phone: localSpacedPhone(twin.phone ?? ""),
    remarks: "Added from the IHRM database list",
  });
  draft.plantRow(twinRow, twin.key, "fullName", "duplicate-person", `${twin.fullName} is entered twice (row ${twinRow} repeats an earlier row with other spacing, case and phone format).`);

  const m = (pairId: string): Keyed<Mentor> => mentorOf(data, pairId);
  draft.plant(m("P1-01").key, "sensitisationAttended", "Y", "yes-no-variant", true, "Yes typed as Y.");
  draft.plant(m("P1-02").key, "phone", localSpacedPhone(m("P1-02").phone ?? ""), "phone-format", m("P1-02").phone, "Phone in local form with spaces (07XX XXX XXX).");
  draft.plant(m("P1-03").key, "yearsExperience", `${m("P1-03").yearsExperience} yrs`, "number-as-text", m("P1-03").yearsExperience, "Years of experience typed as text with a unit.");
  draft.plant(m("P1-05").key, "email", upperCaseDomain(m("P1-05").email ?? ""), "email-case", m("P1-05").email, "Email domain typed with capitals; domains are case-blind, so it reads in lower case (the part before @ is kept as typed).");
  draft.plant(m("P1-08").key, "sector", "FBO", "sector-abbreviation", "Faith-based", "Sector abbreviated FBO (faith-based organisation).");
  draft.plant(m("P1-09").key, "sector", "Pvt", "sector-abbreviation", "Private", "Sector abbreviated Pvt.");
  draft.plant(m("P1-12").key, "fullName", m("P1-12").fullName.replace(" ", "\u00A0"), "non-breaking-space", m("P1-12").fullName, "Name pasted from a web page: a non-breaking space between first and middle name.");
  draft.plant(m("P1-14").key, "sector", "Govt", "sector-abbreviation", "Public", "Sector abbreviated Govt.");
  draft.plant(m("P1-16").key, "county", "NAIROBI ", "county-spelling", "Nairobi", "County in capitals with a trailing space.");
  draft.plant(m("P2-02").key, "phone", Number((m("P2-02").phone ?? "").slice(4)), "phone-format", m("P2-02").phone, "Phone typed as a number, so Excel dropped the leading 0.");
  draft.plant(m("P2-07").key, "county", "Taita-Taveta", "county-spelling", "Taita Taveta", "County hyphenated.");
  return draft;
}

/** "Peter.Owuor@example.org" -> "Peter.Owuor@Example.Org", as auto-capitalisation types it. */
function upperCaseDomain(email: string): string {
  const at = email.indexOf("@");
  return email.slice(0, at) + email.slice(at).replace(/(^@|\.)([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
