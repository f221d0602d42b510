/**
 * Writing accepted safe fixes into converted registers. Before anything is written, the cells
 * are read again (one read of the register sheets): a cell someone changed since it was
 * validated is skipped and reported, never overwritten. Then every fix is written in one
 * batch (more only past CELLS_PER_SYNC cells): its number format, then its value.
 */

import type { GridValue } from "../../domain/registers";
import { readWorkbookGrids, WorkbookOperationError, type LongOperationOptions, type SheetGrid, type XlRequestContext } from "../../workbook/office";
import { inBatches } from "./batches";
import type { CellWrite, FixPlan, PlannedFix } from "./fix-plan";

const CELLS_PER_SYNC = 5_000;

export interface FixOutcome {
  fix: PlannedFix;
  /** For skipped fixes: what the cell holds now. */
  now?: GridValue;
}

export interface FixSummary {
  applied: FixOutcome[];
  /** Changed since validation (by the officer or a co-author): left as they are. */
  changedSince: FixOutcome[];
  notInRegister: FixPlan["notInRegister"];
  unreadableAsTyped: number;
}

function valueAt(grid: SheetGrid | undefined, row: number, column: number): GridValue {
  if (!grid || grid.address === "") return "";
  return grid.values[row - grid.rowIndex]?.[column - grid.columnIndex] ?? "";
}

/** "clearFilters" only once the officer, told a register is filtered, chose to clear its filters and continue. */
export interface ApplyFixesOptions extends LongOperationOptions {
  whenFiltered?: "refuse" | "clearFilters";
}

export async function applyFixes(context: XlRequestContext, plan: FixPlan, options: ApplyFixesOptions = {}): Promise<FixSummary> {
  const summary: FixSummary = { applied: [], changedSince: [], notInRegister: plan.notInRegister, unreadableAsTyped: plan.unreadableAsTyped.length };
  if (plan.fixes.length === 0) return summary;
  const sheets = [...new Set(plan.fixes.map((f) => f.cell.sheet))];
  const read = await readWorkbookGrids(context, { sheets, includeHidden: true, ...(options.signal ? { signal: options.signal } : {}) });
  // A filter hides rows: a fix is not written into a filtered register blindly (Excel would
  // refuse it part-way through the batch); the officer clears the filter and applies again.
  const filteredTables = read.tables.filter((t) => t.filtered && sheets.some((s) => s.toLowerCase() === t.sheet.toLowerCase()));
  const filtered = filteredTables[0];
  if (filtered && options.whenFiltered !== "clearFilters") {
    throw new WorkbookOperationError(
      "TableFiltered",
      `The table "${filtered.name}" on "${filtered.sheet}" is filtered, so some of its rows are hidden. No fix was written. Clear its filters (Data > Clear), then apply the fixes again.`,
      { sheet: filtered.sheet, rowsWritten: 0 },
    );
  }
  const grids = new Map(read.grids.map((g) => [g.sheet.toLowerCase(), g]));
  const current = (cell: CellWrite) => valueAt(grids.get(cell.sheet.toLowerCase()), cell.row, cell.column);

  const writes = new Map<string, CellWrite>();
  for (const fix of plan.fixes) {
    const now = current(fix.cell);
    // The row's As typed cell must be untouched too: the original is kept there.
    const asTypedNow = fix.asTyped ? current(fix.asTyped) : undefined;
    if (now !== fix.cell.expect || (fix.asTyped && asTypedNow !== fix.asTyped.expect)) {
      summary.changedSince.push({ fix, now });
      continue;
    }
    summary.applied.push({ fix });
    writes.set(`${fix.cell.sheet}!${fix.cell.address}`, fix.cell);
    if (fix.asTyped) writes.set(`${fix.asTyped.sheet}!${fix.asTyped.address}`, fix.asTyped);
  }
  // An As typed cell shared by an applied and a skipped fix of the same row keeps the skipped
  // field's original too: harmless, it is what was typed.
  const worksheets = context.workbook.worksheets;
  await inBatches(context, [...writes.values()], CELLS_PER_SYNC, { label: "writing the accepted fixes", idempotent: true }, (cell, index) => {
    // The filters go in the first write's sync (O(1) syncs), and only when something is written.
    if (index === 0) for (const t of filteredTables) worksheets.getItem(t.sheet).tables.getItem(t.name).clearFilters();
    const range = worksheets.getItem(cell.sheet).getRangeByIndexes(cell.row, cell.column, 1, 1);
    // Format first: Excel reads the value under the format it finds.
    range.numberFormat = [[cell.format]];
    range.values = [[cell.value]];
  });
  options.onProgress?.(summary.applied.length, plan.fixes.length, "Fixes written");
  return summary;
}
