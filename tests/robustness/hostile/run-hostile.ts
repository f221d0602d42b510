/**
 * Running the read, convert, validate (issues sheet, marks), pair and summarise paths over one hostile workbook and judging
 * what happened: nothing crashes (every stop is an actionable error with a message), and
 * nothing is lost (every non-blank cell of a converted sheet is in its register row, exactly
 * or as typed). Plain functions: the vitest suite and `npm run report:robustness` both use them.
 */
import { isBlankCell } from "../../../src/domain/normalize";
import { originalsFromAsTyped } from "../../../src/domain/reading";
import { REGISTERS, type RegisterKind } from "../../../src/domain/registers";
import { convertSheet } from "../../../src/operations/convert";
import { AS_TYPED_HEADER, SOURCE_ROW_HEADER, SOURCE_SHEET_HEADER } from "../../../src/operations/load-registers";
import { summarise } from "../../../src/operations/summarise";
import { pairingOverview, proposePairs } from "../../../src/operations/pair";
import { planIssuesSheet, planMarks, showValidationMarks, validatedAt, validateWorkbook, writeIssuesSheet } from "../../../src/operations/validate";
import { type MemoryWorkbook, createMemoryContext } from "../../../src/workbook/memory";
import { readSheetGrid } from "../../../src/workbook/office";
import { judgeMessage } from "../faults/matrix";

export interface HostileOutcome {
  name: string;
  /** Messages of the actionable refusals met (a refusal is a fine outcome). */
  refusals: string[];
  /** Errors that were not actionable: crashes (must be none). */
  crashes: string[];
  /** Source cells missing from their register row (must be 0). */
  cellsLost: number;
  /** Operations run. */
  steps: number;
}

const NOW = { now: new Date("2026-11-26T09:00:00Z"), utcOffsetMinutes: 180 };

/** Every non-blank cell of `sheet`'s data rows, by sheet row (1-based) and value. */
function sourceCells(workbook: MemoryWorkbook, sheet: string, headerRow: number): Map<number, Array<string | number | boolean>> {
  const rows = new Map<number, Array<string | number | boolean>>();
  for (const { row, cell } of workbook.sheet(sheet).sortedCells()) {
    // A cell of nothing a person could see (spaces, control characters) carries nothing to lose.
    if (row + 1 <= headerRow || isBlankCell(cell.value)) continue;
    const list = rows.get(row + 1) ?? [];
    list.push(cell.value);
    rows.set(row + 1, list);
  }
  return rows;
}

/** Source values not found in their register row (as stored, or among its As typed originals). */
async function lostCells(workbook: MemoryWorkbook, kind: RegisterKind, sheet: string, headerRow: number): Promise<number> {
  const register = await readSheetGrid(createMemoryContext(workbook), REGISTERS[kind].sheetName);
  const headers = (register.values[0] ?? []).map(String);
  const sourceSheet = headers.indexOf(SOURCE_SHEET_HEADER);
  const sourceRow = headers.indexOf(SOURCE_ROW_HEADER);
  const asTyped = headers.indexOf(AS_TYPED_HEADER);
  const byRow = new Map(register.values.slice(1).filter((r) => r[sourceSheet] === sheet).map((r) => [Number(r[sourceRow]), r]));
  let lost = 0;
  for (const [row, values] of sourceCells(workbook, sheet, headerRow)) {
    const stored = byRow.get(row);
    if (!stored) {
      lost += values.length;
      continue;
    }
    const originals = Object.values(originalsFromAsTyped(kind, String(stored[asTyped] ?? "")) ?? {});
    for (const value of values) if (!stored.some((s) => Object.is(s, value)) && !originals.some((o) => Object.is(o, value))) lost += 1;
  }
  return lost;
}

async function attempt(outcome: HostileOutcome, step: () => Promise<unknown>): Promise<unknown> {
  outcome.steps += 1;
  try {
    return await step();
  } catch (error) {
    const judged = judgeMessage(error);
    if (judged.bad) outcome.crashes.push(`${judged.bad}: ${judged.message.slice(0, 200)}`);
    else outcome.refusals.push(judged.message);
    return undefined;
  }
}

/**
 * Reads every sheet; converts `convert` (when given) into its register and counts lost cells;
 * validates and writes the issues sheet and marks; pairs each phase named; summarises (errors included).
 */
export async function runHostile(
  name: string,
  make: () => MemoryWorkbook,
  convert?: { sheet: string; kind: RegisterKind; headerRow: number },
): Promise<HostileOutcome> {
  const outcome: HostileOutcome = { name, refusals: [], crashes: [], cellsLost: 0, steps: 0 };
  const workbook = make();
  const context = createMemoryContext(workbook);
  for (const sheet of workbook.sheets.map((s) => s.name)) await attempt(outcome, () => readSheetGrid(context, sheet));
  if (convert) {
    const converted = await attempt(outcome, () => convertSheet(context, { sheet: convert.sheet, kind: convert.kind, headerRow: convert.headerRow }));
    if (converted && typeof converted === "object" && "status" in converted && converted.status === "converted") {
      outcome.cellsLost += await lostCells(workbook, convert.kind, convert.sheet, convert.headerRow);
    }
  }
  const validation = await attempt(outcome, () => validateWorkbook(context));
  // The issues sheet and the marks carry the hostile values into messages and cells.
  if (validation && typeof validation === "object" && "issues" in validation) {
    const { issues } = validation as Awaited<ReturnType<typeof validateWorkbook>>;
    await attempt(outcome, () => writeIssuesSheet(context, planIssuesSheet(issues, validatedAt(NOW.now))));
    await attempt(outcome, () => showValidationMarks(context, planMarks(issues)));
  }
  // Pairing each phase the workbook names (the run log and any choices are written too).
  const overview = await attempt(outcome, () => pairingOverview(context));
  const phases = overview && typeof overview === "object" && "phases" in overview ? (overview as Awaited<ReturnType<typeof pairingOverview>>).phases : [];
  for (const phase of phases.slice(0, 3)) await attempt(outcome, () => proposePairs(context, { phase }, { now: () => NOW.now }));
  await attempt(outcome, () => summarise(context, { ...NOW, includeErrors: true }));
  return outcome;
}
