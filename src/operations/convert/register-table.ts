/**
 * What is written: the register as one Excel table, described as data. From a plan alone (a
 * first conversion), or from a plan merged with the register as it is now (converting
 * again, after the officer chose "replace" or "add new rows only"). Pure.
 */

import { cellText } from "../../domain/normalize";
import type { ConvertChoice } from "./diff";
import { rowsFromSheet } from "./diff";
import type { ExistingRegister } from "./existing-register";
import type { ConversionPlan, RegisterCell } from "./plan";
import type { ColumnList, RegisterColumn } from "./register-columns";

export interface RegisterTableColumn {
  header: string;
  numberFormat: string | undefined;
  asText: boolean;
  /** Characters, as in Excel's Column Width dialog. */
  width: number;
  list?: ColumnList;
}

export interface RegisterTable {
  sheetName: string;
  tableName: string;
  /** Zero-based top-left cell of the header row. */
  topLeft: { row: number; column: number };
  columns: RegisterTableColumn[];
  rows: RegisterCell[][];
  /** Rows that came from the source sheet in this conversion. */
  rowsFromSource: number;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 48;
/** Enough rows to size a column by; the widest value of 50,000 is no better a guide. */
const WIDTH_SAMPLE = 500;

function columnWidth(header: string, numberFormat: string | undefined, rows: readonly RegisterCell[][], j: number): number {
  let widest = header.length;
  const dated = numberFormat !== undefined && /d/.test(numberFormat) && /y/.test(numberFormat);
  for (let r = 0; r < Math.min(rows.length, WIDTH_SAMPLE); r++) {
    const cell = rows[r]?.[j];
    if (cell === null || cell === undefined) continue;
    const shown = dated && typeof cell === "number" ? 10 : cellText(cell).split("\n")[0]?.length ?? 0;
    if (shown > widest) widest = shown;
  }
  return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + 2));
}

function tableColumns(columns: ReadonlyArray<Omit<RegisterTableColumn, "width">>, rows: readonly RegisterCell[][]): RegisterTableColumn[] {
  return columns.map((c, j) => ({ ...c, width: columnWidth(c.header, c.numberFormat, rows, j) }));
}

function describeColumn(c: RegisterColumn): Omit<RegisterTableColumn, "width"> {
  return { header: c.header, numberFormat: c.numberFormat, asText: c.asText, ...(c.list ? { list: c.list } : {}) };
}

/** A first conversion: the plan's rows, as they are. */
export function tableFromPlan(plan: ConversionPlan): RegisterTable {
  const rows = plan.rows.map((r) => r.cells);
  return {
    sheetName: plan.target.sheetName,
    tableName: plan.target.tableName,
    topLeft: { row: 0, column: 0 },
    columns: tableColumns(plan.columns.map(describeColumn), rows),
    rows,
    rowsFromSource: rows.length,
  };
}

/**
 * Converting again. The register keeps its rows from other sheets and rows typed into it, in
 * their places, and its own extra columns (placed before the provenance columns). This
 * sheet's rows:
 *  - "replace": each becomes its fresh conversion (keeping the register-only columns' values),
 *    rows whose source is now blank go, and new source rows are added at the end;
 *  - "add-new": stay exactly as they are; only new source rows are added at the end.
 */
export function mergeWithExisting(plan: ConversionPlan, existing: ExistingRegister, choice: Exclude<ConvertChoice, "cancel">): RegisterTable {
  const planLower = plan.columns.map((c) => c.header.toLowerCase());
  const existingIndex = new Map(existing.headers.map((h, j) => [h.toLowerCase(), j]));
  const firstProvenance = plan.columns.findIndex((c) => c.role === "provenance");
  const own = existing.headers.map((h, j) => ({ header: h, j })).filter(({ header }) => header !== "" && !planLower.includes(header.toLowerCase()));
  const described = plan.columns.map(describeColumn);
  const columns = [
    ...described.slice(0, firstProvenance),
    ...own.map(({ header, j }) => ({ header, numberFormat: existing.columnFormats[j], asText: false })),
    ...described.slice(firstProvenance),
  ];
  // For each output column: where its value is in a plan row and in a register row.
  const fromPlan = columns.map((c) => planLower.indexOf(c.header.toLowerCase()));
  const fromExisting = columns.map((c) => existingIndex.get(c.header.toLowerCase()));
  const ownColumn = columns.map((c) => own.some((o) => o.header === c.header));

  const fresh = new Map(plan.rows.map((r) => [r.source.row, r]));
  const mine = rowsFromSheet(existing, plan.source.sheet);
  const mineRows = new Set(mine.values());
  const rows: RegisterCell[][] = [];
  const used = new Set<number>();
  let rowsFromSource = 0;
  for (const old of existing.rows) {
    const asIs = () => columns.map((_, k) => (fromExisting[k] === undefined ? null : (old.cells[fromExisting[k]] ?? null)));
    if (!mineRows.has(old) || !old.source) {
      rows.push(asIs());
      continue;
    }
    const next = fresh.get(old.source.row);
    if (next) used.add(old.source.row);
    if (choice === "add-new") {
      rows.push(asIs());
    } else if (next) {
      rows.push(columns.map((_, k) => (ownColumn[k] ? (old.cells[fromExisting[k] ?? -1] ?? null) : (next.cells[fromPlan[k] ?? -1] ?? null))));
      rowsFromSource += 1;
    }
  }
  for (const row of plan.rows) {
    if (used.has(row.source.row)) continue;
    rows.push(columns.map((_, k) => (fromPlan[k] === undefined || fromPlan[k] < 0 ? null : (row.cells[fromPlan[k]] ?? null))));
    rowsFromSource += 1;
  }
  return {
    sheetName: existing.sheet,
    tableName: existing.tableName,
    topLeft: { row: existing.origin.row - 1, column: existing.origin.column - 1 },
    columns: tableColumns(columns, rows),
    rows,
    rowsFromSource,
  };
}

/**
 * "Add new rows only" without touching the register's rows: the source rows not yet in the
 * register, in the register's own column order, when every column they fill is already in the
 * table (else null: a new carried column means the table must be written again).
 */
export function rowsToAppend(plan: ConversionPlan, existing: ExistingRegister): { rows: RegisterCell[][]; columns: Array<Pick<RegisterTableColumn, "numberFormat" | "asText">> } | null {
  const index = new Map(existing.headers.map((h, j) => [h.toLowerCase(), j]));
  if (plan.columns.some((c) => !index.has(c.header.toLowerCase()))) return null;
  const fromPlan = existing.headers.map((h) => plan.columns.findIndex((c) => c.header.toLowerCase() === h.toLowerCase()));
  const mine = rowsFromSheet(existing, plan.source.sheet);
  const rows = plan.rows.filter((r) => !mine.has(r.source.row)).map((r) => fromPlan.map((p) => (p < 0 ? null : (r.cells[p] ?? null))));
  const columns = fromPlan.map((p, j) => {
    const c = plan.columns[p];
    return c ? { numberFormat: c.numberFormat, asText: c.asText } : { numberFormat: existing.columnFormats[j], asText: false };
  });
  return { rows, columns };
}
