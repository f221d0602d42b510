import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idKey, nameKey, phaseKey, phoneKey, sortedNameKey, venueIsWorkplace } from "../../../src/domain/validation/keys";
import { validateRegisters } from "../../../src/domain/validation";
import { cleanProgramme, registersOf } from "./fixtures";
import { at } from "./helpers";

const word = fc.stringMatching(/^[A-Za-z]{2,10}$/);
const spaces = fc.stringMatching(/^[ \t]{1,4}$/);

/** The same name as an officer might retype it: other case, extra spaces around and between words. */
const retyped = fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), spaces, spaces, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }))
  .map(([words, lead, gap, upper]) => ({
    plain: words.join(" "),
    messy: lead + words.map((w, i) => (upper[i] ? w.toUpperCase() : w.toLowerCase())).join(gap) + lead,
  }));

describe("loose keys", () => {
  it("a name retyped with other spacing and case has the same key", () => {
    fc.assert(fc.property(retyped, ({ plain, messy }) => {
      expect(nameKey(messy)).toBe(nameKey(plain));
    }));
  });

  it("ignores titles, punctuation and accents; word order only in the fallback key", () => {
    expect(nameKey("Dr. Achieng' Otieno")).toBe(nameKey("achieng otieno"));
    expect(nameKey("Zéna Wambûi")).toBe("zena wambui");
    expect(nameKey("Otieno Achieng")).not.toBe(nameKey("Achieng Otieno"));
    expect(sortedNameKey("OTIENO, Achieng")).toBe(sortedNameKey("Achieng Otieno"));
    // A name that is only a title keeps it rather than becoming empty.
    expect(nameKey("Dr")).toBe("dr");
  });

  it("a Kenyan mobile typed in any of the usual forms has the same key", () => {
    fc.assert(fc.property(fc.stringMatching(/^[17]\d{8}$/), (nine) => {
      const forms = [`0${nine}`, `+254${nine}`, nine, `254 ${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}`, `0${nine.slice(0, 3)}-${nine.slice(3)}`];
      for (const form of forms) expect(phoneKey(form)).toBe(nine);
    }));
  });

  it("IDs ignore case, spacing, punctuation and leading zeros", () => {
    expect(idKey("MR-01")).toBe(idKey("mr 1"));
    expect(idKey("MR01")).toBe(idKey("Mr-001"));
    expect(idKey("MR-10")).not.toBe(idKey("MR-1"));
    expect(idKey("0012345")).toBe(idKey("12345"));
  });

  it("phase names: numbers, roman numerals and words", () => {
    for (const form of ["Phase 1", "phase-1", "PHASE I", "Phase One", "P1", "1", "phase1", "Phase 01"]) expect(phaseKey(form), form).toBe("1");
    expect(phaseKey("Phase 2")).not.toBe(phaseKey("Phase 1"));
    expect(phaseKey("Cohort A")).toBe("cohort a");
  });

  it("venues: the workplace loosely, or words that mean it", () => {
    const workplace = "Kisumu County Referral Hospital";
    expect(venueIsWorkplace("kisumu county referral hospital", workplace)).toBe(true);
    expect(venueIsWorkplace("HR office, Kisumu County Referral Hospital", workplace)).toBe(true);
    expect(venueIsWorkplace("Referral Hospital, Kisumu", workplace)).toBe(true);
    expect(venueIsWorkplace("Mentee's office", workplace)).toBe(true);
    expect(venueIsWorkplace("mentees workplace", workplace)).toBe(true);
    expect(venueIsWorkplace("Place of work", workplace)).toBe(true);
    expect(venueIsWorkplace("Imperial Hotel", workplace)).toBe(false);
    expect(venueIsWorkplace("Mentor's office", workplace)).toBe(false);
    expect(venueIsWorkplace("Siaya County Referral Hospital", workplace)).toBe(false);
  });
});

describe("thresholds as properties", () => {
  it("a mentor's experience is an error exactly when below the minimum in Settings", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (years, minimum) => {
      const p = cleanProgramme();
      at(p.mentors, 0).yearsExperience = years;
      for (const m of p.mentors.slice(1)) m.yearsExperience = 40;
      const report = validateRegisters(registersOf(p), { settings: { minYearsExperience: minimum } });
      const flagged = report.issues.some((i) => i.rule === "mentor.experience.minimum");
      expect(flagged).toBe(years < minimum);
    }), { numRuns: 60 });
  });

  it("a mentor is over capacity exactly when live pairs outnumber capacity", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (capacity, extra) => {
      const p = cleanProgramme();
      const mentor = at(p.mentors, 2);
      mentor.capacity = capacity;
      // Fatuma Hassan already has one live pair in Phase 2; add `extra` more with new mentees.
      for (let i = 0; i < extra; i++) {
        p.mentees.push({ menteeId: `ME-X${i}`, fullName: `Extra Mentee ${"abcdefgh"[i] ?? i}`, county: "Kilifi", phase: "Phase 2", trainingCompleted: true, releaseApproved: true, needs: ["recruitment"] });
        p.pairs.push({ pairId: `P2-X${i}`, mentorId: "MR-03", menteeId: `ME-X${i}`, phase: "Phase 2", status: "proposed" });
      }
      const over = validateRegisters(registersOf(p)).issues.filter((i) => i.rule === "pair.mentor.capacity").length;
      expect(over).toBe(Math.max(0, 1 + extra - capacity));
    }), { numRuns: 40 });
  });
});
