import { describe, expect, it } from "vitest";
import { messyMentorSheet, runReadingBench } from "../../../bench/reading.bench";

describe("reading bench", () => {
  it("generates a messy mentor sheet with title rows and blank rows", () => {
    const grid = messyMentorSheet(500);
    expect(grid.values[2]?.[1]).toBe("Name of Mentor");
    expect(grid.values.filter((r) => r.length === 0).length).toBeGreaterThan(0);
    expect(grid.values.length).toBe(503);
  });

  it("returns figures for a small run", () => {
    const f = runReadingBench(2_000);
    expect(f.rows).toBeGreaterThan(1_900);
    expect(f.rows).toBeLessThanOrEqual(2_000);
    expect(f.rowsPerSecond).toBeGreaterThan(0);
    expect(f.changes).toBeGreaterThan(f.rows);
    expect(f.problems).toBeGreaterThan(0);
  });
});
