import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, readSettingsGrid, settingsSheetRows } from "../../../src/domain/settings";
import { createSettingsSheet, validateWorkbook } from "../../../src/operations/validate";
import { createMemoryContext, memoryWorkbookFromSpec } from "../../../src/workbook/memory";

describe("creating the Settings sheet", () => {
  it("writes the defaults the checks read back, in a few syncs", async () => {
    const context = createMemoryContext(memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: [["Full name"], ["Achieng Otieno"]] }] }));
    const result = await createSettingsSheet(context);
    // Look, then written on a working sheet and put in place whole (replaceSheetAtomically).
    expect(context.stats.syncCount).toBeLessThanOrEqual(6);
    expect(result.settings).toBe(settingsSheetRows().length - 1);
    const sheet = context.document.sheet("Settings");
    const values = settingsSheetRows().map((row, r) => row.map((_, c) => sheet.cell(r, c)?.value ?? ""));
    const { settings, problems } = readSettingsGrid({ sheet: "Settings", origin: { row: 1, column: 1 }, values });
    expect(problems).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect((await validateWorkbook(createMemoryContext(context.document))).hasSettingsSheet).toBe(true);
  });

  it("never overwrites a Settings sheet that is already there", async () => {
    const context = createMemoryContext(memoryWorkbookFromSpec({ sheets: [{ name: "Settings", rows: [["Minimum years of HR experience (mentors)", 8]] }] }));
    await expect(createSettingsSheet(context)).rejects.toThrow(/already has a "Settings" sheet/);
    expect(context.document.sheet("Settings").cellAt("B1")?.value).toBe(8);
  });
});
