/**
 * The hostile and odd workbooks every path must survive: built in code (so the repository
 * holds no opaque binaries), run by the robustness test and report, and written out as .xlsx
 * files by `npx tsx tests/robustness/corpus/write-corpus.ts` for trying by hand or with the CLI.
 */
import type { RegisterKind } from "../../../src/domain/registers";
import { MAX_COLUMNS, MAX_ROWS } from "../../../src/workbook/address";
import { MemoryWorkbook } from "../../../src/workbook/memory";

export interface CorpusCase {
  name: string;
  workbook(): MemoryWorkbook;
  /** The sheet to convert, when the case is a register (headers in `headerRow`, 1-based). */
  convert?: { sheet: string; kind: RegisterKind; headerRow: number };
}

export const MENTOR_HEADERS = ["Mentor ID", "Name of Mentor", "Tel. No.", "County of work", "Yrs of HR experience", "Sector", "Sensitisation attended", "Date joined", "Remarks"];

/** Hostile values, each a cell an officer's sheet might really hold. */
export const HOSTILE_VALUES: ReadonlyArray<string | number | boolean> = [
  "#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?",
  "x".repeat(32_767),
  "\u0001\u0002 bell\u0007 escape\u001b delete\u007f",
  "zero\u200bwidth\u200d joiner",
  "tab\tand\nnew line\r\n",
  "محمد عبد الله", "שרה כהן", "Ama\u0301ni Wa\u0303nji\u0308ru", "Z̷̢͓̈́a̸̱̅l̵̰̔g̶͚̓ö̵̜",
  "0712345678", "00254712345678", "12", "1e5", "١٢", "12,5", "(12)",
  "31/12/1899", "00/01/1900", "29/02/1900", "01/01/10000", "31/12/9999",
  -1, 0, 2_958_465, 2_958_466, 1e308, -1e-308, Number.MIN_VALUE,
  true, false, "TRUE", "yes",
  "=cmd|'/c calc'!A1", "'leading apostrophe", "''two",
];

function mentorsSheet(workbook: MemoryWorkbook, name: string, rows: ReadonlyArray<ReadonlyArray<string | number | boolean>>): void {
  const sheet = workbook.addSheet(name);
  MENTOR_HEADERS.forEach((h, c) => sheet.setRawValue(0, c, h));
  rows.forEach((row, r) => row.forEach((v, c) => v !== "" && sheet.setRawValue(r + 1, c, v)));
}

/** Rows that cycle through the hostile values column by column. */
function hostileRows(count: number, offset = 0): Array<Array<string | number | boolean>> {
  return Array.from({ length: count }, (_, r) => MENTOR_HEADERS.map((_, c) => HOSTILE_VALUES[(r * MENTOR_HEADERS.length + c + offset) % HOSTILE_VALUES.length] ?? ""));
}

const register = (sheet: string) => ({ sheet, kind: "mentors" as const, headerRow: 1 });

export function hostileCorpus(): CorpusCase[] {
  return [
    {
      name: "empty sheet",
      workbook: () => {
        const w = new MemoryWorkbook();
        w.addSheet("Mentors");
        return w;
      },
    },
    { name: "header row alone", workbook: () => { const w = new MemoryWorkbook(); mentorsSheet(w, "Mentors", []); return w; }, convert: register("Mentors") },
    { name: "hostile values in every column", workbook: () => { const w = new MemoryWorkbook(); mentorsSheet(w, "Mentors", hostileRows(HOSTILE_VALUES.length)); return w; }, convert: register("Mentors") },
    {
      name: "dates before 1900 and after 9999 in date-formatted cells",
      workbook: () => {
        const w = new MemoryWorkbook({ dateOrder: "DMY" });
        mentorsSheet(w, "Mentors", [["MR-1", "Achieng", "", "", "", "", "", -1, ""], ["MR-2", "Wanjiru", "", "", "", "", "", 2_958_466, ""], ["MR-3", "Otieno", "", "", "", "", "", "31/12/1899", ""]]);
        const s = w.sheet("Mentors");
        for (let r = 1; r <= 3; r++) s.setNumberFormat(r, 7, "dd/mm/yyyy");
        return w;
      },
      convert: register("Mentors"),
    },
    {
      name: "merged title, merged header cells and merged data",
      workbook: () => {
        const w = new MemoryWorkbook();
        const s = w.addSheet("Mentors");
        s.setRawValue(0, 0, "Mentors register – Phase 1 (merged title)");
        s.merges.push({ row: 0, column: 0, rowCount: 1, columnCount: 9 });
        MENTOR_HEADERS.forEach((h, c) => s.setRawValue(1, c, h));
        s.merges.push({ row: 1, column: 7, rowCount: 1, columnCount: 2 });
        hostileRows(6).forEach((row, r) => row.forEach((v, c) => s.setRawValue(r + 2, c, v)));
        s.merges.push({ row: 3, column: 3, rowCount: 3, columnCount: 1 });
        return w;
      },
      convert: { sheet: "Mentors", kind: "mentors", headerRow: 2 },
    },
    {
      name: "1,048,576 rows (a stray value in the last row)",
      workbook: () => {
        const w = new MemoryWorkbook();
        mentorsSheet(w, "Mentors", hostileRows(3));
        w.sheet("Mentors").setRawValue(MAX_ROWS - 1, 2, "stray entry at the bottom of the sheet");
        return w;
      },
      convert: register("Mentors"),
    },
    {
      name: "16,384 columns (a stray value in column XFD)",
      workbook: () => {
        const w = new MemoryWorkbook();
        mentorsSheet(w, "Mentors", hostileRows(4));
        w.sheet("Mentors").setRawValue(2, MAX_COLUMNS - 1, "stray entry far to the right");
        return w;
      },
      convert: register("Mentors"),
    },
    {
      name: "sheet names at 31 characters with quotes, apostrophes and an exclamation mark",
      workbook: () => {
        const w = new MemoryWorkbook();
        mentorsSheet(w, "Mentor's \"list\" (2016)! - ab cd", hostileRows(5, 3));
        mentorsSheet(w, "O'Brien's sheet", hostileRows(2, 7));
        return w;
      },
      convert: register("Mentor's \"list\" (2016)! - ab cd"),
    },
    {
      name: "only hidden sheets hold data",
      workbook: () => {
        const w = new MemoryWorkbook();
        w.addSheet("Cover");
        mentorsSheet(w, "Mentors", hostileRows(3));
        w.sheet("Mentors").visibility = "Hidden";
        return w;
      },
    },
  ];
}
