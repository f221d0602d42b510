/**
 * Worksheet change events of the in-memory Excel. Handlers registered through
 * `worksheet.onChanged.add` (after the sync that queued it) are called asynchronously, as
 * Office.js does, for the add-in's own writes (source "Local", triggerSource "ThisLocalAddin")
 * and for co-author edits made by tests (source "Remote"; see co-author.ts).
 * `idle()` lets a test wait until every handler has finished; handler failures are kept in
 * `errors` instead of being lost.
 */

import type { XlWorksheetChangedEventArgs } from "../office/excel-api";

export type ChangedHandler = (args: XlWorksheetChangedEventArgs) => Promise<unknown>;

export class WorkbookEvents {
  readonly errors: unknown[] = [];
  private readonly handlers = new Map<string, Set<ChangedHandler>>();
  private readonly pending = new Set<Promise<void>>();

  add(worksheetId: string, handler: ChangedHandler): void {
    const set = this.handlers.get(worksheetId) ?? new Set();
    set.add(handler);
    this.handlers.set(worksheetId, set);
  }

  remove(worksheetId: string, handler: ChangedHandler): void {
    this.handlers.get(worksheetId)?.delete(handler);
  }

  handlerCount(worksheetId: string): number {
    return this.handlers.get(worksheetId)?.size ?? 0;
  }

  emit(args: XlWorksheetChangedEventArgs): void {
    for (const handler of this.handlers.get(args.worksheetId) ?? []) {
      const run = Promise.resolve()
        .then(() => handler({ ...args }))
        .then(
          () => undefined,
          (error: unknown) => {
            this.errors.push(error);
          },
        );
      this.pending.add(run);
      void run.finally(() => this.pending.delete(run));
    }
  }

  /** Resolves once no handler is running, including handlers started by other handlers. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
