import { describe, expect, it } from "vitest";
import { RULES, validateRegisters, type RuleId } from "../../../src/domain/validation";
import type { GridValue, Mentor } from "../../../src/domain/registers";
import { readSettingsGrid } from "../../../src/domain/settings";
import { buildRegisters, cleanProgramme, type Programme, type ProgrammeSpec, type RowSpec } from "./fixtures";
import { at } from "./helpers";

/**
 * Every rule, both ways: a change that breaks it (the rule must fire) and a near miss that keeps
 * it (the rule must stay quiet). A change may return a full spec when it needs rows with
 * normaliser problems or changes.
 */
type Change = (p: Programme) => void | ProgrammeSpec | WithSettingsSheet;

/** A spec with a Settings sheet (setting, value rows), read the way the workbook reader reads it. */
type WithSettingsSheet = ProgrammeSpec & { settingsSheet: GridValue[][] };

function hasSettingsSheet(spec: ProgrammeSpec | WithSettingsSheet): spec is WithSettingsSheet {
  return "settingsSheet" in spec;
}

interface Case {
  broken: Change;
  kept: Change;
}

function run(change: Change) {
  const p = cleanProgramme();
  const spec = change(p) ?? p;
  const settingsProblems = hasSettingsSheet(spec) ? readSettingsGrid({ sheet: "Settings", origin: { row: 1, column: 1 }, values: spec.settingsSheet }).problems : [];
  return validateRegisters(buildRegisters(spec), { settingsProblems });
}

/** The clean programme with its first mentor carrying a normaliser problem or change. */
function firstMentorWith(p: Programme, extra: Pick<RowSpec<Mentor>, "problems" | "changes">): ProgrammeSpec {
  const [first, ...rest] = p.mentors;
  return { ...p, mentors: [{ values: { ...first }, ...extra }, ...rest] };
}

const twoPeters = (p: Programme) => {
  p.mentors.push({ mentorId: "MR-04", fullName: "peter kamau", phone: "+254700111222", ihrmNumber: "IHRM/1004", yearsExperience: 9, skills: ["recruitment"], sensitisationAttended: true, confidentialityAgreed: true, phase: "Phase 1" });
};

const disengage = (extra: Record<string, unknown>) => (p: Programme) => {
  Object.assign(at(p.pairs, 2), { status: "disengaged", disengagedOn: "2017-03-01", disengagementReason: "Transferred", notifiedFocalPerson: true, notifiedIhrm: true, notifiedOtherParty: true, ...extra });
};

const CASES: Record<RuleId, Case> = {
  "field.required": { broken: (p) => { delete at(p.mentors, 0).fullName; }, kept: (p) => { at(p.mentors, 0).fullName = "  Achieng  Otieno "; } },
  "field.unreadable": {
    broken: (p) => ({ ...p, goals: [{ values: { ...at(p.goals, 0), goal: undefined }, problems: [{ field: "goal", value: "=A1", message: "looks like a formula", fix: "Type the goal as plain text." }] }, at(p.goals, 1)] }),
    kept: (p) => { at(p.goals, 0).goal = "=A1 as text"; },
  },
  "field.text": {
    broken: (p) => firstMentorWith(p, { problems: [{ field: "remarks", value: "#REF!", message: "is an Excel error value", fix: "Retype the remark as plain text." }] }),
    kept: (p) => { at(p.mentors, 0).remarks = "#REF see the file"; },
  },
  "field.excel-error": {
    broken: (p) => {
      const [first, ...rest] = p.mentors;
      return { ...p, mentors: [{ values: { ...first, fullName: undefined }, problems: [{ field: "fullName", value: "#REF!", message: "shows Excel's error", fix: "Repair the formula." }] }, ...rest] };
    },
    // Text that only starts like an error is a name like any other.
    kept: (p) => { at(p.mentors, 0).fullName = "#REF Achieng"; },
  },
  "field.email": { broken: (p) => { at(p.mentors, 0).email = "achieng@"; }, kept: (p) => { at(p.mentors, 0).email = "Achieng.Otieno@Example.ORG"; } },
  "field.phone": { broken: (p) => { at(p.mentors, 1).phone = "0722000111"; }, kept: (p) => { at(p.mentors, 1).phone = "+254122000111"; } },
  "field.date": { broken: (p) => { at(p.evaluations, 0).date = "2017-02-30"; }, kept: (p) => { at(p.evaluations, 0).date = "2016-02-29"; } },
  "field.number": { broken: (p) => { at(p.evaluations, 0).overall = 6; }, kept: (p) => { at(p.evaluations, 0).overall = 5; } },
  "field.yesno": {
    broken: (p) => ({ ...p, sessions: [{ values: { ...at(p.sessions, 0), held: undefined }, problems: [{ field: "held", value: "maybe", message: "not yes or no", fix: "Type Yes or No in the Held column." }] }, ...p.sessions.slice(1)] }),
    kept: (p) => { at(p.sessions, 5).held = false; },
  },
  "field.choice": { broken: (p) => { Object.assign(at(p.mentors, 0), { sector: "NGO" }); }, kept: (p) => { at(p.mentors, 0).sector = "Faith-based"; } },
  "field.county": { broken: (p) => { Object.assign(at(p.mentors, 0), { county: "Kisumo" }); }, kept: (p) => { at(p.mentors, 0).county = "Murang'a"; } },
  "field.focus-area": { broken: (p) => { Object.assign(at(p.mentors, 0), { skills: ["hr-mgmt"] }); }, kept: (p) => { at(p.mentors, 0).skills = ["strategic-planning"]; } },
  "field.normalised": {
    broken: (p) => firstMentorWith(p, { changes: [{ field: "county", before: "Kisumo", after: "Kisumu", reason: "county spelling" }] }),
    // Case and spacing alone: the register stores Kisumu, nothing for an officer to confirm.
    kept: (p) => firstMentorWith(p, { changes: [{ field: "county", before: "KISUMU ", after: "Kisumu", reason: "county capitalisation" }] }),
  },
  "settings.invalid": {
    broken: (p) => ({ ...p, settingsSheet: [["Setting", "Value"], ["Minimum years of HR experience (mentors)", "five"]] }),
    kept: (p) => ({ ...p, settingsSheet: [["Setting", "Value"], ["Minimum years of HR experience (mentors)", "5"]] }),
  },
  "register.column.missing": {
    broken: (p) => { for (const m of p.mentors) delete m.confidentialityAgreed; },
    kept: (p) => { delete at(p.mentors, 0).confidentialityAgreed; },
  },
  "phase.duplicate": {
    broken: (p) => { p.phases.push({ phase: "PHASE-I", counties: ["Nakuru"], startDate: "2017-02-06", weeks: 7, sessionHours: 1 }); },
    kept: (p) => { p.phases.push({ phase: "Phase 3", counties: ["Nakuru"], startDate: "2018-02-05", weeks: 7, sessionHours: 2 }); },
  },
  "mentor.duplicate": {
    broken: (p) => { p.mentors.push({ ...at(p.mentors, 0), mentorId: undefined, fullName: "  achieng   OTIENO " }); },
    kept: (p) => { p.mentors.push({ ...at(p.mentors, 0), phase: "Phase 2" }); },
  },
  "mentee.duplicate": {
    broken: (p) => { p.mentees.push({ ...at(p.mentees, 0), menteeId: undefined, fullName: "J. Odhiambo", phone: "0711 000 001" }); },
    kept: (p) => { p.mentees.push({ ...at(p.mentees, 0), menteeId: "ME-05", phone: "+254711999999", email: "jo2@example.org" }); },
  },
  "pair.duplicate": {
    broken: (p) => { p.pairs.push({ mentorName: "achieng otieno", menteeName: "JOHN ODHIAMBO", phase: "Phase 1", status: "active" }); },
    kept: (p) => { p.pairs.push({ pairId: "P1-04", mentorId: "MR-02", menteeId: "ME-02", phase: "Phase 1", status: "completed" }); },
  },
  "reference.phase.unknown": { broken: (p) => { at(p.mentees, 0).phase = "Phase 3"; }, kept: (p) => { at(p.mentees, 0).phase = "phase one"; } },
  "reference.mentor.missing": {
    broken: (p) => { delete at(p.pairs, 3).mentorId; },
    kept: (p) => { delete at(p.pairs, 3).mentorId; at(p.pairs, 3).mentorName = "Fatuma Hassan"; },
  },
  "reference.mentor.unknown": { broken: (p) => { at(p.pairs, 1).mentorName = "Achieng Atieno"; }, kept: (p) => { at(p.pairs, 1).mentorName = "ACHIENG  otieno"; } },
  "reference.mentor.ambiguous": {
    broken: (p) => { twoPeters(p); p.goals.push({ mentorName: "Peter Kamau", menteeName: "Grace Akinyi", goal: "Write job descriptions" }); },
    kept: (p) => { twoPeters(p); p.goals.push({ mentorName: "Peter Kamau", menteeName: "Mary Adhiambo", goal: "Write job descriptions" }); },
  },
  "reference.mentor.conflict": { broken: (p) => { at(p.pairs, 2).mentorName = "Fatuma Hassan"; }, kept: (p) => { at(p.pairs, 2).mentorName = "peter kamau"; } },
  "reference.mentee.missing": {
    broken: (p) => { delete at(p.pairs, 3).menteeId; },
    kept: (p) => { delete at(p.pairs, 3).menteeId; at(p.pairs, 3).menteeName = "Omar  Said"; },
  },
  "reference.mentee.unknown": { broken: (p) => { at(p.pairs, 2).menteeId = "ME-99"; }, kept: (p) => { at(p.pairs, 2).menteeId = "me 3"; } },
  "reference.mentee.ambiguous": {
    broken: (p) => { p.mentees.push({ ...at(p.mentees, 1), menteeId: "ME-05", phone: "+254799000999", email: "ga2@example.org" }); },
    kept: (p) => { p.mentees.push({ ...at(p.mentees, 1), menteeId: "ME-05", phone: "+254799000999", email: "ga2@example.org", phase: "Phase 2", county: "Kilifi" }); },
  },
  "reference.mentee.conflict": { broken: (p) => { at(p.sessions, 0).menteeName = "Grace Akinyi"; }, kept: (p) => { at(p.sessions, 0).menteeName = "JOHN odhiambo"; } },
  "reference.pair.missing": {
    broken: (p) => { p.evaluations.push({ respondent: "mentor", overall: 5 }); },
    kept: (p) => { p.evaluations.push({ mentorName: "Peter Kamau", menteeName: "Mary Adhiambo", respondent: "mentor", overall: 5 }); },
  },
  "reference.pair.unknown": { broken: (p) => { at(p.sessions, 4).pairId = "P1-09"; }, kept: (p) => { at(p.sessions, 4).pairId = "p1 03"; } },
  "phase.weeks.default": { broken: (p) => { delete at(p.phases, 0).weeks; }, kept: (p) => { at(p.phases, 0).weeks = 8; } },
  "phase.hours.default": { broken: (p) => { delete at(p.phases, 0).sessionHours; }, kept: (p) => { at(p.phases, 0).sessionHours = 1.25; } },
  "phase.dates.order": { broken: (p) => { at(p.phases, 1).endDate = "2017-09-03"; }, kept: (p) => { at(p.phases, 1).endDate = "2017-09-04"; } },
  "mentor.ihrm.missing": { broken: (p) => { delete at(p.mentors, 1).ihrmNumber; }, kept: (p) => { at(p.mentors, 1).ihrmNumber = "2000"; } },
  "mentor.experience.minimum": { broken: (p) => { at(p.mentors, 0).yearsExperience = 4; }, kept: (p) => { at(p.mentors, 0).yearsExperience = 5; } },
  "mentor.confidentiality.unsigned": { broken: (p) => { at(p.mentors, 0).confidentialityAgreed = false; }, kept: (p) => { delete at(p.mentors, 0).confidentialityAgreed; } },
  "mentor.sensitisation.absent": { broken: (p) => { at(p.mentors, 0).sensitisationAttended = false; }, kept: (p) => { delete at(p.mentors, 0).sensitisationAttended; } },
  "mentor.requirement.unrecorded": { broken: (p) => { delete at(p.mentors, 0).yearsExperience; }, kept: (p) => { at(p.mentors, 0).yearsExperience = 0; } },
  "mentor.skills.missing": { broken: (p) => { at(p.mentors, 0).skills = []; }, kept: (p) => { at(p.mentors, 0).skills = ["recruitment"]; } },
  "mentee.county.outside": { broken: (p) => { at(p.mentees, 0).county = "Nairobi"; }, kept: (p) => { at(p.mentees, 0).county = "Homa Bay"; } },
  "mentee.training.incomplete": { broken: (p) => { at(p.mentees, 0).trainingCompleted = false; }, kept: (p) => { delete at(p.mentees, 0).trainingCompleted; } },
  "mentee.release.unapproved": { broken: (p) => { at(p.mentees, 0).releaseApproved = false; }, kept: (p) => { delete at(p.mentees, 0).releaseApproved; } },
  "mentee.requirement.unrecorded": { broken: (p) => { delete at(p.mentees, 0).trainingCompleted; }, kept: (p) => { at(p.mentees, 0).trainingCompleted = false; } },
  "mentee.needs.missing": { broken: (p) => { at(p.mentees, 0).needs = []; }, kept: (p) => { at(p.mentees, 0).needs = ["recruitment"]; } },
  "pair.mentor.capacity": { broken: (p) => { at(p.mentors, 0).capacity = 1; }, kept: (p) => { at(p.mentors, 0).capacity = 2; at(p.pairs, 1).status = "proposed"; } },
  "pair.mentee.multiple": {
    broken: (p) => { at(p.mentors, 1).capacity = 2; p.pairs.push({ mentorId: "MR-02", menteeId: "ME-01", phase: "Phase 1", status: "proposed" }); },
    kept: (p) => { at(p.mentors, 1).capacity = 2; p.pairs.push({ mentorId: "MR-02", menteeId: "ME-01", phase: "Phase 1", status: "disengaged", disengagedOn: "2017-02-20", disengagementReason: "Clash", notifiedFocalPerson: true, notifiedIhrm: true, notifiedOtherParty: true }); },
  },
  "pair.phase.mismatch": {
    broken: (p) => { at(p.pairs, 3).mentorId = "MR-02"; at(p.mentors, 1).capacity = 2; },
    kept: (p) => { at(p.pairs, 3).phase = "PHASE II"; },
  },
  "pair.acceptance.late": { broken: (p) => { at(p.pairs, 0).acceptanceSigned = "2017-02-08"; }, kept: (p) => { at(p.pairs, 0).acceptanceSigned = "2017-02-07"; } },
  "pair.acceptance.missing": { broken: (p) => { delete at(p.pairs, 0).acceptanceSigned; }, kept: (p) => { delete at(p.pairs, 3).acceptanceSigned; at(p.sessions, 6).held = false; } },
  "pair.disengagement.date": { broken: disengage({ disengagedOn: undefined }), kept: disengage({}) },
  "pair.disengagement.reason": { broken: disengage({ disengagementReason: undefined }), kept: disengage({ disengagementReason: "Mentee moved to Nairobi" }) },
  "pair.disengagement.notifications": { broken: disengage({ notifiedOtherParty: false }), kept: disengage({}) },
  "session.week.range": {
    broken: (p) => { Object.assign(at(p.sessions, 2), { week: 8, date: "2017-03-26" }); },
    kept: (p) => { Object.assign(at(p.sessions, 2), { week: 7, date: "2017-03-26" }); },
  },
  "session.week.repeat": {
    broken: (p) => { Object.assign(at(p.sessions, 2), { week: 2, date: "2017-02-16" }); },
    kept: (p) => { Object.assign(at(p.sessions, 2), { week: 2, date: "2017-02-16", held: false }); },
  },
  "session.week.mismatch": { broken: (p) => { at(p.sessions, 1).date = "2017-02-20"; }, kept: (p) => { at(p.sessions, 1).date = "2017-02-19"; } },
  "session.date.outside": {
    broken: (p) => { Object.assign(at(p.sessions, 2), { week: 7, date: "2017-03-27" }); },
    kept: (p) => { Object.assign(at(p.sessions, 2), { week: 7, date: "2017-03-26" }); },
  },
  "session.hours.length": { broken: (p) => { at(p.sessions, 0).hours = 1.3; }, kept: (p) => { at(p.sessions, 0).hours = 0.75; } },
  "session.venue.workplace": { broken: (p) => { at(p.sessions, 0).venue = "Imperial Hotel"; }, kept: (p) => { at(p.sessions, 0).venue = "Mentee's workplace"; } },
  "session.after-disengagement": {
    broken: (p) => { Object.assign(at(p.pairs, 0), { status: "disengaged", disengagedOn: "2017-02-20", disengagementReason: "Relocated", notifiedFocalPerson: true, notifiedIhrm: true, notifiedOtherParty: true }); },
    kept: (p) => { Object.assign(at(p.pairs, 0), { status: "disengaged", disengagedOn: "2017-02-21", disengagementReason: "Relocated", notifiedFocalPerson: true, notifiedIhrm: true, notifiedOtherParty: true }); },
  },
};

describe("every rule, both ways", () => {
  it("has a case for every rule in the catalogue", () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    const c = CASES[rule.id];
    it(`${rule.id}: fires when broken, stays quiet on the near miss`, () => {
      const broken = run(c.broken).issues.filter((i) => i.rule === rule.id);
      expect(broken.length, `${rule.id} should fire`).toBeGreaterThan(0);
      for (const issue of broken) {
        expect(issue.severity).toBe(rule.severity);
        expect(issue.message.length).toBeGreaterThan(20);
        expect(issue.fix.length).toBeGreaterThan(15);
      }
      const kept = run(c.kept).issues.filter((i) => i.rule === rule.id);
      expect(kept.map((i) => i.message), `${rule.id} should stay quiet`).toEqual([]);
    });
  }
});
