/**
 * "Create Settings sheet": the programme's thresholds with the case study's defaults, on a
 * sheet the officer can edit. Only ever created: an existing Settings sheet (the officer's own
 * choices) is never overwritten.
 */

import { SETTINGS_SHEET_NAME, settingsSheetRows } from "../../domain/settings";
import { charactersToPoints } from "../../workbook/units";
import { replaceSheetAtomically, toWorkbookError, WorkbookOperationError, writeBlock, type XlRequestContext } from "../../workbook/office";

const WIDTHS = [44, 10, 90];

export interface SettingsSheetResult {
  sheet: string;
  settings: number;
}

/** A few syncs: look, then the sheet written on a working sheet and put in place. */
export async function createSettingsSheet(context: XlRequestContext): Promise<SettingsSheetResult> {
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, { action: `looking for a "${SETTINGS_SHEET_NAME}" sheet` });
  }
  if (!existing.isNullObject) {
    throw new WorkbookOperationError(
      "InvalidData",
      `The workbook already has a "${SETTINGS_SHEET_NAME}" sheet, so it was left as it is. Edit the values there; the checks use them the next time you validate.`,
      { sheet: SETTINGS_SHEET_NAME },
    );
  }
  const rows = settingsSheetRows();
  // Written on a hidden working sheet and put in place in one batch: never a half-made Settings sheet.
  await replaceSheetAtomically(context, {
    sheetName: SETTINGS_SHEET_NAME,
    write: async (target) => {
      const sheet = worksheets.getItem(target.sheetName);
      WIDTHS.forEach((width, column) => {
        sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = charactersToPoints(width);
      });
      sheet.getRangeByIndexes(0, 0, 1, 3).format.font.bold = true;
      sheet.freezePanes.freezeRows(1);
      // The widths and header style ride in writeBlock's one sync.
      await writeBlock(context, target.sheetName, { row: 0, column: 0 }, rows, { label: "Writing the Settings sheet" });
    },
  });
  return { sheet: SETTINGS_SHEET_NAME, settings: rows.length - 1 };
}
