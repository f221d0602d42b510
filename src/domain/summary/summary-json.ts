import type { RegisterKind } from "../registers";
import type { ProgrammeMetrics, RowRange, SourceRows } from "./types";

/*
 * The JSON the command line prints (`mentorship summary --json`). The field names are a
 * contract with scripts people write against the CLI: rename nothing here; add fields
 * instead. Every figure is a number (never a formatted string) and every list of names is
 * in the metrics' deterministic order.
 */

/**
 * The register rows a summary used, one entry per register sheet: counts, and the rows as the
 * sheet numbers them, in runs ({ first: 2, last: 58 } is rows 2 to 58). Every run is here,
 * even where the sheet's cell had to cut the list.
 */
export interface SummaryJsonSource {
  register: RegisterKind;
  sheet: string;
  rowsUsed: number;
  rowsRead: number;
  ranges: RowRange[];
}

export interface SummaryJsonPhase {
  phase: string;
  counties: string[];
  /** Counties where the phase's mentees work that the phase does not list (a register error). */
  countiesOutsidePhase: string[];
  weeks: number;
  sessionHours: number;
  mentors: number;
  mentees: number;
  pairs: { total: number; proposed: number; active: number; completed: number; disengaged: number; unknown: number; started: number };
  sessions: { planned: number; held: number; attendanceRate: number | null };
  hours: number;
  averageSessionHours: number | null;
  certificates: { mentors: string[]; mentees: string[] };
  sources: SummaryJsonSource[];
}

export interface SummaryJson {
  phases: SummaryJsonPhase[];
  programme: {
    mentors: number;
    mentees: number;
    pairs: number;
    sessionsHeld: number;
    hours: number;
    counties: number;
    sessionsPlanned: number;
    attendanceRate: number | null;
    sources: SummaryJsonSource[];
  };
}

export function toSummaryJson(programme: ProgrammeMetrics): SummaryJson {
  return {
    phases: programme.phases.map((p) => ({
      phase: p.phase,
      counties: [...p.counties],
      countiesOutsidePhase: [...p.countiesOutsidePhase],
      weeks: p.weeks,
      sessionHours: p.sessionHours,
      mentors: p.mentors,
      mentees: p.mentees,
      pairs: { ...p.pairs },
      sessions: { planned: p.sessions.planned, held: p.sessions.held, attendanceRate: p.sessions.attendanceRate },
      hours: p.hours.total,
      averageSessionHours: p.hours.averageLoggedSessionHours,
      certificates: {
        mentors: p.certificates.mentors.filter((e) => e.qualifies).map((e) => e.name),
        mentees: p.certificates.mentees.filter((e) => e.qualifies).map((e) => e.name),
      },
      sources: sourcesJson(p.sources),
    })),
    programme: {
      mentors: programme.totals.mentors,
      mentees: programme.totals.mentees,
      pairs: programme.totals.pairs,
      sessionsHeld: programme.totals.sessionsHeld,
      hours: programme.totals.hours,
      counties: programme.totals.counties,
      sessionsPlanned: programme.totals.sessionsPlanned,
      attendanceRate: programme.totals.attendanceRate,
      sources: sourcesJson(programme.sources),
    },
  };
}

function sourcesJson(sources: readonly SourceRows[]): SummaryJsonSource[] {
  return sources.map((s) => ({ register: s.register, sheet: s.sheet, rowsUsed: s.rows, rowsRead: s.totalRows, ranges: s.ranges.map((r) => ({ ...r })) }));
}
