// The state machine behind useOperation, free of React so it is unit-tested directly: one
// operation at a time, progress, cancellation through an AbortController, and every failure
// turned into a UserMessage (never swallowed, never rethrown into a click handler).
import type { XlRequestContext } from "../workbook/office/excel-api";
import { describeError, isCancellation, isFilterRefusal, type UserMessage } from "./errors";
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
  /**
   * "refuse" on the first attempt; "clearFilters" when the officer, told a table is filtered,
   * chose "Clear the filters and continue". Jobs run with `canClearFilters` pass it to their writes.
   */
  whenFiltered: WhenFiltered;
}

export type WhenFiltered = "refuse" | "clearFilters";

/** The button that re-runs a job refused for a filtered table, with its filters cleared. */
export const CLEAR_FILTERS_CHOICE = "Clear the filters and continue";

export type OperationOutcome<T> = { ok: true; value: T } | { ok: false; reason: "failed" | "cancelled" | "busy" };

export type OperationState =
  | { status: "idle" }
  | { status: "running"; label: string; progress: ProgressReport; cancelling: boolean }
  | { status: "succeeded"; label: string; summary: string }
  | { status: "failed"; label: string; message: UserMessage; /** A choice that re-runs the job (its button's label). */ retry?: string }
  | { status: "cancelled"; label: string };

export interface RunOptions<T> {
  /** The success message; defaults to "<label>: done." */
  summarise?: (value: T) => string;
  /**
   * The job passes controls.whenFiltered to its writes: a refusal for a filtered table then
   * offers CLEAR_FILTERS_CHOICE, and run() resolves with the outcome of what the officer chose.
   */
  canClearFilters?: boolean;
}

/** A refusal waiting for the officer: retry with the filters cleared, or leave it. */
interface PendingChoice {
  accept(): void;
  decline(): void;
}

export type Job<T> = (controls: OperationControls) => Promise<T>;

export class OperationRunner {
  private current: AbortController | null = null;
  private choice: PendingChoice | null = null;
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
    // Starting something else is the officer's answer to a choice still on screen: not now.
    this.declineChoice();
    return this.attempt(label, job, options, "refuse");
  };

  private attempt = async <T>(label: string, job: Job<T>, options: RunOptions<T> | undefined, whenFiltered: WhenFiltered): Promise<OperationOutcome<T>> => {
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
      whenFiltered,
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
      const message = describeError(error, label);
      if (options?.canClearFilters && whenFiltered === "refuse" && isFilterRefusal(error)) {
        // The caller's continuation waits for the officer's choice (the pane is not busy
        // meanwhile): accepting re-runs the same job with the filters cleared.
        return new Promise<OperationOutcome<T>>((resolve) => {
          this.choice = {
            accept: () => resolve(this.attempt(label, job, options, "clearFilters")),
            decline: () => resolve({ ok: false, reason: "failed" }),
          };
          this.set({ status: "failed", label, message, retry: CLEAR_FILTERS_CHOICE });
        });
      }
      this.set({ status: "failed", label, message });
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
    if (this.state.status === "running" || this.state.status === "idle") return;
    this.declineChoice();
    this.set({ status: "idle" });
  };

  /** The officer accepted the offered retry (CLEAR_FILTERS_CHOICE): runs the job again with it. */
  retry = (): void => {
    const choice = this.choice;
    if (!choice || this.current) return;
    this.choice = null;
    choice.accept();
  };

  private declineChoice(): void {
    const choice = this.choice;
    this.choice = null;
    choice?.decline();
  }

  /** Aborts whatever is running: the task pane is going away. */
  dispose = (): void => {
    this.declineChoice();
    this.current?.abort();
  };
}
