import { describe, expect, it } from "vitest";
import { normalizeField, normalizeHours, normalizeInteger, normalizeNumber, normalizeScore } from "../../../src/domain/normalize";

describe("normalizeInteger", () => {
  it.each<[string | number, number, boolean]>([
    [12, 12, false],
    [12.0, 12, false],
    ["12", 12, false],
    [" 12 ", 12, true],
    ["12 yrs", 12, true],
    ["12yrs", 12, true],
    ["12 years", 12, true],
    ["12 Yrs.", 12, true],
    ["1 year", 1, true],
    ["Week 3", 3, true],
    ["wk 3", 3, true],
    ["2 mentees", 2, true],
    ["five", 5, true],
    ["1,000", 1000, true],
    ["12.0", 12, true],
  ])("%s -> %s", (input, value, changed) => {
    expect(normalizeInteger(input)).toMatchObject({ ok: true, value, changed });
  });

  it.each<[string | number | boolean, string]>([
    ["about 12", "not an exact number"],
    ["approx. 10", "not an exact number"],
    ["10+", "not an exact number"],
    ["5-7", "not an exact number"],
    ["over 10", "not an exact number"],
    ["10 to 12", "not an exact number"],
    ["12.5", "not a whole number"],
    [12.5, "not a whole number"],
    ["6 months", "not in the unit"],
    ["many", "not an exact number"],
    ["twelve and a half", "is not"],
    [true, "not a number"],
  ])("refuses %s", (input, words) => {
    const r = normalizeInteger(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(words);
  });
});

describe("normalizeHours and normalizeNumber", () => {
  it.each<[string | number, number]>([
    ["1 hr", 1],
    ["2 hrs", 2],
    ["2hrs", 2],
    ["1.5", 1.5],
    ["1.5 hours", 1.5],
    ["90 min", 1.5],
    ["90 mins", 1.5],
    ["45 minutes", 0.75],
    ["1 hr 30 min", 1.5],
    ["1h30m", 1.5],
    ["1:30", 1.5],
    ["2:00", 2],
    [2, 2],
  ])("hours %s -> %s", (input, hours) => {
    expect(normalizeHours(input)).toMatchObject({ ok: true, value: hours });
  });

  it("reads an Excel time cell as hours", () => {
    expect(normalizeHours(0.0625, "h:mm")).toMatchObject({ ok: true, value: 1.5, changed: true });
    expect(normalizeField("number", 0.0625, "[h]:mm", { hours: true })).toMatchObject({ ok: true, value: 1.5 });
  });

  it("refuses vague hours", () => {
    expect(normalizeHours("about 2 hrs").ok).toBe(false);
    expect(normalizeHours("1-2 hrs").ok).toBe(false);
    expect(normalizeHours("a while").ok).toBe(false);
  });

  it.each<[string | number, number, string | undefined]>([
    [82.5, 82.5, undefined],
    ["82.5", 82.5, undefined],
    ["75%", 75, undefined],
    [0.75, 75, "0%"],
    ["90 min", 1.5, undefined],
  ])("number %s -> %s", (input, value, format) => {
    expect(normalizeNumber(input, format)).toMatchObject({ ok: true, value });
  });

  it("refuses a comma used as the decimal point, saying how to type it", () => {
    const r = normalizeNumber("1,5");
    expect(r).toMatchObject({ ok: false, fix: "Type it with a point, e.g. 1.5." });
  });
});

describe("normalizeScore", () => {
  it.each<[string | number, number]>([
    [4, 4],
    ["4", 4],
    ["4/5", 4],
    ["4 out of 5", 4],
    ["Excellent", 5],
    ["very good", 4],
    ["Poor", 1],
  ])("%s -> %s", (input, score) => {
    expect(normalizeScore(input)).toMatchObject({ ok: true, value: score });
  });

  it("refuses half scores and other scales", () => {
    expect(normalizeScore(4.5).ok).toBe(false);
    const outOf10 = normalizeScore("8/10");
    expect(!outOf10.ok && outOf10.message).toContain("out of 10");
  });
});
