// What the Pair screen remembers between runs, as plain functions so it is tested without
// React: the officer's locks and exclusions (kept for the next run), and a decision per
// suggestion (accept or reject) until the accepted ones are written.
import type { PairRef, PairSuggestion } from "../../../domain/pairing";

export type Decision = "accept" | "reject";

export interface PairChoices {
  locks: PairRef[];
  exclusions: PairRef[];
  /** By mentee key. */
  decisions: Record<string, Decision>;
}

export const NO_CHOICES: PairChoices = { locks: [], exclusions: [], decisions: {} };

const same = (a: PairRef, b: PairRef) => a.mentor === b.mentor && a.mentee === b.mentee;

export function refOf(s: PairSuggestion): PairRef {
  return { mentor: s.mentor.key, mentee: s.mentee.key };
}

export function isLocked(choices: PairChoices, s: PairSuggestion): boolean {
  return choices.locks.some((l) => same(l, refOf(s)));
}

/** Locks the pair (one lock per mentee), or unlocks it. */
export function toggleLock(choices: PairChoices, s: PairSuggestion): PairChoices {
  const ref = refOf(s);
  if (isLocked(choices, s)) return { ...choices, locks: choices.locks.filter((l) => !same(l, ref)) };
  return { ...choices, locks: [...choices.locks.filter((l) => l.mentee !== ref.mentee), ref] };
}

/** Never propose this pair again (its lock and decision go). */
export function exclude(choices: PairChoices, s: PairSuggestion): PairChoices {
  const ref = refOf(s);
  const decisions = { ...choices.decisions };
  delete decisions[ref.mentee];
  return {
    locks: choices.locks.filter((l) => !same(l, ref)),
    exclusions: choices.exclusions.some((x) => same(x, ref)) ? choices.exclusions : [...choices.exclusions, ref],
    decisions,
  };
}

export function removeExclusion(choices: PairChoices, ref: PairRef): PairChoices {
  return { ...choices, exclusions: choices.exclusions.filter((x) => !same(x, ref)) };
}

/** Sets the decision, or clears it when the same one is chosen again. */
export function decide(choices: PairChoices, s: PairSuggestion, decision: Decision): PairChoices {
  const decisions = { ...choices.decisions };
  if (decisions[s.mentee.key] === decision) delete decisions[s.mentee.key];
  else decisions[s.mentee.key] = decision;
  return { ...choices, decisions };
}

/** The suggestions to write: the accepted ones, or with `all`, every one not rejected. */
export function toWrite(suggestions: readonly PairSuggestion[], choices: PairChoices, all: boolean): PairSuggestion[] {
  return suggestions.filter((s) => (all ? choices.decisions[s.mentee.key] !== "reject" : choices.decisions[s.mentee.key] === "accept"));
}
