// How a summary reads on screen and on paper: columns of figures right-aligned under
// right-aligned headers, Yes / No and dates centred, the title repeated on every page, and
// page breaks between sections so no chart or table that fits a page is cut in two.
import { describe, expect, it } from "vitest";
import {
  blockRange,
  chartRange,
  computeProgrammeMetrics,
  dateCell,
  describePhaseSummarySheet,
  describeProgrammeOverviewSheet,
  hoursCell,
  layoutToGrid,
  numberCell,
  percentCell,
  textCell,
  yesNoCell,
  type SheetDescription,
} from "../../../src/domain/summary";
import { alignedColumnRuns, columnAlignment } from "../../../src/domain/summary/alignment";
import { columnPoints, pageBreaks, pageCapacity } from "../../../src/domain/summary/pages";
import { LINE_POINTS } from "../../../src/domain/summary/row-heights";
import { buildRegisters, disengagedForALongReason, smallProgrammeSheets } from "./fixtures";

const { programme, phase1, stamp } = smallProgrammeSheets();

describe("column alignment", () => {
  it("right-aligns figures, centres Yes / No and dates, and leaves text to Excel", () => {
    const rows = [
      [textCell("Kisumu"), numberCell(3), percentCell(0.5), hoursCell(2), yesNoCell(true), dateCell("2017-02-06"), textCell("3, 5, 6"), textCell("P1-03")],
      [textCell("Siaya"), numberCell(null), percentCell(null), hoursCell(1.5), yesNoCell(false), dateCell(null), textCell("7"), textCell("P1-04")],
    ];
    expect(rows[0]?.map((_, c) => columnAlignment(rows, c))).toEqual([null, "numberColumn", "numberColumn", "numberColumn", "centredColumn", "centredColumn", "numberColumn", null]);
  });

  it("decides a blank column by what its cells would show, and a mixed one not at all", () => {
    expect(columnAlignment([[numberCell(null)], [numberCell(null)]], 0)).toBe("numberColumn");
    expect(columnAlignment([[yesNoCell(null)], [yesNoCell(null)]], 0)).toBe("centredColumn");
    expect(columnAlignment([[textCell("")], [textCell("")]], 0)).toBeNull();
    expect(columnAlignment([[numberCell(2)], [textCell("n/a")]], 0)).toBeNull();
    expect(columnAlignment([[numberCell(2)], [yesNoCell(true)]], 0)).toBeNull();
    // A "No" typed as ordinary text is text, not an answer the layout knows.
    expect(columnAlignment([[textCell("No")]], 0)).toBeNull();
  });

  it("groups adjacent columns of one style", () => {
    const block = { header: ["County", "Listed", "Mentees", "Pairs", "Hours"], rows: [[textCell("Kisumu"), yesNoCell(true), numberCell(2), numberCell(2), hoursCell(14)]] };
    expect(alignedColumnRuns(block)).toEqual([
      { first: 1, count: 1, style: "centredColumn" },
      { first: 2, count: 3, style: "numberColumn" },
    ]);
  });

  it("styles each table's header and body together, so the header sits over its figures", () => {
    const sheet = describePhaseSummarySheet(phase1, stamp);
    const grid = layoutToGrid(sheet);
    const week = sheet.blocks.find((b) => b.id === "sessionsByWeek");
    if (!week || week.kind !== "table") throw new Error("no week table");
    const headerRow = week.at.row + 1;
    // Week is text; Held, Planned and Attendance are figures: B..D, header row to the last week.
    expect(grid.styles).toContainEqual({ range: { row: headerRow, column: 2, rowCount: 8, columnCount: 3 }, address: `B${headerRow}:D${headerRow + 7}`, style: "numberColumn" });
    expect(grid.styles.some((s) => s.style === "numberColumn" && s.range.column === 1 && s.range.row === headerRow)).toBe(false);
    expect(grid.styleDefinitions.numberColumn).toEqual({ horizontalAlignment: "Right" });
    expect(grid.styleDefinitions.centredColumn).toEqual({ horizontalAlignment: "Center" });
    // The stamp's date sits at the left like the stamp's sentences.
    expect(grid.styleDefinitions.stamp.horizontalAlignment).toBe("Left");
  });

  it("keeps the cells of a row made tall by a long reason level with its first line", () => {
    const phase = disengagedForALongReason();
    const sheet = describePhaseSummarySheet(phase, { ...stamp, sourceRows: phase.sources });
    const table = sheet.blocks.find((b) => b.id === "disengagements");
    if (!table || table.kind !== "table") throw new Error("no disengagements");
    const tall = layoutToGrid(sheet).styles.filter((s) => s.style === "tallRow");
    expect(tall).toContainEqual(expect.objectContaining({ range: { row: table.at.row + 2, column: 1, rowCount: 1, columnCount: table.header.length } }));
    // Only rows that are tall: one line rows keep Excel's default.
    const heights = new Set(sheet.rowHeights.map((h) => h.row));
    for (const style of tall) expect(heights.has(style.range.row)).toBe(true);
  });
});

describe("page capacity", () => {
  it("fits the columns to the page's width and never enlarges them", () => {
    // Narrow content prints at 100%: an A4 landscape page minus margins, with room kept.
    const narrow = pageCapacity([10, 10], "landscape");
    expect(narrow).toBeCloseTo((595.3 - 108) * 0.95, 0);
    // Twice as wide as the page: half the scale, twice the rows per page.
    const width = 2 * (841.9 - 100.8);
    const oneColumn = (width / 0.75 - 5) / 7;
    expect(columnPoints(oneColumn)).toBeCloseTo(width, -1);
    expect(pageCapacity([oneColumn], "landscape")).toBeCloseTo(2 * (595.3 - 108) * 0.95, -1);
  });

  it("takes the paper that holds fewer rows: A4 in landscape, Letter in portrait", () => {
    expect(pageCapacity([10], "portrait")).toBeCloseTo((792 - 108) * 0.95, 0);
    expect(pageCapacity([10], "landscape")).toBeLessThan(pageCapacity([10], "portrait"));
  });
});

describe("page breaks", () => {
  const units = [
    { top: 1, bottom: 1 },
    { top: 3, bottom: 10 },
    { top: 12, bottom: 25 },
    { top: 27, bottom: 30 },
  ];

  it("puts none in a summary that fits one page", () => {
    expect(pageBreaks(units, [], 40 * LINE_POINTS, 1)).toEqual([]);
  });

  it("starts a section on a new page rather than cut it, from the blank row above it", () => {
    // 21 rows a page: rows 1..10 fit; 12..25 would end on row 25: page 2 starts at the blank
    // row 11 and holds the repeated title, 11..25, the gap and 27..30: 21 rows.
    expect(pageBreaks(units, [], 21 * LINE_POINTS, 1)).toEqual([11]);
    // 20 rows a page: 27..30 no longer fits after 12..25 and starts page 3.
    expect(pageBreaks(units, [], 20 * LINE_POINTS, 1)).toEqual([11, 26]);
  });

  it("counts the title printed again at the top of every later page", () => {
    // Without the repeated title, 20 rows a page are enough for page 2 again.
    expect(pageBreaks(units, [], 20 * LINE_POINTS, 0)).toEqual([11]);
    // A two-row title leaves 12..25 alone on page 2 even at 21 rows a page.
    expect(pageBreaks(units, [], 21 * LINE_POINTS, 2)).toEqual([11, 26]);
  });

  it("measures tall rows at their height", () => {
    const short = [
      { top: 1, bottom: 1 },
      { top: 3, bottom: 6 },
      { top: 8, bottom: 9 },
    ];
    expect(pageBreaks(short, [], 10 * LINE_POINTS, 0)).toEqual([]);
    // Row 4 three lines tall: 8..9 no longer fits on the first page.
    expect(pageBreaks(short, [{ row: 4, points: 3 * LINE_POINTS }], 10 * LINE_POINTS, 0)).toEqual([7]);
  });

  it("lets a section taller than a page flow, and starts the next on a new page", () => {
    const long = [
      { top: 1, bottom: 1 },
      { top: 3, bottom: 50 },
      { top: 52, bottom: 53 },
    ];
    // 48 rows on 20-row pages: it starts where it is (most of page 1 is free) and flows on.
    expect(pageBreaks(long, [], 20 * LINE_POINTS, 1)).toEqual([51]);
    // With less than a third of the page left, it starts a page of its own.
    const late = [{ top: 1, bottom: 16 }, { top: 18, bottom: 60 }, { top: 62, bottom: 63 }];
    expect(pageBreaks(late, [], 20 * LINE_POINTS, 1)).toEqual([17, 61]);
  });

  it("never cuts a section of a summary that fits on a page, charts included", () => {
    for (const sheet of [describePhaseSummarySheet(phase1, stamp), describeProgrammeOverviewSheet(programme, { ...stamp, sourceRows: programme.sources })]) {
      const capacity = pageCapacity(sheet.columnWidths, sheet.orientation);
      expect(sheet.printTitleRows).toBe(1);
      for (const { top, bottom } of sectionRows(sheet)) {
        const height = rowsHeight(sheet, top, bottom);
        if (height + 2 * LINE_POINTS > capacity) continue;
        const pageStart = [1, ...sheet.pageBreaks].filter((b) => b <= top).pop() ?? 1;
        const used = rowsHeight(sheet, pageStart, bottom) + (pageStart > 1 ? LINE_POINTS : 0);
        expect(used, `${sheet.name} rows ${top}-${bottom} end within the page starting at row ${pageStart}`).toBeLessThanOrEqual(capacity);
      }
      // Breaks fall on the blank row above a section, never on a section's own rows.
      const tops = new Set(sectionRows(sheet).map((s) => s.top));
      for (const row of sheet.pageBreaks) expect(tops.has(row + 1), `break at ${row}`).toBe(true);
      const grid = layoutToGrid(sheet);
      expect(grid.printTitleRows).toBe("$1:$1");
      expect(grid.pageBreaks).toEqual(sheet.pageBreaks);
    }
  });

  it("breaks a long phase summary into pages", () => {
    const many = buildRegisters({
      phases: [{ phase: "Phase 1", counties: ["Kisumu"] }],
      mentors: Array.from({ length: 40 }, (_, i) => ({ fullName: `Mentor ${i}`, phase: "Phase 1" })),
      mentees: Array.from({ length: 40 }, (_, i) => ({ fullName: `Mentee ${i}`, county: "Kisumu", phase: "Phase 1" })),
      pairs: Array.from({ length: 40 }, (_, i) => ({ mentorName: `Mentor ${i}`, menteeName: `Mentee ${i}`, status: "active" as const })),
    });
    const phase = computeProgrammeMetrics(many).phases[0];
    if (!phase) throw new Error("phase");
    const sheet = describePhaseSummarySheet(phase, { ...stamp, sourceRows: phase.sources });
    expect(sheet.pageBreaks.length).toBeGreaterThanOrEqual(2);
    expect([...sheet.pageBreaks].sort((a, b) => a - b)).toEqual(sheet.pageBreaks);
  });
});

function sectionRows(sheet: SheetDescription): Array<{ top: number; bottom: number }> {
  return sheet.blocks.map((block) => {
    const range = blockRange(block);
    let bottom = range.row + range.rowCount - 1;
    for (const chart of sheet.charts) if (chart.sourceBlockId === block.id) bottom = Math.max(bottom, chartRange(chart).row + chartRange(chart).rowCount - 1);
    return { top: range.row, bottom };
  });
}

function rowsHeight(sheet: SheetDescription, from: number, to: number): number {
  const tall = new Map(sheet.rowHeights.map((h) => [h.row, h.points]));
  let points = 0;
  for (let row = from; row <= to; row++) points += tall.get(row) ?? LINE_POINTS;
  return points;
}
