/**
 * One pairing run, start to end, without a workbook: build the problem, solve it exactly,
 * explain the answer. The synchronous form serves the command line's small cases and tests;
 * hosts that must stay responsive pass their own `solve` (the task pane's Web Worker, or
 * solveAssignmentAsync) to `pairPhaseWith`.
 */
import { solveAssignment, solveAssignmentAsync, type AssignmentProblem, type AssignmentResult, type SolveOptions, type SolverError } from "./solver";
import type { Registers } from "../registers";
import { explainPairing, type PairingOutcome } from "./explain";
import { buildPairingProblem, type PairingProblem, type PairingProblemError } from "./problem";
import type { PairingRequestInput } from "./request";

export type SolveFn = (problem: AssignmentProblem, options: SolveOptions) => Promise<AssignmentResult | SolverError>;

export interface PairingRun {
  ok: true;
  problem: PairingProblem;
  result: AssignmentResult;
  outcome: PairingOutcome;
}

export type PairingRunResult = PairingRun | { ok: false; errors: PairingProblemError[]; aborted: boolean };

/** The solver's issues in the user's words (its messages use 0-based indices, which users never see). */
export function solverErrors(error: SolverError): { ok: false; errors: PairingProblemError[]; aborted: boolean } {
  const aborted = error.issues.some((issue) => issue.code === "aborted");
  return {
    ok: false,
    aborted,
    errors: error.issues.map((issue) => ({
      code: "invalid-request",
      message: issue.code === "aborted" ? "Pairing was stopped before it finished; nothing was proposed." : `The pairing could not be solved: ${issue.message}`,
      fix: issue.code === "aborted" ? "Run it again when you are ready." : "This is a fault in the add-in; please report it with the run log.",
    })),
  };
}

export function pairPhase(registers: Registers, request: PairingRequestInput, options: SolveOptions = {}): PairingRunResult {
  const built = buildPairingProblem(registers, request);
  if (!built.ok) return { ...built, aborted: false };
  const result = solveAssignment(built.problem.assignment, options);
  if (!result.ok) return solverErrors(result);
  return { ok: true, problem: built.problem, result, outcome: explainPairing(built.problem, result) };
}

/** The same run with the solving step supplied by the host (default: the time-sliced async solver). */
export async function pairPhaseWith(
  registers: Registers,
  request: PairingRequestInput,
  options: SolveOptions & { solve?: SolveFn } = {},
): Promise<PairingRunResult> {
  const built = buildPairingProblem(registers, request);
  if (!built.ok) return { ...built, aborted: false };
  const solve = options.solve ?? solveAssignmentAsync;
  const result = await solve(built.problem.assignment, { signal: options.signal, onProgress: options.onProgress });
  if (!result.ok) return solverErrors(result);
  return { ok: true, problem: built.problem, result, outcome: explainPairing(built.problem, result) };
}
