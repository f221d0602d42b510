import { detectRegister, mapSheet, type SheetDetection } from "../mapping/detect";
import { REGISTERS, type Grid, type RegisterData, type RegisterKind, type Registers } from "../registers";
import type { Settings } from "../settings";
import { readRegister } from "./read-register";
import type { RegisterSlots, RegisterTypes } from "./register-types";

export interface WorkbookReadOptions {
  /** The officer's choice per sheet name: read it as this register, or (null) not at all. */
  sheetKinds?: Readonly<Record<string, RegisterKind | null>>;
}

/** A detection plus what reading did with it. */
export interface SheetReading extends SheetDetection {
  /** Rows read into the register (0 when the sheet was not read). */
  rowsRead: number;
}

/** One sheet as read on its own: what it looks like, and its rows when it is a register. */
export interface SheetRead {
  reading: SheetReading;
  /** The sheet's rows as a register, or null when it was left out or looks like none. */
  data: RegisterData<RegisterTypes[RegisterKind]> | null;
}

/**
 * One sheet: its register detected (or taken from the officer's choice: a kind, or null to
 * leave it out) and read. A sheet that looks like no register, or like two, is reported and
 * left alone, never forced into a register. Depends on nothing but the sheet, so a reader may
 * keep the answer while the sheet's cells stay the same.
 */
export function readSheet(grid: Grid, settings: Settings, chosen?: RegisterKind | null): SheetRead {
  if (chosen === null) {
    return { reading: { ...detectRegister(grid), kind: null, rowsRead: 0, message: `Sheet “${grid.sheet}” was left out, as chosen.` }, data: null };
  }
  let detection: SheetDetection;
  if (chosen !== undefined) {
    const detected = detectRegister(grid);
    const mapping = mapSheet(grid, chosen, detected.headerRow === null ? undefined : detected.headerRow - grid.origin.row);
    detection = {
      ...detected,
      kind: mapping ? chosen : null,
      ambiguous: false,
      confidence: 1,
      mapping,
      message: mapping
        ? `Sheet “${grid.sheet}” is read as the ${REGISTERS[chosen].title} register, as chosen; header in row ${mapping.headerRow}.`
        : `Sheet “${grid.sheet}” was chosen as the ${REGISTERS[chosen].title} register, but no header row was found in its first rows.`,
    };
  } else {
    detection = detectRegister(grid);
  }
  if (detection.kind === null || detection.mapping === null) return { reading: { ...detection, rowsRead: 0 }, data: null };
  const data = readRegister(grid, detection.kind, detection.mapping, settings);
  return { reading: { ...detection, rowsRead: data.rows.length }, data };
}

/**
 * Adds `rows` (by default all of `data`'s) to the register of `kind`, creating it from `data`
 * when there is none yet. A second sheet of the same register ("Mentors Ph1", "Mentors Ph2"):
 * its rows join the first's. Each row keeps its own sheet and cells, so messages still point
 * to the right place; the register's `columns` describe the first sheet.
 */
export function addRegisterRows<K extends RegisterKind>(
  slots: RegisterSlots,
  kind: K,
  data: RegisterData<RegisterTypes[K]>,
  rows: RegisterData<RegisterTypes[K]>["rows"] = data.rows,
): void {
  const existing = slots[kind];
  if (existing) {
    // A loop, not push(...rows): spreading 100,000 arguments overflows the call stack.
    for (const row of rows) existing.rows.push(row);
  } else {
    // A register of its own (a fresh rows array): the sheet's reading stays as it was read, so
    // a caller may keep it for the next read (the sheet read cache does).
    slots[kind] = { ...data, rows: [...rows] } as RegisterSlots[K];
  }
}

/**
 * Sheets read one by one, joined into registers in the order given: a second sheet of the same
 * register adds its rows to the first's, and its reading says so.
 */
export function joinSheets(sheets: readonly SheetRead[], settings: Settings): { registers: Registers; detections: SheetReading[] } {
  const slots: RegisterSlots = {};
  const detections: SheetReading[] = [];
  for (const { reading, data } of sheets) {
    if (data === null) {
      detections.push(reading);
      continue;
    }
    const note = slots[data.kind] !== undefined ? ` Its rows were added to the ${REGISTERS[data.kind].title} register read from an earlier sheet.` : "";
    addRegisterRows(slots, data.kind, data);
    detections.push(note === "" ? reading : { ...reading, message: `${reading.message}${note}` });
  }
  return { registers: { ...slots, settings }, detections };
}

/**
 * Every sheet of a workbook: each one's register detected (or taken from the officer's
 * choice) and read, then joined into registers.
 */
export function readWorkbookRegisters(grids: readonly Grid[], settings: Settings, options: WorkbookReadOptions = {}): { registers: Registers; detections: SheetReading[] } {
  return joinSheets(grids.map((grid) => readSheet(grid, settings, options.sheetKinds?.[grid.sheet])), settings);
}
