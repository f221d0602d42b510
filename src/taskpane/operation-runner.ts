// The state machine behind useOperation, free of React so it is unit-tested directly: one
// operation at a time, progress, cancellation through an AbortController, and every failure
// turned into a UserMessage (never swallowed, never rethrown into a click handler).
import type { XlRequestContext } from "../workbook/office/excel-api";
import { describeError, isCancellation, type UserMessage } from "./errors";
import type { WorkbookHost } from "./host";

export interface ProgressReport {
  /** 0..1 when known; leave out for an indeterminate bar. */
  fraction?: number;
  /** What is happening now, e.g. "Reading Mentors (1,240 rows)". */
  note?: string;
}

/** What a job receives. */
export interface OperationControls {
  /** Aborted when the user presses Cancel (or the task pane closes): check it between steps. */
  signal: AbortSignal;
  host: WorkbookHost;
  report(progress: ProgressReport): void;
  /**
   * The same reporting in the workbook layer's shape (done, total, label), so controls can be
   * passed straight to a long operation as `{ signal, onProgress }`.
   */
  onProgress(done: number, total: number, label: string): void;
  /** host.run with a cancellation check before and after the batch. */
  inWorkbook<T>(job: (context: XlRequestContext) => Promise<T>): Promise<T>;
}

export type OperationOutcome<T> = { ok: true; value: T } | { ok: false; reason: "failed" | "cancelled" | "busy" };

export type OperationState =
  | { status: "idle" }
  | { status: "running"; label: string; progress: ProgressReport; cancelling: boolean }
  | { status: "succeeded"; label: string; summary: string }
  | { status: "failed"; label: string; message: UserMessage }
  | { status: "cancelled"; label: string };

export interface RunOptions<T> {
  /** The success message; defaults to "<label>: done." */
  summarise?: (value: T) => string;
}

export type Job<T> = (controls: OperationControls) => Promise<T>;

export class OperationRunner {
  private current: AbortController | null = null;
  private state: OperationState = { status: "idle" };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly host: WorkbookHost) {}

  getState = (): OperationState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(state: OperationState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /**
   * Runs `job` unless another operation is running. Never rejects: the outcome says how it
   * ended and the state carries the message for the user, so callers branch on `outcome.ok`.
   */
  run = async <T>(label: string, job: Job<T>, options?: RunOptions<T>): Promise<OperationOutcome<T>> => {
    if (this.current) return { ok: false, reason: "busy" };
    const controller = new AbortController();
    this.current = controller;
    const { signal } = controller;
    this.set({ status: "running", label, progress: {}, cancelling: false });
    const report = (progress: ProgressReport) => {
      // A job that reports after it ended must not resurrect the bar.
      if (this.current !== controller || this.state.status !== "running") return;
      this.set({ ...this.state, progress });
    };
    const controls: OperationControls = {
      signal,
      host: this.host,
      report,
      onProgress: (done, total, note) => report({ fraction: total > 0 ? Math.min(1, done / total) : undefined, note }),
      inWorkbook: async (workbookJob) => {
        signal.throwIfAborted();
        const result = await this.host.run(workbookJob);
        signal.throwIfAborted();
        return result;
      },
    };
    try {
      const value = await job(controls);
      this.set({ status: "succeeded", label, summary: options?.summarise?.(value) ?? `${label}: done.` });
      return { ok: true, value };
    } catch (error) {
      if (signal.aborted && isCancellation(error)) {
        this.set({ status: "cancelled", label });
        return { ok: false, reason: "cancelled" };
      }
      // The user gets the message; the console keeps the stack for whoever fixes a bug.
      console.error(`${label} failed:`, error);
      this.set({ status: "failed", label, message: describeError(error, label) });
      return { ok: false, reason: "failed" };
    } finally {
      this.current = null;
    }
  };

  cancel = (): void => {
    if (!this.current || this.state.status !== "running") return;
    this.current.abort();
    this.set({ ...this.state, cancelling: true });
  };

  /** Clears the last outcome's message; a running operation is not dismissed. */
  dismiss = (): void => {
    if (this.state.status !== "running" && this.state.status !== "idle") this.set({ status: "idle" });
  };

  /** Aborts whatever is running: the task pane is going away. */
  dispose = (): void => {
    this.current?.abort();
  };
}
