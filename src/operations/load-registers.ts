/**
 * The registers of a whole workbook, as validation, pairing and summaries need them: one read
 * of every sheet (O(1) syncs), then pure domain work. A register the add-in converted (an
 * Excel table named like "MentorsRegister") is the source of truth for its kind; raw sheets
 * that were converted into it are not read again, so nobody is counted twice. Raw sheets not
 * yet converted are read as they are, so validation works before anything is converted.
 */

import { detectRegister, mapSheet } from "../domain/mapping";
import { addRegisterRows, joinSheets, readRegister, readSheet, type RegisterSlots, type RegisterTypes, type SheetReading } from "../domain/reading";
import { REGISTERS, REGISTER_KINDS, type Grid, type RegisterData, type RegisterKind, type Registers } from "../domain/registers";
import { readSettingsGrid, SETTINGS_SHEET_NAME, type SettingsProblem } from "../domain/settings";
import { readWorkbookGrids, type SheetGrid, type TableInfo, type XlRequestContext } from "../workbook/office";
import type { LongOperationOptions } from "../workbook/office/progress";
import { isOutputSheet } from "./output-sheets";
import type { SheetReadCache } from "./sheet-read-cache";

/** Header of the converted register column that says which sheet a row came from. */
export const SOURCE_SHEET_HEADER = "Source sheet";
export const SOURCE_ROW_HEADER = "Source row";
export const AS_TYPED_HEADER = "As typed";

export interface RegisterSource {
  kind: RegisterKind;
  /** "register": an add-in table; "raw": a sheet as the office keeps it. */
  from: "register" | "raw";
  sheet: string;
  table?: string;
  rows: number;
}

export interface LoadedRegisters {
  registers: Registers;
  sources: RegisterSource[];
  /** What happened to every sheet that was looked at, in tab order. */
  readings: SheetReading[];
  settingsProblems: SettingsProblem[];
  /** The grids read, by sheet name (lower case), for callers that must check for changes later. */
  grids: Map<string, SheetGrid>;
}

export interface LoadRegistersOptions extends LongOperationOptions {
  /** Officer's choice per raw sheet: read as this register, or (null) leave out. */
  sheetKinds?: Readonly<Record<string, RegisterKind | null>>;
  /** Only these sheets (plus Settings and converted registers) are read. */
  onlySheets?: readonly string[];
  /**
   * Readings kept from an earlier load (the Validate screen's re-validation): sheets whose cells
   * are the same are not mapped and normalised again. Every sheet is still read from Excel.
   */
  cache?: SheetReadCache;
}

export function toDomainGrid(grid: SheetGrid): Grid {
  const domain: Grid = { sheet: grid.sheet, origin: { row: grid.rowIndex + 1, column: grid.columnIndex + 1 }, values: grid.values, numberFormats: grid.numberFormats };
  // Merges go along so the reader can fill a merged County into every row it covers (1-based, like origin).
  if (grid.merges) domain.merges = grid.merges.map((m) => ({ ...m, row: m.row + 1, column: m.column + 1 }));
  return domain;
}

function registerKindOfTable(table: TableInfo): RegisterKind | undefined {
  return REGISTER_KINDS.find((kind) => REGISTERS[kind].tableName.toLowerCase() === table.name.toLowerCase());
}

/** The sub-grid a table covers, cut from its sheet's used-range grid. */
function tableGrid(grid: SheetGrid, address: string): Grid | undefined {
  const match = /!?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!match) return undefined;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(match[2]);
  const left = col(match[1] ?? "A");
  const bottom = Number(match[4] ?? match[2]);
  const right = col(match[3] ?? match[1] ?? "A");
  const domain = toDomainGrid(grid);
  const r0 = top - domain.origin.row;
  const c0 = left - domain.origin.column;
  const values = domain.values.slice(Math.max(0, r0), bottom - domain.origin.row + 1).map((row) => row.slice(Math.max(0, c0), right - domain.origin.column + 1));
  const numberFormats = domain.numberFormats?.slice(Math.max(0, r0), bottom - domain.origin.row + 1).map((row) => row.slice(Math.max(0, c0), right - domain.origin.column + 1));
  return { sheet: grid.sheet, origin: { row: Math.max(top, domain.origin.row), column: Math.max(left, domain.origin.column) }, values, numberFormats };
}

/** Raw sheets named in a converted register's "Source sheet" column. */
function convertedFrom(data: { rows: Array<{ extra: Record<string, unknown> }> }): Set<string> {
  const names = new Set<string>();
  for (const row of data.rows) {
    const source = row.extra[SOURCE_SHEET_HEADER];
    if (typeof source === "string" && source.trim()) names.add(source.trim().toLowerCase());
  }
  return names;
}

/** A converted register's table as read: its rows, and what its sheet looks like. */
interface TableRead {
  data: RegisterData<RegisterTypes[RegisterKind]>;
  detection: ReturnType<typeof detectRegister>;
}

function readTable(grid: Grid, kind: RegisterKind, settings: Registers["settings"]): TableRead | null {
  const mapping = mapSheet(grid, kind, 0);
  if (!mapping) return null;
  return { data: readRegister(grid, kind, mapping, settings), detection: detectRegister(grid) };
}

/** `read()`, or the cache's kept answer for the same cells. */
function throughCache<T>(cache: SheetReadCache | undefined, slot: string, grid: Grid, context: string, read: () => T): T {
  return cache ? cache.reading(slot, grid, context, read) : read();
}

export async function loadRegisters(context: XlRequestContext, options: LoadRegistersOptions = {}): Promise<LoadedRegisters> {
  const workbook = await readWorkbookGrids(context, { signal: options.signal, onProgress: options.onProgress });
  const { cache } = options;
  cache?.beginRead();
  const grids = new Map(workbook.grids.map((g) => [g.sheet.toLowerCase(), g]));
  const settingsGrid = grids.get(SETTINGS_SHEET_NAME.toLowerCase());
  const { settings, problems: settingsProblems } = readSettingsGrid(settingsGrid ? toDomainGrid(settingsGrid) : undefined);
  // Readings depend on the settings too (readRegister takes them): a changed setting reads afresh.
  const settingsKey = JSON.stringify(settings);

  const slots: RegisterSlots = {};
  const sources: RegisterSource[] = [];
  const readings: SheetReading[] = [];
  const registerSheets = new Set<string>();
  const alreadyConverted = new Set<string>();

  for (const table of workbook.tables) {
    const kind = registerKindOfTable(table);
    const sheetGrid = grids.get(table.sheet.toLowerCase());
    if (!kind || !sheetGrid) continue;
    const grid = tableGrid(sheetGrid, table.address);
    if (!grid) continue;
    const found = throughCache(cache, `table:${table.name.toLowerCase()}`, grid, `${kind}|${settingsKey}`, () => readTable(grid, kind, settings));
    if (!found) continue;
    const { data, detection } = found;
    addRegisterRows(slots, kind, data);
    registerSheets.add(table.sheet.toLowerCase());
    for (const name of convertedFrom(data)) alreadyConverted.add(`${kind}:${name}`);
    sources.push({ kind, from: "register", sheet: table.sheet, table: table.name, rows: data.rows.length });
    readings.push({ ...detection, kind, rowsRead: data.rows.length, message: `“${table.sheet}” holds the ${REGISTERS[kind].title} register (table ${table.name}).` });
  }

  const only = options.onlySheets ? new Set(options.onlySheets.map((s) => s.toLowerCase())) : null;
  const rawGrids = workbook.grids
    .filter((g) => !registerSheets.has(g.sheet.toLowerCase()) && !isOutputSheet(g.sheet))
    .filter((g) => !only || only.has(g.sheet.toLowerCase()))
    .map(toDomainGrid);
  const sheetReads = rawGrids.map((grid) => {
    const chosen = options.sheetKinds?.[grid.sheet];
    return throughCache(cache, `raw:${grid.sheet.toLowerCase()}`, grid, `${String(chosen)}|${settingsKey}`, () => readSheet(grid, settings, chosen));
  });
  cache?.endRead();
  const raw = joinSheets(sheetReads, settings);
  for (const reading of raw.detections) {
    const kind = reading.kind;
    if (kind && (slots[kind] !== undefined) && alreadyConverted.has(`${kind}:${reading.sheet.toLowerCase()}`)) {
      readings.push({ ...reading, rowsRead: 0, message: `“${reading.sheet}” was converted into the ${REGISTERS[kind].title} register; the register is read instead.` });
      continue;
    }
    readings.push(reading);
  }
  for (const kind of REGISTER_KINDS) addRawRows(slots, kind, raw.registers, alreadyConverted, sources);

  const sheetOrder = new Map(workbook.sheets.map((s) => [s.name.toLowerCase(), s.position]));
  readings.sort((a, b) => (sheetOrder.get(a.sheet.toLowerCase()) ?? 0) - (sheetOrder.get(b.sheet.toLowerCase()) ?? 0));
  return { registers: { ...slots, settings }, sources, readings, settingsProblems, grids };
}

/** Raw rows of one kind join the slot, except rows from sheets already converted into a register. */
function addRawRows<K extends RegisterKind>(
  slots: RegisterSlots,
  kind: K,
  raw: RegisterSlots,
  alreadyConverted: ReadonlySet<string>,
  sources: RegisterSource[],
): void {
  const rawData = raw[kind];
  if (!rawData) return;
  const keep = rawData.rows.filter((row) => !alreadyConverted.has(`${kind}:${row.source.sheet.toLowerCase()}`));
  if (keep.length === 0) return;
  addRegisterRows(slots, kind, rawData, keep);
  const bySheet = new Map<string, number>();
  for (const row of keep) bySheet.set(row.source.sheet, (bySheet.get(row.source.sheet) ?? 0) + 1);
  for (const [sheet, rows] of bySheet) sources.push({ kind, from: "raw", sheet, rows });
}
