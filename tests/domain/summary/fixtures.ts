import type { CountyName, FocusAreaId } from "../../../src/domain/reference";
import {
  REGISTERS,
  cellRef,
  type Evaluation,
  type Goal,
  type GridValue,
  type Mentee,
  type Mentor,
  type Pair,
  type Phase,
  type RegisterData,
  type RegisterKind,
  type RegisterRow,
  type Registers,
  type Session,
} from "../../../src/domain/registers";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/domain/settings";
import { computeProgrammeMetrics, type PhaseMetrics, type ProgrammeMetrics, type SummaryStamp } from "../../../src/domain/summary";

/*
 * Registers as the reader would hand them over, built by hand so the summary's tests do not
 * depend on the reader. Every row keeps `raw` (the typed text) too: confidentiality tests
 * check that the summary never reads raw text either.
 */

type RowInput<T> = Partial<T> & { extra?: Record<string, GridValue> };

function rawOf(value: unknown): GridValue | undefined {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.join("; ");
  return undefined;
}

export function registerData<T extends object>(kind: RegisterKind, inputs: Array<RowInput<T>>): RegisterData<T> {
  const sheet = REGISTERS[kind].sheetName;
  const keys = [...new Set(inputs.flatMap((input) => Object.keys(input).filter((k) => k !== "extra")))];
  const rows: RegisterRow<T>[] = inputs.map((input, i) => {
    const rowNumber = i + 2;
    const { extra, ...values } = input;
    const raw: Record<string, GridValue> = {};
    const cells: Record<string, ReturnType<typeof cellRef>> = {};
    for (const [key, value] of Object.entries(values)) {
      const typed = rawOf(value);
      if (typed !== undefined) raw[key] = typed;
      cells[key] = cellRef(sheet, rowNumber, keys.indexOf(key) + 1);
    }
    return {
      values: values as Partial<T>,
      raw: raw as RegisterRow<T>["raw"],
      cells: cells as RegisterRow<T>["cells"],
      source: { sheet, row: rowNumber },
      changes: [],
      problems: [],
      extra: extra ?? {},
    };
  });
  return {
    kind,
    sheet,
    headerRow: 1,
    columns: keys.map((key, i) => ({ column: i + 1, header: key, field: key, confidence: 1 })),
    rows,
  };
}

export interface RegisterInputs {
  phases?: Array<RowInput<Phase>>;
  mentors?: Array<RowInput<Mentor>>;
  mentees?: Array<RowInput<Mentee>>;
  pairs?: Array<RowInput<Pair>>;
  sessions?: Array<RowInput<Session>>;
  goals?: Array<RowInput<Goal>>;
  evaluations?: Array<RowInput<Evaluation>>;
  settings?: Partial<Settings>;
}

export function buildRegisters(inputs: RegisterInputs): Registers {
  const registers: Registers = { settings: { ...DEFAULT_SETTINGS, ...inputs.settings } };
  if (inputs.phases) registers.phases = registerData<Phase>("phases", inputs.phases);
  if (inputs.mentors) registers.mentors = registerData<Mentor>("mentors", inputs.mentors);
  if (inputs.mentees) registers.mentees = registerData<Mentee>("mentees", inputs.mentees);
  if (inputs.pairs) registers.pairs = registerData<Pair>("pairs", inputs.pairs);
  if (inputs.sessions) registers.sessions = registerData<Session>("sessions", inputs.sessions);
  if (inputs.goals) registers.goals = registerData<Goal>("goals", inputs.goals);
  if (inputs.evaluations) registers.evaluations = registerData<Evaluation>("evaluations", inputs.evaluations);
  return registers;
}

type PairRef = Pick<Session, "pairId" | "mentorId" | "mentorName" | "menteeId" | "menteeName">;

/** One held session row per week, each lasting `hours` (undefined: hours left blank). */
export function weeklySessions(ref: PairRef, weeks: number[], hours: number | undefined, more: Partial<Session> = {}): Array<RowInput<Session>> {
  return weeks.map((week) => ({ ...ref, week, held: true, ...(hours === undefined ? {} : { hours }), ...more }));
}

export const SECRET = "SECRET-journal-7f3a";

/**
 * The small programme every metric is hand-computed from (see summary figures in
 * phase-metrics.test.ts). Phase 1 (7 weeks, 1 h sessions) has six pairs:
 *  01 Achieng-Faith   completed, signed, weeks 1-7 held; week 3 hours blank; week 5 logged twice (1 h, 1.5 h)
 *  02 Brian-George    completed, signed, weeks 1-6 held (week 4 by date only), week 7 logged not held
 *  03 Carol-Hellen    active, signed, weeks 1-5 held
 *  04 David-Isaac     disengaged, signed, weeks 1-3 held
 *  05 Esther-Joy      proposed, no sessions
 *  06 Francis-Kevin   completed, acceptance not signed, 7 sessions of 2 h, named by loose names only
 * Grace is a phase 1 mentor without a pair. Phase 2 (2 h, weeks left to Settings) has one pair:
 * Achieng (again) with Lucy, 7 sessions with hours blank.
 */
export function smallProgramme(settings: Partial<Settings> = {}): Registers {
  const p1 = "Phase 1";
  const mentors: Array<RowInput<Mentor>> = [
    { mentorId: "MR-01", fullName: "Achieng Otieno", county: "Kisumu", skills: ["performance-management", "employee-relations"], phase: p1, remarks: `remark ${SECRET}` },
    { mentorId: "MR-02", fullName: "Brian Kiprop", county: "Nakuru", skills: ["recruitment"], phase: p1 },
    { mentorId: "MR-03", fullName: "Carol Wanjiku", county: "Nairobi", phase: p1 },
    { mentorId: "MR-04", fullName: "David Mwangi", county: "Kiambu", phase: p1 },
    { mentorId: "MR-05", fullName: "Esther Njeri", county: "Nyeri", phase: p1 },
    { mentorId: "MR-06", fullName: "Francis Ouma", county: "Kisumu", phase: p1 },
    { mentorId: "MR-07", fullName: "Grace Chebet", county: "Kericho", phase: "phase 1" },
    // The same mentor entered again with other spacing and case: one person.
    { fullName: "achieng  OTIENO", phase: p1 },
  ];
  const mentees: Array<RowInput<Mentee>> = [
    { menteeId: "ME-01", fullName: "Faith Akinyi", county: "Kisumu", needs: ["performance-management", "hr-planning"], phase: p1 },
    { menteeId: "ME-02", fullName: "George Odhiambo", county: "Siaya", needs: ["employee-relations"], phase: p1 },
    { menteeId: "ME-03", fullName: "Hellen Atieno", county: "Homa Bay", needs: ["disciplinary", "job-descriptions"], phase: p1 },
    { menteeId: "ME-04", fullName: "Isaac Were", county: "Kisumu", phase: p1 },
    { menteeId: "ME-05", fullName: "Joy Adhiambo", county: "Siaya", phase: p1 },
    { menteeId: "ME-06", fullName: "Kevin Omondi", county: "Migori", phase: p1 },
    { menteeId: "ME-07", fullName: "Lucy Mwende", county: "Mombasa", phase: "Phase 2" },
  ];
  const signed = "2017-02-01";
  const pairs: Array<RowInput<Pair>> = [
    { pairId: "P1-01", mentorId: "MR-01", menteeId: "ME-01", phase: p1, status: "completed", acceptanceSigned: signed },
    { pairId: "P1-02", mentorName: "Brian Kiprop", menteeName: "George Odhiambo", phase: p1, status: "completed", acceptanceSigned: signed },
    { pairId: "P1-03", mentorId: "MR-03", menteeId: "ME-03", phase: p1, status: "active", acceptanceSigned: signed },
    {
      pairId: "P1-04", mentorId: "MR-04", menteeId: "ME-04", phase: p1, status: "disengaged", acceptanceSigned: signed,
      disengagedOn: "2017-03-01", disengagementReason: "Transferred to another county", notifiedFocalPerson: true, notifiedIhrm: false,
    },
    { pairId: "P1-05", mentorId: "MR-05", menteeId: "ME-05", phase: p1, status: "proposed", matchReasons: `why ${SECRET}` },
    { pairId: "P1-06", mentorId: "MR-06", menteeId: "ME-06", phase: p1, status: "completed" },
    { pairId: "P2-01", mentorId: "MR-01", menteeId: "ME-07", phase: "Phase 2", status: "completed", acceptanceSigned: "2017-06-01" },
  ];
  const note = { notes: `notes ${SECRET}`, extra: { "Journal entry": `journal ${SECRET}` } };
  const sessions: Array<RowInput<Session>> = [
    // Pair 01: weeks 1, 2, 4, 6, 7 at 1 h; week 3 hours blank; week 5 twice (1 h and 1.5 h).
    { pairId: "P1-01", week: 1, held: true, hours: 1, topics: ["performance-management"], ...note },
    ...weeklySessions({ pairId: "P1-01" }, [2, 4, 6, 7], 1),
    { pairId: "P1-01", week: 3, held: true, date: "2017-02-20" },
    { pairId: "P1-01", week: 5, held: true, hours: 1, topics: ["hr-planning"] },
    { pairId: "P1-01", week: 5, held: true, hours: 1.5, topics: ["performance-management"], ...note },
    // Pair 02 by mentor and mentee ids in other case and spacing; week 4 known by its date only.
    ...weeklySessions({ mentorId: "mr-02", menteeId: "me 02" }, [1, 2, 3, 5, 6], 1),
    { mentorId: "MR02", menteeId: "ME02", held: true, hours: 1, date: "2017-02-27" },
    { pairId: "P1-02", week: 7, held: false, ...note },
    // Pair 03: five weeks; 04: three weeks before disengaging.
    ...weeklySessions({ pairId: "P1-03" }, [1, 2, 3, 4, 5], 1),
    ...weeklySessions({ pairId: "P1-04" }, [1, 2, 3], 1),
    // Pair 06 named only by loose names.
    ...weeklySessions({ mentorName: "francis ouma", menteeName: "KEVIN  omondi" }, [1, 2, 3, 4, 5, 6, 7], 2),
    // A session that matches no pair.
    { mentorName: "Nobody Known", menteeName: "Somebody Else", phase: p1, week: 1, held: true, hours: 1, ...note },
    // Phase 2: seven sessions, hours left blank (2 h policy assumed).
    ...weeklySessions({ pairId: "P2-01" }, [1, 2, 3, 4, 5, 6, 7], undefined),
  ];
  const goals: Array<RowInput<Goal>> = [
    { pairId: "P1-01", goal: `Adapt appraisal forms ${SECRET}`, focusArea: "performance-management", status: "achieved" },
    { pairId: "P1-01", goal: "Draft an HR plan", focusArea: "hr-planning", status: "in progress" },
    { pairId: "P1-02", goal: "Revive the disciplinary committee", focusArea: "employee-relations", status: "achieved" },
    { mentorId: "mr-03", menteeId: "ME-03", goal: "Write job descriptions", status: "not started", remarks: SECRET },
    { pairId: "P1-04", goal: "Handle grievances", focusArea: "disciplinary", status: "dropped" },
    { pairId: "P9-99", goal: "A goal of no known pair", focusArea: "recruitment", status: "achieved" },
  ];
  const evaluations: Array<RowInput<Evaluation>> = [
    { pairId: "P1-01", respondent: "mentor", goalProgress: 4, relationship: 5, sessionQuality: 4, overall: 5, comments: `comment ${SECRET}` },
    { pairId: "P1-01", respondent: "mentee", goalProgress: 5, relationship: 5, sessionQuality: 5, overall: 5, comments: SECRET },
    { mentorName: "Brian Kiprop", menteeName: "George Odhiambo", respondent: "mentee", goalProgress: 3, relationship: 4, overall: 4 },
    { pairId: "P1-06", goalProgress: 2, relationship: 3, sessionQuality: 3, overall: 3, comments: `c ${SECRET}`, extra: { Journal: SECRET } },
  ];
  return buildRegisters({
    phases: [
      { phase: p1, counties: ["Kisumu", "Siaya", "Homa Bay"], startDate: "2017-02-06", weeks: 7, sessionHours: 1, remarks: SECRET },
      { phase: "Phase 2", counties: ["Mombasa", "Kilifi"], startDate: "2017-06-05", sessionHours: 2 },
    ],
    mentors,
    mentees,
    pairs,
    sessions,
    goals,
    evaluations,
    settings,
  });
}

export const CASE_STUDY_PHASE_1_COUNTIES: CountyName[] = [
  "Kisumu", "Homa Bay", "Siaya", "Migori", "Kisii", "Nyamira", "Kakamega", "Vihiga", "Busia", "Bungoma",
];
export const CASE_STUDY_PHASE_2_COUNTIES: CountyName[] = ["Mombasa", "Kilifi", "Kwale", "Taita Taveta", "Lamu", "Tana River", "Nairobi"];

const FOCUS: FocusAreaId[] = ["performance-management", "employee-relations", "hr-planning", "training-development"];

/**
 * The case study's programme: 32 mentors and 32 mentees in two phases of 7 weekly sessions,
 * phase 1 over 10 counties with 1-hour sessions, phase 2 over 7 with 2-hour sessions. The
 * seed does not say how the 32 pairs split: here 18 in phase 1 (two mentees in each of the
 * first eight counties, one in the last two) and 14 in phase 2 (two per county). Every pair
 * signed and completed with all seven sessions, except one phase 2 pair that disengaged
 * after week 3.
 */
export function caseStudyRegisters(): Registers {
  const mentors: Array<RowInput<Mentor>> = [];
  const mentees: Array<RowInput<Mentee>> = [];
  const pairs: Array<RowInput<Pair>> = [];
  const sessions: Array<RowInput<Session>> = [];
  const add = (phase: string, n: number, county: CountyName, hours: number, disengageAfter?: number) => {
    const tag = `${phase === "Phase 1" ? "P1" : "P2"}-${String(n).padStart(2, "0")}`;
    const focus = FOCUS[n % FOCUS.length] ?? "performance-management";
    mentors.push({ mentorId: `MR-${tag}`, fullName: `Mentor ${tag}`, county: "Nairobi", skills: [focus], phase });
    mentees.push({ menteeId: `ME-${tag}`, fullName: `Mentee ${tag}`, county, needs: [focus], phase });
    const disengaged = disengageAfter !== undefined;
    pairs.push({
      pairId: tag, mentorId: `MR-${tag}`, menteeId: `ME-${tag}`, phase, status: disengaged ? "disengaged" : "completed", acceptanceSigned: "2017-02-01",
      ...(disengaged ? { disengagementReason: "Mentee transferred", disengagedOn: "2017-07-01" } : {}),
    });
    const weeks = [1, 2, 3, 4, 5, 6, 7].filter((w) => disengageAfter === undefined || w <= disengageAfter);
    sessions.push(...weeklySessions({ pairId: tag }, weeks, hours, { topics: [focus] }));
  };
  let n = 0;
  CASE_STUDY_PHASE_1_COUNTIES.forEach((county, i) => {
    const count = i < 8 ? 2 : 1;
    for (let k = 0; k < count; k += 1) add("Phase 1", ++n, county, 1);
  });
  n = 0;
  CASE_STUDY_PHASE_2_COUNTIES.forEach((county) => {
    for (let k = 0; k < 2; k += 1) {
      n += 1;
      add("Phase 2", n, county, 2, n === 14 ? 3 : undefined);
    }
  });
  return buildRegisters({
    phases: [
      { phase: "Phase 1", counties: CASE_STUDY_PHASE_1_COUNTIES, startDate: "2017-02-06", weeks: 7, sessionHours: 1 },
      { phase: "Phase 2", counties: CASE_STUDY_PHASE_2_COUNTIES, startDate: "2017-06-05", weeks: 7, sessionHours: 2 },
    ],
    mentors,
    mentees,
    pairs,
    sessions,
  });
}

/** The small programme's metrics, its phase 1 and a stamp for its sheets: what the sheet tests lay out. */
export function smallProgrammeSheets(): { programme: ProgrammeMetrics; phase1: PhaseMetrics; stamp: SummaryStamp } {
  const programme = computeProgrammeMetrics(smallProgramme());
  const phase1 = programme.phases[0];
  if (!phase1) throw new Error("fixture has a phase 1");
  return { programme, phase1, stamp: { generatedAt: "2025-03-01T10:30:00+03:00", sourceRows: phase1.sources, includedErrors: false } };
}

/** A phase whose one pair disengaged for a reason too long for its column: a row made tall. */
export function disengagedForALongReason(): PhaseMetrics {
  const registers = buildRegisters({
    phases: [{ phase: "Phase 1", counties: ["Kisumu"] }],
    mentors: [{ fullName: "Achieng Otieno", phase: "Phase 1" }],
    mentees: [{ fullName: "John Odhiambo", county: "Kisumu", phase: "Phase 1" }],
    pairs: [{ mentorName: "Achieng Otieno", menteeName: "John Odhiambo", status: "disengaged", disengagementReason: LONG_REASON }],
  });
  const phase = computeProgrammeMetrics(registers).phases[0];
  if (!phase) throw new Error("fixture has a phase 1");
  return phase;
}

export const LONG_REASON = "Mentee transferred to another county station by the employer after the first three sessions";
