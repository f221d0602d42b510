import { describe, expect, it } from "vitest";
import { at, check, expectActionable, rules, withRule } from "./helpers";
import { onlyIssue } from "./fixtures";

describe("pair rules", () => {
  it("pair.mentor.capacity: a mentor's pairs beyond capacity are an error on the row that goes over", () => {
    const report = check((p) => { at(p.mentors, 0).capacity = 1; });
    const issue = onlyIssue(report, "pair.mentor.capacity");
    expect(issue.severity).toBe("error");
    // Row 5 is Achieng Otieno's second live pair in Phase 1; row 4 is the first.
    expectActionable(issue, { sheet: "Pairing", cell: "D5" }, ["Achieng Otieno", "2nd", "Phase 1", "row 4", "capacity is 1"]);
  });

  it("pair.mentor.capacity: blank capacity falls back to settings.defaultMentorCapacity", () => {
    const blank = (p: Parameters<Parameters<typeof check>[0]>[0]) => { delete at(p.mentors, 0).capacity; };
    expect(rules(check(blank))).toContain("pair.mentor.capacity");
    expect(rules(check(blank, { settings: { defaultMentorCapacity: 2 } }))).not.toContain("pair.mentor.capacity");
  });

  it("pair.mentor.capacity: completed and disengaged pairs do not hold a place", () => {
    const report = check((p) => {
      at(p.mentors, 0).capacity = 1;
      at(p.pairs, 0).status = "completed";
    });
    expect(rules(report)).not.toContain("pair.mentor.capacity");
  });

  it("pair.mentee.multiple: a second live mentor for a mentee in the same phase is an error", () => {
    const report = check((p) => {
      p.pairs.push({ pairId: "P1-04", mentorId: "MR-02", menteeId: "ME-01", phase: "Phase 1", status: "proposed", acceptanceSigned: "2017-02-01" });
      at(p.mentors, 1).capacity = 2;
    });
    const issue = onlyIssue(report, "pair.mentee.multiple");
    expectActionable(issue, { sheet: "Pairing", cell: "E8" }, ["John Odhiambo", "Achieng Otieno", "row 4", "Peter Kamau"]);
    // The same mentee in another phase is a new mentorship, not a second mentor.
    const otherPhase = check((p) => {
      p.phases.push({ phase: "Phase 3", counties: ["Kisumu"], startDate: "2018-02-05", weeks: 7, sessionHours: 2 });
      p.pairs.push({ pairId: "P3-01", mentorId: "MR-02", menteeId: "ME-01", phase: "Phase 3", status: "proposed", acceptanceSigned: "2018-02-01" });
      delete at(p.mentees, 0).phase;
      delete at(p.mentors, 1).phase;
    });
    expect(rules(otherPhase)).not.toContain("pair.mentee.multiple");
  });

  it("pair.phase.mismatch: a mentor or mentee registered in another phase is an error", () => {
    const report = check((p) => { at(p.pairs, 3).mentorId = "MR-02"; at(p.mentors, 1).capacity = 2; });
    const issue = onlyIssue(report, "pair.phase.mismatch");
    expectActionable(issue, { sheet: "Pairing", cell: "G7" }, ["Phase 2", "Peter Kamau", "Phase 1", "Mentor list row 5"]);
  });

  it("pair.acceptance.late: letters signed after the first session are an error", () => {
    const report = check((p) => { at(p.pairs, 0).acceptanceSigned = "2017-02-10"; });
    const issue = onlyIssue(report, "pair.acceptance.late");
    expect(issue.severity).toBe("error");
    expectActionable(issue, { sheet: "Pairing", cell: "I4" }, ["10 Feb 2017", "7 Feb 2017", "Session log row 4"]);
    // Signed on the day of the first session is in time.
    expect(rules(check((p) => { at(p.pairs, 0).acceptanceSigned = "2017-02-07"; }))).not.toContain("pair.acceptance.late");
  });

  it("pair.acceptance.late: a missed week (held: No) does not count as the first session", () => {
    const report = check((p) => {
      at(p.pairs, 2).acceptanceSigned = "2017-02-12";
      at(p.sessions, 4).held = false;
      at(p.sessions, 5).date = "2017-02-16";
    });
    expect(rules(report)).not.toContain("pair.acceptance.late");
  });

  it("pair.acceptance.late: a session dated outside its phase is reported once, as outside, not as the first session", () => {
    // A year slipped in typing: 2016 for 2017. The session is outside Phase 1; the pair's letters are not late.
    const report = check((p) => { at(p.sessions, 4).date = "2016-02-09"; });
    expect(rules(report)).toContain("session.date.outside");
    expect(rules(report)).not.toContain("pair.acceptance.late");
  });

  it("pair.acceptance.missing: sessions logged without an acceptance date is a warning", () => {
    const report = check((p) => { delete at(p.pairs, 3).acceptanceSigned; });
    const issue = onlyIssue(report, "pair.acceptance.missing");
    expect(issue.severity).toBe("warning");
    expectActionable(issue, { sheet: "Pairing", cell: "I7" }, ["P2-01", "5 Sep 2017"]);
  });

  it("pair.disengagement.*: a disengaged pair needs a date, a reason and all three notifications", () => {
    const report = check((p) => { at(p.pairs, 2).status = "disengaged"; });
    const date = onlyIssue(report, "pair.disengagement.date");
    expect(date.severity).toBe("error");
    // The sheet has no disengagement columns: the issue points at the row, the fix says what to add.
    expect(date.cell).toBe("A6");
    expect(date.fix).toContain("a new \u201cDisengagement date\u201d column (row 6)");
    expect(onlyIssue(report, "pair.disengagement.reason").message).toContain("P1-03");
    const notices = onlyIssue(report, "pair.disengagement.notifications");
    expect(notices.message).toContain("the project focal person, the IHRM secretariat and the other party");

    const partly = check((p) => {
      Object.assign(at(p.pairs, 2), {
        status: "disengaged", disengagedOn: "2017-03-01", disengagementReason: "Mentee transferred to another county",
        notifiedFocalPerson: true, notifiedIhrm: false,
      });
      for (const other of p.pairs) other.notifiedOtherParty ??= true;
    });
    expect(rules(partly)).not.toContain("pair.disengagement.date");
    expect(rules(partly)).not.toContain("pair.disengagement.reason");
    const missing = onlyIssue(partly, "pair.disengagement.notifications");
    expect(missing.field).toBe("notifiedIhrm");
    expect(missing.value).toBe("No");
    expect(missing.message).toContain("the IHRM secretariat");
    expect(missing.message).not.toContain("focal person");

    const complete = check((p) => {
      Object.assign(at(p.pairs, 2), {
        status: "disengaged", disengagedOn: "2017-03-01", disengagementReason: "Transferred",
        notifiedFocalPerson: true, notifiedIhrm: true, notifiedOtherParty: true,
      });
    });
    expect(rules(complete).filter((r) => r.startsWith("pair.disengagement"))).toEqual([]);
  });
});

describe("session rules", () => {
  it("session.week.range: week 0 or beyond the phase's weeks is an error", () => {
    const report = check((p) => { at(p.sessions, 1).week = 8; });
    const issue = onlyIssue(report, "session.week.range");
    expectActionable(issue, { sheet: "Session log", cell: "E5" }, ["Week 8", "Phase 1", "7 weeks"]);
    expect(rules(check((p) => { at(p.sessions, 1).week = 0; }))).toContain("session.week.range");
  });

  it("session.week.range follows the phase's weeks, and Settings when the phase leaves them blank", () => {
    const blankWeeks = (p: Parameters<Parameters<typeof check>[0]>[0]) => {
      delete at(p.phases, 0).weeks;
      at(p.sessions, 1).week = 8;
      at(p.sessions, 1).date = "2017-03-29";
    };
    expect(rules(check(blankWeeks))).toContain("session.week.range");
    const longer = check(blankWeeks, { settings: { defaultWeeks: 8 } });
    expect(rules(longer)).not.toContain("session.week.range");
    expect(rules(longer)).toContain("phase.weeks.default");
  });

  it("session.date.outside: a date before the start or after start + weeks x 7 days is an error", () => {
    const before = check((p) => { at(p.sessions, 0).date = "2017-02-05"; });
    expectActionable(onlyIssue(before, "session.date.outside"), { sheet: "Session log", cell: "F4" }, ["5 Feb 2017", "6 Feb 2017 to 26 Mar 2017"]);
    // 26 March is the 49th day (last of week 7); 27 March is outside.
    expect(rules(check((p) => { Object.assign(at(p.sessions, 2), { week: 7, date: "2017-03-26" }); }))).not.toContain("session.date.outside");
    expect(rules(check((p) => { Object.assign(at(p.sessions, 2), { week: 7, date: "2017-03-27" }); }))).toContain("session.date.outside");
  });

  it("session.date.outside: a phase's end date wins over start + weeks", () => {
    // Phase 2 ends on 22 October 2017 by its end date (start + 7 weeks would be 22 October too); move it earlier.
    const report = check((p) => {
      at(p.phases, 1).endDate = "2017-09-04";
    });
    expect(onlyIssue(report, "session.date.outside").message).toContain("4 Sep 2017 to 4 Sep 2017");
  });

  it("session.week.mismatch: a date in another week than the one typed is a warning", () => {
    const report = check((p) => { at(p.sessions, 1).date = "2017-02-28"; });
    const issue = onlyIssue(report, "session.week.mismatch");
    expect(issue.severity).toBe("warning");
    expectActionable(issue, { sheet: "Session log", cell: "E5" }, ["28 Feb 2017", "week 4", "not week 2"]);
  });

  it("session.week.repeat: a second session for a pair in the same week is an error pointing at the first", () => {
    const report = check((p) => { at(p.sessions, 2).week = 2; at(p.sessions, 2).date = "2017-02-16"; });
    const issue = onlyIssue(report, "session.week.repeat");
    expectActionable(issue, { sheet: "Session log", cell: "E6" }, ["week 2", "P1-01", "row 5"]);
    // A missed-week row next to the held one is not a repeat.
    expect(rules(check((p) => { Object.assign(at(p.sessions, 2), { week: 2, date: "2017-02-16", held: false }); }))).not.toContain("session.week.repeat");
  });

  it("session.week.repeat: finds the pair by names as well as by pair ID", () => {
    const report = check((p) => {
      p.sessions.push({ mentorName: "ACHIENG OTIENO", menteeName: "John  Odhiambo", week: 1, date: "2017-02-10", hours: 1, venue: "workplace" });
    });
    expect(onlyIssue(report, "session.week.repeat").message).toContain("row 4");
  });

  it("session.hours.length: beyond the phase's length ± tolerance is a warning; the tolerance is a setting", () => {
    const report = check((p) => { at(p.sessions, 6).hours = 1; });
    const issue = onlyIssue(report, "session.hours.length");
    expect(issue.severity).toBe("warning");
    expectActionable(issue, { sheet: "Session log", cell: "G10" }, ["1 hour", "Phase 2", "2 hours"]);
    // 1.25 h in a 1-hour phase is within the default tolerance of 0.25 h ...
    expect(rules(check(() => undefined))).not.toContain("session.hours.length");
    // ... and outside a tolerance of 0.1 h.
    const strict = check(() => undefined, { settings: { sessionHoursTolerance: 0.1 } });
    expect(onlyIssue(strict, "session.hours.length").cell).toBe("G6");
  });

  it("session.hours.length uses Settings' session hours when the phase leaves them blank", () => {
    const report = check((p) => { delete at(p.phases, 1).sessionHours; });
    expect(withRule(report, "session.hours.length").map((i) => i.cell)).toEqual(["G10"]);
    expect(rules(report)).toContain("phase.hours.default");
    expect(rules(check((p) => { delete at(p.phases, 1).sessionHours; }, { settings: { defaultSessionHours: 2 } }))).not.toContain("session.hours.length");
  });

  it("session.venue.workplace: a venue that is not the mentee's workplace is a warning; loose matches pass", () => {
    const report = check((p) => { at(p.sessions, 0).venue = "Imperial Hotel, Kisumu"; });
    const issue = onlyIssue(report, "session.venue.workplace");
    expect(issue.severity).toBe("warning");
    expectActionable(issue, { sheet: "Session log", cell: "H4" }, ["Imperial Hotel, Kisumu", "Kisumu County Referral Hospital"]);
    // The clean programme's venues: the exact name, "Mentee's office", "HR office, <workplace>",
    // "Siaya County Health Dept" for "Siaya County Health Department", "workplace".
    expect(rules(check(() => undefined))).not.toContain("session.venue.workplace");
  });

  it("session.after-disengagement: a session dated after the pair disengaged is an error", () => {
    const report = check((p) => {
      Object.assign(at(p.pairs, 0), {
        status: "disengaged", disengagedOn: "2017-02-15", disengagementReason: "Mentor relocated",
        notifiedFocalPerson: true, notifiedIhrm: true, notifiedOtherParty: true,
      });
    });
    const issue = onlyIssue(report, "session.after-disengagement");
    expectActionable(issue, { sheet: "Session log", cell: "F6" }, ["21 Feb 2017", "15 Feb 2017", "P1-01"]);
  });
});

describe("phase rules", () => {
  it("phase.weeks.default and phase.hours.default: blanks fall back to Settings with a warning", () => {
    const report = check((p) => { delete at(p.phases, 0).weeks; delete at(p.phases, 0).sessionHours; });
    const weeks = onlyIssue(report, "phase.weeks.default");
    expect(weeks.severity).toBe("warning");
    expectActionable(weeks, { sheet: "Phases", cell: "E4" }, ["Weeks", "Phase 1", "7 weeks"]);
    expectActionable(onlyIssue(report, "phase.hours.default"), { sheet: "Phases", cell: "F4" }, ["Session hours", "1 hour"]);
  });

  it("phase.dates.order: an end date before the start date is an error", () => {
    const report = check((p) => { at(p.phases, 1).endDate = "2017-08-01"; });
    const issue = onlyIssue(report, "phase.dates.order");
    expectActionable(issue, { sheet: "Phases", cell: "G5" }, ["1 Aug 2017", "4 Sep 2017"]);
  });

  it("field.required: a phase without counties or a start date is an error", () => {
    const report = check((p) => { at(p.phases, 1).counties = []; delete at(p.phases, 1).startDate; });
    const issues = withRule(report, "field.required");
    expect(issues.map((i) => i.cell)).toEqual(["C5", "D5"]);
    expect(issues.map((i) => i.message)).toEqual(["Counties is blank for phase Phase 2 (row 5).", "Start date is blank for phase Phase 2 (row 5)."]);
  });
});
