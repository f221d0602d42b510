/**
 * Failures of workbook operations as values an HR officer can act on: what went wrong, on
 * which sheet, what to do. Excel's own error (real or in-memory) stays available as `cause`
 * and `excelCode` for logs and for code that needs to branch on it.
 */

export type WorkbookErrorCode =
  | "SheetNotFound"
  | "SheetProtected"
  | "TableNameInUse"
  | "TableFiltered"
  | "TooLarge"
  | "ConnectionLost"
  | "Aborted"
  | "InvalidData"
  | "ChangedMeanwhile"
  | "ExcelError";

export class WorkbookOperationError extends Error {
  override readonly name = "WorkbookOperationError";
  readonly code: WorkbookErrorCode;
  readonly excelCode: string | undefined;
  readonly sheet: string | undefined;
  /** For writes: rows known to be written before the failure (earlier syncs succeeded). */
  readonly rowsWritten: number | undefined;

  constructor(
    code: WorkbookErrorCode,
    message: string,
    details: { excelCode?: string; sheet?: string; rowsWritten?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.excelCode = details.excelCode;
    this.sheet = details.sheet;
    this.rowsWritten = details.rowsWritten;
  }
}

/** The `code` of an Office.js (or in-memory) error, if it has one. */
export function excelErrorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

export interface FailureContext {
  /** What we were doing, in the user's words: "reading the sheet", "writing the Mentors register". */
  action: string;
  sheet?: string;
  rowsWritten?: number;
}

/** Turns whatever Excel threw into a WorkbookOperationError with a message a person can act on. */
export function toWorkbookError(error: unknown, failure: FailureContext): WorkbookOperationError {
  if (error instanceof WorkbookOperationError) return error;
  const excelCode = excelErrorCode(error);
  const sheet = failure.sheet;
  const details = { excelCode, sheet, rowsWritten: failure.rowsWritten, cause: error };
  const written = failure.rowsWritten ? ` ${failure.rowsWritten} rows had already been written.` : "";
  const where = sheet ? ` the sheet "${sheet}"` : " the workbook";
  switch (excelCode) {
    case "ItemNotFound":
      return new WorkbookOperationError("SheetNotFound", `While ${failure.action}: ${sheet ? `there is no sheet named "${sheet}"` : "a sheet or table it needs is missing"}. Check the sheet tabs (it may have been renamed or deleted).`, details);
    case "AccessDenied":
      return new WorkbookOperationError("SheetProtected", `While ${failure.action}:${where} is protected, so Excel refused the change. Unprotect it (Review > Unprotect Sheet) and try again.${written}`, details);
    case "FilteredRangeConflict":
      return new WorkbookOperationError("TableFiltered", `While ${failure.action}: a table on${where} is filtered. Clear its filters (Data > Clear) and try again.${written}`, details);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new WorkbookOperationError("TooLarge", `While ${failure.action}: Excel refused a request as too large.${written}`, details);
    case "ConnectionFailure":
      return new WorkbookOperationError("ConnectionLost", `While ${failure.action}: the connection to Excel was lost.${written} Check your connection and run it again.`, details);
    default: {
      const message = error instanceof Error ? error.message : String(error);
      const stop = /[.!?]$/.test(message.trim()) ? "" : ".";
      return new WorkbookOperationError("ExcelError", `While ${failure.action}, Excel reported: ${message.trim()}${stop}${written} Try again; if it keeps failing, save the workbook, close it and open it again.`, details);
    }
  }
}
