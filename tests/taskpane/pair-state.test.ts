import { describe, expect, it } from "vitest";
import type { PairSuggestion } from "../../src/domain/pairing";
import { decide, exclude, isLocked, NO_CHOICES, toggleLock, toWrite } from "../../src/taskpane/screens/pair/pair-state";

const suggestion = (mentor: string, mentee: string) => ({ mentor: { id: mentor, name: mentor, key: `id:${mentor}` }, mentee: { id: mentee, name: mentee, key: `id:${mentee}` } }) as PairSuggestion;
const a = suggestion("m1", "e1");
const b = suggestion("m2", "e2");
const a2 = suggestion("m2", "e1");

describe("the Pair screen's choices", () => {
  it("locks one mentor per mentee and unlocks on a second press", () => {
    let c = toggleLock(NO_CHOICES, a);
    expect(isLocked(c, a)).toBe(true);
    c = toggleLock(c, a2);
    expect(c.locks).toEqual([{ mentor: "id:m2", mentee: "id:e1" }]);
    c = toggleLock(c, a2);
    expect(c.locks).toEqual([]);
  });

  it("excluding drops the pair's lock and decision and is kept once", () => {
    let c = decide(toggleLock(NO_CHOICES, a), a, "accept");
    c = exclude(exclude(c, a), a);
    expect(c).toEqual({ locks: [], exclusions: [{ mentor: "id:m1", mentee: "id:e1" }], decisions: {} });
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
