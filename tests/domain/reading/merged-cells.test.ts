import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { mapColumns } from "../../../src/domain/mapping";
import { asTypedText, originalsFromAsTyped, readRegister } from "../../../src/domain/reading";
import type { Grid, GridValue } from "../../../src/domain/registers";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import { validateRegisters } from "../../../src/domain/validation";
import { convertSheet } from "../../../src/operations/convert";
import { loadRegisters } from "../../../src/operations/load-registers";
import { SheetReadCache } from "../../../src/operations/sheet-read-cache";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";
import { readSheetGrid } from "../../../src/workbook/office";
import { loadXlsx } from "../../../src/workbook/xlsx/load-xlsx";

const HEADER: GridValue[] = ["Name of Mentor", "County of work", "Sector", "Remarks"];

/** A title merged over A1:D1, the header in row 2, and the given rows from row 3. */
function mentorGrid(rows: GridValue[][], merges: NonNullable<Grid["merges"]>): Grid {
  return { sheet: "Mentors", origin: { row: 1, column: 1 }, values: [["Mentor list – Phase 1", "", "", ""], HEADER, ...rows], merges };
}

function read(grid: Grid) {
  return readRegister(grid, "mentors", mapColumns(grid, "mentors", 1), DEFAULT_SETTINGS);
}

describe("merged cells below the header", () => {
  const title = { row: 1, column: 1, rowCount: 1, columnCount: 4 };
  // "Nairobi County" is tidied to Nairobi in its own row, then filled into the two rows below.
  const grid = mentorGrid(
    [
      ["Achieng Otieno", "Nairobi County", "Public", ""],
      ["Wanjiru Kamau", "", "Private", ""],
      ["Baraka Mwangi", "", "", "new"],
      ["Otieno Odhiambo", "Kisumu", "", ""],
    ],
    [title, { row: 3, column: 2, rowCount: 3, columnCount: 1 }],
  );
  const data = read(grid);

  it("reads a county merged down over three mentors into each of them", () => {
    expect(data.rows.map((r) => r.values.county)).toEqual(["Nairobi", "Nairobi", "Nairobi", "Kisumu"]);
    expect(data.rows.map((r) => r.cells.county?.address)).toEqual(["B3", "B4", "B5", "B6"]);
  });

  it("reports each filled cell as a change from empty, naming the merged cells", () => {
    const changes = data.rows.flatMap((r) => r.changes.filter((c) => c.field === "county"));
    expect(changes).toHaveLength(3);
    expect(changes[0]).toMatchObject({ before: "Nairobi County", after: "Nairobi", cell: { address: "B3" } });
    expect(changes.slice(1)).toEqual([
      { field: "county", cell: { sheet: "Mentors", row: 4, column: 2, address: "B4" }, before: "", after: "Nairobi", reason: "filled from the merged cells B3:B5; “County” dropped from the name" },
      { field: "county", cell: { sheet: "Mentors", row: 5, column: 2, address: "B5" }, before: "", after: "Nairobi", reason: "filled from the merged cells B3:B5; “County” dropped from the name" },
    ]);
  });

  it("keeps what was typed recoverable: As typed says the filled cell was empty", () => {
    const second = data.rows[1];
    if (!second) throw new Error("no second row");
    expect(second.raw.county).toBe("");
    expect(originalsFromAsTyped("mentors", asTypedText("mentors", second))).toEqual({ county: "" });
  });

  it("leaves a merged title above the header as it was, and reads the same without merges", () => {
    const withoutMerges = read({ ...grid, merges: [] });
    expect(data.headerRow).toBe(2);
    expect(data.columns).toEqual(withoutMerges.columns);
    expect(withoutMerges.rows.map((r) => r.values.county)).toEqual(["Nairobi", undefined, undefined, "Kisumu"]);
  });

  it("never fills from a header merged down into the first data row", () => {
    const headerDown = mentorGrid([["", "", "Public", ""], ["Wanjiru Kamau", "", "", ""]], [{ row: 2, column: 2, rowCount: 3, columnCount: 1 }]);
    const rows = read(headerDown).rows;
    expect(rows.map((r) => r.values.county)).toEqual([undefined, undefined]);
    expect(rows.flatMap((r) => r.changes)).toEqual([]);
  });

  it("gives a merge spanning columns to its first column only", () => {
    const wide = mentorGrid(
      [
        ["Achieng Otieno", "Mombasa", "", ""],
        ["Wanjiru Kamau", "", "", ""],
      ],
      [{ row: 3, column: 2, rowCount: 2, columnCount: 2 }],
    );
    const rows = read(wide).rows;
    expect(rows.map((r) => r.values.county)).toEqual(["Mombasa", "Mombasa"]);
    expect(rows.map((r) => r.values.sector)).toEqual([undefined, undefined]);
    expect(rows[1]?.changes).toEqual([expect.objectContaining({ field: "county", reason: "filled from the merged cells B3:C4" })]);
  });

  it("does not make a person of a row that holds nothing but merged cells", () => {
    const tail = mentorGrid(
      [
        ["Achieng Otieno", "Nairobi", "", ""],
        ["", "", "", ""],
        ["Wanjiru Kamau", "", "", ""],
      ],
      [{ row: 3, column: 2, rowCount: 3, columnCount: 1 }],
    );
    const rows = read(tail).rows;
    expect(rows.map((r) => [r.source.row, r.values.county])).toEqual([
      [3, "Nairobi"],
      [5, "Nairobi"],
    ]);
  });

  it("keeps a value a covered cell holds of its own (a file not written by Excel)", () => {
    const own = mentorGrid([["Achieng Otieno", "Nairobi", "", ""], ["Wanjiru Kamau", "Kisumu", "", ""]], [{ row: 3, column: 2, rowCount: 2, columnCount: 1 }]);
    const rows = read(own).rows;
    expect(rows.map((r) => r.values.county)).toEqual(["Nairobi", "Kisumu"]);
    expect(rows.flatMap((r) => r.changes)).toEqual([]);
  });

  it("fills a row range read on its own from a merge that starts above it (bands)", () => {
    const band = readRegister(grid, "mentors", mapColumns(grid, "mentors", 1), DEFAULT_SETTINGS, { from: 4, to: 6 });
    expect(band.rows.map((r) => [r.source.row, r.values.county])).toEqual([
      [5, "Nairobi"],
      [6, "Kisumu"],
    ]);
  });
});

/** The same sheet as a workbook: title merged over A1:D1, County merged over B3:B5. */
const SHEET_ROWS: GridValue[][] = [
  ["Mentor list – Phase 1"],
  ["Name of Mentor", "County of work", "Sector", "Tel. No."],
  ["Achieng Otieno", "Nairobi County", "Public", "0712345678"],
  ["Wanjiru Kamau", "", "Private", "0722345678"],
  ["Baraka Mwangi", "", "Public", "0733345678"],
];

async function countiesRead(context: ReturnType<typeof createMemoryContext>) {
  const loaded = await loadRegisters(context);
  const rows = loaded.registers.mentors?.rows ?? [];
  return {
    counties: rows.map((r) => r.values.county),
    changes: rows.flatMap((r) => r.changes.filter((c) => c.field === "county")).map((c) => `${c.cell.address}: ${JSON.stringify(c.before)} -> ${c.after}`),
    countyIssues: validateRegisters(loaded.registers).issues.filter((i) => i.field === "county").map((i) => `${i.rule} ${i.cell}: ${i.message}`),
    syncs: context.stats.syncCount,
  };
}

describe("merged cells read from a workbook", () => {
  const expected = {
    counties: ["Nairobi", "Nairobi", "Nairobi"],
    changes: ['B3: "Nairobi County" -> Nairobi', 'B4: "" -> Nairobi', 'B5: "" -> Nairobi'],
    // Validation sees the county in every row (nothing missing) and shows the officer each fill.
    countyIssues: [
      "field.normalised B3: County for mentor Achieng Otieno (row 3) is typed “Nairobi County”; the register reads it as “Nairobi” (“County” dropped from the name).",
      "field.normalised B4: County for mentor Wanjiru Kamau (row 4) is typed “”; the register reads it as “Nairobi” (filled from the merged cells B3:B5; “County” dropped from the name).",
      "field.normalised B5: County for mentor Baraka Mwangi (row 5) is typed “”; the register reads it as “Nairobi” (filled from the merged cells B3:B5; “County” dropped from the name).",
    ],
  };

  it("reads a county merged down over three mentors through the in-memory Excel", async () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: SHEET_ROWS, merges: ["A1:D1", "B3:B5"] }] });
    const read = await countiesRead(createMemoryContext(workbook));
    expect(read).toMatchObject(expected);
  });

  it("reads the same from an .xlsx whose cells were merged by ExcelJS", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Mentors");
    for (const row of SHEET_ROWS) ws.addRow(row.map((v) => (v === "" ? null : v)));
    ws.mergeCells("A1:D1");
    ws.mergeCells("B3:B5");
    const workbook = await loadXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(workbook.sheet("Mentors").merges).toEqual([
      { row: 0, column: 0, rowCount: 1, columnCount: 4 },
      { row: 2, column: 1, rowCount: 3, columnCount: 1 },
    ]);
    expect(await countiesRead(createMemoryContext(workbook))).toMatchObject(expected);
  });

  it("reads a sheet afresh on re-validation when only its merges changed", async () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: SHEET_ROWS }] });
    const cache = new SheetReadCache();
    const counties = async () => ((await loadRegisters(createMemoryContext(workbook), { cache })).registers.mentors?.rows ?? []).map((r) => r.values.county);
    expect(await counties()).toEqual(["Nairobi", undefined, undefined]);
    // Merging keeps B3's value and the blanks below: no cell value changes, yet the rows read differently.
    workbook.sheet("Mentors").merge({ row: 2, column: 1, rowCount: 3, columnCount: 1 }, false);
    expect(await counties()).toEqual(["Nairobi", "Nairobi", "Nairobi"]);
  });

  it("costs no sync more than a workbook without merges", async () => {
    const merged = memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: SHEET_ROWS, merges: ["A1:D1", "B3:B5"] }] });
    const plain = memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: SHEET_ROWS }] });
    const withMerges = await countiesRead(createMemoryContext(merged));
    const withoutMerges = await countiesRead(createMemoryContext(plain));
    expect(withoutMerges.counties).toEqual(["Nairobi", undefined, undefined]);
    expect(withMerges.syncs).toBe(withoutMerges.syncs);
  });
});

describe("converting a sheet with a county merged down", () => {
  it("writes the county in every row, with As typed saying the filled cells were empty, and leaves the source as it was", async () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: SHEET_ROWS, merges: ["A1:D1", "B3:B5"] }] });
    const context = createMemoryContext(workbook);
    const outcome = await convertSheet(context, { sheet: "Mentors" });
    expect(outcome.status).toBe("converted");
    expect(workbook.sheet("Mentors").merges).toHaveLength(2);
    expect(workbook.sheet("Mentors").valuesIn("B3:B5")).toEqual([["Nairobi County"], [""], [""]]);
    const register = await readSheetGrid(context, "Mentors register");
    const header = register.values[0] ?? [];
    const pick = (label: string) => register.values.slice(1).map((r) => r[header.indexOf(label)]);
    expect(pick("County")).toEqual(["Nairobi", "Nairobi", "Nairobi"]);
    expect(pick("As typed")).toEqual(['County: "Nairobi County"; Phone: "0712345678"', 'County: ""; Phone: "0722345678"', 'County: ""; Phone: "0733345678"']);
  });
});
