import { describe, expect, it } from "vitest";
import { onlyIssue } from "./fixtures";
import { at, check, expectActionable, rules, withRule } from "./helpers";

describe("duplicates within a register", () => {
  it("mentor.duplicate: the same name with other spacing and case, on the later row, pointing at the earlier", () => {
    const report = check((p) => {
      p.mentors.push({ fullName: "  achieng   OTIENO ", yearsExperience: 12, ihrmNumber: "IHRM/1001", skills: ["recruitment"], sensitisationAttended: true, confidentialityAgreed: true, phase: "Phase 1" });
    });
    const issue = onlyIssue(report, "mentor.duplicate");
    expect(issue.severity).toBe("error");
    expect(issue.message).toBe("Mentor achieng   OTIENO (row 7) looks like the same person as row 4 (Achieng Otieno): same name.");
    expectActionable(issue, { sheet: "Mentor list", cell: "C7" }, ["row 4"]);
    expect(issue.fix).toContain("delete row 7");
  });

  it("mentee.duplicate: the same phone in another format and the same email in another case", () => {
    const report = check((p) => {
      p.mentees.push({ fullName: "J. Odhiambo", phone: "+254 711 000 001", email: "John.Odhiambo@Example.org", county: "Kisumu", phase: "Phase 1", trainingCompleted: true, releaseApproved: true, needs: ["recruitment"] });
    });
    const issue = onlyIssue(report, "mentee.duplicate");
    expect(issue.message).toContain("same person as row 4 (John Odhiambo): same phone and email");
    expect(issue.cell).toBe("H8");
  });

  it("mentee.duplicate: the same ID with other punctuation and leading zeros", () => {
    const report = check((p) => {
      p.mentees.push({ menteeId: "me 001", fullName: "Someone Else", county: "Kisumu", phase: "Phase 1", trainingCompleted: true, releaseApproved: true, needs: ["recruitment"] });
    });
    const issue = onlyIssue(report, "mentee.duplicate");
    expect(issue).toMatchObject({ field: "menteeId", cell: "B8", value: "me 001" });
    expect(issue.message).toContain("same ID");
  });

  it("namesakes with different phones are two people, not a duplicate; a reference by that name is then ambiguous", () => {
    const report = check((p) => {
      p.mentees.push({ menteeId: "ME-05", fullName: "Grace Akinyi", phone: "+254799000999", county: "Homa Bay", phase: "Phase 1", trainingCompleted: true, releaseApproved: true, needs: ["recruitment"] });
    });
    expect(rules(report)).not.toContain("mentee.duplicate");
    // Pair P1-02 and its session name "Grace Akinyi": two people match now.
    const ambiguous = withRule(report, "reference.mentee.ambiguous");
    expect(ambiguous.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Pairing!F5", "Session log!D7"]);
    expect(at(ambiguous, 0).message).toContain("matches 2 people in the Mentees register (Mentees 2017 row 5, Mentees 2017 row 8)");
    expect(at(ambiguous, 0).fix).toContain("Mentee ID");
  });

  it("the same person in two phases is two enrolments, not a duplicate", () => {
    const report = check((p) => {
      p.mentors.push({ ...at(p.mentors, 0), mentorId: "MR-01", phase: "Phase 2" });
    });
    expect(rules(report)).not.toContain("mentor.duplicate");
  });

  it("a duplicate stands for the earlier row: references to the person stay resolvable", () => {
    const report = check((p) => {
      p.mentors.push({ ...at(p.mentors, 0), fullName: "ACHIENG OTIENO" });
    });
    expect(withRule(report, "mentor.duplicate")).toHaveLength(1);
    expect(rules(report).filter((r) => r.startsWith("reference."))).toEqual([]);
  });

  it("phase.duplicate: Phase 1 and PHASE-I are the same phase", () => {
    const report = check((p) => {
      p.phases.push({ phase: "PHASE-I", counties: ["Nakuru"], startDate: "2017-02-06", weeks: 7, sessionHours: 1 });
    });
    const issue = onlyIssue(report, "phase.duplicate");
    expectActionable(issue, { sheet: "Phases", cell: "B6" }, ["PHASE-I", "row 4"]);
  });

  it("pair.duplicate: a repeated pair ID, or the same mentor and mentee in the same phase", () => {
    const sameId = check((p) => {
      p.pairs.push({ pairId: "p1-01", mentorId: "MR-02", menteeId: "ME-03", phase: "Phase 2", status: "proposed" });
    });
    expectActionable(onlyIssue(sameId, "pair.duplicate"), { sheet: "Pairing", cell: "B8" }, ["p1-01", "row 4"]);

    const samePeople = check((p) => {
      p.pairs.push({ mentorName: "Achieng Otieno", menteeName: "john odhiambo", phase: "phase 1", status: "active" });
    });
    const issue = onlyIssue(samePeople, "pair.duplicate");
    expect(issue.message).toContain("row 4 already does");
    // A duplicate is not counted again against the mentor's capacity or the mentee's one mentor.
    expect(rules(samePeople)).not.toContain("pair.mentor.capacity");
    expect(rules(samePeople)).not.toContain("pair.mentee.multiple");
  });
});
