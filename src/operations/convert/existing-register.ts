/**
 * A register the add-in converted earlier, as it is in the workbook now (the officer may have
 * edited it since): its headers, its rows with where each came from, and the formats its
 * columns use. Pure: cut from the workbook snapshot.
 */

import { isBlankCell } from "../../domain/normalize";
import { REGISTERS, type Grid, type GridValue, type RegisterKind } from "../../domain/registers";
import { parseAddress } from "../../workbook/address";
import { SOURCE_ROW_HEADER, SOURCE_SHEET_HEADER } from "../load-registers";
import { FormatTally } from "./format-tally";
import type { RegisterCell } from "./plan";
import { snapshotGrid, type WorkbookSnapshot } from "./snapshot";

export interface ExistingRow {
  /** 1-based row on the register's sheet. */
  sheetRow: number;
  /** One per header; empty cells are null. */
  cells: RegisterCell[];
  /** Where the row came from, or null for a row the officer added in the register. */
  source: { sheet: string; row: number } | null;
  /** The number format of each cell holding something (undefined for empty ones), kept when the table is rewritten. */
  formats: Array<string | undefined>;
}

export interface ExistingRegister {
  kind: RegisterKind;
  sheet: string;
  tableName: string;
  /** 1-based sheet row of the header and column of the first header. */
  origin: { row: number; column: number };
  /** The table's whole range as read (header included), every cell, for the write's guard. */
  values: GridValue[][];
  headers: string[];
  rows: ExistingRow[];
  /** Per column: the number format most of its number cells have (a cell formatted otherwise keeps its own). */
  columnFormats: Array<string | undefined>;
}

function cellOf(value: GridValue | undefined): RegisterCell {
  return value === undefined || isBlankCell(value) ? null : value;
}

/** The add-in's register table of `kind` in the snapshot, wherever the officer moved it, or null. */
export function findExistingRegister(snapshot: WorkbookSnapshot, kind: RegisterKind): ExistingRegister | null {
  const tableName = REGISTERS[kind].tableName.toLowerCase();
  const table = snapshot.tables.find((t) => t.name.toLowerCase() === tableName);
  if (!table) return null;
  const grid = snapshotGrid(snapshot, table.sheet);
  const rect = parseAddress(table.address)?.rect;
  if (!grid || !rect) return null;
  return registerFromGrid(kind, table.name, grid, { row: rect.row + 1, column: rect.column + 1, rowCount: rect.rowCount, columnCount: rect.columnCount });
}

/** The table at `area` (1-based, header included) cut from its sheet's grid. */
export function registerFromGrid(kind: RegisterKind, tableName: string, grid: Grid, area: { row: number; column: number; rowCount: number; columnCount: number }): ExistingRegister {
  const at = (row: number, column: number) => grid.values[row - grid.origin.row]?.[column - grid.origin.column];
  const formatAt = (row: number, column: number) => grid.numberFormats?.[row - grid.origin.row]?.[column - grid.origin.column] ?? "General";
  const columns = Array.from({ length: area.columnCount }, (_, j) => area.column + j);
  const headers = columns.map((c) => String(at(area.row, c) ?? "").trim());
  const lower = headers.map((h) => h.toLowerCase());
  const sheetAt = lower.indexOf(SOURCE_SHEET_HEADER.toLowerCase());
  const rowAt = lower.indexOf(SOURCE_ROW_HEADER.toLowerCase());
  const values = Array.from({ length: area.rowCount }, (_, i) => columns.map((c) => at(area.row + i, c) ?? ""));
  const rows: ExistingRow[] = [];
  const tallies = columns.map(() => new FormatTally());
  for (let r = area.row + 1; r < area.row + area.rowCount; r++) {
    const cells = columns.map((c) => cellOf(at(r, c)));
    if (cells.every((c) => c === null)) continue;
    const formats = columns.map((c, j) => {
      if (cells[j] === null) return undefined;
      const format = formatAt(r, c);
      if (typeof cells[j] === "number") tallies[j]?.add(format);
      return format;
    });
    const sourceSheet = sheetAt >= 0 ? cells[sheetAt] : null;
    const sourceRow = rowAt >= 0 ? cells[rowAt] : null;
    const source = typeof sourceSheet === "string" && typeof sourceRow === "number" ? { sheet: sourceSheet, row: sourceRow } : null;
    rows.push({ sheetRow: r, cells, source, formats });
  }
  return {
    kind,
    sheet: grid.sheet,
    tableName,
    origin: { row: area.row, column: area.column },
    values,
    headers,
    rows,
    columnFormats: tallies.map((t) => t.prevailing()),
  };
}
