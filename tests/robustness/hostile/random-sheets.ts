/** Random hostile sheets for fast-check: a mentors-like sheet of hostile values, titles and merges. */
import fc from "fast-check";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { HOSTILE_VALUES, MENTOR_HEADERS } from "../corpus/hostile-corpus";

const hostileCell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme-composite", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer({ min: -700_000, max: 3_000_000 }) },
);

export interface HostileSheet {
  titleRows: number;
  mergeTitle: boolean;
  headers: string[];
  rows: Array<Array<string | number | boolean>>;
  dateColumn: number | undefined;
  mergeData: { row: number; column: number } | undefined;
}

export const hostileSheet: fc.Arbitrary<HostileSheet> = fc.record({
  titleRows: fc.integer({ min: 0, max: 2 }),
  mergeTitle: fc.boolean(),
  headers: fc.shuffledSubarray(MENTOR_HEADERS, { minLength: 1 }),
  rows: fc.array(fc.array(hostileCell, { maxLength: 12 }), { maxLength: 12 }),
  dateColumn: fc.option(fc.integer({ min: 0, max: 11 }), { nil: undefined }),
  mergeData: fc.option(fc.record({ row: fc.integer({ min: 0, max: 8 }), column: fc.integer({ min: 0, max: 8 }) }), { nil: undefined }),
});

/** The drawn sheet as a workbook: sheet "Messy", headers in row titleRows + 1. */
export function hostileWorkbook({ titleRows, mergeTitle, headers, rows, dateColumn, mergeData }: HostileSheet): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ dateOrder: "DMY" });
  const sheet = workbook.addSheet("Messy");
  for (let t = 0; t < titleRows; t++) sheet.setRawValue(t, 0, `Mentorship programme ${t + 1}`);
  if (mergeTitle && titleRows > 0) sheet.merges.push({ row: 0, column: 0, rowCount: 1, columnCount: headers.length });
  headers.forEach((h, c) => sheet.setRawValue(titleRows, c, h));
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === "") return;
      sheet.setRawValue(titleRows + 1 + r, c, v);
      if (c === dateColumn && typeof v === "number") sheet.setNumberFormat(titleRows + 1 + r, c, "dd/mm/yyyy");
    }),
  );
  if (mergeData) sheet.merges.push({ row: titleRows + 1 + mergeData.row, column: mergeData.column, rowCount: 2, columnCount: 1 });
  return workbook;
}
