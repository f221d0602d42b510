/**
 * Converting a sheet again into a register that already exists: what would change. Rows are
 * matched by where they came from (source sheet + source row). A register row whose cells
 * differ from what a fresh conversion of its source row gives was edited in the register
 * since the last conversion, or its source row changed; either way, replacing it would
 * overwrite what the register shows now, so the officer is told cell by cell and chooses.
 * Pure.
 */

import { cellRef, type RegisterKind } from "../../domain/registers";
import type { ExistingRegister, ExistingRow } from "./existing-register";
import type { ConversionPlan, PlannedRow, RegisterCell } from "./plan";

export interface CellDifference {
  header: string;
  /** Where the register holds it now, e.g. "C14". */
  address: string;
  /** What the register holds now. */
  register: RegisterCell;
  /** What converting the source row again would write. */
  fresh: RegisterCell;
}

export interface ChangedRow {
  sourceRow: number;
  registerRow: number;
  cells: CellDifference[];
}

export interface RegisterDiff {
  kind: RegisterKind;
  register: { sheet: string; tableName: string; rows: number };
  sourceSheet: string;
  /** Source rows not yet in the register. */
  added: number[];
  /** Register rows from this sheet whose source row is now blank or gone. */
  removed: Array<{ sourceRow: number; registerRow: number }>;
  /** Register rows from this sheet that differ from a fresh conversion. */
  changed: ChangedRow[];
  unchanged: number;
  /** Rows from other sheets or typed into the register: kept whatever the choice. */
  otherRows: number;
  /** Columns only the register has (added there, or carried from another sheet): kept. */
  registerOnlyColumns: string[];
  /** Formula cells in the register (rewriting the table would turn them into values). */
  formulas: string[];
}

/** How a conversion into an existing register proceeds, chosen by the officer. */
export type ConvertChoice = "replace" | "add-new" | "cancel";

export function sameCell(a: RegisterCell, b: RegisterCell): boolean {
  if (a === null || b === null) return a === b;
  // 0 and -0 are one number to Excel.
  return a === b;
}

/** Plan columns the diff compares (provenance is bookkeeping, not the officer's data). */
export function comparedColumns(plan: ConversionPlan): Array<{ index: number; header: string }> {
  return plan.columns.flatMap((c, index) => (c.role === "provenance" ? [] : [{ index, header: c.header }]));
}

export function rowsFromSheet(existing: ExistingRegister, sheet: string): Map<number, ExistingRow> {
  const bySourceRow = new Map<number, ExistingRow>();
  const lower = sheet.toLowerCase();
  for (const row of existing.rows) if (row.source && row.source.sheet.toLowerCase() === lower) bySourceRow.set(row.source.row, row);
  return bySourceRow;
}

function differences(plan: ConversionPlan, existing: ExistingRegister, fresh: PlannedRow, old: ExistingRow): CellDifference[] {
  const index = new Map(existing.headers.map((h, j) => [h.toLowerCase(), j]));
  const found: CellDifference[] = [];
  for (const { index: p, header } of comparedColumns(plan)) {
    const j = index.get(header.toLowerCase());
    const register = j === undefined ? null : (old.cells[j] ?? null);
    const next = fresh.cells[p] ?? null;
    if (sameCell(register, next)) continue;
    const column = j === undefined ? existing.origin.column + existing.headers.length : existing.origin.column + j;
    found.push({ header, address: cellRef(existing.sheet, old.sheetRow, column).address, register, fresh: next });
  }
  return found;
}

export function diffRegister(plan: ConversionPlan, existing: ExistingRegister, formulas: readonly string[] = []): RegisterDiff {
  const mine = rowsFromSheet(existing, plan.source.sheet);
  const freshRows = new Set<number>();
  const added: number[] = [];
  const changed: ChangedRow[] = [];
  let unchanged = 0;
  for (const row of plan.rows) {
    freshRows.add(row.source.row);
    const old = mine.get(row.source.row);
    if (!old) {
      added.push(row.source.row);
      continue;
    }
    const cells = differences(plan, existing, row, old);
    if (cells.length === 0) unchanged += 1;
    else changed.push({ sourceRow: row.source.row, registerRow: old.sheetRow, cells });
  }
  const removed = [...mine.values()].filter((r) => !freshRows.has(r.source?.row ?? -1)).map((r) => ({ sourceRow: r.source?.row ?? 0, registerRow: r.sheetRow }));
  const planHeaders = new Set(plan.columns.map((c) => c.header.toLowerCase()));
  return {
    kind: plan.kind,
    register: { sheet: existing.sheet, tableName: existing.tableName, rows: existing.rows.length },
    sourceSheet: plan.source.sheet,
    added,
    removed,
    changed,
    unchanged,
    otherRows: existing.rows.length - mine.size,
    registerOnlyColumns: existing.headers.filter((h) => h !== "" && !planHeaders.has(h.toLowerCase())),
    formulas: [...formulas],
  };
}

/** Nothing the register holds now would change: only rows would be added. */
export function onlyAdds(diff: RegisterDiff): boolean {
  return diff.changed.length === 0 && diff.removed.length === 0;
}
