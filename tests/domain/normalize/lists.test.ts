import { describe, expect, it } from "vitest";
import { normalizeFocusArea, normalizeFocusAreas, normalizeList, splitList } from "../../../src/domain/normalize";

describe("splitList", () => {
  it.each<[string, string[]]>([
    ["Appraisal; Recruitment", ["Appraisal", "Recruitment"]],
    ["Appraisal, Recruitment", ["Appraisal", "Recruitment"]],
    ["Tue/Thu", ["Tue", "Thu"]],
    ["Appraisal\nRecruitment\n", ["Appraisal", "Recruitment"]],
    ["- Appraisal\n- Recruitment", ["Appraisal", "Recruitment"]],
    ["• Appraisal • Recruitment", ["Appraisal", "Recruitment"]],
    ["1. Appraisal 2. Disciplinary", ["Appraisal", "Disciplinary"]],
    ["1.Appraisal 2.Disciplinary 3.HR planning", ["Appraisal", "Disciplinary", "HR planning"]],
    ["1) Appraisal, 2) Disciplinary", ["Appraisal", "Disciplinary"]],
    ["(1) Appraisal (2) Disciplinary", ["Appraisal", "Disciplinary"]],
    ["2. Disciplinary 1. Appraisal", ["Appraisal", "Disciplinary"]],
    ["1. Appraisal\n2. Disciplinary", ["Appraisal", "Disciplinary"]],
    [";;Appraisal;;", ["Appraisal"]],
  ])("%j", (input, items) => {
    expect(splitList(input)).toEqual(items);
  });

  it("does not take a decimal for a rank", () => {
    expect(splitList("1.5 hrs on Tue")).toEqual(["1.5 hrs on Tue"]);
  });
});

describe("normalizeList", () => {
  it("writes items one way", () => {
    expect(normalizeList("Tue; Thu")).toEqual({ ok: true, value: ["Tue", "Thu"], changed: false });
    expect(normalizeList("Tue,Thu afternoons")).toMatchObject({ ok: true, value: ["Tue", "Thu afternoons"], changed: true });
  });
});

describe("normalizeFocusAreas", () => {
  it.each<[string, string[]]>([
    ["Performance management", ["performance-management"]],
    ["Appraisal", ["performance-management"]],
    ["PM", ["performance-management"]],
    ["Appraisal; Recruitment", ["performance-management", "recruitment"]],
    ["1. Appraisal 2. Disciplinary", ["performance-management", "disciplinary"]],
    ["2. Disciplinary 1. Appraisal", ["performance-management", "disciplinary"]],
    ["T&D, iHRIS", ["training-development", "hr-information-systems"]],
    ["HR records/iHRIS", ["hr-information-systems"]],
    ["Labour laws", ["employee-relations"]],
    ["Employee relations and labour laws", ["employee-relations"]],
    ["Handling disciplinary cases", ["disciplinary"]],
    ["Recruitment and training", ["recruitment", "training-development"]],
    ["Recruitmnet", ["recruitment"]],
    ["appraisal, Appraisal", ["performance-management"]],
    ["Job descriptions / Strategic planning", ["job-descriptions", "strategic-planning"]],
  ])("%s -> %j", (input, ids) => {
    const r = normalizeFocusAreas(input);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toEqual(ids);
      expect(r.partial).toBeUndefined();
    }
  });

  it("is unchanged when written exactly as the labels", () => {
    expect(normalizeFocusAreas("Performance management; Recruitment")).toMatchObject({ ok: true, changed: false });
    expect(normalizeFocusAreas("Appraisal; Recruitment")).toMatchObject({ ok: true, changed: true });
  });

  it("keeps the known areas of a partial list and names the unknown one", () => {
    const r = normalizeFocusAreas("Appraisal; Basket weaving; Recruitment");
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toEqual(["performance-management", "recruitment"]);
      expect(r.changed).toBe(true);
      expect(r.partial?.message).toContain("“Basket weaving” is not one of the programme's focus areas");
    }
  });

  it("refuses a cell with no known area", () => {
    expect(normalizeFocusAreas("Basket weaving").ok).toBe(false);
    expect(normalizeFocusAreas("per").ok).toBe(false);
  });

  it("wants exactly one area for a goal", () => {
    expect(normalizeFocusArea("appraisal")).toMatchObject({ ok: true, value: "performance-management", changed: true });
    expect(normalizeFocusArea("Recruitment")).toMatchObject({ ok: true, value: "recruitment", changed: false });
    expect(normalizeFocusArea("Appraisal; Recruitment").ok).toBe(false);
    expect(normalizeFocusArea("Appraisal; Basket weaving").ok).toBe(false);
  });
});
