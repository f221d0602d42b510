import { describe, expect, it } from "vitest";
import { buildPairingProblem, pairPhase, type PairRef, type PairingRunResult } from "../../../src/domain/pairing";
import { makeRegisters, mentee, mentor } from "./fixtures";

function ok(run: PairingRunResult) {
  if (!run.ok) throw new Error(run.errors.map((e) => e.message).join("\n"));
  return run;
}
const pairsOf = (run: PairingRunResult) => ok(run).outcome.suggestions.map((s) => `${s.mentor.id}>${s.mentee.id}`);

describe("the phase and its people", () => {
  it("refuses an unknown phase and lists the known ones", () => {
    const registers = makeRegisters({ mentors: [mentor({ mentorId: "A" }), mentor({ mentorId: "B", phase: "Phase 2" })], mentees: [mentee({ menteeId: "1" })] });
    const built = buildPairingProblem(registers, { phase: "Phase 9" });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors[0]!.code).toBe("unknown-phase");
    expect(built.errors[0]!.knownPhases).toEqual(["Phase 1", "Phase 2"]);
    expect(built.errors[0]!.message).toContain("Known phases: Phase 1, Phase 2");
  });

  it("says what to add when no register names any phase, rather than to choose among none", () => {
    const registers = makeRegisters({ mentors: [mentor({ mentorId: "A", phase: undefined })], mentees: [mentee({ menteeId: "1", phase: undefined })] });
    const built = buildPairingProblem(registers, { phase: "Phase 1" });
    if (built.ok) throw new Error("no phase is named, so Phase 1 cannot be found");
    expect(built.errors[0]!.message).toContain("Known phases: none");
    expect(built.errors[0]!.fix).toContain("Add a Phase column to the Mentors and Mentees sheets");
    expect(built.errors[0]!.fix).not.toContain("Choose one of the known phases");
  });

  it("pairs only within the phase, however the phase is spelt", () => {
    const registers = makeRegisters({
      mentors: [mentor({ mentorId: "A", phase: "Phase 2" }), mentor({ mentorId: "B", phase: "phase one" })],
      mentees: [mentee({ menteeId: "1", phase: "PHASE 1" }), mentee({ menteeId: "2", phase: "Phase 2" })],
    });
    expect(pairsOf(pairPhase(registers, { phase: "P1" }))).toEqual(["B>1"]);
    expect(pairsOf(pairPhase(registers, { phase: "Phase 2" }))).toEqual(["A>2"]);
  });

  it("leaves out mentors who fail the mentor rules unless the user includes them", () => {
    const registers = makeRegisters({
      mentors: [
        mentor({ mentorId: "NOCONF", confidentialityAgreed: false }),
        mentor({ mentorId: "NOIHRM", ihrmNumber: undefined }),
        mentor({ mentorId: "JUNIOR", yearsExperience: 2 }),
      ],
      mentees: [mentee({ menteeId: "1" }), mentee({ menteeId: "2" }), mentee({ menteeId: "3" })],
    });
    const run = ok(pairPhase(registers, { phase: "Phase 1" }));
    expect(run.outcome.suggestions).toEqual([]);
    expect(run.problem.standings.mentors.map((s) => [s.mentor.id, s.status, s.failures.map((f) => f.rule)])).toEqual([
      ["NOCONF", "not-qualified", ["confidentiality"]],
      ["NOIHRM", "not-qualified", ["ihrm-number"]],
      ["JUNIOR", "not-qualified", ["experience"]],
    ]);
    expect(run.problem.standings.mentors[0]!.failures[0]!.message).toBe("has not agreed to confidentiality (Mentors!N2)");
    expect(run.outcome.unmatched.map((u) => u.reason)).toEqual(["no-eligible-mentor", "no-eligible-mentor", "no-eligible-mentor"]);
    expect(run.outcome.unmatched[0]!.message).toContain("all 3 mentors of Phase 1 fail the mentor rules");

    const one = ok(pairPhase(registers, { phase: "Phase 1", includeMentors: ["JUNIOR"] }));
    expect(pairsOf(one)).toEqual(["JUNIOR>1"]);
    expect(one.outcome.suggestions[0]!.reasons.at(-1)).toContain("Included by you although the mentor has 2 years of HR experience");
    expect(pairsOf(pairPhase(registers, { phase: "Phase 1", includeAllMentors: true }))).toHaveLength(3);
  });

  it("uses the minimum years from Settings", () => {
    const registers = makeRegisters({ mentors: [mentor({ mentorId: "A", yearsExperience: 3 })], mentees: [mentee({ menteeId: "1" })], settings: { minYearsExperience: 3 } });
    expect(pairsOf(pairPhase(registers, { phase: "Phase 1" }))).toEqual(["A>1"]);
  });

  it("counts active and proposed pairs against capacity, keeps paired mentees, and frees disengaged ones (not for the same mentor)", () => {
    const registers = makeRegisters({
      mentors: [mentor({ mentorId: "A", capacity: 2 }), mentor({ mentorId: "B", capacity: undefined })],
      mentees: ["1", "2", "3", "4", "5"].map((id) => mentee({ menteeId: id })),
      pairs: [
        { mentorId: "A", menteeId: "1", status: "active" },
        { mentorName: "Mentor B", menteeName: "mentee  2", status: "disengaged" },
        { mentorId: "B", menteeId: "3", status: "completed" },
        { mentorId: "A", menteeId: "4", status: "proposed", phase: "Phase 1" },
      ],
    });
    const run = ok(pairPhase(registers, { phase: "Phase 1", threshold: 0 }));
    expect(run.problem.standings.mentees.map((s) => s.status)).toEqual(["paired", "to-pair", "paired", "paired", "to-pair"]);
    // A: capacity 2, two held; B: Settings default 1, none held (completed and disengaged free the place).
    expect(run.problem.mentorStandings.map((s) => s.room)).toEqual([0, 1]);
    // Mentee 2 left B: B's place is free, but for mentee 5, not for mentee 2 again.
    expect(pairsOf(run)).toEqual(["B>5"]);
    expect(run.outcome.unmatched.map((u) => [u.mentee.id, u.reason])).toEqual([["2", "capacity-exhausted"]]);
    expect(run.outcome.unmatched[0]!.message).toMatch(/Mentor A \(A\), scoring \d+(\.\d+)?, is full with 2 recorded pairs/);
  });

  it("never pairs a mentee again with the mentor they disengaged from in the phase, and says so", () => {
    const registers = makeRegisters({
      mentors: [mentor({ mentorId: "LEFT", skills: ["recruitment"] }), mentor({ mentorId: "NEXT", skills: ["recruitment"], county: "Siaya" })],
      mentees: [mentee({ menteeId: "1", needs: ["recruitment"] }), mentee({ menteeId: "2", needs: ["recruitment"] })],
      pairs: [
        { mentorId: "LEFT", menteeId: "1", status: "disengaged", disengagedOn: "2017-02-20", phase: "Phase 1" },
        // A disengagement in another phase does not stop a new pairing in this one.
        { mentorId: "NEXT", menteeId: "2", status: "disengaged", phase: "Phase 0" },
      ],
    });
    const run = ok(pairPhase(registers, { phase: "Phase 1", threshold: 0 }));
    expect(pairsOf(run)).toEqual(["NEXT>1", "LEFT>2"]);
    expect(run.problem.constraints).toContain("Never proposed again: Mentor LEFT (LEFT) with Mentee 1 (1), who disengaged from this mentor on 20 Feb 2017 (Pairs row 2).");
    expect(run.outcome.suggestions[0]!.reasons.at(-1)).toBe("Not Mentor LEFT (LEFT): the mentee disengaged from this mentor on 20 Feb 2017 (Pairs row 2).");

    // A lock on that combination cannot be kept; with no other mentor the mentee stays unmatched, and why.
    const built = buildPairingProblem(registers, { phase: "Phase 1", locks: [{ mentor: "LEFT", mentee: "1" }] });
    expect(built.ok ? [] : built.errors.map((e) => e.message)).toEqual([
      "The locked pair Mentor LEFT (LEFT) with Mentee 1 (1) cannot be kept: Mentee 1 (1) disengaged from this mentor on 20 Feb 2017 (Pairs row 2).",
    ]);
    const alone = makeRegisters({ mentors: [mentor({ mentorId: "LEFT" })], mentees: [mentee({ menteeId: "1" })], pairs: [{ mentorId: "LEFT", menteeId: "1", status: "disengaged" }] });
    const unmatched = ok(pairPhase(alone, { phase: "Phase 1", threshold: 0 })).outcome.unmatched[0]!;
    expect(unmatched.reason).toBe("everyone-excluded");
    expect(unmatched.message).toBe("Everyone is excluded for Mentee 1 (1): 1 mentor the mentee disengaged from in this phase.");
  });

  it("never proposes a conflict of interest or an excluded pair, however good its score", () => {
    const registers = makeRegisters({
      mentors: [
        mentor({ mentorId: "SAME", organisation: "Kisumu County Government", skills: ["recruitment"], sector: "Faith-based" }),
        mentor({ mentorId: "GOOD", skills: ["recruitment"] }),
        mentor({ mentorId: "FAR", county: "Mombasa", sector: "Public", skills: [] }),
      ],
      mentees: [mentee({ menteeId: "1", needs: ["recruitment"] })],
    });
    expect(pairsOf(pairPhase(registers, { phase: "Phase 1", threshold: 0 }))).toEqual(["GOOD>1"]);
    const excluded = ok(pairPhase(registers, { phase: "Phase 1", threshold: 0, exclusions: [{ mentor: "GOOD", mentee: "1" }] }));
    expect(pairsOf(excluded)).toEqual(["FAR>1"]);
    const none = ok(pairPhase(registers, { phase: "Phase 1", exclusions: [{ mentor: "id:good", mentee: "Mentee 1" }, { mentor: "FAR", mentee: "1" }] }));
    expect(none.outcome.unmatched[0]).toMatchObject({ reason: "everyone-excluded" });
    expect(none.outcome.unmatched[0]!.message).toBe("Everyone is excluded for Mentee 1 (1): 2 pairs excluded by you and 1 mentor from the mentee's own organisation (conflict of interest).");
    expect(none.problem.constraints).toContain("1 pair never proposed: same organisation (conflict of interest).");
  });

  it("keeps locked pairs even when the solver would choose otherwise", () => {
    const registers = makeRegisters({
      mentors: [mentor({ mentorId: "BEST", skills: ["recruitment"] }), mentor({ mentorId: "OTHER", county: "Mombasa" })],
      mentees: [mentee({ menteeId: "1", needs: ["recruitment"] })],
    });
    expect(pairsOf(pairPhase(registers, { phase: "Phase 1", threshold: 0 }))).toEqual(["BEST>1"]);
    const locked = ok(pairPhase(registers, { phase: "Phase 1", threshold: 50, locks: [{ mentor: "OTHER", mentee: "1" }] }));
    expect(pairsOf(locked)).toEqual(["OTHER>1"]);
    expect(locked.outcome.suggestions[0]!.locked).toBe(true);
    expect(locked.outcome.suggestions[0]!.reasons).toContain("Locked by you.");
  });

  it("says which lock cannot be kept and why", () => {
    const registers = makeRegisters({
      mentors: [mentor({ mentorId: "A" }), mentor({ mentorId: "SAME", organisation: "Kisumu County Government" }), mentor({ mentorId: "NO", confidentialityAgreed: false })],
      mentees: [mentee({ menteeId: "1" }), mentee({ menteeId: "2" })],
      pairs: [{ mentorId: "A", menteeId: "2", status: "active" }],
    });
    const errorsFor = (locks: PairRef[]) => {
      const built = buildPairingProblem(registers, { phase: "Phase 1", locks });
      return built.ok ? [] : built.errors.map((e) => e.message);
    };
    expect(errorsFor([{ mentor: "SAME", mentee: "1" }])[0]).toContain("same organisation");
    expect(errorsFor([{ mentor: "NO", mentee: "1" }])[0]).toContain("the mentor has not agreed to confidentiality");
    expect(errorsFor([{ mentor: "SAME", mentee: "2" }])[0]).toContain("already has a pair in the Pairs register");
    expect(errorsFor([{ mentor: "ZZ", mentee: "1" }])[0]).toContain("names someone who is not in Phase 1");
    expect(errorsFor([{ mentor: "A", mentee: "1" }])).toEqual(["Mentor A (A) has 1 locked pairs but room for 0 (capacity 1, 1 already held)."]);
    expect(errorsFor([{ mentor: "A", mentee: "1" }, { mentor: "A", mentee: "Mentee 1", from: "row 3 of the Pairing choices sheet" }])).toEqual([
      "Mentor A (A) has 1 locked pairs but room for 0 (capacity 1, 1 already held).",
    ]);
    // A lock and an exclusion of the same pair: the message says where the exclusion is kept.
    const both = buildPairingProblem(makeRegisters({ mentors: [mentor({ mentorId: "B" })], mentees: [mentee({ menteeId: "1" })] }), {
      phase: "Phase 1",
      locks: [{ mentor: "B", mentee: "1" }],
      exclusions: [{ mentor: "B", mentee: "1", from: "row 4 of the Pairing choices sheet" }],
    });
    expect(both.ok ? undefined : both.errors[0]).toEqual({
      code: "lock-not-allowed",
      message: "The locked pair Mentor B (B) with Mentee 1 (1) cannot be kept: the same pair is also excluded (row 4 of the Pairing choices sheet).",
      fix: "Remove the lock.",
    });
  });

  it("keeps a lock whose pair is already in the Pairs register there, without an error", () => {
    const registers = makeRegisters({
      mentors: [mentor({ mentorId: "A", capacity: 2 })],
      mentees: [mentee({ menteeId: "1" }), mentee({ menteeId: "2" })],
      pairs: [{ mentorId: "A", menteeId: "2", status: "proposed" }],
    });
    const run = ok(pairPhase(registers, { phase: "Phase 1", threshold: 0, locks: [{ mentor: "A", mentee: "2" }] }));
    expect(pairsOf(run)).toEqual(["A>1"]);
    expect(run.problem.locksRecorded).toEqual([{ mentor: "A", mentee: "2" }]);
    expect(run.problem.constraints).toContain("1 locked pair already in the Pairs register, so kept there.");
    expect(run.problem.constraints.some((c) => c.includes("locked by you"))).toBe(false);
  });

  it("refuses an exclusion given with the run that names nobody in the phase (a typo), but only notes a kept one", () => {
    const registers = makeRegisters({ mentors: [mentor({ mentorId: "A" })], mentees: [mentee({ menteeId: "1" })] });
    const typo = buildPairingProblem(registers, { phase: "Phase 1", exclusions: [{ mentor: "A", mentee: "Mentee 11" }] });
    expect(typo.ok ? [] : typo.errors).toEqual([
      {
        code: "choice-unknown",
        message: "The excluded pair Mentor A (A) with Mentee 11 names someone who is not in Phase 1.",
        fix: "Check the spelling against the Mentors and Mentees registers (an ID or the full name), or remove the exclusion.",
      },
    ]);
    const kept = ok(pairPhase(registers, { phase: "Phase 1", exclusions: [{ mentor: "A", mentee: "Mentee 11", from: "row 2 of the Pairing choices sheet" }] }));
    expect(pairsOf(kept)).toEqual(["A>1"]);
    expect(kept.problem.constraints).toContain("1 excluded pair no longer applies (the mentee is paired, the mentor is not proposable, or someone named is not in Phase 1).");
  });

  it("pairs a person entered twice once", () => {
    const registers = makeRegisters({
      mentors: [mentor({ mentorId: "A", capacity: 1 }), mentor({ mentorId: "", fullName: "MENTOR  A", capacity: 1 })],
      mentees: [mentee({ menteeId: "1" }), mentee({ menteeId: "2" })],
    });
    const run = ok(pairPhase(registers, { phase: "Phase 1" }));
    expect(pairsOf(run)).toEqual(["A>1"]);
    expect(run.problem.standings.notes).toEqual(["Row 3 of Mentors repeats the mentor MENTOR  A; the earlier row is used."]);
  });

  it("leaves a mentee unmatched below the threshold and says so", () => {
    const registers = makeRegisters({
      mentors: [mentor({ mentorId: "A", county: "Mombasa", sector: "Public", skills: ["recruitment"], availability: ["Fridays 2-5pm"] })],
      mentees: [mentee({ menteeId: "1", needs: ["disciplinary"] })],
    });
    const run = ok(pairPhase(registers, { phase: "Phase 1", threshold: 30 }));
    expect(run.outcome.unmatched[0]!.reason).toBe("below-threshold");
    expect(run.outcome.unmatched[0]!.message).toBe(
      "Every possible mentor for Mentee 1 (1) scores below the threshold of 30; the best, Mentor A (A), scores 1. Lower the threshold to pair them anyway, or leave them for the matching workshop.",
    );
    expect(pairsOf(pairPhase(registers, { phase: "Phase 1", threshold: 0 }))).toEqual(["A>1"]);
  });

  it("maximises coverage first, or the total score, as asked", () => {
    // Mentee 1 suits both mentors well; mentee 2 only fits A, weakly. One place each.
    const registers = makeRegisters({
      mentors: [mentor({ mentorId: "A", skills: ["recruitment"] }), mentor({ mentorId: "B", skills: ["recruitment"], county: "Mombasa", sector: "Public" })],
      mentees: [mentee({ menteeId: "1", needs: ["recruitment"] }), mentee({ menteeId: "2", needs: ["hr-planning"], county: "Homa Bay" })],
    });
    const coverage = ok(pairPhase(registers, { phase: "Phase 1", threshold: 20, objective: "coverage-then-score" }));
    expect(pairsOf(coverage)).toEqual(["B>1", "A>2"]);
    const score = ok(pairPhase(registers, { phase: "Phase 1", threshold: 20, objective: "score" }));
    expect(pairsOf(score)).toEqual(["A>1"]);
    expect(score.outcome.total).toBeGreaterThan(0);
  });

  it("names the next best mentor and the score given up", () => {
    const registers = makeRegisters({
      mentors: [mentor({ mentorId: "A", skills: ["recruitment"] }), mentor({ mentorId: "B", skills: [], availability: ["Tue"] })],
      mentees: [mentee({ menteeId: "1", needs: ["recruitment"] })],
    });
    const s = ok(pairPhase(registers, { phase: "Phase 1", threshold: 0 })).outcome.suggestions[0]!;
    expect(s.alternative).toMatchObject({ mentor: { id: "B" }, hasRoom: true });
    expect(s.alternative!.scoreGivenUp).toBeCloseTo(s.score - s.alternative!.score, 5);
    expect(s.alternativeText).toBe(`Next best with room: Mentor B (B), ${s.alternative!.score} (${s.alternative!.scoreGivenUp} points lower).`);
  });

  it("gives the same pairs for the same input, run after run", () => {
    const registers = makeRegisters({
      mentors: ["A", "B", "C"].map((id) => mentor({ mentorId: id })),
      mentees: ["1", "2", "3", "4"].map((id) => mentee({ menteeId: id })),
    });
    const a = JSON.stringify(ok(pairPhase(registers, { phase: "Phase 1" })).outcome);
    const b = JSON.stringify(ok(pairPhase(registers, { phase: "Phase 1" })).outcome);
    expect(a).toBe(b);
    expect(pairsOf(pairPhase(registers, { phase: "Phase 1" }))).toEqual(["A>1", "B>2", "C>3"]);
  });
});
