/**
 * What accepting safe fixes would write, decided before anything is written (pure). Fixes go to
 * converted register tables only, never to the sheet an officer typed: there the original stays
 * as it is, and the register is the tidy copy. Each tidied row keeps what was typed in its
 * "As typed" cell, so nothing the officer entered is lost.
 */

import { REGISTERS, type GridValue, type RegisterKind } from "../../domain/registers";
import { formatAsTyped, parseAsTyped, type AsTypedEntry } from "../../domain/reading";
import { TEXT_FORMAT, toSafeCellValue } from "../../workbook/cell-safety";
import { DEFAULT_DATE_FORMAT, dateToSerial } from "../../workbook/excel-dates";
import { cellAddress } from "../../workbook/address";
import type { FixTarget } from "./validate-workbook";

/** One cell to write, and what it must still hold (as read when validated) for the write to go ahead. */
export interface CellWrite {
  sheet: string;
  /** Zero-based. */
  row: number;
  column: number;
  address: string;
  expect: GridValue;
  value: string | number | boolean;
  format: string;
}

export interface PlannedFix {
  target: FixTarget;
  cell: CellWrite;
  /** The row's As typed cell after the fix (shared by every fix of the row), if it has one. */
  asTyped: CellWrite | undefined;
}

export interface FixPlan {
  fixes: PlannedFix[];
  /** Fixes on sheets that are not converted registers, by sheet: convert those first. */
  notInRegister: Array<{ sheet: string; register: RegisterKind; count: number }>;
  /** Fixes left out because the row's As typed cell is not in the add-in's format. */
  unreadableAsTyped: FixTarget[];
}

/** The register form of a value as Excel should store it: dates as dates, numbers as numbers, text as text. */
export function cellFor(register: RegisterKind, field: string, to: string): { value: string | number | boolean; format: string } {
  const kind = REGISTERS[register].fields.find((f) => f.key === field)?.kind;
  if (kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(to)) return { value: dateToSerial(new Date(`${to}T00:00:00Z`)), format: DEFAULT_DATE_FORMAT };
  if ((kind === "integer" || kind === "number" || kind === "score") && to.trim() !== "" && Number.isFinite(Number(to))) return { value: Number(to), format: "General" };
  // Text always as text: a phone's "+254" or a list starting with "-" must not become a number or formula.
  return { value: toSafeCellValue(to).value, format: TEXT_FORMAT };
}

function label(register: RegisterKind, field: string): string {
  return REGISTERS[register].fields.find((f) => f.key === field)?.label ?? field;
}

export function planFixes(targets: readonly FixTarget[]): FixPlan {
  const fixes: PlannedFix[] = [];
  const unreadableAsTyped: FixTarget[] = [];
  const elsewhere = new Map<string, { sheet: string; register: RegisterKind; count: number }>();
  // Fixes of one row share its As typed cell: gather them, then write it once.
  const rows = new Map<string, { first: FixTarget; entries: AsTypedEntry[]; fixes: PlannedFix[] } | null>();

  for (const target of targets) {
    if (!target.inRegister) {
      const key = target.sheet.toLowerCase();
      const known = elsewhere.get(key);
      if (known) known.count += 1;
      else elsewhere.set(key, { sheet: target.sheet, register: target.register, count: 1 });
      continue;
    }
    const planned: PlannedFix = {
      target,
      cell: { sheet: target.sheet, row: target.row - 1, column: target.column - 1, address: cellAddress(target.row - 1, target.column - 1), expect: target.before, ...cellFor(target.register, target.field, target.to) },
      asTyped: undefined,
    };
    if (!target.asTyped) {
      fixes.push(planned);
      continue;
    }
    const rowKey = `${target.sheet.toLowerCase()}\u0000${target.row}`;
    let row = rows.get(rowKey);
    if (row === undefined) {
      const entries = parseAsTyped(target.asTyped.before);
      row = entries === null ? null : { first: target, entries, fixes: [] };
      rows.set(rowKey, row);
    }
    if (row === null) {
      unreadableAsTyped.push(target);
      continue;
    }
    const fieldLabel = label(target.register, target.field);
    // The first original is the one to keep: a value tidied twice still remembers what was typed.
    if (!row.entries.some((e) => e.label === fieldLabel)) row.entries.push({ label: fieldLabel, value: target.before });
    row.fixes.push(planned);
    fixes.push(planned);
  }

  for (const row of rows.values()) {
    if (row === null) continue;
    const { first } = row;
    const asTyped = first.asTyped;
    if (!asTyped) continue;
    const cell: CellWrite = {
      sheet: first.sheet,
      row: first.row - 1,
      column: asTyped.column - 1,
      address: cellAddress(first.row - 1, asTyped.column - 1),
      expect: asTyped.before,
      value: toSafeCellValue(formatAsTyped(row.entries)).value,
      format: TEXT_FORMAT,
    };
    for (const fix of row.fixes) fix.asTyped = cell;
  }
  return { fixes, notInRegister: [...elsewhere.values()], unreadableAsTyped };
}
