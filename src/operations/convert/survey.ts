/**
 * Which sheets of a workbook could become registers: each visible sheet's detected register
 * (with how sure, and the runner-up), whether it was converted already, and which ones the
 * add-in proposes. The add-in's own sheets (registers, Settings, summaries) are listed as
 * such and never proposed. Pure, from a workbook snapshot.
 */

import { detectRegister, type SheetDetection } from "../../domain/mapping";
import { REGISTER_KINDS, REGISTERS, type RegisterKind } from "../../domain/registers";
import { isOutputSheet } from "../output-sheets";
import { findExistingRegister, type ExistingRegister } from "./existing-register";
import { readWorkbookSnapshot, type WorkbookSnapshot } from "./snapshot";
import type { XlRequestContext } from "../../workbook/office";
import type { LongOperationOptions } from "../../workbook/office/progress";

export type SheetRole =
  /** A sheet the officer keeps: a candidate for conversion. */
  | "source"
  /** Holds a register the add-in wrote. */
  | "register"
  /** Settings, a summary or another sheet the add-in writes. */
  | "output"
  /** Nothing on it. */
  | "empty";

export interface SheetSurvey {
  sheet: string;
  role: SheetRole;
  /** Rows of the used range (title and header rows included). */
  rows: number;
  /** For source sheets: what the headers say. */
  detection: SheetDetection | null;
  /** For register sheets: which register. */
  register: { kind: RegisterKind; tableName: string; rows: number } | null;
  /** For source sheets: registers already holding rows converted from this sheet. */
  convertedInto: Array<{ kind: RegisterKind; rows: number }>;
  /** Looks like a register, sure enough, not converted yet: the add-in proposes it. */
  proposed: boolean;
}

export interface WorkbookSurvey {
  snapshot: WorkbookSnapshot;
  sheets: SheetSurvey[];
}

function convertedRows(registers: readonly ExistingRegister[], sheet: string): SheetSurvey["convertedInto"] {
  const lower = sheet.toLowerCase();
  return registers.flatMap((r) => {
    const rows = r.rows.filter((row) => row.source?.sheet.toLowerCase() === lower).length;
    return rows > 0 ? [{ kind: r.kind, rows }] : [];
  });
}

export function surveySheets(snapshot: WorkbookSnapshot): SheetSurvey[] {
  const registers = REGISTER_KINDS.flatMap((kind) => findExistingRegister(snapshot, kind) ?? []);
  const registerSheets = new Map(registers.map((r) => [r.sheet.toLowerCase(), r]));
  const surveys: SheetSurvey[] = [];
  for (const { name } of snapshot.sheets) {
    const grid = snapshot.grids.get(name.toLowerCase());
    // Hidden sheets (the add-in's drop-down lists) are not read and not listed.
    if (!grid) continue;
    const base = { sheet: name, rows: grid.values.length, detection: null, register: null, convertedInto: [], proposed: false };
    const register = registerSheets.get(name.toLowerCase());
    if (register) {
      surveys.push({ ...base, role: "register", register: { kind: register.kind, tableName: register.tableName, rows: register.rows.length } });
    } else if (isOutputSheet(name)) {
      surveys.push({ ...base, role: "output" });
    } else if (grid.values.length === 0) {
      surveys.push({ ...base, role: "empty" });
    } else {
      const detection = detectRegister(grid);
      const convertedInto = convertedRows(registers, name);
      const proposed = detection.kind !== null && detection.mapping !== null && detection.mapping.missingRequired.length === 0 && convertedInto.length === 0;
      surveys.push({ ...base, role: "source", detection, convertedInto, proposed });
    }
  }
  return surveys;
}

/** Reads the workbook once and surveys its sheets. */
export async function surveyWorkbook(context: XlRequestContext, options: LongOperationOptions = {}): Promise<WorkbookSurvey> {
  const snapshot = await readWorkbookSnapshot(context, options);
  return { snapshot, sheets: surveySheets(snapshot) };
}

/** One line for a sheet's detection, for lists: "Mentors (87% sure; next Mentees 9%)". */
export function describeDetection(detection: SheetDetection): string {
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  const next = detection.runnerUp ? `; next ${REGISTERS[detection.runnerUp.kind].title} ${pct(detection.runnerUp.confidence)}` : "";
  if (detection.ambiguous && detection.runnerUp) return `${REGISTERS[detection.mapping?.kind ?? detection.runnerUp.kind].title} or ${REGISTERS[detection.runnerUp.kind].title}: too close to call (${pct(detection.confidence)} vs ${pct(detection.runnerUp.confidence)})`;
  if (detection.kind === null) return "no register";
  return `${REGISTERS[detection.kind].title} (${pct(detection.confidence)} sure${next})`;
}
