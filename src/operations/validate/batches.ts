import { toWorkbookError, type XlRequestContext } from "../../workbook/office";

/** Sends what is queued, turning Excel's error into one that says what was being done, and where. */
export async function syncing(context: XlRequestContext, action: string, sheet?: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, sheet === undefined ? { action } : { action, sheet });
  }
}

/**
 * Queues `work` for each item, syncing after every `perSync` of them: many small commands
 * (conditional formats, links, single cells) in a handful of round trips, each request well
 * under Excel on the web's 5 MB. Returns the syncs made; calls `onBatch` after each.
 */
export async function inBatches<T>(
  context: XlRequestContext,
  items: readonly T[],
  perSync: number,
  action: { label: string; sheet?: string; onBatch?: (done: number, total: number) => void },
  work: (item: T, index: number) => void,
): Promise<number> {
  let syncs = 0;
  for (let start = 0; start < items.length; start += perSync) {
    items.slice(start, start + perSync).forEach((item, i) => work(item, start + i));
    await syncing(context, action.label, action.sheet);
    syncs += 1;
    action.onBatch?.(Math.min(items.length, start + perSync), items.length);
  }
  return syncs;
}
