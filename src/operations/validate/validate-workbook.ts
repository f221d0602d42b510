/**
 * Validating a workbook: every register read in one go (converted register tables, else the
 * raw sheets mapped on the fly; nothing is written), checked by the validation engine, and the
 * issues pointed at the user's own cells. The result also remembers, for each safe fix, what its
 * cell held, so a fix is only written where nobody has changed the cell since.
 */

import { REGISTERS, type GridValue, type RegisterKind, type RegisterRow } from "../../domain/registers";
import { SETTINGS_SHEET_NAME, type Settings } from "../../domain/settings";
import { countIssues, validateRegistersAsync, type Issue, type ValidationCounts } from "../../domain/validation";
import type { SheetReading } from "../../domain/reading";
import { WorkbookOperationError, type LongOperationOptions, type XlRequestContext } from "../../workbook/office";
import { AS_TYPED_HEADER, loadRegisters, type LoadedRegisters, type RegisterSource } from "../load-registers";
import type { SheetReadCache } from "../sheet-read-cache";

export interface ValidateWorkbookOptions extends LongOperationOptions {
  /**
   * Report only the issues on this sheet. Every register is still read and checked, because a
   * pair or session is only right or wrong against the mentors, mentees and phases it names.
   */
  sheet?: string;
  /** Overrides for the workbook's Settings (e.g. a stricter threshold from the command line). */
  settings?: Partial<Settings>;
  /** Sheets' readings kept between validations: re-validating maps and normalises only the sheets that changed. */
  cache?: SheetReadCache;
}

/** Where a register's rows came from, for the summary and the command line's JSON. */
export interface RegisterSummary {
  kind: RegisterKind;
  /** The sheets its rows are on, in the order read. */
  sheets: string[];
  rows: number;
  /** "register": a converted register table; "raw": the office's own sheet(s). */
  from: "register" | "raw" | "both";
}

/** What a safe fix will write, and what its cell must still hold for the fix to be written. */
export interface FixTarget {
  issue: Issue;
  register: RegisterKind;
  sheet: string;
  /** 1-based, on `sheet`. */
  row: number;
  column: number;
  field: string;
  /** The cell's value when it was validated ("" for a blank cell). */
  before: GridValue;
  /** The register's form of the value. */
  to: string;
  /** True when `sheet` holds a converted register table: fixes are only written there. */
  inRegister: boolean;
  /** The row's "As typed" cell, where the original is kept when the cell is tidied. */
  asTyped?: { column: number; before: string };
}

export interface WorkbookValidation {
  /** The sheet the issues were limited to, or undefined for the whole workbook. */
  sheet: string | undefined;
  issues: Issue[];
  counts: ValidationCounts;
  registers: RegisterSummary[];
  /** What happened to every sheet looked at, in tab order (for "why was my sheet not checked"). */
  readings: SheetReading[];
  sources: RegisterSource[];
  hasSettingsSheet: boolean;
  /** Register rows checked, all registers together. */
  rows: number;
  fixTargets: FixTarget[];
  /** Milliseconds reading the workbook (Excel round trips and reading rows) and checking them. */
  timings: { readMs: number; checkMs: number };
}

function summarise(sources: readonly RegisterSource[]): RegisterSummary[] {
  const byKind = new Map<RegisterKind, RegisterSummary>();
  for (const source of sources) {
    const known = byKind.get(source.kind);
    if (!known) {
      byKind.set(source.kind, { kind: source.kind, sheets: [source.sheet], rows: source.rows, from: source.from });
      continue;
    }
    if (!known.sheets.includes(source.sheet)) known.sheets.push(source.sheet);
    known.rows += source.rows;
    if (known.from !== source.from) known.from = "both";
  }
  const order = Object.keys(REGISTERS);
  return [...byKind.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

function rowKey(sheet: string, row: number): string {
  return `${sheet.toLowerCase()}\u0000${row}`;
}

/** The safe fixes of `issues`, each with what its cell held and where the row keeps originals. */
function fixTargetsOf(issues: readonly Issue[], loaded: LoadedRegisters): FixTarget[] {
  const wanted = issues.filter((i) => i.safeFix !== undefined && i.register !== "settings");
  if (wanted.length === 0) return [];
  const registerSheets = new Set(loaded.sources.filter((s) => s.from === "register").map((s) => s.sheet.toLowerCase()));
  const rows = new Map<string, { row: RegisterRow<unknown>; asTypedColumn: number | undefined }>();
  for (const kind of Object.keys(REGISTERS) as RegisterKind[]) {
    const data = loaded.registers[kind];
    if (!data) continue;
    const asTypedColumn = data.columns.find((c) => c.field === null && c.header.trim().toLowerCase() === AS_TYPED_HEADER.toLowerCase())?.column;
    for (const row of data.rows as Array<RegisterRow<unknown>>) {
      rows.set(rowKey(row.source.sheet, row.source.row), { row, asTypedColumn: row.source.sheet === data.sheet ? asTypedColumn : undefined });
    }
  }
  const targets: FixTarget[] = [];
  for (const issue of wanted) {
    const fix = issue.safeFix;
    if (!fix || issue.register === "settings") continue;
    const found = rows.get(rowKey(issue.sheet, issue.row));
    const raw = found?.row.raw as Record<string, GridValue | undefined> | undefined;
    const inRegister = registerSheets.has(issue.sheet.toLowerCase());
    const target: FixTarget = {
      issue,
      register: issue.register,
      sheet: issue.sheet,
      row: issue.row,
      column: issue.column,
      field: fix.field,
      before: raw?.[fix.field] ?? "",
      to: fix.to,
      inRegister,
    };
    if (inRegister && found?.asTypedColumn !== undefined) {
      const text = found.row.extra[AS_TYPED_HEADER];
      target.asTyped = { column: found.asTypedColumn, before: text === undefined ? "" : String(text) };
    }
    targets.push(target);
  }
  return targets;
}

/** Milliseconds since `start`, to one decimal. */
function since(start: number): number {
  return Math.round((performance.now() - start) * 10) / 10;
}

/**
 * Reads and validates the whole workbook (a few syncs however many rows: one read of every
 * sheet, in row bands only past Excel's 5 MB response limit). Cancellable through `signal`
 * between reading and checking and every few thousand rows while checking.
 */
export async function validateWorkbook(context: XlRequestContext, options: ValidateWorkbookOptions = {}): Promise<WorkbookValidation> {
  const { signal, onProgress } = options;
  const started = performance.now();
  const loaded = await loadRegisters(context, { signal, onProgress, ...(options.cache ? { cache: options.cache } : {}) });
  const readMs = since(started);

  const sheet = options.sheet === undefined ? undefined : findSheet(loaded, options.sheet);
  const checking = performance.now();
  const report = await validateRegistersAsync(loaded.registers, {
    settingsProblems: loaded.settingsProblems,
    signal,
    onProgress: (p) => onProgress?.(p.done, p.total, `Checking the ${REGISTERS[p.register].title} register`),
    ...(options.settings ? { settings: options.settings } : {}),
  });
  const issues = sheet === undefined ? report.issues : report.issues.filter((i) => i.sheet.toLowerCase() === sheet.toLowerCase());
  const registers = summarise(loaded.sources);
  return {
    sheet,
    issues,
    counts: sheet === undefined ? report.counts : countIssues(issues),
    registers,
    readings: loaded.readings,
    sources: loaded.sources,
    hasSettingsSheet: loaded.grids.has(SETTINGS_SHEET_NAME.toLowerCase()),
    rows: registers.reduce((n, r) => n + r.rows, 0),
    fixTargets: fixTargetsOf(issues, loaded),
    timings: { readMs, checkMs: since(checking) },
  };
}

/** The sheet's name as the workbook spells it; a missing sheet is an error the officer can act on. */
function findSheet(loaded: LoadedRegisters, name: string): string {
  const grid = loaded.grids.get(name.toLowerCase());
  if (grid) return grid.sheet;
  throw new WorkbookOperationError("SheetNotFound", `There is no visible sheet named "${name}" to validate. Check the sheet tabs (it may have been renamed, hidden or deleted), or validate the whole workbook.`, { sheet: name });
}
