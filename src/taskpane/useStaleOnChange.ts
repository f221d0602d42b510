// "Your results are out of date": a screen showing results read from the workbook (issues,
// proposed pairs, a conversion preview) must not act on them once someone has changed the
// cells, whether the officer at this keyboard or a co-author on OneDrive (Excel reports both
// through worksheet change events). The add-in's own writes raise the same events, so they are
// announced with ownWrite() and ignored, during the write and for a short quiet period after
// (Excel delivers the events asynchronously, after the sync that caused them).
//
// StaleTracker holds the logic without React, so it is unit-tested against the preview host;
// useStaleOnChange() is the thin hook screens use.

import { useEffect, useMemo, useSyncExternalStore } from "react";
import { useWorkbookHost, type WorkbookHost } from "./host";

/** How long after the add-in's own write its change events are still ignored. */
export const OWN_WRITE_QUIET_MS = 1_000;

export interface StaleTrackerOptions {
  quietMs?: number;
  now?: () => number;
}

export class StaleTracker {
  private staleNow = false;
  private watching = false;
  private ownWrites = 0;
  private quietUntil = 0;
  private readonly listeners = new Set<() => void>();
  private readonly quietMs: number;
  private readonly now: () => number;

  constructor(
    private readonly host: Pick<WorkbookHost, "onWorkbookChanged">,
    options: StaleTrackerOptions = {},
  ) {
    this.quietMs = options.quietMs ?? OWN_WRITE_QUIET_MS;
    this.now = options.now ?? (() => Date.now());
  }

  /** False on a host that cannot report changes: the screen should then say results may be old. */
  get supported(): boolean {
    return this.host.onWorkbookChanged !== undefined;
  }

  get stale(): boolean {
    return this.staleNow;
  }

  /** Starts listening to the workbook; returns the unsubscribe. */
  start(onError?: (error: unknown) => void): () => void {
    if (!this.host.onWorkbookChanged) return () => undefined;
    return this.host.onWorkbookChanged(() => this.changed(), onError);
  }

  /** Results are on screen (true) or not (false: nothing can go stale). */
  setWatching(watching: boolean): void {
    this.watching = watching;
    if (!watching) this.set(false);
  }

  /** New results were just read: they are current. */
  markFresh(): void {
    this.set(false);
  }

  /** Runs the add-in's own write; the changes it causes do not make the results stale. */
  async ownWrite<T>(write: () => Promise<T>): Promise<T> {
    this.ownWrites += 1;
    try {
      return await write();
    } finally {
      this.ownWrites -= 1;
      this.quietUntil = this.now() + this.quietMs;
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): boolean => this.staleNow;

  private changed(): void {
    if (!this.watching || this.ownWrites > 0 || this.now() < this.quietUntil) return;
    this.set(true);
  }

  private set(stale: boolean): void {
    if (stale === this.staleNow) return;
    this.staleNow = stale;
    for (const listener of this.listeners) listener();
  }
}

export interface StaleState {
  /** Someone changed the workbook since the results on screen were read. */
  stale: boolean;
  /** False when the host cannot report changes. */
  supported: boolean;
  markFresh(): void;
  ownWrite<T>(write: () => Promise<T>): Promise<T>;
}

/**
 * Marks a screen's results stale when the workbook changes (locally or remotely) while
 * `watching` (results are on screen). Wrap the screen's own writes in ownWrite().
 */
export function useStaleOnChange(watching: boolean, onError?: (error: unknown) => void): StaleState {
  const host = useWorkbookHost();
  const tracker = useMemo(() => new StaleTracker(host), [host]);
  useEffect(() => tracker.start(onError), [tracker, onError]);
  useEffect(() => tracker.setWatching(watching), [tracker, watching]);
  const stale = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot, tracker.getSnapshot);
  // Stable across stale changes, so callbacks that use them (a screen's read) are not re-created
  // (and effects keyed on those callbacks not re-run) each time the workbook changes.
  const actions = useMemo(() => ({ markFresh: () => tracker.markFresh(), ownWrite: <T>(write: () => Promise<T>) => tracker.ownWrite(write) }), [tracker]);
  return useMemo(() => ({ stale, supported: tracker.supported, ...actions }), [stale, tracker, actions]);
}
