import { describe, expect, it } from "vitest";
import {
  applyMappingOverrides,
  detectRegister,
  fieldMatches,
  findHeaderRow,
  headerTokens,
  mapColumns,
  unmappedColumns,
  wordingSimilarity,
} from "../../../src/domain/mapping";
import type { Grid, GridValue } from "../../../src/domain/registers";

function grid(values: GridValue[][], sheet = "Sheet1", origin = { row: 1, column: 1 }): Grid {
  return { sheet, origin, values };
}

const MENTOR_HEADER: GridValue[] = ["S/No", "Name of Mentor", "Organisation", "Sector", "County of work", "Tel. No.", "E-mail address", "Yrs of HR experience", "IHRM No.", "Skills", "Remarks"];
const MENTOR_ROW: GridValue[] = [1, "Achieng Otieno", "Kisumu County Referral Hospital", "Pvt", "Kisumu", "0712 345 678", "a@example.org", "12 yrs", "M-123", "PM; T&D", "Keen"];

describe("header wordings", () => {
  it.each([
    ["Tel. No.", ["phone", "number"]],
    ["E-mail address", ["email", "address"]],
    ["Yrs of HR experience", ["years", "hr", "experience"]],
    ["Mentor's name", ["mentor", "name"]],
    ["Organization", ["organisation"]],
    ["Sensitization attended?", ["sensitisation", "attended"]],
  ])("%s -> %j", (header, tokens) => {
    expect(headerTokens(header)).toEqual(tokens);
  });

  it("scores exact, reordered and misspelt wordings in that order", () => {
    const exact = wordingSimilarity(headerTokens("Name of Mentor"), headerTokens("name of mentor"));
    const reordered = wordingSimilarity(headerTokens("Mentor Name"), headerTokens("name of mentor"));
    const misspelt = wordingSimilarity(headerTokens("Name of Mentr"), headerTokens("name of mentor"));
    expect(exact).toBe(1);
    expect(reordered).toBe(0.95);
    expect(misspelt).toBeGreaterThan(0.6);
    expect(misspelt).toBeLessThan(reordered);
  });
});

describe("mapping a header to a field", () => {
  it.each([
    ["mentors", "Name of Mentor", "fullName"],
    ["mentors", "Mentor name", "fullName"],
    ["mentors", "Tel. No.", "phone"],
    ["mentors", "Telephone Number", "phone"],
    ["mentors", "Yrs of HR experience", "yearsExperience"],
    ["mentors", "Years of Experience", "yearsExperience"],
    ["mentors", "E-mail address", "email"],
    ["mentors", "EMAIL", "email"],
    ["mentors", "County of work", "county"],
    ["mentors", "Sector (Public/Private/FBO)", "sector"],
    ["mentors", "Organisation/Institution", "organisation"],
    ["mentors", "Sensitisation Atended", "sensitisationAttended"],
    ["mentors", "IHRM Membership Number", "ihrmNumber"],
    ["mentees", "Personal No.", "menteeId"],
    ["mentees", "Needs (ranked)", "needs"],
    ["mentees", "Designation", "role"],
    ["pairs", "Name of Mentee", "menteeName"],
    ["sessions", "Duration (hrs)", "hours"],
    ["sessions", "Wk", "week"],
  ] as const)("%s: %s -> %s", (kind, header, field) => {
    expect(fieldMatches(kind, header)[0]?.field.key).toBe(field);
  });

  it("never reads a mentee's name as the mentor's", () => {
    expect(fieldMatches("mentors", "Name of Mentee")).toEqual([]);
    expect(fieldMatches("mentees", "Name of Mentor")).toEqual([]);
    expect(fieldMatches("mentors", "No. of mentees")[0]?.field.key).toBe("capacity");
  });

  it("maps nothing for a header no register uses", () => {
    expect(fieldMatches("mentors", "Date of birth")).toEqual([]);
    expect(fieldMatches("mentors", "")).toEqual([]);
  });
});

describe("findHeaderRow", () => {
  it("finds the header below title rows and a merged title", () => {
    const g = grid([
      ["HRH CAPACITY BRIDGE PROJECT"],
      ["Mentors – Phase 1", "", "", ""],
      [],
      MENTOR_HEADER,
      MENTOR_ROW,
    ]);
    expect(findHeaderRow(g)).toMatchObject({ index: 3, row: 4 });
  });

  it("reports the sheet row when the grid starts lower down", () => {
    const g = grid([["Title"], MENTOR_HEADER, MENTOR_ROW], "Mentors", { row: 5, column: 2 });
    expect(findHeaderRow(g)).toMatchObject({ index: 1, row: 6 });
  });

  it("accepts a header with blank cells", () => {
    const g = grid([["Mentor list"], ["Name", "", "County", "", "Phone"], ["A", "x", "Kisumu", "", "0712345678"]]);
    expect(findHeaderRow(g)?.index).toBe(1);
  });

  it("prefers the earlier of two equally good rows", () => {
    const g = grid([["Name", "County"], ["Name", "County"]]);
    expect(findHeaderRow(g)?.index).toBe(0);
  });

  it("prefers a row naming several fields over a title naming one", () => {
    const g = grid([["Mentor"], ["Full name", "County", "Phone"]]);
    expect(findHeaderRow(g)?.index).toBe(1);
  });

  it("finds nothing in a sheet of notes", () => {
    expect(findHeaderRow(grid([["Minutes of the matching workshop"], ["Attendance was good"]]))).toBeNull();
  });

  it("looks no further than the first 30 rows", () => {
    const rows: GridValue[][] = Array.from({ length: 30 }, () => ["Minutes of the workshop"]);
    expect(findHeaderRow(grid([...rows, MENTOR_HEADER]))).toBeNull();
  });
});

describe("mapColumns", () => {
  const g = grid([["Mentors"], MENTOR_HEADER, MENTOR_ROW]);

  it("maps each column with a confidence and carries the rest", () => {
    const m = mapColumns(g, "mentors", 1);
    expect(m.headerRow).toBe(2);
    const fields = Object.fromEntries(m.columns.map((c) => [c.header, c.field]));
    expect(fields).toMatchObject({
      "Name of Mentor": "fullName",
      "Tel. No.": "phone",
      "Yrs of HR experience": "yearsExperience",
      "E-mail address": "email",
      "County of work": "county",
      "IHRM No.": "ihrmNumber",
      Remarks: "remarks",
    });
    for (const c of m.columns) if (c.field) expect(c.confidence).toBeGreaterThan(0.5);
    expect(m.missingRequired).toEqual([]);
  });

  it("gives a field to one column only, the better match, and says why the other is carried", () => {
    const g2 = grid([["Mentor name", "Name", "Phone"], ["A", "B", "0712345678"]]);
    const m = mapColumns(g2, "mentors", 0);
    const [first, second] = m.columns;
    expect(first?.field).toBe("fullName");
    expect(second?.field).toBeNull();
    expect(second?.note).toContain("column A");
    expect(second?.guess?.field).toBe("fullName");
  });

  it("on a tie, the leftmost column keeps the field", () => {
    const m = mapColumns(grid([["Phone", "Phone"]]), "mentors", 0);
    expect(m.columns.map((c) => c.field)).toEqual(["phone", null]);
    expect(m.columns[1]?.note).toBe("column A (“Phone”) matches Phone as well and comes first; this column is carried as it is");
  });

  it("on a tie, a column headed with the field's own label keeps it, wherever it stands", () => {
    // "Notes" is one of Remarks' wordings and matches as surely; the column headed Remarks is the officer's Remarks.
    const m = mapColumns(grid([["Name", "Notes", "REMARKS"], ["Achieng Otieno", "met twice", "keen"]]), "mentors", 0);
    expect(m.columns.map((c) => c.field)).toEqual(["fullName", null, "remarks"]);
    expect(m.columns[1]?.note).toBe("column C (“REMARKS”) matches Remarks as well and is headed Remarks; this column is carried as it is");
  });

  it("lists the columns it will carry unmapped", () => {
    const m = mapColumns(grid([["Name", "Date of birth", "", "Name"]]), "mentors", 0);
    expect(unmappedColumns(m).map((c) => [c.column, c.note])).toEqual([
      [2, "no field matches this header"],
      [3, "no header"],
      [4, "column A (“Name”) matches Full name as well and comes first; this column is carried as it is"],
    ]);
  });

  it("lists required fields no column feeds", () => {
    expect(mapColumns(grid([["County", "Phone"]]), "mentors", 0).missingRequired).toEqual(["fullName"]);
  });
});

describe("detectRegister", () => {
  it("recognises a mentor sheet and names the runner-up", () => {
    const d = detectRegister(grid([["Mentors – Phase 1"], MENTOR_HEADER, MENTOR_ROW]));
    expect(d.kind).toBe("mentors");
    expect(d.confidence).toBeGreaterThan(0.5);
    expect(d.runnerUp?.kind).toBe("mentees");
    expect(d.runnerUp?.confidence).toBeLessThan(d.confidence);
    expect(d.headerRow).toBe(2);
    expect(d.message).toContain("Mentors register");
  });

  it.each<[string, GridValue[], string]>([
    ["Sheet1", ["Name", "Personal No.", "County", "Designation", "Needs (ranked)", "Release approved"], "mentees"],
    ["Sheet1", ["Mentor", "Mentee", "Status", "Acceptance signed", "Plan submitted"], "pairs"],
    ["Sheet1", ["Mentor", "Mentee", "Week", "Date", "Hours", "Topics", "Held"], "sessions"],
    ["Sheet1", ["Pair", "Goal", "Focus area", "Target date", "Status"], "goals"],
    ["Sheet1", ["Pair ID", "Respondent", "Date", "Progress against goals (1-5)", "Relationship (1-5)", "Overall"], "evaluations"],
    ["Sheet1", ["Phase", "Counties", "Start date", "Weeks", "Session hours"], "phases"],
  ])("%s with %j is %s", (sheet, header, kind) => {
    const d = detectRegister(grid([header], sheet));
    expect(d.kind).toBe(kind);
    expect(d.ambiguous).toBe(false);
  });

  it("lets a sheet name settle what the headers leave open", () => {
    const header: GridValue[] = ["Name", "County", "Phone", "Email"];
    const open = detectRegister(grid([header], "Sheet1"));
    expect(open.ambiguous).toBe(true);
    expect(open.kind).toBeNull();
    expect(open.message).toContain("could be");
    expect(detectRegister(grid([header], "Mentee list")).kind).toBe("mentees");
    expect(detectRegister(grid([header], "MENTORS")).kind).toBe("mentors");
  });

  it("reports a sheet that looks like no register", () => {
    const d = detectRegister(grid([["Item", "Cost (KES)"], ["Venue", 5000]], "Budget"));
    expect(d.kind).toBeNull();
    expect(d.message).toContain("Budget");
  });
});

describe("applyMappingOverrides", () => {
  const base = mapColumns(grid([["Name", "Contact", "Notes"]]), "mentors", 0);

  it("gives a column the chosen field with full confidence, taking it from another column", () => {
    const m = applyMappingOverrides(base, [{ column: 3, field: "phone" }]);
    expect(m.columns.map((c) => c.field)).toEqual(["fullName", null, "phone"]);
    expect(m.columns[2]).toMatchObject({ confidence: 1, source: "override" });
    expect(m.columns[1]?.note).toContain("column C");
    expect(base.columns[1]?.field).toBe("phone");
  });

  it("can carry a mapped column instead", () => {
    const m = applyMappingOverrides(base, [{ column: 1, field: null }]);
    expect(m.columns[0]?.field).toBeNull();
    expect(m.missingRequired).toEqual(["fullName"]);
  });

  it("refuses a field the register does not have", () => {
    expect(() => applyMappingOverrides(base, [{ column: 1, field: "needs" }])).toThrow(/no field/);
    expect(() => applyMappingOverrides(base, [{ column: 9, field: "phone" }])).toThrow(/not on sheet/);
  });
});

describe("the values below a header as evidence", () => {
  const column = (m: ReturnType<typeof mapColumns>, header: string) => {
    const found = m.columns.find((c) => c.header === header);
    if (!found) throw new Error(`no column ${header}`);
    return found;
  };

  it("carries a column its values contradict: dates under a header that reads like yes/no", () => {
    const g = grid([
      ["Name of Mentor", "Date of sensitisation", "Sensitisation attended"],
      ["Achieng Otieno", 42772, "Yes"],
      ["Barasa Wafula", "06/02/2017", "Y"],
      ["Chebet Rono", 42780, "no"],
    ]);
    const m = mapColumns(g, "mentors", 0);
    const dates = column(m, "Date of sensitisation");
    expect(dates.field).toBeNull();
    expect(dates.guess).toEqual({ field: "sensitisationAttended", confidence: 0.6 });
    expect(dates.note).toMatch(/^“Date of sensitisation” reads like Sensitisation attended, but 3 of the 3 values looked at do not read as yes or no \(e\.g\. “42772”\); this column is carried as it is$/);
    expect(column(m, "Sensitisation attended").field).toBe("sensitisationAttended");
  });

  it("keeps that mapping when the values are yes/no after all, with more confidence than the wording alone", () => {
    const m = mapColumns(grid([["Date of sensitisation"], ["Yes"], ["No"], ["Y"], ["yes"]]), "mentors", 0);
    expect(m.columns[0]?.field).toBe("sensitisationAttended");
    expect(m.columns[0]?.confidence).toBeGreaterThan(0.6);
    expect(m.columns[0]?.confidence).toBeLessThan(0.9);
  });

  it("lowers a header match its values mostly fail, and carries it when little is left", () => {
    const names: GridValue[][] = [["Achieng Otieno"], ["Barasa Wafula"], ["Chebet Rono"], ["0712 345 678"]];
    const exact = mapColumns(grid([["Contact"], ...names]), "mentors", 0).columns[0];
    expect(exact).toMatchObject({ field: "phone" });
    expect(exact?.confidence).toBeCloseTo(1 - 0.4 * 0.75, 3);
    const fuzzy = mapColumns(grid([["Contacts"], ...names]), "mentors", 0).columns[0];
    expect(fuzzy?.field).toBeNull();
    expect(fuzzy?.note).toContain("do not read as phone numbers");
  });

  it("gives a column to the other field its header names when its values fit that one much better", () => {
    const reasons = mapColumns(grid([["Disengagement"], ["Mentee transferred"], ["Moved to Nakuru"], ["Left the county service"]]), "pairs", 0).columns[0];
    expect(reasons?.field).toBe("disengagementReason");
    const dates = mapColumns(grid([["Disengagement"], [42772], [42790], ["06/03/2017"]]), "pairs", 0).columns[0];
    expect(dates?.field).toBe("disengagedOn");
    expect(mapColumns(grid([["Hours held"], ["Yes"], ["No"], ["Yes"]]), "sessions", 0).columns[0]?.field).toBe("held");
    expect(mapColumns(grid([["Hours held"], [1], [2], [1.5]]), "sessions", 0).columns[0]?.field).toBe("hours");
    // "Held" names the yes/no field exactly, but a column of dates is the session date.
    expect(mapColumns(grid([["Held"], [42772], [42779], [42786]]), "sessions", 0).columns[0]?.field).toBe("date");
  });

  it("says nothing with too few values, or for fields that take any text", () => {
    expect(mapColumns(grid([["Date of sensitisation"], [42772], [42773]]), "mentors", 0).columns[0]?.field).toBe("sensitisationAttended");
    const names = mapColumns(grid([["Name"], [1], [2], [3]]), "mentors", 0).columns[0];
    expect(names).toMatchObject({ field: "fullName", confidence: 1 });
  });

  it("looks at no more than 50 values, spread down the column, the same ones every time", () => {
    const rows: GridValue[][] = Array.from({ length: 5_000 }, (_, i) => [i < 4_000 ? 42772 + i : "Yes"]);
    const g = grid([["Date of sensitisation"], ...rows]);
    const first = mapColumns(g, "mentors", 0).columns[0];
    // Four fifths of the rows are dates: the sample, spread over all of them, says so.
    expect(first?.field).toBeNull();
    expect(first?.note).toMatch(/ 40 of the 50 values looked at /);
    expect(mapColumns(g, "mentors", 0).columns[0]).toEqual(first);
  });

  it("weighs the detection: a sheet whose columns' values confirm its headers is detected surer", () => {
    const header: GridValue[] = ["Mentor", "Mentee", "Week", "Date", "Hours", "Held"];
    const bare = detectRegister(grid([header], "Sheet1"));
    const withData = detectRegister(grid([header, ["A", "B", 1, 42772, 1, "Yes"], ["C", "D", 2, 42779, 2, "No"], ["E", "F", 3, 42786, 1, "Yes"]], "Sheet1"));
    expect(withData.kind).toBe("sessions");
    expect(withData.confidence).toBeGreaterThanOrEqual(bare.confidence);
  });
});

describe("findHeaderRow from the values' types", () => {
  it("takes a row of labels naming one field over a data row whose values read like two", () => {
    const g = grid([
      ["County HR mentorship – attendance"],
      ["Name", "Gender", "Job group", "Posting", "Terms"],
      ["Achieng Otieno", "F", "Phase 1", "Week 3", "P&P"],
      ["Barasa Wafula", "M", "Phase 2", "Week 4", "Contract"],
    ]);
    expect(findHeaderRow(g)).toMatchObject({ index: 1, row: 2, matchedCells: 1 });
  });

  it("still takes the data row when nothing above it is shaped like a header", () => {
    const g = grid([
      ["County HR mentorship – attendance"],
      ["Achieng Otieno", "F", "Phase 1", "Week 3", "P&P"],
      ["Barasa Wafula", "M", "Phase 2", "Week 4", "P&P"],
    ]);
    expect(findHeaderRow(g)?.index).toBe(1);
  });

  it("keeps a real header naming several fields over a title above it", () => {
    const g = grid([["Mentors", "Phase 1"], ["Full name", "County", "Phone"], ["Achieng Otieno", "Kisumu", "0712345678"]]);
    expect(findHeaderRow(g)?.index).toBe(1);
  });

  it("does not take a labels row whose values repeat below, or one over text only", () => {
    // "Job group" comes back below in its column: a value, not a label.
    const repeated = grid([
      ["Name", "Gender", "Job group"],
      ["Phase 1", "Week 3", "Job group"],
      ["Phase 2", "Week 4", "Job group"],
    ]);
    expect(findHeaderRow(repeated)?.index).toBe(1);
    const textOnly = grid([
      ["Name", "Gender", "Posting"],
      ["Phase one", "Week three", "Kisumu"],
      ["Phase two", "Week four", "Siaya"],
    ]);
    expect(findHeaderRow(textOnly)?.index).toBe(1);
  });
});
