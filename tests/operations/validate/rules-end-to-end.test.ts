// Every rule, both ways, end to end: a small programme typed into raw sheets of the in-memory
// Excel, read and checked by validateWorkbook exactly as the task pane and the command line do.
// The rule must fire on the row that breaks it, at a cell of that row, and stay quiet on the
// near miss. (The domain tests check each rule's wording; these check the whole path.)
import { describe, expect, it } from "vitest";
import { FOCUS_AREAS } from "../../../src/domain/reference";
import { REGISTERS, REGISTER_KINDS, type RegisterKind } from "../../../src/domain/registers";
import { settingsSheetRows } from "../../../src/domain/settings";
import { RULES, type RuleId } from "../../../src/domain/validation";
import { validateWorkbook, type WorkbookValidation } from "../../../src/operations/validate";
import { createMemoryContext, memoryWorkbookFromSpec, type CellInput, type SheetSpec } from "../../../src/workbook/memory";
import { cleanProgramme, type Programme } from "../../domain/validation/fixtures";

const SHEETS: Record<RegisterKind, string> = { phases: "Phases", mentors: "Mentors", mentees: "Mentees", pairs: "Pairs", sessions: "Sessions", goals: "Goals", evaluations: "Evaluations" };
/** A title row above the header, as offices keep them: data starts on row 3. */
const FIRST_DATA_ROW = 3;
/** For `where`: the issue is about the register's header row (a missing column), not a data row. */
const HEADER = -1;

const focusLabels: ReadonlyMap<string, string> = new Map(FOCUS_AREAS.map((f) => [f.id, f.label]));

/** A cell exactly as given (a TRUE where an ID belongs), not a register value to render. */
class RawCell {
  constructor(readonly value: CellInput) {}
}

/** A register value as an officer would have typed it into a cell. */
function typed(value: unknown): CellInput {
  if (value instanceof RawCell) return value.value;
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
    return focusLabels.get(value) ?? value;
  }
  if (Array.isArray(value)) return value.map((v) => String(focusLabels.get(String(v)) ?? v)).join("; ");
  return String(value);
}

type Rows = ReadonlyArray<Record<string, unknown>>;

function sheetOf(kind: RegisterKind, rows: Rows): SheetSpec {
  const used = new Set(rows.flatMap((r) => Object.keys(r).filter((k) => r[k] !== undefined)));
  const fields = REGISTERS[kind].fields.filter((f) => used.has(f.key));
  return {
    name: SHEETS[kind],
    rows: [[`${REGISTERS[kind].title} 2017`], fields.map((f) => f.label), ...rows.map((r) => fields.map((f) => typed(r[f.key])))],
  };
}

interface Extra {
  /** Rows of a Settings sheet (setting, value). */
  settings?: CellInput[][];
}

async function validate(p: Programme, extra: Extra = {}): Promise<WorkbookValidation> {
  const sheets = REGISTER_KINDS.map((kind) => sheetOf(kind, p[kind] as Rows));
  if (extra.settings) sheets.push({ name: "Settings", rows: extra.settings });
  return validateWorkbook(createMemoryContext(memoryWorkbookFromSpec({ sheets })));
}

/** Index access that fails the test instead of returning undefined. */
function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

/** Sets a cell to exactly this (what the officer typed, or what Excel holds), whatever the field's type. */
function typeInto(row: object, field: string, cell: CellInput): void {
  (row as Record<string, unknown>)[field] = new RawCell(cell);
}

type Change = (p: Programme) => void | Extra;
interface Case {
  /** The sheet and (0-based) data row the broken change touches: the issue must be on that row. */
  where: [RegisterKind | "settings", number];
  broken: Change;
  kept: Change;
}

const settingsWith = (value: CellInput): Extra => ({ settings: settingsSheetRows().map((row, r) => (r === 1 ? [row[0], value, row[2]] : [...row])) });
const disengage = (extra: Record<string, unknown>) => (p: Programme) => {
  Object.assign(at(p.pairs, 2), { status: "disengaged", disengagedOn: "2017-03-01", disengagementReason: "Transferred", notifiedFocalPerson: true, notifiedIhrm: true, notifiedOtherParty: true, ...extra });
};
const twoPeters = (p: Programme) => {
  p.mentors.push({ mentorId: "MR-04", fullName: "peter kamau", phone: "+254700111222", ihrmNumber: "IHRM/1004", yearsExperience: 9, skills: ["recruitment"], sensitisationAttended: true, confidentialityAgreed: true, phase: "Phase 1" });
};

const CASES: Record<RuleId, Case> = {
  "field.required": { where: ["mentors", 0], broken: (p) => { delete at(p.mentors, 0).fullName; at(p.mentors, 0).mentorId = "MR-01"; }, kept: (p) => { at(p.mentors, 0).fullName = "  Achieng  Otieno "; } },
  "field.unreadable": { where: ["mentors", 1], broken: (p) => { typeInto(at(p.mentors, 1), "mentorId", true); }, kept: (p) => { typeInto(at(p.mentors, 1), "mentorId", 1002); } },
  "field.text": { where: ["mentors", 0], broken: (p) => { typeInto(at(p.mentors, 0), "availability", "; ;"); }, kept: (p) => { typeInto(at(p.mentors, 0), "availability", "Tue, Thu"); } },
  "field.excel-error": { where: ["mentors", 1], broken: (p) => { typeInto(at(p.mentors, 1), "yearsExperience", "#DIV/0!"); }, kept: (p) => { typeInto(at(p.mentors, 1), "fullName", "#1 Peter Kamau"); } },
  "field.email": { where: ["mentors", 0], broken: (p) => { at(p.mentors, 0).email = "achieng@"; }, kept: (p) => { at(p.mentors, 0).email = "Achieng.Otieno@Example.ORG"; } },
  "field.phone": { where: ["mentors", 1], broken: (p) => { at(p.mentors, 1).phone = "07220001"; }, kept: (p) => { at(p.mentors, 1).phone = "+254 722 000 111"; } },
  "field.date": { where: ["evaluations", 0], broken: (p) => { typeInto(at(p.evaluations, 0), "date", "30/02/2017"); }, kept: (p) => { typeInto(at(p.evaluations, 0), "date", "28/02/2017"); } },
  "field.number": { where: ["evaluations", 0], broken: (p) => { at(p.evaluations, 0).overall = 6; }, kept: (p) => { at(p.evaluations, 0).overall = 5; } },
  "field.yesno": { where: ["sessions", 0], broken: (p) => { typeInto(at(p.sessions, 0), "held", "maybe"); }, kept: (p) => { typeInto(at(p.sessions, 0), "held", "yes"); } },
  "field.choice": { where: ["mentors", 0], broken: (p) => { typeInto(at(p.mentors, 0), "sector", "Mixed"); }, kept: (p) => { typeInto(at(p.mentors, 0), "sector", "faith based"); } },
  "field.county": { where: ["mentors", 0], broken: (p) => { typeInto(at(p.mentors, 0), "county", "Atlantis"); }, kept: (p) => { typeInto(at(p.mentors, 0), "county", "Muranga"); } },
  "field.focus-area": { where: ["mentors", 0], broken: (p) => { typeInto(at(p.mentors, 0), "skills", "Gardening"); }, kept: (p) => { typeInto(at(p.mentors, 0), "skills", "Strategy"); } },
  "field.normalised": { where: ["mentors", 0], broken: (p) => { typeInto(at(p.mentors, 0), "phone", "0712 345 678"); }, kept: (p) => { typeInto(at(p.mentors, 0), "county", "KISUMU"); } },
  "register.column.missing": { where: ["mentors", HEADER], broken: (p) => { for (const m of p.mentors) delete m.confidentialityAgreed; }, kept: (p) => { delete at(p.mentors, 0).confidentialityAgreed; } },
  "settings.invalid": { where: ["settings", 0], broken: () => settingsWith("five"), kept: () => settingsWith(6) },
  "phase.duplicate": {
    where: ["phases", 2],
    broken: (p) => { p.phases.push({ phase: "PHASE-I", counties: ["Nakuru"], startDate: "2017-02-06", weeks: 7, sessionHours: 1 }); },
    kept: (p) => { p.phases.push({ phase: "Phase 3", counties: ["Nakuru"], startDate: "2018-02-05", weeks: 7, sessionHours: 2 }); },
  },
  "mentor.duplicate": {
    where: ["mentors", 3],
    broken: (p) => { p.mentors.push({ ...at(p.mentors, 0), mentorId: undefined, fullName: "  achieng   OTIENO " }); },
    kept: (p) => { p.mentors.push({ ...at(p.mentors, 0), phase: "Phase 2" }); },
  },
  "mentee.duplicate": {
    where: ["mentees", 4],
    broken: (p) => { p.mentees.push({ ...at(p.mentees, 0), menteeId: undefined, fullName: "J. Odhiambo", phone: "0711 000 001" }); },
    kept: (p) => { p.mentees.push({ ...at(p.mentees, 0), menteeId: "ME-05", phone: "+254711999999", email: "jo2@example.org" }); },
  },
  "pair.duplicate": {
    where: ["pairs", 4],
    broken: (p) => { p.pairs.push({ mentorName: "achieng otieno", menteeName: "JOHN ODHIAMBO", phase: "Phase 1", status: "active" }); },
    kept: (p) => { p.pairs.push({ pairId: "P1-04", mentorId: "MR-02", menteeId: "ME-02", phase: "Phase 1", status: "completed" }); },
  },
  "reference.phase.unknown": { where: ["mentees", 0], broken: (p) => { at(p.mentees, 0).phase = "Phase 3"; }, kept: (p) => { at(p.mentees, 0).phase = "phase one"; } },
  "reference.mentor.missing": { where: ["pairs", 3], broken: (p) => { delete at(p.pairs, 3).mentorId; }, kept: (p) => { delete at(p.pairs, 3).mentorId; at(p.pairs, 3).mentorName = "Fatuma Hassan"; } },
  "reference.mentor.unknown": { where: ["pairs", 1], broken: (p) => { at(p.pairs, 1).mentorName = "Achieng Atieno"; }, kept: (p) => { at(p.pairs, 1).mentorName = "ACHIENG  otieno"; } },
  "reference.mentor.ambiguous": {
    where: ["goals", 2],
    broken: (p) => { twoPeters(p); p.goals.push({ mentorName: "Peter Kamau", menteeName: "Grace Akinyi", goal: "Write job descriptions" }); },
    kept: (p) => { twoPeters(p); p.goals.push({ mentorName: "Peter Kamau", menteeName: "Mary Adhiambo", goal: "Write job descriptions" }); },
  },
  "reference.mentor.conflict": { where: ["pairs", 2], broken: (p) => { at(p.pairs, 2).mentorName = "Fatuma Hassan"; }, kept: (p) => { at(p.pairs, 2).mentorName = "peter kamau"; } },
  "reference.mentee.missing": { where: ["pairs", 3], broken: (p) => { delete at(p.pairs, 3).menteeId; }, kept: (p) => { delete at(p.pairs, 3).menteeId; at(p.pairs, 3).menteeName = "Omar  Said"; } },
  "reference.mentee.unknown": { where: ["pairs", 2], broken: (p) => { at(p.pairs, 2).menteeId = "ME-99"; }, kept: (p) => { at(p.pairs, 2).menteeId = "me 3"; } },
  "reference.mentee.ambiguous": {
    where: ["pairs", 1],
    broken: (p) => { p.mentees.push({ ...at(p.mentees, 1), menteeId: "ME-05", phone: "+254799000999", email: "ga2@example.org" }); },
    kept: (p) => { p.mentees.push({ ...at(p.mentees, 1), menteeId: "ME-05", phone: "+254799000999", email: "ga2@example.org", phase: "Phase 2", county: "Kilifi" }); },
  },
  "reference.mentee.conflict": { where: ["sessions", 0], broken: (p) => { at(p.sessions, 0).menteeName = "Grace Akinyi"; }, kept: (p) => { at(p.sessions, 0).menteeName = "JOHN odhiambo"; } },
  "reference.pair.missing": {
    where: ["evaluations", 1],
    broken: (p) => { p.evaluations.push({ respondent: "mentor", overall: 5 }); },
    kept: (p) => { p.evaluations.push({ mentorName: "Peter Kamau", menteeName: "Mary Adhiambo", respondent: "mentor", overall: 5 }); },
  },
  "reference.pair.unknown": { where: ["sessions", 4], broken: (p) => { at(p.sessions, 4).pairId = "P1-09"; }, kept: (p) => { at(p.sessions, 4).pairId = "p1 03"; } },
  "phase.weeks.default": { where: ["phases", 0], broken: (p) => { delete at(p.phases, 0).weeks; }, kept: (p) => { at(p.phases, 0).weeks = 8; } },
  "phase.hours.default": { where: ["phases", 0], broken: (p) => { delete at(p.phases, 0).sessionHours; }, kept: (p) => { at(p.phases, 0).sessionHours = 1.25; } },
  "phase.dates.order": { where: ["phases", 1], broken: (p) => { at(p.phases, 1).endDate = "2017-09-03"; }, kept: (p) => { at(p.phases, 1).endDate = "2017-09-04"; } },
  "mentor.ihrm.missing": { where: ["mentors", 1], broken: (p) => { delete at(p.mentors, 1).ihrmNumber; }, kept: (p) => { at(p.mentors, 1).ihrmNumber = "2000"; } },
  "mentor.experience.minimum": { where: ["mentors", 0], broken: (p) => { at(p.mentors, 0).yearsExperience = 4; }, kept: (p) => { at(p.mentors, 0).yearsExperience = 5; } },
  "mentor.confidentiality.unsigned": { where: ["mentors", 0], broken: (p) => { at(p.mentors, 0).confidentialityAgreed = false; }, kept: (p) => { typeInto(at(p.mentors, 0), "confidentialityAgreed", "Y"); } },
  "mentor.sensitisation.absent": { where: ["mentors", 0], broken: (p) => { at(p.mentors, 0).sensitisationAttended = false; }, kept: (p) => { delete at(p.mentors, 0).sensitisationAttended; } },
  "mentor.requirement.unrecorded": { where: ["mentors", 0], broken: (p) => { delete at(p.mentors, 0).yearsExperience; }, kept: (p) => { at(p.mentors, 0).yearsExperience = 30; } },
  "mentor.skills.missing": { where: ["mentors", 0], broken: (p) => { delete at(p.mentors, 0).skills; }, kept: (p) => { at(p.mentors, 0).skills = ["recruitment"]; } },
  "mentee.county.outside": { where: ["mentees", 0], broken: (p) => { at(p.mentees, 0).county = "Nairobi"; }, kept: (p) => { at(p.mentees, 0).county = "Homa Bay"; } },
  "mentee.training.incomplete": { where: ["mentees", 0], broken: (p) => { at(p.mentees, 0).trainingCompleted = false; }, kept: (p) => { delete at(p.mentees, 0).trainingCompleted; } },
  "mentee.release.unapproved": { where: ["mentees", 0], broken: (p) => { at(p.mentees, 0).releaseApproved = false; }, kept: (p) => { delete at(p.mentees, 0).releaseApproved; } },
  "mentee.requirement.unrecorded": { where: ["mentees", 0], broken: (p) => { delete at(p.mentees, 0).trainingCompleted; }, kept: (p) => { at(p.mentees, 0).trainingCompleted = false; } },
  "mentee.needs.missing": { where: ["mentees", 0], broken: (p) => { delete at(p.mentees, 0).needs; }, kept: (p) => { at(p.mentees, 0).needs = ["recruitment"]; } },
  "pair.mentor.capacity": { where: ["pairs", 1], broken: (p) => { at(p.mentors, 0).capacity = 1; }, kept: (p) => { at(p.mentors, 0).capacity = 2; at(p.pairs, 1).status = "proposed"; } },
  "pair.mentee.multiple": {
    where: ["pairs", 4],
    broken: (p) => { at(p.mentors, 1).capacity = 2; p.pairs.push({ mentorId: "MR-02", menteeId: "ME-01", phase: "Phase 1", status: "proposed" }); },
    kept: (p) => { at(p.mentors, 1).capacity = 2; p.pairs.push({ mentorId: "MR-02", menteeId: "ME-01", phase: "Phase 1", status: "disengaged", disengagedOn: "2017-02-20", disengagementReason: "Clash", notifiedFocalPerson: true, notifiedIhrm: true, notifiedOtherParty: true }); },
  },
  "pair.phase.mismatch": { where: ["pairs", 3], broken: (p) => { at(p.pairs, 3).mentorId = "MR-02"; at(p.mentors, 1).capacity = 2; }, kept: (p) => { at(p.pairs, 3).phase = "PHASE II"; } },
  "pair.acceptance.late": { where: ["pairs", 0], broken: (p) => { at(p.pairs, 0).acceptanceSigned = "2017-02-08"; }, kept: (p) => { at(p.pairs, 0).acceptanceSigned = "2017-02-07"; } },
  "pair.acceptance.missing": { where: ["pairs", 0], broken: (p) => { delete at(p.pairs, 0).acceptanceSigned; }, kept: (p) => { delete at(p.pairs, 3).acceptanceSigned; at(p.sessions, 6).held = false; } },
  "pair.disengagement.date": { where: ["pairs", 2], broken: disengage({ disengagedOn: undefined }), kept: disengage({}) },
  "pair.disengagement.reason": { where: ["pairs", 2], broken: disengage({ disengagementReason: undefined }), kept: disengage({ disengagementReason: "Mentee moved to Nairobi" }) },
  "pair.disengagement.notifications": { where: ["pairs", 2], broken: disengage({ notifiedOtherParty: false }), kept: disengage({}) },
  "session.week.range": { where: ["sessions", 2], broken: (p) => { Object.assign(at(p.sessions, 2), { week: 8, date: "2017-03-26" }); }, kept: (p) => { Object.assign(at(p.sessions, 2), { week: 7, date: "2017-03-26" }); } },
  "session.week.repeat": {
    where: ["sessions", 2],
    broken: (p) => { Object.assign(at(p.sessions, 2), { week: 2, date: "2017-02-16" }); },
    kept: (p) => { Object.assign(at(p.sessions, 2), { week: 2, date: "2017-02-16", held: false }); },
  },
  "session.week.mismatch": { where: ["sessions", 1], broken: (p) => { at(p.sessions, 1).date = "2017-02-20"; }, kept: (p) => { at(p.sessions, 1).date = "2017-02-19"; } },
  "session.date.outside": { where: ["sessions", 2], broken: (p) => { Object.assign(at(p.sessions, 2), { week: 7, date: "2017-03-27" }); }, kept: (p) => { Object.assign(at(p.sessions, 2), { week: 7, date: "2017-03-26" }); } },
  "session.hours.length": { where: ["sessions", 0], broken: (p) => { at(p.sessions, 0).hours = 1.3; }, kept: (p) => { at(p.sessions, 0).hours = 0.75; } },
  "session.venue.workplace": { where: ["sessions", 0], broken: (p) => { at(p.sessions, 0).venue = "Imperial Hotel"; }, kept: (p) => { at(p.sessions, 0).venue = "Mentee's workplace"; } },
  "session.after-disengagement": {
    where: ["sessions", 1],
    broken: (p) => { Object.assign(at(p.pairs, 0), { status: "disengaged", disengagedOn: "2017-02-13", disengagementReason: "Relocated", notifiedFocalPerson: true, notifiedIhrm: true, notifiedOtherParty: true }); },
    kept: (p) => { Object.assign(at(p.pairs, 0), { status: "disengaged", disengagedOn: "2017-02-21", disengagementReason: "Relocated", notifiedFocalPerson: true, notifiedIhrm: true, notifiedOtherParty: true }); },
  },
};

async function run(change: Change): Promise<WorkbookValidation> {
  const p = cleanProgramme();
  return validate(p, change(p) ?? {});
}

describe("every rule end to end, through the in-memory Excel", () => {
  it("starts from a programme with no issues at all", async () => {
    const clean = await validate(cleanProgramme());
    expect(clean.issues.map((i) => `${i.rule} ${i.sheet}!${i.cell}: ${i.message}`)).toEqual([]);
    expect(clean.registers.map((r) => r.kind)).toEqual([...REGISTER_KINDS]);
  });

  it("has a case for every rule in the catalogue", () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    const c = CASES[rule.id];
    it(`${rule.id}: fires on the row that breaks it, stays quiet on the near miss`, async () => {
      const broken = (await run(c.broken)).issues.filter((i) => i.rule === rule.id);
      expect(broken.length, `${rule.id} should fire`).toBeGreaterThan(0);
      const [kind, index] = c.where;
      const sheet = kind === "settings" ? "Settings" : SHEETS[kind];
      // Register sheets have a title row above the header; the Settings sheet starts with its header.
      const row = kind === "settings" ? 2 + index : FIRST_DATA_ROW + index;
      expect(broken.map((i) => `${i.sheet}!${i.row}`)).toContain(`${sheet}!${row}`);
      for (const issue of broken) {
        expect(issue.severity).toBe(rule.severity);
        expect(issue.cell).toMatch(new RegExp(`^[A-Z]+${issue.row}$`));
      }
      const kept = (await run(c.kept)).issues.filter((i) => i.rule === rule.id);
      expect(kept.map((i) => `${i.sheet}!${i.cell}: ${i.message}`), `${rule.id} should stay quiet`).toEqual([]);
    });
  }
});
