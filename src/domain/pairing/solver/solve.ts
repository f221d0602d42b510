/**
 * Entry points: validate, reduce, solve exactly, map the answer back to
 * mentee and mentor indices. The synchronous and asynchronous forms share
 * every step except how they drive the solver between rows.
 */
import { withArena, type Arena } from "./arena";
import { isScoreMatrix, menteeCount, scoreAt, toMilli } from "./matrix";
import { prepareProblem, solverError, type PreparedProblem } from "./prepare";
import { assignRowsDense, assignRowsDenseNow } from "./dense";
import { assignRows, type EngineOutput } from "./engine";
import { reduceProblem, type ReduceOptions, type ReducedProblem } from "./reduce";
import {
  SCORE_SCALE,
  type AssignmentProblem,
  type AssignmentResult,
  type AsyncSolveOptions,
  type SolveOptions,
  type SolverError,
} from "./types";

/** Identifies the algorithm in results and logs. */
export const SOLVER_NAME = "capacitated-ssp-lazy-arcs/2";

/**
 * Solves the problem exactly. Returns a {@link SolverError} (never throws)
 * for invalid input, invalid locks, or an abort seen between mentees.
 */
export function solveAssignment(problem: AssignmentProblem, options: SolveOptions = {}): AssignmentResult | SolverError {
  return solveWith(problem, {}, options);
}

/**
 * {@link solveAssignment} with the engine and orientation forced (internal,
 * not exported from index.ts): the tests run every combination against
 * brute force and the reference, whatever the size would choose.
 */
export function solveWith(problem: AssignmentProblem, how: ReduceOptions, options: SolveOptions = {}): AssignmentResult | SolverError {
  if (options.signal === undefined && options.onProgress === undefined) {
    // Nobody to report to and nothing to abort: the solve runs straight through without handing
    // control to anyone, so it may borrow the reused arrays (arena.ts).
    return withArena(menteeCount(problem.scores) * problem.capacities.length, (arena) => solveNow(problem, how, arena));
  }
  const setup = setUp(problem, options, how);
  if (!setup.ok) return setup;
  const { prepared, reduced } = setup;
  const progress = progressReporter(options, reduced.dense.rows);
  const run = engineFor(reduced);
  for (;;) {
    const step = run.next();
    if (step.done === true) {
      progress.finish();
      return assemble(prepared, reduced, step.value);
    }
    progress.report(step.value);
    if (options.signal?.aborted === true) return aborted(progress);
  }
}

/**
 * Same result as {@link solveAssignment}, but gives the event loop a turn
 * every `sliceMs` of work, so a task pane stays responsive and an
 * `AbortSignal` fired by a button or a timeout is seen within one slice.
 */
export async function solveAssignmentAsync(
  problem: AssignmentProblem,
  options: AsyncSolveOptions = {},
): Promise<AssignmentResult | SolverError> {
  const setup = setUp(problem, options);
  if (!setup.ok) return setup;
  const { prepared, reduced } = setup;
  const sliceMs = options.sliceMs ?? 16;
  const progress = progressReporter(options, reduced.dense.rows);
  const run = engineFor(reduced);
  let sliceStart = Date.now();
  for (;;) {
    const step = run.next();
    if (step.done === true) {
      progress.finish();
      return assemble(prepared, reduced, step.value);
    }
    progress.report(step.value);
    if (Date.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
    if (options.signal?.aborted === true) return aborted(progress);
  }
}

/** {@link solveWith} for nobody watching: the small engine without stopping between rows. */
function solveNow(problem: AssignmentProblem, how: ReduceOptions, arena: Arena): AssignmentResult | SolverError {
  const setup = setUp(problem, {}, how, arena);
  if (!setup.ok) return setup;
  const { prepared, reduced } = setup;
  if (reduced.engine === "scan") return assemble(prepared, reduced, assignRowsDenseNow(reduced.dense, arena));
  const run = engineFor(reduced);
  let step = run.next();
  while (step.done !== true) step = run.next();
  return assemble(prepared, reduced, step.value);
}

/** The scan engine for small problems, the heap engine with hidden arcs otherwise (reduce.ts decides). */
function engineFor(reduced: ReducedProblem): Generator<number, EngineOutput, void> {
  return reduced.engine === "scan" ? assignRowsDense(reduced.dense) : assignRows(reduced.dense);
}

type SetUp = { readonly ok: true; readonly prepared: PreparedProblem; readonly reduced: ReducedProblem } | SolverError;

function setUp(problem: AssignmentProblem, options: SolveOptions, how: ReduceOptions = {}, arena?: Arena): SetUp {
  const prepared = prepareProblem(problem, arena);
  if (!prepared.ok) return prepared;
  const reduced = reduceProblem(prepared.problem, how, arena);
  if (!reduced.ok) return solverError(reduced.issue);
  if (options.signal?.aborted === true) {
    return solverError(abortIssue(0, reduced.reduced.dense.rows));
  }
  return { ok: true, prepared: prepared.problem, reduced: reduced.reduced };
}

function aborted(progress: ProgressReporter): SolverError {
  return solverError(abortIssue(progress.done, progress.total));
}

function abortIssue(done: number, total: number) {
  return {
    code: "aborted",
    done,
    total,
    message: `Pairing was stopped after ${done} of ${total} steps; no assignment was produced.`,
  } as const;
}

interface ProgressReporter {
  readonly done: number;
  readonly total: number;
  report(done: number): void;
  finish(): void;
}

/** Progress counts mentees placed, one pass over the engine's rows. */
function progressReporter(options: SolveOptions, rows: number): ProgressReporter {
  const onProgress = options.onProgress;
  // About a hundred calls per pass: enough for a progress bar, few enough to cost nothing.
  const stride = Math.max(1, Math.ceil(rows / 100));
  let next = stride;
  let lastReported = -1;
  const state = {
    done: 0,
    total: rows,
    report(done: number): void {
      state.done = done;
      if (onProgress !== undefined && done >= next && done < rows) {
        next = done + stride;
        lastReported = done;
        onProgress(done, rows);
      }
    },
    finish(): void {
      state.done = rows;
      if (onProgress !== undefined && lastReported !== rows && rows > 0) onProgress(rows, rows);
    },
  };
  onProgress?.(0, rows);
  return state;
}

function assemble(p: PreparedProblem, reduced: ReducedProblem, out: EngineOutput): AssignmentResult {
  const M = p.mentees;
  const assignment = new Array<number>(M);
  const locked = new Array<boolean>(M);
  for (let i = 0; i < M; i++) {
    const j = p.lockedMentor[i]!;
    assignment[i] = j;
    locked[i] = j >= 0;
  }
  const { dense, rowMentee, colMentor } = reduced;
  for (let r = 0; r < out.rowCol.length; r++) {
    const c = out.rowCol[r]!;
    if (c < 0) continue;
    if (reduced.orientation === "mentees") assignment[rowMentee[r]!] = colMentor[c]!;
    else assignment[rowMentee[c]!] = colMentor[dense.rowSource[r]!]!;
  }
  const mentorLoad = new Array<number>(p.mentors).fill(0);
  // The typed form is read in place: at 32 x 16 a lookup through scoreAt per mentee shows.
  const values = isScoreMatrix(p.scores) ? p.scores.values : undefined;
  let matched = 0;
  let totalMilli = 0;
  for (let i = 0; i < M; i++) {
    const j = assignment[i]!;
    if (j < 0) continue;
    matched++;
    mentorLoad[j] = mentorLoad[j]! + 1;
    // Validation guarantees assigned cells hold scores (locks on forbidden cells are rejected).
    totalMilli += toMilli(values !== undefined ? values[i * p.mentors + j]! : (scoreAt(p.scores, i, j) ?? 0));
  }
  return {
    ok: true,
    solver: SOLVER_NAME,
    objective: p.objective,
    threshold: p.threshold,
    assignment,
    locked,
    matched,
    total: totalMilli / SCORE_SCALE,
    totalMilli,
    mentorLoad,
    iterations: out.steps,
    rounds: 1,
  };
}
