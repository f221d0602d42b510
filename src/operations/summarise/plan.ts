/**
 * The pure half of writing summaries: which sheets to write (from the phases asked for), what
 * each holds (the domain's sheet description flattened by layoutToGrid), and what happens to
 * a sheet of the same name already in the workbook: replaced in place when it is one of ours
 * (it carries the summary marker), refused when it is a person's own sheet or protected.
 * Nothing here touches the workbook; apply.ts does, following this plan.
 */

import {
  describeSummarySheets,
  layoutProblems,
  layoutToGrid,
  selectPhases,
  type ProgrammeMetrics,
  type SheetGrid,
  type SummaryStamp,
} from "../../domain/summary";
import { SummaryError } from "./errors";

export interface SummaryRequest {
  /** Phase names as typed (matched like the registers match them); undefined = every phase. */
  phases?: readonly string[];
  /** The programme overview sheet; default: written when no phases are named. */
  overview?: boolean;
}

/** A sheet already in the workbook under a name the plan wants. */
export interface ExistingSheet {
  name: string;
  position: number;
  /** Carries the summary marker in its first rows (see isSummarySheetGrid). */
  isSummary: boolean;
  protected: boolean;
  /** Columns of its used range (formats included), counted from A. */
  usedColumns: number;
  /** A1 address of its used range (formats included), "" when blank. */
  usedAddress: string;
  charts: string[];
  tables: string[];
}

export interface SheetWrite {
  grid: SheetGrid;
  /** null: the sheet is added at the end of the workbook. */
  existing: ExistingSheet | null;
}

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");

/** The summary sheets to write, in workbook order (overview first). */
export function planSummaryGrids(programme: ProgrammeMetrics, request: SummaryRequest, stamp: Omit<SummaryStamp, "sourceRows">): SheetGrid[] {
  if (programme.phases.length === 0) {
    throw new SummaryError(
      "NoPhases",
      "The registers name no phase, so there is nothing to summarise.",
      "Add a Phases sheet (one row per phase with its counties, weeks and session hours), or fill the Phase column of the Mentors, Mentees and Pairs sheets, then generate again.",
    );
  }
  const selection = selectPhases(programme, request.phases);
  if (selection.unknown.length > 0) {
    const which = selection.unknown.length === 1 ? `There is no phase ${quoted(selection.unknown)}` : `There are no phases ${quoted(selection.unknown)}`;
    throw new SummaryError(
      "UnknownPhase",
      `${which} in the registers. The phases are ${quoted(programme.phases.map((p) => p.phase))}.`,
      "Name a phase as the Phases register spells it (Phase 1, phase-1 and 1 are the same phase).",
    );
  }
  const chosen = new Set(selection.phases);
  const overview = request.overview ?? request.phases === undefined;
  // Described together so that two phases whose names shorten alike keep the same sheet
  // names whichever of them is regenerated.
  const [overviewSheet, ...phaseSheets] = describeSummarySheets(programme, stamp);
  const wanted = phaseSheets.filter((_, i) => {
    const phase = programme.phases[i];
    return phase !== undefined && chosen.has(phase);
  });
  const sheets = overview && overviewSheet ? [overviewSheet, ...wanted] : wanted;
  return sheets.map((sheet) => {
    const problems = layoutProblems(sheet);
    // A layout problem is a bug in the summary's description, not the officer's data.
    if (problems.length > 0) throw new Error(`The summary sheet “${sheet.name}” is laid out wrongly: ${problems.join(" ")}`);
    return layoutToGrid(sheet);
  });
}

/**
 * Pairs each sheet with the sheet of that name already in the workbook (Excel compares names
 * ignoring case). Refuses, before anything is written, to replace a sheet that is not ours or
 * that is protected.
 */
export function planSheetWrites(grids: readonly SheetGrid[], existing: readonly ExistingSheet[]): SheetWrite[] {
  const byName = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  return grids.map((grid) => {
    const found = byName.get(grid.name.toLowerCase()) ?? null;
    if (found && !found.isSummary) {
      throw new SummaryError(
        "SheetNotOurs",
        `The workbook already has a sheet named “${found.name}” that the add-in did not write, so the summary was not written over it.`,
        `Rename that sheet (right-click its tab > Rename) or move what it holds, then generate again. The add-in only replaces summary sheets it wrote itself.`,
        found.name,
      );
    }
    if (found?.protected) {
      throw new SummaryError(
        "SheetProtected",
        `The summary sheet “${found.name}” is protected, so it cannot be regenerated.`,
        "Unprotect it (Review > Unprotect Sheet), then generate again.",
        found.name,
      );
    }
    return { grid, existing: found };
  });
}
