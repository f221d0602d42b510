import { describe, expect, it } from "vitest";
import {
  conflictsOfInterest,
  DEFAULT_WEIGHTS,
  PairingWeightsSchema,
  menteeProfile,
  mentorProfile,
  pairScore,
  pointScale,
  readAvailability,
  sameOrganisation,
  scoreAllPairs,
  scoreBreakdown,
} from "../../../src/domain/pairing";
import { mentee, mentor, registerRows } from "./fixtures";
import type { Mentee, Mentor } from "../../../src/domain/registers";

const scale = pointScale(DEFAULT_WEIGHTS);
const aMentor = (fields: Partial<Mentor> = {}) => mentorProfile(registerRows<Mentor>("mentors", "Mentors", [mentor({ mentorId: "MR-1", ...fields })]).rows[0]!, 0);
const aMentee = (fields: Partial<Mentee> = {}) => menteeProfile(registerRows<Mentee>("mentees", "Mentees", [mentee({ menteeId: "ME-1", ...fields })]).rows[0]!, 0);

describe("pair score", () => {
  it("is 100 for a perfect pair and adds up from its parts", () => {
    const m = aMentor({ skills: ["disciplinary", "recruitment"], county: "Kisumu", sector: "Faith-based", availability: ["Any weekday"] });
    const e = aMentee({ needs: ["disciplinary", "recruitment"], county: "Kisumu" });
    const b = scoreBreakdown(m, e, scale);
    expect(b.score).toBe(100);
    expect(b.parts.map((p) => p.points)).toEqual([50, 25, 10, 15]);
    expect(pairScore(m, e, scale)).toBe(100);
  });

  it("counts the first need most: covering need 1 of 2 gives 2/3 of the needs points, need 2 gives 1/3", () => {
    const e = aMentee({ needs: ["disciplinary", "recruitment"] });
    const first = scoreBreakdown(aMentor({ skills: ["disciplinary"] }), e, scale).parts[0]!;
    const second = scoreBreakdown(aMentor({ skills: ["recruitment"] }), e, scale).parts[0]!;
    expect(first.points).toBeCloseTo(33.33, 2);
    expect(second.points).toBeCloseTo(16.67, 2);
    expect(first.detail).toBe("covers Disciplinary procedures (1st need); not Recruitment (2nd need)");
  });

  it("scores travel: same county over a neighbouring county over far", () => {
    const e = aMentee({ county: "Homa Bay" });
    const travel = (county: Mentor["county"]) => scoreBreakdown(aMentor({ county }), e, scale).parts[1]!;
    expect(travel("Homa Bay").points).toBe(25);
    expect(travel("Kisumu").points).toBe(12.5);
    expect(travel("Kisumu").detail).toBe("neighbouring county (Kisumu borders Homa Bay)");
    expect(travel("Mombasa").points).toBe(0);
  });

  it("treats what is not recorded as neutral (halfway), not as zero", () => {
    const e = aMentee({ county: undefined, needs: undefined });
    const parts = scoreBreakdown(aMentor({ sector: undefined, availability: undefined }), e, scale).parts;
    expect(parts.map((p) => p.value)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(parts.every((p) => p.detail.includes("counted as halfway"))).toBe(true);
  });

  it("prefers a private or faith-based mentor for a public-service mentee", () => {
    const e = aMentee();
    expect(pairScore(aMentor({ sector: "Private" }), e, scale)).toBeGreaterThan(pairScore(aMentor({ sector: "Public" }), e, scale));
    expect(pairScore(aMentor({ sector: "Faith-based" }), e, scale)).toBe(pairScore(aMentor({ sector: "Private" }), e, scale));
  });

  it("scores availability by the mentor's weekday half-days, or the overlap when the mentee's is recorded", () => {
    const e = aMentee();
    expect(scoreBreakdown(aMentor({ availability: ["Tue", "Thu"] }), e, scale).parts[2]!.value).toBeCloseTo(0.4);
    expect(scoreBreakdown(aMentor({ availability: ["Fridays 2-5pm"] }), e, scale).parts[2]!.value).toBeCloseTo(0.1);
    const withDays = { ...e, availability: readAvailability(["Tue mornings", "Wed"]) };
    const part = scoreBreakdown(aMentor({ availability: ["Tue"] }), withDays, scale).parts[2]!;
    expect(part.value).toBeCloseTo(1 / 3);
    expect(part.detail).toBe("both free Tue am");
  });

  it("keeps the score 0..100 whatever the weights sum to, and refuses all-zero weights", () => {
    const e = aMentee({ needs: ["disciplinary"] });
    const m = aMentor({ skills: ["disciplinary"], sector: "Public", county: "Mombasa" });
    const needsOnly = pointScale(PairingWeightsSchema.parse({ needs: 7, travel: 0, availability: 0, sector: 0 }));
    expect(pairScore(m, e, needsOnly)).toBe(100);
    const doubled = pointScale(PairingWeightsSchema.parse({ needs: 100, travel: 50, availability: 20, sector: 30 }));
    expect(pairScore(m, e, doubled)).toBe(pairScore(m, e, scale));
    expect(PairingWeightsSchema.safeParse({ needs: 0, travel: 0, availability: 0, sector: 0 }).success).toBe(false);
  });
});

describe("conflict of interest", () => {
  it("finds the same organisation written another way, or named inside the mentee's workplace", () => {
    const e = aMentee({ organisation: "Upendo Mission Hospital Ltd", workplace: "HR office, Kisumu" });
    expect(sameOrganisation(aMentor({ organisation: "upendo  mission hospital" }), e)).toBeDefined();
    const w = aMentee({ organisation: "Kisumu County Government", workplace: "HR office, Upendo Mission Hospital" });
    expect(sameOrganisation(aMentor({ organisation: "Upendo Mission Hospital" }), w)).toBeDefined();
    expect(sameOrganisation(aMentor({ organisation: "Upendo Bank" }), w)).toBeUndefined();
    expect(sameOrganisation(aMentor({ organisation: undefined }), w)).toBeUndefined();
  });
});

describe("scoring every pair at once", () => {
  it("gives the same scores and conflicts as the pair-by-pair functions", () => {
    const mentors = registerRows<Mentor>("mentors", "Mentors", [
      mentor({ mentorId: "A", organisation: "Upendo Mission Hospital", sector: "Faith-based", skills: ["recruitment", "disciplinary"] }),
      mentor({ mentorId: "B", organisation: "Kisumu County Government", county: "Homa Bay", availability: ["Tue"] }),
      mentor({ mentorId: "C", organisation: "Lake", sector: undefined, county: undefined, availability: undefined, skills: [] }),
    ]).rows.map((row, j) => mentorProfile(row, j));
    const mentees = registerRows<Mentee>("mentees", "Mentees", [
      mentee({ menteeId: "1", workplace: "HR office, Upendo Mission Hospital", needs: ["disciplinary", "recruitment"] }),
      mentee({ menteeId: "2", county: "Siaya", needs: [] }),
      mentee({ menteeId: "3", organisation: "Lake Ltd", county: "Mombasa" }),
    ]).rows.map((row, i) => menteeProfile(row, i));
    const conflicts = conflictsOfInterest(mentors, mentees);
    const out = new Float64Array(9);
    scoreAllPairs(mentors, mentees, scale, out, new Uint8Array(9));
    mentees.forEach((e, i) =>
      mentors.forEach((m, j) => {
        expect(conflicts[i * 3 + j], `${e.id}/${m.id}`).toBe(sameOrganisation(m, e) === undefined ? 0 : 1);
        expect(out[i * 3 + j], `${e.id}/${m.id}`).toBe(pairScore(m, e, scale));
      }),
    );
    expect([...conflicts]).toEqual([1, 1, 0, 0, 1, 0, 0, 0, 1]);
  });
});
