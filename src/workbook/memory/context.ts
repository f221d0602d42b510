/**
 * `createMemoryContext(workbook)`: an XlRequestContext over a MemoryWorkbook that behaves like
 * Office.js — queued until sync, PropertyNotLoaded on unloaded reads, errors by Excel code,
 * request-size limits — and that tests can inspect (counters) and sabotage (faults).
 *
 *   const context = createMemoryContext(workbook);
 *   await someOperation(context);
 *   context.stats.syncCount;                       // round trips made
 *   context.stats.requestBytes;                    // size of each request
 *   context.faults.failSync({ atSync: 2, afterOperations: 3 });
 *   context.faults.loseConnection({ atSync: 1, applied: true });
 *
 * Several contexts may share one workbook (like several Excel.run calls, or two add-ins).
 */

import type { XlRequestContext, XlWorkbook } from "../office/excel-api";
import { Engine, type EngineOptions, type FaultControls, type SyncStats } from "./engine";
import type { MemoryWorkbook } from "./model";
import { MemWorkbookProxy } from "./proxies-sheet";

export type MemoryContextOptions = EngineOptions;

export interface MemoryContext extends XlRequestContext {
  readonly workbook: XlWorkbook;
  /** The document this context edits; tests may change it directly between syncs. */
  readonly document: MemoryWorkbook;
  readonly stats: SyncStats;
  readonly faults: FaultControls;
  /** Operations queued since the last sync. */
  readonly pendingOperations: number;
  readonly maxRequestBytes: number;
}

export function createMemoryContext(document: MemoryWorkbook, options: MemoryContextOptions = {}): MemoryContext {
  const engine = new Engine(document, options);
  const workbook = new MemWorkbookProxy(engine);
  return {
    workbook,
    document,
    stats: engine.stats,
    faults: engine.faultControls,
    get pendingOperations() {
      return engine.pendingOperations;
    },
    maxRequestBytes: engine.maxRequestBytes,
    sync: <T>(passThroughValue?: T) => engine.sync(passThroughValue),
  };
}
