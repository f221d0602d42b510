import { describe, expect, it } from "vitest";
import { GOAL_STATUSES, MENTEE_ROLES, PAIR_STATUSES, RESPONDENTS, SECTORS } from "../../../src/domain/reference";
import { normalizeChoice } from "../../../src/domain/normalize";

describe("normalizeChoice: sectors", () => {
  it.each([
    ["Public", "Public", false],
    ["public", "Public", true],
    ["Govt", "Public", true],
    ["Government", "Public", true],
    ["County Government", "Public", true],
    ["National", "Public", true],
    ["Parastatal", "Public", true],
    ["Private", "Private", false],
    ["Pvt", "Private", true],
    ["Pvt.", "Private", true],
    ["PRIVATE SECTOR", "Private", true],
    ["NGO", "Private", true],
    ["Faith-based", "Faith-based", false],
    ["faith based", "Faith-based", true],
    ["FBO", "Faith-based", true],
    ["Mission", "Faith-based", true],
    ["Church", "Faith-based", true],
    ["CHAK", "Faith-based", true],
  ])("%s -> %s", (input, sector, changed) => {
    expect(normalizeChoice(input, SECTORS)).toMatchObject({ ok: true, value: sector, changed });
  });

  it("says why an NGO became Private", () => {
    const r = normalizeChoice("NGO", SECTORS);
    expect(r.ok && r.reason).toBe("“NGO” read as Private");
  });

  it("refuses an unknown sector, listing the allowed ones", () => {
    const r = normalizeChoice("Cooperative", SECTORS);
    expect(r).toEqual({ ok: false, message: "“Cooperative” is not one of: Public, Private, Faith-based", fix: "Type one of: Public, Private, Faith-based." });
  });
});

describe("normalizeChoice: statuses, respondents, roles", () => {
  it.each<[string, readonly string[], string]>([
    ["ongoing", PAIR_STATUSES, "active"],
    ["On-going", PAIR_STATUSES, "active"],
    ["ACTIVE ", PAIR_STATUSES, "active"],
    ["dropped out", PAIR_STATUSES, "disengaged"],
    ["Withdrawn", PAIR_STATUSES, "disengaged"],
    ["done", PAIR_STATUSES, "completed"],
    ["Completed", PAIR_STATUSES, "completed"],
    ["pending", PAIR_STATUSES, "proposed"],
    ["disengagd", PAIR_STATUSES, "disengaged"],
    ["done", GOAL_STATUSES, "achieved"],
    ["not started", GOAL_STATUSES, "not started"],
    ["Not yet", GOAL_STATUSES, "not started"],
    ["pending", GOAL_STATUSES, "not started"],
    ["ongoing", GOAL_STATUSES, "in progress"],
    ["Mentee", RESPONDENTS, "mentee"],
    ["by mentor", RESPONDENTS, "mentor"],
    ["CPSB", MENTEE_ROLES, "County Public Service Board member"],
    ["HR Officer", MENTEE_ROLES, "County HRH officer"],
    ["cpsm officer", MENTEE_ROLES, "County Public Service Management officer"],
    ["other", MENTEE_ROLES, "Other"],
  ])("%s -> %s", (input, options, value) => {
    expect(normalizeChoice(input, options)).toMatchObject({ ok: true, value, changed: input !== value });
  });

  it("refuses words that belong to another vocabulary", () => {
    expect(normalizeChoice("achieved", PAIR_STATUSES).ok).toBe(false);
    expect(normalizeChoice("maybe", RESPONDENTS).ok).toBe(false);
  });
});
