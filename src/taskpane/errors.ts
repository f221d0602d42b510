// Turns anything an operation throws into a message an HR officer can act on: what
// happened, and what to do next. Screens throw; the operation hook calls describeError and
// shows the result, so no screen has to catch (and no error is swallowed).

import { WorkbookOperationError } from "../workbook/office/errors";

export interface UserMessage {
  /** One line: what happened. */
  title: string;
  /** The specifics (the thrown message, the Excel error code, where it happened). */
  detail: string;
  /** What the user can do about it ("" when `detail` already says). */
  action: string;
}

/**
 * An error whose message is already written for the user, with the step that fixes it.
 * Throw it from operations for problems in the user's workbook ("There is no Mentors
 * sheet"), as opposed to bugs.
 */
export class ActionableError extends Error {
  constructor(
    message: string,
    readonly action: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ActionableError";
  }
}

/** True for the rejection an AbortSignal produces (DOMException or any error so named). */
export function isAbortError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "name" in error && error.name === "AbortError";
}

/** A cancellation: the AbortSignal's own error, or the workbook operations' "Aborted". */
export function isCancellation(error: unknown): boolean {
  return isAbortError(error) || (error instanceof WorkbookOperationError && error.code === "Aborted");
}

/**
 * The add-in's own refusal to write into a filtered table (WorkbookOperationError
 * "TableFiltered" raised before anything was written, possibly wrapped as a cause), which the
 * officer may answer by clearing the filters. Excel's own FilteredRangeConflict (excelCode set)
 * is not: clearing filters through the option would not reach what Excel refused.
 */
export function isFilterRefusal(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof WorkbookOperationError && e.code === "TableFiltered") return e.excelCode === undefined;
  }
  return false;
}

// Office.js rejects with OfficeExtension.Error (name "RichApi.Error"), which carries a
// code and debugInfo; the in-memory Excel imitates the same shape.
interface OfficeLikeError {
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string; statement?: string };
}
function isOfficeLikeError(error: unknown): error is OfficeLikeError {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string" &&
    "message" in error &&
    typeof error.message === "string"
  );
}

const REPORT = "If it happens again, copy this message and send it to whoever supports the add-in.";

/** What to tell the user for the Excel error codes an operation can realistically meet. */
const EXCEL_CODES: Record<string, { title: string; action: string }> = {
  InvalidOperationInCellEditMode: {
    title: "Excel is busy: a cell is being edited",
    action: "Press Enter or Esc to finish editing the cell, then try again.",
  },
  AccessDenied: {
    title: "Excel did not allow the change",
    action: "The workbook or sheet may be protected or opened read-only. Unprotect it (Review > Unprotect Sheet) or save an editable copy, then try again.",
  },
  ItemNotFound: {
    title: "Something the add-in expected is not in the workbook",
    action: "A sheet, table or range may have been renamed or deleted while the add-in worked. Check the sheet names, then try again.",
  },
  ItemAlreadyExists: {
    title: "A sheet or table with that name already exists",
    action: "Rename or delete the existing sheet or table, then try again.",
  },
  FilteredRangeConflict: {
    title: "A filter is on where the add-in needs to write",
    action: "Clear the filter (Data > Clear), then try again.",
  },
  MergedRangeConflict: {
    title: "Merged cells are in the way",
    action: "Unmerge the cells where the add-in writes (Home > Merge & Center > Unmerge Cells), then try again.",
  },
  InsertDeleteConflict: {
    title: "Someone else changed the same rows",
    action: "Another person edited this part of the workbook at the same time. Wait a moment, then try again.",
  },
  Conflict: {
    title: "Someone else changed the same place",
    action: "Another person edited this part of the workbook at the same time. Wait a moment, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    title: "Too much data for one request to Excel",
    action: `Excel on the web limits each request to 5 MB. Try with fewer rows at a time. ${REPORT}`,
  },
  ResponsePayloadSizeLimitExceeded: {
    title: "Too much data came back from Excel in one request",
    action: `Excel on the web limits each response to 5 MB. Try with fewer rows at a time. ${REPORT}`,
  },
  ApiNotFound: {
    title: "This version of Excel lacks a feature the add-in needs",
    action: "Update Office, or use Excel on the web, which always has the newest features.",
  },
  ConnectionFailure: {
    title: "The connection to Excel was lost",
    action: "Check the workbook: the last step may or may not have been applied. Then run it again; it is safe to repeat.",
  },
  GeneralException: {
    title: "Excel reported an internal error",
    action: `Save the workbook, close and reopen the task pane, and try again. ${REPORT}`,
  },
  PropertyNotLoaded: {
    title: "The add-in read the workbook the wrong way (a bug)",
    action: `Nothing you did caused this. ${REPORT}`,
  },
};

export function describeError(error: unknown, operation: string): UserMessage {
  if (error instanceof ActionableError) {
    return { title: `${operation}: ${error.message}`, detail: "", action: error.action };
  }
  if (error instanceof WorkbookOperationError) {
    // The workbook operations already wrote the message for the user, naming the sheet and
    // the fix; Excel's code stays in the console for whoever investigates.
    return { title: `${operation} failed`, detail: error.message, action: "" };
  }
  if (isOfficeLikeError(error)) {
    const known = EXCEL_CODES[error.code];
    const where = error.debugInfo?.errorLocation ? ` (at ${error.debugInfo.errorLocation})` : "";
    return {
      title: `${operation} failed: ${known?.title ?? "Excel returned an error"}`,
      detail: `${error.message} [${error.code}]${where}`,
      action: known?.action ?? `Try again. ${REPORT}`,
    };
  }
  if (error instanceof Error) {
    return { title: `${operation} failed`, detail: error.message || error.name, action: `Try again. ${REPORT}` };
  }
  return { title: `${operation} failed`, detail: `Unexpected value thrown: ${String(error)}`, action: `Try again. ${REPORT}` };
}
