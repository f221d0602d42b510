/**
 * The score of a mentor-mentee pair: four parts, each a value from 0 to 1, weighed by the
 * user's weights and scaled to 0..100. The numeric path (`pairScore`) runs for every pair of a
 * phase; the worded path (`scoreBreakdown`) runs only for the pairs shown to the user, and uses
 * the same part functions, so the explanation always adds up to the score.
 */
import { areNeighbours, COUNTIES, focusAreaLabel } from "../../reference";
import { ordinal } from "../../validation/context";
import type { MenteeProfile, MentorProfile } from "../people";
import { countSlots, describeSlots, WORKING_HALF_DAYS } from "./availability";
import {
  needRankWeight,
  SCORE_PART_LABELS,
  SCORE_PARTS,
  SECTOR_VALUES,
  TRAVEL_VALUES,
  UNKNOWN_PART_VALUE,
  type PairingWeights,
  type ScorePartKey,
} from "./weights";

/** Monday to Friday, both halves. */
const WORKING_WEEK_MASK = (1 << WORKING_HALF_DAYS) - 1;

const NEIGHBOURS: Uint8Array = (() => {
  const n = COUNTIES.length;
  const table = new Uint8Array(n * n);
  COUNTIES.forEach((a, i) => COUNTIES.forEach((b, j) => (table[i * n + j] = areNeighbours(a.name, b.name) ? 1 : 0)));
  return table;
})();

export function needsValue(mentor: MentorProfile, mentee: MenteeProfile): number {
  return needsFor(mentor.skillMask, mentee.needBits, mentee.needWeightTotal);
}

function needsFor(skillMask: number, bits: Int8Array, total: number): number {
  if (bits.length === 0 || skillMask === 0) return UNKNOWN_PART_VALUE;
  let covered = 0;
  for (let r = 0; r < bits.length; r++) if ((skillMask >> bits[r]!) & 1) covered += needRankWeight(r + 1);
  return covered / total;
}

export function travelValue(mentor: MentorProfile, mentee: MenteeProfile): number {
  return travelFor(mentor.countyIndex, mentee.countyIndex);
}

function travelFor(a: number, b: number): number {
  if (a < 0 || b < 0) return UNKNOWN_PART_VALUE;
  if (a === b) return TRAVEL_VALUES.sameCounty;
  return NEIGHBOURS[a * COUNTIES.length + b] === 1 ? TRAVEL_VALUES.neighbouringCounty : TRAVEL_VALUES.far;
}

/**
 * Both recorded: the share of the mentee's half-days the mentor can also meet. Only the
 * mentor's recorded (a mentee's availability is often left blank, or names no day): the share
 * of the working week's ten half-days the mentor offers, since a mentor with more free time is
 * easier to fit around a mentee's work. Mentor's not recorded: neutral.
 */
export function availabilityValue(mentor: MentorProfile, mentee: MenteeProfile): number {
  return availabilityFor(mentor.availability.slots, mentee.availability.slots);
}

function availabilityFor(m: number, e: number): number {
  if (m === 0) return UNKNOWN_PART_VALUE;
  if (e !== 0) return countSlots(m & e) / countSlots(e);
  return Math.min(1, countSlots(m & WORKING_WEEK_MASK) / WORKING_HALF_DAYS);
}

/** Every mentee is county public-service staff, so only the mentor's sector varies. */
export function sectorValue(mentor: MentorProfile): number {
  switch (mentor.sector) {
    case "Private":
      return SECTOR_VALUES.private;
    case "Faith-based":
      return SECTOR_VALUES.faithBased;
    case "Public":
      return SECTOR_VALUES.public;
    default:
      return UNKNOWN_PART_VALUE;
  }
}

/** Weights divided by their sum and scaled to points, worked out once per run. */
export interface PointScale {
  readonly needs: number;
  readonly travel: number;
  readonly availability: number;
  readonly sector: number;
}

export function pointScale(weights: PairingWeights): PointScale {
  const sum = weights.needs + weights.travel + weights.availability + weights.sector;
  const k = sum > 0 ? 100 / sum : 0;
  return { needs: weights.needs * k, travel: weights.travel * k, availability: weights.availability * k, sector: weights.sector * k };
}

/** Scores are shown and compared to two decimals. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}

function clampScore(raw: number): number {
  return roundScore(Math.min(100, Math.max(0, raw)));
}

/** The pair's score, 0..100, rounded to two decimals. */
export function pairScore(mentor: MentorProfile, mentee: MenteeProfile, scale: PointScale): number {
  const raw =
    scale.needs * needsValue(mentor, mentee) +
    scale.travel * travelValue(mentor, mentee) +
    scale.availability * availabilityValue(mentor, mentee) +
    scale.sector * sectorValue(mentor);
  return clampScore(raw);
}

/**
 * Scores every pair of `mentees` x `mentors` into `out` (row-major), the same numbers as
 * `pairScore` pair by pair, with what depends on one side only worked out once per person:
 * 2,000 x 1,000 pairs are two million inner loops of a few integer operations.
 * Cells where `skip` is non-zero are left as they are.
 */
export function scoreAllPairs(mentors: readonly MentorProfile[], mentees: readonly MenteeProfile[], scale: PointScale, out: Float64Array, skip: Uint8Array): void {
  const N = mentors.length;
  const skills = Int32Array.from(mentors, (m) => m.skillMask);
  const counties = Int32Array.from(mentors, (m) => m.countyIndex);
  const slots = Int32Array.from(mentors, (m) => m.availability.slots);
  const sectorPoints = Float64Array.from(mentors, (m) => scale.sector * sectorValue(m));
  // Availability when the mentee's is not recorded depends on the mentor alone.
  const breadthPoints = Float64Array.from(mentors, (m) => scale.availability * availabilityFor(m.availability.slots, 0));
  for (let i = 0; i < mentees.length; i++) {
    const e = mentees[i]!;
    const offset = i * N;
    const bits = e.needBits;
    const total = e.needWeightTotal;
    const county = e.countyIndex;
    const menteeSlots = e.availability.slots;
    for (let j = 0; j < N; j++) {
      if (skip[offset + j] !== 0) continue;
      const availability = menteeSlots === 0 ? breadthPoints[j]! : scale.availability * availabilityFor(slots[j]!, menteeSlots);
      const raw = scale.needs * needsFor(skills[j]!, bits, total) + scale.travel * travelFor(counties[j]!, county) + availability + sectorPoints[j]!;
      out[offset + j] = clampScore(raw);
    }
  }
}

export interface ScorePart {
  key: ScorePartKey;
  label: string;
  /** 0..1: how well this part is met. */
  value: number;
  /** Points this part adds to the score (value x weight share x 100), two decimals. */
  points: number;
  /** Most points the part could add with these weights. */
  maxPoints: number;
  /** The facts behind the value, in words: "covers Disciplinary procedures (need 1)". */
  detail: string;
}

export interface ScoreBreakdown {
  score: number;
  parts: ScorePart[];
  /** Needs the mentor covers and does not, in the mentee's rank order. */
  needsCovered: string[];
  needsNotCovered: string[];
}

function needsDetail(mentor: MentorProfile, mentee: MenteeProfile, covered: string[], missing: string[]): string {
  if (mentee.needs.length === 0) return "the mentee's needs are not recorded (counted as halfway)";
  if (mentor.skillMask === 0) return "the mentor's skills are not recorded (counted as halfway)";
  const parts: string[] = [];
  if (covered.length > 0) parts.push(`covers ${covered.join(", ")}`);
  if (missing.length > 0) parts.push(`not ${missing.join(", ")}`);
  return parts.join("; ");
}

function travelDetail(mentor: MentorProfile, mentee: MenteeProfile, value: number): string {
  if (mentor.county === undefined) return "the mentor's county is not recorded (counted as halfway)";
  if (mentee.county === undefined) return "the mentee's county is not recorded (counted as halfway)";
  if (value === TRAVEL_VALUES.sameCounty) return `same county (${mentee.county})`;
  if (value === TRAVEL_VALUES.neighbouringCounty) return `neighbouring county (${mentor.county} borders ${mentee.county})`;
  return `far: ${mentor.county} does not border ${mentee.county}`;
}

function availabilityDetail(mentor: MentorProfile, mentee: MenteeProfile): string {
  const m = mentor.availability.slots;
  if (m === 0) {
    return mentor.availability.unread.length > 0
      ? `the mentor's availability "${mentor.availability.unread.join("; ")}" names no day or time (counted as halfway)`
      : "the mentor's availability is not recorded (counted as halfway)";
  }
  const e = mentee.availability.slots;
  if (e !== 0) {
    const both = m & e;
    return both === 0 ? `no common time (mentor ${describeSlots(m)}; mentee ${describeSlots(e)})` : `both free ${describeSlots(both)}`;
  }
  const offered = countSlots(m & WORKING_WEEK_MASK);
  const breadth = `mentor free ${describeSlots(m)} (${Math.min(offered, WORKING_HALF_DAYS)} of ${WORKING_HALF_DAYS} weekday half-days)`;
  const unread = mentee.availability.unread;
  return unread.length > 0 ? `the mentee's availability "${unread.join("; ")}" names no day or time, so: ${breadth}` : breadth;
}

function sectorDetail(mentor: MentorProfile): string {
  switch (mentor.sector) {
    case "Private":
      return "private-sector mentor for a public-service mentee";
    case "Faith-based":
      return "faith-based mentor for a public-service mentee";
    case "Public":
      return "public-service mentor, like the mentee";
    default:
      return "the mentor's sector is not recorded (counted as halfway)";
  }
}

/** The score with each part's value, points and facts: what a suggestion shows. */
export function scoreBreakdown(mentor: MentorProfile, mentee: MenteeProfile, scale: PointScale): ScoreBreakdown {
  const needsCovered: string[] = [];
  const needsNotCovered: string[] = [];
  mentee.needs.forEach((need, r) => {
    const words = `${focusAreaLabel(need)} (${ordinal(r + 1)} need)`;
    if ((mentor.skillMask >> mentee.needBits[r]!) & 1) needsCovered.push(words);
    else needsNotCovered.push(words);
  });
  const values: Record<ScorePartKey, number> = {
    needs: needsValue(mentor, mentee),
    travel: travelValue(mentor, mentee),
    availability: availabilityValue(mentor, mentee),
    sector: sectorValue(mentor),
  };
  const details: Record<ScorePartKey, string> = {
    needs: needsDetail(mentor, mentee, needsCovered, needsNotCovered),
    travel: travelDetail(mentor, mentee, values.travel),
    availability: availabilityDetail(mentor, mentee),
    sector: sectorDetail(mentor),
  };
  const parts = SCORE_PARTS.map((key) => ({
    key,
    label: SCORE_PART_LABELS[key],
    value: values[key],
    points: roundScore(values[key] * scale[key]),
    maxPoints: roundScore(scale[key]),
    detail: details[key],
  }));
  return { score: pairScore(mentor, mentee, scale), parts, needsCovered, needsNotCovered };
}
