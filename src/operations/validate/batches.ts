import { WorkbookOperationError, toWorkbookError, type XlRequestContext } from "../../workbook/office";

/** A failure worth one retry: Excel's internal error or a lost connection, not a refusal. */
function isPassing(error: unknown): boolean {
  return error instanceof WorkbookOperationError && (error.code === "ConnectionLost" || error.excelCode === "GeneralException");
}

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
  action: {
    label: string;
    sheet?: string;
    onBatch?: (done: number, total: number) => void;
    /**
     * The work is idempotent (writing a value or format again changes nothing): a batch that
     * fails for a passing reason (Excel's internal error, a lost connection) is sent once more,
     * so a run is completed rather than left with some batches written and some not.
     */
    idempotent?: boolean;
  },
  work: (item: T, index: number) => void,
): Promise<number> {
  let syncs = 0;
  for (let start = 0; start < items.length; start += perSync) {
    const queue = () => items.slice(start, start + perSync).forEach((item, i) => work(item, start + i));
    queue();
    try {
      await syncing(context, action.label, action.sheet);
    } catch (error) {
      syncs += 1;
      if (!action.idempotent || !isPassing(error)) throw error;
      queue();
      await syncing(context, action.label, action.sheet);
    }
    syncs += 1;
    action.onBatch?.(Math.min(items.length, start + perSync), items.length);
  }
  return syncs;
}
