/**
 * The pair operation: read every register in one go (the Pairing choices sheet with them),
 * build the phase's problem with the locks and exclusions given with the run and those kept in
 * the workbook, solve it exactly (in the host's way: a Web Worker in the task pane, time-sliced
 * elsewhere), explain the answer, save the run's new choices beside the kept ones and record the
 * run in the run log. Nothing else is written; accepting pairs is a separate, explicit step
 * (accept.ts).
 */
import {
  buildPairingProblem,
  choiceRef,
  choicesInForce,
  choiceStamp,
  explainPairing,
  findPhase,
  knownPhases,
  sameChoice,
  solverErrors,
  type ChoiceInForce,
  type PairingChoice,
  type PairingOutcome,
  type PairingProblem,
  type PairingRequestInput,
  type SolveFn,
} from "../../domain/pairing";
import { solveAssignmentAsync, type AssignmentResult } from "../../domain/pairing/solver";
import { phaseKey } from "../../domain/validation/keys";
import { WorkbookOperationError, type LongOperationOptions, type XlRequestContext } from "../../workbook/office";
import { loadRegisters } from "../load-registers";
import { keptChoices, saveChoices } from "./choices";
import { PairingError } from "./pairing-error";
import type { AppendOutcome, TableWriteOptions } from "./register-table";
import { appendRunLog } from "./run-log";

export interface ProposeOptions extends TableWriteOptions {
  /** How to run the solver; default the time-sliced solver on this thread. */
  solve?: SolveFn;
  /** Write the run to the run log (default true). */
  log?: boolean;
  /** Save the locks and exclusions given with this run to the Pairing choices sheet (default: as `log`). */
  saveChoices?: boolean;
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
  /** The locks and exclusions the run used: kept in the workbook (`from` says where) or given with it. */
  choices: ChoiceInForce[];
  /** Every choice the Pairing choices sheet now holds (all phases; those saved by this run have no row yet). */
  kept: PairingChoice[];
  /** The saving of this run's new choices, or null when there was nothing to save. */
  choicesSaved: AppendOutcome | null;
}

/** What the Pair screen needs before a run: the phases, and the choices the workbook keeps. */
export interface PairingOverview {
  phases: string[];
  kept: PairingChoice[];
  /** Rows of the Pairing choices sheet that could not be used, with what to type. */
  choiceProblems: string[];
}

/** The phases the workbook names (Phases register first) and the kept choices, in one read. */
export async function pairingOverview(context: XlRequestContext, options: LongOperationOptions = {}): Promise<PairingOverview> {
  const loaded = await loadRegisters(context, options);
  const kept = keptChoices(loaded);
  return { phases: knownPhases(loaded.registers), kept: kept.choices, choiceProblems: kept.problems };
}

/**
 * The choices given with the run, as rows of the Pairing choices sheet, leaving out those it
 * already keeps and locks the Pairs register already holds (accepted since they were chosen).
 */
function newChoices(problem: PairingProblem, inForce: readonly ChoiceInForce[], kept: readonly PairingChoice[], at: Date): PairingChoice[] {
  const { mentorFinder, menteeFinder } = problem.standings;
  const recorded = new Set(problem.locksRecorded.map((r) => `${mentorFinder.findByKey(r.mentor)?.key ?? ""}|${menteeFinder.findByKey(r.mentee)?.key ?? ""}`));
  return inForce
    .filter((c) => c.from === undefined && !(c.choice === "lock" && recorded.has(`${c.mentor.key}|${c.mentee.key}`)))
    .map((c): PairingChoice => ({
      phase: problem.phase.name,
      choice: c.choice,
      mentor: { id: c.mentor.id, name: c.mentor.name },
      mentee: { id: c.mentee.id, name: c.mentee.name },
      note: c.note,
      setAt: choiceStamp(at),
    }))
    .filter((c, i, all) => !kept.some((k) => sameChoice(k, c)) && all.findIndex((o) => sameChoice(o, c)) === i);
}

/**
 * The run log written after the choices were saved: two writes, each whole, but not one. When
 * the log fails after the choices went in, the officer is told both, and that running again
 * logs the run without saving the choices twice (they are kept, so not new any more).
 */
async function logRun(context: XlRequestContext, entry: Parameters<typeof appendRunLog>[1], saved: AppendOutcome | null, options: TableWriteOptions): Promise<AppendOutcome> {
  try {
    return await appendRunLog(context, entry, options);
  } catch (error) {
    if (!(error instanceof WorkbookOperationError) || saved === null || saved.rows === 0) throw error;
    const what = saved.rows === 1 ? "lock or exclusion was" : "locks and exclusions were";
    throw new WorkbookOperationError(
      error.code,
      `${error.message} The run's ${saved.rows} new ${what} saved on the "${saved.sheetName}" sheet before this and ${saved.rows === 1 ? "is" : "are"} kept; run the pairing again to record the run (nothing is saved twice).`,
      { ...(error.excelCode === undefined ? {} : { excelCode: error.excelCode }), ...(error.sheet === undefined ? {} : { sheet: error.sheet }), rowsWritten: 0, cause: error },
    );
  }
}

export async function proposePairs(context: XlRequestContext, request: PairingRequestInput, options: ProposeOptions = {}): Promise<Proposal> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const loaded = await loadRegisters(context, { signal: options.signal, onProgress: options.onProgress });
  options.signal?.throwIfAborted();
  // The workbook's choices for this phase come first, so a message about a choice kept there names its row.
  const kept = keptChoices(loaded);
  const phase = findPhase(loaded.registers, request.phase);
  const forPhase = phase.ok ? kept.choices.filter((c) => phaseKey(c.phase) === phase.key) : [];
  const built = buildPairingProblem(loaded.registers, {
    ...request,
    locks: [...forPhase.filter((c) => c.choice === "lock").map(choiceRef), ...(request.locks ?? [])],
    exclusions: [...forPhase.filter((c) => c.choice === "exclude").map(choiceRef), ...(request.exclusions ?? [])],
  });
  if (!built.ok) throw new PairingError(built.errors);
  const { problem } = built;
  // Rows of the choices sheet that could not be used belong with the run's other notes.
  problem.constraints.push(...kept.problems);

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

  const at = now();
  const choices = choicesInForce(problem);
  const additions = (options.saveChoices ?? options.log !== false) ? newChoices(problem, choices, kept.choices, at) : [];
  const choicesSaved = additions.length > 0 ? await saveChoices(context, additions, { signal: options.signal, whenFiltered: options.whenFiltered, expectTable: kept.choices.length > 0 }) : null;
  const runLog = options.log === false ? null : await logRun(context, { at, request: problem.request, outcome, ms: solveMs, choices }, choicesSaved, { signal: options.signal, whenFiltered: options.whenFiltered });
  return { problem, result: solved, outcome, solveMs, totalMs, runLog, choices, kept: [...kept.choices, ...additions], choicesSaved };
}
