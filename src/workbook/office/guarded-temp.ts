/**
 * The hidden working sheets that staged writes use (writeTable, replaceSheetAtomically): their
 * names, and how an error met while one existed is told about the user's sheet instead.
 */

import { hashRow } from "./guarded-region";
import { WorkbookOperationError, toWorkbookError } from "./errors";

const TEMP_PREFIX = "~mr ";

/** The stem every working sheet for `sheetName` starts with (fits Excel's 31 characters). */
export function tempSheetStem(sheetName: string): string {
  return `${TEMP_PREFIX}${hashRow([sheetName.toLowerCase()]).toString(16).padStart(8, "0")} `;
}

/** A fresh working-sheet name for `sheetName`, not among `taken` (compared as Excel does). */
export function tempSheetName(sheetName: string, taken: readonly string[]): string {
  const stem = tempSheetStem(sheetName);
  const used = new Set(taken.map((t) => t.toLowerCase()));
  let name: string;
  do name = `${stem}${Math.floor(Math.random() * 0x10000).toString(16).padStart(4, "0")}`;
  while (used.has(name.toLowerCase()));
  return name;
}

/** True for a working sheet of any staged write (so readers can skip leftovers). */
export function isTempSheetName(name: string): boolean {
  return name.startsWith(TEMP_PREFIX);
}

/**
 * The error for a write that was stopped while a working sheet existed: Excel's message about
 * the working sheet told about `sheetName`, without "rows had already been written" (they were
 * on the working sheet), ending with what it means for the workbook.
 */
export function stagedWriteError(error: unknown, temp: string, sheetName: string, action: string, outcome: string): WorkbookOperationError {
  const base = toWorkbookError(error, { action, sheet: sheetName });
  const message = base.message
    .split(temp)
    .join(sheetName)
    .replace(/ \d+ rows had already been written\./, "");
  return new WorkbookOperationError(base.code, `${message} ${outcome}`, {
    ...(base.excelCode === undefined ? {} : { excelCode: base.excelCode }),
    sheet: sheetName,
    rowsWritten: 0,
    cause: error,
  });
}
