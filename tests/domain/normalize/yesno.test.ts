import { describe, expect, it } from "vitest";
import { normalizeField, normalizeYesNo } from "../../../src/domain/normalize";

describe("normalizeYesNo", () => {
  it.each<[string | number | boolean, boolean, boolean]>([
    ["Yes", true, false],
    ["Y", true, true],
    ["y", true, true],
    ["yes", true, true],
    ["YES ", true, true],
    ["TRUE", true, true],
    [true, true, false],
    [1, true, true],
    ["1", true, true],
    ["✓", true, true],
    ["✔", true, true],
    ["Done", true, true],
    ["Signed", true, true],
    ["No", false, false],
    ["N", false, true],
    ["no", false, true],
    ["FALSE", false, true],
    [false, false, false],
    [0, false, true],
    ["0", false, true],
    ["✗", false, true],
    ["Not yet", false, true],
    ["pending", false, true],
  ])("%s -> %s", (input, value, changed) => {
    expect(normalizeYesNo(input)).toMatchObject({ ok: true, value, changed });
  });

  it.each<[string | number]>([["x"], ["X"], ["n/a"], ["-"], ["maybe"], [2], ["perhaps"]])("refuses %s", (input) => {
    const r = normalizeYesNo(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fix).toContain("Yes or No");
  });

  it("says what it read", () => {
    expect(normalizeYesNo("Y")).toMatchObject({ reason: "“Y” read as Yes" });
    expect(normalizeYesNo("yes ")).toMatchObject({ reason: "written as Yes" });
    expect(normalizeYesNo("Yes")).not.toHaveProperty("reason");
  });

  it("says why a plain x is refused", () => {
    const r = normalizeYesNo("x");
    expect(!r.ok && r.message).toContain("a tick and a cross");
  });

  it("leaves a blank cell blank", () => {
    expect(normalizeField("yesno", "")).toEqual({ ok: true, value: null, changed: false });
    expect(normalizeField("yesno", "  \u00A0")).toEqual({ ok: true, value: null, changed: false });
  });
});
