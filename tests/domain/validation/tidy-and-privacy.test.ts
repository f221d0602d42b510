import { describe, expect, it } from "vitest";
import { readSettingsGrid } from "../../../src/domain/settings";
import { validateRegisters } from "../../../src/domain/validation";
import { buildRegisters, cleanProgramme, withRule } from "./fixtures";
import { at } from "./helpers";

/** The first mentor of the clean programme with these normaliser changes. */
function mentorChanges(changes: Array<{ field: string; before: string | number; after: string; reason: string }>) {
  const p = cleanProgramme();
  const [first, ...rest] = p.mentors;
  return validateRegisters(buildRegisters({ ...p, mentors: [{ values: { ...first }, changes: changes as never }, ...rest] }));
}

describe("which tidy-ups are worth a warning", () => {
  it("stays quiet when only case, spacing, punctuation or the list separator differ", () => {
    const report = mentorChanges([
      { field: "county", before: "NAIROBI ", after: "Nairobi", reason: "county capitalisation" },
      { field: "sector", before: "private", after: "Private", reason: "written as in the list" },
      { field: "email", before: "Achieng.Otieno@Example.ORG", after: "Achieng.Otieno@example.org", reason: "domain in lower case" },
      { field: "availability", before: "Tue, Thu", after: "Tue; Thu", reason: "list written one way, separated by ;" },
      { field: "fullName", before: "Achieng\u00a0 Otieno", after: "Achieng Otieno", reason: "non-breaking spaces made ordinary" },
      { field: "confidentialityAgreed", before: "yes", after: "Yes", reason: "written as Yes" },
    ]);
    expect(withRule(report, "field.normalised")).toEqual([]);
  });

  it("stays quiet on focus areas written in the programme's own wordings, and warns on a guess", () => {
    const known = mentorChanges([{ field: "skills", before: "Appraisals; Labour laws, Induction", after: "Performance management; Employee relations and labour laws; Recruitment", reason: "focus areas written in the programme's words" }]);
    expect(withRule(known, "field.normalised")).toEqual([]);
    // "Handling of disciplinary cases" was matched by a wording inside it: an officer should confirm.
    const guessed = mentorChanges([{ field: "skills", before: "Handling of disciplinary cases", after: "Disciplinary procedures", reason: "focus areas written in the programme's words" }]);
    expect(withRule(guessed, "field.normalised").map((i) => i.safeFix?.group)).toEqual(["focus-areas"]);
  });

  it("warns on changes an officer should confirm, each with its group for accepting a kind at once", () => {
    const report = mentorChanges([
      { field: "county", before: "Homabay", after: "Homa Bay", reason: "other name for the county" },
      { field: "phone", before: "0712 345 678", after: "+254712345678", reason: "phone written as +254 and 9 digits" },
      { field: "sector", before: "Pvt", after: "Private", reason: "\u201cPvt\u201d read as Private" },
      { field: "yearsExperience", before: "12 yrs", after: "12", reason: "\u201c12 yrs\u201d read as 12" },
      { field: "sensitisationAttended", before: "Y", after: "Yes", reason: "\u201cY\u201d read as Yes" },
    ]);
    const groups = withRule(report, "field.normalised").map((i) => [i.field, i.safeFix?.group]);
    expect(groups).toEqual([
      ["sector", "choices"],
      ["county", "counties"],
      ["phone", "phones"],
      ["yearsExperience", "numbers"],
      ["sensitisationAttended", "yes-no"],
    ]);
  });
});

describe("confidential text in issues", () => {
  it("never carries session notes or evaluation comments, in the value, the message or the fix", () => {
    const p = cleanProgramme();
    const secret = "Mentee disclosed a grievance against the CEC";
    const registers = buildRegisters({
      ...p,
      sessions: [
        { values: { ...at(p.sessions, 0), notes: undefined }, problems: [{ field: "notes", value: `=${secret}`, message: `\u201c=${secret}\u201d looks like a formula`, fix: `Retype \u201c${secret}\u201d as plain text.` }] },
        { values: at(p.sessions, 1), changes: [{ field: "notes", before: `${secret}  `, after: secret, reason: "extra spaces removed" }] },
        ...p.sessions.slice(2),
      ],
    });
    const report = validateRegisters(registers);
    const notes = report.issues.filter((i) => i.field === "notes");
    expect(notes).toHaveLength(1);
    expect(notes[0]?.value).toBeUndefined();
    expect(notes[0]?.safeFix).toBeUndefined();
    expect(notes[0]?.message).toContain("confidential");
    expect(notes[0]?.cell).toMatch(/^[A-Z]+4$/);
    for (const issue of report.issues) {
      expect(`${issue.message} ${issue.fix} ${issue.value ?? ""}`).not.toContain("grievance");
    }
  });
});

describe("problems on the Settings sheet", () => {
  it("become settings.invalid errors at their cell, listed before the registers", () => {
    const p = cleanProgramme();
    const { problems } = readSettingsGrid({
      sheet: "Settings",
      origin: { row: 1, column: 1 },
      values: [["Setting", "Value"], ["Minimum years of HR experience (mentors)", "five"], ["Weeks per phase (default)", 7]],
    });
    at(p.mentors, 0).yearsExperience = 4;
    const report = validateRegisters(buildRegisters(p), { settingsProblems: problems });
    expect(report.issues[0]).toMatchObject({ rule: "settings.invalid", severity: "error", register: "settings", sheet: "Settings", cell: "B2", value: "five" });
    expect(report.issues[0]?.message).toContain("the default 5 is used");
    expect(report.counts.byRegister.settings).toEqual({ errors: 1, warnings: 0 });
    // The default still applies: 4 years is below 5.
    expect(withRule(report, "mentor.experience.minimum")).toHaveLength(1);
  });
});
