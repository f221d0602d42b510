/**
 * The whole pipeline on one workbook, as an officer would run it from the task pane, screen by
 * screen: convert every office sheet into its register, validate (issues sheet and marks on
 * the cells), pair the mentees still without a mentor in each phase, and write the summaries.
 * Each step is the feature's own operation on the same XlRequestContext, so `mentorship demo`
 * shows exactly what the add-in does. Used on the bundled sample, whose planted defects stay:
 * the summaries are written with the validation errors included, and say so.
 */

import { REGISTERS, type RegisterKind } from "../../domain/registers";
import { computeProgrammeMetrics } from "../../domain/summary";
import type { ValidationCounts } from "../../domain/validation";
import type { XlRequestContext } from "../../workbook/office/excel-api";
import type { LongOperationOptions } from "../../workbook/office/progress";
import { convertSheet, surveyWorkbook } from "../convert";
import { loadRegisters } from "../load-registers";
import { acceptPairs, proposePairs } from "../pair";
import { summarise, type SummariesWritten } from "../summarise";
import { planIssuesSheet, planMarks, showValidationMarks, validatedAt, validateWorkbook, writeIssuesSheet } from "../validate";

export interface DemoOptions extends LongOperationOptions {
  /** When the run happens (stamps, the pairing log); default now. */
  now?: Date;
}

export interface ConvertedSheet {
  sheet: string;
  kind: RegisterKind;
  /** The register's sheet it went to. */
  register: string;
  rows: number;
}

export interface PairedPhase {
  phase: string;
  proposed: number;
  unmatched: number;
  added: number;
}

export interface DemoReport {
  converted: ConvertedSheet[];
  /** Sheets that were not converted, with why. */
  leftAsTheyAre: Array<{ sheet: string; why: string }>;
  validation: Pick<ValidationCounts, "errors" | "warnings">;
  issuesSheet: string;
  /** Cells marked as having an issue. */
  marked: number;
  pairing: PairedPhase[];
  summaries: SummariesWritten;
}

/**
 * Phases with a mentee who has no pair at all: those are the phases the demo pairs. Pairing a
 * phase also proposes a new mentor for a mentee whose pair disengaged (never the mentor they
 * left), as the Pair screen would.
 */
async function phasesWithUnpairedMentees(context: XlRequestContext, options: LongOperationOptions): Promise<string[]> {
  const { registers } = await loadRegisters(context, options);
  return computeProgrammeMetrics(registers)
    .phases.filter((p) => p.certificates.mentees.some((m) => m.reasons.includes("notPaired")))
    .map((p) => p.phase);
}

export async function runDemoPipeline(context: XlRequestContext, options: DemoOptions = {}): Promise<DemoReport> {
  const now = options.now ?? new Date();
  const step = (n: number, label: string) => options.onProgress?.(n, 4, label);
  const signal = options.signal ? { signal: options.signal } : {};

  step(0, "Converting the office's sheets into registers");
  const survey = await surveyWorkbook(context, signal);
  const converted: ConvertedSheet[] = [];
  const leftAsTheyAre: DemoReport["leftAsTheyAre"] = [];
  for (const sheet of survey.sheets.filter((s) => s.role === "source")) {
    const kind = sheet.detection?.kind;
    if (!kind || sheet.detection?.ambiguous) {
      leftAsTheyAre.push({ sheet: sheet.sheet, why: sheet.detection?.message ?? "it looks like no register" });
      continue;
    }
    const outcome = await convertSheet(context, { sheet: sheet.sheet, kind }, signal);
    if (outcome.status !== "converted") {
      leftAsTheyAre.push({ sheet: sheet.sheet, why: `its ${REGISTERS[kind].title} register already holds other rows` });
      continue;
    }
    converted.push({ sheet: sheet.sheet, kind, register: outcome.written.sheetName, rows: outcome.rowsFromSource });
  }

  step(1, "Checking the registers");
  const checked = await validateWorkbook(context, signal);
  const issues = planIssuesSheet(checked.issues, validatedAt(now));
  const written = await writeIssuesSheet(context, issues, signal);
  const marks = await showValidationMarks(context, planMarks(checked.issues));

  step(2, "Pairing the mentees without a mentor");
  const pairing: PairedPhase[] = [];
  for (const phase of await phasesWithUnpairedMentees(context, signal)) {
    const proposal = await proposePairs(context, { phase }, { ...signal, now: () => now });
    if (proposal.outcome.suggestions.length === 0) continue;
    const added = await acceptPairs(context, { phase, suggestions: proposal.outcome.suggestions, acceptedAt: now }, signal);
    pairing.push({ phase, proposed: proposal.outcome.suggestions.length, unmatched: proposal.outcome.unmatched.length, added: added.rows });
  }

  step(3, "Writing the summaries");
  const summaries = await summarise(context, { ...signal, now, includeErrors: true });
  if (summaries.status !== "written") throw new Error("The summaries were not written although errors were included.");
  step(4, "Done");
  return {
    converted,
    leftAsTheyAre,
    validation: { errors: checked.counts.errors, warnings: checked.counts.warnings },
    issuesSheet: written.sheet,
    marked: marks.cells,
    pairing,
    summaries,
  };
}
