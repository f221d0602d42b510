/**
 * The fault matrix: every write operation, run against the strict in-memory Excel with one
 * fault at a time, at every point the operation can meet it. After each run the workbook must
 * be exactly as before (rolled back) or exactly what a fault-free run gives (completed), and
 * an error must be one the officer can act on. Used by the vitest suite and by
 * `npm run report:robustness` (no vitest here: plain functions returning outcomes).
 *
 * Faults (per operation; N ranges over the syncs of its fault-free run):
 *   sync fails           sync N fails after 0 operations of its batch, and after half of them
 *   request over 5 MB    the largest request of the fault-free run is over the limit
 *   connection lost      before sync N is delivered; and with sync N applied but unanswered
 *   sheet deleted        the sheet the operation writes is deleted just before sync N
 *   sheet renamed        ... renamed just before sync N
 *   sheet protected      ... protected before the run, and just before sync N
 *   table renamed        the operation's table is renamed by hand before the run / before sync N
 *   table filtered       someone filters the operation's table (rows hidden) before the run / before sync N
 *   co-author edit       a co-author types into what the operation reads and rewrites, before sync N
 */

import { ActionableError } from "../../../src/taskpane/errors";
import { type MemoryContext, type MemoryWorkbook, coAuthorEdit, createMemoryContext, filterTable } from "../../../src/workbook/memory";
import { WorkbookOperationError } from "../../../src/workbook/office";
import { dumpWorkbook, valueCells } from "../support/workbook-dump";

export interface OperationCase {
  /** e.g. "convert (first conversion)". */
  name: string;
  /** A fresh workbook to run on. */
  workbook(): MemoryWorkbook | Promise<MemoryWorkbook>;
  run(context: MemoryContext): Promise<unknown>;
  /** What it writes: target of the sheet and table faults. */
  writes: { sheet: string; table?: string };
  /**
   * A cell the operation reads and would rewrite (e.g. a register cell when converting again),
   * and what a co-author types there. After the run, that value must still be there.
   */
  coAuthor?: { sheet: string; address: string; value: string };
  /**
   * Sets what differs between two fault-free runs by nature (the solver's measured time in the
   * pairing run log) to a fixed value, so "exactly as a fault-free run" compares the rest.
   */
  steady?(workbook: MemoryWorkbook): void;
}

export interface PendingOperation {
  name: string;
  reason: string;
}

export type FaultKind =
  | "sync fails"
  | "request over 5 MB"
  | "connection lost"
  | "sheet deleted"
  | "sheet renamed"
  | "sheet protected"
  | "table renamed"
  | "table filtered"
  | "co-author edit";

export type Outcome = "rolled back" | "completed" | "half-written";

export interface FaultResult {
  operation: string;
  kind: FaultKind;
  /** e.g. "sync 3 fails after 2 of 5 operations". */
  fault: string;
  outcome: Outcome;
  /** The message the officer gets, when the operation stopped. */
  message?: string;
  /** Why the message is not one an officer can act on (unset when it is). */
  badMessage?: string;
  /** Cells holding data before (or typed by a co-author) that the run lost. */
  cellsLost: number;
  /** True when a co-author's typed value did not survive. */
  editOverwritten?: boolean;
  /**
   * True for a co-author's edit (or a sheet protected or a table filtered by one) that reaches Excel between the
   * operation's last look and its final write (the last round trip): Office.js has no
   * compare-and-swap, so no add-in can see it coming. Reported apart with its outcome, not
   * counted as a failure of the operation.
   */
  inLastRoundTrip?: boolean;
}

type Change = (workbook: MemoryWorkbook) => boolean;

interface Reference {
  before: string;
  syncs: number;
  operationCounts: number[];
  largestRequest: number;
}

async function faultFree(op: OperationCase): Promise<Reference & { after: string }> {
  const workbook = (await op.workbook());
  const before = dumpWorkbook(workbook);
  const context = createMemoryContext(workbook);
  await op.run(context);
  return {
    before,
    after: dumpWorkbook(workbook),
    syncs: context.stats.syncCount,
    operationCounts: [...context.stats.operationCounts],
    largestRequest: Math.max(0, ...context.stats.requestBytes),
  };
}

/** What the officer is told, judged: a WorkbookOperationError, ActionableError or an error with a fix. */
export function judgeMessage(error: unknown): { message: string; bad?: string } {
  const message = error instanceof Error ? error.message : String(error);
  const actionable =
    error instanceof WorkbookOperationError ||
    error instanceof ActionableError ||
    (typeof error === "object" && error !== null && "fix" in error && typeof (error as { fix: unknown }).fix === "string") ||
    (typeof error === "object" && error !== null && "action" in error && typeof (error as { action: unknown }).action === "string");
  if (!actionable) return { message, bad: `not an actionable error (${error instanceof Error ? error.name : typeof error})` };
  if (message.trim().length < 20) return { message, bad: "too short to say what happened" };
  if (/~mr |undefined|\[object |NaN/.test(message)) return { message, bad: "mentions internals" };
  return { message };
}

/** Runs `op` with a fault planted by `plant`; classifies the result against the references. */
async function runWithFault(
  op: OperationCase,
  kind: FaultKind,
  fault: string,
  plant: (context: MemoryContext) => void,
  references: { rolledBack: string[]; completed: string[] },
  original: Map<string, string | number | boolean>,
  keptByReference: Map<string, string | number | boolean>,
  options: { maxRequestBytes?: number; before?: Change; edit?: OperationCase["coAuthor"] } = {},
): Promise<FaultResult> {
  const workbook = (await op.workbook());
  options.before?.(workbook);
  const context = createMemoryContext(workbook, options.maxRequestBytes === undefined ? {} : { maxRequestBytes: options.maxRequestBytes });
  plant(context);
  let error: unknown;
  let failed = false;
  try {
    await op.run(context);
  } catch (thrown) {
    error = thrown;
    failed = true;
  }
  await workbook.events.idle();
  const after = dumpWorkbook(workbook);
  const outcome: Outcome = references.rolledBack.includes(after) ? "rolled back" : references.completed.includes(after) ? "completed" : "half-written";
  const cells = valueCells(workbook);
  let cellsLost = 0;
  for (const [key, value] of original) if (cells.get(key) !== value && keptByReference.get(key) === value) cellsLost += 1;
  const result: FaultResult = { operation: op.name, kind, fault, outcome, cellsLost };
  if (options.edit) {
    const survived = workbook.getSheet(options.edit.sheet)?.cellAt(options.edit.address)?.value === options.edit.value;
    result.editOverwritten = !survived;
    if (!survived) result.cellsLost += 1;
  }
  if (failed) {
    const judged = judgeMessage(error);
    result.message = judged.message;
    if (judged.bad) result.badMessage = judged.bad;
  }
  return result;
}

function renameSheet(name: string): Change {
  return (w) => {
    const sheet = w.getSheet(name);
    if (!sheet) return false;
    w.renameSheet(sheet, `${name.slice(0, 24)} (old)`);
    return true;
  };
}

function deleteSheet(name: string): Change {
  return (w) => {
    const sheet = w.getSheet(name);
    if (!sheet || w.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) return false;
    w.removeSheet(sheet);
    return true;
  };
}

function protectSheet(name: string): Change {
  return (w) => {
    const sheet = w.getSheet(name);
    if (!sheet) return false;
    sheet.protected = true;
    return true;
  };
}

function renameTable(name: string | undefined): Change {
  return (w) => {
    const table = name === undefined ? undefined : w.findTable(name);
    if (!table) return false;
    w.renameTable(table, `${table.name}Renamed`);
    return true;
  };
}

function filter(name: string | undefined): Change {
  return (w) => {
    if (name === undefined || !w.findTable(name)) return false;
    filterTable(w, name);
    return true;
  };
}

function typeInto(edit: NonNullable<OperationCase["coAuthor"]>): Change {
  return (w) => {
    if (!w.getSheet(edit.sheet)) return false;
    coAuthorEdit(w, edit.sheet, edit.address, [[edit.value]]);
    return true;
  };
}

/** The workbook after `change` alone, after `change` then the operation, and after the operation then `change`. */
async function referencesFor(op: OperationCase, change: Change): Promise<{ rolledBack: string[]; completed: string[]; applies: boolean; original: Map<string, string | number | boolean>; kept: Map<string, string | number | boolean> }> {
  const changed = (await op.workbook());
  const applies = change(changed);
  const original = valueCells(changed);
  const rolledBack = [dumpWorkbook(changed)];
  const completed: string[] = [];
  let kept = original;
  const first = (await op.workbook());
  change(first);
  try {
    await op.run(createMemoryContext(first));
    completed.push(dumpWorkbook(first));
    kept = valueCells(first);
  } catch {
    // The operation refuses to run on the changed workbook: only "as before" is acceptable then.
  }
  const second = (await op.workbook());
  try {
    await op.run(createMemoryContext(second));
    change(second);
    completed.push(dumpWorkbook(second));
  } catch {
    // As above.
  }
  return { rolledBack, completed, applies, original, kept };
}

/** `op` with its steady() applied to every workbook it makes and after every run, fault or not. */
function steadied(op: OperationCase): OperationCase {
  const { steady } = op;
  if (!steady) return op;
  return {
    ...op,
    workbook: async () => {
      const workbook = await op.workbook();
      steady(workbook);
      return workbook;
    },
    run: async (context) => {
      try {
        return await op.run(context);
      } finally {
        steady(context.document);
      }
    },
  };
}

export async function runFaultMatrix(cases: readonly OperationCase[]): Promise<FaultResult[]> {
  const results: FaultResult[] = [];
  for (const op of cases.map(steadied)) {
    const reference = await faultFree(op);
    const plain = { rolledBack: [reference.before], completed: [reference.after] };
    const original = valueCells((await op.workbook()));
    const completedBook = (await op.workbook());
    await op.run(createMemoryContext(completedBook));
    const kept = valueCells(completedBook);

    for (let n = 1; n <= reference.syncs; n++) {
      const ops = reference.operationCounts[n - 1] ?? 0;
      for (const after of [...new Set([0, Math.ceil(ops / 2)])]) {
        results.push(await runWithFault(op, "sync fails", `sync ${n} fails after ${after} of ${ops} operations`, (c) => c.faults.failSync({ atSync: n, afterOperations: after }), plain, original, kept));
      }
      results.push(await runWithFault(op, "connection lost", `connection lost before sync ${n} arrives`, (c) => c.faults.loseConnection({ atSync: n }), plain, original, kept));
      results.push(await runWithFault(op, "connection lost", `connection lost after sync ${n} was applied`, (c) => c.faults.loseConnection({ atSync: n, applied: true }), plain, original, kept));
    }
    results.push(await runWithFault(op, "request over 5 MB", `the largest request (${reference.largestRequest} bytes) is over the limit`, () => undefined, plain, original, kept, { maxRequestBytes: reference.largestRequest - 1 }));

    const changes: Array<[FaultKind, string, Change | undefined, OperationCase["coAuthor"] | undefined]> = [
      ["sheet deleted", `"${op.writes.sheet}" deleted`, deleteSheet(op.writes.sheet), undefined],
      ["sheet renamed", `"${op.writes.sheet}" renamed`, renameSheet(op.writes.sheet), undefined],
      ["sheet protected", `"${op.writes.sheet}" protected`, protectSheet(op.writes.sheet), undefined],
      ["table renamed", `table "${op.writes.table ?? ""}" renamed by hand`, op.writes.table ? renameTable(op.writes.table) : undefined, undefined],
      ["table filtered", `table "${op.writes.table ?? ""}" filtered`, op.writes.table ? filter(op.writes.table) : undefined, undefined],
      ["co-author edit", `a co-author types into ${op.coAuthor?.sheet ?? ""}!${op.coAuthor?.address ?? ""}`, op.coAuthor ? typeInto(op.coAuthor) : undefined, op.coAuthor],
    ];
    for (const [kind, label, change, edit] of changes) {
      if (!change) continue;
      const refs = await referencesFor(op, change);
      if (refs.applies) {
        results.push(await runWithFault(op, kind, `${label} before the run`, () => undefined, refs, refs.original, refs.kept, { before: change, ...(edit ? { edit } : {}) }));
      }
      for (let n = 2; n <= reference.syncs; n++) {
        let applied = false;
        const plant = (c: MemoryContext) => c.faults.beforeSync(n, (w) => {
          applied = change(w);
        });
        const result = await runWithFault(op, kind, `${label} before sync ${n}`, plant, refs, refs.original, refs.kept, edit ? { edit } : {});
        // A co-author's edit, protection or filter landing after the operation's last look.
        if ((edit || kind === "sheet protected" || kind === "table filtered") && n === reference.syncs) result.inLastRoundTrip = true;
        // A change that could not happen at that point (the sheet did not exist yet) is no fault.
        if (applied) results.push(result);
      }
    }
  }
  return results;
}

export interface MatrixSummaryWindow {
  injected: number;
  overwritten: number;
  halfWritten: number;
}

export interface MatrixSummary {
  faultsInjected: number;
  rolledBack: number;
  completed: number;
  halfWritten: number;
  badMessages: number;
  cellsLost: number;
  editsOverwritten: number;
  /** Co-author edits landing in the last round trip (see FaultResult.inLastRoundTrip). */
  lastRoundTrip: MatrixSummaryWindow;
}

export function summariseMatrix(results: readonly FaultResult[]): MatrixSummary {
  const judged = results.filter((r) => !r.inLastRoundTrip);
  const window = results.filter((r) => r.inLastRoundTrip);
  return {
    faultsInjected: judged.length,
    rolledBack: judged.filter((r) => r.outcome === "rolled back").length,
    completed: judged.filter((r) => r.outcome === "completed").length,
    halfWritten: judged.filter((r) => r.outcome === "half-written").length,
    badMessages: judged.filter((r) => r.badMessage !== undefined).length,
    cellsLost: judged.reduce((sum, r) => sum + r.cellsLost, 0),
    editsOverwritten: judged.filter((r) => r.editOverwritten === true).length,
    lastRoundTrip: { injected: window.length, overwritten: window.filter((r) => r.editOverwritten === true).length, halfWritten: window.filter((r) => r.outcome === "half-written").length },
  };
}
