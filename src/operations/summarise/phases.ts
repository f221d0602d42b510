/**
 * The phases a summary can be written for, as the summary itself finds them (the Phases
 * register, then phases other registers name), for the task pane to offer as choices.
 */

import { phaseSheetName, prepareSummary, PROGRAMME_SHEET_NAME } from "../../domain/summary";
import type { XlRequestContext } from "../../workbook/office/excel-api";
import type { LongOperationOptions } from "../../workbook/office/progress";
import { loadRegisters } from "../load-registers";

export interface SummaryChoice {
  phase: string;
  /** The sheet its summary goes to (before any " (2)" for a clash with another phase's name). */
  sheet: string;
}

export interface SummaryChoices {
  phases: SummaryChoice[];
  overviewSheet: string;
}

export async function listSummaryPhases(context: XlRequestContext, options: LongOperationOptions = {}): Promise<SummaryChoices> {
  const loaded = await loadRegisters(context, options);
  const { phases } = prepareSummary(loaded.registers);
  return { phases: phases.map((p) => ({ phase: p.name, sheet: phaseSheetName(p.name) })), overviewSheet: PROGRAMME_SHEET_NAME };
}
