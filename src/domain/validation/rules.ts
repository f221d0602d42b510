import { REGISTER_KINDS } from "../registers";
import type { IssueRegister, Severity } from "./types";

/**
 * The rule catalogue: one entry per check, so the task pane can list and filter rules, the README
 * can document them and every issue's severity comes from one place. Rule ids are stable: they
 * are what users filter on and what tests pin, so rename one only with a migration note.
 *
 * Severity policy: an error is something that makes a summary figure or a pairing wrong or
 * breaks one of the programme's own conditions (an ineligible mentor, a session nobody can
 * attribute to a pair); a warning is a gap in the records or a departure from the usual way of
 * working that an officer should look at but that does not change the figures.
 */
export interface RuleDef {
  id: string;
  severity: Severity;
  /** The register the rule is about, or "any" for rules that apply to several registers. */
  register: IssueRegister | "any";
  /** The registers whose rows can carry this rule's issues (always concrete, for filtering). */
  appliesTo: readonly IssueRegister[];
  title: string;
  /** What the rule checks and why it has its severity. */
  description: string;
}

const ALL = REGISTER_KINDS;
const REFERRING = ["pairs", "sessions", "goals", "evaluations"] as const satisfies readonly IssueRegister[];
const PAIR_LOGS = ["sessions", "goals", "evaluations"] as const satisfies readonly IssueRegister[];

function rule<const I extends string>(
  id: I,
  severity: Severity,
  register: IssueRegister | "any",
  appliesTo: readonly IssueRegister[],
  title: string,
  description: string,
) {
  return { id, severity, register, appliesTo, title, description } satisfies RuleDef;
}

export const RULES = [
  // Field rules: what the register schemas say a cell must hold.
  rule("field.required", "error", "any", ALL, "Required value missing",
    "A field the register cannot do without is blank (a mentor's name, a phase's counties or start date, a goal's text). Error: the row cannot be counted or referred to."),
  rule("field.unreadable", "error", "any", ALL, "Value could not be read",
    "An ID, name, phase or required value was typed in a form the add-in could not read. Error: the row cannot be matched or counted reliably."),
  rule("field.text", "warning", "any", ALL, "Free text could not be read",
    "An optional free-text cell (remarks, availability, session notes) holds something the add-in kept as typed but could not read, such as Excel's error from a broken formula. Warning: it does not change any figure."),
  rule("field.excel-error", "error", "any", ALL, "Cell shows an Excel error",
    "A cell of a required or typed field (a name, ID, date, number, county, yes/no, …) shows one of Excel's error values (#N/A, #REF!, #DIV/0!, #VALUE!, #NAME?, #NUM!, #NULL!, #SPILL!, #CALC!, #GETTING_DATA, …) instead of a value: a formula behind it broke. Error: the add-in reads nothing from the cell, so the row is checked and counted as if it were blank. (In an optional free-text cell it is a field.text warning.)"),
  rule("field.email", "error", "any", ["mentors", "mentees"], "Email address not valid",
    "An email cell does not hold an address like name@example.org. Error: the register's contact details are wrong."),
  rule("field.phone", "error", "any", ["mentors", "mentees"], "Phone number not Kenyan",
    "A phone cell does not hold a Kenyan number (0712 345 678, +254712345678 or 712345678). Error: the register's contact details are wrong."),
  rule("field.date", "error", "any", ["phases", "pairs", "sessions", "goals", "evaluations"], "Date not valid",
    "A date cell does not hold a real date (day first, as Kenya writes it). Error: phase weeks, sessions and disengagements are placed by date."),
  rule("field.number", "error", "any", ["phases", "mentors", "pairs", "sessions", "evaluations"], "Number not valid",
    "A number cell (years, capacity, weeks, hours, score) holds text or a number outside its range. Error: eligibility, capacity and hours depend on it."),
  rule("field.yesno", "error", "any", ["mentors", "mentees", "pairs", "sessions"], "Yes/No not recognised",
    "A yes/no cell holds something other than yes or no. Error: eligibility and notifications depend on it."),
  rule("field.choice", "error", "any", ["mentors", "mentees", "pairs", "goals", "evaluations"], "Value not in the list",
    "A cell with a fixed list of values (sector, role, status, respondent) holds something else. Error: summaries group by these values."),
  rule("field.county", "error", "any", ["phases", "mentors", "mentees"], "County not recognised",
    "A county cell does not name one of Kenya's 47 counties. Error: phases are defined by counties and mentees must work in one of them."),
  rule("field.focus-area", "error", "any", ["mentors", "mentees", "sessions", "goals"], "Focus area not recognised",
    "A skills, needs, topic or focus-area cell names an HR area the programme does not know. Error: pairing matches needs to skills through these areas."),
  rule("field.normalised", "warning", "any", ALL, "Value can be tidied",
    "The add-in read a cell in a standard form an officer should confirm (a day-first date, a +254 phone, another name for a county, an abbreviation such as FBO, a number typed with words) but the sheet still shows it as typed. Case, spacing and punctuation alone, and focus areas in the programme's own wordings, are not reported: the register stores the standard form anyway. Warning with a safe fix: accepting it writes the standard form into the register."),
  rule("register.column.missing", "warning", "any", ["mentors", "mentees"], "Column for a programme rule missing",
    "The register has no column for something the programme checks (IHRM number, experience, confidentiality, training, release). Warning: the check cannot run until the column is added."),

  rule("settings.invalid", "error", "settings", ["settings"], "Setting not valid",
    "A value on the Settings sheet is not a valid number or yes/no, so the default is used instead. Error: thresholds such as the minimum years of experience may not be what the programme decided."),

  // Duplicates within a register.
  rule("phase.duplicate", "error", "phases", ["phases"], "Phase listed twice",
    "Two rows name the same phase (compared loosely: Phase 1, phase-1, Phase I). Error: other registers cannot tell which row they refer to."),
  rule("mentor.duplicate", "error", "mentors", ["mentors"], "Same mentor entered twice",
    "A later row of the same phase has the same ID, name (ignoring spacing and case), phone or email as an earlier row. Error: the mentor would be counted and paired twice."),
  rule("mentee.duplicate", "error", "mentees", ["mentees"], "Same mentee entered twice",
    "A later row of the same phase has the same ID, name (ignoring spacing and case), phone or email as an earlier row. Error: the mentee would be counted and paired twice."),
  rule("pair.duplicate", "error", "pairs", ["pairs"], "Pair entered twice",
    "A later row repeats a pair ID, or the same mentor and mentee in the same phase. Error: sessions planned and held would be counted twice."),

  // References across registers.
  rule("reference.phase.unknown", "error", "any", ["mentors", "mentees", "pairs", "sessions"], "Phase not in the Phases register",
    "A row names a phase the Phases register does not list. Error: its weeks, dates, counties and session length are unknown."),
  rule("reference.mentor.missing", "error", "any", REFERRING, "Mentor not named",
    "A pair (or a log without a pair ID) does not say who the mentor is. Error: the row cannot be attributed."),
  rule("reference.mentor.unknown", "error", "any", REFERRING, "Mentor not in the Mentors register",
    "The mentor's ID or name does not match anyone in the Mentors register (names are compared ignoring spacing, case and word order). Error: the row cannot be attributed."),
  rule("reference.mentor.ambiguous", "error", "any", REFERRING, "Mentor name matches two people",
    "The mentor's name (or ID) matches more than one row of the Mentors register in that phase. Error: the row cannot be attributed until an ID is given."),
  rule("reference.mentor.conflict", "error", "any", REFERRING, "Mentor ID and name disagree",
    "The row's mentor ID and mentor name point at different people, or a log names a different mentor from its pair. Error: one of them is wrong."),
  rule("reference.mentee.missing", "error", "any", REFERRING, "Mentee not named",
    "A pair (or a log without a pair ID) does not say who the mentee is. Error: the row cannot be attributed."),
  rule("reference.mentee.unknown", "error", "any", REFERRING, "Mentee not in the Mentees register",
    "The mentee's ID or name does not match anyone in the Mentees register (names are compared ignoring spacing, case and word order). Error: the row cannot be attributed."),
  rule("reference.mentee.ambiguous", "error", "any", REFERRING, "Mentee name matches two people",
    "The mentee's name (or ID) matches more than one row of the Mentees register in that phase. Error: the row cannot be attributed until an ID is given."),
  rule("reference.mentee.conflict", "error", "any", REFERRING, "Mentee ID and name disagree",
    "The row's mentee ID and mentee name point at different people, or a log names a different mentee from its pair. Error: one of them is wrong."),
  rule("reference.pair.missing", "error", "any", PAIR_LOGS, "Pair not named",
    "A session, goal or evaluation names neither a pair ID nor a mentor and mentee. Error: it cannot be counted for any pair."),
  rule("reference.pair.unknown", "error", "any", PAIR_LOGS, "Pair not in the Pairs register",
    "A session, goal or evaluation names a pair ID, or a mentor and mentee, that the Pairs register does not hold. Error: it cannot be counted for any pair."),

  // The programme's own rules (the case study's guidelines).
  rule("phase.weeks.default", "warning", "phases", ["phases"], "Phase weeks blank",
    "The phase leaves its number of weeks blank, so the Settings default is used. Warning: check the default is right for this phase."),
  rule("phase.hours.default", "warning", "phases", ["phases"], "Phase session length blank",
    "The phase leaves its session length blank, so the Settings default is used. Warning: phase 1 used 1 hour and phase 2 used 2, so the default may be wrong."),
  rule("phase.dates.order", "error", "phases", ["phases"], "Phase ends before it starts",
    "The phase's end date is before its start date. Error: no session can fall inside it."),
  rule("mentor.ihrm.missing", "warning", "mentors", ["mentors"], "IHRM membership number missing",
    "Mentors are experienced HR professionals found through the IHRM membership database; the number is blank. Warning: a gap in the record, not proof the mentor is ineligible."),
  rule("mentor.experience.minimum", "error", "mentors", ["mentors"], "Too few years of HR experience",
    "The mentor has fewer years of HR experience than Settings asks (default 5). Error: the programme pairs only experienced HR professionals."),
  rule("mentor.confidentiality.unsigned", "error", "mentors", ["mentors"], "Confidentiality not agreed",
    "The mentor is recorded as not having agreed to confidentiality. Error: mentors must agree that all meetings are confidential before they are paired."),
  rule("mentor.sensitisation.absent", "error", "mentors", ["mentors"], "Sensitisation workshop not attended",
    "The mentor is recorded as not having attended the sensitisation workshop that explains roles and expectations. Error: it is a condition of taking part."),
  rule("mentor.requirement.unrecorded", "warning", "mentors", ["mentors"], "Mentor condition not recorded",
    "Years of experience, confidentiality or sensitisation is blank for a mentor. Warning: the condition cannot be checked until it is filled in."),
  rule("mentor.skills.missing", "warning", "mentors", ["mentors"], "Mentor has no skills listed",
    "Pairing matches mentees' needs to mentors' skills; this mentor lists none. Warning: fill them in before pairing."),
  rule("mentee.county.outside", "error", "mentees", ["mentees"], "Mentee outside the phase's counties",
    "The mentee works in a county the phase does not cover. Error: mentees must be HRH officers in the selected counties."),
  rule("mentee.training.incomplete", "error", "mentees", ["mentees"], "Five-day HR training not completed",
    "The mentee is recorded as not having completed the five-day HR training. Error: it comes before mentorship."),
  rule("mentee.release.unapproved", "error", "mentees", ["mentees"], "Release by employer not approved",
    "The mentee's employer has not approved the release. Error: mentees take part only when released from their duties."),
  rule("mentee.requirement.unrecorded", "warning", "mentees", ["mentees"], "Mentee condition not recorded",
    "County, training or release is blank for a mentee. Warning: the condition cannot be checked until it is filled in."),
  rule("mentee.needs.missing", "warning", "mentees", ["mentees"], "Mentee has no needs listed",
    "Pairing is driven by the mentee's identified needs; this mentee lists none. Warning: fill them in before pairing."),
  rule("pair.mentor.capacity", "error", "pairs", ["pairs"], "Mentor paired beyond capacity",
    "A mentor has more proposed or active pairs in a phase than their capacity (blank capacity: Settings default). Error: the mentor cannot hold all those weekly sessions."),
  rule("pair.mentee.multiple", "error", "pairs", ["pairs"], "Mentee has two live mentors",
    "A mentee has more than one proposed or active pair in the same phase. Error: each mentee has one mentor per phase."),
  rule("pair.phase.mismatch", "error", "pairs", ["pairs"], "Pair's phase differs from its people's",
    "The pair's phase is not the phase the Mentors or Mentees register gives its mentor or mentee. Error: the pair would be counted in the wrong phase."),
  rule("pair.acceptance.late", "error", "pairs", ["pairs"], "Acceptance signed after the first session",
    "The acceptance letters are dated after the pair's first session. Error: pairs sign acceptance letters before mentoring starts."),
  rule("pair.acceptance.missing", "warning", "pairs", ["pairs"], "Acceptance date missing",
    "The pair has sessions logged but no acceptance-signed date. Warning: certificates may require it (Settings)."),
  rule("pair.disengagement.date", "error", "pairs", ["pairs"], "Disengagement without a date",
    "A disengaged pair has no disengagement date. Error: sessions after it cannot be told from sessions before it."),
  rule("pair.disengagement.reason", "error", "pairs", ["pairs"], "Disengagement without a reason",
    "A disengaged pair has no reason. Error: summaries report disengagements with their reasons."),
  rule("pair.disengagement.notifications", "error", "pairs", ["pairs"], "Disengagement notifications incomplete",
    "A disengaged pair has not recorded all three notifications: the project focal person, the IHRM secretariat and the other party. Error: the formal disengagement process requires all three."),
  rule("session.week.range", "error", "sessions", ["sessions"], "Week outside the phase",
    "A session's week is not between 1 and the phase's number of weeks. Error: attendance by week would be wrong."),
  rule("session.week.repeat", "error", "sessions", ["sessions"], "Two sessions in one week",
    "A pair has a second session logged for the same week. Error: sessions held would be over-counted; the programme holds one session a week."),
  rule("session.week.mismatch", "warning", "sessions", ["sessions"], "Date falls in another week",
    "A session's date falls in a different week of the phase from the week typed. Warning: one of them is probably a typing slip."),
  rule("session.date.outside", "error", "sessions", ["sessions"], "Session outside the phase's dates",
    "A session's date is before the phase starts or after it ends (start + weeks x 7 days, or the end date). Error: it would be counted in the wrong phase."),
  rule("session.hours.length", "warning", "sessions", ["sessions"], "Session length differs from the phase's",
    "A session lasted more or less than the phase's session length, beyond the Settings tolerance. Warning: CPD hours use the hours logged, so check them."),
  rule("session.venue.workplace", "warning", "sessions", ["sessions"], "Session away from the mentee's workplace",
    "The venue does not look like the mentee's workplace (\"mentee's office\" and \"workplace\" count). Warning: mentors hold sessions at the mentee's place of work."),
  rule("session.after-disengagement", "error", "sessions", ["sessions"], "Session after disengagement",
    "A session is dated after its pair disengaged. Error: either the session or the disengagement date is wrong."),
] as const;

export type RuleId = (typeof RULES)[number]["id"];
export type Rule = (typeof RULES)[number];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

const byId: ReadonlyMap<string, RuleDef> = new Map(RULES.map((r) => [r.id, r]));

export function ruleDef(id: RuleId): RuleDef {
  const found = byId.get(id);
  // Unreachable for a RuleId; kept so a catalogue edit that drops a rule fails loudly.
  if (!found) throw new Error(`Unknown validation rule ${id}`);
  return found;
}

export function rulesFor(kind: IssueRegister): RuleDef[] {
  return RULES.filter((r) => r.appliesTo.includes(kind));
}
