// Every sheet the add-in writes prints sensibly: the registers, the issues sheet and the
// pairing run log landscape, one page wide, their header row on every page; the summaries
// one page wide with their title on every page and breaks between sections. Checked on the
// whole pipeline over the sample (what `mentorship demo` writes), and kept in the saved .xlsx.
import { describe, expect, it } from "vitest";
import { REGISTER_KINDS, REGISTERS } from "../../src/domain/registers";
import { runDemoPipeline } from "../../src/operations/demo";
import { OUTPUT_SHEETS } from "../../src/operations/output-sheets";
import { buildSampleWorkbookSpec } from "../../src/sample";
import { createMemoryContext, memoryWorkbookFromSpec, type MemoryWorkbook } from "../../src/workbook/memory";
import { loadXlsx } from "../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../src/workbook/xlsx/save-xlsx";

const ACROSS = { orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } };

async function demo(): Promise<MemoryWorkbook> {
  const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
  await runDemoPipeline(createMemoryContext(workbook), { now: new Date("2026-11-26T09:00:00Z") });
  return workbook;
}

/** The 0-based row of the table's header on `sheet`. */
function headerRow(workbook: MemoryWorkbook, sheet: string): number {
  const table = workbook.sheet(sheet).tables[0];
  if (!table) throw new Error(`no table on ${sheet}`);
  return table.rect.row;
}

describe("printing what the add-in writes", () => {
  it("prints every register, the issues sheet and the run log across, with its header on every page", async () => {
    const workbook = await demo();
    const sheets = [...REGISTER_KINDS.map((k) => REGISTERS[k].sheetName), OUTPUT_SHEETS.issues, OUTPUT_SHEETS.pairingRunLog];
    const loaded = await loadXlsx((await saveXlsx(workbook)).bytes);
    for (const name of sheets) {
      const header = headerRow(workbook, name);
      const expected = { ...ACROSS, printTitleRows: { row: header, rowCount: 1 } };
      expect(workbook.sheet(name).pageSetup, name).toEqual(expected);
      expect(loaded.sheet(name).pageSetup, `${name} in the .xlsx`).toEqual(expected);
    }
    // The issues sheet's table starts below its title line: that header row is the one repeated.
    expect(headerRow(workbook, OUTPUT_SHEETS.issues)).toBeGreaterThan(0);
  });

  it("prints each summary one page wide with its title on every page and its sections whole", async () => {
    const workbook = await demo();
    const summaries = workbook.sheets.filter((s) => s.name === "Programme overview" || s.name.startsWith("Summary - "));
    expect(summaries.length).toBe(3);
    for (const sheet of summaries) {
      expect(sheet.pageSetup.zoom, sheet.name).toEqual(ACROSS.zoom);
      expect(sheet.pageSetup.printTitleRows, sheet.name).toEqual({ row: 0, rowCount: 1 });
      expect(sheet.rowBreaks.length, sheet.name).toBeGreaterThan(0);
      // Each break is the blank row above a section title (bold, 12 points).
      for (const row of sheet.rowBreaks) expect(sheet.cell(row + 1, 0)?.style?.fontSize, `${sheet.name} row ${row + 2}`).toBe(12);
    }
  });
});
