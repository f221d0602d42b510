import type { PairStatus } from "../reference";
import type { EvaluationQuestion } from "../registers";
import { EVALUATION_QUESTIONS } from "../registers";
import {
  dateCell,
  hoursCell,
  numberCell,
  percentCell,
  safeSheetName,
  textCell,
  yesNoCell,
  type HeadlineItem,
  type SheetCell,
  type SheetDescription,
} from "./sheet-description";
import { stackSections, type Section } from "./sheet-layout";
import { sourcesSection, stampSection, type SummaryStamp } from "./stamp";
import type { CertificateEntry, CertificateReasonCode, PhaseMetrics } from "./types";

/*
 * The phase summary sheet: what programme staff report for one phase, headline figures
 * first, then the tables behind them, charts beside the tables they draw.
 */

export const QUESTION_LABELS: Readonly<Record<EvaluationQuestion, string>> = {
  goalProgress: "Progress against goals",
  relationship: "Relationship",
  sessionQuality: "Session quality",
  overall: "Overall",
};

const STATUS_LABELS: Readonly<Record<PairStatus, string>> = {
  proposed: "Proposed",
  active: "Active",
  completed: "Completed",
  disengaged: "Disengaged",
};

export function certificateReasonText(code: CertificateReasonCode, entry: Pick<CertificateEntry, "sessionsHeld">, minSessions: number): string {
  switch (code) {
    case "notPaired":
      return "Not paired in this phase";
    case "notStarted":
      return "Pair never started";
    case "disengaged":
      return "Pair disengaged";
    case "tooFewSessions":
      return `${entry.sessionsHeld} of the ${minSessions} sessions needed`;
    case "acceptanceNotSigned":
      return "Acceptance letter not signed";
  }
}

/**
 * Phase summaries are named "Summary - <phase>": the prefix is how readers recognise the
 * add-in's own sheets (src/operations/output-sheets.ts), so a summary is never read back as
 * a register, and the sheets sort together in the tab bar's "Activate" list.
 */
export const SUMMARY_SHEET_PREFIX = "Summary - ";

export function phaseSheetName(phase: string, suffix = ""): string {
  return safeSheetName(phase, suffix, SUMMARY_SHEET_PREFIX);
}

function outsideCountiesItems(m: PhaseMetrics): HeadlineItem[] {
  if (m.countiesOutsidePhase.length === 0) return [];
  return [{ label: "Counties outside the phase (where mentees work)", value: textCell(m.countiesOutsidePhase.join(", ")), emphasis: "warning" }];
}

function headlineSection(m: PhaseMetrics): Section {
  return {
    block: {
      kind: "headlines",
      id: "headlines",
      title: "Headline figures",
      items: [
        { label: "Counties covered", value: numberCell(m.counties.length) },
        ...outsideCountiesItems(m),
        { label: "Mentors", value: numberCell(m.mentors) },
        { label: "Mentees", value: numberCell(m.mentees) },
        { label: "Pairs", value: numberCell(m.pairs.total) },
        { label: "Pairs started", value: numberCell(m.pairs.started) },
        { label: "Weeks", value: numberCell(m.weeks) },
        { label: "Session length policy (hours)", value: hoursCell(m.sessionHours) },
        { label: "Sessions held", value: numberCell(m.sessions.held) },
        { label: "Sessions planned (started pairs x weeks)", value: numberCell(m.sessions.planned) },
        { label: "Attendance", value: percentCell(m.sessions.attendanceRate) },
        { label: "Mentoring hours (CPD, each side)", value: hoursCell(m.hours.total) },
        { label: "Sessions without hours, counted at policy length", value: numberCell(m.hours.sessionsWithAssumedHours) },
        { label: "Average logged session (hours)", value: hoursCell(m.hours.averageLoggedSessionHours) },
        { label: "Goals set", value: numberCell(m.goals.set) },
        { label: "Goals achieved", value: numberCell(m.goals.achieved) },
        { label: "Mentor certificates", value: numberCell(m.certificates.mentorsQualifying) },
        { label: "Mentee certificates", value: numberCell(m.certificates.menteesQualifying) },
      ],
    },
  };
}

function statusSection(m: PhaseMetrics): Section {
  const rows: SheetCell[][] = (Object.keys(STATUS_LABELS) as PairStatus[]).map((s) => [textCell(STATUS_LABELS[s]), numberCell(m.pairs[s])]);
  if (m.pairs.unknown > 0) rows.push([textCell("Status not recorded"), numberCell(m.pairs.unknown)]);
  return {
    block: { kind: "table", id: "pairsByStatus", title: "Pairs by status", header: ["Status", "Pairs"], rows, emptyText: "No pairs." },
    chart: { id: "pairsByStatusChart", type: "pie", title: "Pairs by status", categories: 0, series: [1] },
  };
}

function weekSection(m: PhaseMetrics): Section {
  return {
    block: {
      kind: "table",
      id: "sessionsByWeek",
      title: "Sessions held by week",
      header: ["Week", "Held", "Planned", "Attendance"],
      // "Week 3" as text, not 3: a numeric first column tempts Excel to draw it as a series.
      rows: m.byWeek.map((w) => [textCell(`Week ${w.week}`), numberCell(w.held), numberCell(w.planned), percentCell(w.attendanceRate)]),
      emptyText: "No weeks.",
    },
    chart: { id: "sessionsByWeekChart", type: "columnClustered", title: "Sessions held by week", categories: 0, series: [1, 2] },
  };
}

function countySection(m: PhaseMetrics): Section {
  return {
    block: {
      kind: "table",
      id: "byCounty",
      title: "By county (where the mentee works)",
      header: ["County", "Listed for the phase", "Mentees", "Pairs", "Sessions held", "Hours"],
      rows: m.byCounty.map((c) => [
        textCell(c.county ?? "County not recorded"),
        yesNoCell(c.listed),
        numberCell(c.mentees),
        numberCell(c.pairs),
        numberCell(c.sessionsHeld),
        hoursCell(c.hours),
      ]),
      emptyText: "No counties listed or reached.",
    },
    chart: { id: "hoursByCountyChart", type: "barClustered", title: "Mentoring hours by county", categories: 0, series: [5] },
  };
}

function focusSection(m: PhaseMetrics): Section {
  return {
    block: {
      kind: "table",
      id: "byFocusArea",
      title: "By focus area",
      header: ["Focus area", "Mentee needs", "First-ranked need", "Mentor skills", "Goals set", "Goals achieved", "Session topics"],
      rows: m.byFocusArea.map((f) => [
        textCell(f.label),
        numberCell(f.menteeNeeds),
        numberCell(f.menteeFirstNeeds),
        numberCell(f.mentorSkills),
        numberCell(f.goalsSet),
        numberCell(f.goalsAchieved),
        numberCell(f.sessionTopics),
      ]),
      emptyText: "No focus areas.",
    },
  };
}

function evaluationSection(m: PhaseMetrics): Section {
  const e = m.evaluations;
  return {
    block: {
      kind: "table",
      id: "evaluations",
      title: `Evaluation averages (1-5), ${e.forms} forms`,
      header: ["Question", "All", "Forms", "Mentors", "Mentor forms", "Mentees", "Mentee forms"],
      rows: EVALUATION_QUESTIONS.map((q) => [
        textCell(QUESTION_LABELS[q]),
        numberCell(e.byQuestion[q].average, 2),
        numberCell(e.byQuestion[q].count),
        numberCell(e.byRespondent.mentor.byQuestion[q].average, 2),
        numberCell(e.byRespondent.mentor.byQuestion[q].count),
        numberCell(e.byRespondent.mentee.byQuestion[q].average, 2),
        numberCell(e.byRespondent.mentee.byQuestion[q].count),
      ]),
      emptyText: "No evaluation questions.",
    },
  };
}

function sessionNotesSection(m: PhaseMetrics): Section {
  const s = m.sessions;
  return {
    block: {
      kind: "headlines",
      id: "sessionCounting",
      title: "How sessions were counted",
      items: [
        { label: "Missed weeks per started pair (average)", value: numberCell(s.averageMissedWeeksPerPair, 2) },
        { label: "Weeks logged as not held", value: numberCell(s.loggedNotHeld) },
        { label: "Duplicate logs of a week (counted once)", value: numberCell(s.duplicateWeekLogs) },
        { label: "Held sessions without a week", value: numberCell(s.heldOutsideWeeks) },
        { label: "Held sessions beyond the phase's weeks", value: numberCell(s.heldBeyondSchedule) },
        { label: "Session rows matching no pair", value: numberCell(s.unmatchedRows) },
      ],
    },
  };
}

function disengagementSection(m: PhaseMetrics): Section {
  return {
    block: {
      kind: "table",
      id: "disengagements",
      title: "Disengagements",
      header: ["Mentor", "Mentee", "County", "Date", "Reason", "Sessions held", "Focal person notified", "IHRM notified", "Other party notified"],
      rows: m.disengagedPairs.map((d) => [
        textCell(d.mentor),
        textCell(d.mentee),
        textCell(d.county ?? ""),
        dateCell(d.date),
        textCell(d.reason ?? "Not recorded"),
        numberCell(d.sessionsHeld),
        yesNoCell(d.notified.focalPerson),
        yesNoCell(d.notified.ihrm),
        yesNoCell(d.notified.otherParty),
      ]),
      emptyText: "No pair disengaged.",
    },
  };
}

function pairSection(m: PhaseMetrics): Section {
  return {
    block: {
      kind: "table",
      id: "pairs",
      title: "Pairs: sessions held and missed weeks",
      header: ["Pair ID", "Mentor", "Mentee", "County", "Status", "Sessions held", "Missed weeks", "Weeks not held", "Hours"],
      rows: m.pairList.map((p) => [
        textCell(p.pairId ?? ""),
        textCell(p.mentor),
        textCell(p.mentee),
        textCell(p.county ?? ""),
        textCell(p.status === null ? "Not recorded" : STATUS_LABELS[p.status]),
        numberCell(p.sessionsHeld),
        numberCell(p.missedWeeks),
        textCell(p.weeksNotHeld.join(", ")),
        hoursCell(p.hours),
      ]),
      emptyText: "No pairs in this phase.",
    },
  };
}

function certificateSection(m: PhaseMetrics): Section {
  const { rule } = m.certificates;
  const entries = [...m.certificates.mentors, ...m.certificates.mentees];
  const ruleText = `at least ${rule.minSessions} of ${rule.weeks} sessions held${rule.requiresAcceptance ? ", acceptance signed" : ""}, not disengaged`;
  return {
    block: {
      kind: "table",
      id: "certificates",
      title: `Certificates (${ruleText})`,
      header: ["Name", "Role", "ID", "County", "Pairs", "Sessions held", "CPD hours", "Qualifies", "Why not"],
      rows: entries.map((e) => [
        textCell(e.name),
        textCell(e.role === "mentor" ? "Mentor" : "Mentee"),
        textCell(e.id ?? ""),
        textCell(e.county ?? ""),
        numberCell(e.pairs),
        numberCell(e.sessionsHeld),
        hoursCell(e.cpdHours),
        yesNoCell(e.qualifies),
        textCell(e.reasons.map((r) => certificateReasonText(r, e, rule.minSessions)).join("; ")),
      ]),
      emptyText: "Nobody in this phase.",
    },
  };
}

export function describePhaseSummarySheet(metrics: PhaseMetrics, stamp: SummaryStamp): SheetDescription {
  return stackSections(phaseSheetName(metrics.phase), [
    { block: { kind: "title", id: "title", text: `${metrics.phase}: phase summary` } },
    stampSection(stamp),
    headlineSection(metrics),
    statusSection(metrics),
    weekSection(metrics),
    countySection(metrics),
    focusSection(metrics),
    evaluationSection(metrics),
    sessionNotesSection(metrics),
    disengagementSection(metrics),
    pairSection(metrics),
    certificateSection(metrics),
    sourcesSection(stamp.sourceRows),
  ]);
}
