import { describe, expect, it } from "vitest";
import type { ChoiceInForce, PairingChoice, PairSuggestion } from "../../src/domain/pairing";
import {
  afterRun,
  decide,
  exclude,
  isLocked,
  lockState,
  NO_CHOICES,
  removePending,
  requestChoices,
  shownChoices,
  toggleLock,
  toWrite,
  withoutKept,
  type PairChoices,
} from "../../src/taskpane/screens/pair/pair-state";

const person = (id: string) => ({ id, name: `Name ${id}`, key: `id:${id}` });
const suggestion = (mentor: string, mentee: string) => ({ mentor: person(mentor), mentee: person(mentee), score: 50 }) as PairSuggestion;
const a = suggestion("m1", "e1");
const b = suggestion("m2", "e2");
const a2 = suggestion("m2", "e1");
const P2 = "Phase 2";

// A lock the workbook keeps (row 4 of the Pairing choices sheet), as the last run used it.
const keptLock: PairingChoice = { phase: "Phase 2", choice: "lock", mentor: { id: "m1", name: "Name m1" }, mentee: { id: "e1", name: "Name e1" }, note: "agreed", setAt: "2017-02-01 08:30 UTC", row: 4 };
const inForce: ChoiceInForce = { choice: "lock", mentor: person("m1"), mentee: person("e1"), from: "row 4 of the Pairing choices sheet", note: "agreed" };
const withKept: PairChoices = { ...NO_CHOICES, kept: [keptLock], inForce: [inForce] };

describe("the Pair screen's choices", () => {
  it("locks one mentor per mentee here, and unlocks on a second press, without touching the workbook", () => {
    let c = toggleLock(NO_CHOICES, a, P2);
    expect(c.removeKept).toEqual([]);
    expect(isLocked(c.next, a)).toBe(true);
    c = toggleLock(c.next, a2, P2);
    expect(c.next.pending.map((p) => [p.mentor.key, p.mentee.key, p.choice])).toEqual([["id:m2", "id:e1", "lock"]]);
    c = toggleLock(c.next, a2, P2);
    expect(c.next.pending).toEqual([]);
  });

  it("unlocking a lock the workbook keeps asks to remove that row, and forgets it once removed", () => {
    expect(lockState(withKept, a)).toBe("kept");
    const change = toggleLock(withKept, a, P2);
    expect(change.removeKept).toEqual([keptLock]);
    const after = withoutKept(change.next, change.removeKept, P2);
    expect(after.kept).toEqual([]);
    expect(after.inForce).toEqual([]);
    expect(isLocked(after, a)).toBe(false);
  });

  it("excluding drops the pair's lock (here or in the workbook) and its decision", () => {
    const here = exclude(decide(toggleLock(NO_CHOICES, a, P2).next, a, "accept"), a, P2);
    expect(here.removeKept).toEqual([]);
    expect(here.next.pending.map((p) => p.choice)).toEqual(["exclude"]);
    expect(here.next.decisions).toEqual({});
    expect(exclude(withKept, a, P2).removeKept).toEqual([keptLock]);
  });

  it("sends only this phase's new choices with the run, with a note, and clears them once the run saved them", () => {
    let c = toggleLock(NO_CHOICES, a, P2).next;
    c = exclude(c, b, P2).next;
    c = exclude(c, a2, "Phase 1").next;
    expect(requestChoices(c, "phase 2")).toEqual({
      locks: [{ mentor: "id:m1", mentee: "id:e1", note: "Locked in the task pane (score 50)" }],
      exclusions: [{ mentor: "id:m2", mentee: "id:e2", note: "Excluded in the task pane (score 50)" }],
    });
    const after = afterRun(c, { kept: [keptLock], choices: [inForce] }, P2);
    expect(after.pending.map((p) => p.phase)).toEqual(["Phase 1"]);
    expect(after.kept).toEqual([keptLock]);
    expect(lockState(after, a)).toBe("kept");
  });

  it("lists the phase's kept choices with where they are, then those chosen here, each removable", () => {
    const c = toggleLock({ ...withKept, inForce: [] }, b, P2).next;
    const shown = shownChoices(c, "PHASE 2");
    expect(shown.map((s) => [s.text, s.where])).toEqual([
      ["Lock: Name m1 (m1) with Name e1 (e1)", "Pairing choices sheet, row 4, set 2017-02-01 08:30 UTC"],
      ["Lock: Name m2 (m2) with Name e2 (e2)", "Chosen here: saved to the workbook with the next run"],
    ]);
    expect(shown[0]!.kept).toBe(keptLock);
    expect(shownChoices(c, "Phase 1")).toEqual([]);
    expect(removePending(c, shown[1]!.pending!).pending).toEqual([]);
  });

  it("writes the accepted pairs, or every pair not rejected", () => {
    let c = decide(NO_CHOICES, a, "accept");
    c = decide(c, b, "reject");
    expect(toWrite([a, b], c, false)).toEqual([a]);
    expect(toWrite([a, b], c, true)).toEqual([a]);
    c = decide(c, b, "reject");
    expect(toWrite([a, b], c, true)).toEqual([a, b]);
  });
});
