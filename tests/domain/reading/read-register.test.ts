import { describe, expect, it } from "vitest";
import { mapColumns } from "../../../src/domain/mapping";
import { extraKeys, readRegister, readWorkbookRegisters } from "../../../src/domain/reading";
import type { Grid, GridValue } from "../../../src/domain/registers";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

const HEADER: GridValue[] = ["Name of Mentor", "County of work", "Tel. No.", "Sector", "Yrs of HR experience", "Skills", "", "Remarks", "Next of kin", "Remarks"];

function mentorGrid(rows: GridValue[][], numberFormats?: string[][]): Grid {
  return { sheet: "Mentors", origin: { row: 1, column: 1 }, values: [["Mentor list – Phase 1"], HEADER, ...rows], ...(numberFormats ? { numberFormats } : {}) };
}

describe("readRegister", () => {
  const grid = mentorGrid([
    [" Achieng\u00A0Otieno ", "Homabay", "0712 345 678", "FBO", "12 yrs", "1. Appraisal 2. Basket weaving", "side note", "Keen", "Mama Otieno", "second remark"],
    [],
    ["", "", "", "", "", "", "", "", "", ""],
    ["=Wanjiru Kamau", "Kisumu", 712345678, "Public", 8, "Recruitment"],
    ["", "", "", "", "", "", "only an extra"],
    ["Baraka", "Atlantis", "+44 20 7946 0958", "Cooperative", "about 12"],
  ]);
  const mapping = mapColumns(grid, "mentors", 1);
  const data = readRegister(grid, "mentors", mapping, DEFAULT_SETTINGS);

  it("skips blank rows without stopping, and keeps rows that only have extra text", () => {
    expect(data.rows.map((r) => r.source.row)).toEqual([3, 6, 7, 8]);
    expect(data.headerRow).toBe(2);
    expect(data.kind).toBe("mentors");
    expect(data.sheet).toBe("Mentors");
  });

  it("normalises mapped cells and keeps the originals and their cells", () => {
    const [first] = data.rows;
    expect(first?.values).toMatchObject({ fullName: "Achieng Otieno", county: "Homa Bay", phone: "+254712345678", sector: "Faith-based", yearsExperience: 12, skills: ["performance-management"], remarks: "Keen" });
    expect(first?.raw).toMatchObject({ fullName: " Achieng\u00A0Otieno ", county: "Homabay", phone: "0712 345 678", sector: "FBO", yearsExperience: "12 yrs" });
    expect(first?.cells.county).toEqual({ sheet: "Mentors", row: 3, column: 2, address: "B3" });
  });

  it("reports each change with before, after and reason", () => {
    const county = data.rows[0]?.changes.find((c) => c.field === "county");
    expect(county).toMatchObject({ before: "Homabay", after: "Homa Bay", cell: { address: "B3" } });
    expect(county?.reason).toBeTruthy();
    const skills = data.rows[0]?.changes.find((c) => c.field === "skills");
    expect(skills?.after).toBe("Performance management");
  });

  it("reports a partial list's unknown item as a problem and keeps the known ones", () => {
    const problem = data.rows[0]?.problems.find((p) => p.field === "skills");
    expect(problem?.message).toContain("“Basket weaving”");
    expect(problem?.cell.address).toBe("F3");
    expect(data.rows[0]?.values.skills).toEqual(["performance-management"]);
  });

  it("carries unmapped and duplicate columns in extra under unique keys", () => {
    expect(data.rows[0]?.extra).toEqual({ "Column G": "side note", "Next of kin": "Mama Otieno", "Remarks (column J)": "second remark" });
    expect(data.rows[2]?.extra).toEqual({ "Column G": "only an extra" });
    expect(data.rows[2]?.values).toEqual({});
  });

  it("keeps a name that begins with = exactly as typed", () => {
    expect(data.rows[1]?.values.fullName).toBe("=Wanjiru Kamau");
    expect(data.rows[1]?.changes.find((c) => c.field === "fullName")).toBeUndefined();
    expect(data.rows[1]?.values.phone).toBe("+254712345678");
    expect(data.rows[1]?.raw.phone).toBe(712345678);
  });

  it("leaves values that cannot be read out of values, in raw, with a problem each", () => {
    const row = data.rows[3];
    expect(row?.values).toEqual({ fullName: "Baraka" });
    expect(row?.raw).toMatchObject({ county: "Atlantis", phone: "+44 20 7946 0958", sector: "Cooperative", yearsExperience: "about 12" });
    expect(row?.problems.map((p) => p.field).sort()).toEqual(["county", "phone", "sector", "yearsExperience"]);
    const county = row?.problems.find((p) => p.field === "county");
    expect(county).toMatchObject({ value: "Atlantis", message: "“Atlantis” is not one of Kenya's 47 counties", cell: { address: "B8" } });
  });

  it("reads real date cells by their number format", () => {
    const g: Grid = {
      sheet: "Sessions",
      origin: { row: 1, column: 1 },
      values: [["Mentor", "Mentee", "Week", "Date", "Hours"], ["A", "B", 1, 42772, 0.0625], ["A", "B", 2, "13/02/2017", "1 hr"]],
      numberFormats: [["General", "General", "General", "General", "General"], ["General", "General", "General", "dd/mm/yyyy", "h:mm"], ["General", "General", "General", "General", "General"]],
    };
    const d = readRegister(g, "sessions", mapColumns(g, "sessions", 0));
    expect(d.rows[0]?.values).toMatchObject({ date: "2017-02-06", hours: 1.5, week: 1 });
    expect(d.rows[0]?.changes.find((c) => c.field === "date")).toBeUndefined();
    expect(d.rows[1]?.values).toMatchObject({ date: "2017-02-13", hours: 1, week: 2 });
  });
});

describe("a totals row at the foot of a list", () => {
  const read = (rows: GridValue[][], header: GridValue[] = ["S/No", "Name of Mentor", "No. of mentees"]) => {
    const grid: Grid = { sheet: "Mentors", origin: { row: 1, column: 1 }, values: [header, ...rows] };
    return readRegister(grid, "mentors", mapColumns(grid, "mentors", 0), DEFAULT_SETTINGS);
  };

  it("is kept, and reported on its label's cell so it is not counted as a mentor unnoticed", () => {
    const data = read([["", "Achieng Otieno", 2], ["", "Barasa Wafula", 1], ["", "GRAND TOTAL:", 3]], ["Notes", "Name of Mentor", "No. of mentees"]);
    expect(data.rows).toHaveLength(3);
    const totals = data.rows[2];
    expect(totals?.values).toMatchObject({ fullName: "GRAND TOTAL:", capacity: 3 });
    expect(totals?.problems).toEqual([
      expect.objectContaining({ field: "fullName", cell: expect.objectContaining({ address: "B4" }), message: expect.stringContaining("Row 4 of “Mentors” starts with “GRAND TOTAL:”: it looks like a totals row, not a mentor") }),
    ]);
    expect(data.rows[0]?.problems).toEqual([]);
  });

  it("is reported on the row's first field cell when its label sits in a carried column", () => {
    const data = read([["1", "Achieng Otieno", 2], ["Total", "", 2]], ["Serial", "Name of Mentor", "No. of mentees"]);
    expect(data.rows[1]?.problems.map((p) => [p.field, p.cell.address])).toEqual([["capacity", "C3"]]);
  });

  it("is not a person whose name merely contains the word", () => {
    const data = read([["", "Totalina Achieng", 1], ["", "Total Otieno", 1]]);
    expect(data.rows.flatMap((r) => r.problems)).toEqual([]);
  });
});

describe("extraKeys", () => {
  it("is unique even when a header looks like a generated key", () => {
    const keys = extraKeys([
      { column: 2, header: "" },
      { column: 3, header: "Column B" },
      { column: 4, header: "X" },
      { column: 5, header: "X" },
    ]);
    expect(new Set(keys.values()).size).toBe(4);
    expect(keys.get(2)).toBe("Column B");
    expect(keys.get(3)).toBe("Column B (column C)");
  });
});

describe("readWorkbookRegisters", () => {
  const mentors: Grid = { sheet: "Mentors", origin: { row: 1, column: 1 }, values: [["Mentors"], HEADER, ["Achieng", "Kisumu", "0712345678"]] };
  const mentees: Grid = { sheet: "Mentees Ph1", origin: { row: 1, column: 1 }, values: [["Name", "Personal No.", "County", "Needs"], ["Baraka", "12345", "Siaya", "PM"], ["Chebet", "12346", "Kisumu", "Recruitment"]] };
  const mentees2: Grid = { sheet: "Mentees Ph2", origin: { row: 1, column: 1 }, values: [["Name", "Personal No.", "County", "Needs"], ["Dida", "22345", "Nakuru", "PM"]] };
  const budget: Grid = { sheet: "Budget", origin: { row: 1, column: 1 }, values: [["Item", "Cost (KES)"], ["Venue", 5000]] };

  it("detects and reads each sheet, and reports the sheets it left alone", () => {
    const { registers, detections } = readWorkbookRegisters([mentors, mentees, budget], DEFAULT_SETTINGS);
    expect(registers.mentors?.rows).toHaveLength(1);
    expect(registers.mentees?.rows).toHaveLength(2);
    expect(registers.settings).toBe(DEFAULT_SETTINGS);
    expect(detections.map((d) => [d.sheet, d.kind, d.rowsRead])).toEqual([
      ["Mentors", "mentors", 1],
      ["Mentees Ph1", "mentees", 2],
      ["Budget", null, 0],
    ]);
  });

  it("joins two sheets of one register, each row keeping its own sheet", () => {
    const { registers, detections } = readWorkbookRegisters([mentees, mentees2], DEFAULT_SETTINGS);
    expect(registers.mentees?.rows.map((r) => r.source.sheet)).toEqual(["Mentees Ph1", "Mentees Ph1", "Mentees Ph2"]);
    expect(detections[1]?.message).toContain("added to the Mentees register");
  });

  it("follows the officer's choice of register, or of leaving a sheet out", () => {
    const ambiguous: Grid = { sheet: "Sheet1", origin: { row: 1, column: 1 }, values: [["Name", "County", "Phone"], ["A", "Kisumu", "0712345678"]] };
    expect(readWorkbookRegisters([ambiguous], DEFAULT_SETTINGS).detections[0]?.kind).toBeNull();
    const chosen = readWorkbookRegisters([ambiguous, mentors], DEFAULT_SETTINGS, { sheetKinds: { Sheet1: "mentees", Mentors: null } });
    expect(chosen.registers.mentees?.rows).toHaveLength(1);
    expect(chosen.registers.mentors).toBeUndefined();
    expect(chosen.detections[1]?.message).toContain("left out");
  });
});
