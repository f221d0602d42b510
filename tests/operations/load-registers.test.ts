import { describe, expect, it } from "vitest";
import { REGISTERS } from "../../src/domain/registers";
import { settingsSheetRows } from "../../src/domain/settings";
import { loadRegisters, SOURCE_ROW_HEADER, SOURCE_SHEET_HEADER } from "../../src/operations/load-registers";
import { buildSampleWorkbookSpec, sampleTruth } from "../../src/sample";
import { createMemoryContext, memoryWorkbookFromSpec } from "../../src/workbook/memory";
import { writeBlock, writeTable } from "../../src/workbook/office";

describe("loadRegisters", () => {
  it("reads every register of the raw sample in a constant number of syncs", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    const context = createMemoryContext(workbook);
    const loaded = await loadRegisters(context);
    const truth = sampleTruth();
    expect(context.stats.syncCount).toBeLessThanOrEqual(2);
    expect(loaded.registers.phases?.rows).toHaveLength(truth.phases.length);
    expect(loaded.registers.mentees?.rows).toHaveLength(truth.mentees.length);
    // The mentor sheet holds one planted duplicate entry: 32 people, 33 rows.
    expect(loaded.registers.mentors?.rows.length).toBe(truth.mentors.length + 1);
    expect(loaded.sources.every((s) => s.from === "raw")).toBe(true);
    expect(loaded.readings.map((r) => r.kind)).toEqual(["mentors", "mentees", "pairs", "sessions", "goals", "evaluations", "phases"]);
  });

  it("takes settings from the Settings sheet and reports a bad value without using it", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    const rows = settingsSheetRows().map((row) => [...row]);
    rows[1] = [rows[1]![0]!, 3, rows[1]![2]!];
    rows[5] = [rows[5]![0]!, "six", rows[5]![2]!];
    workbook.addSheet("Settings");
    const context = createMemoryContext(workbook);
    await writeBlock(context, "Settings", { row: 0, column: 0 }, rows);
    const loaded = await loadRegisters(context);
    expect(loaded.registers.settings.minYearsExperience).toBe(3);
    expect(loaded.registers.settings.certificateMinSessions).toBe(6);
    expect(loaded.settingsProblems).toHaveLength(1);
    expect(loaded.settingsProblems[0]?.cell.address).toBe("B6");
    expect(loaded.settingsProblems[0]?.message).toContain("six");
    expect(loaded.readings.some((r) => r.sheet === "Settings")).toBe(false);
  });

  it("prefers a converted register table to the raw sheet it came from", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    const context = createMemoryContext(workbook);
    const fields = REGISTERS.mentors.fields;
    const headers = [...fields.map((f) => f.label), SOURCE_SHEET_HEADER, SOURCE_ROW_HEADER];
    const row = (id: string, name: string, source: number) => [...fields.map((f) => (f.key === "mentorId" ? id : f.key === "fullName" ? name : null)), "Mentors list 2016", source];
    await writeTable(context, {
      sheetName: REGISTERS.mentors.sheetName,
      tableName: REGISTERS.mentors.tableName,
      headers,
      rows: [row("MR-01", "Daniel Okoth Agola", 5), row("MR-02", "Agnes Akoth Omolo", 6)],
    });
    const loaded = await loadRegisters(context);
    expect(loaded.registers.mentors?.rows.map((r) => r.values.fullName)).toEqual(["Daniel Okoth Agola", "Agnes Akoth Omolo"]);
    expect(loaded.registers.mentors?.rows[0]?.cells.fullName?.sheet).toBe(REGISTERS.mentors.sheetName);
    expect(loaded.sources.find((s) => s.kind === "mentors")).toMatchObject({ from: "register", table: "MentorsRegister", rows: 2 });
    const raw = loaded.readings.find((r) => r.sheet === "Mentors list 2016");
    expect(raw?.rowsRead).toBe(0);
    expect(raw?.message).toContain("converted");
    // Other registers still come from their raw sheets.
    expect(loaded.sources.find((s) => s.kind === "mentees")?.from).toBe("raw");
  });
});
