/**
 * Why a mentor-mentee pair is never proposed, whatever its score: the reason kept per cell of
 * the pairing matrix, so explanations can say which rule stood in the way.
 */
import { formatIso } from "../validation/dates";
import type { ExistingPair } from "./eligibility";

export const BLOCK = { none: 0, excludedByUser: 1, conflictOfInterest: 2, disengaged: 3 } as const;

/**
 * "disengaged from this mentor on 29 Aug 2016 (Pairing row 9)": why a mentee is not offered
 * the mentor they formally left (or who left them) in the same phase.
 */
export function disengagementWords(pair: ExistingPair): string {
  const where = `${pair.source.sheet} row ${pair.source.row}`;
  return pair.disengagedOn === undefined ? `disengaged from this mentor (${where}; no date recorded)` : `disengaged from this mentor on ${formatIso(pair.disengagedOn)} (${where})`;
}
