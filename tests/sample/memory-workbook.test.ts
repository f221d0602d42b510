import { describe, expect, it } from "vitest";
import { memoryWorkbookFromSpec } from "../../src/workbook/memory/spec";
import { buildSampleWorkbookSpec, sampleTruth } from "../../src/sample";

/** The sample must load into the project's in-memory Excel as the offices' workbook would open. */
describe("sample workbook in the in-memory Excel", () => {
  const spec = buildSampleWorkbookSpec();
  const truth = sampleTruth();
  const workbook = memoryWorkbookFromSpec(spec);

  it("loads every sheet with its merged titles", () => {
    expect(workbook.sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
    for (const s of spec.sheets) expect(workbook.sheet(s.name).merges).toHaveLength((s.merges ?? []).length);
  });

  it("keeps the name typed with '=' as text, never as a formula", () => {
    const d = truth.defects.find((x) => x.kind === "formula-like-name");
    const cell = workbook.sheet(d?.sheet ?? "").cellAt(d?.cell ?? "");
    expect(cell?.value).toBe(d?.value);
    expect(cell?.formula).toBeUndefined();
  });

  it("holds real date cells with a day-first format next to dates typed as text", () => {
    const text = truth.defects.find((x) => x.kind === "date-as-text" && x.sheet === "Phases");
    const sheet = workbook.sheet("Phases");
    expect(sheet.cellAt(text?.cell ?? "")?.value).toBe("06/02/2017");
    const real = sheet.cellAt("C4");
    expect(typeof real?.value).toBe("number");
    expect(real?.numberFormat).toBe("dd/mm/yyyy");
  });
});
