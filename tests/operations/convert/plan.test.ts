import { describe, expect, it } from "vitest";
import { originalsFromAsTyped } from "../../../src/domain/reading";
import type { Grid } from "../../../src/domain/registers";
import { planConversion, resolveMapping, summarisePlan, summaryLines, type ConversionPlan } from "../../../src/operations/convert";

/* The pure plan: the register's columns and the cells each source row becomes. */

function plan(grid: Grid, kind: "mentors" | "sessions" = "mentors"): ConversionPlan {
  return planConversion(grid, resolveMapping(grid, kind), ["Phase 1", "Phase 2"]);
}

function column(p: ConversionPlan, header: string) {
  const index = p.columns.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(`no column ${header}: ${p.columns.map((c) => c.header).join(", ")}`);
  return { index, column: p.columns[index], cells: p.rows.map((r) => r.cells[index]) };
}

describe("the register's columns", () => {
  const grid: Grid = {
    sheet: "Mentors",
    origin: { row: 1, column: 1 },
    values: [
      ["Name of Mentor", "Remarks", "Joined", "", "", "Remarks", "Phase"],
      ["Achieng Otieno", "Keen", 42772, "", "x", "Second remark", "phase 1"],
      ["Barasa Wafula", "", 42773, "", "", "", "Phase 2"],
    ],
    numberFormats: [[], ["General", "General", "dd/mm/yyyy"], ["General", "General", "dd/mm/yyyy"]],
  };
  const p = plan(grid);

  it("are the fields in catalogue order, then the carried columns, then where each row came from", () => {
    const headers = p.columns.map((c) => c.header);
    expect(headers.slice(-6)).toEqual(["Joined", "Column E", "Remarks (column F)", "Source sheet", "Source row", "As typed"]);
    // The empty, headerless column D carries nothing and is left out.
    expect(headers).not.toContain("Column D");
  });

  it("keep a carried column's date format, and give drop-downs to closed lists and phases", () => {
    expect(column(p, "Joined").column?.numberFormat).toBe("dd/mm/yyyy");
    expect(column(p, "Joined").cells).toEqual([42772, 42773]);
    expect(column(p, "Phase").column?.list).toEqual({ values: ["Phase 1", "Phase 2"], allowOther: true });
    expect(column(p, "County").column?.list?.allowOther).toBe(false);
    // All 47, alphabetical: the official order (by code) puts Nairobi last.
    const counties = column(p, "County").column?.list?.values ?? [];
    expect(counties).toHaveLength(47);
    expect(counties.slice(0, 3)).toEqual(["Baringo", "Bomet", "Bungoma"]);
    expect(counties).toEqual([...counties].sort((a, b) => a.localeCompare(b, "en")));
    expect(column(p, "Years of HR experience").column?.numberFormat).toBe("0");
  });

  it("carry what no field took exactly, and write normalised values typed", () => {
    expect(column(p, "Remarks").cells).toEqual(["Keen", null]);
    expect(column(p, "Remarks (column F)").cells).toEqual(["Second remark", null]);
    expect(column(p, "Column E").cells).toEqual(["x", null]);
    expect(column(p, "Phase").cells).toEqual(["Phase 1", "Phase 2"]);
    expect(column(p, "As typed").cells).toEqual(['Phase: "phase 1"', null]);
    expect(column(p, "Source row").cells).toEqual([2, 3]);
  });
});

describe("a row's cells", () => {
  const grid: Grid = {
    sheet: "Sessions",
    origin: { row: 3, column: 2 },
    values: [
      ["Mentor", "Mentee", "Week", "Date", "Hours", "Held", "Session notes"],
      ["=Achieng", "Barasa", "Week 3", "06/02/2017", "90 min", false, "+ follow up"],
      ["Chebet", "Njeri", "about 3", "31/02/2017", 2, "x", ""],
    ],
  };
  const p = plan(grid, "sessions");

  it("are the normalised values, with every original the register shows differently in As typed", () => {
    const [first] = p.rows;
    const cell = (header: string) => first?.cells[column(p, header).index];
    expect(cell("Mentor")).toBe("=Achieng");
    expect(cell("Week")).toBe(3);
    expect(cell("Date")).toBe(42772);
    expect(cell("Hours")).toBe(1.5);
    expect(cell("Held")).toBe("No");
    expect(cell("Session notes")).toBe("+ follow up");
    const originals = originalsFromAsTyped("sessions", String(cell("As typed")));
    expect(originals).toEqual({ week: "Week 3", date: "06/02/2017", hours: "90 min", held: false });
  });

  it("keep what could not be read exactly as typed, and report it with its cell", () => {
    const second = p.rows[1];
    const cell = (header: string) => second?.cells[column(p, header).index];
    expect(cell("Week")).toBe("about 3");
    expect(cell("Date")).toBe("31/02/2017");
    expect(cell("Held")).toBe("x");
    expect(cell("Hours")).toBe(2);
    expect(second?.problems.map((q) => q.cell.address)).toEqual(["D5", "E5", "G5"]);
  });

  it("are summarised in the officer's words", () => {
    const lines = summaryLines(summarisePlan(p)).join("\n");
    expect(lines).toContain("Header in row 3; 2 rows read (blank rows skipped).");
    expect(lines).toContain("B “Mentor” -> Mentor (100%)");
    expect(lines).toContain("Could not normalise 3 values (kept exactly as typed):");
    expect(lines).toMatch(/E5 \(Date\): “31\/02\/2017” is not a real date: February 2017 has no day 31\. Check the day/);
  });
});

describe("cells that must not take their column's format", () => {
  const grid: Grid = {
    sheet: "Sessions",
    origin: { row: 1, column: 1 },
    values: [
      ["Mentor", "Mentee", "Week", "Date", "Logged on"],
      ["Achieng", "Barasa", 1, 42772, 42772],
      // 2017 alone is no date; "sometime in March" neither; "2" in a week column is fine.
      ["Chebet", "Njeri", "second", 2017, 17],
      ["Wanjiru", "Otieno", 3, "sometime in March", 42790],
    ],
    numberFormats: [[], ["General", "General", "General", "dd/mm/yyyy", "d mmm yyyy"], ["General", "General", "General", "0", "General"], ["General", "General", "General", "General", "d mmm yyyy"]],
  };
  const p = plan(grid, "sessions");

  it("are the values kept as typed in a date or number column: text as text, a number as its source cell showed it", () => {
    const date = column(p, "Date").index;
    const week = column(p, "Week").index;
    expect(column(p, "Date").column?.numberFormat).toBe("dd/mm/yyyy");
    expect(p.rows[0]?.formats).toBeUndefined();
    expect(p.rows[1]?.formats).toMatchObject({ [date]: "0", [week]: "@" });
    expect(p.rows[1]?.cells[date]).toBe(2017);
    expect(p.rows[2]?.formats).toMatchObject({ [date]: "@" });
  });

  it("include a carried number formatted unlike most of its column, which keeps the usual format", () => {
    const logged = column(p, "Logged on");
    expect(logged.column?.numberFormat).toBe("d mmm yyyy");
    expect(logged.cells).toEqual([42772, 17, 42790]);
    expect(p.rows[0]?.formats?.[logged.index]).toBeUndefined();
    expect(p.rows[1]?.formats?.[logged.index]).toBe("General");
    expect(p.rows[2]?.formats?.[logged.index]).toBeUndefined();
  });
});
