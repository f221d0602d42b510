import { describe, expect, it } from "vitest";
import { memoryWorkbookFromSpec } from "../workbook/memory";
import { conditionalStyleAt } from "./conditional-look";
import { cellLook } from "./grid-model";

function sheetWithRules() {
  const sheet = memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: [["Name"], ["Achieng"], ["Peter"]] }] }).sheet("Mentors");
  sheet.patchStyle(1, 0, { fillColor: "#00B050" });
  sheet.conditionalFormats.push(
    { id: "a", rects: [{ row: 1, column: 0, rowCount: 1, columnCount: 1 }], type: "Custom", formula: "=TRUE", style: { fillColor: "#F4CCCC", fontColor: "#9C0006" }, priority: 1, stopIfTrue: false },
    { id: "b", rects: [{ row: 2, column: 0, rowCount: 1, columnCount: 1 }], type: "Custom", formula: "=$A3=\"Peter\"", style: { fillColor: "#000000" }, priority: 0, stopIfTrue: false },
  );
  return sheet;
}

describe("conditional formats in the preview grid", () => {
  it("draws a rule that is always true over the cell's own fill, and takes it away with the rule", () => {
    const sheet = sheetWithRules();
    expect(cellLook(sheet, 1, 0)).toMatchObject({ fill: "#F4CCCC", color: "#9C0006", text: "Achieng" });
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.id !== "a");
    expect(cellLook(sheet, 1, 0).fill).toBe("#00B050");
  });

  it("does not guess at rules that refer to cells (no formula engine)", () => {
    expect(conditionalStyleAt(sheetWithRules(), 2, 0)).toBeUndefined();
  });
});
