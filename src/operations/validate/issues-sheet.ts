/**
 * The "Validation issues" sheet: every issue as a row of a table, with a link to its cell, so
 * an officer can work down the list in Excel, filter it, print it or send it to a colleague.
 * Regenerated whole: the previous sheet is replaced (atomically), never appended to. A sheet of that name
 * the add-in did not make is left alone and the officer is told.
 */

import { REGISTERS } from "../../domain/registers";
import { settingLabel, SETTING_KEYS, type SettingKey } from "../../domain/settings";
import { registerTitle, type Issue } from "../../domain/validation";
import { quoteSheetName } from "../../workbook/address";
import { PRINT_ACROSS, replaceSheetAtomically, toWorkbookError, WorkbookOperationError, writeBlock, type LongOperationOptions, type XlRequestContext } from "../../workbook/office";
import { OUTPUT_SHEETS } from "../output-sheets";
import { inBatches } from "./batches";

export const ISSUES_SHEET = OUTPUT_SHEETS.issues;
/** The table that marks the sheet as the add-in's own (letters only: valid in every locale). */
export const ISSUES_TABLE = "ValidationIssues";

export const ISSUES_HEADERS = ["Severity", "Rule", "Register", "Sheet", "Cell", "Field", "Value as typed", "Problem", "How to fix"] as const;
const LINK_COLUMN = ISSUES_HEADERS.indexOf("Cell");
const WIDTHS = [9, 30, 12, 20, 8, 22, 24, 70, 70];
/** The title sits in A1, the table's header in row 3. */
const TABLE_TOP = { row: 2, column: 0 };
/** Hyperlinks set per sync: each is one small command. */
const LINKS_PER_SYNC = 2_000;

export interface IssuesSheetRow {
  cells: string[];
  /** Where the Cell column's link goes, e.g. "'Mentors list 2016'!I36". */
  link: string;
}

export interface IssuesSheetPlan {
  title: string;
  rows: IssuesSheetRow[];
}

function fieldLabel(issue: Issue): string {
  if (issue.field === undefined) return "";
  if (issue.register === "settings") return SETTING_KEYS.includes(issue.field as SettingKey) ? settingLabel(issue.field as SettingKey) : issue.field;
  return REGISTERS[issue.register].fields.find((f) => f.key === issue.field)?.label ?? issue.field;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "26 Nov 2026 09:05" in the local time of whoever validated: day first, month in words. */
export function validatedAt(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ""} ${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The sheet's content, pure: one row per issue, in the report's order. */
export function planIssuesSheet(issues: readonly Issue[], when: string): IssuesSheetPlan {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return {
    title: `Validation issues, ${when}: ${plural(errors, "error")}, ${plural(warnings, "warning")}. Click a cell reference to go to it; validate again after fixing.`,
    rows: issues.map((issue) => ({
      cells: [
        issue.severity === "error" ? "Error" : "Warning",
        issue.rule,
        registerTitle(issue.register),
        issue.sheet,
        issue.cell,
        fieldLabel(issue),
        issue.value ?? "",
        issue.message,
        issue.fix,
      ],
      link: `${quoteSheetName(issue.sheet)}!${issue.cell}`,
    })),
  };
}

export interface IssuesSheetResult {
  sheet: string;
  rows: number;
  syncs: number;
}

/** Whether the sheet may be (re)written: absent, empty, or holding our table (then true). One sync. */
async function checkOwnership(context: XlRequestContext): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(ISSUES_SHEET);
  const table = context.workbook.tables.getItemOrNullObject(ISSUES_TABLE);
  table.load("name");
  const used = sheet.getUsedRangeOrNullObject(true).load("address");
  const tableSheet = table.worksheet.load("name");
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, { action: `looking at the sheet "${ISSUES_SHEET}"`, sheet: ISSUES_SHEET });
  }
  if (sheet.isNullObject || used.isNullObject) return false;
  if (!table.isNullObject && tableSheet.name.toLowerCase() === ISSUES_SHEET.toLowerCase()) return true;
  throw new WorkbookOperationError(
    "InvalidData",
    `The workbook already has a sheet named "${ISSUES_SHEET}" that the add-in did not make, so it was left as it is. Rename that sheet, then export the issues again.`,
    { sheet: ISSUES_SHEET },
  );
}

/**
 * Writes the plan: title, table (values chunked, text kept as text), then a link per issue in
 * the Cell column, all onto a hidden working sheet that replaces the old one in one final batch
 * (replaceSheetAtomically), so a failure part-way leaves the previous issues sheet as it was.
 * About 8 syncs for a few hundred issues; one more per 2,000 links.
 */
export async function writeIssuesSheet(context: XlRequestContext, plan: IssuesSheetPlan, options: LongOperationOptions = {}): Promise<IssuesSheetResult> {
  const ours = await checkOwnership(context);
  let syncs = 1;
  const replaced = await replaceSheetAtomically(context, {
    sheetName: ISSUES_SHEET,
    // Our table renamed by hand after the check is someone's change: kept, as before the check.
    ...(ours ? { expectTables: [ISSUES_TABLE] } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    write: async (target) => {
      const table = await target.writeTable({
        tableName: ISSUES_TABLE,
        headers: ISSUES_HEADERS,
        rows: plan.rows.map((r) => r.cells),
        topLeft: TABLE_TOP,
        asText: ISSUES_HEADERS.map(() => true),
        columnWidths: WIDTHS,
        freezeHeader: true,
        print: PRINT_ACROSS,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      const title = await writeBlock(context, target.sheetName, { row: 0, column: 0 }, [[plan.title]], { asText: true });
      syncs += table.syncs + title.syncs;
      const worksheet = context.workbook.worksheets.getItem(target.sheetName);
      syncs += await inBatches(
        context,
        plan.rows,
        LINKS_PER_SYNC,
        { label: "linking each issue to its cell", sheet: ISSUES_SHEET, onBatch: (done, total) => options.onProgress?.(done, total, "Linking each issue to its cell") },
        (row, i) => {
          const cell = worksheet.getRangeByIndexes(TABLE_TOP.row + 1 + i, TABLE_TOP.column + LINK_COLUMN, 1, 1);
          // A link to a place in this workbook: no formula is built from the sheet's name.
          cell.hyperlink = { documentReference: row.link, screenTip: `Go to ${row.cells[3] ?? ""} ${row.cells[4] ?? ""}` };
        },
      );
    },
  });
  return { sheet: ISSUES_SHEET, rows: plan.rows.length, syncs: syncs + replaced.syncs };
}
