import { describe, expect, it } from "vitest";
import { nationalRegisters, NATIONAL_SCALE, runValidationBench, type BenchScale } from "../../../bench/validation.bench";
import { validateRegisters } from "../../../src/domain/validation";

function scaled(factor: number): BenchScale {
  const s = NATIONAL_SCALE;
  return {
    phases: s.phases,
    mentors: Math.round(s.mentors * factor),
    mentees: Math.round(s.mentees * factor),
    pairs: Math.round(s.pairs * factor),
    sessions: Math.round(s.sessions * factor),
    goals: Math.round(s.goals * factor),
    evaluations: Math.round(s.evaluations * factor),
  };
}

function fastest(scale: BenchScale): number {
  const registers = nationalRegisters(scale);
  validateRegisters(registers);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    validateRegisters(registers);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe("validation at scale", () => {
  it("the bench's registers carry only the mistakes it plants", () => {
    const report = validateRegisters(nationalRegisters(scaled(0.1)));
    const rules = new Set(report.issues.map((i) => i.rule));
    // Planted: short experience, missing IHRM numbers, untrained mentees, renamed mentees that
    // pairs still name, an off-site venue, short sessions, unknown pair IDs, a missing notice, phones to tidy.
    expect([...rules].sort()).toEqual([
      "field.normalised",
      "mentee.training.incomplete",
      "mentor.experience.minimum",
      "mentor.ihrm.missing",
      "pair.disengagement.notifications",
      "reference.mentee.unknown",
      "reference.pair.unknown",
      "session.hours.length",
      "session.venue.workplace",
    ]);
  });

  it("reports figures for the README", () => {
    const r = runValidationBench({ scale: scaled(0.02), runs: 1 });
    expect(r.rows).toBe(Object.values(r.scale).reduce((a, b) => a + b, 0));
    expect(r.rowsPerSecond).toBeGreaterThan(0);
    expect(r.errors + r.warnings).toBe(r.issues);
  });

  it("grows linearly: eight times the rows take far less than 64 times as long", () => {
    const small = fastest(scaled(0.025));
    const large = fastest(scaled(0.2));
    // Linear work gives about 8x; a quadratic scan would give about 64x. The bound leaves room
    // for a noisy machine without letting an O(n^2) slip through.
    expect(large / Math.max(small, 1)).toBeLessThan(25);
  });
});
