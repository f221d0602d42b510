/**
 * What a pairing run tells the user: each suggested pair with its score, the reasons in words
 * and the mentee's next best option (the score given up), and each mentee left unmatched with
 * the reason in plain words. Reads the problem and the solver's result; pure.
 */
import { describeMentee, nextBestAlternative, type AssignmentResult } from "./solver";
import { BLOCK, disengagementWords } from "./blocks";
import type { PairingProblem } from "./problem";
import { personLabel, type MenteeProfile, type MentorProfile, type PersonName } from "./people";
import { roundScore, scoreBreakdown, type ScoreBreakdown } from "./score/score";

export interface PersonOut extends PersonName {
  /** Person key, for locks and exclusions. */
  key: string;
}

export interface Alternative {
  mentor: PersonOut;
  score: number;
  /** This pair's score minus the alternative's: what choosing the alternative would give up. */
  scoreGivenUp: number;
  /** True when the alternative mentor still has room; false when it is full (its mentees named in `holders`). */
  hasRoom: boolean;
  holders: PersonOut[];
}

export interface PairSuggestion {
  mentor: PersonOut;
  mentee: PersonOut;
  score: number;
  locked: boolean;
  breakdown: ScoreBreakdown;
  /** One line per score part, plus "Locked by you." for a locked pair. */
  reasons: string[];
  alternative: Alternative | null;
  /** The alternative in words ("" when there is none). */
  alternativeText: string;
}

export type UnmatchedReason = "no-eligible-mentor" | "everyone-excluded" | "capacity-exhausted" | "below-threshold";

export interface UnmatchedMentee {
  mentee: PersonOut;
  reason: UnmatchedReason;
  message: string;
}

export interface PairingOutcome {
  phase: string;
  suggestions: PairSuggestion[];
  unmatched: UnmatchedMentee[];
  /** Sum of the suggested pairs' scores (locked included), two decimals. */
  total: number;
  solver: string;
  /** Machine-independent measure of the solver's work. */
  iterations: number;
}

export function personOut(p: MentorProfile | MenteeProfile): PersonOut {
  return { id: p.id, name: p.name, key: p.key };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function names(list: readonly PersonName[]): string {
  const labels = list.map(personLabel);
  if (labels.length <= 1) return labels[0] ?? "";
  return `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1] ?? ""}`;
}

export function explainPairing(problem: PairingProblem, result: AssignmentResult): PairingOutcome {
  const suggestions: PairSuggestion[] = [];
  const unmatched: UnmatchedMentee[] = [];
  problem.mentees.forEach((mentee, i) => {
    const j = result.assignment[i]!;
    if (j >= 0) suggestions.push(suggestion(problem, result, i, j));
    else unmatched.push(unmatchedMentee(problem, result, i));
  });
  const total = roundScore(suggestions.reduce((sum, s) => sum + s.score, 0));
  return { phase: problem.phase.name, suggestions, unmatched, total, solver: result.solver, iterations: result.iterations };
}

function suggestion(problem: PairingProblem, result: AssignmentResult, i: number, j: number): PairSuggestion {
  const mentee = problem.mentees[i]!;
  const mentor = problem.mentors[j]!;
  const breakdown = scoreBreakdown(mentor, mentee, problem.scale);
  const locked = result.locked[i] === true;
  const reasons = breakdown.parts.map((p) => `${p.label}: ${p.detail} (${p.points} of ${p.maxPoints} points).`);
  if (locked) reasons.push("Locked by you.");
  const standing = problem.mentorStandings[j];
  if (standing?.status === "included") reasons.push(`Included by you although the mentor ${standing.failures.map((f) => f.message).join("; ")}.`);
  for (const cell of problem.disengaged) {
    if (cell.row === i) reasons.push(`Not ${personLabel(problem.mentors[cell.column]!)}: the mentee ${disengagementWords(cell.pair)}.`);
  }

  const next = nextBestAlternative(problem.assignment, result, i);
  const option = next.withRoom ?? next.overall;
  let alternative: Alternative | null = null;
  let alternativeText = `No other mentor scores at or above the threshold (${result.threshold}) for this mentee.`;
  if (option) {
    const other = problem.mentors[option.mentor]!;
    const hasRoom = option.spareCapacity > 0;
    alternative = {
      mentor: personOut(other),
      score: option.score,
      scoreGivenUp: roundScore(breakdown.score - option.score),
      hasRoom,
      holders: option.holders.map((h) => personOut(problem.mentees[h]!)),
    };
    const given = alternative.scoreGivenUp;
    const cost = given > 0 ? `${given} points lower` : given < 0 ? `${-given} points higher` : "the same score";
    alternativeText = hasRoom
      ? `Next best with room: ${personLabel(other)}, ${option.score} (${cost}).`
      : `Next best: ${personLabel(other)}, ${option.score} (${cost}), but full with ${names(alternative.holders)}.`;
  }
  return { mentor: personOut(mentor), mentee: personOut(mentee), score: breakdown.score, locked, breakdown, reasons, alternative, alternativeText };
}

function unmatchedMentee(problem: PairingProblem, result: AssignmentResult, i: number): UnmatchedMentee {
  const mentee = problem.mentees[i]!;
  const who = personLabel(mentee);
  const out = personOut(mentee);
  const situation = describeMentee(problem.assignment, result, i);
  if (situation.status === "matched") throw new RangeError(`Mentee ${i} is matched in this result.`);
  const N = problem.mentors.length;
  switch (situation.reason) {
    case "no-eligible-mentor": {
      if (N === 0) {
        const left = problem.standings.mentors.length;
        const why = left === 0 ? `${problem.phase.name} has no mentors in the Mentors register` : `all ${plural(left, "mentor")} of ${problem.phase.name} fail the mentor rules`;
        return { mentee: out, reason: "no-eligible-mentor", message: `No eligible mentor for ${who}: ${why}.` };
      }
      let byUser = 0;
      let conflicts = 0;
      let left = 0;
      for (let j = 0; j < N; j++) {
        const b = problem.blocked[i * N + j];
        if (b === BLOCK.excludedByUser) byUser++;
        else if (b === BLOCK.conflictOfInterest) conflicts++;
        else if (b === BLOCK.disengaged) left++;
      }
      const parts = [
        byUser > 0 ? `${plural(byUser, "pair")} excluded by you` : "",
        conflicts > 0 ? `${plural(conflicts, "mentor")} from the mentee's own organisation (conflict of interest)` : "",
        left > 0 ? `${plural(left, "mentor")} the mentee disengaged from in this phase` : "",
      ].filter((p) => p !== "");
      const last = parts.pop() ?? "";
      return { mentee: out, reason: "everyone-excluded", message: `Everyone is excluded for ${who}: ${parts.length > 0 ? `${parts.join(", ")} and ${last}` : last}.` };
    }
    case "all-below-threshold": {
      const best = problem.mentors[situation.bestMentor]!;
      return {
        mentee: out,
        reason: "below-threshold",
        message: `Every possible mentor for ${who} scores below the threshold of ${situation.threshold}; the best, ${personLabel(best)}, scores ${situation.bestScore}. Lower the threshold to pair them anyway, or leave them for the matching workshop.`,
      };
    }
    case "capacity-exhausted": {
      const shown = situation.candidates.slice(0, 3).map((c) => {
        const mentor = problem.mentors[c.mentor]!;
        const holders = c.holders.map((h) => problem.mentees[h]!);
        const standing = problem.mentorStandings[c.mentor];
        const recorded = standing && standing.held.length > 0 ? `${plural(standing.held.length, "recorded pair")}` : "";
        const taken = [recorded, holders.length > 0 ? names(holders) : ""].filter((p) => p !== "").join(" and ");
        return `${personLabel(mentor)}, scoring ${c.score}, is full with ${taken || "no room (capacity 0)"}`;
      });
      const more = situation.candidates.length > 3 ? `; and ${plural(situation.candidates.length - 3, "more")}` : "";
      return {
        mentee: out,
        reason: "capacity-exhausted",
        message: `Capacity exhausted for ${who}: every suitable mentor is full. ${shown.join("; ")}${more}. Raise a mentor's capacity in the Mentors register or add a mentor.`,
      };
    }
    case "room-left-unused":
      throw new RangeError(`The pairing result does not belong to its problem: ${who} was left unmatched while a mentor had room.`);
  }
}
