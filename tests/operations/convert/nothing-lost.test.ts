import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBlankCell } from "../../../src/domain/normalize";
import { originalsFromAsTyped } from "../../../src/domain/reading";
import { REGISTERS, type Grid, type GridValue, type RegisterKind } from "../../../src/domain/registers";
import { convertSheet, registerColumns, resolveMapping } from "../../../src/operations/convert";
import { createMemoryContext } from "../../../src/workbook/memory";
import { readSheetGrid } from "../../../src/workbook/office";
import { sheetFromGrid, sheetState } from "./support";

/*
 * "Nothing lost", proven on the workbook: an arbitrary messy sheet is loaded into the strict
 * in-memory Excel, converted, and the register sheet read back as Excel stores it. Every
 * non-blank source cell must be in its register row, either exactly (a value that needed no
 * change, a value that could not be normalised, a carried column) or, where the register
 * shows a normalised value, exactly in the row's "As typed" cell. No register cell may be a
 * formula, whatever the officer typed ("=SUM(...)", "+254...", "-5", "@home").
 */

const HEADERS: Partial<Record<RegisterKind, string[]>> = {
  mentors: ["Name of Mentor", "Tel. No.", "County of work", "Yrs of HR experience", "E-mail address", "Sector", "Skills", "Sensitisation attended", "Capacity", "Availability", "Remarks", "IHRM No.", "Phase", "Mentor ID"],
  mentees: ["Name", "Personal No.", "County", "Designation", "Needs (ranked)", "Release approved", "Training completed", "Phone", "Phase"],
  sessions: ["Mentor", "Mentee", "Week", "Date", "Hours", "Venue", "Topics", "Held", "Session notes"],
  phases: ["Phase", "Counties covered", "Start date", "No. of weeks", "Session length (hrs)"],
  evaluations: ["Mentor", "Mentee", "Filled by", "Date", "Q1", "Q2", "Overall", "Comments"],
};
const UNKNOWN_HEADERS = ["", "Date of birth", "Next of kin", "Remarks", "Budget line", "Column B"];
const MESSY = [
  "0712 345 678", "+254712345678", "712345678", "Homabay", "Taita-Taveta", "Murang’a", "Kisumo", "Atlantis", "FBO", "Pvt",
  "Y", "yes", "TRUE", "x", "12 yrs", "about 12", "06/02/2017", "31/02/2017", "6 Feb 2017", "1 hr", "90 min", "1:30",
  "1. Appraisal 2. Disciplinary", "PM; basket weaving", "Phase 1", "phase two", "A@Example.ORG", "Achieng\u00A0Otieno",
  "  spaced   out  ", "line\nbreak", "=Wanjiru Kamau", "=SUM(A1:A3)", "+Kamau", "-5", "@home", "'quoted", "''twice", "007",
];
const formulaLike = fc.tuple(fc.constantFrom("=", "+", "-", "@"), fc.string({ maxLength: 10 })).map(([a, b]) => a + b);
const cell: fc.Arbitrary<GridValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constantFrom(" ", "\u00A0") },
  { weight: 5, arbitrary: fc.constantFrom(...MESSY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 14 }) },
  { weight: 2, arbitrary: formulaLike },
  { weight: 2, arbitrary: fc.integer({ min: -100_000, max: 1_000_000_000_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 36_000, max: 47_000 }) },
  { weight: 1, arbitrary: fc.boolean() },
);

const messySheet = fc.constantFrom(...(Object.keys(HEADERS) as RegisterKind[])).chain((kind) =>
  fc
    .record({
      titles: fc.array(fc.array(fc.constantFrom<GridValue>("", "Programme register", "Phase 1 – all counties"), { maxLength: 3 }), { maxLength: 2 }),
      header: fc.uniqueArray(fc.constantFrom(...(HEADERS[kind] ?? []), ...UNKNOWN_HEADERS), { minLength: 2, maxLength: 9 }),
      rows: fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 10 }),
      dateColumns: fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }),
      origin: fc.record({ row: fc.integer({ min: 1, max: 3 }), column: fc.integer({ min: 1, max: 4 }) }),
    })
    .map(({ titles, header, rows, dateColumns, origin }) => {
      const values = [...titles, header, ...rows];
      // Some columns' numbers are real date cells, as in a sheet where dates were typed into Excel.
      const numberFormats = values.map((row, i) => row.map((v, j) => (i > titles.length && typeof v === "number" && dateColumns[j] ? "dd/mm/yyyy" : "General")));
      return { kind, headerIndex: titles.length, grid: { sheet: "Messy sheet", origin, values, numberFormats } satisfies Grid };
    }),
);

describe("converting loses nothing (workbook level)", () => {
  it("every non-blank source cell is in the register, exactly or in As typed, and nothing became a formula", async () => {
    await fc.assert(
      fc.asyncProperty(messySheet, async ({ kind, headerIndex, grid }) => {
        const workbook = sheetFromGrid(grid);
        const before = sheetState(workbook.sheet(grid.sheet));
        const headerRow = grid.origin.row + headerIndex;
        const outcome = await convertSheet(createMemoryContext(workbook), { sheet: grid.sheet, kind, headerRow });
        expect(outcome.status).toBe("converted");
        expect(sheetState(workbook.sheet(grid.sheet))).toEqual(before);

        const def = REGISTERS[kind];
        const register = workbook.sheet(def.sheetName);
        expect(register.sortedCells().filter((c) => c.cell.formula !== undefined)).toEqual([]);
        const read = await readSheetGrid(createMemoryContext(workbook), def.sheetName);
        const headers = (read.values[0] ?? []).map(String);
        const byRow = new Map(read.values.slice(1).map((r) => [r[headers.indexOf("Source row")], r]));

        const mapping = resolveMapping(grid, kind, [], headerRow);
        expect(mapping.headerRow).toBe(headerRow);
        const carried = new Map(registerColumns(grid, mapping, []).flatMap((c) => (c.role === "carried" ? [[c.sourceColumn, c.header] as const] : [])));
        let expectedRows = 0;
        for (let i = headerIndex + 1; i < grid.values.length; i++) {
          const cells = grid.values[i] ?? [];
          if (cells.every((v) => isBlankCell(v))) continue;
          expectedRows += 1;
          const sheetRow = grid.origin.row + i;
          const row = byRow.get(sheetRow);
          expect(row, `source row ${sheetRow}`).toBeDefined();
          if (!row) continue;
          const asTyped = row[headers.indexOf("As typed")];
          const originals = asTyped === "" ? {} : originalsFromAsTyped(kind, String(asTyped));
          expect(originals, `As typed of row ${sheetRow}`).not.toBeNull();
          cells.forEach((value, j) => {
            if (isBlankCell(value)) return;
            const column = grid.origin.column + j;
            const field = mapping.columns.find((c) => c.column === column)?.field ?? null;
            if (field === null) {
              const header = carried.get(column);
              expect(header, `carried column ${column}`).toBeDefined();
              expect(Object.is(row[headers.indexOf(header ?? "")], value), `carried ${JSON.stringify(value)}`).toBe(true);
              return;
            }
            const label = def.fields.find((f) => f.key === field)?.label ?? "";
            const stored = row[headers.indexOf(label)];
            const exact = Object.is(stored, value);
            const recoverable = Object.is(originals?.[field], value);
            expect(exact || recoverable, `${label} ${JSON.stringify(value)} -> ${JSON.stringify(stored)}`).toBe(true);
          });
        }
        expect(read.values.length - 1).toBe(expectedRows);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("converting the same sheet again finds nothing changed: what the register holds is what a fresh conversion writes", async () => {
    await fc.assert(
      fc.asyncProperty(messySheet, async ({ kind, headerIndex, grid }) => {
        const workbook = sheetFromGrid(grid);
        const context = createMemoryContext(workbook);
        const request = { sheet: grid.sheet, kind, headerRow: grid.origin.row + headerIndex };
        expect((await convertSheet(context, request)).status).toBe("converted");
        const again = await convertSheet(context, request);
        if (again.status !== "needs-choice") throw new Error(again.status);
        expect(again.diff.changed).toEqual([]);
        expect(again.diff.added).toEqual([]);
        expect(again.diff.removed).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
