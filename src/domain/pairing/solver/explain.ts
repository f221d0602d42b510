/**
 * Solver-level facts for explanations: what else a mentee could have had,
 * and why a mentee was left unmatched. They read the problem and a result of
 * `solveAssignment` for it; they know nothing of why scores are what they
 * are (that is the scoring layer's story to tell).
 *
 * Each call costs O(mentees + mentors). Passing a result that does not fit
 * the problem is a programming error and throws a RangeError.
 */
import { cellScore, menteeCount, scoreRow, toMilli } from "./matrix";
import { SCORE_SCALE, type AssignmentProblem, type AssignmentResult } from "./types";

export interface MentorOption {
  readonly mentor: number;
  readonly score: number;
  /**
   * This option's score minus the mentee's current score (exact to 0.001);
   * null when the mentee is unmatched, since there is nothing to compare with.
   */
  readonly delta: number | null;
  /** Places the mentor still has in the result (0 when full). */
  readonly spareCapacity: number;
  /** Mentees the mentor has in the result, in index order. */
  readonly holders: number[];
}

export interface NextBestAlternative {
  readonly mentee: number;
  readonly current: { readonly mentor: number; readonly score: number; readonly locked: boolean } | null;
  /**
   * The best other allowed mentor (score at or above the threshold) that
   * still has room: the mentee could move there without anyone else moving.
   */
  readonly withRoom: MentorOption | null;
  /** The best other allowed mentor whether or not it has room. */
  readonly overall: MentorOption | null;
}

export interface CandidateMentor {
  readonly mentor: number;
  readonly score: number;
  readonly capacity: number;
  readonly holders: number[];
  /** Holders whose pair was locked by the user. */
  readonly lockedHolders: number[];
}

export type MenteeSituation =
  | { readonly status: "matched"; readonly mentor: number; readonly score: number; readonly locked: boolean }
  /** Every pair for this mentee is forbidden (or there are no mentors). */
  | { readonly status: "unmatched"; readonly reason: "no-eligible-mentor" }
  /** Some pairs are allowed but all score below the threshold; the best is given. */
  | {
      readonly status: "unmatched";
      readonly reason: "all-below-threshold";
      readonly bestMentor: number;
      readonly bestScore: number;
      readonly threshold: number;
    }
  /** Mentors at or above the threshold exist but all are full (capacity 0 counts as full). Best first. */
  | { readonly status: "unmatched"; readonly reason: "capacity-exhausted"; readonly candidates: CandidateMentor[] }
  /**
   * An allowed mentor still had room. Never the case for a result of
   * solveAssignment on this same problem; reported rather than hidden, because
   * it means the result and the problem do not belong together.
   */
  | { readonly status: "unmatched"; readonly reason: "room-left-unused"; readonly mentor: number; readonly score: number };

export function nextBestAlternative(problem: AssignmentProblem, result: AssignmentResult, mentee: number): NextBestAlternative {
  checkFits(problem, result, mentee);
  const threshold = result.threshold;
  const row = scoreRow(problem.scores, mentee);
  const currentMentor = result.assignment[mentee]!;
  const currentScore = currentMentor >= 0 ? cellScore(row[currentMentor]) : null;
  const currentMilli = currentScore === null ? null : toMilli(currentScore);

  let withRoom: number = -1;
  let overall: number = -1;
  let withRoomMilli = -1;
  let overallMilli = -1;
  for (let j = 0; j < problem.capacities.length; j++) {
    if (j === currentMentor) continue;
    const s = cellScore(row[j]);
    if (s === null || s < threshold || problem.capacities[j]! <= 0) continue;
    const m = toMilli(s);
    const room = problem.capacities[j]! - result.mentorLoad[j]!;
    // Strictly greater keeps the lower index on ties; among equal scores in `overall`, one with room is the more useful answer.
    if (m > overallMilli || (m === overallMilli && room > 0 && spare(problem, result, overall) <= 0)) {
      overall = j;
      overallMilli = m;
    }
    if (room > 0 && m > withRoomMilli) {
      withRoom = j;
      withRoomMilli = m;
    }
  }

  const option = (mentor: number, milli: number): MentorOption | null =>
    mentor < 0
      ? null
      : {
          mentor,
          score: milli / SCORE_SCALE,
          delta: currentMilli === null ? null : (milli - currentMilli) / SCORE_SCALE,
          spareCapacity: Math.max(0, spare(problem, result, mentor)),
          holders: holdersOf(result, mentor),
        };

  return {
    mentee,
    current:
      currentMentor >= 0 && currentMilli !== null
        ? { mentor: currentMentor, score: currentMilli / SCORE_SCALE, locked: result.locked[mentee] === true }
        : null,
    withRoom: option(withRoom, withRoomMilli),
    overall: option(overall, overallMilli),
  };
}

export function describeMentee(problem: AssignmentProblem, result: AssignmentResult, mentee: number): MenteeSituation {
  checkFits(problem, result, mentee);
  const row = scoreRow(problem.scores, mentee);
  const assigned = result.assignment[mentee]!;
  if (assigned >= 0) {
    return {
      status: "matched",
      mentor: assigned,
      score: toMilli(cellScore(row[assigned]) ?? 0) / SCORE_SCALE,
      locked: result.locked[mentee] === true,
    };
  }

  const threshold = result.threshold;
  const candidates: Array<{ mentor: number; milli: number }> = [];
  let anyAllowed = false;
  let bestBelow = -1;
  let bestBelowMilli = -1;
  for (let j = 0; j < problem.capacities.length; j++) {
    const s = cellScore(row[j]);
    if (s === null) continue;
    anyAllowed = true;
    const m = toMilli(s);
    if (s < threshold) {
      if (m > bestBelowMilli) {
        bestBelow = j;
        bestBelowMilli = m;
      }
      continue;
    }
    candidates.push({ mentor: j, milli: m });
  }

  if (!anyAllowed) return { status: "unmatched", reason: "no-eligible-mentor" };
  if (candidates.length === 0) {
    return {
      status: "unmatched",
      reason: "all-below-threshold",
      bestMentor: bestBelow,
      bestScore: bestBelowMilli / SCORE_SCALE,
      threshold,
    };
  }
  // Best first; the sort is stable, so equal scores stay in mentor order.
  candidates.sort((a, b) => b.milli - a.milli);
  const roomy = candidates.find((c) => spare(problem, result, c.mentor) > 0);
  if (roomy !== undefined) {
    return { status: "unmatched", reason: "room-left-unused", mentor: roomy.mentor, score: roomy.milli / SCORE_SCALE };
  }
  return {
    status: "unmatched",
    reason: "capacity-exhausted",
    candidates: candidates.map((c) => {
      const holders = holdersOf(result, c.mentor);
      return {
        mentor: c.mentor,
        score: c.milli / SCORE_SCALE,
        capacity: problem.capacities[c.mentor]!,
        holders,
        lockedHolders: holders.filter((h) => result.locked[h] === true),
      };
    }),
  };
}

function spare(problem: AssignmentProblem, result: AssignmentResult, mentor: number): number {
  if (mentor < 0) return 0;
  return problem.capacities[mentor]! - result.mentorLoad[mentor]!;
}

function holdersOf(result: AssignmentResult, mentor: number): number[] {
  const holders: number[] = [];
  result.assignment.forEach((j, i) => {
    if (j === mentor) holders.push(i);
  });
  return holders;
}

function checkFits(problem: AssignmentProblem, result: AssignmentResult, mentee: number): void {
  const mentees = menteeCount(problem.scores);
  if (result.assignment.length !== mentees || result.mentorLoad.length !== problem.capacities.length) {
    throw new RangeError(
      `The result (${result.assignment.length} mentees, ${result.mentorLoad.length} mentors) does not belong to this problem (${mentees} mentees, ${problem.capacities.length} mentors).`,
    );
  }
  if (!Number.isInteger(mentee) || mentee < 0 || mentee >= mentees) {
    throw new RangeError(`Mentee ${mentee} is not in 0..${mentees - 1}.`);
  }
}
