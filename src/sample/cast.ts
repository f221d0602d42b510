import type { CountyName, FocusAreaId, GoalStatus, MenteeRole, Sector } from "../domain/reference";
import type { Weekday } from "./dates";
import type { Gender } from "./names";

/**
 * The programme the sample workbook records, written out by hand so that a reader can follow
 * each pair's story. Built on the case study: phase 1 covered 10 counties with 1-hour sessions,
 * phase 2 seven counties with 2-hour sessions, 7 weeks each, 32 mentors and 32 mentees in all
 * (18 + 18 in phase 1, 14 + 14 in phase 2). Homa Bay, Kisumu, Siaya, Mombasa, Kilifi and Kisii
 * carry the case study's own stories. Organisations are invented.
 *
 * The workbook is dated during phase 2's fifth week: phase 1 is complete, phase 2's pairs are
 * active with four weeks logged, and three late phase-2 mentees are still waiting for a mentor
 * (so the pairing feature has real work to do with the three mentors not yet matched).
 */

export const SEED = 20160801;
export const AS_OF = "2017-03-05";

export interface PhaseCast {
  phase: string;
  counties: CountyName[];
  startDate: string;
  weeks: number;
  sessionHours: number;
  matchingWorkshop: string;
  wrapUp: string;
  /** Weeks with session logs so far (all 7 for a finished phase). */
  weeksLogged: number;
  remarks: string;
}

export const PHASES: readonly PhaseCast[] = [
  {
    phase: "Phase 1",
    counties: ["Homa Bay", "Kisumu", "Siaya", "Migori", "Kisii", "Kakamega", "Busia", "Vihiga", "Nairobi", "Kiambu"],
    startDate: "2016-08-01",
    weeks: 7,
    sessionHours: 1,
    matchingWorkshop: "2016-07-21",
    wrapUp: "2016-09-29",
    weeksLogged: 7,
    remarks: "Matching workshop 21/07/2016, Kisumu. Wrap-up workshop 29/09/2016; certificates issued.",
  },
  {
    phase: "Phase 2",
    counties: ["Mombasa", "Kilifi", "Kwale", "Taita Taveta", "Murang'a", "Nakuru", "Machakos"],
    startDate: "2017-02-06",
    weeks: 7,
    sessionHours: 2,
    matchingWorkshop: "2017-01-26",
    wrapUp: "2017-04-06",
    weeksLogged: 4,
    remarks: "Sessions raised from 1 to 2 hours after phase 1 feedback. Matching workshop 26/01/2017, Mombasa.",
  },
];

/** How mentors wrote their availability, and the weekdays each wording allows. */
export const AVAILABILITY = {
  tueThu: { text: "Tue, Thu", days: ["tue", "thu"] },
  weekdayMornings: { text: "Weekday mornings", days: ["mon", "tue", "wed", "thu", "fri"] },
  weekdayAfternoons: { text: "Weekday afternoons", days: ["mon", "tue", "wed", "thu", "fri"] },
  monWedFri: { text: "Mon, Wed, Fri", days: ["mon", "wed", "fri"] },
  wedAfternoons: { text: "Wed afternoons", days: ["wed"] },
  anyWeekday: { text: "Any weekday", days: ["mon", "tue", "wed", "thu", "fri"] },
  monThuMornings: { text: "Mon; Thu mornings", days: ["mon", "thu"] },
  fridays: { text: "Fridays 2-5pm", days: ["fri"] },
} as const satisfies Record<string, { text: string; days: readonly Weekday[] }>;
export type AvailabilityKey = keyof typeof AVAILABILITY;

export interface MenteeCast {
  county: CountyName;
  role: MenteeRole;
  workplace: string;
  employer: string;
  needs: FocusAreaId[];
  /**
   * When the mentee can meet, as the nomination form has it (items separated by "; "); absent
   * where the form left it blank. Mostly overlapping the mentor the workshop chose.
   */
  availability?: string;
  gender: Gender;
  /** A fixed name for a person the defects need (otherwise drawn from the name bank). */
  name?: string;
  /**
   * The name as the mentees list has it, when it was mistyped there (the other sheets have
   * `name`). The register keeps it as typed: the normaliser never edits a leading "=".
   */
  typedName?: string;
  trainingCompleted?: boolean;
  releaseApproved?: boolean;
  remarks?: string;
}

export interface MentorCast {
  organisation: string;
  sector: Sector;
  county: CountyName;
  skills: FocusAreaId[];
  availability: AvailabilityKey;
  gender: Gender;
  capacity?: number;
  years?: number;
  /** The mentor writes the part of the address before @ with capitals (kept: it is case-sensitive). */
  capitalisedEmail?: boolean;
  /** null: the register cell was left blank (unknown); absent: attended. */
  sensitisationAttended?: boolean | null;
  confidentialityAgreed?: boolean;
  remarks?: string;
}

export interface GoalCast {
  goal: string;
  focusArea: FocusAreaId;
  status?: GoalStatus;
}

export interface PairCast {
  pairId: string;
  phase: string;
  mentee: MenteeCast;
  mentor: MentorCast;
  matchReasons: string;
  /** The case study's own goals for its story pairs; other pairs get goals from their needs. */
  goals?: GoalCast[];
  planSubmitted?: boolean;
  remarks?: string;
}

const HRH: MenteeRole = "County HRH officer";
const PSM: MenteeRole = "County Public Service Management officer";
const CPSB: MenteeRole = "County Public Service Board member";

function countyStaff(county: CountyName, role: MenteeRole, workplace: string): Pick<MenteeCast, "county" | "role" | "workplace" | "employer"> {
  const employer = role === CPSB ? `${county} County Public Service Board` : `${county} County Government`;
  return { county, role, workplace, employer };
}

export const PAIRS: readonly PairCast[] = [
  // ---- Phase 1 ----
  {
    pairId: "P1-01", phase: "Phase 1",
    mentee: { ...countyStaff("Homa Bay", HRH, "Homa Bay County Department of Health"), needs: ["disciplinary", "job-descriptions", "performance-management"], availability: "Tue; Thu", gender: "f" },
    mentor: { organisation: "Lake Region Millers Ltd", sector: "Private", county: "Homa Bay", skills: ["disciplinary", "employee-relations", "job-descriptions"], availability: "tueThu", gender: "m" },
    matchReasons: "Disciplinary procedures and job descriptions; both in Homa Bay",
    goals: [
      { goal: "Revive the defunct disciplinary advisory committee and agree its terms of reference", focusArea: "disciplinary", status: "achieved" },
      { goal: "Review and develop job descriptions for CHMT members and county referral hospital staff", focusArea: "job-descriptions", status: "achieved" },
    ],
  },
  {
    pairId: "P1-02", phase: "Phase 1",
    mentee: { ...countyStaff("Homa Bay", CPSB, "Homa Bay County Public Service Board offices"), needs: ["recruitment", "employee-relations"], availability: "Weekday mornings", gender: "m" },
    mentor: { organisation: "Upendo Mission Hospital", sector: "Faith-based", county: "Homa Bay", skills: ["recruitment", "employee-relations", "training-development"], availability: "weekdayMornings", gender: "f" },
    matchReasons: "Recruitment; mentor sat on a hospital board's selection panel",
  },
  {
    pairId: "P1-03", phase: "Phase 1",
    mentee: { ...countyStaff("Kisumu", HRH, "Kisumu County Department of Health"), needs: ["performance-management", "hr-planning"], availability: "Mon; Wed", gender: "f" },
    mentor: { organisation: "Ziwa Commercial Bank", sector: "Private", county: "Kisumu", skills: ["performance-management", "training-development", "strategic-planning"], availability: "monWedFri", gender: "m", years: 12 },
    matchReasons: "Performance appraisal is the county's priority; mentor runs the bank's appraisal cycle",
    goals: [
      { goal: "Adapt the national performance appraisal guidelines and forms to the Kisumu county context", focusArea: "performance-management", status: "achieved" },
      { goal: "Get the CHMT's buy-in to pilot the adapted appraisal forms", focusArea: "performance-management", status: "achieved" },
    ],
  },
  {
    pairId: "P1-04", phase: "Phase 1",
    mentee: { ...countyStaff("Kisumu", PSM, "Kisumu County Public Service Management Department"), needs: ["hr-information-systems", "hr-planning"], availability: "Weekday afternoons", gender: "m" },
    mentor: { organisation: "Kisumu Regional Blood Transfusion Centre", sector: "Public", county: "Kisumu", skills: ["hr-information-systems", "hr-planning", "recruitment"], availability: "weekdayAfternoons", gender: "f", capacity: 2 },
    matchReasons: "iHRIS records and HR planning",
  },
  {
    pairId: "P1-05", phase: "Phase 1",
    mentee: { ...countyStaff("Kisumu", HRH, "Kisumu County Referral Hospital"), needs: ["training-development", "performance-management"], availability: "Thu", gender: "f" },
    mentor: { organisation: "Tumaini Adventist Hospital", sector: "Faith-based", county: "Kisumu", skills: ["training-development", "performance-management"], availability: "tueThu", gender: "m", capitalisedEmail: true },
    matchReasons: "Training needs assessment; both hospital based",
  },
  {
    pairId: "P1-06", phase: "Phase 1",
    mentee: { ...countyStaff("Siaya", HRH, "Siaya County Referral Hospital"), needs: ["retention-exit", "hr-planning"], availability: "Wed; Fri afternoons", gender: "m" },
    mentor: { organisation: "Lakeside Fish Processors Ltd", sector: "Private", county: "Siaya", skills: ["retention-exit", "employee-relations", "recruitment"], availability: "wedAfternoons", gender: "f" },
    matchReasons: "Retention and exit after the doctors' exodus",
    goals: [
      { goal: "Develop a staff exit questionnaire and use it for every exit", focusArea: "retention-exit", status: "achieved" },
      { goal: "Draft retention options for medical doctors from the exit findings", focusArea: "retention-exit", status: "in progress" },
    ],
  },
  {
    pairId: "P1-07", phase: "Phase 1",
    mentee: { ...countyStaff("Siaya", CPSB, "Siaya County Public Service Board offices"), needs: ["recruitment", "job-descriptions"], gender: "f" },
    mentor: { organisation: "Lake Basin Water & Sanitation Co.", sector: "Public", county: "Siaya", skills: ["recruitment", "job-descriptions", "hr-planning"], availability: "anyWeekday", gender: "m" },
    matchReasons: "Recruitment and job descriptions",
    remarks: "Mentor transferred; formal disengagement done, all parties notified.",
  },
  {
    pairId: "P1-08", phase: "Phase 1",
    mentee: { ...countyStaff("Migori", HRH, "Migori County Department of Health"), needs: ["employee-relations", "disciplinary"], availability: "Thu mornings", gender: "m" },
    mentor: { organisation: "Imani Mission Hospital", sector: "Faith-based", county: "Migori", skills: ["employee-relations", "disciplinary"], availability: "monThuMornings", gender: "f" },
    matchReasons: "Labour laws and disciplinary cases",
  },
  {
    pairId: "P1-09", phase: "Phase 1",
    mentee: { ...countyStaff("Migori", PSM, "Migori County Public Service Management Department"), needs: ["hr-information-systems", "performance-management"], availability: "Fridays", gender: "f" },
    mentor: { organisation: "Migori Gold Refiners Ltd", sector: "Private", county: "Migori", skills: ["hr-information-systems", "performance-management", "hr-planning"], availability: "fridays", gender: "m" },
    matchReasons: "HR records and appraisal",
  },
  {
    pairId: "P1-10", phase: "Phase 1",
    mentee: { ...countyStaff("Kisii", HRH, "Kisii County Department of Health"), needs: ["employee-relations", "recruitment"], availability: "Tue; Thu afternoons", gender: "m" },
    mentor: { organisation: "Gusii Highlands Tea Factory Ltd", sector: "Private", county: "Kisii", skills: ["employee-relations", "disciplinary", "recruitment"], availability: "tueThu", gender: "m" },
    matchReasons: "Employment contracts and labour law",
    goals: [
      { goal: "Rework the contracts of staff on contract at county facilities", focusArea: "employee-relations", status: "achieved" },
    ],
  },
  {
    pairId: "P1-11", phase: "Phase 1",
    mentee: { ...countyStaff("Kisii", CPSB, "Kisii County Public Service Board offices"), needs: ["strategic-planning", "recruitment"], availability: "Mon-Wed mornings", gender: "f" },
    mentor: { organisation: "Kisii Regional Medical Supplies Depot", sector: "Public", county: "Kisii", skills: ["strategic-planning", "recruitment", "performance-management"], availability: "weekdayMornings", gender: "f" },
    matchReasons: "Board strategy and recruitment",
  },
  {
    pairId: "P1-12", phase: "Phase 1",
    mentee: { ...countyStaff("Kakamega", HRH, "Kakamega County Referral Hospital"), needs: ["performance-management", "training-development"], availability: "Any weekday", gender: "f" },
    mentor: { organisation: "Neema Mission Hospital (ACK)", sector: "Faith-based", county: "Kakamega", skills: ["performance-management", "training-development", "hr-information-systems"], availability: "monWedFri", gender: "f" },
    matchReasons: "Appraisal and training; both hospital HR",
  },
  {
    pairId: "P1-13", phase: "Phase 1",
    mentee: {
      ...countyStaff("Bungoma", HRH, "Bungoma County Department of Health"), needs: ["hr-planning", "hr-information-systems"], gender: "m",
      remarks: "Nominated through the Kakamega cluster manager.",
    },
    mentor: { organisation: "Western Dairy Processors Ltd", sector: "Private", county: "Kakamega", skills: ["hr-planning", "hr-information-systems", "strategic-planning"], availability: "weekdayAfternoons", gender: "m" },
    matchReasons: "HR planning; mentor travels from Kakamega",
  },
  {
    pairId: "P1-14", phase: "Phase 1",
    mentee: { ...countyStaff("Busia", PSM, "Busia County Public Service Management Department"), needs: ["disciplinary", "employee-relations"], availability: "Tuesdays", gender: "m" },
    mentor: {
      organisation: "Malaba Border Health Office", sector: "Public", county: "Busia", skills: ["disciplinary", "employee-relations"], availability: "tueThu", gender: "m",
      confidentialityAgreed: false, remarks: "Confidentiality form not returned.",
    },
    matchReasons: "Disciplinary procedures",
  },
  {
    pairId: "P1-15", phase: "Phase 1",
    mentee: { ...countyStaff("Vihiga", HRH, "Vihiga County Department of Health"), needs: ["job-descriptions", "hr-planning"], availability: "Wed afternoons", gender: "f" },
    mentor: { organisation: "Bethsaida Mission Hospital", sector: "Faith-based", county: "Vihiga", skills: ["job-descriptions", "hr-planning", "recruitment"], availability: "wedAfternoons", gender: "f" },
    matchReasons: "Job descriptions",
  },
  {
    pairId: "P1-16", phase: "Phase 1",
    mentee: { ...countyStaff("Nairobi", HRH, "Nairobi City County Health Services"), needs: ["hr-information-systems", "performance-management"], availability: "Mon; Thu", gender: "m" },
    mentor: { organisation: "Jamii Trust Bank", sector: "Private", county: "Nairobi", skills: ["hr-information-systems", "performance-management", "strategic-planning"], availability: "monThuMornings", gender: "f" },
    matchReasons: "HRIS and appraisal",
  },
  {
    pairId: "P1-17", phase: "Phase 1",
    mentee: { ...countyStaff("Kiambu", PSM, "Kiambu County Public Service Management Department"), needs: ["training-development", "performance-management"], availability: "Weekday afternoons", gender: "f", name: "Wanjiru Kamau", typedName: "=Wanjiru Kamau" },
    mentor: { organisation: "Mlima Tea Packers Ltd", sector: "Private", county: "Kiambu", skills: ["training-development", "performance-management", "employee-relations"], availability: "anyWeekday", gender: "m" },
    matchReasons: "Training and development",
  },
  {
    pairId: "P1-18", phase: "Phase 1",
    mentee: { ...countyStaff("Kiambu", CPSB, "Kiambu County Public Service Board offices"), needs: ["recruitment", "strategic-planning"], availability: "Fri", gender: "m" },
    mentor: { organisation: "Baraka Mission Hospital", sector: "Faith-based", county: "Kiambu", skills: ["recruitment", "strategic-planning"], availability: "fridays", gender: "f", capacity: 2 },
    matchReasons: "Recruitment and board strategy",
  },
  // ---- Phase 2 ----
  {
    pairId: "P2-01", phase: "Phase 2",
    mentee: { ...countyStaff("Mombasa", HRH, "Mombasa County Department of Health"), needs: ["strategic-planning", "employee-relations"], availability: "Tue; Thu", gender: "m" },
    mentor: { organisation: "Pwani Cement Works Ltd", sector: "Private", county: "Mombasa", skills: ["strategic-planning", "employee-relations", "hr-planning"], availability: "tueThu", gender: "m", capacity: 2 },
    matchReasons: "HRH strategic plan to address industrial unrest at the coast",
    goals: [
      { goal: "Develop an HRH strategic plan with the county's stakeholders", focusArea: "strategic-planning", status: "in progress" },
      { goal: "Map the causes of recurring industrial unrest among health workers", focusArea: "employee-relations", status: "in progress" },
    ],
  },
  {
    pairId: "P2-02", phase: "Phase 2",
    mentee: { ...countyStaff("Mombasa", PSM, "Mombasa County Public Service Management Department"), needs: ["performance-management", "disciplinary"], availability: "Mon; Fri", gender: "f" },
    mentor: { organisation: "Al-Amin Charitable Hospital", sector: "Faith-based", county: "Mombasa", skills: ["performance-management", "disciplinary"], availability: "monWedFri", gender: "m" },
    matchReasons: "Appraisal and discipline",
  },
  {
    pairId: "P2-03", phase: "Phase 2",
    mentee: { ...countyStaff("Mombasa", CPSB, "Mombasa County Public Service Board offices"), needs: ["recruitment", "job-descriptions"], availability: "Weekday mornings", gender: "f" },
    mentor: { organisation: "Bahari Freight Services Ltd", sector: "Private", county: "Mombasa", skills: ["recruitment", "job-descriptions", "retention-exit"], availability: "weekdayMornings", gender: "f" },
    matchReasons: "Recruitment and job descriptions",
  },
  {
    pairId: "P2-04", phase: "Phase 2",
    mentee: { ...countyStaff("Kilifi", HRH, "Kilifi County Department of Health"), needs: ["hr-planning", "hr-information-systems"], availability: "Thu afternoons", gender: "m" },
    mentor: { organisation: "Rehema Mission Hospital", sector: "Faith-based", county: "Kilifi", skills: ["hr-planning", "hr-information-systems", "training-development"], availability: "weekdayAfternoons", gender: "f" },
    matchReasons: "Staff biodata and HR planning",
    goals: [
      { goal: "Compile staff biodata to analyse skills and staffing gaps", focusArea: "hr-planning", status: "in progress" },
      { goal: "Bring the health department's records into iHRIS", focusArea: "hr-information-systems", status: "not started" },
    ],
  },
  {
    pairId: "P2-05", phase: "Phase 2",
    mentee: { ...countyStaff("Kilifi", PSM, "Kilifi County Public Service Management Department"), needs: ["disciplinary", "employee-relations"], availability: "Tue", gender: "f" },
    mentor: { organisation: "Pwani Salt Works Ltd", sector: "Private", county: "Kilifi", skills: ["disciplinary", "employee-relations"], availability: "tueThu", gender: "m" },
    matchReasons: "Disciplinary procedures and labour laws",
  },
  {
    pairId: "P2-06", phase: "Phase 2",
    mentee: { ...countyStaff("Kwale", HRH, "Kwale County Referral Hospital"), needs: ["performance-management", "training-development"], availability: "Tue; Thu", gender: "f" },
    mentor: { organisation: "Shimba Hills Water Services Co.", sector: "Public", county: "Kwale", skills: ["performance-management", "training-development"], availability: "tueThu", gender: "m" },
    matchReasons: "Appraisal and training",
    remarks: "Acceptance letters signed late (mentee away at the matching workshop).",
  },
  {
    pairId: "P2-07", phase: "Phase 2",
    mentee: { ...countyStaff("Taita Taveta", HRH, "Taita Taveta County Department of Health"), needs: ["retention-exit", "hr-planning"], availability: "Wed", gender: "m" },
    mentor: { organisation: "Voi Gemstone Exporters Ltd", sector: "Private", county: "Taita Taveta", skills: ["retention-exit", "hr-planning", "recruitment"], availability: "monWedFri", gender: "f" },
    matchReasons: "Retention of staff in hardship areas",
  },
  {
    pairId: "P2-08", phase: "Phase 2",
    mentee: { ...countyStaff("Taita Taveta", CPSB, "Taita Taveta County Public Service Board offices"), needs: ["job-descriptions", "recruitment"], availability: "Fri afternoons", gender: "f" },
    mentor: { organisation: "Mwangaza Mission Hospital", sector: "Faith-based", county: "Taita Taveta", skills: ["job-descriptions", "recruitment"], availability: "fridays", gender: "m" },
    matchReasons: "Job descriptions for board recruitment",
    planSubmitted: false,
    remarks: "Plan still with the mentee.",
  },
  {
    pairId: "P2-09", phase: "Phase 2",
    mentee: { ...countyStaff("Murang'a", HRH, "Murang'a County Referral Hospital"), needs: ["performance-management", "hr-information-systems"], availability: "Wed afternoons", gender: "f" },
    mentor: { organisation: "Gatura Coffee Millers Ltd", sector: "Private", county: "Murang'a", skills: ["performance-management", "hr-information-systems"], availability: "wedAfternoons", gender: "m" },
    matchReasons: "Appraisal and HR records",
  },
  {
    pairId: "P2-10", phase: "Phase 2",
    mentee: { ...countyStaff("Murang'a", PSM, "Murang'a County Public Service Management Department"), needs: ["employee-relations", "disciplinary"], availability: "Mon; Tue", gender: "m" },
    mentor: { organisation: "Central Region Blood Transfusion Centre", sector: "Public", county: "Murang'a", skills: ["employee-relations", "disciplinary", "job-descriptions"], availability: "anyWeekday", gender: "f" },
    matchReasons: "Labour relations",
    remarks: "Mentee stopped attending after week 2 - get the disengagement papers.",
  },
  {
    pairId: "P2-11", phase: "Phase 2",
    mentee: { ...countyStaff("Nakuru", HRH, "Nakuru County Department of Health"), needs: ["training-development", "strategic-planning"], availability: "Mon mornings", gender: "f" },
    mentor: { organisation: "Savanna Dairies Ltd", sector: "Private", county: "Nakuru", skills: ["training-development", "strategic-planning"], availability: "monThuMornings", gender: "m" },
    matchReasons: "Training plan linked to the county strategy",
  },
];

/** Phase 2 mentees who joined after the matching workshop: nobody has paired them yet. */
export const UNPAIRED_MENTEES: readonly MenteeCast[] = [
  {
    ...countyStaff("Nakuru", CPSB, "Nakuru County Public Service Board offices"), needs: ["recruitment", "job-descriptions"], availability: "Tue; Thu", gender: "m",
    remarks: "Joined after the matching workshop - to be paired.",
  },
  {
    ...countyStaff("Machakos", HRH, "Machakos County Department of Health"), needs: ["hr-planning", "retention-exit"], availability: "Weekday mornings", gender: "f",
    releaseApproved: false, remarks: "Awaiting release letter from the Chief Officer for Health.",
  },
  {
    ...countyStaff("Kwale", PSM, "Kwale County Public Service Management Department"), needs: ["disciplinary", "performance-management"], availability: "Mon; Wed; Fri", gender: "m",
    trainingCompleted: false, remarks: "Missed the five-day training (on leave); to attend the next one.",
  },
];

/** Phase 2 mentors who attended sensitisation but were not matched at the workshop. */
export const UNMATCHED_MENTORS: readonly MentorCast[] = [
  { organisation: "Amani Mission Hospital", sector: "Faith-based", county: "Nakuru", skills: ["recruitment", "job-descriptions", "disciplinary"], availability: "tueThu", gender: "f", capacity: 2 },
  {
    organisation: "Ukambani Fruit Processors Ltd", sector: "Private", county: "Machakos", skills: ["hr-planning", "retention-exit", "hr-information-systems"], availability: "weekdayMornings", gender: "m",
    years: 4, remarks: "Recently qualified; IHRM to confirm eligibility.",
  },
  {
    organisation: "Coast Fisheries Development Authority", sector: "Public", county: "Mombasa", skills: ["performance-management", "disciplinary", "employee-relations"], availability: "monWedFri", gender: "m",
    sensitisationAttended: null, remarks: "Nominated late by IHRM.",
  },
];

/**
 * What happened to particular pairs: the events behind the rule defects the validator must
 * find. Each one is a realistic slip, not a random corruption.
 */
export const EVENTS = {
  /** Done by the book: date, reason and all three notifications. */
  properDisengagement: {
    pairId: "P1-07", date: "2016-08-29", reason: "Mentor transferred to another station by the employer",
    /** ...yet a week-5 log was still submitted for the pair after the disengagement. */
    sessionAfter: { week: 5, date: "2016-09-01" },
  },
  /** Done badly: no date, the IHRM secretariat not told, the mentor not told. */
  incompleteDisengagement: { pairId: "P2-10", reason: "Mentee stopped attending; posted to a sub-county hospital", lastWeek: 2 },
  /** Letters signed on the 10th, but the first session was logged on the 7th. */
  lateAcceptance: { pairId: "P2-06", signed: "2017-02-10", week: 1, sessionDate: "2017-02-07" },
  wrongVenue: { pairId: "P1-03", week: 4, venue: "Mentor's office, Ziwa Commercial Bank, Kisumu" },
  /** Phase 2 is 2 hours; this log kept phase 1's 1 hour. */
  wrongHours: { pairId: "P2-04", week: 3, hours: 1 },
  /** New-year slip: 2016 typed for 2017 in a real date cell. */
  yearTypo: { pairId: "P2-02", week: 1, typed: "2016-02-08", meant: "2017-02-08" },
  missedWeeks: [
    { pairId: "P1-05", week: 3, reason: "Not held - mentee attending county budget hearings." },
    { pairId: "P1-15", week: 5, reason: "Not held - mentor bereaved." },
    { pairId: "P2-11", week: 2, reason: "Not held - health workers' strike meetings." },
  ],
  /** A week with no log at all: the validator must notice the gap. */
  missingLogs: [{ pairId: "P1-13", week: 6 }],
} as const;
