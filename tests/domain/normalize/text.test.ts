import { describe, expect, it } from "vitest";
import { normalizeEmail, normalizeId, normalizeName, normalizePhase, normalizeText, isBlankCell } from "../../../src/domain/normalize";

describe("normalizeName", () => {
  it.each<[string | number, string, boolean]>([
    ["Achieng Otieno", "Achieng Otieno", false],
    ["  Achieng   Otieno ", "Achieng Otieno", true],
    ["Achieng\u00A0Otieno", "Achieng Otieno", true],
    ["Achieng\u200BOtieno", "AchiengOtieno", true],
    ["Achieng\nOtieno", "Achieng Otieno", true],
    ["Achieng\tOtieno", "Achieng Otieno", true],
    ["=Wanjiru Kamau", "=Wanjiru Kamau", false],
    ["+Kamau", "+Kamau", false],
    ["-Kamau", "-Kamau", false],
    ["@Kamau", "@Kamau", false],
    [" =Wanjiru  Kamau", "=Wanjiru Kamau", true],
    ["mcDonald wa Njoroge", "mcDonald wa Njoroge", false],
    [2017, "2017", true],
  ])("%j -> %j", (input, value, changed) => {
    const r = normalizeName(input);
    expect(r).toMatchObject({ ok: true, value, changed });
  });

  it("names what it cleaned", () => {
    const r = normalizeName("Achieng\u00A0Otieno");
    expect(r.ok && r.reason).toContain("non-breaking spaces");
    const hidden = normalizeName("Achieng\u0007 Otieno");
    expect(hidden.ok && hidden.reason).toContain("hidden characters");
  });
});

describe("normalizeText", () => {
  it("keeps a remark's line breaks and tidies spaces", () => {
    expect(normalizeText("Met twice.\r\n  Good  progress ")).toMatchObject({ ok: true, value: "Met twice.\nGood progress", changed: true });
    expect(normalizeText("=SUM(A1) is what she typed")).toMatchObject({ ok: true, value: "=SUM(A1) is what she typed", changed: false });
  });
});

describe("normalizeId", () => {
  it.each<[string | number, string | undefined, string, boolean]>([
    ["MR-01", undefined, "MR-01", false],
    [" MR-01 ", undefined, "MR-01", true],
    [7, undefined, "7", true],
    [7, "General", "7", true],
    [7, "000", "007", true],
    [12345, "00000", "12345", true],
    ["007", undefined, "007", false],
  ])("%j (%s) -> %j", (input, format, value, changed) => {
    expect(normalizeId(input, format)).toMatchObject({ ok: true, value, changed });
  });

  it("warns that a number may have lost leading zeros", () => {
    const r = normalizeId(7);
    expect(r.ok && r.reason).toContain("leading zeros");
  });
});

describe("normalizeEmail", () => {
  it.each<[string, string, boolean, string | undefined]>([
    ["a.otieno@example.org", "a.otieno@example.org", false, undefined],
    ["A.Otieno@Example.ORG", "A.Otieno@example.org", true, "domain in lower case"],
    ["  a.otieno@example.org ", "a.otieno@example.org", true, "spaces removed"],
    ["mailto:a@example.org", "a@example.org", true, "mailto: removed"],
    ["Achieng Otieno <a@example.org>", "a@example.org", true, "name around the address removed"],
    ["a @ example.org", "a@example.org", true, "spaces removed"],
  ])("%s -> %s", (input, value, changed, reason) => {
    const r = normalizeEmail(input);
    expect(r).toMatchObject({ ok: true, value, changed });
    if (reason && r.ok) expect(r.reason).toContain(reason);
  });

  it.each([["a.otieno"], ["a@b"], ["a@example.org; b@example.org"], ["a otieno@example.org"], ["@example.org"]])("refuses %s", (input) => {
    expect(normalizeEmail(input).ok).toBe(false);
  });
});

describe("normalizePhase", () => {
  it.each<[string | number, string, boolean]>([
    ["Phase 1", "Phase 1", false],
    ["phase 1", "Phase 1", true],
    ["PHASE1", "Phase 1", true],
    [1, "Phase 1", true],
    ["2", "Phase 2", true],
    ["Phase II", "Phase 2", true],
    ["phase two", "Phase 2", true],
    ["P1", "Phase 1", true],
    ["Ph. 2", "Phase 2", true],
    ["Pilot", "Pilot", false],
    ["  Pilot ", "Pilot", true],
  ])("%j -> %s", (input, value, changed) => {
    expect(normalizePhase(input)).toMatchObject({ ok: true, value, changed });
  });
});

describe("isBlankCell", () => {
  it("treats only invisible content as blank", () => {
    expect(isBlankCell("")).toBe(true);
    expect(isBlankCell(" \u00A0\t\u200B")).toBe(true);
    expect(isBlankCell("=")).toBe(false);
    expect(isBlankCell(0)).toBe(false);
    expect(isBlankCell(false)).toBe(false);
  });
});
