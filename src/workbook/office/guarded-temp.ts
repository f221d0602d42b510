/**
 * The hidden working sheets that staged writes use (writeTable, replaceSheetAtomically): their
 * names, and how an error met while one existed is told about the user's sheet instead.
 */

import { qualifiedAddress } from "../address";
import type { XlRequestContext } from "./excel-api";
import { WorkbookOperationError, excelErrorCode, toWorkbookError } from "./errors";
import { type RegionFingerprint, assertRegionUnchanged, hashRow } from "./guarded-region";
import { type WritableCell, type WriteBlockOptions, writeBlock } from "./write-block";

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

export interface StageOptions extends Omit<WriteBlockOptions, "label"> {
  /** The sheet the staged block is for (names the working sheet and the messages). */
  sheetName: string;
  /** Every sheet's name now: leftovers of interrupted runs for `sheetName` are deleted. */
  sheetNames: readonly string[];
  /** False when no sheet is visible: a working sheet can only be hidden beside a visible one. */
  anyVisible: boolean;
  action: string;
  label: string;
  /** The region the caller read: checked after staging, before anything is put in place. */
  expected?: RegionFingerprint;
}

export interface StagedBlock {
  /** The working sheet's name. */
  temp: string;
  /** Qualified address of the staged block, to copy from. */
  source: string;
  syncs: number;
}

/** Deletes the working sheet if it is still there; true when it is gone (never throws). */
export async function removeWorkingSheet(context: XlRequestContext, temp: string): Promise<boolean> {
  try {
    const leftover = context.workbook.worksheets.getItemOrNullObject(temp);
    await context.sync();
    if (leftover.isNullObject) return true;
    leftover.delete();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * Stages `block` at A1 of a fresh hidden working sheet, created (and leftovers of interrupted
 * runs deleted) in the first chunk's batch, so staging costs no extra sync. On any failure the
 * working sheet is deleted and the error is told about `sheetName`: nothing else was touched.
 */
export async function stageBlock(context: XlRequestContext, block: ReadonlyArray<ReadonlyArray<WritableCell>>, options: StageOptions): Promise<StagedBlock> {
  const { sheetName, action, expected, sheetNames, anyVisible, ...writeOptions } = options;
  const worksheets = context.workbook.worksheets;
  const stem = tempSheetStem(sheetName);
  for (const leftover of sheetNames.filter((n) => n.startsWith(stem))) worksheets.getItem(leftover).delete();
  const temp = tempSheetName(sheetName, sheetNames);
  const working = worksheets.add(temp);
  if (anyVisible) working.visibility = "Hidden";
  const columns = block[0]?.length ?? 0;
  try {
    const written = await writeBlock(context, temp, { row: 0, column: 0 }, block, writeOptions);
    let syncs = written.syncs;
    if (written.syncs === 0) {
      await context.sync();
      syncs += 1;
    }
    if (expected) {
      await assertRegionUnchanged(context, expected, { action });
      syncs += 1;
    }
    return { temp, source: qualifiedAddress(temp, { row: 0, column: 0, rowCount: Math.max(block.length, 1), columnCount: Math.max(columns, 1) }), syncs };
  } catch (error) {
    const tidied = await removeWorkingSheet(context, temp);
    throw stagedWriteError(error, temp, sheetName, action, tidied ? `Nothing was written: "${sheetName}" is as it was.` : `"${sheetName}" was not changed; a hidden working sheet is left and is removed the next time this runs.`);
  }
}

/**
 * Excel codes on which a put-in-place batch cannot have changed anything: it failed on the
 * objects it looks up first (renamed, deleted, added meanwhile), on a protected sheet or filtered
 * table before any change, or Excel refused the request whole. Then roll back, not forward.
 */
export function failedBeforeChanging(error: unknown): boolean {
  const code = error instanceof WorkbookOperationError ? error.excelCode : excelErrorCode(error);
  return code === "ItemNotFound" || code === "ItemAlreadyExists" || code === "AccessDenied" || code === "FilteredRangeConflict" || code === "RequestPayloadSizeLimitExceeded";
}
