/**
 * Why summaries were not written, in words an officer can act on: what is wrong, where, and
 * what to do. Thrown before anything is written, so a refusal never leaves half a summary.
 * The task pane shows `message` and `action`; the command line prints `message` (and
 * `action`) on one line and exits 2.
 */

export type SummaryErrorCode = "UnknownPhase" | "NoPhases" | "SheetNotOurs" | "SheetProtected";

export class SummaryError extends Error {
  override readonly name = "SummaryError";
  constructor(
    readonly code: SummaryErrorCode,
    message: string,
    /** What to do about it. */
    readonly action: string,
    readonly sheet?: string,
  ) {
    super(message);
  }
}
