import { gridWidth } from "../mapping/columns";
import type { SheetMapping } from "../mapping/types";
import { displayValue, HOURS_FIELDS, normalizeField, type FieldValue, type NormalizeFieldOptions } from "../normalize/field";
import { cellText, isBlankCell, type Normalised } from "../normalize/result";
import {
  REGISTERS,
  cellRef,
  columnLetters,
  type CellRef,
  type ColumnMapping,
  type FieldDef,
  type Grid,
  type GridValue,
  type NormalisationChange,
  type NormalisationProblem,
  type RegisterData,
  type RegisterKind,
  type RegisterRow,
} from "../registers";
import type { Settings } from "../settings";
import { fillKey, mergeFills, type MergeFill } from "./merged-cells";
import type { RegisterTypes } from "./register-types";
import { totalsRowProblem } from "./totals-row";

/** What the reader needs of a mapping: where the header is and which column feeds what. */
export type ReadableMapping = Pick<SheetMapping, "headerRow"> & { columns: readonly ColumnMapping[] };

interface ColumnPlan {
  column: number;
  field: FieldDef | null;
  extraKey: string;
  /** Built once per column, not per cell: a 50,000-row sheet has 600,000 cells. */
  options: NormalizeFieldOptions;
}

/**
 * The keys under which unmapped columns are carried in `extra`: the header as typed, or
 * "Column F" when blank; a header that repeats gets its column letter ("Remarks (column H)"),
 * so two columns never share a key and no value overwrites another.
 */
export function extraKeys(headers: ReadonlyArray<{ column: number; header: string }>): Map<number, string> {
  const counts = new Map<string, number>();
  for (const { header } of headers) if (header !== "") counts.set(header, (counts.get(header) ?? 0) + 1);
  const taken = new Set<string>();
  const keys = new Map<number, string>();
  for (const { column, header } of headers) {
    const letters = columnLetters(column);
    let key = header === "" ? `Column ${letters}` : (counts.get(header) ?? 0) > 1 ? `${header} (column ${letters})` : header;
    while (taken.has(key)) key = `${key} (column ${letters})`;
    taken.add(key);
    keys.set(column, key);
  }
  return keys;
}

function plan(grid: Grid, kind: RegisterKind, mapping: ReadableMapping): ColumnPlan[] {
  const width = Math.max(gridWidth(grid), ...mapping.columns.map((c) => c.column - grid.origin.column + 1));
  const byColumn = new Map(mapping.columns.map((c) => [c.column, c]));
  const fields = REGISTERS[kind].fields;
  const headers: Array<{ column: number; header: string }> = [];
  for (let j = 0; j < width; j++) {
    const column = grid.origin.column + j;
    headers.push({ column, header: byColumn.get(column)?.header.trim() ?? "" });
  }
  const keys = extraKeys(headers);
  return headers.map(({ column }) => {
    const fieldKey = byColumn.get(column)?.field ?? null;
    const field = fieldKey === null ? null : (fields.find((f) => f.key === fieldKey) ?? null);
    if (fieldKey !== null && field === null) throw new RangeError(`The ${REGISTERS[kind].title} register has no field “${fieldKey}”.`);
    const options: NormalizeFieldOptions = field ? { options: field.options, hours: HOURS_FIELDS.has(field.key) } : {};
    return { column, field, extraKey: keys.get(column) ?? `Column ${columnLetters(column)}`, options };
  });
}

/**
 * A sheet's rows as register rows. Below the header, every row with anything in it becomes a
 * row (a blank row is skipped, not the end of the data). Each mapped cell keeps its original
 * in `raw` and its address in `cells`; what normalised is in `values`, what changed is in
 * `changes`, what could not be read is in `problems` (and stays in `raw`). Cells of unmapped
 * columns are carried in `extra` under their header, so nothing typed is lost.
 *
 * A mapped cell covered by a vertical merge below the header reads the merge's value, reported
 * as a change from empty (merged-cells.ts); a row with nothing but such cells is still blank.
 *
 * `settings` is accepted for the readers' common signature; normalising needs none of it yet.
 * `rows` limits the reading to grid rows [from, to) (0-based indices into grid.values), so a
 * big sheet is read in bands while a merge crossing a band still finds its value above.
 */
export function readRegister<K extends RegisterKind>(
  grid: Grid,
  kind: K,
  mapping: ReadableMapping,
  _settings?: Settings,
  rows: { from: number; to: number } = { from: 0, to: grid.values.length },
): RegisterData<RegisterTypes[K]> {
  type T = RegisterTypes[K];
  const plans = plan(grid, kind, mapping);
  const headerIndex = mapping.headerRow - grid.origin.row;
  const fills = mergeFills(grid, mapping.headerRow);
  const read: RegisterRow<T>[] = [];
  for (let i = Math.max(0, headerIndex + 1, rows.from); i < Math.min(grid.values.length, rows.to); i++) {
    const cells = grid.values[i];
    if (!cells || (cells.length === 0 && fills.size === 0)) continue;
    const formats = grid.numberFormats?.[i];
    const sheetRow = grid.origin.row + i;
    const values: Record<string, unknown> = {};
    const raw: Record<string, GridValue> = {};
    const refs: Record<string, CellRef> = {};
    const extra: Record<string, GridValue> = {};
    const changes: NormalisationChange[] = [];
    const problems: NormalisationProblem[] = [];
    let any = false;
    // Filled cells may lie past a short row's end; without merges, only the row's own cells.
    const width = fills.size === 0 ? cells.length : Math.max(cells.length, plans.length);
    for (let j = 0; j < width; j++) {
      const own = cells[j];
      const p = plans[j];
      const fill = fills.size > 0 && p?.field && (own === undefined || isBlankCell(own)) ? fills.get(fillKey(sheetRow, p.column)) : undefined;
      const value = fill ? fill.value : own;
      if (value === undefined || isBlankCell(value)) continue;
      if (!fill) any = true;
      if (!p || p.field === null) {
        extra[p?.extraKey ?? `Column ${columnLetters(grid.origin.column + j)}`] = value;
        continue;
      }
      const field = p.field;
      const ref = cellRef(grid.sheet, sheetRow, p.column);
      // A filled cell's original is what it holds (empty): the register's As typed then says so.
      raw[field.key] = fill ? (own ?? "") : value;
      refs[field.key] = ref;
      const result = normalizeField(field.kind, value, fill ? fill.numberFormat : formats?.[j], p.options);
      if (fill) changes.push({ field: field.key, cell: ref, before: own ?? "", ...filled(field, fill, result) });
      if (!result.ok) {
        problems.push({ field: field.key, cell: ref, value, message: result.message, fix: result.fix });
        continue;
      }
      if (result.value === null) continue;
      values[field.key] = result.value;
      if (result.changed && !fill) {
        changes.push({ field: field.key, cell: ref, before: value, after: displayValue(field.kind, result.value), reason: result.reason ?? "tidied" });
      }
      if (result.partial) problems.push({ field: field.key, cell: ref, value, message: result.partial.message, fix: result.partial.fix });
    }
    if (!any) continue;
    const totals = totalsRowProblem(kind, grid.sheet, sheetRow, cells, (j) => ({ column: grid.origin.column + j, field: plans[j]?.field?.key ?? null }));
    if (totals) problems.push(totals);
    read.push({
      values: values as Partial<T>,
      raw: raw as RegisterRow<T>["raw"],
      cells: refs as RegisterRow<T>["cells"],
      source: { sheet: grid.sheet, row: sheetRow },
      changes,
      problems,
      extra,
    });
  }
  return {
    kind,
    sheet: grid.sheet,
    headerRow: mapping.headerRow,
    columns: mapping.columns.map((c) => ({ column: c.column, header: c.header, field: c.field, confidence: c.confidence })),
    rows: read,
  };
}

/** What a filled cell's change says: the value as the register shows it, and where it came from. */
function filled(field: FieldDef, fill: MergeFill, result: Normalised<FieldValue | null>): Pick<NormalisationChange, "after" | "reason"> {
  const from = `filled from the merged cells ${fill.from}`;
  if (!result.ok || result.value === null) return { after: cellText(fill.value), reason: from };
  const after = displayValue(field.kind, result.value);
  return { after, reason: result.changed ? `${from}; ${result.reason ?? "tidied"}` : from };
}
