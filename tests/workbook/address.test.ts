import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  cellsToRects,
  columnIndex,
  columnLetters,
  parseAddress,
  qualifiedAddress,
  quoteSheetName,
  rectAddress,
  rectContainsCell,
  rectSubtract,
} from "../../src/workbook/address";

describe("column letters", () => {
  it("maps the edges of Excel's grid", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(MAX_COLUMNS - 1)).toBe("XFD");
    expect(() => columnLetters(MAX_COLUMNS)).toThrow(RangeError);
    expect(columnIndex("XFE")).toBeUndefined();
  });

  it("round-trips every column", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (c) => columnIndex(columnLetters(c)) === c));
  });
});

describe("addresses", () => {
  it("parses the forms Excel accepts", () => {
    expect(parseAddress("B3")).toEqual({ rect: { row: 2, column: 1, rowCount: 1, columnCount: 1 } });
    expect(parseAddress("$C$4:A1")?.rect).toEqual({ row: 0, column: 0, rowCount: 4, columnCount: 3 });
    expect(parseAddress("A:C")?.rect).toEqual({ row: 0, column: 0, rowCount: MAX_ROWS, columnCount: 3 });
    expect(parseAddress("2:5")?.rect).toEqual({ row: 1, column: 0, rowCount: 4, columnCount: MAX_COLUMNS });
    expect(parseAddress("'Mentor''s list'!A1:B2")).toEqual({ sheet: "Mentor's list", rect: { row: 0, column: 0, rowCount: 2, columnCount: 2 } });
    expect(parseAddress("Mentors!A1")?.sheet).toBe("Mentors");
  });

  it("rejects what Excel rejects", () => {
    for (const bad of ["", "A0", "A1:B", "1A", "A1048577", "XFE1", "A1:B2:C3", "My Sheet!A1", "!A1"]) expect(parseAddress(bad)).toBeUndefined();
  });

  it("formats like Excel, quoting sheet names that need it", () => {
    expect(rectAddress({ row: 0, column: 0, rowCount: 1, columnCount: 1 })).toBe("A1");
    expect(rectAddress({ row: 0, column: 0, rowCount: MAX_ROWS, columnCount: 2 })).toBe("A:B");
    expect(rectAddress({ row: 4, column: 0, rowCount: 1, columnCount: MAX_COLUMNS })).toBe("5:5");
    expect(quoteSheetName("Mentors")).toBe("Mentors");
    expect(quoteSheetName("Phase 1")).toBe("'Phase 1'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("Murang'a")).toBe("'Murang''a'");
    expect(qualifiedAddress("Phase 1", { row: 1, column: 1, rowCount: 2, columnCount: 2 })).toBe("'Phase 1'!B2:C3");
  });

  it("parses what it formats", () => {
    const rect = fc.record({ row: fc.integer({ min: 0, max: 5000 }), column: fc.integer({ min: 0, max: 500 }), rowCount: fc.integer({ min: 1, max: 300 }), columnCount: fc.integer({ min: 1, max: 40 }) });
    fc.assert(fc.property(rect, fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[!]/.test(s) && s.trim() === s), (r, name) => {
      const parsed = parseAddress(qualifiedAddress(name, r));
      return parsed !== undefined && parsed.sheet === name && JSON.stringify(parsed.rect) === JSON.stringify(r);
    }));
  });
});

describe("rectangle algebra", () => {
  const smallRect = fc.record({ row: fc.integer({ min: 0, max: 8 }), column: fc.integer({ min: 0, max: 8 }), rowCount: fc.integer({ min: 1, max: 6 }), columnCount: fc.integer({ min: 1, max: 6 }) });
  const cellsOf = (r: Rect) => Array.from({ length: r.rowCount * r.columnCount }, (_, i) => `${r.row + Math.floor(i / r.columnCount)},${r.column + (i % r.columnCount)}`);

  it("a minus b covers exactly the cells of a outside b, without overlap", () => {
    fc.assert(fc.property(smallRect, smallRect, (a, b) => {
      const parts = rectSubtract(a, b).flatMap(cellsOf);
      const expected = cellsOf(a).filter((key) => {
        const [row, column] = key.split(",").map(Number) as [number, number];
        return !rectContainsCell(b, row, column);
      });
      return parts.length === new Set(parts).size && [...parts].sort().join() === [...expected].sort().join();
    }));
  });

  it("cellsToRects regroups a rectangle's cells into that rectangle", () => {
    fc.assert(fc.property(smallRect, (r) => {
      const cells = cellsOf(r).map((k) => {
        const [row, column] = k.split(",").map(Number) as [number, number];
        return { row, column };
      });
      return JSON.stringify(cellsToRects(cells)) === JSON.stringify([r]);
    }));
  });
});
