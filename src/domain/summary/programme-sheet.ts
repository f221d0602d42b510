import { EVALUATION_QUESTIONS, REGISTERS } from "../registers";
import { QUESTION_LABELS, describePhaseSummarySheet, phaseSheetName } from "./phase-sheet";
import { hoursCell, numberCell, percentCell, textCell, type SheetCell, type SheetDescription } from "./sheet-description";
import { stackSections, type Section } from "./sheet-layout";
import { sourcesSection, stampSection, type SummaryStamp } from "./stamp";
import type { PhaseComparison, ProgrammeMetrics } from "./types";

/*
 * The programme overview: phases side by side (one column per phase), so what changed
 * between phases shows at a glance: 1-hour against 2-hour sessions, and what attendance,
 * completion and hours did after the change.
 */

export const PROGRAMME_SHEET_NAME = "Programme overview";

type Measure = [label: string, cell: (c: PhaseComparison) => SheetCell];

const MEASURES: Measure[] = [
  ["Counties covered", (c) => numberCell(c.counties)],
  ["Weeks", (c) => numberCell(c.weeks)],
  ["Session length policy (hours)", (c) => hoursCell(c.sessionHoursPolicy)],
  ["Average logged session (hours)", (c) => hoursCell(c.averageLoggedSessionHours)],
  ["Mentors", (c) => numberCell(c.mentors)],
  ["Mentees", (c) => numberCell(c.mentees)],
  ["Pairs", (c) => numberCell(c.pairs)],
  ["Pairs started", (c) => numberCell(c.startedPairs)],
  ["Sessions planned", (c) => numberCell(c.sessionsPlanned)],
  ["Sessions held", (c) => numberCell(c.sessionsHeld)],
  ["Attendance rate", (c) => percentCell(c.attendanceRate)],
  ["Completion rate (of started pairs)", (c) => percentCell(c.completionRate)],
  ["Disengagement rate (of started pairs)", (c) => percentCell(c.disengagementRate)],
  ["Mentoring hours", (c) => hoursCell(c.hours)],
  ["Hours per started pair", (c) => hoursCell(c.hoursPerPair)],
  ["Goals set", (c) => numberCell(c.goalsSet)],
  ["Goals achieved", (c) => numberCell(c.goalsAchieved)],
  ["Goal achievement rate", (c) => percentCell(c.goalAchievementRate)],
  ...EVALUATION_QUESTIONS.map((q): Measure => [`Evaluation: ${QUESTION_LABELS[q].toLowerCase()} (1-5)`, (c) => numberCell(c.evaluation[q].average, 2)]),
  ["Mentor certificates", (c) => numberCell(c.mentorCertificates)],
  ["Mentee certificates", (c) => numberCell(c.menteeCertificates)],
];

function totalsSection(p: ProgrammeMetrics): Section {
  const t = p.totals;
  return {
    block: {
      kind: "headlines",
      id: "headlines",
      title: "Programme totals (people counted once across phases)",
      items: [
        { label: "Phases", value: numberCell(t.phases) },
        { label: "Counties covered", value: numberCell(t.counties) },
        { label: "Mentors", value: numberCell(t.mentors) },
        { label: "Mentees", value: numberCell(t.mentees) },
        { label: "Pairs", value: numberCell(t.pairs) },
        { label: "Sessions held", value: numberCell(t.sessionsHeld) },
        { label: "Sessions planned", value: numberCell(t.sessionsPlanned) },
        { label: "Attendance", value: percentCell(t.attendanceRate) },
        { label: "Mentoring hours (CPD, each side)", value: hoursCell(t.hours) },
        { label: "Mentor certificates", value: numberCell(t.mentorCertificates) },
        { label: "Mentee certificates", value: numberCell(t.menteeCertificates) },
      ],
    },
  };
}

function sideBySideSection(p: ProgrammeMetrics): Section {
  return {
    block: {
      kind: "table",
      id: "phasesSideBySide",
      title: "Phases side by side",
      header: ["Measure", ...p.comparison.map((c) => c.phase)],
      rows: MEASURES.map(([label, cell]) => [textCell(label), ...p.comparison.map(cell)]),
      emptyText: "No phases.",
    },
  };
}

function ratesSection(p: ProgrammeMetrics): Section {
  return {
    block: {
      kind: "table",
      id: "ratesByPhase",
      title: "Attendance, completion and disengagement by phase",
      header: ["Phase", "Attendance", "Completion", "Disengagement"],
      rows: p.comparison.map((c) => [textCell(c.phase), percentCell(c.attendanceRate), percentCell(c.completionRate), percentCell(c.disengagementRate)]),
      emptyText: "No phases.",
    },
    chart: { id: "ratesByPhaseChart", type: "columnClustered", title: "What each phase achieved", categories: 0, series: [1, 2, 3] },
  };
}

function lengthSection(p: ProgrammeMetrics): Section {
  return {
    block: {
      kind: "table",
      id: "sessionLengthByPhase",
      title: "Session length by phase (hours)",
      header: ["Phase", "Policy", "Average logged", "Hours per started pair"],
      rows: p.comparison.map((c) => [textCell(c.phase), hoursCell(c.sessionHoursPolicy), hoursCell(c.averageLoggedSessionHours), hoursCell(c.hoursPerPair)]),
      emptyText: "No phases.",
    },
    chart: { id: "sessionLengthChart", type: "columnClustered", title: "Session length: policy and logged", categories: 0, series: [1, 2] },
  };
}

function unassignedSection(p: ProgrammeMetrics): Section {
  const counts = Object.entries(p.unassigned) as Array<[keyof ProgrammeMetrics["unassigned"], number]>;
  return {
    block: {
      kind: "table",
      id: "unassigned",
      title: "Rows no phase could claim (fix the phase or the pair in the register)",
      header: ["Register", "Rows"],
      rows: counts.filter(([, n]) => n > 0).map(([kind, n]) => [textCell(REGISTERS[kind].title), numberCell(n)]),
      emptyText: "None: every row belongs to a phase.",
    },
  };
}

export function describeProgrammeOverviewSheet(programme: ProgrammeMetrics, stamp: SummaryStamp): SheetDescription {
  return stackSections(PROGRAMME_SHEET_NAME, [
    { block: { kind: "title", id: "title", text: "Mentorship programme overview" } },
    stampSection(stamp),
    totalsSection(programme),
    sideBySideSection(programme),
    ratesSection(programme),
    lengthSection(programme),
    unassignedSection(programme),
    sourcesSection(stamp.sourceRows),
  ]);
}

/**
 * The overview then one sheet per phase, with names unique in the workbook (Excel compares
 * them ignoring case): two phases whose names shorten alike get " (2)", " (3)".
 */
export function describeSummarySheets(programme: ProgrammeMetrics, stamp: Omit<SummaryStamp, "sourceRows">): SheetDescription[] {
  // Each sheet stamps the rows it was computed from.
  const sheets = [describeProgrammeOverviewSheet(programme, { ...stamp, sourceRows: programme.sources })];
  const taken = new Set([PROGRAMME_SHEET_NAME.toLowerCase()]);
  for (const phase of programme.phases) {
    const sheet = describePhaseSummarySheet(phase, { ...stamp, sourceRows: phase.sources });
    let name = sheet.name;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = phaseSheetName(phase.phase, ` (${n})`);
    taken.add(name.toLowerCase());
    sheets.push({ ...sheet, name });
  }
  return sheets;
}
