import type { XlRequestContext, XlSheetVisibility } from "./excel-api";
import { toWorkbookError } from "./errors";

export interface SheetInfo {
  name: string;
  id: string;
  position: number;
  visibility: XlSheetVisibility;
}

/** The workbook's sheets in tab order, in one sync. */
export async function listSheets(context: XlRequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets.load("items/name, items/id, items/position, items/visibility");
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, { action: "listing the sheets" });
  }
  return sheets.items
    .map((s) => ({ name: s.name, id: s.id, position: s.position, visibility: s.visibility }))
    .sort((a, b) => a.position - b.position);
}
