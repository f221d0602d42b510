import { describe, expect, it } from "vitest";
import { createMemoryContext, MemoryWorkbook } from "../../../src/workbook/memory";

function workbook(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.addSheet("Mentors");
  book.addSheet("Mentees");
  return book;
}

describe("conditional formats over several areas (Worksheet.getRanges)", () => {
  it("adds one format covering every area, and reads it back from any of them", async () => {
    const book = workbook();
    const context = createMemoryContext(book);
    const areas = context.workbook.worksheets.getItem("Mentors").getRanges("B3:B5,D7,F2:G2");
    const format = areas.conditionalFormats.add("Custom");
    format.custom.rule.formula = "=TRUE";
    format.custom.format.fill.color = "#F4CCCC";
    areas.load("address, areaCount");
    await context.sync();
    expect(areas.areaCount).toBe(3);
    expect(areas.address).toBe("Mentors!B3:B5,Mentors!D7,Mentors!F2:G2");
    expect(book.sheet("Mentors").conditionalFormats).toHaveLength(1);
    expect(book.sheet("Mentors").conditionalFormats[0]?.rects).toEqual([
      { row: 2, column: 1, rowCount: 3, columnCount: 1 },
      { row: 6, column: 3, rowCount: 1, columnCount: 1 },
      { row: 1, column: 5, rowCount: 1, columnCount: 2 },
    ]);
    const seen = context.workbook.worksheets.getItem("Mentors").getRange("D7").conditionalFormats.load("items/type");
    await context.sync();
    expect(seen.items.map((f) => f.type)).toEqual(["Custom"]);
  });

  it("deletes the whole format, all areas at once", async () => {
    const book = workbook();
    const context = createMemoryContext(book);
    context.workbook.worksheets.getItem("Mentors").getRanges("A1,C3").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
    await context.sync();
    const formats = context.workbook.worksheets.getItem("Mentors").getRange().conditionalFormats.load("items/type");
    await context.sync();
    formats.items[0]?.delete();
    await context.sync();
    expect(book.sheet("Mentors").conditionalFormats).toEqual([]);
  });

  it("refuses areas of another sheet and bad addresses when the batch runs", async () => {
    const context = createMemoryContext(workbook());
    context.workbook.worksheets.getItem("Mentors").getRanges("Mentees!A1,B2").conditionalFormats.add("Custom");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const again = createMemoryContext(workbook());
    again.workbook.worksheets.getItem("Mentors").getRanges("A1,not an address").conditionalFormats.add("Custom");
    await expect(again.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
