import { describe, expect, it } from "vitest";
import { displayValue, normalizeField, type FieldValue } from "../../../src/domain/normalize";
import type { FieldKind } from "../../../src/domain/registers";
import { SECTORS } from "../../../src/domain/reference";

describe("normalizeField dispatches on the catalogue kind", () => {
  it.each<[FieldKind, string | number, FieldValue, string]>([
    ["id", 7, "7", "7"],
    ["text", " Kisumu  County Hospital ", "Kisumu County Hospital", "Kisumu County Hospital"],
    ["name", "=Wanjiru", "=Wanjiru", "=Wanjiru"],
    ["email", "a@Example.org", "a@example.org", "a@example.org"],
    ["phone", "0712 345 678", "+254712345678", "+254712345678"],
    ["county", "Homabay", "Homa Bay", "Homa Bay"],
    ["counties", "Kisumu, Siaya", ["Kisumu", "Siaya"], "Kisumu; Siaya"],
    ["date", "06/02/2017", "2017-02-06", "2017-02-06"],
    ["integer", "12 yrs", 12, "12"],
    ["number", "1.5", 1.5, "1.5"],
    ["yesno", "Y", true, "Yes"],
    ["focusArea", "PM", "performance-management", "Performance management"],
    ["focusAreas", "PM; T&D", ["performance-management", "training-development"], "Performance management; Training and development"],
    ["list", "Tue, Thu", ["Tue", "Thu"], "Tue; Thu"],
    ["score", "4/5", 4, "4"],
    ["phase", "1", "Phase 1", "Phase 1"],
  ])("%s: %j", (kind, input, value, shown) => {
    const r = normalizeField(kind, input);
    expect(r).toMatchObject({ ok: true, value });
    if (r.ok && r.value !== null) expect(displayValue(kind, r.value)).toBe(shown);
  });

  it("needs the options for a choice", () => {
    expect(normalizeField("choice", "FBO", undefined, { options: SECTORS })).toMatchObject({ ok: true, value: "Faith-based" });
    expect(normalizeField("choice", "FBO").ok).toBe(false);
  });

  it("passes the number format through (date cells, padded ids)", () => {
    expect(normalizeField("date", 42772, "dd/mm/yyyy")).toEqual({ ok: true, value: "2017-02-06", changed: false });
    expect(normalizeField("id", 42, "0000")).toMatchObject({ ok: true, value: "0042" });
  });

  it("remembers repeating values without letting two rows share one list", () => {
    const a = normalizeField("focusAreas", "PM; Recruitment");
    const b = normalizeField("focusAreas", "PM; Recruitment");
    expect(a).toEqual(b);
    if (a.ok && b.ok && Array.isArray(a.value) && Array.isArray(b.value)) {
      expect(a.value).not.toBe(b.value);
      a.value.pop();
      expect(b.value).toEqual(["performance-management", "recruitment"]);
    }
  });

  it("keeps choice memos apart per list of options", () => {
    expect(normalizeField("choice", "done", undefined, { options: ["proposed", "active", "completed", "disengaged"] })).toMatchObject({ value: "completed" });
    expect(normalizeField("choice", "done", undefined, { options: ["not started", "in progress", "achieved", "dropped"] })).toMatchObject({ value: "achieved" });
  });
});
