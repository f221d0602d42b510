/**
 * The pair operation: read every register in one go, build the phase's problem, solve it
 * exactly (in the host's way: a Web Worker in the task pane, time-sliced elsewhere), explain
 * the answer, and record the run in the run log. The workbook is only read and the log
 * appended; accepting pairs is a separate, explicit step (accept.ts).
 */
import { buildPairingProblem, explainPairing, knownPhases, solverErrors, type PairingOutcome, type PairingProblem, type PairingRequestInput, type SolveFn } from "../../domain/pairing";
import { solveAssignmentAsync, type AssignmentResult } from "../../domain/pairing/solver";
import type { LongOperationOptions, XlRequestContext } from "../../workbook/office";
import { loadRegisters } from "../load-registers";
import { PairingError } from "./pairing-error";
import type { AppendOutcome } from "./register-table";
import { appendRunLog } from "./run-log";

export interface ProposeOptions extends LongOperationOptions {
  /** How to run the solver; default the time-sliced solver on this thread. */
  solve?: SolveFn;
  /** Write the run to the run log (default true). */
  log?: boolean;
  now?: () => Date;
}

export interface Proposal {
  problem: PairingProblem;
  result: AssignmentResult;
  outcome: PairingOutcome;
  /** Time spent solving (the exact assignment), in milliseconds. */
  solveMs: number;
  /** Time from the first read to the explained answer, in milliseconds (the log write excluded). */
  totalMs: number;
  runLog: AppendOutcome | null;
}

/** The phases the workbook names (Phases register first), for a phase picker. */
export async function listPhases(context: XlRequestContext, options: LongOperationOptions = {}): Promise<string[]> {
  const loaded = await loadRegisters(context, options);
  return knownPhases(loaded.registers);
}

export async function proposePairs(context: XlRequestContext, request: PairingRequestInput, options: ProposeOptions = {}): Promise<Proposal> {
  const started = performance.now();
  const loaded = await loadRegisters(context, { signal: options.signal, onProgress: options.onProgress });
  options.signal?.throwIfAborted();
  const built = buildPairingProblem(loaded.registers, request);
  if (!built.ok) throw new PairingError(built.errors);
  const { problem } = built;

  const solve = options.solve ?? solveAssignmentAsync;
  const solveStart = performance.now();
  const solved = await solve(problem.assignment, {
    signal: options.signal,
    onProgress: (done, total) => options.onProgress?.(done, total, `Pairing ${problem.mentees.length} mentees with ${problem.mentors.length} mentors`),
  });
  const solveMs = performance.now() - solveStart;
  if (!solved.ok) {
    options.signal?.throwIfAborted();
    throw new PairingError(solverErrors(solved).errors);
  }
  const outcome = explainPairing(problem, solved);
  const totalMs = performance.now() - started;

  const runLog =
    options.log === false
      ? null
      : await appendRunLog(context, { at: (options.now ?? (() => new Date()))(), request: problem.request, outcome, ms: solveMs }, { signal: options.signal });
  return { problem, result: solved, outcome, solveMs, totalMs, runLog };
}
