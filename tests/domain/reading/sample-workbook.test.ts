import { describe, expect, it } from "vitest";
import { isoToExcelSerial } from "../../../src/domain/normalize";
import { readWorkbookRegisters } from "../../../src/domain/reading";
import type { Grid, GridValue, RegisterKind } from "../../../src/domain/registers";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { buildSampleWorkbookSpec, sampleTruth, type WorkbookSpec } from "../../../src/sample";

/*
 * The bundled sample workbook, read from its raw sheets with no hints, must give back the
 * truth it was rendered from: each sheet's register, every row, and every value a perfect
 * normaliser would read (format defects included).
 */

const DATE_FORMAT = "dd/mm/yyyy";

/** A sheet as Excel would hand it over: date cells as serial numbers with a date format. */
function toGrid(sheet: WorkbookSpec["sheets"][number]): Grid {
  const values: GridValue[][] = sheet.rows.map((row) =>
    row.map((cell) => (cell === null ? "" : cell instanceof Date ? isoToExcelSerial(cell.toISOString().slice(0, 10)) : cell)),
  );
  const numberFormats = sheet.rows.map((row) => row.map((cell) => (cell instanceof Date ? DATE_FORMAT : "General")));
  return { sheet: sheet.name, origin: { row: 1, column: 1 }, values, numberFormats };
}

const truth = sampleTruth();
const { registers, detections } = readWorkbookRegisters(buildSampleWorkbookSpec().sheets.map(toGrid), DEFAULT_SETTINGS);
const entities = truth as unknown as Record<RegisterKind, Array<Record<string, unknown> & { key: string }>>;
const duplicateRows = new Set(truth.defects.filter((d) => d.kind === "duplicate-person" && d.cell).map((d) => `${d.sheet}!${d.cell?.replace(/^[A-Z]+/, "")}`));

function rowOf(sheet: string, row: number) {
  for (const kind of Object.keys(entities) as RegisterKind[]) {
    const found = registers[kind]?.rows.find((r) => r.source.sheet === sheet && r.source.row === row);
    if (found) return found;
  }
  return undefined;
}

describe("reading the sample workbook", () => {
  it("recognises every sheet's register and header row", () => {
    for (const layout of truth.sheets) {
      const detection = detections.find((d) => d.sheet === layout.name);
      expect(detection?.kind, layout.name).toBe(layout.register);
      expect(detection?.headerRow, layout.name).toBe(layout.headerRow);
      expect(detection?.confidence, layout.name).toBeGreaterThan(0.4);
    }
  });

  it("maps each column to the field the sheet meant", () => {
    for (const layout of truth.sheets) {
      const mapping = detections.find((d) => d.sheet === layout.name)?.mapping;
      for (const column of layout.columns) {
        const ours = mapping?.columns.find((c) => c.column === column.column);
        expect(ours?.field ?? null, `${layout.name} ${column.letter} “${column.header}”`).toBe(column.field);
      }
    }
  });

  it("reads every data row and counts the people", () => {
    for (const layout of truth.sheets) {
      const rows = registers[layout.register]?.rows.filter((r) => r.source.sheet === layout.name) ?? [];
      expect(rows.map((r) => r.source.row), layout.name).toEqual(layout.rows.map((r) => r.row));
    }
    const people = (sheet: RegisterKind) => new Set(truth.sheets.filter((s) => s.register === sheet).flatMap((s) => s.rows.map((r) => r.key))).size;
    expect(people("mentors")).toBe(truth.mentors.length);
    expect(people("mentees")).toBe(truth.mentees.length);
    expect(registers.mentees?.rows).toHaveLength(truth.mentees.length);
    expect(registers.pairs?.rows).toHaveLength(truth.pairs.length);
  });

  it("gives every mapped value exactly as the truth holds it", () => {
    let compared = 0;
    for (const layout of truth.sheets) {
      const entityByKey = new Map(entities[layout.register].map((e) => [e.key, e]));
      for (const { row, key } of layout.rows) {
        if (duplicateRows.has(`${layout.name}!${row}`)) continue;
        const ours = rowOf(layout.name, row);
        const entity = entityByKey.get(key);
        expect(entity, key).toBeDefined();
        for (const column of layout.columns) {
          if (!column.field) continue;
          const got = (ours?.values as Record<string, unknown> | undefined)?.[column.field];
          expect(got, `${layout.name}!${column.letter}${row} ${column.field}`).toEqual(entity?.[column.field]);
          compared += 1;
        }
        expect(ours?.problems, `${layout.name} row ${row}`).toEqual([]);
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("reads each format defect as its expected value, reporting the change", () => {
    const formatDefects = truth.defects.filter((d) => d.category === "format");
    expect(formatDefects.length).toBeGreaterThan(10);
    for (const defect of formatDefects) {
      const row = Number(defect.cell?.replace(/^[A-Z]+/, ""));
      const ours = rowOf(defect.sheet, row);
      const field = defect.field ?? "";
      expect((ours?.values as Record<string, unknown> | undefined)?.[field], `${defect.id} ${defect.description}`).toEqual(defect.expected);
      // A value that had to be reinterpreted is reported as a change; a logical TRUE cell already
      // holds the yes/no value, so reading it changes nothing.
      const changed = ours?.changes.some((c) => c.field === field && c.cell.address === defect.cell);
      expect(changed, defect.id).toBe(typeof defect.value !== "boolean");
    }
  });

  it("keeps the duplicate entry as a row of its own, and the formula-like name as typed", () => {
    for (const defect of truth.defects.filter((d) => d.kind === "duplicate-person" || d.kind === "formula-like-name")) {
      const ours = rowOf(defect.sheet, Number(defect.cell?.replace(/^[A-Z]+/, "")));
      expect((ours?.raw as Record<string, unknown> | undefined)?.[defect.field ?? ""], defect.id).toBe(defect.value);
    }
    const formula = truth.defects.find((d) => d.kind === "formula-like-name");
    const ours = formula ? rowOf(formula.sheet, Number(formula.cell?.replace(/^[A-Z]+/, ""))) : undefined;
    expect(ours?.values).toMatchObject({ fullName: formula?.value });
  });
});
