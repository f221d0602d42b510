import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapColumns } from "../../../src/domain/mapping";
import { cellText, displayValue, isBlankCell, type FieldValue } from "../../../src/domain/normalize";
import { asTypedText, extraKeys, originalsFromAsTyped, readRegister } from "../../../src/domain/reading";
import { REGISTERS, columnLetters, type Grid, type GridValue, type RegisterKind } from "../../../src/domain/registers";

/*
 * The domain half of "nothing lost": whatever an officer typed below the header ends up in
 * the register data, either as a value whose original is recoverable (raw, and the as-typed
 * text for changed cells) or unchanged in `extra`; and text beginning with = + - @ comes back
 * character for character.
 */

const HEADERS: Record<"mentors" | "mentees" | "sessions", string[]> = {
  mentors: ["Name of Mentor", "Tel. No.", "County of work", "Yrs of HR experience", "E-mail address", "Sector", "Skills", "Sensitisation attended", "Capacity", "Availability", "Remarks", "IHRM No.", "Organisation", "Phase", "Mentor ID"],
  mentees: ["Name", "Personal No.", "County", "Designation", "Needs (ranked)", "Release approved", "Training completed", "Phone", "Email", "Phase", "Remarks"],
  sessions: ["Mentor", "Mentee", "Week", "Date", "Hours", "Venue", "Topics", "Held", "Session notes"],
};
const UNKNOWN_HEADERS = ["", "Date of birth", "Next of kin", "Remarks", "Column B", "Budget line"];

const MESSY = [
  "0712 345 678", "+254712345678", "712345678", "Homabay", "Taita-Taveta", "Murang’a", "Kisumu County", "Kisumo", "Atlantis",
  "FBO", "Pvt", "NGO", "Y", "yes", "TRUE", "x", "n/a", "12 yrs", "about 12", "06/02/2017", "31/02/2017", "6 Feb 2017", "1 hr", "90 min", "1:30",
  "1. Appraisal 2. Disciplinary", "PM; basket weaving", "T&D", "ongoing", "dropped out", "CPSB", "Phase 1", "phase two",
  "A@Example.ORG", "not an email", "Achieng\u00A0Otieno", "  spaced   out  ", "line\nbreak", "=Wanjiru Kamau", "=SUM(A1:A3)", "+Kamau", "-5", "@home", "'quoted",
];

const formulaLike = fc.tuple(fc.constantFrom("=", "+", "-", "@"), fc.string({ maxLength: 12 })).map(([a, b]) => a + b);
const cell: fc.Arbitrary<GridValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constantFrom(" ", "\u00A0", "\t\n") },
  { weight: 5, arbitrary: fc.constantFrom(...MESSY) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 16 }) },
  { weight: 2, arbitrary: formulaLike },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000_000_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
);

const messyGrid = fc.constantFrom<keyof typeof HEADERS>("mentors", "mentees", "sessions").chain((kind) =>
  fc
    .record({
      titles: fc.array(fc.array(fc.constantFrom<GridValue>("", "Programme register", "Phase 1"), { maxLength: 3 }), { maxLength: 3 }),
      header: fc.array(fc.constantFrom(...HEADERS[kind], ...UNKNOWN_HEADERS), { minLength: 1, maxLength: 10 }),
      rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 }),
      origin: fc.record({ row: fc.integer({ min: 1, max: 5 }), column: fc.integer({ min: 1, max: 30 }) }),
    })
    .map(({ titles, header, rows, origin }) => ({
      kind: kind as RegisterKind,
      headerIndex: titles.length,
      grid: { sheet: "Messy", origin, values: [...titles, header, ...rows] } satisfies Grid,
    })),
);

describe("nothing lost", () => {
  it("every non-blank cell below the header is in the register data, recoverably", () => {
    fc.assert(
      fc.property(messyGrid, ({ kind, headerIndex, grid }) => {
        const mapping = mapColumns(grid, kind, headerIndex);
        const data = readRegister(grid, kind, mapping);
        const fields = REGISTERS[kind].fields;
        const width = Math.max(...grid.values.map((r) => r.length));
        const keys = extraKeys(
          Array.from({ length: width }, (_, j) => ({ column: grid.origin.column + j, header: mapping.columns.find((c) => c.column === grid.origin.column + j)?.header.trim() ?? "" })),
        );
        const byRow = new Map(data.rows.map((r) => [r.source.row, r]));
        let expectedRows = 0;
        for (let i = headerIndex + 1; i < grid.values.length; i++) {
          const cells = grid.values[i] ?? [];
          const sheetRow = grid.origin.row + i;
          const row = byRow.get(sheetRow);
          const nonBlank = cells.filter((v) => !isBlankCell(v)).length;
          if (nonBlank === 0) {
            expect(row).toBeUndefined();
            continue;
          }
          expectedRows += 1;
          expect(row, `row ${sheetRow}`).toBeDefined();
          if (!row) continue;
          const originals = originalsFromAsTyped(kind, asTypedText(kind, row));
          expect(originals).not.toBeNull();
          let carried = 0;
          cells.forEach((value, j) => {
            if (isBlankCell(value)) return;
            carried += 1;
            const column = grid.origin.column + j;
            const fieldKey = mapping.columns.find((c) => c.column === column)?.field ?? null;
            if (fieldKey === null) {
              expect(Object.is(row.extra[keys.get(column) ?? `Column ${columnLetters(column)}`], value)).toBe(true);
              return;
            }
            const field = fields.find((f) => f.key === fieldKey);
            if (!field) throw new Error(`no field ${fieldKey}`);
            const raw = (row.raw as Record<string, GridValue>)[fieldKey];
            expect(Object.is(raw, value), `${fieldKey} raw`).toBe(true);
            expect((row.cells as Record<string, { address: string }>)[fieldKey]?.address).toBe(`${columnLetters(column)}${sheetRow}`);
            const normalised = (row.values as Record<string, FieldValue | undefined>)[fieldKey];
            const change = row.changes.find((c) => c.field === fieldKey);
            const problem = row.problems.find((p) => p.field === fieldKey);
            if (normalised === undefined) {
              // Not read: a problem says why, and the original stays in raw.
              expect(problem, `${fieldKey} problem for ${JSON.stringify(value)}`).toBeDefined();
              expect(Object.is(problem?.value, value)).toBe(true);
              return;
            }
            if (change) {
              expect(Object.is(change.before, value)).toBe(true);
              expect(change.after).toBe(displayValue(field.kind, normalised));
              expect(Object.is(originals?.[fieldKey], value), `${fieldKey} as typed`).toBe(true);
            } else if (typeof value === "string") {
              // Unchanged text: the register shows exactly what was typed.
              expect(displayValue(field.kind, normalised)).toBe(value);
            } else {
              expect(normalised === value || displayValue(field.kind, normalised) === cellText(value)).toBe(true);
            }
            if (typeof value === "string" && /^[=+\-@]/.test(value) && ["name", "text", "id"].includes(field.kind) && value === value.trim() && !/\s{2}|[\u0000-\u001f\u007f-\u00a0\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/.test(value)) {
              expect(normalised).toBe(value);
            }
          });
          const accounted = Object.keys(row.raw).length + Object.keys(row.extra).length;
          expect(accounted).toBe(carried);
        }
        expect(data.rows).toHaveLength(expectedRows);
      }),
      { numRuns: 400 },
    );
  });

  it("keeps formula-like names and remarks character for character", () => {
    fc.assert(
      fc.property(fc.array(formulaLike, { minLength: 1, maxLength: 8 }), (texts) => {
        const grid: Grid = { sheet: "Mentors", origin: { row: 1, column: 1 }, values: [["Name of Mentor", "Remarks", "Whatever"], ...texts.map((t) => [t, t, t])] };
        const data = readRegister(grid, "mentors", mapColumns(grid, "mentors", 0));
        for (const row of data.rows) {
          const typed = grid.values[row.source.row - 1]?.[0];
          expect(row.raw.fullName).toBe(typed);
          expect(row.raw.remarks).toBe(typed);
          expect(row.extra.Whatever).toBe(typed);
        }
      }),
      { numRuns: 300 },
    );
  });
});
