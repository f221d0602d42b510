import { describe, expect, it } from "vitest";
import { readWorkbookRegisters } from "../../src/domain/reading";
import type { Grid, GridValue, RegisterData } from "../../src/domain/registers";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { buildSampleWorkbookSpec, sampleTruth, type WorkbookSpec } from "../../src/sample";
import { entityOf } from "./helpers";

/**
 * The sample read by the project's own reader (register detection, header mapping,
 * normalisers): what it gets must be the truth. This pins the sample's conventions to the
 * reader's, so a change on either side shows up here first.
 */

/** Excel's serial for a UTC-midnight date (days since 1899-12-30). */
function serial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** The grids Excel would hand the reader: blanks as "", dates as serials with their format. */
function toGrids(spec: WorkbookSpec): Grid[] {
  return spec.sheets.map((sheet) => {
    const width = Math.max(...sheet.rows.map((r) => r.length));
    const formats = new Map((sheet.numberFormats ?? []).map((f) => [f.address, f.format]));
    const values: GridValue[][] = sheet.rows.map((r) =>
      Array.from({ length: width }, (_, c) => {
        const v = r[c] ?? null;
        return v === null ? "" : v instanceof Date ? serial(v) : v;
      }),
    );
    const numberFormats = sheet.rows.map((_r, ri) =>
      Array.from({ length: width }, (_, c) => formats.get(`${String.fromCharCode(65 + c)}${ri + 1}`) ?? "General"),
    );
    return { sheet: sheet.name, origin: { row: 1, column: 1 }, values, numberFormats };
  });
}

const truth = sampleTruth();
const { registers, detections } = readWorkbookRegisters(toGrids(buildSampleWorkbookSpec()), DEFAULT_SETTINGS);

function registerOf(kind: string): RegisterData<Record<string, unknown>> {
  const data = (registers as unknown as Record<string, RegisterData<Record<string, unknown>> | undefined>)[kind];
  if (!data) throw new Error(`The reader found no ${kind} register`);
  return data;
}

describe("the project's reader on the sample", () => {
  it.each(truth.sheets.map((l) => [l.name, l] as const))("detects %s as its register, header and rows", (_name, layout) => {
    const detection = detections.find((d) => d.sheet === layout.name);
    expect(detection?.kind).toBe(layout.register);
    expect(detection?.headerRow).toBe(layout.headerRow);
    expect(detection?.rowsRead).toBe(layout.rows.length);
    const data = registerOf(layout.register);
    for (const col of layout.columns) {
      expect(data.columns.find((c) => c.column === col.column)?.field ?? null, `${layout.name} "${col.header}"`).toBe(col.field);
    }
  });

  it.each(truth.sheets.map((l) => [l.name, l] as const))("reads every row of %s as the truth, without problems", (_name, layout) => {
    const data = registerOf(layout.register);
    expect(data.rows).toHaveLength(layout.rows.length);
    const mapped = layout.columns.flatMap((c) => (c.field ? [c.field] : []));
    for (const row of data.rows) {
      expect(row.problems, `${layout.name} row ${row.source.row}`).toEqual([]);
      const key = layout.rows.find((r) => r.row === row.source.row)?.key;
      const entity = entityOf(truth, layout.register, key ?? "") ?? {};
      // A duplicate entry is read as typed (it is the validator's to report), so only first rows compare.
      if (layout.rows.find((r) => r.key === key)?.row !== row.source.row) continue;
      for (const field of mapped) expect(row.values[field], `${layout.name} row ${row.source.row} ${field}`).toEqual(entity[field]);
    }
  });

  it("reports a change for every format defect, at the defect's cell", () => {
    const changed = new Set(
      Object.values(registers)
        .flatMap((r) => (r && typeof r === "object" && "rows" in r ? (r as RegisterData<unknown>).rows : []))
        .flatMap((row) => row.changes.map((c) => `${c.cell.sheet}!${c.cell.address}`)),
    );
    const formatDefects = truth.defects.filter((d) => d.category === "format" && typeof d.value !== "boolean");
    expect(formatDefects.length).toBeGreaterThan(20);
    for (const d of formatDefects) expect(changed, `${d.id} ${d.kind}`).toContain(`${d.sheet}!${d.cell}`);
  });
});
