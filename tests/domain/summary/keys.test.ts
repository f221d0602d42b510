import { describe, expect, it } from "vitest";
import { computePhaseMetrics } from "../../../src/domain/summary";
import { compareText, idKey, nameKey, phaseKey, ratio, round, sortByText } from "../../../src/domain/summary/keys";
import { phaseKey as validationPhaseKey } from "../../../src/domain/validation/keys";
import { smallProgramme } from "./fixtures";

describe("matching keys", () => {
  it("matches names whatever the case, spacing, punctuation or accents", () => {
    expect(nameKey("  Achieng   OTIENO ")).toBe("achieng otieno");
    expect(nameKey("Dr. Jane  Doe")).toBe(nameKey("dr jane doe"));
    expect(nameKey("Murang’a Wanjikũ")).toBe(nameKey("murang'a wanjiku"));
    expect(nameKey("Achieng Otieno")).not.toBe(nameKey("Achieng Otiende"));
  });

  it("matches ids whatever the separators", () => {
    expect(idKey("MR-01")).toBe("mr01");
    expect(idKey("mr 01")).toBe("mr01");
    expect(idKey("MR-01")).not.toBe(idKey("MR-10"));
  });

  it("matches phases with or without the word phase", () => {
    expect(phaseKey("Phase 1")).toBe("1");
    expect(phaseKey("PHASE-1")).toBe("1");
    expect(phaseKey("1")).toBe("1");
    expect(phaseKey("Pilot")).toBe("pilot");
    expect(phaseKey("Phase")).toBe("phase");
    expect(phaseKey("Phase 1")).not.toBe(phaseKey("Phase 2"));
  });

  it("orders names case-insensitively, then by exact text, the same way everywhere", () => {
    expect(["beta", "Alpha", "alpha", "Gamma"].sort(compareText)).toEqual(["Alpha", "alpha", "beta", "Gamma"]);
    const pairs = [
      { mentor: "b", mentee: "x" },
      { mentor: "A", mentee: "z" },
      { mentor: "a", mentee: "y" },
      { mentor: "A", mentee: "y" },
    ];
    // Each text in turn, like compareText(mentor) || compareText(mentee).
    expect(sortByText(pairs, (p) => p.mentor, (p) => p.mentee)).toEqual([
      { mentor: "A", mentee: "y" },
      { mentor: "A", mentee: "z" },
      { mentor: "a", mentee: "y" },
      { mentor: "b", mentee: "x" },
    ]);
    const chained = [...pairs].sort((a, b) => compareText(a.mentor, b.mentor) || compareText(a.mentee, b.mentee));
    expect(sortByText(pairs, (p) => p.mentor, (p) => p.mentee)).toEqual(chained);
  });

  it("rounds half up, including binary near-misses, and gives null ratios for nothing to divide", () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(1.2777, 2)).toBe(1.28);
    expect(round(0.1 + 0.2, 2)).toBe(0.3);
    expect(ratio(6, 7)).toBe(0.8571);
    expect(ratio(1, 0)).toBeNull();
  });
});

describe("phases typed another way in the other registers", () => {
  /** The small programme with its phase 2 rows naming the phase as officers also write it. */
  function phaseTwoTypedAs(mentee: string, pair: string): ReturnType<typeof smallProgramme> {
    const registers = smallProgramme();
    const rename = (row: { values: { phase?: string } } | undefined, to: string) => {
      if (!row || row.values.phase !== "Phase 2") throw new Error("fixture row is in Phase 2");
      row.values.phase = to;
    };
    rename(registers.mentees?.rows.find((r) => r.values.menteeId === "ME-07"), mentee);
    rename(registers.pairs?.rows.find((r) => r.values.pairId === "P2-01"), pair);
    return registers;
  }

  it("counts them in the phase validation and pairing say they are in (Phase II, phase two, P2)", () => {
    const expected = computePhaseMetrics(smallProgramme(), "Phase 2");
    expect(expected.mentees).toBe(1);
    expect(expected.sessions.held).toBe(7);
    for (const [mentee, pair] of [["Phase II", "P2"], ["phase two", "Phase-2"], ["2", "PHASE II"]] as const) {
      const metrics = computePhaseMetrics(phaseTwoTypedAs(mentee, pair), "Phase 2");
      expect(metrics, `${mentee} / ${pair}`).toEqual(expected);
      expect(phaseKey(mentee)).toBe(validationPhaseKey(mentee));
    }
  });

  it("finds the phase asked for however it is typed, as the pair command does", () => {
    for (const asked of ["Phase II", "phase two", "P2"]) expect(computePhaseMetrics(smallProgramme(), asked).phase).toBe("Phase 2");
  });
});
