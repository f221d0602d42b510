import { describe, expect, it } from "vitest";
import { validateRegisters } from "../../../src/domain/validation";
import { buildRegisters, cleanProgramme, onlyIssue } from "./fixtures";
import { at, check, expectActionable, rules, withRule } from "./helpers";

describe("field rules", () => {
  it("field.required: a blank required value is an error at the blank cell, naming the field", () => {
    const report = check((p) => { delete at(p.mentors, 1).fullName; });
    const issue = onlyIssue(report, "field.required");
    expect(issue.severity).toBe("error");
    expect(issue.message).toBe("Full name is blank for mentor MR-02 (row 5).");
    // The cell is blank, so it is found through the column mapping, not the row's cells.
    expectActionable(issue, { sheet: "Mentor list", cell: "C5" }, ["Full name"]);
    expect(issue.fix).toContain("C5");
    expect(issue.value).toBeUndefined();
  });

  it("field.county: an unreadable county from the normaliser is an error with the normaliser's words and fix", () => {
    const p = cleanProgramme();
    const registers = buildRegisters({
      ...p,
      mentees: [
        ...p.mentees.slice(0, 3),
        {
          values: { ...at(p.mentees, 3), county: undefined },
          problems: [{ field: "county", value: "Kisumo Town", message: "\u201cKisumo Town\u201d is not one of Kenya's 47 counties", fix: "Type the county's name, e.g. Kisumu." }],
        },
      ],
    });
    const issue = onlyIssue(validateRegisters(registers), "field.county");
    expect(issue).toMatchObject({ severity: "error", field: "county", value: "Kisumo Town", fix: "Type the county's name, e.g. Kisumu." });
    expectActionable(issue, { sheet: "Mentees 2017", cell: "D7" }, ["County", "Omar Said", "Kisumo Town", "47 counties"]);
  });

  it("field.phone: a problem whose message does not quote the value still names it", () => {
    const p = cleanProgramme();
    const registers = buildRegisters({
      ...p,
      mentors: [
        { values: { ...at(p.mentors, 0), phone: undefined }, problems: [{ field: "phone", value: "0712 34", message: "Too few digits for a Kenyan number", fix: "" }] },
        ...p.mentors.slice(1),
      ],
    });
    const issue = onlyIssue(validateRegisters(registers), "field.phone");
    expect(issue.message).toBe("Phone \u201c0712 34\u201d for mentor Achieng Otieno (row 4) could not be read: Too few digits for a Kenyan number.");
    // An empty fix from the normaliser is replaced by the rule's own.
    expect(issue.fix).toContain("H4");
    expect(issue.fix).toContain("+254712345678");
  });

  it("field.yesno and field.unreadable: problems are errors for typed or required fields", () => {
    const p = cleanProgramme();
    const registers = buildRegisters({
      ...p,
      mentors: [
        { values: { ...at(p.mentors, 0), sensitisationAttended: undefined }, problems: [{ field: "sensitisationAttended", value: "maybe", message: "not yes or no", fix: "Type Yes or No." }] },
        ...p.mentors.slice(1),
      ],
      goals: [
        { values: { ...at(p.goals, 0), goal: undefined }, problems: [{ field: "goal", value: "=A1", message: "looks like a formula", fix: "Type the goal as text." }] },
        at(p.goals, 1),
      ],
    });
    const report = validateRegisters(registers);
    expect(onlyIssue(report, "field.yesno")).toMatchObject({ severity: "error", cell: "M4", value: "maybe" });
    expect(onlyIssue(report, "field.unreadable")).toMatchObject({ severity: "error", sheet: "Plans", cell: "E4", value: "=A1", register: "goals" });
    // An unreadable yes/no is not also reported as "not recorded".
    expect(rules(report)).not.toContain("mentor.requirement.unrecorded");
  });

  it("field.text: an unreadable optional free-text cell is only a warning", () => {
    const p = cleanProgramme();
    const registers = buildRegisters({
      ...p,
      mentors: [{ values: at(p.mentors, 0), problems: [{ field: "remarks", value: "#REF!", message: "is an Excel error value", fix: "Retype the remark." }] }, ...p.mentors.slice(1)],
    });
    const issue = onlyIssue(validateRegisters(registers), "field.text");
    expect(issue).toMatchObject({ severity: "warning", field: "remarks", value: "#REF!" });
  });

  it("typed but neither read nor explained by the normaliser: still reported, never dropped", () => {
    const p = cleanProgramme();
    const registers = buildRegisters({
      ...p,
      sessions: [{ values: { ...at(p.sessions, 0), hours: undefined }, raw: { hours: "one and a half" } }, ...p.sessions.slice(1)],
    });
    const issue = onlyIssue(validateRegisters(registers), "field.number");
    expect(issue.message).toBe("Hours \u201cone and a half\u201d for the week 1 session of pair P1-01 (row 4) could not be read.");
    expect(issue.cell).toBe("G4");
  });

  it("checks normalised values against each field's schema, with messages of its own", () => {
    const report = check((p) => {
      Object.assign(at(p.mentors, 0), { email: "achieng@", sector: "NGO", county: "Kisumo" });
      Object.assign(at(p.mentors, 1), { phone: "0722000111", skills: ["hr-planning", "hr-mgmt"] });
      Object.assign(at(p.mentors, 2), { yearsExperience: 7.5 });
      Object.assign(at(p.evaluations, 0), { overall: 7, date: "2017-02-30" });
    });
    const by = (rule: string) => onlyIssue(report, rule);
    expect(by("field.email").message).toBe("Email \u201cachieng@\u201d for mentor Achieng Otieno (row 4) is not a complete email address.");
    expect(by("field.choice").message).toContain("is not one of the allowed values (Public, Private, Faith-based)");
    expect(by("field.county").message).toContain("names \u201cKisumo\u201d, which is not one of Kenya's 47 counties");
    expect(by("field.phone")).toMatchObject({ cell: "H5", value: "0722000111" });
    expect(by("field.focus-area").message).toContain("names \u201chr-mgmt\u201d");
    expect(by("field.focus-area").fix).toContain("Performance management");
    expect(by("field.date").message).toContain("is not a real date");
    const numbers = withRule(report, "field.number").map((i) => i.message);
    expect(numbers).toEqual([
      "Years of HR experience \u201c7.5\u201d for mentor Fatuma Hassan (row 6) is not a whole number.",
      "Overall (1-5) \u201c7\u201d for the evaluation in row 4 is above the highest allowed value, 5.",
    ]);
    for (const issue of report.issues) expect(issue.message).not.toMatch(/Invalid input|expected/);
  });

  it("field.normalised: a normalisation becomes a warning with a safe fix from the row's changes", () => {
    const p = cleanProgramme();
    const registers = buildRegisters({
      ...p,
      mentees: [
        ...p.mentees.slice(0, 2),
        {
          values: at(p.mentees, 2),
          changes: [
            { field: "county", before: "Homabay", after: "Homa Bay", reason: "county spelling" },
            { field: "phone", before: "0711 000 003", after: "+254711000003", reason: "phone to +254 form" },
            // Not a change at all: nothing to offer.
            { field: "releaseApproved", before: "Yes", after: "Yes", reason: "yes/no" },
          ],
        },
        at(p.mentees, 3),
      ],
    });
    const issues = withRule(validateRegisters(registers), "field.normalised");
    expect(issues).toHaveLength(2);
    const [county, phone] = issues;
    expect(county).toMatchObject({
      severity: "warning",
      cell: "D6",
      value: "Homabay",
      safeFix: { field: "county", cell: "D6", from: "Homabay", to: "Homa Bay", reason: "county spelling" },
    });
    expect(county?.message).toBe("County for mentee Mary Adhiambo (row 6) is typed \u201cHomabay\u201d; the register reads it as \u201cHoma Bay\u201d (county spelling).");
    expect(phone?.safeFix).toEqual({ field: "phone", cell: "H6", from: "0711 000 003", to: "+254711000003", reason: "phone to +254 form", group: "phones" });
  });

  it("field.normalised: a day-first text date and a date number in General format are offered as tidy-ups", () => {
    const p = cleanProgramme();
    const registers = buildRegisters({
      ...p,
      sessions: [
        { values: at(p.sessions, 0), changes: [{ field: "date", before: "07/02/2017", after: "2017-02-07", reason: "day-first date" }] },
        { values: at(p.sessions, 1), changes: [{ field: "date", before: 42780, after: "2017-02-14", reason: "Excel date number read as 2017-02-14" }] },
        ...p.sessions.slice(2),
      ],
    });
    const [text, serial] = withRule(validateRegisters(registers), "field.normalised");
    expect(text?.message).toContain("reads it as \u201c7 Feb 2017\u201d");
    expect(text?.safeFix?.to).toBe("2017-02-07");
    // The officer sees 42780 in that cell, so that is the value quoted.
    expect(serial).toMatchObject({ cell: "F5", value: "42780", safeFix: { from: "42780", to: "2017-02-14" } });
  });

  it("shows a real date cell's value as the date the user sees, not Excel's serial number", () => {
    const p = cleanProgramme();
    const registers = buildRegisters({
      ...p,
      sessions: [{ values: { ...at(p.sessions, 0), date: "2017-02-05" }, raw: { date: 42771 } }, ...p.sessions.slice(1)],
    });
    const issue = onlyIssue(validateRegisters(registers), "session.date.outside");
    expect(issue.value).toBe("5 Feb 2017");
  });

  it("rows joined from a second sheet point at their own sheet, never at the first sheet's columns", () => {
    const p = cleanProgramme();
    const first = buildRegisters(p);
    // The reader joins "Mentors Ph2" into the Mentors register read from "Mentor list"; the
    // second sheet has its own layout, which the register's columns do not describe.
    const second = buildRegisters({ mentors: [{ fullName: "Amina Ali", yearsExperience: 9, sensitisationAttended: true, confidentialityAgreed: true, skills: ["recruitment"], phase: "Phase 2" }], layout: { mentors: { sheet: "Mentors Ph2", fields: ["fullName", "yearsExperience", "sensitisationAttended", "confidentialityAgreed", "skills", "phase"] } } });
    const mentors = first.mentors;
    const extra = second.mentors?.rows[0];
    if (!mentors || !extra) throw new Error("fixture");
    mentors.rows.push(extra);
    const issue = onlyIssue(validateRegisters(first), "mentor.ihrm.missing");
    expect(issue.sheet).toBe("Mentors Ph2");
    // Column B is the row's leftmost known cell there (its name), not the first sheet's IHRM column.
    expect(issue.cell).toBe("B4");
    expect(issue.fix).toContain("the \u201cIHRM membership no.\u201d column of Mentors Ph2, row 4");
  });
});
