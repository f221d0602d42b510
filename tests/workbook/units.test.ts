import { describe, expect, it } from "vitest";
import { charactersToPoints, fileWidthToPoints, pointsToCharacters, pointsToFileWidth } from "../../src/workbook/units";

describe("column width units", () => {
  it("gives Excel's default column as 8.43 characters = 48 points = 9.140625 in a file", () => {
    expect(charactersToPoints(8.43)).toBe(48);
    expect(pointsToCharacters(48)).toBe(8.43);
    expect(pointsToFileWidth(48)).toBe(9.140625);
    expect(fileWidthToPoints(9.140625)).toBe(48);
  });

  it("round-trips whole-character widths through points and file widths", () => {
    for (let chars = 1; chars <= 100; chars++) {
      const points = charactersToPoints(chars);
      expect(pointsToCharacters(points)).toBe(chars);
      expect(fileWidthToPoints(pointsToFileWidth(points))).toBe(points);
    }
  });
});
