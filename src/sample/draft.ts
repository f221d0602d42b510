import { columnLetters, type RegisterKind } from "../domain/registers";
import { dateCell } from "./dates";
import type { CellInput, SheetSpec } from "./spec";
import { DEFECT_KINDS, type DefectKind, type PlantedDefect, type SampleSheetLayout, type TruthValue } from "./types";
import type { Anomaly } from "./truth";

/**
 * Builds one messy sheet and keeps the books on it: which row shows which entity, where the
 * header is, and every defect planted, with its cell address computed from where the row
 * actually landed (so inserting a title row can never leave a defect pointing at the wrong cell).
 */

export interface ColumnDef {
  header: string;
  /** Register field this column feeds; null for a column carried as-is. */
  field: string | null;
  width?: number;
  /** Set when the header wording is one of the variants the brief asks for (a planted defect). */
  variantOf?: string;
}

export type DraftDefect = Omit<PlantedDefect, "id">;

/** The date number format offices use in Kenya. */
export const DATE_FORMAT = "dd/mm/yyyy";

/** A real date cell for an ISO date, or null for none. */
export function dateValue(iso: string | undefined): Date | null {
  return iso === undefined ? null : dateCell(iso);
}

export function yesNo(value: boolean | undefined): string | null {
  return value === undefined ? null : value ? "Yes" : "No";
}

export class SheetDraft {
  private readonly rows: CellInput[][] = [];
  private readonly merges: string[] = [];
  private readonly defects: DraftDefect[] = [];
  private readonly dataRows: Array<{ row: number; key: string }> = [];
  private readonly titleRows: number[] = [];
  private headerRow = 0;

  constructor(
    readonly name: string,
    readonly register: RegisterKind,
    private readonly columns: readonly ColumnDef[],
  ) {}

  /** A title line above the header; `merge` spans it across every column, as offices do. */
  title(text: string, merge = false): this {
    this.rows.push([text]);
    const row = this.rows.length;
    this.titleRows.push(row);
    if (merge) {
      const range = `A${row}:${columnLetters(this.columns.length)}${row}`;
      this.merges.push(range);
      this.record({ kind: "merged-title", cell: range, value: text, description: `Title merged across ${range} above the header.` });
    }
    return this;
  }

  /** An empty line between the titles and the header. */
  spacer(): this {
    this.rows.push([]);
    return this;
  }

  header(): this {
    if (this.titleRows.length > 0) {
      const first = this.titleRows[0] as number;
      this.record({
        kind: "title-rows",
        cell: `A${first}`,
        value: this.rows[first - 1]?.[0] ?? null,
        description: `${this.rows.length} row(s) of titles above the header; the header is on row ${this.rows.length + 1}.`,
      });
    }
    this.rows.push(this.columns.map((c) => c.header));
    this.headerRow = this.rows.length;
    this.columns.forEach((c, i) => {
      if (c.variantOf) {
        this.record({
          kind: "header-variant",
          cell: `${columnLetters(i + 1)}${this.headerRow}`,
          value: c.header,
          field: c.field,
          description: `Header "${c.header}" is the office's wording for "${c.variantOf}".`,
        });
      }
    });
    return this;
  }

  /** A data row for entity `key`; `values` by field, missing fields left blank. */
  row(key: string, values: Readonly<Record<string, CellInput>>): number {
    if (this.headerRow === 0) throw new Error(`${this.name}: header() before row()`);
    this.rows.push(this.columns.map((c) => (c.field === null ? values[`#${c.header}`] : values[c.field]) ?? null));
    const row = this.rows.length;
    this.dataRows.push({ row, key });
    return row;
  }

  blankRow(description: string): void {
    this.rows.push([]);
    this.record({ kind: "blank-row", cell: `A${this.rows.length}`, value: null, description });
  }

  /** Replaces the cell of `field` in entity `key`'s first row and records why. */
  plant(key: string, field: string, value: CellInput, kind: DefectKind, expected: TruthValue | undefined, description: string): void {
    const { row, column } = this.locate(key, field);
    const cells = this.rows[row - 1] as CellInput[];
    cells[column - 1] = value;
    this.record({ kind, cell: `${columnLetters(column)}${row}`, value, key, field, expected, description });
  }

  /** Records a defect that lives in a row rendered again (a duplicate entry). */
  plantRow(row: number, key: string, field: string, kind: DefectKind, description: string): void {
    const column = this.columnOf(field);
    this.record({ kind, cell: `${columnLetters(column)}${row}`, value: this.rows[row - 1]?.[column - 1] ?? null, key, field, description });
  }

  /** Records a defect in entity `key`'s first row without changing the cell. */
  mark(key: string, field: string, kind: DefectKind, description: string): void {
    const { row, column } = this.locate(key, field);
    this.record({ kind, cell: `${columnLetters(column)}${row}`, value: this.rows[row - 1]?.[column - 1] ?? null, key, field, description });
  }

  /** Points rule anomalies at the cells they landed in; a row not rendered gets no cell. */
  flag(anomalies: readonly Anomaly[]): void {
    for (const a of anomalies.filter((x) => x.register === this.register)) {
      const found = this.dataRows.find((r) => r.key === a.key);
      if (!found || a.field === null) {
        this.record({ kind: a.kind, cell: null, value: null, key: a.key, field: a.field, description: a.description });
        continue;
      }
      const column = this.columnOf(a.field);
      this.record({ kind: a.kind, cell: `${columnLetters(column)}${found.row}`, value: this.rows[found.row - 1]?.[column - 1] ?? null, key: a.key, field: a.field, description: a.description });
    }
  }

  build(): { sheet: SheetSpec; layout: SampleSheetLayout; defects: DraftDefect[] } {
    // Number formats are laid last, from what the cells hold, so a date replaced by text
    // keeps no date format it does not need.
    const numberFormats: Array<{ address: string; format: string }> = [];
    this.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell instanceof Date) numberFormats.push({ address: `${columnLetters(c + 1)}${r + 1}`, format: DATE_FORMAT });
      });
    });
    // Blank and title rows hold fewer cells than the header; pad nothing so they stay empty.
    const sheet: SheetSpec = {
      name: this.name,
      rows: this.rows.map((r) => [...r]),
      merges: [...this.merges],
      columnWidths: this.columns.map((c) => c.width ?? 14),
      numberFormats,
    };
    const layout: SampleSheetLayout = {
      name: this.name,
      register: this.register,
      titleRows: [...this.titleRows],
      headerRow: this.headerRow,
      columns: this.columns.map((c, i) => ({ column: i + 1, letter: columnLetters(i + 1), header: c.header, field: c.field })),
      rows: [...this.dataRows],
    };
    return { sheet, layout, defects: [...this.defects] };
  }

  private columnOf(field: string): number {
    const index = this.columns.findIndex((c) => c.field === field);
    if (index < 0) throw new Error(`${this.name} has no column for ${field}`);
    return index + 1;
  }

  private locate(key: string, field: string): { row: number; column: number } {
    const found = this.dataRows.find((r) => r.key === key);
    if (!found) throw new Error(`${this.name} has no row for ${key}`);
    return { row: found.row, column: this.columnOf(field) };
  }

  private record(d: { kind: DefectKind; cell: string | null; value: CellInput; description: string; key?: string; field?: string | null; expected?: TruthValue }): void {
    this.defects.push(compactDefect({
      kind: d.kind,
      category: DEFECT_KINDS[d.kind],
      sheet: this.name,
      cell: d.cell,
      value: d.value,
      // Header and cell defects concern the register; title and blank rows only the sheet.
      register: d.key === undefined && d.field === undefined ? null : this.register,
      key: d.key ?? null,
      field: d.field ?? null,
      expected: d.expected,
      description: d.description,
    }));
  }
}

/** Leaves `expected` out rather than undefined, so defects compare cleanly with toEqual. */
function compactDefect(d: DraftDefect): DraftDefect {
  const copy: DraftDefect = { ...d };
  if (copy.expected === undefined) delete copy.expected;
  return copy;
}
