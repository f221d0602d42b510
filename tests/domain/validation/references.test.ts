import { describe, expect, it } from "vitest";
import { validateRegisters } from "../../../src/domain/validation";
import { buildRegisters, cleanProgramme, onlyIssue } from "./fixtures";
import { at, check, expectActionable, rules } from "./helpers";

describe("references across registers", () => {
  it("resolves names tolerant of spacing, case, punctuation, titles and word order", () => {
    const report = check((p) => {
      Object.assign(at(p.pairs, 1), { mentorName: "DR.  achieng otieno", menteeName: "Akinyi, Grace" });
      Object.assign(at(p.sessions, 3), { mentorName: "Otieno Achieng", menteeName: "grace   akinyi" });
    });
    expect(rules(report)).toEqual([]);
  });

  it("reference.mentor.unknown: a mentor name that matches no one is an error on that cell", () => {
    const report = check((p) => { at(p.pairs, 1).mentorName = "Achieng Atieno"; });
    const issue = onlyIssue(report, "reference.mentor.unknown");
    expect(issue.severity).toBe("error");
    expect(issue.message).toBe("Mentor \u201cAchieng Atieno\u201d for pair P1-02 (row 5) is not in the Mentors register.");
    expectActionable(issue, { sheet: "Pairing", cell: "D5" }, []);
  });

  it("reference.mentee.unknown: an unknown ID whose name is known says which ID to use", () => {
    const report = check((p) => { at(p.pairs, 2).menteeId = "ME-99"; });
    const issue = onlyIssue(report, "reference.mentee.unknown");
    expect(issue.message).toContain("Mentee ID \u201cME-99\u201d");
    expect(issue.message).toContain("the name \u201cMary Adhiambo\u201d is (Mentees 2017 row 6, ID ME-03)");
    expect(issue.fix).toBe("Correct the ID in E6 to ME-03.");
  });

  it("reference.mentor.conflict: an ID and a name that point at different people", () => {
    const report = check((p) => { at(p.pairs, 2).mentorName = "Fatuma Hassan"; });
    const issue = onlyIssue(report, "reference.mentor.conflict");
    expect(issue.message).toContain("belongs to Peter Kamau (Mentor list row 5), but the name says \u201cFatuma Hassan\u201d, who is Mentor list row 6");
    expect(issue.fix).toContain("C6");
    expect(issue.fix).toContain("D6");
  });

  it("reference.mentor.missing and reference.mentee.missing: a pair must name both people", () => {
    const report = check((p) => {
      delete at(p.pairs, 3).mentorId;
      delete at(p.pairs, 3).menteeId;
    });
    expectActionable(onlyIssue(report, "reference.mentor.missing"), { sheet: "Pairing", cell: "D7" }, ["mentor"]);
    expectActionable(onlyIssue(report, "reference.mentee.missing"), { sheet: "Pairing", cell: "F7" }, ["mentee"]);
  });

  it("reference.mentor.ambiguous: a name matching two people of the same phase is an error; an ID settles it", () => {
    const twoPeters = (p: Parameters<Parameters<typeof check>[0]>[0]) => {
      p.mentors.push({ mentorId: "MR-04", fullName: "peter kamau", phone: "+254700111222", ihrmNumber: "IHRM/1004", yearsExperience: 9, skills: ["recruitment"], sensitisationAttended: true, confidentialityAgreed: true, phase: "Phase 1" });
      p.goals.push({ mentorName: "Peter Kamau", menteeName: "Mary Adhiambo", goal: "Write job descriptions for the CHMT" });
    };
    const report = check(twoPeters);
    const issues = report.issues.filter((i) => i.rule === "reference.mentor.ambiguous");
    // Goal rows 5 and 6 name Peter Kamau with Mary Adhiambo, and only MR-02 is paired with
    // Mary: the pair settles which Peter is meant.
    expect(issues).toEqual([]);
    const unpaired = check((p) => {
      twoPeters(p);
      at(p.goals, 2).menteeName = "Grace Akinyi";
    });
    const issue = onlyIssue(unpaired, "reference.mentor.ambiguous");
    expect(issue.severity).toBe("error");
    expectActionable(issue, { sheet: "Plans", cell: "C6" }, ["Peter Kamau", "2 people", "Mentor list row 5, Mentor list row 7"]);
    expect(issue.fix).toContain("Mentor ID");
    // The pair row gives ID MR-02 with the name: not ambiguous.
    expect(unpaired.issues.filter((i) => i.sheet === "Pairing")).toEqual([]);
  });

  it("prefers a same-phase person when a name is enrolled in two phases", () => {
    const report = check((p) => {
      p.mentors.push({ ...at(p.mentors, 1), mentorId: "MR-02B", phase: "Phase 2", capacity: 1 });
      p.pairs.push({ pairId: "P2-02", mentorName: "Peter Kamau", menteeName: "Omar Said", phase: "Phase 2", status: "completed", acceptanceSigned: "2017-09-01" });
    });
    expect(rules(report)).toEqual([]);
  });

  it("reference.phase.unknown: a phase the Phases register does not list", () => {
    const report = check((p) => { at(p.mentees, 0).phase = "Phase 3"; });
    const issue = onlyIssue(report, "reference.phase.unknown");
    expectActionable(issue, { sheet: "Mentees 2017", cell: "I4" }, ["Phase 3", "John Odhiambo"]);
    expect(issue.fix).toContain("Phase 1, Phase 2");
    // Loose phase names are the same phase.
    expect(rules(check((p) => { at(p.mentees, 0).phase = "phase one"; }))).not.toContain("reference.phase.unknown");
  });

  it("without a Phases register, phase names are not checked", () => {
    const p = cleanProgramme();
    const registers = buildRegisters({ ...p, phases: undefined });
    const report = validateRegisters(registers);
    expect(report.issues.map((i) => i.rule)).not.toContain("reference.phase.unknown");
  });

  it("reference.pair.unknown: a session naming a pair ID the Pairs register does not hold", () => {
    const report = check((p) => { at(p.sessions, 4).pairId = "P1-09"; });
    const issue = onlyIssue(report, "reference.pair.unknown");
    expectActionable(issue, { sheet: "Session log", cell: "B8" }, ["P1-09"]);
  });

  it("reference.pair.unknown: a wrong pair ID next to the right people suggests the right ID", () => {
    const report = check((p) => { Object.assign(at(p.sessions, 0), { pairId: "P1-10", mentorName: "Achieng Otieno", menteeName: "John Odhiambo" }); });
    const issue = onlyIssue(report, "reference.pair.unknown");
    expect(issue.fix).toBe("Correct the pair ID in B4 to P1-01: that is the pair of the mentor and mentee this row names.");
    // The row still counts for its pair: a second week 1 for P1-01 is caught.
    const repeat = check((p) => {
      p.sessions.push({ pairId: "P1-10", mentorName: "Achieng Otieno", menteeName: "John Odhiambo", week: 1, date: "2017-02-08", hours: 1, venue: "workplace" });
    });
    expect(rules(repeat)).toContain("session.week.repeat");
  });

  it("reference.pair.unknown: a goal for two people who are not paired", () => {
    const report = check((p) => { at(p.goals, 1).menteeName = "John Odhiambo"; });
    const issue = onlyIssue(report, "reference.pair.unknown");
    expectActionable(issue, { sheet: "Plans", cell: "D5" }, ["Peter Kamau", "John Odhiambo", "not paired"]);
  });

  it("reference.pair.missing: a log that names no pair points at the row's first cell", () => {
    const report = check((p) => { p.evaluations.push({ respondent: "mentor", date: "2017-03-24", overall: 5 }); });
    const issue = onlyIssue(report, "reference.pair.missing");
    expect(issue.field).toBeUndefined();
    expectActionable(issue, { sheet: "Evaluation forms", cell: "A5" }, ["evaluation in row 5"]);
  });

  it("reference.mentee.conflict: a session whose pair ID and mentee disagree", () => {
    const report = check((p) => { Object.assign(at(p.sessions, 0), { menteeName: "Grace Akinyi" }); });
    const issue = onlyIssue(report, "reference.mentee.conflict");
    expect(issue.message).toContain("names mentee Grace Akinyi, but pair P1-01 (Pairing row 4) is with John Odhiambo");
    // With a matching name there is nothing to report.
    expect(rules(check((p) => { Object.assign(at(p.sessions, 0), { menteeName: "JOHN odhiambo" }); }))).toEqual([]);
  });
});
