import { describe, expect, it } from "vitest";
import { normalizePhone } from "../../../src/domain/normalize";

describe("normalizePhone", () => {
  it.each<[string | number, string, boolean]>([
    ["0712 345 678", "+254712345678", true],
    ["0712345678", "+254712345678", true],
    ["+254712345678", "+254712345678", false],
    ["+254 712 345 678", "+254712345678", true],
    ["254712345678", "+254712345678", true],
    ["712345678", "+254712345678", true],
    [712345678, "+254712345678", true],
    [254712345678, "+254712345678", true],
    ["0112 345 678", "+254112345678", true],
    ["(0712) 345-678", "+254712345678", true],
    ["0712-345-678", "+254712345678", true],
    ["+254 (0) 712 345 678", "+254712345678", true],
    ["00254712345678", "+254712345678", true],
    ["0712\u00A0345\u00A0678", "+254712345678", true],
    ["020 2345678", "+254202345678", true],
  ])("%s -> %s", (input, phone, changed) => {
    expect(normalizePhone(input)).toMatchObject({ ok: true, value: phone, changed });
  });

  it.each<[string | number | boolean, string]>([
    ["0712 345 67", "has 9 digits"],
    ["07123456789", "has 11 digits"],
    ["+44 20 7946 0958", "not a Kenyan number"],
    ["+1 202 555 0143", "not a Kenyan number"],
    ["0044 20 7946 0958", "not a Kenyan number"],
    ["2547123456", "has 10 digits; with 254 in front"],
    ["+2547123456789", "has 13 digits; with 254 in front"],
    ["12345", "has 5 digits"],
    ["0712 345 678 / 0722 111 222", "more than one phone number"],
    ["call me", "letters or symbols"],
    [71234567.5, "not a phone number"],
    [true, "not a phone number"],
  ])("refuses %s", (input, words) => {
    const r = normalizePhone(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(words);
      expect(r.fix.length).toBeGreaterThan(10);
    }
  });

  it("says the number lost its leading zero when Excel stored it as a number", () => {
    const r = normalizePhone(712345678);
    expect(r.ok && r.reason).toContain("leading 0");
  });
});
