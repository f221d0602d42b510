import { REGISTER_KINDS, type RegisterKind, type Registers } from "../registers";
import type { Settings } from "../settings";
import { checkPairLogs } from "./logs";
import { checkMentees } from "./mentees";
import { checkMentors } from "./mentors";
import { checkAcceptance, checkPairs } from "./pairs";
import { checkPhases } from "./phases";
import { buildReport } from "./report";
import { checkSessions } from "./sessions";
import { reportSettingsProblems } from "./settings";
import { ValidationState } from "./state";
import type { ValidateOptions, ValidationProgress, ValidationReport } from "./types";

function mergeSettings(base: Settings, overrides: Partial<Settings> | undefined): Settings {
  if (!overrides) return base;
  const merged: Settings = { ...base };
  // Copy only what is set: { minYearsExperience: undefined } must not erase the workbook's value.
  for (const key of Object.keys(overrides) as Array<keyof Settings>) {
    const value = overrides[key];
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  return merged;
}

/**
 * The passes, in the order their indexes are needed: phases (weeks, dates, counties), people,
 * pairs (which people, which phase), sessions (which pair), then checks that need sessions, then
 * goals and evaluations. Yields at chunk and register boundaries, where drivers check for abort
 * and report progress.
 */
function* passes(registers: Registers, st: ValidationState): Generator<void> {
  const steps: Array<[RegisterKind, () => Generator<void>]> = [
    ["phases", () => checkPhases(registers.phases, st)],
    ["mentors", () => checkMentors(registers.mentors, st)],
    ["mentees", () => checkMentees(registers.mentees, st)],
    ["pairs", () => checkPairs(registers.pairs, st)],
    ["sessions", () => checkSessions(registers.sessions, st)],
    ["goals", () => checkPairLogs(registers.goals, st)],
    ["evaluations", () => checkPairLogs(registers.evaluations, st)],
  ];
  for (const [kind, step] of steps) {
    st.register = kind;
    yield* step();
    if (kind === "sessions") checkAcceptance(st);
    yield;
  }
}

function start(registers: Registers, options: ValidateOptions): ValidationState {
  const settings = mergeSettings(registers.settings, options.settings);
  let total = 0;
  for (const kind of REGISTER_KINDS) total += registers[kind]?.rows.length ?? 0;
  const st = new ValidationState(settings, total);
  reportSettingsProblems(options.settingsProblems ?? [], st.out);
  return st;
}

/**
 * Throws the abort reason. Not `signal.throwIfAborted()`: older Office webviews (EdgeHTML,
 * Safari before 15.4) have AbortSignal without it, and without `reason`.
 */
function stopIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  if (reason instanceof Error) throw reason;
  const error = new Error(typeof reason === "string" ? reason : "Validation was cancelled.");
  error.name = "AbortError";
  throw error;
}

function progress(st: ValidationState): ValidationProgress {
  return { register: st.register, done: st.done, total: st.total };
}

/**
 * Validates every register against the field rules, duplicates, references and the programme's
 * rules. Pure and synchronous: the same registers and settings give the same report. Throws the
 * signal's reason if `signal` is aborted (checked between registers and every few thousand rows).
 */
export function validateRegisters(registers: Registers, options: ValidateOptions = {}): ValidationReport {
  const { signal, onProgress } = options;
  stopIfAborted(signal);
  const st = start(registers, options);
  for (const _ of passes(registers, st)) {
    stopIfAborted(signal);
    onProgress?.(progress(st));
  }
  return buildReport(st.out.issues);
}

/** Hands control back to the host between chunks, so a task pane can paint and a Cancel click lands. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Work done between two pauses, in milliseconds. Browsers make a nested setTimeout(0) wait at
 * least 4 ms, so pausing at every register boundary cost a small workbook more in waiting than
 * in checking; pausing only after this much work keeps a big run responsive (a frame or two
 * between pauses) and lets a small one finish without waiting at all.
 */
const SLICE_MS = 25;

function now(): number {
  return typeof performance === "undefined" ? Date.now() : performance.now();
}

/**
 * The same validation, giving the event loop a turn between chunks: in a task pane, a progress
 * bar moves and an abort from a Cancel button takes effect mid-run (the synchronous version can
 * only see an abort raised from inside onProgress). Rejects with the signal's reason on abort.
 */
export async function validateRegistersAsync(registers: Registers, options: ValidateOptions = {}): Promise<ValidationReport> {
  const { signal, onProgress } = options;
  stopIfAborted(signal);
  const st = start(registers, options);
  const slice = options.sliceMs ?? SLICE_MS;
  let sliceStart = now();
  for (const _ of passes(registers, st)) {
    onProgress?.(progress(st));
    if (now() - sliceStart < slice) continue;
    await pause();
    stopIfAborted(signal);
    sliceStart = now();
  }
  stopIfAborted(signal);
  return buildReport(st.out.issues);
}
