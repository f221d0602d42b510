/**
 * Pairing: scores, constraints, the exact solver and explanations. Public surface; the
 * solver's own surface is `./solver`.
 */
export { DEFAULT_WEIGHTS, PairingWeightsSchema, SCORE_PARTS, SCORE_PART_LABELS, needRankWeight, UNKNOWN_PART_VALUE, TRAVEL_VALUES, SECTOR_VALUES } from "./score/weights";
export type { PairingWeights, ScorePartKey } from "./score/weights";
export { pairScore, pointScale, scoreAllPairs, scoreBreakdown, roundScore } from "./score/score";
export type { PointScale, ScoreBreakdown, ScorePart } from "./score/score";
export { readAvailability, describeSlots } from "./score/availability";
export { conflictsOfInterest, personKey, personLabel, mentorProfile, menteeProfile, sameOrganisation } from "./people";
export type { MenteeProfile, MentorProfile, PersonName } from "./people";
export { DEFAULT_THRESHOLD, PairingRequestSchema, PairRefSchema } from "./request";
export type { PairingRequest, PairingRequestInput, PairRef } from "./request";
export { findPhase, knownPhases, phaseStandings, describeFailures } from "./eligibility";
export type { ExistingPair, MenteeStanding, MentorStanding, MentorRuleFailure, PhaseStandings } from "./eligibility";
export { BLOCK } from "./blocks";
export { buildPairingProblem } from "./problem";
export type { BuiltProblem, PairingProblem, PairingProblemError } from "./problem";
export {
  PAIRING_CHOICES_SHEET,
  PAIRING_CHOICE_HEADERS,
  choiceCells,
  choiceFromCells,
  choiceRef,
  choiceStamp,
  choiceWhere,
  choicesInForce,
  describeChoice,
  readPairingChoices,
  sameChoice,
} from "./choices";
export type { ChoiceInForce, ChoiceKind, ChoicesReading, PairingChoice } from "./choices";
export { explainPairing, personOut } from "./explain";
export type { Alternative, PairSuggestion, PairingOutcome, PersonOut, UnmatchedMentee, UnmatchedReason } from "./explain";
export { pairPhase, pairPhaseWith, solverErrors } from "./pair-phase";
export type { PairingRun, PairingRunResult, SolveFn } from "./pair-phase";
