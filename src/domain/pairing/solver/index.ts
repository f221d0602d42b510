/**
 * Exact mentor-mentee assignment on a score matrix. Public surface of the
 * solver; everything else in this folder is internal.
 */
export { solveAssignment, solveAssignmentAsync, SOLVER_NAME } from "./solve";
export { nextBestAlternative, describeMentee } from "./explain";
export type { MentorOption, NextBestAlternative, CandidateMentor, MenteeSituation } from "./explain";
export { createScoreMatrix, setScore, scoreMatrixFromRows, toMilli } from "./matrix";
export { MAX_REPORTED_ISSUES, MAX_SCORE, SCORE_SCALE } from "./types";
export type {
  AssignmentProblem,
  AssignmentResult,
  AsyncSolveOptions,
  LockedPair,
  Objective,
  ScoreInput,
  ScoreMatrix,
  SolveOptions,
  SolverError,
  SolverIssue,
  SolverIssueCode,
} from "./types";
