import { describe, expect, it } from "vitest";
import { at, check, expectActionable, rules, withRule } from "./helpers";
import { onlyIssue } from "./fixtures";

describe("mentor guidelines", () => {
  it("mentor.experience.minimum: fewer years than Settings asks is an error on the years cell", () => {
    const report = check((p) => { at(p.mentors, 0).yearsExperience = 3; });
    const issue = onlyIssue(report, "mentor.experience.minimum");
    expect(issue.severity).toBe("error");
    expect(issue.message).toBe("Mentor Achieng Otieno (row 4) has 3 years of HR experience; the programme asks for at least 5.");
    expect(issue.field).toBe("yearsExperience");
    expect(issue.value).toBe("3");
    expectActionable(issue, { sheet: "Mentor list", cell: "J4" }, ["3 years", "at least 5"]);
  });

  it("mentor.experience.minimum: exactly the minimum passes", () => {
    expect(rules(check((p) => { at(p.mentors, 0).yearsExperience = 5; }))).not.toContain("mentor.experience.minimum");
  });

  it("mentor.experience.minimum follows settings.minYearsExperience", () => {
    const change = (p: Parameters<Parameters<typeof check>[0]>[0]) => { at(p.mentors, 1).yearsExperience = 8; };
    expect(rules(check(change))).not.toContain("mentor.experience.minimum");
    const stricter = check(change, { settings: { minYearsExperience: 10 } });
    expect(onlyIssue(stricter, "mentor.experience.minimum").message).toContain("at least 10");
    // Settings kept in the workbook count too, and the option overrides them.
    const fromWorkbook = check((p) => { change(p); p.settings = { minYearsExperience: 9 }; });
    expect(onlyIssue(fromWorkbook, "mentor.experience.minimum").message).toContain("at least 9");
    expect(rules(check((p) => { change(p); p.settings = { minYearsExperience: 9 }; }, { settings: { minYearsExperience: 2 } }))).not.toContain("mentor.experience.minimum");
  });

  it("mentor.requirement.unrecorded: blank years, confidentiality or sensitisation is a warning per field", () => {
    const report = check((p) => {
      const m = at(p.mentors, 2);
      delete m.yearsExperience;
      delete m.confidentialityAgreed;
      delete m.sensitisationAttended;
    });
    const issues = withRule(report, "mentor.requirement.unrecorded");
    expect(issues.map((i) => i.field).sort()).toEqual(["confidentialityAgreed", "sensitisationAttended", "yearsExperience"]);
    for (const issue of issues) {
      expect(issue.severity).toBe("warning");
      expect(issue.row).toBe(6);
      expect(issue.message).toContain("Fatuma Hassan");
    }
    expect(rules(report)).not.toContain("mentor.confidentiality.unsigned");
  });

  it("mentor.ihrm.missing: a blank IHRM number is a warning", () => {
    const report = check((p) => { delete at(p.mentors, 1).ihrmNumber; });
    const issue = onlyIssue(report, "mentor.ihrm.missing");
    expect(issue.severity).toBe("warning");
    expectActionable(issue, { sheet: "Mentor list", cell: "I5" }, ["IHRM membership no.", "Peter Kamau"]);
  });

  it("mentor.confidentiality.unsigned: No is an error naming the value", () => {
    const report = check((p) => { at(p.mentors, 0).confidentialityAgreed = false; });
    const issue = onlyIssue(report, "mentor.confidentiality.unsigned");
    expect(issue.severity).toBe("error");
    expectActionable(issue, { sheet: "Mentor list", cell: "N4" }, ["Achieng Otieno", "Confidentiality agreed: No"]);
    expect(issue.fix).toContain("N4");
  });

  it("mentor.sensitisation.absent: No is an error, Yes is not", () => {
    const report = check((p) => { at(p.mentors, 1).sensitisationAttended = false; });
    const issue = onlyIssue(report, "mentor.sensitisation.absent");
    expectActionable(issue, { sheet: "Mentor list", cell: "M5" }, ["Peter Kamau", "sensitisation workshop"]);
  });

  it("mentor.skills.missing: a mentor with no skills is flagged before pairing as a warning", () => {
    const report = check((p) => { delete at(p.mentors, 2).skills; });
    const issue = onlyIssue(report, "mentor.skills.missing");
    expect(issue.severity).toBe("warning");
    expectActionable(issue, { sheet: "Mentor list", cell: "K6" }, ["Skills", "Fatuma Hassan"]);
  });

  it("register.column.missing: a register with no confidentiality column gets one warning at its header, not one per row", () => {
    const report = check((p) => { for (const m of p.mentors) delete m.confidentialityAgreed; });
    const issue = onlyIssue(report, "register.column.missing");
    expect(issue).toMatchObject({ severity: "warning", register: "mentors", field: "confidentialityAgreed", row: 3, cell: "A3" });
    expect(issue.message).toContain("Confidentiality agreed");
    expect(rules(report)).not.toContain("mentor.requirement.unrecorded");
  });
});

describe("mentee guidelines", () => {
  it("mentee.county.outside: a mentee working outside the phase's counties is an error", () => {
    const report = check((p) => { at(p.mentees, 1).county = "Nairobi"; });
    const issue = onlyIssue(report, "mentee.county.outside");
    expect(issue.severity).toBe("error");
    expectActionable(issue, { sheet: "Mentees 2017", cell: "D5" }, ["Grace Akinyi", "Nairobi", "Phase 1", "Kisumu, Siaya, Homa Bay"]);
  });

  it("mentee.county.outside: a mentee without a phase is checked against their pair's phase", () => {
    const report = check((p) => {
      const m = at(p.mentees, 3);
      delete m.phase;
      m.county = "Kisumu";
    });
    const issue = onlyIssue(report, "mentee.county.outside");
    expect(issue.row).toBe(7);
    expect(issue.message).toContain("Phase 2");
    expect(rules(check((p) => { delete at(p.mentees, 3).phase; }))).not.toContain("mentee.county.outside");
  });

  it("mentee.training.incomplete and mentee.release.unapproved: No is an error", () => {
    const report = check((p) => {
      at(p.mentees, 0).trainingCompleted = false;
      at(p.mentees, 2).releaseApproved = false;
    });
    expectActionable(onlyIssue(report, "mentee.training.incomplete"), { sheet: "Mentees 2017", cell: "J4" }, ["John Odhiambo", "five-day HR training"]);
    expectActionable(onlyIssue(report, "mentee.release.unapproved"), { sheet: "Mentees 2017", cell: "L6" }, ["Mary Adhiambo", "employer"]);
  });

  it("mentee.requirement.unrecorded: blank county, training or release is a warning", () => {
    const report = check((p) => {
      const m = at(p.mentees, 0);
      delete m.county;
      delete m.releaseApproved;
    });
    const issues = withRule(report, "mentee.requirement.unrecorded");
    expect(issues.map((i) => i.cell)).toEqual(["D4", "L4"]);
    expect(issues.every((i) => i.severity === "warning")).toBe(true);
  });

  it("mentee.needs.missing: a mentee with no needs is flagged before pairing as a warning", () => {
    const report = check((p) => { at(p.mentees, 3).needs = []; });
    const issue = onlyIssue(report, "mentee.needs.missing");
    expect(issue.severity).toBe("warning");
    // A blank cell has no value to show.
    expect(issue.value).toBeUndefined();
    expectActionable(issue, { sheet: "Mentees 2017", cell: "K7" }, ["Needs", "Omar Said"]);
  });
});
