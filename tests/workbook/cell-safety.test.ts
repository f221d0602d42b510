import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_CELL_TEXT_LENGTH, TEXT_FORMAT, needsTextFormat, toSafeCellValue } from "../../src/workbook/cell-safety";
import { MemoryWorkbook } from "../../src/workbook/memory/model";

describe("needsTextFormat", () => {
  it("flags strings Excel would not keep as the same text", () => {
    const risky = ["=HYPERLINK(\"x\")", "+254712345678", "-A1", "@SUM(A1)", "007", "0712345678", "12.5", "1,234", "12%", "$5", "(12)", "1e5",
      "06/02/2017", "2017-02-06", "10:30", "10:30 AM", "1/2", "0 1/2", "TRUE", "false", "MAR-12", "6 Feb 2017", "Feb 6, 2017", "Sept-2", "#N/A", " 42 "];
    for (const s of risky) expect(needsTextFormat(s), s).toBe(true);
  });

  it("leaves ordinary text alone", () => {
    const plain = ["Achieng Otieno", "12 yrs", "0712 345 678x", "Nairobi", "Murang'a", "HR planning, training", "Mar", "March madness", "", "   ", "A1"];
    for (const s of plain) expect(needsTextFormat(s), s).toBe(false);
  });
});

describe("toSafeCellValue", () => {
  it("doubles a leading apostrophe, which Excel drops as a quote prefix", () => {
    expect(toSafeCellValue("'quoted")).toEqual({ value: "''quoted", textFormat: false });
  });

  it("passes numbers and booleans, empties null, refuses what Excel cannot hold", () => {
    expect(toSafeCellValue(7)).toEqual({ value: 7, textFormat: false });
    expect(toSafeCellValue(false)).toEqual({ value: false, textFormat: false });
    expect(toSafeCellValue(null)).toEqual({ value: "", textFormat: false });
    expect(() => toSafeCellValue(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => toSafeCellValue("x".repeat(MAX_CELL_TEXT_LENGTH + 1))).toThrow(/32767/);
  });

  // The in-memory Excel parses input with its own code (excel-input.ts); this property checks
  // the writer's prediction against it for any string, in both date orders.
  it("keeps any string exactly as written through the in-memory Excel's input parser", () => {
    const interesting = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[=+\-@'0-9 .,:/%$()eE]{1,12}$/),
      fc.constantFrom("TRUE", "false", "MAR-12", "6 Feb 2017", "Feb 6, 2017", "0 1/2", "10:30 pm", "''", "'", "=", "+", "@"),
    );
    for (const dateOrder of ["MDY", "DMY"] as const) {
      const workbook = new MemoryWorkbook({ dateOrder, currentYear: 2024 });
      const sheet = workbook.addSheet("S");
      fc.assert(
        fc.property(interesting, (text) => {
          const safe = toSafeCellValue(text);
          sheet.setNumberFormat(0, 0, safe.textFormat ? TEXT_FORMAT : "General");
          sheet.typeValue(0, 0, safe.value, workbook.inputOptions);
          const cell = sheet.cell(0, 0);
          return (cell?.value ?? "") === text && cell?.formula === undefined;
        }),
        { numRuns: 3000 },
      );
    }
  });
});
