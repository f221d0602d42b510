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

function put<K extends RegisterKind>(slots: RegisterSlots, kind: K, data: RegisterData<RegisterTypes[K]>): void {
  const existing = slots[kind];
  if (existing) {
    // A second sheet of the same register ("Mentors Ph1", "Mentors Ph2"): its rows join the
    // first's. Each row keeps its own sheet and cells, so messages still point to the right
    // place; the register's `columns` describe the first sheet.
    existing.rows.push(...data.rows);
  } else {
    slots[kind] = data;
  }
}

function readAs<K extends RegisterKind>(slots: RegisterSlots, grid: Grid, kind: K, detection: SheetDetection, settings: Settings): SheetReading {
  const mapping = detection.mapping;
  if (!mapping) return { ...detection, rowsRead: 0 };
  const already = slots[kind] !== undefined;
  const data = readRegister(grid, kind, mapping, settings);
  put(slots, kind, data);
  const note = already ? ` Its rows were added to the ${REGISTERS[kind].title} register read from an earlier sheet.` : "";
  return { ...detection, rowsRead: data.rows.length, message: `${detection.message}${note}` };
}

/**
 * Every sheet of a workbook: each one's register detected (or taken from the officer's
 * choice) and read. A sheet that looks like no register, or like two, is reported and left
 * alone, never forced into a register.
 */
export function readWorkbookRegisters(grids: readonly Grid[], settings: Settings, options: WorkbookReadOptions = {}): { registers: Registers; detections: SheetReading[] } {
  const slots: RegisterSlots = {};
  const detections: SheetReading[] = [];
  for (const grid of grids) {
    const chosen = options.sheetKinds?.[grid.sheet];
    let detection: SheetDetection;
    if (chosen === null) {
      detections.push({ ...detectRegister(grid), kind: null, rowsRead: 0, message: `Sheet “${grid.sheet}” was left out, as chosen.` });
      continue;
    }
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
    if (detection.kind === null || detection.mapping === null) {
      detections.push({ ...detection, rowsRead: 0 });
      continue;
    }
    detections.push(readAs(slots, grid, detection.kind, detection, settings));
  }
  return { registers: { ...slots, settings }, detections };
}
