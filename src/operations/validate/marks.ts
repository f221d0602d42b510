/**
 * "Show in sheet": conditional formats over the cells with issues, and their exact removal.
 * A constant number of syncs whatever the workbook holds: list the sheets, list each sheet's
 * conditional formats, read the rule and fill of the Custom ones, then delete ours and add the
 * new ones in one batch (more only past MAX_FORMATS_PER_SYNC formats).
 */

import { rectAddress, type Rect } from "../../workbook/address";
import { WorkbookOperationError, type XlConditionalFormat, type XlRequestContext, type XlWorksheet } from "../../workbook/office";
import type { Severity } from "../../domain/validation";
import { inBatches, syncing } from "./batches";
import { chunkAreas, isValidationMark, MARK_FORMULA, MARK_STYLES, type MarkPlan } from "./marks-plan";

/** Conditional formats added or deleted per sync: each is a handful of queued commands. */
const MAX_FORMATS_PER_SYNC = 2_000;

export interface MarksResult {
  /** Marks (conditional formats) of ours found and deleted. */
  removed: number;
  /** Marks (conditional formats, each over up to about 30 areas) added. */
  added: number;
  /** Cells the added marks cover. */
  cells: number;
  /** Cells with issues left unmarked (sheets past the per-sheet limit). */
  unmarkedCells: number;
  syncs: number;
}

interface Found {
  sheet: XlWorksheet;
  format: XlConditionalFormat;
}

/** Finds every mark of ours in the workbook (and whether each sheet is protected): three syncs, however many sheets and formats. */
async function findMarks(context: XlRequestContext): Promise<{ sheets: XlWorksheet[]; marks: Found[] }> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await syncing(context, "looking for validation marks");
  const collections = worksheets.items.map((sheet) => ({ sheet, formats: sheet.getRange().conditionalFormats.load("items/type") }));
  await syncing(context, "looking for validation marks");
  const custom: Found[] = [];
  for (const { sheet, formats } of collections) {
    for (const format of formats.items) {
      // Only Custom formats have a rule formula; asking another type for one is an error.
      if (format.type !== "Custom") continue;
      format.load("custom/rule/formula, custom/format/fill/color, custom/format/font/color");
      custom.push({ sheet, format });
    }
  }
  // Protection is read in the last look, as close to the changes as a look can be.
  for (const sheet of worksheets.items) sheet.protection.load("protected");
  await syncing(context, "looking for validation marks");
  const marks = custom.filter(({ format }) =>
    isValidationMark({ type: format.type, formula: format.custom.rule.formula, fill: format.custom.format.fill.color, font: format.custom.format.font.color }),
  );
  return { sheets: worksheets.items, marks };
}

/** One conditional format over a group of areas (Worksheet.getRanges, ExcelApi 1.9). */
function addMark(sheet: XlWorksheet, rects: readonly Rect[], severity: Severity): void {
  const format = sheet.getRanges(rects.map(rectAddress).join(",")).conditionalFormats.add("Custom");
  format.custom.rule.formula = MARK_FORMULA;
  format.custom.format.fill.color = MARK_STYLES[severity].fill;
  format.custom.format.font.color = MARK_STYLES[severity].font;
  // Excel gives a new format the top priority, so a mark shows even where a rule of the
  // officer's colours the same cell; theirs keep their order and apply again once marks are off.
  // Not "stop if true": their other formatting (bold, number colours) still shows through.
  format.stopIfTrue = false;
}

/**
 * Replaces the marks in the workbook with those of `plan` (an empty plan just removes them).
 * Only our own conditional formats are deleted; the user's formats, fills and fonts are never
 * touched.
 */
export async function showValidationMarks(context: XlRequestContext, plan: MarkPlan): Promise<MarksResult> {
  try {
    return await replaceMarks(context, plan);
  } catch (error) {
    // Replacing the marks is idempotent as a whole (it looks again at what is there): after a
    // passing failure part-way (Excel's internal error, a lost connection) it is run once more,
    // so the sheets end with the whole plan rather than a part of it.
    const passing = error instanceof WorkbookOperationError && (error.code === "ConnectionLost" || error.excelCode === "GeneralException");
    if (!passing) throw error;
    const again = await replaceMarks(context, plan);
    return { ...again, syncs: again.syncs + 1 };
  }
}

async function replaceMarks(context: XlRequestContext, plan: MarkPlan): Promise<MarksResult> {
  const { sheets, marks } = await findMarks(context);
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const additions: Array<{ sheet: XlWorksheet; rects: Rect[]; severity: Severity }> = [];
  for (const marked of plan.sheets) {
    const sheet = byName.get(marked.sheet.toLowerCase());
    // A sheet deleted since validation has nothing left to mark.
    if (!sheet) continue;
    for (const severity of ["warning", "error"] as const) {
      for (const rects of chunkAreas(marked.areas[severity])) additions.push({ sheet, rects, severity });
    }
  }
  // A protected sheet would refuse its part half-way through: refuse the whole before any change.
  const touched = new Set([...marks.map((m) => m.sheet), ...additions.map((a) => a.sheet)]);
  const locked = [...touched].find((sheet) => sheet.protection.protected);
  if (locked) {
    throw new WorkbookOperationError("SheetProtected", `The sheet "${locked.name}" is protected, so no marks were changed. Unprotect it (Review > Unprotect Sheet) and try again.`, { sheet: locked.name });
  }
  let syncs = 0;
  // Deletions ride in the first batch of additions: a re-mark is one round trip, not two.
  const work: Array<{ remove: Found } | { add: (typeof additions)[number] }> = [...marks.map((m) => ({ remove: m })), ...additions.map((a) => ({ add: a }))];
  syncs += await inBatches(context, work, MAX_FORMATS_PER_SYNC, { label: "marking the cells with issues" }, (item) => {
    if ("remove" in item) item.remove.format.delete();
    else addMark(item.add.sheet, item.add.rects, item.add.severity);
  });
  const addedCells = additions.reduce((n, a) => n + a.rects.reduce((m, r) => m + r.rowCount * r.columnCount, 0), 0);
  return { removed: marks.length, added: additions.length, cells: addedCells, unmarkedCells: plan.unmarkedCells, syncs };
}

/** Removes every validation mark from the workbook, and nothing else. */
export async function clearValidationMarks(context: XlRequestContext): Promise<MarksResult> {
  return showValidationMarks(context, { sheets: [], cells: 0, areas: 0, unmarkedCells: 0 });
}
