/**
 * The plan of a conversion: a source sheet's rows as the register will store them, decided
 * before anything is written. Pure: a grid and a mapping in, rows of typed cells out.
 *
 * What each register cell holds:
 *  - a mapped field that normalised: the value typed (dates as date serials shown dd/mm/yyyy,
 *    numbers as numbers, yes/no as "Yes"/"No", lists joined with "; ", focus areas by label);
 *  - a mapped field that could not be normalised: exactly what was typed (and a problem);
 *  - a carried column: exactly what the source cell holds;
 *  - "Source sheet" / "Source row": where the row came from;
 *  - "As typed": the originals of the row's cells the register shows differently (see
 *    domain/reading/as-typed.ts), so a register value can always be traced back to the
 *    exact cell value it came from.
 */

import { applyMappingOverrides, mapSheet, type MappingOverride, type SheetMapping } from "../../domain/mapping";
import { displayValue, isBlankCell, isoToExcelSerial, type FieldValue } from "../../domain/normalize";
import { formatAsTyped, readRegister, type AsTypedEntry } from "../../domain/reading";
import {
  REGISTERS,
  cellRef,
  type FieldDef,
  type Grid,
  type GridValue,
  type NormalisationChange,
  type NormalisationProblem,
  type RegisterKind,
  type RegisterRow,
} from "../../domain/registers";
import { MAX_CELL_TEXT_LENGTH, TEXT_FORMAT } from "../../workbook/cell-safety";
import { ConvertError } from "./convert-error";
import { registerColumns, type RegisterColumn } from "./register-columns";

/** What a register cell is written as (null: left empty). */
export type RegisterCell = string | number | boolean | null;

export interface PlannedRow {
  source: { sheet: string; row: number };
  /** One per register column, in column order. */
  cells: RegisterCell[];
  /**
   * Number formats of single cells that must not take their column's, by column index: a
   * value kept as typed in a date or number column (text "@", a number its source cell's
   * format, so 2017 is not shown as 09/07/1905), a carried number whose source cell is
   * formatted unlike the rest of its column. Absent when every cell takes its column's.
   */
  formats?: Record<number, string>;
  changes: NormalisationChange[];
  problems: NormalisationProblem[];
}

export interface ConversionPlan {
  kind: RegisterKind;
  source: { sheet: string; headerRow: number };
  mapping: SheetMapping;
  columns: RegisterColumn[];
  rows: PlannedRow[];
  /** Where the register is written unless it already lives elsewhere. */
  target: { sheetName: string; tableName: string };
}

/** The mapping the conversion uses: the header wording's, corrected by the officer's choices. */
export function resolveMapping(grid: Grid, kind: RegisterKind, overrides: readonly MappingOverride[] = [], headerRow?: number): SheetMapping {
  const mapping = mapSheet(grid, kind, headerRow === undefined ? undefined : headerRow - grid.origin.row);
  if (!mapping) {
    throw new ConvertError(
      "NoHeaderRow",
      `Sheet “${grid.sheet}” has no header row naming ${REGISTERS[kind].title} columns in its first 30 rows.`,
      `Put a row of column headings (such as “Name”, “County”, “Phone”) above the data, then convert again.`,
    );
  }
  return overrides.length > 0 ? applyMappingOverrides(mapping, overrides) : mapping;
}

/** A plan with its columns decided and no rows yet: rows are added band by band (planBand). */
export function startPlan(grid: Grid, mapping: SheetMapping, phases: readonly string[]): ConversionPlan {
  const def = REGISTERS[mapping.kind];
  return {
    kind: mapping.kind,
    source: { sheet: grid.sheet, headerRow: mapping.headerRow },
    mapping,
    columns: registerColumns(grid, mapping, phases),
    rows: [],
    target: { sheetName: def.sheetName, tableName: def.tableName },
  };
}

/** Grid rows (0-based indices into grid.values) below the header: what planBand walks. */
export function dataRowRange(grid: Grid, plan: Pick<ConversionPlan, "source">): { from: number; to: number } {
  return { from: Math.max(0, plan.source.headerRow - grid.origin.row + 1), to: grid.values.length };
}

/**
 * Adds the register rows of grid rows [from, to) to the plan. Bands let a 50,000-row sheet be
 * planned in slices, with progress and a chance to cancel between them.
 */
export function planBand(plan: ConversionPlan, grid: Grid, from: number, to: number): void {
  // The whole grid with a row range, not a slice: a merge crossing into this band keeps its value above.
  const data = readRegister(grid, plan.kind, plan.mapping, undefined, { from, to });
  for (const row of data.rows) plan.rows.push(plannedRow(plan, grid, row));
}

/** The whole plan at once (tests, the command line's small sheets, the screen's preview with `limit`). */
export function planConversion(grid: Grid, mapping: SheetMapping, phases: readonly string[] = [], options: { limit?: number } = {}): ConversionPlan {
  const plan = startPlan(grid, mapping, phases);
  const { from, to } = dataRowRange(grid, plan);
  if (options.limit === undefined) {
    planBand(plan, grid, from, to);
    return plan;
  }
  // Blank rows are skipped, so read in small bands until `limit` rows are found.
  const step = Math.max(1, options.limit * 2);
  for (let start = from; start < to && plan.rows.length < options.limit; start += step) planBand(plan, grid, start, Math.min(to, start + step));
  plan.rows.length = Math.min(plan.rows.length, options.limit);
  return plan;
}

/** A normalised value as the register cell stores it. */
export function storedValue(field: FieldDef, value: FieldValue): RegisterCell {
  switch (field.kind) {
    case "date":
      return isoToExcelSerial(value as string);
    case "integer":
    case "number":
    case "score":
      return value as number;
    default:
      return displayValue(field.kind, value);
  }
}

function sourceCell(grid: Grid, sheetRow: number, column: number): GridValue | undefined {
  return grid.values[sheetRow - grid.origin.row]?.[column - grid.origin.column];
}

function sourceFormat(grid: Grid, sheetRow: number, column: number | null): string {
  if (column === null) return "General";
  return grid.numberFormats?.[sheetRow - grid.origin.row]?.[column - grid.origin.column] ?? "General";
}

/** How a value written as it was typed must be formatted to show as typed, or undefined when its column's format does. */
function asTypedFormat(value: RegisterCell, column: RegisterColumn, grid: Grid, sheetRow: number, sourceColumn: number | null): string | undefined {
  if (value === null || column.numberFormat === undefined) return undefined;
  const format = typeof value === "string" ? TEXT_FORMAT : typeof value === "number" ? sourceFormat(grid, sheetRow, sourceColumn) : "General";
  return format === column.numberFormat ? undefined : format;
}

function plannedRow<T>(plan: ConversionPlan, grid: Grid, row: RegisterRow<T>): PlannedRow {
  const values = row.values as Record<string, FieldValue | undefined>;
  const raw = row.raw as Record<string, GridValue | undefined>;
  const problems = [...row.problems];
  const originals: AsTypedEntry[] = [];
  const formats: Record<number, string> = {};
  const keep = (j: number, format: string | undefined) => {
    if (format !== undefined) formats[j] = format;
  };
  const cells = plan.columns.map((column, j): RegisterCell => {
    switch (column.role) {
      case "field": {
        const typed = raw[column.field.key];
        const value = values[column.field.key];
        if (value === undefined) {
          keep(j, asTypedFormat(typed ?? null, column, grid, row.source.row, column.sourceColumn));
          return typed ?? null;
        }
        const stored = storedValue(column.field, value);
        // Whatever the register shows differently from the cell (a normalised value, but also
        // FALSE shown as "No" or the text "12" stored as the number 12) keeps its original.
        if (typed !== undefined && !Object.is(stored, typed)) originals.push({ label: column.field.label, value: typed });
        return stored;
      }
      case "carried": {
        const value = sourceCell(grid, row.source.row, column.sourceColumn);
        if (value === undefined || isBlankCell(value)) return null;
        if (typeof value === "number") {
          const format = sourceFormat(grid, row.source.row, column.sourceColumn);
          if (format !== (column.numberFormat ?? "General")) keep(j, format);
        }
        return value;
      }
      case "provenance":
        if (column.provenance === "sheet") return row.source.sheet;
        if (column.provenance === "row") return row.source.row;
        return null;
    }
  });
  const asTypedAt = plan.columns.findIndex((c) => c.role === "provenance" && c.provenance === "asTyped");
  if (asTypedAt >= 0) cells[asTypedAt] = asTypedCell(row, originals, problems);
  const planned: PlannedRow = { source: row.source, cells, changes: row.changes, problems };
  if (Object.keys(formats).length > 0) planned.formats = formats;
  return planned;
}

/**
 * The "As typed" text, or null when the register shows every cell as typed. Originals too
 * long for one Excel cell (32,767 characters) cannot be kept there: the row then says so as a
 * problem, pointing to the source row, which the conversion never touches.
 */
function asTypedCell<T>(row: RegisterRow<T>, originals: readonly AsTypedEntry[], problems: NormalisationProblem[]): RegisterCell {
  if (originals.length === 0) return null;
  const text = formatAsTyped(originals);
  if (text.length <= MAX_CELL_TEXT_LENGTH) return text;
  const first = row.changes[0];
  problems.push({
    field: first?.field ?? "",
    cell: first?.cell ?? cellRef(row.source.sheet, row.source.row, 1),
    value: "",
    message: `The values as typed in row ${row.source.row} of “${row.source.sheet}” are too long to keep in the register's “As typed” cell`,
    fix: `Compare with row ${row.source.row} of “${row.source.sheet}”, which is left as it was.`,
  });
  return null;
}
