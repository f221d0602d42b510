import { countyCode, FOCUS_AREAS, type FocusAreaId, type GoalStatus } from "../domain/reference";
import type { Evaluation, Goal, Mentee, Mentor, Pair, Phase, RegisterKind, Session } from "../domain/registers";
import { DEFAULT_SETTINGS } from "../domain/settings";
import {
  AS_OF, AVAILABILITY, EVENTS, PAIRS, PHASES, SEED, UNMATCHED_MENTORS, UNPAIRED_MENTEES,
  type MenteeCast, type MentorCast, type PairCast, type PhaseCast,
} from "./cast";
import { addDays, WEEKDAYS } from "./dates";
import { inventPerson, reservePerson, type InventedPerson } from "./names";
import { createRng, type Rng } from "./prng";
import type { DefectKind, Keyed, PhaseWindow } from "./types";

/**
 * Builds the clean records from the cast: people get invented names, phones, emails and
 * numbers from the seeded generator; sessions, goals and evaluations follow each pair's story.
 * Rule-breaking events are planted here, where the data is made, and listed as anomalies so
 * the sheet renderers can point at the cell each one landed in.
 */

/** A rule defect before it has a cell: which entity and field it sits in. */
export interface Anomaly {
  kind: DefectKind;
  register: RegisterKind;
  key: string;
  /** null when the defect is a row that is not there (a missing weekly log). */
  field: string | null;
  description: string;
}

/** Extra facts the renderers need that the registers do not hold. */
export interface PersonExtras {
  /** Which cast entry a person came from, to find story people by pair id. */
  pairId: string | null;
  person: InventedPerson;
  /** The mentor's availability as typed in the sheet. */
  availabilityText?: string;
}

export interface CleanData {
  asOf: string;
  phases: Array<Keyed<Phase>>;
  windows: PhaseWindow[];
  mentors: Array<Keyed<Mentor>>;
  mentees: Array<Keyed<Mentee>>;
  pairs: Array<Keyed<Pair>>;
  sessions: Array<Keyed<Session>>;
  goals: Array<Keyed<Goal>>;
  evaluations: Array<Keyed<Evaluation>>;
  anomalies: Anomaly[];
  extras: Map<string, PersonExtras>;
}

/** Drops keys whose value is undefined, so records hold only what the register would. */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

export function sessionKey(pairId: string, week: number): string {
  return `${pairId}/W${week}`;
}

function phaseCast(name: string): PhaseCast {
  const found = PHASES.find((p) => p.phase === name);
  if (!found) throw new Error(`Unknown phase ${name}`);
  return found;
}

export function phaseEndDate(phase: PhaseCast): string {
  return addDays(phase.startDate, phase.weeks * 7 - 1);
}

function emailLocal(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
}

class Registry {
  private readonly used = new Set<string>();
  /** Returns `make()` values until one is new: phones, emails and numbers must not repeat. */
  unique(make: (attempt: number) => string): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      const value = make(attempt);
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
    throw new Error("Could not find an unused value");
  }
}

/**
 * A mobile number in Kenya's +254 7XX form. The middle block is always 555, the film-fiction
 * convention, so the sample's numbers are visibly made up.
 */
function invent07Phone(rng: Rng, registry: Registry): string {
  return registry.unique(() => `+2547${rng.pick(["0", "1", "2", "9"])}${rng.int(0, 9)}555${String(rng.int(0, 999)).padStart(3, "0")}`);
}

const GOAL_TEMPLATES: Record<FocusAreaId, string> = {
  "performance-management": "Introduce quarterly appraisal reviews with signed work plans",
  "employee-relations": "Prepare a one-page guide on labour laws for supervisors",
  disciplinary: "Clear the backlog of pending disciplinary cases using the written procedure",
  "hr-planning": "Analyse staffing against the national norms and list priority gaps",
  "training-development": "Carry out a training needs assessment and draft an annual training plan",
  recruitment: "Write down the recruitment and selection procedure and a shortlisting checklist",
  "job-descriptions": "Review job descriptions for the main cadres and remove overlapping roles",
  "retention-exit": "Introduce exit interviews and report reasons for leaving each quarter",
  "hr-information-systems": "Update staff records in iHRIS and remove duplicate entries",
  "strategic-planning": "Draft the HR section of the county health strategic plan",
};

const CONFIDENTIAL_NOTES: readonly string[] = [
  "mentee described tension with a senior CHMT member over acting appointments",
  "discussed a pending disciplinary case (officer's name withheld); mentee unsure of the board's role",
  "mentee shared personal worries about the renewal of own contract",
  "reviewed a grievance from a clinical officer about a transfer; names not written here",
  "mentee reported pressure to hire a relative of a county official; talked through how to respond",
  "talked through the staff go-slow at the hospital and how the mentee handled the union meeting",
  "mentee frustrated that HR advice is ignored by the department; worked on a briefing note",
  "discussed a nurse's absenteeism case and the evidence the file needs",
];

const MENTOR_COMMENTS: Record<string, readonly string[]> = {
  "Phase 1": [
    "Mentee is committed and applies what we discuss. One hour was too short for practical work.",
    "Good progress on the plan; needs more support from county leadership.",
    "Sessions were useful but one hour a week is not enough to go deep.",
    "Mentee now leads the HR agenda in CHMT meetings.",
  ],
  "Phase 2": [
    "Two hours lets us work on real cases together.",
    "Good start; the plan is realistic.",
  ],
};

const MENTEE_COMMENTS: Record<string, readonly string[]> = {
  "Phase 1": [
    "I feel empowered now.",
    "My mentor linked me to other HR professionals in the county.",
    "The one-hour sessions were too short; we often ran over.",
    "I now understand the labour laws behind our disciplinary cases.",
  ],
  "Phase 2": [
    "The longer sessions help me practise with my mentor's support.",
    "Very practical; my mentor reviews my drafts.",
  ],
};

export function buildCleanData(): CleanData {
  const rng = createRng(SEED);
  const names = new Set<string>();
  const registry = new Registry();
  const anomalies: Anomaly[] = [];
  const extras = new Map<string, PersonExtras>();

  const phases: Array<Keyed<Phase>> = PHASES.map((p) => ({
    key: p.phase,
    phase: p.phase,
    counties: [...p.counties],
    startDate: p.startDate,
    weeks: p.weeks,
    sessionHours: p.sessionHours,
    endDate: phaseEndDate(p),
    remarks: p.remarks,
  }));
  const windows: PhaseWindow[] = PHASES.map((p) => ({ phase: p.phase, matchingWorkshop: p.matchingWorkshop, wrapUp: p.wrapUp }));

  // Story names first, so random draws can never take them.
  const reserved = new Map<MenteeCast, InventedPerson>();
  for (const pair of PAIRS) {
    if (pair.mentee.name) reserved.set(pair.mentee, reservePerson(pair.mentee.name, pair.mentee.gender, names));
  }

  const mentors: Array<Keyed<Mentor>> = [];
  const mentees: Array<Keyed<Mentee>> = [];

  const addMentor = (cast: MentorCast, phase: string, pairId: string | null): Keyed<Mentor> => {
    const id = `MR-${String(mentors.length + 1).padStart(2, "0")}`;
    const person = inventPerson(rng, cast.county, cast.gender, names);
    const years = cast.years ?? rng.int(6, 24);
    const local = (word: string) => (cast.capitalisedEmail ? word.replace(/^./, (c) => c.toUpperCase()) : word);
    const email = registry.unique((n) => `${local(emailLocal(person.firstName))}.${local(emailLocal(person.surname))}${n === 0 ? "" : n}@example.org`);
    const availability = AVAILABILITY[cast.availability];
    const mentor: Keyed<Mentor> = compact({
      key: id,
      mentorId: id,
      fullName: person.fullName,
      organisation: cast.organisation,
      sector: cast.sector,
      county: cast.county,
      email,
      phone: invent07Phone(rng, registry),
      // Fellows (F) have long service; members (M) the rest. The numbers are invented.
      ihrmNumber: registry.unique(() => `IHRM/${years >= 18 ? "F" : "M"}/${String(rng.int(1000, 9999)).padStart(5, "0")}`),
      yearsExperience: years,
      skills: [...cast.skills],
      capacity: cast.capacity ?? 1,
      availability: availability.text.split(/[;,]/).map((s) => s.trim()),
      sensitisationAttended: cast.sensitisationAttended === null ? undefined : (cast.sensitisationAttended ?? true),
      confidentialityAgreed: cast.confidentialityAgreed ?? true,
      phase,
      remarks: cast.remarks,
    });
    mentors.push(mentor);
    extras.set(id, { pairId, person, availabilityText: availability.text });
    if (cast.sensitisationAttended === null) {
      anomalies.push({ kind: "sensitisation-not-recorded", register: "mentors", key: id, field: "sensitisationAttended", description: `${person.fullName}: sensitisation attendance left blank; a mentor must attend the sensitisation workshop before pairing.` });
    }
    if (cast.confidentialityAgreed === false) {
      anomalies.push({ kind: "confidentiality-not-agreed", register: "mentors", key: id, field: "confidentialityAgreed", description: `${person.fullName} has not agreed to confidentiality but is paired and holding sessions.` });
    }
    if (years < DEFAULT_SETTINGS.minYearsExperience) {
      anomalies.push({ kind: "experience-below-minimum", register: "mentors", key: id, field: "yearsExperience", description: `${person.fullName} has ${years} years of HR experience, below the ${DEFAULT_SETTINGS.minYearsExperience} a mentor needs.` });
    }
    return mentor;
  };

  const addMentee = (cast: MenteeCast, phase: string, pairId: string | null): Keyed<Mentee> => {
    const person = reserved.get(cast) ?? inventPerson(rng, cast.county, cast.gender, names);
    // Personal numbers read county code / year employed / serial, as county payrolls print them.
    const id = registry.unique(() => `${String(countyCode(cast.county)).padStart(3, "0")}/${rng.int(2008, 2015)}/${String(rng.int(1, 9999)).padStart(4, "0")}`);
    const email = registry.unique((n) => `${emailLocal(person.firstName).slice(0, 1)}${emailLocal(person.surname)}${n === 0 ? "" : n}@example.co.ke`);
    const mentee: Keyed<Mentee> = compact({
      key: id,
      menteeId: id,
      fullName: cast.typedName ?? person.fullName,
      county: cast.county,
      role: cast.role,
      workplace: cast.workplace,
      organisation: cast.employer,
      email,
      phone: invent07Phone(rng, registry),
      phase,
      trainingCompleted: cast.trainingCompleted ?? true,
      needs: [...cast.needs],
      availability: cast.availability?.split("; "),
      releaseApproved: cast.releaseApproved ?? true,
      remarks: cast.remarks,
    });
    mentees.push(mentee);
    extras.set(id, { pairId, person });
    if (!phaseCast(phase).counties.includes(cast.county)) {
      anomalies.push({ kind: "county-outside-phase", register: "mentees", key: id, field: "county", description: `${person.fullName} works in ${cast.county}, which is not one of ${phase}'s counties.` });
    }
    if (cast.trainingCompleted === false) {
      anomalies.push({ kind: "training-not-completed", register: "mentees", key: id, field: "trainingCompleted", description: `${person.fullName} has not completed the five-day HR training.` });
    }
    if (cast.releaseApproved === false) {
      anomalies.push({ kind: "release-not-approved", register: "mentees", key: id, field: "releaseApproved", description: `${person.fullName}'s release by the employer is not approved yet.` });
    }
    return mentee;
  };

  const pairs: Array<Keyed<Pair>> = [];
  const sessions: Array<Keyed<Session>> = [];
  const goals: Array<Keyed<Goal>> = [];
  const evaluations: Array<Keyed<Evaluation>> = [];
  const castByPair = new Map<string, PairCast>();

  for (const cast of PAIRS) {
    castByPair.set(cast.pairId, cast);
    const mentor = addMentor(cast.mentor, cast.phase, cast.pairId);
    const mentee = addMentee(cast.mentee, cast.phase, cast.pairId);
    // The other sheets write the mentee's name as it should be, even where the list mistyped it.
    const menteeName = cast.mentee.name ?? mentee.fullName;
    const phase = phaseCast(cast.phase);
    const isProper = cast.pairId === EVENTS.properDisengagement.pairId;
    const isIncomplete = cast.pairId === EVENTS.incompleteDisengagement.pairId;
    const finished = phase.weeksLogged >= phase.weeks;
    const status = isProper || isIncomplete ? "disengaged" : finished ? "completed" : "active";
    const acceptanceSigned = cast.pairId === EVENTS.lateAcceptance.pairId
      ? EVENTS.lateAcceptance.signed
      : addDays(phase.matchingWorkshop, rng.int(0, 5));
    const pair: Keyed<Pair> = compact({
      key: cast.pairId,
      pairId: cast.pairId,
      mentorId: mentor.mentorId,
      mentorName: mentor.fullName,
      menteeId: mentee.menteeId,
      menteeName,
      phase: cast.phase,
      status,
      acceptanceSigned,
      planSubmitted: cast.planSubmitted ?? true,
      matchReasons: cast.matchReasons,
      disengagedOn: isProper ? EVENTS.properDisengagement.date : undefined,
      disengagementReason: isProper ? EVENTS.properDisengagement.reason : isIncomplete ? EVENTS.incompleteDisengagement.reason : undefined,
      notifiedFocalPerson: isProper || isIncomplete ? true : undefined,
      notifiedIhrm: isProper ? true : undefined,
      notifiedOtherParty: isProper ? true : isIncomplete ? false : undefined,
      remarks: cast.remarks,
    });
    pairs.push(pair);
    if (isIncomplete) {
      anomalies.push(
        { kind: "disengagement-incomplete", register: "pairs", key: cast.pairId, field: "disengagedOn", description: `Pair ${cast.pairId} is marked disengaged but has no disengagement date.` },
        { kind: "disengagement-incomplete", register: "pairs", key: cast.pairId, field: "notifiedIhrm", description: `Pair ${cast.pairId}: no record that the IHRM secretariat was notified of the disengagement.` },
        { kind: "disengagement-incomplete", register: "pairs", key: cast.pairId, field: "notifiedOtherParty", description: `Pair ${cast.pairId}: the mentor was not notified of the disengagement.` },
      );
    }

    const refs = { pairId: cast.pairId, mentorId: mentor.mentorId, mentorName: mentor.fullName, menteeId: mentee.menteeId, menteeName };
    const pairGoals = (cast.goals ?? cast.mentee.needs.slice(0, rng.int(1, cast.mentee.needs.length)).map((focusArea) => ({ goal: GOAL_TEMPLATES[focusArea], focusArea, status: undefined as GoalStatus | undefined })));
    const topicsPool = [...new Set(pairGoals.map((g) => g.focusArea))];

    // Sessions, week by week.
    const lastWeek = isProper ? EVENTS.properDisengagement.sessionAfter.week - 1 : isIncomplete ? EVENTS.incompleteDisengagement.lastWeek : phase.weeksLogged;
    const availableDays = AVAILABILITY[cast.mentor.availability].days;
    const pushSession = (week: number, date: string, held: boolean, extra: Partial<Session>): void => {
      const topics: FocusAreaId[] = week === phase.weeks ? topicsPool : [topicsPool[(week - 1) % topicsPool.length] as FocusAreaId];
      const note = `CONFIDENTIAL - ${rng.pick(CONFIDENTIAL_NOTES)} (log ${cast.pairId} wk ${week}).`;
      sessions.push(compact({
        key: sessionKey(cast.pairId, week),
        ...refs,
        phase: cast.phase,
        week,
        date,
        hours: held ? phase.sessionHours : 0,
        venue: held ? mentee.workplace : undefined,
        topics: held ? topics : undefined,
        held,
        notes: note,
        ...extra,
      }));
    };
    for (let week = 1; week <= lastWeek; week++) {
      const key = sessionKey(cast.pairId, week);
      const weekStart = addDays(phase.startDate, (week - 1) * 7);
      let date = addDays(weekStart, WEEKDAYS.indexOf(rng.pick(availableDays)));
      if (EVENTS.missingLogs.some((m) => m.pairId === cast.pairId && m.week === week)) {
        anomalies.push({ kind: "session-log-missing", register: "sessions", key, field: null, description: `Pair ${cast.pairId}: no session log for week ${week}.` });
        continue;
      }
      const missed = EVENTS.missedWeeks.find((m) => m.pairId === cast.pairId && m.week === week);
      if (missed) {
        pushSession(week, date, false, { notes: missed.reason });
        anomalies.push({ kind: "session-missed", register: "sessions", key, field: "held", description: `Pair ${cast.pairId}: week ${week} session not held.` });
        continue;
      }
      const extra: Partial<Session> = {};
      if (cast.pairId === EVENTS.wrongVenue.pairId && week === EVENTS.wrongVenue.week) {
        extra.venue = EVENTS.wrongVenue.venue;
        anomalies.push({ kind: "session-wrong-venue", register: "sessions", key, field: "venue", description: `Pair ${cast.pairId} week ${week} was held at the mentor's office, not at the mentee's workplace (${mentee.workplace}).` });
      }
      if (cast.pairId === EVENTS.wrongHours.pairId && week === EVENTS.wrongHours.week) {
        extra.hours = EVENTS.wrongHours.hours;
        anomalies.push({ kind: "session-hours-off-policy", register: "sessions", key, field: "hours", description: `Pair ${cast.pairId} week ${week} logged ${EVENTS.wrongHours.hours} hour; ${cast.phase} sessions are ${phase.sessionHours} hours.` });
      }
      if (cast.pairId === EVENTS.lateAcceptance.pairId && week === EVENTS.lateAcceptance.week) {
        date = EVENTS.lateAcceptance.sessionDate;
        anomalies.push({ kind: "session-before-acceptance", register: "sessions", key, field: "date", description: `Pair ${cast.pairId} held week ${week} on ${date}, before the acceptance letters were signed on ${acceptanceSigned}.` });
      }
      if (cast.pairId === EVENTS.yearTypo.pairId && week === EVENTS.yearTypo.week) {
        date = EVENTS.yearTypo.typed;
        anomalies.push({ kind: "date-outside-phase", register: "sessions", key, field: "date", description: `Pair ${cast.pairId} week ${week} is dated ${date}, a year before ${cast.phase} began (probably ${EVENTS.yearTypo.meant}); as typed, it also puts the first session before the acceptance letters.` });
      }
      pushSession(week, date, true, extra);
    }
    if (isProper) {
      const { week, date } = EVENTS.properDisengagement.sessionAfter;
      pushSession(week, date, true, {});
      anomalies.push({ kind: "session-after-disengagement", register: "sessions", key: sessionKey(cast.pairId, week), field: "date", description: `Pair ${cast.pairId} logged a session on ${date}, after disengaging on ${EVENTS.properDisengagement.date}.` });
    }

    // Goals of the mentorship plan (none when the plan is not in yet).
    if (pair.planSubmitted) {
      pairGoals.forEach((g, i) => {
        const defaultStatus: GoalStatus = isProper ? "dropped" : finished ? (rng.chance(0.75) ? "achieved" : "in progress") : rng.pick(["in progress", "in progress", "not started"] as const);
        const status = g.status ?? defaultStatus;
        goals.push(compact({
          key: `${cast.pairId}/G${i + 1}`,
          ...refs,
          goal: g.goal,
          focusArea: g.focusArea,
          targetDate: addDays(phaseEndDate(phase), -7 * rng.int(0, 2)),
          status,
          remarks: status === "achieved" ? rng.pick(["Done; copy filed with the HR office.", "Approved by the CHMT.", undefined]) : undefined,
        }));
      });
    }

    // Relationship evaluation forms: both sides at phase 1's wrap-up (two mentees never
    // returned theirs), mentees only at phase 2's mid-point.
    const form = (respondent: "mentor" | "mentee", date: string): void => {
      const comments = respondent === "mentor" ? MENTOR_COMMENTS[cast.phase] : MENTEE_COMMENTS[cast.phase];
      evaluations.push(compact({
        key: `${cast.pairId}/${respondent}`,
        ...refs,
        respondent,
        date,
        goalProgress: rng.int(3, 5),
        relationship: rng.int(3, 5),
        sessionQuality: rng.int(2, 5),
        overall: rng.int(3, 5),
        comments: comments ? rng.pick(comments) : undefined,
      }));
    };
    if (status === "completed") {
      form("mentor", phase.wrapUp);
      if (!["P1-13", "P1-15"].includes(cast.pairId)) form("mentee", phase.wrapUp);
    } else if (["P2-01", "P2-04", "P2-07"].includes(cast.pairId)) {
      form("mentee", addDays(phase.startDate, 25));
    }
  }

  for (const cast of UNMATCHED_MENTORS) addMentor(cast, "Phase 2", null);
  for (const cast of UNPAIRED_MENTEES) addMentee(cast, "Phase 2", null);

  // Keep the register order an office would: by phase, then as entered.
  const byPhase = <T extends { phase?: string }>(rows: T[]): T[] =>
    [...rows].sort((a, b) => (a.phase ?? "").localeCompare(b.phase ?? ""));

  return {
    asOf: AS_OF,
    phases,
    windows,
    mentors: byPhase(mentors),
    mentees: byPhase(mentees),
    pairs,
    sessions,
    goals,
    evaluations,
    anomalies,
    extras,
  };
}

/** Focus-area spellings as officers type them, taken from the reference words. */
export function focusAreaWording(id: FocusAreaId, variant: number): string {
  const area = FOCUS_AREAS.find((f) => f.id === id);
  if (!area) throw new Error(`Unknown focus area ${id}`);
  // Two-letter abbreviations (PM, ER) read as noise in a sample; keep full words.
  const words = area.words.filter((w) => w.length > 3);
  const word = words[variant % words.length] ?? area.label;
  return word.replace(/^./, (c) => c.toUpperCase()).replace(/\bihris\b/i, "iHRIS").replace(/\bhr\b/gi, "HR").replace(/\bhrh\b/gi, "HRH");
}
