import { focusAreaLabel, FOCUS_AREA_IDS, type FocusAreaId } from "../reference";
import {
  cellRef,
  REGISTERS,
  type CellRef,
  type FieldDef,
  type GridValue,
  type NormalisationChange,
  type NormalisationProblem,
  type RegisterData,
  type RegisterKind,
  type RegisterRow,
} from "../registers";
import { formatIso } from "./dates";
import { capitalise, describeRow } from "./describe";
import { ruleDef, type RuleId } from "./rules";
import type { Issue, IssueRegister, SafeFix } from "./types";

/** A register row seen field by field, whatever the register's type. */
export interface LooseRow {
  values: Readonly<Record<string, unknown>>;
  raw: Readonly<Record<string, GridValue | undefined>>;
  cells: Readonly<Record<string, CellRef | undefined>>;
  source: { sheet: string; row: number };
  changes: readonly NormalisationChange[];
  problems: readonly NormalisationProblem[];
}

/** Where a register's fields sit on its sheet, so a blank cell can still be pointed at. */
export class Layout {
  readonly kind: RegisterKind;
  readonly sheet: string;
  readonly headerRow: number;
  readonly fields: readonly FieldDef[];
  readonly requiredFields: readonly FieldDef[];
  private readonly fieldByKey: ReadonlyMap<string, FieldDef>;
  private readonly columns: ReadonlyMap<string, number>;
  /** Leftmost column of the table; undefined when the register came without a column mapping. */
  readonly firstColumn: number | undefined;

  /** Rows of the register, to learn where fields sit on sheets other than the mapped one. */
  private readonly rows: ReadonlyArray<Pick<LooseRow, "source" | "cells">>;
  /** Columns of the other joined sheets, learned from their rows' cells when first asked. */
  private otherSheets: Map<string, Map<string, number>> | undefined;

  constructor(data: Pick<RegisterData<unknown>, "kind" | "sheet" | "headerRow" | "columns"> & { rows?: ReadonlyArray<Pick<LooseRow, "source" | "cells">> }) {
    this.kind = data.kind;
    this.rows = data.rows ?? [];
    this.sheet = data.sheet;
    this.headerRow = data.headerRow;
    this.fields = REGISTERS[data.kind].fields;
    this.requiredFields = this.fields.filter((f) => f.required);
    this.fieldByKey = new Map(this.fields.map((f) => [f.key, f]));
    const columns = new Map<string, number>();
    let first = Number.POSITIVE_INFINITY;
    for (const c of data.columns) {
      first = Math.min(first, c.column);
      if (c.field !== null && !columns.has(c.field)) columns.set(c.field, c.column);
    }
    this.columns = columns;
    this.firstColumn = Number.isFinite(first) ? first : undefined;
  }

  field(key: string): FieldDef | undefined {
    return this.fieldByKey.get(key);
  }

  label(key: string): string {
    return this.fieldByKey.get(key)?.label ?? key;
  }

  /** Whether the sheet has a column for the field at all (a blank cell differs from no column). */
  hasColumn(key: string): boolean {
    return this.columns.has(key);
  }

  column(key: string): number | undefined {
    return this.columns.get(key);
  }

  /**
   * The field's column on `sheet`. The mapping describes the register's first sheet only (the
   * reader joins same-register sheets, such as a raw "Pairing" sheet and the "Pairs register"
   * pairing created beside it); another sheet's column is known where any of its rows has a
   * value in it, so a blank cell there is still pointed at, not the row's first cell.
   */
  columnOn(sheet: string, key: string): number | undefined {
    if (sheet === this.sheet) return this.columns.get(key);
    this.otherSheets ??= this.learnOtherSheets();
    return this.otherSheets.get(sheet)?.get(key);
  }

  private learnOtherSheets(): Map<string, Map<string, number>> {
    const bySheet = new Map<string, Map<string, number>>();
    for (const row of this.rows) {
      if (row.source.sheet === this.sheet) continue;
      let columns = bySheet.get(row.source.sheet);
      if (!columns) bySheet.set(row.source.sheet, (columns = new Map()));
      for (const key in row.cells) {
        const cell = row.cells[key];
        if (cell && !columns.has(key)) columns.set(key, cell.column);
      }
    }
    return bySheet;
  }
}

/** One row with what issue-making needs: its cells, its values as typed and as read. */
export class RowView {
  private whoText: string | undefined;

  constructor(
    readonly layout: Layout,
    readonly row: LooseRow,
  ) {}

  /**
   * How messages name the row ("mentor Achieng Otieno (row 7)"). Worked out only when an issue
   * needs it: most rows have none, and building 100,000 descriptions cost more than the checks.
   */
  get who(): string {
    this.whoText ??= describeRow(this);
    return this.whoText;
  }

  /** The same, starting a sentence. */
  get Who(): string {
    return capitalise(this.who);
  }

  /** The row named with its sheet, for messages about another register's rows. */
  get whoElsewhere(): string {
    return describeRow(this, true);
  }

  /**
   * Where the user should type a field's value, for fixes: its cell, or, when the sheet has no
   * column for the field, a column to add (pointing at a cell of another column would mislead).
   */
  place(field: string): string {
    if (this.row.cells[field] !== undefined) return this.cell(field).address;
    const label = q(this.layout.label(field));
    if (this.layout.columnOn(this.sheet, field) !== undefined) return this.cell(field).address;
    if (!this.onMappedSheet) return `the ${label} column of ${this.sheet}, row ${this.line}`;
    return `a new ${label} column (row ${this.line})`;
  }

  /** The sheet the row is on (a register may join several sheets; messages name the row's own). */
  get sheet(): string {
    return this.row.source.sheet;
  }

  get kind(): RegisterKind {
    return this.layout.kind;
  }

  /** The sheet row number, for messages. */
  get line(): number {
    return this.row.source.row;
  }

  /**
   * Whether the row sits on the sheet the register's column mapping describes. The reader joins
   * same-register sheets ("Mentors Ph1", "Mentors Ph2") into one register whose columns are the
   * first sheet's; the others' columns are learned from their rows (Layout.columnOn).
   */
  private get onMappedSheet(): boolean {
    return this.row.source.sheet === this.layout.sheet;
  }

  /** The field's cell: as read, else where its column crosses this row, else the row's first cell. */
  cell(field: string | undefined): CellRef {
    if (field !== undefined) {
      const known = this.row.cells[field];
      if (known) return known;
      const column = this.layout.columnOn(this.sheet, field);
      if (column !== undefined) return cellRef(this.row.source.sheet, this.row.source.row, column);
    }
    return this.firstCell();
  }

  /** The row's first cell in the register's table (its leftmost column, mapped or carried). */
  firstCell(): CellRef {
    const { sheet, row } = this.row.source;
    if (this.onMappedSheet && this.layout.firstColumn !== undefined) return cellRef(sheet, row, this.layout.firstColumn);
    // No column mapping for this sheet: the leftmost cell the row knows about.
    let first: CellRef | undefined;
    for (const key in this.row.cells) {
      const c = this.row.cells[key];
      if (c && (first === undefined || c.column < first.column)) first = c;
    }
    return first ?? cellRef(sheet, row, 1);
  }

  /** The value as the user sees it in the cell; undefined for a blank cell. */
  typed(field: string): string | undefined {
    const raw = this.row.raw[field];
    const value = this.row.values[field];
    const kind = this.layout.field(field)?.kind;
    // A real date cell holds a serial number; the user sees the date, so show that. (A number
    // in General format is shown as a number: the reader records reading it as a date as a change.)
    if (typeof raw === "number" && kind === "date" && typeof value === "string" && !this.changed(field)) return formatIso(value);
    if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
    if (raw !== undefined) return String(raw);
    return value === undefined ? undefined : displayValue(value);
  }

  private changed(field: string): boolean {
    for (const change of this.row.changes) if (change.field === field) return true;
    return false;
  }

  /** Whether the cell holds anything at all, read or not. */
  filled(field: string): boolean {
    const raw = this.row.raw[field];
    if (raw !== undefined && String(raw).trim() !== "") return true;
    return isPresent(this.row.values[field]);
  }
}

const focusIds: ReadonlySet<string> = new Set(FOCUS_AREA_IDS);

/** A normalised value in words: dates as "6 Feb 2017", focus areas by label, yes/no as Yes/No. */
export function displayValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(displayValue).join("; ");
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (focusIds.has(value)) return focusAreaLabel(value as FocusAreaId);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatIso(value);
    return value;
  }
  return String(value);
}

export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** “value”, quoted the way the normaliser's messages quote. */
export function q(value: string): string {
  return `\u201c${value}\u201d`;
}

export interface Finding {
  field?: string;
  message: string;
  fix: string;
  /** Defaults to the field's value as typed. */
  value?: string;
  safeFix?: SafeFix;
  /** Defaults to the field's cell (or the row's first cell). */
  cell?: CellRef;
  /**
   * The message, fix and value quote no text of the cell (only, say, Excel's error code), so
   * they may be shown for a confidential field as they are.
   */
  quotesNoCellText?: boolean;
}

/** Collects issues; severity comes from the rule catalogue so it is decided in one place. */
export class Collector {
  readonly issues: Issue[] = [];

  report(rule: RuleId, at: RowView, finding: Finding): void {
    const cell = finding.cell ?? at.cell(finding.field);
    const def = finding.field === undefined ? undefined : at.layout.field(finding.field);
    if (def?.confidential && finding.quotesNoCellText !== true) {
      this.reportCell(rule, at.kind, cell, confidentialFinding(rule, at, def.label, finding.field, cell.address));
      return;
    }
    const value = finding.value ?? (finding.field === undefined ? undefined : at.typed(finding.field));
    this.reportCell(rule, at.kind, cell, { ...finding, value });
  }

  /** For issues about a register rather than a row (a missing column): no row to read values from. */
  reportCell(rule: RuleId, register: IssueRegister, cell: CellRef, finding: Omit<Finding, "cell">): void {
    const issue: Issue = {
      severity: ruleDef(rule).severity,
      rule,
      register,
      sheet: cell.sheet,
      row: cell.row,
      column: cell.column,
      cell: cell.address,
      message: finding.message,
      fix: finding.fix,
    };
    if (finding.field !== undefined) issue.field = finding.field;
    // A blank cell has no value to show.
    if (finding.value !== undefined && finding.value.trim() !== "") issue.value = finding.value;
    if (finding.safeFix) issue.safeFix = finding.safeFix;
    this.issues.push(issue);
  }
}

/**
 * An issue about a confidential field (session notes, evaluation comments) never carries the
 * text: not as its value, not quoted in the message or the fix, and with no safe fix, because
 * issues are listed in the pane, exported to the issues sheet and printed by the command line.
 */
function confidentialFinding(rule: RuleId, at: RowView, label: string, field: string | undefined, address: string): Omit<Finding, "cell"> {
  const title = ruleDef(rule).title;
  return {
    field,
    message: `${label} for ${at.who}: ${title.charAt(0).toLowerCase()}${title.slice(1)}. The text is confidential, so it is not repeated here.`,
    fix: `Open ${address} on the ${at.row.source.sheet} sheet and check the text yourself.`,
  };
}

/** View a typed register row field by field (the row's own type stays with the caller). */
export function loose<T>(row: RegisterRow<T>): LooseRow {
  return row as unknown as LooseRow;
}

/** "1st", "2nd", "3rd", "4th": for "a 3rd mentee". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** "rows 4, 9 and 12" (at most a few, then "and N more"). */
export function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 5);
  const more = rows.length - shown.length;
  const parts = shown.map(String);
  if (more > 0) return `rows ${parts.join(", ")} and ${more} more`;
  if (parts.length === 1) return `row ${parts[0] ?? ""}`;
  return `rows ${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1] ?? ""}`;
}
