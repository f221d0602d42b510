/**
 * The "Pairing run log" sheet: one row per run (when, phase, weights, constraints, objective,
 * threshold, result, solver and time) and the whole request as JSON, so that any proposal can
 * be reproduced later from the same registers. Appended below earlier runs, never rewritten.
 */
import { personLabel, type ChoiceInForce, type PairingOutcome, type PairingRequest } from "../../domain/pairing";
import { PRINT_ACROSS, type WritableCell, type XlRequestContext } from "../../workbook/office";
import { OUTPUT_SHEETS } from "../output-sheets";
import { appendToRegisterTable, type AppendOutcome, type RegisterTableTarget, type TableWriteOptions } from "./register-table";

export const RUN_LOG_HEADERS = [
  "Run at (UTC)",
  "Phase",
  "Objective",
  "Threshold",
  "Weights",
  "Locked pairs",
  "Excluded pairs",
  "Mentors included",
  "Pairs proposed",
  "Total score",
  "Unmatched mentees",
  "Solver",
  "Solver ms",
  "Request (JSON)",
] as const;

export const RUN_LOG_TARGET: RegisterTableTarget = {
  tableName: "PairingRunLog",
  sheetName: OUTPUT_SHEETS.pairingRunLog,
  headers: RUN_LOG_HEADERS,
  asText: RUN_LOG_HEADERS.map((h) => h !== "Threshold" && h !== "Pairs proposed" && h !== "Total score" && h !== "Solver ms"),
  columnWidths: RUN_LOG_HEADERS.map((h) => (h === "Request (JSON)" ? 60 : h === "Weights" ? 36 : 14)),
  print: PRINT_ACROSS,
};

export interface RunLogEntry {
  at: Date;
  request: PairingRequest;
  outcome: PairingOutcome;
  ms: number;
  /**
   * The run's locks and exclusions with the people as the registers name them; without it the
   * log falls back to the request's own references (IDs or name keys).
   */
  choices?: readonly ChoiceInForce[];
}

/** Excel keeps at most 32,767 characters in a cell. */
const CELL_LIMIT = 32_000;

function listOf(pairs: ReadonlyArray<{ mentor: string; mentee: string }>): string {
  return pairs.map((p) => `${p.mentor} + ${p.mentee}`).join("; ");
}

/** "Jane Doe (MR-1) + John Roe (ME-2); ...": an officer reads names here, not the keys the request holds. */
function choicesOf(entry: RunLogEntry, kind: ChoiceInForce["choice"], refs: ReadonlyArray<{ mentor: string; mentee: string }>): string {
  if (entry.choices === undefined) return listOf(refs);
  return entry.choices
    .filter((c) => c.choice === kind)
    .map((c) => `${personLabel(c.mentor)} + ${personLabel(c.mentee)}`)
    .join("; ");
}

function fit(text: string): string {
  return text.length <= CELL_LIMIT ? text : `${text.slice(0, CELL_LIMIT)}… (cut at Excel's cell limit)`;
}

/** The log row for a run (pure). */
export function runLogRow(entry: RunLogEntry): WritableCell[] {
  const { request: r, outcome: o } = entry;
  const w = r.weights;
  return [
    entry.at.toISOString().replace("T", " ").slice(0, 19),
    o.phase,
    r.objective,
    r.threshold,
    `needs ${w.needs}, travel ${w.travel}, availability ${w.availability}, sector ${w.sector}`,
    fit(choicesOf(entry, "lock", r.locks)),
    fit(choicesOf(entry, "exclude", r.exclusions)),
    r.includeAllMentors ? "all" : r.includeMentors.join("; "),
    o.suggestions.length,
    o.total,
    fit(o.unmatched.map((u) => `${u.mentee.name}: ${u.reason}`).join("; ")),
    o.solver,
    Math.round(entry.ms * 100) / 100,
    fit(JSON.stringify(r)),
  ];
}

export function appendRunLog(context: XlRequestContext, entry: RunLogEntry, options: TableWriteOptions = {}): Promise<AppendOutcome> {
  return appendToRegisterTable(context, RUN_LOG_TARGET, () => ({ rows: [runLogRow(entry)], skipped: [] }), options);
}
