/** Progress of a long operation: `done` of `total` units (rows), with a label for the UI. */
export type Progress = (done: number, total: number, label: string) => void;

/** Options shared by long-running operations: checked between syncs, never in the middle of one. */
export interface LongOperationOptions {
  signal?: AbortSignal;
  onProgress?: Progress;
}
