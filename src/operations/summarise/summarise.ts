/**
 * Summaries from the workbook's registers, written back as sheets: the whole feature as one
 * operation, the same in Excel, in the preview, in tests and on the command line.
 *
 *   read the registers (loadRegisters: one read of every sheet)
 *   -> validate them; with errors, stop and say how many unless the officer chose to include
 *      them (the sheets then say so in their stamp)
 *   -> compute the metrics -> plan the sheets (pure) -> look at the sheets of those names
 *   -> write them (apply.ts).
 *
 * Nothing is written when it stops: refused phases, a person's own sheet in the way and
 * validation errors are all found before the first write.
 */

import { computeProgrammeMetrics, selectPhases, toSummaryJson, type ProgrammeMetrics, type SummaryJson } from "../../domain/summary";
import { validateRegistersAsync, type Issue } from "../../domain/validation";
import type { LongOperationOptions } from "../../workbook/office/progress";
import type { XlRequestContext } from "../../workbook/office/excel-api";
import { loadRegisters, type LoadedRegisters } from "../load-registers";
import { inspectSheets, writeSummarySheets, type WrittenSheet } from "./apply";
import { localIsoWithOffset } from "./generated-at";
import { planSheetWrites, planSummaryGrids, type SummaryRequest } from "./plan";

export interface SummariseOptions extends LongOperationOptions, SummaryRequest {
  /** Write the summaries even though validation found errors; the sheets say so. */
  includeErrors?: boolean;
  /** When the summaries are stamped as generated; default now. */
  now?: Date;
  /** The clock's UTC offset in minutes (Nairobi: 180); default the host's. */
  utcOffsetMinutes?: number;
}

export interface ValidationFigures {
  errors: number;
  warnings: number;
}

/** Validation found errors and the officer has not chosen to include them: nothing was written. */
export interface SummariesBlocked {
  status: "blocked";
  validation: ValidationFigures;
  /** The first few errors, to show where to start. */
  firstErrors: Issue[];
}

export interface SummariesWritten {
  status: "written";
  sheets: WrittenSheet[];
  validation: ValidationFigures;
  includedErrors: boolean;
  programme: ProgrammeMetrics;
  /** The command line's JSON: the phases written (all when none was named) and the programme. */
  json: SummaryJson;
}

export type SummariseResult = SummariesBlocked | SummariesWritten;

const FIRST_ERRORS = 5;

export async function summarise(context: XlRequestContext, options: SummariseOptions = {}): Promise<SummariseResult> {
  const { signal, onProgress } = options;
  const progress = (fraction: number, label: string) => onProgress?.(Math.round(fraction * 100), 100, label);
  progress(0, "Reading the registers");
  const loaded: LoadedRegisters = await loadRegisters(context, { ...(signal ? { signal } : {}) });
  progress(0.3, "Checking the registers");
  const report = await validateRegistersAsync(loaded.registers, {
    ...(signal ? { signal } : {}),
    settingsProblems: loaded.settingsProblems,
    onProgress: (p) => progress(0.3 + 0.3 * (p.total > 0 ? p.done / p.total : 1), "Checking the registers"),
  });
  const validation = { errors: report.counts.errors, warnings: report.counts.warnings };
  if (validation.errors > 0 && !options.includeErrors) {
    return { status: "blocked", validation, firstErrors: report.issues.filter((i) => i.severity === "error").slice(0, FIRST_ERRORS) };
  }

  signal?.throwIfAborted();
  progress(0.6, "Computing the figures");
  const programme = computeProgrammeMetrics(loaded.registers);
  const includedErrors = validation.errors > 0;
  const grids = planSummaryGrids(programme, options, {
    generatedAt: localIsoWithOffset(options.now ?? new Date(), options.utcOffsetMinutes),
    includedErrors,
    validationErrors: validation.errors,
  });
  const writes = planSheetWrites(grids, await inspectSheets(context, grids.map((g) => g.name)));
  progress(0.7, "Writing the summary sheets");
  const sheets = await writeSummarySheets(context, writes, {
    ...(signal ? { signal } : {}),
    onProgress: (done, total, label) => progress(0.7 + 0.3 * (done / total), label),
  });
  const json = toSummaryJson(programme);
  const selected = new Set(selectPhases(programme, options.phases).phases.map((p) => p.phase));
  return {
    status: "written",
    sheets,
    validation,
    includedErrors,
    programme,
    json: { ...json, phases: json.phases.filter((p) => selected.has(p.phase)) },
  };
}
