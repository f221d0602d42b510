import { describe, expect, it } from "vitest";
import { COUNTIES, areNeighbours, countyCode, neighbours } from "../../../src/domain/reference";

describe("counties", () => {
  it("lists Kenya's 47 counties with codes 1 to 47, each once", () => {
    expect(COUNTIES).toHaveLength(47);
    expect(COUNTIES.map((c) => c.code)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    expect(new Set(COUNTIES.map((c) => c.name)).size).toBe(47);
    expect(countyCode("Nairobi")).toBe(47);
    expect(countyCode("Homa Bay")).toBe(43);
  });

  it("has symmetric borders and gives every county at least one neighbour", () => {
    for (const { name } of COUNTIES) {
      expect(neighbours(name).size, name).toBeGreaterThan(0);
      for (const other of neighbours(name)) expect(areNeighbours(other, name), `${other}-${name}`).toBe(true);
      expect(neighbours(name).has(name)).toBe(false);
    }
  });

  it("knows the borders the sample relies on", () => {
    expect(areNeighbours("Kisumu", "Siaya")).toBe(true);
    expect(areNeighbours("Kisumu", "Homa Bay")).toBe(true);
    expect(areNeighbours("Mombasa", "Kisumu")).toBe(false);
    expect(areNeighbours("Nairobi", "Kiambu")).toBe(true);
  });
});
