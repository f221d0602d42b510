import type { CountyName, FocusAreaId, PairStatus, Respondent } from "../reference";
import type { EvaluationQuestion, RegisterKind } from "../registers";

/*
 * What the phase summary reports, as plain numbers and names. These types are the
 * confidentiality boundary: none of them has a field that could carry session notes,
 * evaluation comments, journals, remarks or goal wording. The only user text that reaches
 * a summary is what identifies (people's names and ids, phase and county names) and the
 * disengagement reason the programme is asked to report. Adding a free-text field here is a
 * decision to publish it; the confidentiality tests plant secrets in every confidential
 * field of the catalogue and look for them in every output.
 *
 * Ratios are 0..1 (never percentages) and null when the denominator is zero, so that an
 * empty phase shows a gap rather than a misleading 0 %.
 */

/** Consecutive rows of a sheet, numbered as the sheet numbers them (1-based, inclusive). */
export interface RowRange {
  first: number;
  last: number;
}

/**
 * Which rows of one register sheet a summary was computed from (the "generated from" stamp).
 * A register read from several sheets has one entry per sheet.
 */
export interface SourceRows {
  register: RegisterKind;
  sheet: string;
  /** Rows of this sheet that contributed to this summary. */
  rows: number;
  /** Register rows read from this sheet (rows of other phases, unmatched rows included). */
  totalRows: number;
  /** The rows used, as the sheet's own row numbers in runs: 2–58, 61, 63–90. */
  ranges: RowRange[];
}

/** A person as the summary names them: the register's spelling when the person is registered. */
export interface PersonName {
  name: string;
  /** The register's id (mentor code, staff number) when known. */
  id: string | null;
  /** False when only a pair or session names this person: they are missing from the register. */
  registered: boolean;
}

export interface PairsByStatus {
  total: number;
  proposed: number;
  active: number;
  completed: number;
  disengaged: number;
  /** Status left blank in the Pairs register. */
  unknown: number;
  /**
   * Pairs that started: status active, completed or disengaged, or any pair with a held
   * session logged (the log proves it started even if the status was not updated).
   * Only these are planned for sessions.
   */
  started: number;
}

export interface DisengagementReasonCount {
  /** The reason as first spelt (grouped ignoring case and spacing); null when not recorded. */
  reason: string | null;
  pairs: number;
}

export interface DisengagedPair {
  mentor: string;
  mentee: string;
  county: CountyName | null;
  /** ISO date, when recorded. */
  date: string | null;
  reason: string | null;
  notified: { focalPerson: boolean | null; ihrm: boolean | null; otherParty: boolean | null };
  sessionsHeld: number;
}

export interface PairSummary {
  pairId: string | null;
  mentor: string;
  mentee: string;
  county: CountyName | null;
  status: PairStatus | null;
  started: boolean;
  acceptanceSigned: boolean;
  sessionsHeld: number;
  /** weeks - sessionsHeld for a started pair, 0 for one that never started. */
  missedWeeks: number;
  /** Week numbers with no held session logged (a started pair only). */
  weeksNotHeld: number[];
  hours: number;
}

export interface SessionFigures {
  /** Started pairs x weeks. Proposed pairs without a held session are not planned. */
  planned: number;
  /** Distinct (pair, week) with a held session, plus held sessions without a usable week, capped at weeks per pair. */
  held: number;
  /** held / planned. */
  attendanceRate: number | null;
  /** Session rows marked not held, or with Held blank and neither a date nor hours: missed weeks. */
  loggedNotHeld: number;
  /** Extra rows for a (pair, week) already held: counted once. */
  duplicateWeekLogs: number;
  /** Held sessions counted without a week (no week and no date, or outside 1..weeks). */
  heldOutsideWeeks: number;
  /**
   * Held sessions beyond a pair's weeks: left out of `held` (attendance cannot pass 100 %),
   * but their hours still count, because the time was spent and earns CPD.
   */
  heldBeyondSchedule: number;
  /** Session rows naming this phase that match no pair. */
  unmatchedRows: number;
  /** Average missed weeks per started pair. */
  averageMissedWeeksPerPair: number | null;
}

export interface HoursFigures {
  /** Mentoring hours of counted held sessions: the CPD hours each side earns, counted once per pair. */
  total: number;
  /** Held sessions whose hours were blank and counted at the phase's session length. */
  sessionsWithAssumedHours: number;
  /** Hours that came from those assumed sessions (included in total). */
  assumedHours: number;
  /** Held sessions with hours logged. */
  sessionsWithLoggedHours: number;
  /** Average of logged hours only: assumed hours would pull it toward the policy. */
  averageLoggedSessionHours: number | null;
  /** averageLoggedSessionHours - the phase's session length. */
  differenceFromPolicy: number | null;
  /** total / started pairs. */
  perStartedPair: number | null;
}

export interface GoalFigures {
  set: number;
  achieved: number;
  inProgress: number;
  notStarted: number;
  dropped: number;
  statusUnknown: number;
  /** achieved / set. */
  achievementRate: number | null;
}

export interface ScoreAverage {
  /** Mean of the scores given (1..5), rounded to 2 decimals; null when none. */
  average: number | null;
  /** How many forms scored this question. */
  count: number;
}

export type QuestionAverages = Record<EvaluationQuestion, ScoreAverage>;

export interface EvaluationFigures {
  forms: number;
  byQuestion: QuestionAverages;
  byRespondent: Record<Respondent, { forms: number; byQuestion: QuestionAverages }>;
  /** Forms with the respondent left blank (in byQuestion, not in byRespondent). */
  respondentUnknown: number;
}

export interface CountyBreakdown {
  /** null: mentees whose county is not recorded. */
  county: CountyName | null;
  /** Listed for the phase in the Phases register. */
  listed: boolean;
  mentees: number;
  pairs: number;
  sessionsHeld: number;
  hours: number;
}

export interface FocusAreaBreakdown {
  /** null: goals with no focus area recorded (only goals can land here). */
  focusArea: FocusAreaId | null;
  label: string;
  /** Mentees in the phase who list this need. */
  menteeNeeds: number;
  /** ... of whom it is the first-ranked need. */
  menteeFirstNeeds: number;
  mentorSkills: number;
  goalsSet: number;
  goalsAchieved: number;
  /** Counted held sessions that covered this topic. */
  sessionTopics: number;
}

export interface WeekFigures {
  week: number;
  /** Started pairs with a held session this week. */
  held: number;
  /** Started pairs (each is planned a session every week). */
  planned: number;
  attendanceRate: number | null;
}

export type CertificateReasonCode =
  | "notPaired"
  | "notStarted"
  | "disengaged"
  | "tooFewSessions"
  | "acceptanceNotSigned";

export interface CertificateEntry extends PersonName {
  role: Respondent;
  county: CountyName | null;
  /** Pairs this person has in the phase. */
  pairs: number;
  /** Sessions held in the pair that decided the outcome (the qualifying one, or the closest). */
  sessionsHeld: number;
  /** Mentoring hours over all the person's pairs in the phase (CPD hours). */
  cpdHours: number;
  qualifies: boolean;
  /** Empty when qualifies; otherwise every rule the deciding pair fails. */
  reasons: CertificateReasonCode[];
}

export interface CertificateFigures {
  /** The rule applied, from Settings. */
  rule: { minSessions: number; weeks: number; requiresAcceptance: boolean };
  mentors: CertificateEntry[];
  mentees: CertificateEntry[];
  mentorsQualifying: number;
  menteesQualifying: number;
}

export interface PhaseMetrics {
  phase: string;
  /** False when the phase is named by other registers but has no Phases row. */
  inPhasesRegister: boolean;
  startDate: string | null;
  /**
   * The counties the phase covers: those the Phases register lists (register order), or,
   * when it lists none, the counties of the phase's mentees (alphabetical).
   */
  counties: CountyName[];
  /** Counties where the phase's mentees work that the phase does not list (a register error). */
  countiesOutsidePhase: CountyName[];
  countiesListed: CountyName[];
  /** Counties of the phase's mentees, alphabetical. */
  countiesReached: CountyName[];
  countiesListedNotReached: CountyName[];
  countiesReachedNotListed: CountyName[];
  weeks: number;
  /** The phase's session length policy in hours. */
  sessionHours: number;
  /** True when weeks / session hours came from Settings because the Phases row left them blank. */
  weeksFromSettings: boolean;
  sessionHoursFromSettings: boolean;
  mentors: number;
  mentees: number;
  pairs: PairsByStatus;
  /** started pairs' outcome rates. */
  completionRate: number | null;
  disengagementRate: number | null;
  disengagementReasons: DisengagementReasonCount[];
  disengagedPairs: DisengagedPair[];
  sessions: SessionFigures;
  hours: HoursFigures;
  goals: GoalFigures;
  evaluations: EvaluationFigures;
  byCounty: CountyBreakdown[];
  byFocusArea: FocusAreaBreakdown[];
  byWeek: WeekFigures[];
  pairList: PairSummary[];
  certificates: CertificateFigures;
  sources: SourceRows[];
}

/** One phase's figures in the side-by-side comparison: what the programme learned. */
export interface PhaseComparison {
  phase: string;
  counties: number;
  weeks: number;
  sessionHoursPolicy: number;
  averageLoggedSessionHours: number | null;
  mentors: number;
  mentees: number;
  pairs: number;
  startedPairs: number;
  sessionsPlanned: number;
  sessionsHeld: number;
  attendanceRate: number | null;
  completionRate: number | null;
  disengagementRate: number | null;
  hours: number;
  hoursPerPair: number | null;
  goalsSet: number;
  goalsAchieved: number;
  goalAchievementRate: number | null;
  evaluation: QuestionAverages;
  mentorCertificates: number;
  menteeCertificates: number;
}

export interface ProgrammeTotals {
  phases: number;
  /** Distinct counties covered over all phases. */
  counties: number;
  /** Distinct people over all phases: someone in two phases counts once. */
  mentors: number;
  mentees: number;
  pairs: number;
  startedPairs: number;
  sessionsPlanned: number;
  sessionsHeld: number;
  attendanceRate: number | null;
  hours: number;
  mentorCertificates: number;
  menteeCertificates: number;
}

export interface ProgrammeMetrics {
  phases: PhaseMetrics[];
  totals: ProgrammeTotals;
  comparison: PhaseComparison[];
  /** Rows no phase could claim: to be fixed in the registers (validation names them). */
  unassigned: {
    mentors: number;
    mentees: number;
    pairs: number;
    sessions: number;
    goals: number;
    evaluations: number;
  };
  sources: SourceRows[];
}
