/**
 * Accepting suggestions: rows in the Pairs register with status "proposed", the score and the
 * reasons, for the matching workshop to confirm. Planned from the register as it is right before
 * writing (a mentee someone paired meanwhile is skipped, not paired twice) and appended below
 * the rows already there; nobody's rows are rewritten.
 */
import type { PairSuggestion } from "../../domain/pairing";
import { REGISTERS } from "../../domain/registers";
import { idKey, nameKey, phaseKey, textKey } from "../../domain/validation/keys";
import { PRINT_ACROSS, type WritableCell, type XlCellValue, type XlRequestContext } from "../../workbook/office";
import { appendToRegisterTable, type AppendOutcome, type AppendPlan, type RegisterTableTarget, type TableContents, type TableWriteOptions } from "./register-table";

const PAIRS = REGISTERS.pairs;

export const PAIRS_REGISTER_TARGET: RegisterTableTarget = {
  tableName: PAIRS.tableName,
  sheetName: PAIRS.sheetName,
  headers: PAIRS.fields.map((f) => f.label),
  asText: PAIRS.fields.map((f) => f.kind === "id" || f.kind === "name" || f.kind === "text"),
  columnWidths: PAIRS.fields.map((f) => (f.key === "matchReasons" ? 60 : f.kind === "name" ? 26 : 14)),
  print: PRINT_ACROSS,
};

/** Which Pairs field each header of the table feeds (label or a known alias), or null. */
export function pairsColumnFields(headers: readonly string[]): Array<string | null> {
  return headers.map((header) => {
    const key = textKey(header);
    const field = PAIRS.fields.find((f) => textKey(f.label) === key) ?? PAIRS.fields.find((f) => f.aliases.some((a) => textKey(a) === key));
    return field?.key ?? null;
  });
}

export interface AcceptRequest {
  phase: string;
  suggestions: readonly PairSuggestion[];
  /** When the pairs were accepted, for the Remarks column. */
  acceptedAt: Date;
}

function cellText(value: XlCellValue | undefined): string {
  return value === undefined ? "" : String(value).trim();
}

/** Mentees who already have a live pair of this phase in the table (by ID and by name). */
function pairedMentees(contents: TableContents, fields: ReadonlyArray<string | null>, phase: string): Set<string> {
  const col = (key: string) => fields.indexOf(key);
  const [phaseCol, statusCol, idCol, nameCol] = [col("phase"), col("status"), col("menteeId"), col("menteeName")];
  const wanted = phaseKey(phase);
  const keys = new Set<string>();
  for (const row of contents.rows) {
    const rowPhase = phaseCol >= 0 ? cellText(row[phaseCol]) : "";
    if (rowPhase !== "" && phaseKey(rowPhase) !== wanted) continue;
    if (statusCol >= 0 && cellText(row[statusCol]).toLowerCase() === "disengaged") continue;
    const id = idCol >= 0 ? cellText(row[idCol]) : "";
    const name = nameCol >= 0 ? cellText(row[nameCol]) : "";
    if (id !== "") keys.add(`id:${idKey(id)}`);
    if (name !== "") keys.add(`name:${nameKey(name)}`);
  }
  return keys;
}

/** The rows to add, in the table's own column order (pure). */
export function planPairRows(contents: TableContents, request: AcceptRequest): AppendPlan {
  const fields = pairsColumnFields(contents.headers);
  const already = pairedMentees(contents, fields, request.phase);
  const day = request.acceptedAt.toISOString().slice(0, 10);
  const rows: WritableCell[][] = [];
  const skipped: string[] = [];
  for (const s of request.suggestions) {
    const keys = [s.mentee.id !== "" ? `id:${idKey(s.mentee.id)}` : "", `name:${nameKey(s.mentee.name)}`];
    if (keys.some((k) => already.has(k))) {
      skipped.push(`${s.mentee.name} already has a pair of ${request.phase} in the Pairs register (added meanwhile), so ${s.mentor.name} was not added.`);
      continue;
    }
    keys.forEach((k) => already.add(k));
    const values: Record<string, WritableCell> = {
      phase: request.phase,
      mentorId: s.mentor.id || null,
      mentorName: s.mentor.name,
      menteeId: s.mentee.id || null,
      menteeName: s.mentee.name,
      status: "proposed",
      matchScore: s.score,
      matchReasons: s.reasons.join(" "),
      remarks: `Proposed by the pairing add-in on ${day}${s.locked ? " (locked by the officer)" : ""}.`,
    };
    rows.push(fields.map((field) => (field === null ? null : (values[field] ?? null))));
  }
  return { rows, skipped };
}

export function acceptPairs(context: XlRequestContext, request: AcceptRequest, options: TableWriteOptions = {}): Promise<AppendOutcome> {
  return appendToRegisterTable(context, PAIRS_REGISTER_TARGET, (contents) => planPairRows(contents, request), options);
}
