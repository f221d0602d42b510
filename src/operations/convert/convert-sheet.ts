/**
 * Converting a sheet into a register, end to end:
 *   read   one read of the workbook (O(1) syncs), plus one of the register's formulas when
 *          the register exists;
 *   plan   pure, in bands of rows, with progress and Cancel between bands;
 *   decide a register that exists is never overwritten silently: without the officer's
 *          choice the diff is returned and nothing is written;
 *   apply  one table write (writeTable: staged on a hidden working sheet, chunked under
 *          Excel's request limit, put in place in one batch), which stops with
 *          ChangedMeanwhile if a co-author changed the register since it was read.
 * The source sheet is only read, never written. Cancel works at every step: before the write
 * nothing was written; during it, the working sheet is removed and the workbook is as before.
 */

import { detectRegister, type MappingOverride } from "../../domain/mapping";
import { REGISTERS, columnLetters, type RegisterKind } from "../../domain/registers";
import { qualifiedAddress } from "../../workbook/address";
import { PRINT_ACROSS, appendRowsBelowTable, fingerprintGrid, fingerprintValues, readSheetGrid, writeTable, type RegionFingerprint, type WriteTableResult, type XlRequestContext } from "../../workbook/office";
import type { LongOperationOptions } from "../../workbook/office/progress";
import type { WriteTableOptions } from "../../workbook/office/write-table";
import { isOutputSheet } from "../output-sheets";
import { ConvertError } from "./convert-error";
import { diffRegister, type ConvertChoice, type RegisterDiff } from "./diff";
import { findExistingRegister, type ExistingRegister } from "./existing-register";
import { knownPhases } from "./phases";
import { dataRowRange, planBand, resolveMapping, startPlan, type ConversionPlan } from "./plan";
import { PROVENANCE_HEADERS } from "./register-columns";
import { mergeWithExisting, rowsToAppend, tableFromPlan, type RegisterTable } from "./register-table";
import { readWorkbookSnapshot, sheetName, snapshotGrid, type WorkbookSnapshot } from "./snapshot";
import { summarisePlan, type ConversionSummary } from "./summary";

export interface ConvertRequest {
  sheet: string;
  /** The register to convert into; default: the one the headers say (refused when unsure). */
  kind?: RegisterKind;
  /** The 1-based header row, when the officer corrected the one found. */
  headerRow?: number;
  /** The officer's corrections to the column mapping. */
  overrides?: readonly MappingOverride[];
  /** How to proceed when the register exists already; without it nothing is written. */
  choice?: ConvertChoice;
  /** The header row and headers the officer previewed: refused if the sheet changed since. */
  previewed?: { headerRow: number; headers: readonly string[] };
}

/**
 * How a conversion writes. `whenFiltered: "clearFilters"` only once the officer, told the
 * existing register is filtered, chose to clear its filters (default: refused, TableFiltered).
 */
export interface ConvertOptions extends LongOperationOptions, Pick<WriteTableOptions, "whenFiltered"> {}

/** Where the register now is, after a conversion wrote it. */
export interface RegisterWritten {
  sheetName: string;
  tableName: string;
  /** Qualified address of the whole table, header included. */
  address: string;
  /** Data rows in the table afterwards. */
  rows: number;
  syncs: number;
  /** "table": the table was written whole; "appended": rows were added below it, the rest untouched. */
  how: "table" | "appended";
}

export type ConvertOutcome =
  | { status: "converted"; summary: ConversionSummary; diff: RegisterDiff | null; written: RegisterWritten; rowsFromSource: number }
  | { status: "needs-choice"; summary: ConversionSummary; diff: RegisterDiff }
  | { status: "cancelled"; summary: ConversionSummary; diff: RegisterDiff };

/** Rows planned between two looks at the Cancel button. */
export const PLAN_BAND_ROWS = 2_000;

export interface PreparedConversion {
  kind: RegisterKind;
  sheet: string;
  plan: ConversionPlan;
  existing: ExistingRegister | null;
  /** Phase names for the Phase column's drop-down. */
  phases: string[];
}

function listOf(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(", ");
}

/** The register a sheet converts into: the officer's choice, else the headers', else refused. */
export function chooseKind(snapshot: WorkbookSnapshot, sheet: string, kind: RegisterKind | undefined): RegisterKind {
  if (kind) return kind;
  const grid = snapshotGrid(snapshot, sheet);
  const detection = grid ? detectRegister(grid) : null;
  if (!detection || detection.kind === null) {
    throw new ConvertError("KindUnsure", detection?.message ?? `Sheet “${sheet}” could not be read.`, "Choose which register the sheet holds (mentors, mentees, phases, pairs, sessions, goals or evaluations).");
  }
  return detection.kind;
}

/**
 * Everything decided before the rows are planned: the sheet exists and is the officer's, the
 * register is known, the mapping resolved (and still the one previewed), the register's
 * target free. Pure.
 */
export function prepareConversion(snapshot: WorkbookSnapshot, request: ConvertRequest): PreparedConversion {
  const name = sheetName(snapshot, request.sheet);
  const grid = name === undefined ? undefined : snapshotGrid(snapshot, name);
  if (name === undefined || !grid) {
    const visible = snapshot.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
    throw new ConvertError("SheetNotFound", `There is no sheet named “${request.sheet}” in this workbook.`, `Check the sheet tabs: the sheets are ${listOf(visible)}.`);
  }
  const registerTables = snapshot.tables.filter((t) => t.sheet.toLowerCase() === name.toLowerCase() && Object.values(REGISTERS).some((r) => r.tableName.toLowerCase() === t.name.toLowerCase()));
  if (isOutputSheet(name) || registerTables.length > 0) {
    throw new ConvertError("NotASourceSheet", `Sheet “${name}” is one the add-in writes (a register, Settings or a summary), not a sheet to convert.`, "Choose the sheet your office keeps the list on.");
  }
  const kind = chooseKind(snapshot, name, request.kind);
  const mapping = resolveMapping(grid, kind, request.overrides ?? [], request.headerRow ?? request.previewed?.headerRow);
  if (request.previewed) {
    const now = mapping.columns.map((c) => c.header);
    const then = request.previewed.headers;
    const differs = now.length !== then.length || now.some((h, i) => h !== then[i]);
    if (mapping.headerRow !== request.previewed.headerRow || differs) {
      throw new ConvertError(
        "HeadersChanged",
        `The headers of “${name}” changed since you looked at the mapping (row ${request.previewed.headerRow}).`,
        "Look at the sheet's mapping again, then convert.",
      );
    }
  }
  const existing = findExistingRegister(snapshot, kind);
  const def = REGISTERS[kind];
  if (!existing) {
    const occupied = snapshotGrid(snapshot, def.sheetName);
    const hidden = !occupied && snapshot.sheets.some((s) => s.name.toLowerCase() === def.sheetName.toLowerCase());
    if ((occupied && occupied.values.length > 0) || hidden) {
      throw new ConvertError(
        "TargetOccupied",
        `A sheet named “${def.sheetName}” already exists and does not hold the add-in's ${def.title} register (table ${def.tableName}), so the register was not written there.`,
        `Rename that sheet (right-click its tab > Rename), then convert again.`,
      );
    }
  }
  const phases = knownPhases(snapshot, kind);
  return { kind, sheet: name, plan: startPlan(grid, mapping, phases), existing, phases };
}

function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Plans every row of the sheet, band by band: progress after each band, Cancel between them. */
export async function planAllRows(snapshot: WorkbookSnapshot, prepared: PreparedConversion, options: LongOperationOptions = {}): Promise<ConversionPlan> {
  const grid = snapshotGrid(snapshot, prepared.sheet);
  if (!grid) throw new ConvertError("SheetNotFound", `There is no sheet named “${prepared.sheet}” in this workbook.`, "Check the sheet tabs.");
  const { plan } = prepared;
  const { from, to } = dataRowRange(grid, plan);
  const label = `Converting ${prepared.sheet}`;
  for (let start = from; start < to; start += PLAN_BAND_ROWS) {
    options.signal?.throwIfAborted();
    planBand(plan, grid, start, Math.min(to, start + PLAN_BAND_ROWS));
    options.onProgress?.(Math.min(to, start + PLAN_BAND_ROWS) - from, to - from, label);
    // Let the task pane paint the progress and take a click on Cancel.
    if (start + PLAN_BAND_ROWS < to) await yieldToHost();
  }
  return plan;
}

/** Addresses of formula cells in the register's table (one read of its sheet's formulas). */
async function registerFormulas(context: XlRequestContext, existing: ExistingRegister): Promise<string[]> {
  const grid = await readSheetGrid(context, existing.sheet, { formulas: true });
  const found: string[] = [];
  const bottom = existing.rows.reduce((max, r) => Math.max(max, r.sheetRow), existing.origin.row);
  for (let r = existing.origin.row + 1; r <= bottom; r++) {
    for (let j = 0; j < existing.headers.length; j++) {
      const i = r - 1 - grid.rowIndex;
      const c = existing.origin.column - 1 + j - grid.columnIndex;
      const formula = grid.formulas?.[i]?.[c];
      // A formula reads back as its text and its value differs; text that merely starts with
      // "=" (stored as text) reads back the same both ways.
      if (typeof formula === "string" && formula.startsWith("=") && grid.values[i]?.[c] !== formula) found.push(`${columnLetters(existing.origin.column + j)}${r}`);
    }
  }
  return found;
}

/**
 * Writes a register table: values, formats, widths, frozen header, drop-downs, print setup. With `expected`
 * (the register's sheet as read), a co-author's edit made since stops the write.
 */
export function writeRegisterTable(context: XlRequestContext, table: RegisterTable, options: ConvertOptions & { expected?: RegionFingerprint } = {}): Promise<WriteTableResult> {
  return writeTable(context, {
    sheetName: table.sheetName,
    tableName: table.tableName,
    headers: table.columns.map((c) => c.header),
    rows: table.rows,
    topLeft: table.topLeft,
    columnFormats: table.columns.map((c) => c.numberFormat),
    cellFormats: table.cellFormats,
    asText: table.columns.map((c) => c.asText),
    columnWidths: table.columns.map((c) => c.width),
    numericColumns: table.columns.map((c) => c.numeric),
    freezeHeader: true,
    // On paper, the register's own columns: where each row came from is for the screen.
    print: { ...PRINT_ACROSS, columns: table.columns.findIndex((c) => PROVENANCE_HEADERS.includes(c.header)) },
    listValidations: table.columns.flatMap((c, column) => (c.list ? [{ column, values: c.list.values, allowOther: c.list.allowOther }] : [])),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.expected ? { expected: options.expected } : {}),
    ...(options.whenFiltered ? { whenFiltered: options.whenFiltered } : {}),
  });
}

export async function convertSheet(context: XlRequestContext, request: ConvertRequest, options: ConvertOptions = {}): Promise<ConvertOutcome> {
  const snapshot = await readWorkbookSnapshot(context, options);
  options.signal?.throwIfAborted();
  const prepared = prepareConversion(snapshot, request);
  const plan = await planAllRows(snapshot, prepared, options);
  const summary = summarisePlan(plan);
  let table: RegisterTable;
  let diff: RegisterDiff | null = null;
  if (prepared.existing) {
    const formulas = await registerFormulas(context, prepared.existing);
    diff = diffRegister(plan, prepared.existing, formulas);
    if (request.choice === undefined) return { status: "needs-choice", summary, diff };
    if (request.choice === "cancel") return { status: "cancelled", summary, diff };
    // A register with formulas cannot be rewritten without turning them into values: new rows
    // are then added below the table, touching nothing else (but getting no drop-downs).
    const append = request.choice === "add-new" && formulas.length > 0 ? rowsToAppend(plan, prepared.existing) : null;
    if (append) {
      const written = await appendToRegister(context, prepared.existing, append, options);
      return { status: "converted", summary, diff, written, rowsFromSource: append.rows.length };
    }
    if (formulas.length > 0) {
      const def = REGISTERS[prepared.kind];
      throw new ConvertError(
        "RegisterHasFormulas",
        `The ${def.title} register has formulas (${formulas.slice(0, 3).join(", ")}${formulas.length > 3 ? ", …" : ""} on “${prepared.existing.sheet}”); converting again rewrites the table and would turn them into plain values.`,
        "Move the formulas to a column outside the table (or to another sheet), then convert again.",
      );
    }
    table = mergeWithExisting(plan, prepared.existing, request.choice);
  } else {
    table = tableFromPlan(plan);
  }
  options.signal?.throwIfAborted();
  // The register as read: merged from, so it must not have changed by the time it is rewritten.
  const read = prepared.existing ? snapshotGrid(snapshot, prepared.existing.sheet) : undefined;
  const expected = read ? fingerprintGrid({ sheet: read.sheet, rowIndex: read.origin.row - 1, columnIndex: read.origin.column - 1, values: read.values }) : undefined;
  const result = await writeRegisterTable(context, table, { ...options, ...(expected ? { expected } : {}) });
  const written: RegisterWritten = { sheetName: result.sheetName, tableName: result.tableName, address: result.address, rows: result.rows, syncs: result.syncs, how: "table" };
  return { status: "converted", summary, diff, written, rowsFromSource: table.rowsFromSource };
}

/**
 * "Add new rows only" into a register holding formulas, when the new rows fit the table's
 * columns: they are added below it (appendRowsBelowTable) and the register's rows, formulas
 * included, are not touched. The table as read is the guard: a co-author's edit meanwhile
 * stops it (ChangedMeanwhile). Excel's table resize does not extend the drop-down lists to the
 * new rows; converting with "replace" (once the formulas are moved) writes them everywhere.
 */
async function appendToRegister(
  context: XlRequestContext,
  existing: ExistingRegister,
  append: NonNullable<ReturnType<typeof rowsToAppend>>,
  options: ConvertOptions,
): Promise<RegisterWritten> {
  const rect = { row: existing.origin.row - 1, column: existing.origin.column - 1, rowCount: existing.values.length, columnCount: existing.headers.length };
  const tableRows = existing.values.length - 1;
  const where = (rows: number) => qualifiedAddress(existing.sheet, { ...rect, rowCount: rows + 1 });
  if (append.rows.length === 0) return { sheetName: existing.sheet, tableName: existing.tableName, address: where(tableRows), rows: tableRows, syncs: 0, how: "appended" };
  const result = await appendRowsBelowTable(context, {
    tableName: existing.tableName,
    rows: append.rows,
    expected: fingerprintValues({ kind: "table", table: existing.tableName }, existing.sheet, rect, existing.values),
    columnFormats: append.columns.map((c) => c.numberFormat),
    asText: append.columns.map((c) => c.asText),
    action: `adding rows to the ${existing.tableName} table`,
    ...(options.whenFiltered ? { whenFiltered: options.whenFiltered } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { sheetName: result.sheetName, tableName: result.tableName, address: where(result.tableRows), rows: result.tableRows, syncs: result.syncs, how: "appended" };
}
