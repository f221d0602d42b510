/**
 * The batching core of the in-memory Excel: proxies queue operations, `sync()` runs them in
 * order against the MemoryWorkbook, and only then do loaded properties become readable.
 *
 * Like Excel, a batch is not a transaction: when an operation fails, the ones before it stay
 * applied, the rest are skipped, and sync rejects. Like Excel on the web, a request larger
 * than `maxRequestBytes` (default 5 MB) is refused before anything runs, and a response larger
 * than `maxResponseBytes` fails the load that overflows it.
 */

import { type Rect, rectAddress } from "../address";
import { utf8Length } from "../json-size";
import type { XlClientObject } from "../office/excel-api";
import { type XlErrorCode, XlApiError, propertyNotLoaded } from "./errors";
import type { MemorySheet, MemoryWorkbook } from "./model";

export const DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
/** Fixed envelope of every request (headers, batch wrapper), so empty syncs still cost a little. */
const REQUEST_OVERHEAD_BYTES = 64;

export interface SyncStats {
  /** Number of `sync()` calls, including ones that were refused or failed. */
  syncCount: number;
  /** Request size of each sync, in bytes of JSON (values arrays included). */
  requestBytes: number[];
  totalRequestBytes: number;
  /** Response size of each sync (loaded properties as JSON). */
  responseBytes: number[];
  /** Queued operations sent in each sync. */
  operationCounts: number[];
}

export interface SyncFault {
  /** Which sync fails, counting every sync of this context from 1. */
  atSync: number;
  /** Operations of that batch applied before it fails; 0 (default) applies nothing. */
  afterOperations?: number;
  /** Error code to fail with; default "GeneralException". */
  code?: XlErrorCode;
  message?: string;
}

export interface ConnectionFault {
  atSync: number;
  /** How many consecutive syncs, from `atSync`, find the connection down (default 1). */
  forSyncs?: number;
  /**
   * false (default): the request never reached Excel, nothing is applied.
   * true: Excel applied the whole batch but the answer was lost: the document changed, the
   * add-in sees a ConnectionFailure and no loaded values.
   */
  applied?: boolean;
}

/** Something that happens to the document between the add-in's syncs (see `FaultControls.beforeSync`). */
export type DocumentChange = (workbook: MemoryWorkbook) => void;

export interface FaultControls {
  failSync(fault: SyncFault): void;
  loseConnection(fault: ConnectionFault): void;
  /**
   * Runs `change` on the document just before sync #atSync is applied, i.e. between that sync
   * and the one before it: a co-author or the user renaming, deleting or protecting a sheet,
   * renaming a table, editing cells while the add-in is half-way through an operation. The
   * change happens even if that sync is then refused or fails, as it would in a shared workbook.
   */
  beforeSync(atSync: number, change: DocumentChange): void;
  /** Faults and changes planned but not yet triggered. */
  readonly planned: number;
}

export interface EngineOptions {
  maxRequestBytes?: number;
  maxResponseBytes?: number;
}

interface QueuedOperation {
  label: string;
  bytes: number;
  apply: (run: BatchRun) => void;
}

type PlannedFault =
  | ({ kind: "fail" } & SyncFault)
  | ({ kind: "connection" } & ConnectionFault)
  | { kind: "change"; atSync: number; change: DocumentChange };

/** Proxies travel as references; values arrays never hold proxies, so they are left as they are. */
function withReferences(value: unknown, depth = 0): unknown {
  if (value instanceof ProxyBase) return { ref: value.objectId };
  if (depth > 3 || value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withReferences(v, depth + 1)]));
}

function jsonBytes(value: unknown): number {
  const prepared = Array.isArray(value) ? value.map((v) => withReferences(v)) : withReferences(value);
  const text = JSON.stringify(prepared);
  return text === undefined ? 0 : utf8Length(text);
}

/** One execution of a batch: tentative bindings and loads that become visible on commit. */
export class BatchRun {
  responseBytes = 0;
  readonly changes: Array<{ sheet: MemorySheet; rect: Rect }> = [];
  private readonly commits: Array<() => void> = [];

  constructor(
    readonly workbook: MemoryWorkbook,
    private readonly maxResponseBytes: number,
  ) {}

  onCommit(fn: () => void): void {
    this.commits.push(fn);
  }

  /** Counts a loaded value toward the response size; fails like Excel on the web when too big. */
  addResponse(bytes: number): void {
    this.responseBytes += bytes;
    if (this.responseBytes > this.maxResponseBytes) {
      throw new XlApiError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit of ${this.maxResponseBytes} bytes. Load fewer cells per sync.`,
      );
    }
  }

  /** Refuses before building a value that could not fit anyway (e.g. values of a whole column). */
  assertResponseRoom(minimumBytes: number): void {
    if (this.responseBytes + minimumBytes > this.maxResponseBytes) this.addResponse(minimumBytes);
  }

  recordChange(sheet: MemorySheet, rect: Rect): void {
    this.changes.push({ sheet, rect });
  }

  commit(): void {
    for (const fn of this.commits) fn();
  }
}

export class Engine {
  readonly stats: SyncStats = { syncCount: 0, requestBytes: [], totalRequestBytes: 0, responseBytes: [], operationCounts: [] };
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  private queue: QueuedOperation[] = [];
  private readonly faults: PlannedFault[] = [];
  private objectIds = 0;

  constructor(
    readonly workbook: MemoryWorkbook,
    options: EngineOptions = {},
  ) {
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  }

  nextObjectId(): number {
    this.objectIds += 1;
    return this.objectIds;
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  enqueue(objectId: number, label: string, args: readonly unknown[], apply: (run: BatchRun) => void): void {
    this.queue.push({ label, bytes: jsonBytes([objectId, label, args.map((a) => withReferences(a))]), apply });
  }

  readonly faultControls: FaultControls = (() => {
    const faults = this.faults;
    return {
      failSync: (fault: SyncFault) => {
        faults.push({ kind: "fail", ...fault });
      },
      loseConnection: (fault: ConnectionFault) => {
        const { forSyncs = 1, ...rest } = fault;
        for (let i = 0; i < forSyncs; i++) faults.push({ kind: "connection", ...rest, atSync: fault.atSync + i });
      },
      beforeSync: (atSync: number, change: DocumentChange) => {
        faults.push({ kind: "change", atSync, change });
      },
      get planned(): number {
        return faults.length;
      },
    };
  })();

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    this.stats.syncCount += 1;
    const syncNumber = this.stats.syncCount;
    const bytes = ops.reduce((sum, op) => sum + op.bytes, REQUEST_OVERHEAD_BYTES);
    this.stats.requestBytes.push(bytes);
    this.stats.totalRequestBytes += bytes;
    this.stats.operationCounts.push(ops.length);
    // Excel answers asynchronously; never let a caller rely on sync being synchronous.
    await Promise.resolve();
    this.runPlannedChanges(syncNumber);

    if (bytes > this.maxRequestBytes) {
      this.stats.responseBytes.push(0);
      throw new XlApiError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit of ${this.maxRequestBytes} bytes. Split the write into smaller syncs.`,
      );
    }
    const faultIndex = this.faults.findIndex((f) => f.atSync === syncNumber && f.kind !== "change");
    const planned = faultIndex >= 0 ? this.faults.splice(faultIndex, 1)[0] : undefined;
    const fault = planned?.kind === "change" ? undefined : planned;
    if (fault?.kind === "connection" && !fault.applied) {
      this.stats.responseBytes.push(0);
      throw new XlApiError("ConnectionFailure", "The connection to Excel was lost before the request was delivered.");
    }

    const run = new BatchRun(this.workbook, this.maxResponseBytes);
    let failure: unknown;
    const failAt = fault?.kind === "fail" ? Math.min(fault.afterOperations ?? 0, ops.length) : undefined;
    try {
      for (const op of ops.slice(0, failAt ?? ops.length)) op.apply(run);
      if (fault?.kind === "fail") {
        throw new XlApiError(fault.code ?? "GeneralException", fault.message ?? `Injected failure of sync #${syncNumber}.`);
      }
    } catch (error) {
      failure = error;
    }
    this.emitLocalChanges(run);
    this.stats.responseBytes.push(failure === undefined ? run.responseBytes : 0);
    if (failure !== undefined) throw failure;
    if (fault?.kind === "connection") {
      throw new XlApiError("ConnectionFailure", "The connection to Excel was lost; the request may have been applied.");
    }
    run.commit();
    return passThroughValue as T;
  }

  /** Changes planned for this sync happen first, as someone else's edits reach Excel before our request. */
  private runPlannedChanges(syncNumber: number): void {
    for (let i = 0; i < this.faults.length; ) {
      const planned = this.faults[i];
      if (planned?.kind === "change" && planned.atSync === syncNumber) {
        this.faults.splice(i, 1);
        planned.change(this.workbook);
      } else {
        i += 1;
      }
    }
  }

  private emitLocalChanges(run: BatchRun): void {
    for (const change of run.changes) {
      this.workbook.events.emit({
        type: "WorksheetChanged",
        worksheetId: change.sheet.id,
        address: rectAddress(change.rect),
        changeType: "RangeEdited",
        source: "Local",
        triggerSource: "ThisLocalAddin",
      });
    }
  }
}

export type Resolver<B> = (run: BatchRun) => B | null;

/**
 * A proxy object. `B` is what it is bound to in the document (a sheet, a table, a range
 * rectangle...). Binding happens during the first sync that uses it and is kept afterwards,
 * so a sheet renamed by a co-author is still the same sheet for a proxy already bound.
 */
export abstract class ProxyBase<B> implements XlClientObject {
  readonly objectId: number;
  private committed: { value: B | null } | undefined;
  private readonly loadedValues = new Map<string, unknown>();

  protected constructor(
    protected readonly engine: Engine,
    protected readonly typeName: string,
    private readonly resolver: Resolver<B>,
    creation?: { label: string; args: readonly unknown[] },
  ) {
    this.objectId = engine.nextObjectId();
    if (creation) {
      // Excel resolves the object where it was created in the batch (getItem of a missing
      // sheet fails that sync even if nothing else uses it).
      engine.enqueue(this.objectId, creation.label, creation.args, (run) => {
        this.resolve(run);
      });
    }
  }

  get isNullObject(): boolean {
    if (!this.committed) throw propertyNotLoaded(this.typeName, "isNullObject", " isNullObject is known after the sync that follows the object's creation.");
    return this.committed.value === null;
  }

  /**
   * The bound document object, or null for a null object. Resolved once per batch (later
   * operations of the batch see the same binding) and kept once that batch commits.
   */
  resolve(run: BatchRun): B | null {
    if (this.committed) return this.committed.value;
    if (this.pending?.run === run) return this.pending.value;
    const value = this.resolver(run);
    this.pending = { run, value };
    run.onCommit(() => {
      this.committed = { value };
      this.pending = undefined;
    });
    return value;
  }

  private pending: { run: BatchRun; value: B | null } | undefined;

  /** The bound object for an operation; null objects and deleted objects fail like Excel. */
  target(run: BatchRun): B {
    const value = this.resolve(run);
    if (value === null) {
      throw new XlApiError("ItemNotFound", `The requested ${this.typeName} does not exist (it is a null object; check isNullObject before using it).`, this.typeName);
    }
    this.assertAlive(value, run);
    return value;
  }

  /** Overridden by proxies whose object can disappear (deleted sheet, table, chart). */
  protected assertAlive(_value: B, _run: BatchRun): void {}

  protected read<T>(name: string): T {
    if (!this.loadedValues.has(name)) {
      const nullNote = this.committed?.value === null ? ` This ${this.typeName} is a null object; check isNullObject first.` : "";
      throw propertyNotLoaded(this.typeName, name, nullNote);
    }
    return this.loadedValues.get(name) as T;
  }

  protected queueSet(name: string, value: unknown, apply: (target: B, run: BatchRun) => void): void {
    this.engine.enqueue(this.objectId, `${this.typeName}.${name}=`, [value], (run) => apply(this.target(run), run));
  }

  protected queueCall(method: string, args: readonly unknown[], apply: (target: B, run: BatchRun) => void): void {
    this.engine.enqueue(this.objectId, `${this.typeName}.${method}`, args, (run) => apply(this.target(run), run));
  }

  /** Scalar properties `load()` with no arguments loads. */
  protected abstract scalarNames(): readonly string[];
  /** Reads a scalar from the document at this point of the batch. */
  protected abstract readScalar(name: string, target: B, run: BatchRun): unknown;
  /** Navigation properties that can appear in a load path ("format/fill/color"). */
  protected navigation(_name: string): ProxyBase<unknown> | undefined {
    return undefined;
  }
  /** Collections load their items through "items/..." paths. */
  protected loadItems(_run: BatchRun, _paths: string[]): boolean {
    return false;
  }

  load(propertyNames?: string | string[]): this {
    const list = propertyNames === undefined ? [] : Array.isArray(propertyNames) ? propertyNames : [propertyNames];
    const paths = list.flatMap((p) => p.split(",")).map((p) => p.trim()).filter((p) => p !== "");
    this.engine.enqueue(this.objectId, `${this.typeName}.load`, [paths.join(",")], (run) => this.runLoad(run, paths));
    return this;
  }

  /** Executes a load inside a batch (also used by parents for nested paths). */
  runLoad(run: BatchRun, paths: string[]): void {
    const target = this.resolve(run);
    if (target === null) return;
    this.assertAlive(target, run);
    if (paths.length === 0) {
      if (this.loadItems(run, [])) return;
      for (const name of this.scalarNames()) this.loadScalar(run, name, target);
      return;
    }
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head = "", ...rest] = path.split("/");
      const tail = rest.join("/");
      if (this.scalarNames().includes(head)) {
        if (tail !== "") throw new XlApiError("InvalidArgument", `'${head}' of ${this.typeName} has no property '${tail}'.`, `${this.typeName}.load`);
        this.loadScalar(run, head, target);
        continue;
      }
      const list = nested.get(head) ?? [];
      if (tail !== "") list.push(tail);
      nested.set(head, list);
    }
    for (const [head, tails] of nested) {
      if (head === "items") {
        if (!this.loadItems(run, tails)) throw new XlApiError("InvalidArgument", `${this.typeName} has no items.`, `${this.typeName}.load`);
        continue;
      }
      const child = this.navigation(head);
      if (child) {
        child.runLoad(run, tails);
        continue;
      }
      // On a collection, "name" means "items/name" (Office.js shorthand).
      if (this.loadItems(run, [tails.length ? `${head}/${tails.join(",")}` : head])) continue;
      throw new XlApiError("InvalidArgument", `${this.typeName} has no property '${head}'.`, `${this.typeName}.load`);
    }
  }

  /** For collections: makes `items` (or another computed value) readable when the batch commits. */
  protected loadedOnCommit(run: BatchRun, name: string, value: unknown): void {
    run.onCommit(() => this.loadedValues.set(name, value));
  }

  private loadScalar(run: BatchRun, name: string, target: B): void {
    const value = this.readScalar(name, target, run);
    run.addResponse(jsonBytes(value) + name.length + 4);
    run.onCommit(() => this.loadedValues.set(name, value));
  }
}

/** Excel's message for a rectangle that does not match the written array. */
export function dimensionMismatch(rect: Rect, rows: number, columns: number, property: string): XlApiError {
  return new XlApiError(
    "InvalidArgument",
    `The number of rows or columns in the input array (${rows}x${columns}) doesn't match the size or dimensions of the range (${rect.rowCount}x${rect.columnCount}).`,
    `Range.${property}`,
  );
}
