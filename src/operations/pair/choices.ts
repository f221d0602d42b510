/**
 * The "Pairing choices" sheet in the workbook: the officer's locks and exclusions, kept so a
 * matching workshop can stop and resume, and two officers see the same choices. A choice given
 * with a run is saved below the others (guarded append: a co-author's rows are kept, a choice
 * already there is not added twice); removing one rewrites the table in place, refused if the
 * sheet changed since it was read. The sheet is one of the add-in's own: never read as a
 * register, and a user's sheet of that name without the add-in's table is never written over.
 */
import { PAIRING_CHOICE_HEADERS, PAIRING_CHOICES_SHEET, choiceCells, choiceFromCells, readPairingChoices, sameChoice, type ChoicesReading, type PairingChoice } from "../../domain/pairing";
import { WorkbookOperationError, type XlRequestContext } from "../../workbook/office";
import { toDomainGrid, type LoadedRegisters } from "../load-registers";
import { appendToRegisterTable, rewriteRegisterTable, type AppendOutcome, type AppendPlan, type RegisterTableTarget, type RewriteOutcome, type RewritePlan, type TableContents, type TableWriteOptions } from "./register-table";

export const PAIRING_CHOICES_TARGET: RegisterTableTarget = {
  tableName: "PairingChoices",
  sheetName: PAIRING_CHOICES_SHEET,
  headers: PAIRING_CHOICE_HEADERS,
  asText: PAIRING_CHOICE_HEADERS.map(() => true),
  columnWidths: PAIRING_CHOICE_HEADERS.map((h) => (h === "Mentor" || h === "Mentee" ? 28 : h === "Note" ? 40 : h === "Set at" ? 20 : 12)),
};

/** The choices kept in the workbook, from the grids loadRegisters already read (no sync). */
export function keptChoices(loaded: Pick<LoadedRegisters, "grids">): ChoicesReading {
  const grid = loaded.grids.get(PAIRING_CHOICES_SHEET.toLowerCase());
  return readPairingChoices(grid ? toDomainGrid(grid) : undefined);
}

function tableChoices(contents: TableContents): Array<PairingChoice | undefined> {
  return contents.rows.map((row) => choiceFromCells(contents.headers, row));
}

/** The rows to add: the choices not in the table yet, in its own column order (pure). */
function planChoiceRows(contents: TableContents, additions: readonly PairingChoice[]): AppendPlan {
  const there = tableChoices(contents).filter((c) => c !== undefined);
  const order = contents.headers.map((h) => PAIRING_CHOICE_HEADERS.findIndex((k) => k.toLowerCase() === h.trim().toLowerCase()));
  const rows: AppendPlan["rows"] = [];
  for (const choice of additions) {
    if (there.some((c) => sameChoice(c, choice))) continue;
    there.push(choice);
    const cells = choiceCells(choice);
    rows.push(order.map((k) => (k >= 0 ? (cells[k] ?? null) : null)));
  }
  return { rows, skipped: [] };
}

/** The rows the table keeps once `removals` are taken out (pure). */
function planChoiceRemoval(contents: TableContents, removals: readonly PairingChoice[]): RewritePlan {
  const choices = tableChoices(contents);
  const rows = contents.rows.filter((_, r) => {
    const choice = choices[r];
    return choice === undefined || !removals.some((x) => sameChoice(x, choice));
  });
  return { rows, removed: contents.rows.length - rows.length };
}

export interface SaveChoicesOptions extends TableWriteOptions {
  /**
   * The caller read choices from the sheet (a run used them): if the table is gone by the time
   * of the save, a colleague deleted or renamed it meanwhile; a new sheet holding only the new
   * choices would hide that the run used choices no longer kept, so nothing is saved.
   */
  expectTable?: boolean;
}

/** Saves choices below those already kept (creating the sheet the first time). */
export function saveChoices(context: XlRequestContext, additions: readonly PairingChoice[], options: SaveChoicesOptions = {}): Promise<AppendOutcome> {
  const { expectTable, ...rest } = options;
  return appendToRegisterTable(
    context,
    PAIRING_CHOICES_TARGET,
    (contents) => {
      if (expectTable === true && !contents.exists) {
        throw new WorkbookOperationError(
          "SheetNotFound",
          `Someone deleted or renamed the "${PAIRING_CHOICES_SHEET}" sheet (or its table "${PAIRING_CHOICES_TARGET.tableName}") while the pairing ran, so this run's locks and exclusions were not saved and the choices it used may no longer be kept. Check the sheet tabs, then run the pairing again.`,
          { sheet: PAIRING_CHOICES_SHEET, rowsWritten: 0 },
        );
      }
      return planChoiceRows(contents, additions);
    },
    rest,
  );
}

/** Takes choices out of the sheet (a choice someone else already removed is simply not found). */
export function removeChoices(context: XlRequestContext, removals: readonly PairingChoice[], options: TableWriteOptions = {}): Promise<RewriteOutcome> {
  return rewriteRegisterTable(context, PAIRING_CHOICES_TARGET, (contents) => planChoiceRemoval(contents, removals), options);
}
