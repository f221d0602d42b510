// A styled cell's font is written whole (name, size), so other programs do not fall back to
// their own default font for every bold title and header.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory/spec";
import { loadXlsx } from "../../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";

describe("cell fonts in the .xlsx", () => {
  it("name the workbook's font and its size, keeping a size that was set", async () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Summary", rows: [["Title"], ["Label", 3]] }] });
    const sheet = workbook.sheet("Summary");
    sheet.ensureCell(0, 0).style = { bold: true, fontSize: 16, fontColor: "#217346" };
    sheet.ensureCell(1, 0).style = { bold: true };
    const bytes = (await saveXlsx(workbook)).bytes;
    const styles = (await (await JSZip.loadAsync(bytes)).file("xl/styles.xml")?.async("string")) ?? "";
    const fonts = [...styles.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1] ?? "");
    const bold = fonts.filter((f) => f.includes("<b/>"));
    expect(bold).toHaveLength(2);
    for (const font of bold) expect(font).toContain('<name val="Calibri"/>');
    expect(bold.some((f) => f.includes('<sz val="16"/>'))).toBe(true);
    expect(bold.some((f) => f.includes('<sz val="11"/>'))).toBe(true);
    // Read back as before: the default size is not recorded as a style of its own.
    const loaded = await loadXlsx(bytes);
    expect(loaded.sheet("Summary").cellAt("A1")?.style).toEqual({ bold: true, fontSize: 16, fontColor: "#217346" });
    expect(loaded.sheet("Summary").cellAt("A2")?.style).toEqual({ bold: true });
  });
});
