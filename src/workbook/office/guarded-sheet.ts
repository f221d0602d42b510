/**
 * Replacing a whole sheet so that the workbook never shows it half-written.
 *
 * Excel batches are not transactions: a register rewritten in place over several syncs is
 * half old, half new if the third sync fails. So the new content goes into a temporary hidden
 * sheet, and only when it is complete does ONE final sync delete the old sheet, give the
 * temporary sheet the old name, tab position and visibility, and give its tables their final
 * names. Until that sync the workbook is exactly as before; any failure deletes the temporary
 * sheet. If the final sync itself fails part-way (a batch stops at the failing operation), the
 * next sync looks at which of the two sheets still exist and rolls forward (the new content is
 * complete) or back (the old sheet is untouched).
 *
 * Syncs: 2 before `write` (look, create), `write`'s own, 1 to re-check the old sheet (2 with a
 * fingerprint), 1 to swap.
 *
 * A temporary sheet left behind by a run whose connection never came back is tidied by the
 * next replacement of the same sheet: deleted when the sheet it was replacing still exists,
 * promoted to its place when that sheet is gone (its content is then the only copy).
 */

import { type RegionFingerprint, assertRegionUnchanged } from "./guarded-region";
import { removeWorkingSheet, stagedWriteError, tempSheetName, tempSheetStem } from "./guarded-temp";
import type { XlRequestContext, XlSheetVisibility, XlWorksheet } from "./excel-api";
import { WorkbookOperationError, toWorkbookError } from "./errors";
import { type ListsSheetLook, type TableDropDowns, type WriteTableOptions, type WriteTableResult, lookAtListsSheet, queueDropDowns, writeTable } from "./write-table";

/** Where `write` puts the new content. */
export interface ReplacementTarget {
  /** The temporary (hidden) sheet to write into. */
  readonly sheetName: string;
  /**
   * The name to create a table under now; it becomes `finalName` in the final sync. Throws
   * TableNameInUse when `finalName` belongs to a table on another sheet.
   */
  tableName(finalName: string): string;
  /** writeTable into the temporary sheet, under a temporary table name, keyed by the final one. */
  writeTable(options: Omit<WriteTableOptions, "sheetName">): Promise<WriteTableResult>;
}

export interface ReplaceSheetOptions {
  sheetName: string;
  /** Zero-based tab position; default: the old sheet's, or after the last sheet for a new one. */
  position?: number;
  /** Default: the old sheet's visibility, "Visible" for a new sheet. */
  visibility?: XlSheetVisibility;
  /** The old sheet as the caller read it: the swap is refused (ChangedMeanwhile) if it changed. */
  expected?: RegionFingerprint;
  /**
   * Tables the caller saw on the old sheet: if one is gone or renamed by the time of the look,
   * nothing is written (ChangedMeanwhile). Those the look finds are checked again before the swap.
   */
  expectTables?: readonly string[];
  /** In the user's words, for messages; default `writing the sheet "<name>"`. */
  action?: string;
  signal?: AbortSignal;
  write(target: ReplacementTarget): Promise<void>;
}

export interface ReplaceSheetResult {
  sheetName: string;
  /** False when the sheet did not exist before. */
  replaced: boolean;
  /** Syncs made by the replacement itself, not counting those of `write`. */
  syncs: number;
}

interface SheetFacts {
  id: string;
  name: string;
  position: number;
  visibility: XlSheetVisibility;
  protected: boolean;
}

function factsOf(sheet: XlWorksheet): SheetFacts {
  return { id: sheet.id, name: sheet.name, position: sheet.position, visibility: sheet.visibility, protected: sheet.protection.protected };
}

const SHEET_PROPERTIES = "items/id, items/name, items/position, items/visibility, items/protection/protected";

/** An error raised while the temporary sheet existed, told as what it means for the user's sheet. */
function rolledBack(error: unknown, temp: string, sheetName: string, action: string, tidied: boolean): WorkbookOperationError {
  const outcome = tidied
    ? "Nothing was changed: the workbook is as it was before."
    : `"${sheetName}" was not changed; a hidden sheet "${temp}" holds the unfinished copy and is removed the next time this runs.`;
  return stagedWriteError(error, temp, sheetName, action, outcome);
}

interface Look {
  all: SheetFacts[];
  old: SheetFacts | undefined;
  wasActive: boolean;
  /** Lower-cased table name -> the table's name and the sheet holding it. */
  tableOwners: Map<string, { name: string; sheetId: string; sheet: string }>;
}

/** Runs syncs and counts them; failures become WorkbookOperationErrors about `sheetName`. */
class Syncer {
  count = 0;
  constructor(
    private readonly context: XlRequestContext,
    private readonly action: string,
    private readonly sheetName: string,
  ) {}
  async sync(): Promise<void> {
    this.count += 1;
    try {
      await this.context.sync();
    } catch (error) {
      throw toWorkbookError(error, { action: this.action, sheet: this.sheetName });
    }
  }
}

function checkSheetName(sheetName: string): void {
  if (/[[\]:*?/\\]/.test(sheetName) || sheetName.length > 31 || sheetName.trim() === "" || sheetName.startsWith("'") || sheetName.endsWith("'")) {
    throw new WorkbookOperationError("InvalidData", `"${sheetName}" cannot name a sheet: use at most 31 characters, none of : \\ / ? * [ ], not starting or ending with an apostrophe.`, { sheet: sheetName });
  }
}

async function look(context: XlRequestContext, syncer: Syncer, sheetName: string): Promise<Look> {
  const sheets = context.workbook.worksheets.load(SHEET_PROPERTIES);
  const active = context.workbook.worksheets.getActiveWorksheet().load("id");
  const tables = context.workbook.tables.load("items/name, items/worksheet/id, items/worksheet/name");
  await syncer.sync();
  const all = sheets.items.map(factsOf);
  const old = all.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  const tableOwners = new Map(tables.items.map((t) => [t.name.toLowerCase(), { name: t.name, sheetId: t.worksheet.id, sheet: t.worksheet.name }]));
  return { all, old, wasActive: old !== undefined && active.id === old.id, tableOwners };
}

/**
 * Leftovers of an interrupted run: deleted when the sheet they were replacing still exists,
 * put in its place when it is gone (returns true: the caller stops and says so).
 */
function tidyLeftovers(context: XlRequestContext, seen: Look, stem: string, sheetName: string): boolean {
  const leftovers = seen.all.filter((s) => s.name.startsWith(stem));
  let rescued = false;
  for (const leftover of leftovers) {
    const sheet = context.workbook.worksheets.getItem(leftover.id);
    if (seen.old === undefined && !rescued) {
      sheet.name = sheetName;
      sheet.visibility = "Visible";
      rescued = true;
    } else {
      sheet.delete();
    }
  }
  return rescued;
}

/** The names of the tables the old sheet held when it was looked at. */
function tablesOf(seen: Look, old: SheetFacts | undefined): string[] {
  return old === undefined ? [] : [...seen.tableOwners.values()].filter((owner) => owner.sheetId === old.id).map((owner) => owner.name);
}

/** A table the caller saw on the sheet is gone or renamed: told the same at the look and before the swap. */
function tableGone(table: string, sheet: string, action: string): WorkbookOperationError {
  return new WorkbookOperationError("ChangedMeanwhile", `Someone renamed or deleted the table "${table}" on the sheet "${sheet}" while ${action}. To keep their change, nothing was written. Check the table's name (Table Design > Table Name), then run it again.`, { sheet });
}

/** After `write`: the old sheet must still be the one we read, under its name, unprotected, its tables too. */
function checkBeforeSwap(current: SheetFacts[], tableNames: ReadonlySet<string>, seen: Look, tempId: string, sheetName: string, action: string): void {
  const { old } = seen;
  const sameName = current.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (old && sameName?.id !== old.id) {
    throw new WorkbookOperationError("ChangedMeanwhile", `Someone renamed or deleted the sheet "${old.name}" while ${action}. To keep their change, nothing was written. Check the sheet tabs, then run it again.`, { sheet: old.name });
  }
  if (!old && sameName) {
    throw new WorkbookOperationError("ChangedMeanwhile", `Someone added a sheet named "${sheetName}" while ${action}. To keep it, nothing was written. Rename or delete one of them, then run it again.`, { sheet: sheetName });
  }
  if (sameName?.protected) {
    throw new WorkbookOperationError("SheetProtected", `The sheet "${sheetName}" was protected while ${action}, so the add-in did not change it. Unprotect it (Review > Unprotect Sheet) and try again.`, { sheet: sheetName });
  }
  if (!current.some((s) => s.id === tempId)) {
    throw new WorkbookOperationError("ChangedMeanwhile", `The add-in's hidden working sheet was deleted while ${action}, so nothing was written. Run it again.`, { sheet: sheetName });
  }
  // After the sheet's own checks: a deleted sheet takes its tables with it and is told as such.
  const missing = tablesOf(seen, old).find((name) => !tableNames.has(name.toLowerCase()));
  if (old && missing !== undefined) {
    throw tableGone(missing, old.name, action);
  }
}

/**
 * Writes the sheet `options.sheetName` anew through `options.write`, so that the workbook holds
 * either the old sheet or the complete new one. See the file comment for the steps.
 */
export async function replaceSheetAtomically(context: XlRequestContext, options: ReplaceSheetOptions): Promise<ReplaceSheetResult> {
  const { sheetName } = options;
  const action = options.action ?? `writing the sheet "${sheetName}"`;
  checkSheetName(sheetName);
  const syncer = new Syncer(context, action, sheetName);
  const worksheets = context.workbook.worksheets;

  // 1. Look.
  const seen = await look(context, syncer, sheetName);
  const { old } = seen;
  if (old?.protected) {
    throw new WorkbookOperationError("SheetProtected", `The sheet "${old.name}" is protected, so the add-in did not change it. Unprotect it (Review > Unprotect Sheet) and try again.`, { sheet: old.name });
  }
  const gone = old === undefined ? undefined : options.expectTables?.find((name) => seen.tableOwners.get(name.toLowerCase())?.sheetId !== old.id);
  if (old && gone !== undefined) {
    throw tableGone(gone, old.name, action);
  }

  // 2. Tidy leftovers and create the temporary sheet, hidden.
  const stem = tempSheetStem(sheetName);
  if (tidyLeftovers(context, seen, stem, sheetName)) {
    await syncer.sync();
    throw new WorkbookOperationError(
      "ChangedMeanwhile",
      `An earlier run was interrupted after it had written "${sheetName}" in full but before it could show it; the add-in has now put that sheet in place. Check it, then run this again if needed.`,
      { sheet: sheetName },
    );
  }
  const tempName = tempSheetName(sheetName, seen.all.map((s) => s.name));
  let tempId = "";

  const renames = new Map<string, string>();
  const tableSuffix = tempName.slice(stem.length);
  const target: ReplacementTarget = {
    sheetName: tempName,
    tableName(finalName) {
      const owner = seen.tableOwners.get(finalName.toLowerCase());
      if (owner && owner.sheetId !== old?.id) {
        throw new WorkbookOperationError("TableNameInUse", `The table name "${finalName}" is already used on the sheet "${owner.sheet}". Rename or delete that table, then try again.`, { sheet: sheetName });
      }
      const temporary = `${finalName}_${tableSuffix}`;
      renames.set(temporary, finalName);
      return temporary;
    },
    writeTable(tableOptions) {
      const listsKey = tableOptions.listsKey ?? tableOptions.tableName;
      const deferDropDowns = (dropDowns: TableDropDowns) => dropDownsToApply.push(dropDowns);
      return writeTable(context, { ...tableOptions, sheetName: tempName, tableName: target.tableName(tableOptions.tableName), listsKey, deferDropDowns });
    },
  };
  // Drop-down lists go in with the swap: the shared lists sheet must not change before then.
  const dropDownsToApply: TableDropDowns[] = [];
  const lookAtLists = async (): Promise<Map<string, ListsSheetLook>> => {
    const looks = new Map<string, ListsSheetLook>();
    for (const name of new Set(dropDownsToApply.map((d) => d.listsSheetName))) {
      const seenLists = await lookAtListsSheet(context, name);
      syncer.count += seenLists.exists ? 2 : 1;
      looks.set(name, seenLists);
    }
    return looks;
  };
  const queueAllDropDowns = (fresh: XlWorksheet, looks: Map<string, ListsSheetLook>) => {
    for (const dropDowns of dropDownsToApply) {
      const after = queueDropDowns(context, fresh, dropDowns, looks.get(dropDowns.listsSheetName));
      if (after) looks.set(dropDowns.listsSheetName, after);
    }
  };
  let listsLooks = new Map<string, ListsSheetLook>();

  // Reported through the caller's error when it fails, which names the leftover; tidied next run.
  const removeTemp = (): Promise<boolean> => {
    syncer.count += 2;
    return removeWorkingSheet(context, tempName);
  };

  // 3. Create, write; 4. check that the old sheet is still the one read.
  try {
    const temp = worksheets.add(tempName);
    temp.visibility = "Hidden";
    temp.load("id");
    await syncer.sync();
    tempId = temp.id;
    await options.write(target);
    if (options.signal?.aborted) throw new WorkbookOperationError("Aborted", `Writing "${sheetName}" was cancelled.`, { sheet: sheetName });
    const now = worksheets.load("items/id, items/name, items/position, items/visibility, items/protection/protected");
    const tablesNow = context.workbook.tables.load("items/name");
    await syncer.sync();
    checkBeforeSwap(now.items.map(factsOf), new Set(tablesNow.items.map((t) => t.name.toLowerCase())), seen, tempId, sheetName, action);
    if (options.expected) {
      syncer.count += 1;
      await assertRegionUnchanged(context, options.expected, { action });
    }
    listsLooks = await lookAtLists();
  } catch (error) {
    const tidied = await removeTemp();
    throw rolledBack(error, tempName, sheetName, action, tidied);
  }

  // 5. Swap in one batch. The new sheet is looked up (by id) first and the old one next, so a
  //    missing one stops the batch before anything is deleted.
  const finalise = (fresh: XlWorksheet, tableNames: ReadonlyMap<string, string>) => {
    fresh.name = sheetName;
    fresh.visibility = options.visibility ?? old?.visibility ?? "Visible";
    const position = options.position ?? old?.position;
    if (position !== undefined) fresh.position = position;
    for (const [temporary, finalName] of tableNames) context.workbook.tables.getItem(temporary).name = finalName;
    if (seen.wasActive) fresh.activate();
  };
  const fresh = worksheets.getItem(tempId);
  // By name, not id: a sheet a colleague renamed (or whose table they renamed) in the last
  // round trip is theirs now; the lookup fails and stops the batch before anything changes.
  const previous = old ? worksheets.getItem(old.name) : undefined;
  previous?.load("name");
  for (const name of tablesOf(seen, old)) context.workbook.tables.getItem(name).load("name");
  // Visible before the old sheet goes: Excel refuses to delete the last visible sheet.
  fresh.visibility = "Visible";
  previous?.delete();
  finalise(fresh, renames);
  queueAllDropDowns(fresh, listsLooks);
  try {
    await syncer.sync();
  } catch (error) {
    await recover(error);
  }
  return { sheetName, replaced: old !== undefined, syncs: syncer.count };

  /** The swap failed part-way: roll forward when the old sheet is gone, back when it is there. */
  async function recover(error: unknown): Promise<void> {
    const now = worksheets.load("items/id");
    const tables = context.workbook.tables.load("items/name");
    try {
      await syncer.sync();
    } catch {
      throw rolledBack(error, tempName, sheetName, action, false);
    }
    const ids = new Set(now.items.map((s) => s.id));
    if (!ids.has(tempId)) throw rolledBack(error, tempName, sheetName, action, true);
    if (old !== undefined && ids.has(old.id)) {
      const tidied = await removeTemp();
      throw rolledBack(error, tempName, sheetName, action, tidied);
    }
    // The old sheet is gone and the new one complete: finish the swap. Each step is idempotent;
    // tables already renamed are left alone.
    const present = new Set(tables.items.map((t) => t.name.toLowerCase()));
    const remaining = new Map([...renames].filter(([temporary]) => present.has(temporary.toLowerCase())));
    const looks = await lookAtLists();
    const finished = worksheets.getItem(tempId);
    finalise(finished, remaining);
    queueAllDropDowns(finished, looks);
    await syncer.sync();
  }
}
