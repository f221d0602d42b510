/**
 * What is written: the register as one Excel table, described as data. From a plan alone (a
 * first conversion), or from a plan merged with the register as it is now (converting
 * again, after the officer chose "replace" or "add new rows only"). Pure.
 */

import { cellText } from "../../domain/normalize";
import type { ConvertChoice } from "./diff";
import { rowsFromSheet } from "./diff";
import type { ExistingRegister, ExistingRow } from "./existing-register";
import type { ConversionPlan, PlannedRow, RegisterCell } from "./plan";
import { isNumericKind, type ColumnList, type RegisterColumn } from "./register-columns";

export interface RegisterTableColumn {
  header: string;
  numberFormat: string | undefined;
  asText: boolean;
  /** Characters, as in Excel's Column Width dialog. */
  width: number;
  /** A column of figures (dates, numbers): its header is right-aligned over them. */
  numeric: boolean;
  list?: ColumnList;
}

/** A cell whose number format is not its column's (0-based data row and column). */
export interface RegisterCellFormat {
  row: number;
  column: number;
  format: string;
}

export interface RegisterTable {
  sheetName: string;
  tableName: string;
  /** Zero-based top-left cell of the header row. */
  topLeft: { row: number; column: number };
  columns: RegisterTableColumn[];
  rows: RegisterCell[][];
  /** Cells formatted unlike their column: values kept as typed, carried cells keeping theirs. */
  cellFormats: RegisterCellFormat[];
  /** Rows that came from the source sheet in this conversion. */
  rowsFromSource: number;
}

type DescribedColumn = Omit<RegisterTableColumn, "width" | "numeric"> & {
  /** What the column is declared to hold; undefined: decided from its values (carried columns). */
  numeric: boolean | undefined;
};

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

/** Whether the first rows of column `j` hold numbers and nothing else. */
function holdsFigures(rows: readonly RegisterCell[][], j: number): boolean {
  let figures = 0;
  for (let r = 0; r < Math.min(rows.length, WIDTH_SAMPLE); r++) {
    const cell = rows[r]?.[j];
    if (cell === null || cell === undefined) continue;
    if (typeof cell !== "number") return false;
    figures += 1;
  }
  return figures > 0;
}

function tableColumns(columns: readonly DescribedColumn[], rows: readonly RegisterCell[][]): RegisterTableColumn[] {
  return columns.map((c, j) => ({ ...c, width: columnWidth(c.header, c.numberFormat, rows, j), numeric: c.numeric ?? holdsFigures(rows, j) }));
}

function describeColumn(c: RegisterColumn): DescribedColumn {
  const numeric = c.role === "field" ? isNumericKind(c.field.kind) : c.role === "provenance" ? c.provenance === "row" : undefined;
  return { header: c.header, numberFormat: c.numberFormat, asText: c.asText, numeric, ...(c.list ? { list: c.list } : {}) };
}

/** The single-cell formats of planned rows, the row's `at` giving its place in the table and `to` each plan column's. */
function plannedFormats(rows: ReadonlyArray<{ at: number; row: PlannedRow }>, to: (planColumn: number) => number): RegisterCellFormat[] {
  const out: RegisterCellFormat[] = [];
  for (const { at, row } of rows) {
    for (const [j, format] of Object.entries(row.formats ?? {})) {
      const column = to(Number(j));
      if (column >= 0) out.push({ row: at, column, format });
    }
  }
  return out;
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
    cellFormats: plannedFormats(
      plan.rows.map((row, at) => ({ at, row })),
      (j) => j,
    ),
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
  const columns: DescribedColumn[] = [
    ...described.slice(0, firstProvenance),
    ...own.map(({ header, j }) => ({ header, numberFormat: existing.columnFormats[j], asText: false, numeric: undefined })),
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
  const cellFormats: RegisterCellFormat[] = [];
  const planned: Array<{ at: number; row: PlannedRow }> = [];
  // A cell of the register kept as it is keeps its own format where it differs from its
  // column's: a number shown otherwise, text kept as typed in a date column. (Text in a column
  // without a format stays text anyway.)
  const keepFormats = (old: ExistingRow, at: number, only: (k: number) => boolean) =>
    columns.forEach((c, k) => {
      const j = fromExisting[k];
      if (j === undefined || !only(k)) return;
      const format = old.formats[j];
      const text = typeof old.cells[j] === "string";
      if (format === undefined || (text && c.numberFormat === undefined)) return;
      if (format !== (c.numberFormat ?? "General")) cellFormats.push({ row: at, column: k, format });
    });
  const used = new Set<number>();
  let rowsFromSource = 0;
  for (const old of existing.rows) {
    const asIs = () => {
      keepFormats(old, rows.length, () => true);
      return columns.map((_, k) => (fromExisting[k] === undefined ? null : (old.cells[fromExisting[k]] ?? null)));
    };
    if (!mineRows.has(old) || !old.source) {
      rows.push(asIs());
      continue;
    }
    const next = fresh.get(old.source.row);
    if (next) used.add(old.source.row);
    if (choice === "add-new") {
      rows.push(asIs());
    } else if (next) {
      keepFormats(old, rows.length, (k) => ownColumn[k] === true);
      planned.push({ at: rows.length, row: next });
      rows.push(columns.map((_, k) => (ownColumn[k] ? (old.cells[fromExisting[k] ?? -1] ?? null) : (next.cells[fromPlan[k] ?? -1] ?? null))));
      rowsFromSource += 1;
    }
  }
  for (const row of plan.rows) {
    if (used.has(row.source.row)) continue;
    planned.push({ at: rows.length, row });
    rows.push(columns.map((_, k) => (fromPlan[k] === undefined || fromPlan[k] < 0 ? null : (row.cells[fromPlan[k]] ?? null))));
    rowsFromSource += 1;
  }
  // Output column of each plan column; the register's own columns take nothing from the plan.
  const toOutput = plan.columns.map((_, j) => fromPlan.findIndex((p, k) => p === j && !ownColumn[k]));
  cellFormats.push(...plannedFormats(planned, (j) => toOutput[j] ?? -1));
  return {
    sheetName: existing.sheet,
    tableName: existing.tableName,
    topLeft: { row: existing.origin.row - 1, column: existing.origin.column - 1 },
    columns: tableColumns(columns, rows),
    rows,
    cellFormats,
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
