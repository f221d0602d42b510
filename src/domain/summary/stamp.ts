import { REGISTERS } from "../registers";
import { dateTimeCell, numberCell, textCell, type HeadlineItem, type SheetCell } from "./sheet-description";
import type { Section } from "./sheet-layout";
import { rowRangesText } from "./source-rows";
import type { SourceRows } from "./types";

/** When and from what a summary sheet was generated. */
export interface SummaryStamp {
  /** ISO 8601 date-time, e.g. 2025-03-01T10:30:00+03:00; shown as written (wall clock). */
  generatedAt: string;
  sourceRows: SourceRows[];
  /** True when the officer chose to summarise despite validation errors. */
  includedErrors: boolean;
  /** How many validation errors the registers had, when known (shown with includedErrors). */
  validationErrors?: number;
}

export const INCLUDED_ERRORS_WARNING =
  "Generated with validation errors included: some figures rest on rows that failed the checks. Fix the errors and generate the summary again.";

/**
 * The line that marks a sheet as the add-in's own summary. Regenerating replaces a sheet only
 * when it carries this line near its top: a person's own sheet that merely has the same name
 * is never overwritten. It also tells the reader that edits made here do not survive.
 */
export const SUMMARY_MARKER = {
  label: "Written by",
  text: "Mentorship Registers add-in. Generate the summary again to update it; changes typed on this sheet are replaced.",
} as const;
/** The marker is looked for in the first rows only: it sits in the stamp under the title. */
export const SUMMARY_MARKER_ROWS = 12;

/**
 * True when `values` (a sheet's cells from A1, as read) hold the summary marker in columns
 * A:B of the first rows.
 */
export function isSummarySheetGrid(values: ReadonlyArray<ReadonlyArray<unknown>>): boolean {
  return values.slice(0, SUMMARY_MARKER_ROWS).some((row) => row[0] === SUMMARY_MARKER.label && row[1] === SUMMARY_MARKER.text);
}

function includedErrorsLine(stamp: SummaryStamp): string {
  const n = stamp.validationErrors;
  if (n === undefined || n <= 0) return INCLUDED_ERRORS_WARNING;
  return INCLUDED_ERRORS_WARNING.replace("validation errors included", `${n} validation error${n === 1 ? "" : "s"} included`);
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The generated-at cell: a real date-time when the text is ISO, else the text as given. */
function generatedCell(generatedAt: string): { cell: SheetCell; zone: string } {
  const match = ISO.exec(generatedAt.trim());
  if (!match) return { cell: textCell(generatedAt), zone: "" };
  const [, date, time, offset] = match;
  const zone = offset === undefined ? "" : offset === "Z" ? " (UTC)" : ` (UTC${offset})`;
  return { cell: dateTimeCell(time === undefined ? `${date}` : `${date}T${time}`), zone };
}

/** Where the stamp sends the reader for the row numbers: the table at the foot. */
const ROWS_LISTED_AT_FOOT = "which rows: see “Generated from” at the foot";

/**
 * "Phases 1, Mentors 8, ... (which rows: see “Generated from” at the foot)." in one line, registers in
 * the catalogue's order (a register read from two sheets counted once). The row numbers stay
 * in the table at the foot: a list of runs per register would push the figures off the first
 * page.
 */
export function rowsUsedLine(sources: SourceRows[]): string {
  if (sources.length === 0) return "No register rows.";
  const byRegister = new Map<SourceRows["register"], number>();
  for (const s of sources) byRegister.set(s.register, (byRegister.get(s.register) ?? 0) + s.rows);
  const counts = [...byRegister].map(([register, rows]) => `${REGISTERS[register].title} ${rows}`).join(", ");
  return `${counts} (${ROWS_LISTED_AT_FOOT}).`;
}

export function stampSection(stamp: SummaryStamp): Section {
  const { cell, zone } = generatedCell(stamp.generatedAt);
  const items: HeadlineItem[] = [
    { label: `Generated${zone}`, value: cell },
    { label: "Register rows used", value: textCell(rowsUsedLine(stamp.sourceRows)) },
    { label: SUMMARY_MARKER.label, value: textCell(SUMMARY_MARKER.text) },
  ];
  if (stamp.includedErrors) items.push({ label: "Validation", value: textCell(includedErrorsLine(stamp)), emphasis: "warning" });
  return { block: { kind: "headlines", id: "stamp", title: "About this summary", items, tone: "stamp" } };
}

/**
 * The rows behind the figures, sheet by sheet, at the foot of the sheet: how many were used
 * of those read, and which, by the sheet's own row numbers, so an officer can go and look.
 */
export function sourcesSection(sources: SourceRows[]): Section {
  return {
    block: {
      kind: "table",
      id: "sources",
      title: "Generated from",
      header: ["Register", "Sheet", "Rows used", "Rows read", "Which rows"],
      rows: sources.map((s) => [
        textCell(REGISTERS[s.register].title),
        textCell(s.sheet),
        numberCell(s.rows),
        numberCell(s.totalRows),
        textCell(rowRangesText(s.ranges)),
      ]),
      emptyText: "No registers were read.",
    },
  };
}
