// The Summaries screen's workbook work, as jobs for useOperation. A refusal the officer can
// act on (SummaryError: an unknown phase, a sheet of theirs in the way, a protected summary)
// becomes an ActionableError: what is wrong and the step that fixes it.
import { listSummaryPhases, SummaryError, summarise, type SummaryChoices, type SummariseResult } from "../../../operations/summarise";
import { ActionableError } from "../../errors";
import type { OperationControls } from "../../operation";

export function phasesJob(controls: OperationControls): Promise<SummaryChoices> {
  return controls.inWorkbook((context) => listSummaryPhases(context, { signal: controls.signal, onProgress: controls.onProgress }));
}

export interface GenerateRequest {
  phases: readonly string[];
  overview: boolean;
  includeErrors: boolean;
}

/**
 * Runs with host.run, not controls.inWorkbook: the operation itself stops at Cancel until it
 * writes, and summaries that were written must not then be reported as cancelled.
 */
export async function generateJob(controls: OperationControls, request: GenerateRequest): Promise<SummariseResult> {
  try {
    return await controls.host.run((context) =>
      summarise(context, { phases: request.phases, overview: request.overview, includeErrors: request.includeErrors, signal: controls.signal, onProgress: controls.onProgress }),
    );
  } catch (error) {
    if (error instanceof SummaryError) throw new ActionableError(error.message, error.action, { cause: error });
    throw error;
  }
}

export function outcomeText(result: SummariseResult): string {
  if (result.status === "blocked") {
    const n = result.validation.errors;
    return `No summary written: the registers have ${n} validation error${n === 1 ? "" : "s"}.`;
  }
  const charts = result.sheets.reduce((sum, s) => sum + s.charts, 0);
  const replaced = result.sheets.filter((s) => s.replaced).length;
  const how = replaced === result.sheets.length ? "Regenerated" : replaced === 0 ? "Wrote" : "Wrote and regenerated";
  const caveat = result.includedErrors ? ` They include ${result.validation.errors} validation errors, and say so.` : "";
  return `${how} ${result.sheets.length} summary sheet${result.sheets.length === 1 ? "" : "s"} with ${charts} chart${charts === 1 ? "" : "s"}.${caveat}`;
}
