// What a converted register looks like beyond its values: values kept as typed show as typed
// (not as dates), headers of figures sit over the figures, and the sheet prints across with
// its header on every page. Converting again keeps every cell's own format.
import { describe, expect, it } from "vitest";
import type { Grid } from "../../../src/domain/registers";
import { convertSheet, type ConvertOutcome } from "../../../src/operations/convert";
import { createMemoryContext, MemoryWorkbook } from "../../../src/workbook/memory";
import { loadXlsx } from "../../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";
import { sheetFromGrid } from "./support";

const source: Grid = {
  sheet: "Session logs",
  origin: { row: 1, column: 1 },
  values: [
    ["Mentor", "Mentee", "Week", "Date", "Hours", "Logged on"],
    ["Achieng Otieno", "Barasa Wafula", 1, 42772, 1, 42772],
    // 2017 alone is no date: kept as typed, shown as typed; "second" is no week number.
    ["Chebet Rono", "Njeri Kamau", "second", 2017, 2, 17],
    ["Wanjiru Kamau", "Otieno Odhiambo", 3, "sometime in March", 1, 42790],
  ],
  numberFormats: [[], ["General", "General", "General", "dd/mm/yyyy", "General", "d mmm yyyy"], ["General", "General", "General", "General", "General", "General"], ["General", "General", "General", "General", "General", "d mmm yyyy"]],
};

function converted(outcome: ConvertOutcome) {
  if (outcome.status !== "converted") throw new Error(`expected a conversion, got ${outcome.status}`);
  return outcome;
}

function sourceWorkbook(): MemoryWorkbook {
  return sheetFromGrid(source, new MemoryWorkbook({ dateOrder: "DMY" }));
}

/** The register's cell under `header` in data row `row` (1-based), as value and shown format. */
function cell(workbook: MemoryWorkbook, header: string, row: number): [unknown, string] {
  const sheet = workbook.sheet("Sessions register");
  const headers = sheet.valuesIn("A1:Z1")[0] ?? [];
  const column = headers.indexOf(header);
  if (column < 0) throw new Error(`no column ${header}`);
  const found = sheet.cell(row, column);
  return [found?.value, found?.numberFormat ?? "General"];
}

describe("a converted register's formats", () => {
  it("shows values kept as typed as typed, not in their column's date or number format", async () => {
    const workbook = sourceWorkbook();
    const context = createMemoryContext(workbook);
    converted(await convertSheet(context, { sheet: "Session logs", kind: "sessions" }));
    expect(cell(workbook, "Date", 1)).toEqual([42772, "dd/mm/yyyy"]);
    expect(cell(workbook, "Date", 2)).toEqual([2017, "General"]);
    expect(cell(workbook, "Date", 3)).toEqual(["sometime in March", "@"]);
    expect(cell(workbook, "Week", 2)).toEqual(["second", "@"]);
    expect(cell(workbook, "Week", 3)).toEqual([3, "0"]);
    // A carried column keeps its usual format, and a cell formatted otherwise its own.
    expect(cell(workbook, "Logged on", 1)).toEqual([42772, "d mmm yyyy"]);
    expect(cell(workbook, "Logged on", 2)).toEqual([17, "General"]);
    // No more syncs than before for a small sheet.
    expect(context.stats.syncCount).toBeLessThanOrEqual(6);
  });

  it("right-aligns the headers of figures and prints across, with the header on every page", async () => {
    const workbook = sourceWorkbook();
    converted(await convertSheet(createMemoryContext(workbook), { sheet: "Session logs", kind: "sessions" }));
    const sheet = workbook.sheet("Sessions register");
    const headers = sheet.valuesIn("A1:Z1")[0] ?? [];
    const align = (header: string) => sheet.cell(0, headers.indexOf(header))?.style?.horizontalAlignment;
    for (const figures of ["Week", "Date", "Hours", "Logged on", "Source row"]) expect(align(figures), figures).toBe("Right");
    for (const text of ["Mentor", "Mentee", "Venue", "Source sheet", "As typed"]) expect(align(text), text).toBeUndefined();
    const print = { orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: { row: 0, rowCount: 1 } };
    expect(sheet.pageSetup).toEqual(print);
    // On paper, the register's own columns (whole columns, so rows added later print too), not
    // where each row came from.
    const sourceSheet = headers.indexOf("Source sheet");
    expect(sheet.printArea).toEqual([{ row: 0, column: 0, rowCount: 1_048_576, columnCount: sourceSheet }]);
    const loaded = (await loadXlsx((await saveXlsx(workbook)).bytes)).sheet("Sessions register");
    expect(loaded.pageSetup).toEqual(print);
    expect(loaded.printArea).toEqual(sheet.printArea);
  });

  it("keeps each cell's own format when the register is converted again", async () => {
    for (const choice of ["add-new", "replace"] as const) {
      const workbook = sourceWorkbook();
      const context = createMemoryContext(workbook);
      converted(await convertSheet(context, { sheet: "Session logs", kind: "sessions" }));
      // A row added on the source since: converting again adds it.
      const logs = workbook.sheet("Session logs");
      logs.setRawValue(4, 0, "Kiprono Bett");
      logs.setRawValue(4, 1, "Mary Achieng");
      logs.setRawValue(4, 2, 1);
      logs.setRawValue(4, 3, 1999);
      converted(await convertSheet(context, { sheet: "Session logs", kind: "sessions", choice }));
      expect(cell(workbook, "Date", 1), choice).toEqual([42772, "dd/mm/yyyy"]);
      expect(cell(workbook, "Date", 2), choice).toEqual([2017, "General"]);
      expect(cell(workbook, "Date", 3), choice).toEqual(["sometime in March", "@"]);
      expect(cell(workbook, "Logged on", 2), choice).toEqual([17, "General"]);
      expect(cell(workbook, "Date", 4), choice).toEqual([1999, "General"]);
    }
  });
});
