import { describe, expect, it } from "vitest";
import {
  INCLUDED_ERRORS_WARNING,
  SUMMARY_MARKER,
  isSummarySheetGrid,
  wrappedLines,
  blockRange,
  chartRange,
  computeProgrammeMetrics,
  describePhaseSummarySheet,
  describeProgrammeOverviewSheet,
  describeSummarySheets,
  excelSerial,
  layoutProblems,
  layoutToGrid,
  safeSheetName,
  sheetNameProblem,
  type HeadlineBlock,
  type SheetDescription,
  type TableBlock,
} from "../../../src/domain/summary";
import { buildRegisters, disengagedForALongReason, smallProgrammeSheets } from "./fixtures";

const { programme, phase1, stamp } = smallProgrammeSheets();
const phaseSheet = describePhaseSummarySheet(phase1, stamp);
const overview = describeProgrammeOverviewSheet(programme, { ...stamp, sourceRows: programme.sources });

function table(sheet: SheetDescription, id: string): TableBlock {
  const block = sheet.blocks.find((b) => b.id === id);
  if (!block || block.kind !== "table") throw new Error(`no table ${id}`);
  return block;
}
function headlines(sheet: SheetDescription, id: string): HeadlineBlock {
  const block = sheet.blocks.find((b) => b.id === id);
  if (!block || block.kind !== "headlines") throw new Error(`no headlines ${id}`);
  return block;
}

describe("phase summary sheet", () => {
  it("has a valid name and a clean layout", () => {
    expect(phaseSheet.name).toBe("Summary - Phase 1");
    expect(phaseSheet.orientation).toBe("landscape");
    expect(layoutProblems(phaseSheet)).toEqual([]);
    expect(phaseSheet.fitToPageWidth).toBe(true);
    expect(phaseSheet.freezeRows).toBe(1);
  });

  it("puts the title first and the headline figures near the top, as numbers", () => {
    expect(phaseSheet.blocks[0]).toMatchObject({ kind: "title", at: { row: 1, column: 1 } });
    const head = headlines(phaseSheet, "headlines");
    expect(head.at.row).toBeLessThan(12);
    const value = (label: string) => head.items.find((i) => i.label.startsWith(label))?.value;
    expect(value("Mentors")).toEqual({ kind: "number", value: 7, numberFormat: "0" });
    expect(value("Mentees")).toMatchObject({ value: 6 });
    expect(value("Pairs")).toMatchObject({ value: 6 });
    // The phase lists 3 counties; a mentee working in a 4th is an error shown apart, not coverage.
    expect(value("Counties covered")).toMatchObject({ value: 3 });
    expect(value("Counties outside the phase")).toMatchObject({ kind: "text", value: "Migori" });
    expect(head.items.find((i) => i.label.startsWith("Counties outside"))?.emphasis).toBe("warning");
    expect(value("Sessions held")).toMatchObject({ value: 28 });
    expect(value("Sessions planned")).toMatchObject({ value: 35 });
    expect(value("Attendance")).toEqual({ kind: "percent", value: 0.8, numberFormat: "0.0%" });
    expect(value("Mentoring hours")).toEqual({ kind: "hours", value: 35.5, numberFormat: "0.0#" });
    expect(value("Mentor certificates")).toMatchObject({ value: 2 });
    expect(value("Mentee certificates")).toMatchObject({ value: 2 });
  });

  it("draws sessions by week, pairs by status and hours by county beside their tables", () => {
    const byId = new Map(phaseSheet.charts.map((c) => [c.sourceBlockId, c]));
    expect(byId.get("sessionsByWeek")?.type).toBe("columnClustered");
    expect(byId.get("pairsByStatus")?.type).toBe("pie");
    expect(byId.get("byCounty")?.type).toBe("barClustered");
    for (const chart of phaseSheet.charts) {
      const source = blockRange(table(phaseSheet, chart.sourceBlockId));
      const placed = chartRange(chart);
      expect(placed.row, chart.id).toBe(source.row);
      expect(placed.column, chart.id).toBeGreaterThan(source.column + source.columnCount - 1);
    }
    expect(table(phaseSheet, "byCounty").header[byId.get("byCounty")?.series[0] ?? -1]).toBe("Hours");
  });

  it("stamps when it was generated and from which rows, and warns when errors were included", () => {
    const about = headlines(phaseSheet, "stamp");
    expect(about.items[0]).toEqual({ label: "Generated (UTC+03:00)", value: { kind: "date", value: "2025-03-01T10:30", numberFormat: "d mmm yyyy hh:mm" } });
    expect(about.items[1]?.value).toMatchObject({
      kind: "text",
      value: "Phases 1, Mentors 8, Mentees 6, Pairs 6, Sessions 30, Goals 5, Evaluations 4 (which rows: see “Generated from” at the foot).",
    });
    expect(about.items.some((i) => i.emphasis === "warning")).toBe(false);
    const withErrors = describePhaseSummarySheet(phase1, { ...stamp, includedErrors: true });
    const warning = headlines(withErrors, "stamp").items.find((i) => i.emphasis === "warning");
    expect(warning?.value).toMatchObject({ kind: "text", value: INCLUDED_ERRORS_WARNING });
    const counted = describePhaseSummarySheet(phase1, { ...stamp, includedErrors: true, validationErrors: 13 });
    expect(headlines(counted, "stamp").items.find((i) => i.emphasis === "warning")?.value).toMatchObject({ value: expect.stringMatching(/^Generated with 13 validation errors included: /) });
    expect(about.items.find((i) => i.label === SUMMARY_MARKER.label)?.value).toMatchObject({ kind: "text", value: SUMMARY_MARKER.text });
    expect(table(phaseSheet, "sources").rows).toHaveLength(7);
  });

  it("lists at its foot which rows of each register sheet it used, as the sheet numbers them", () => {
    const sources = table(phaseSheet, "sources");
    expect(sources.header).toEqual(["Register", "Sheet", "Rows used", "Rows read", "Which rows"]);
    const values = sources.rows.map((row) => row.map((cell) => cell.value));
    expect(values.find((row) => row[0] === "Sessions")).toEqual(["Sessions", "Sessions register", 30, 38, "rows 2–31"]);
    expect(values.find((row) => row[0] === "Phases")).toEqual(["Phases", "Phases register", 1, 2, "row 2"]);
    // The counts stay numbers; the list of rows is text, so "2–31" can never become a date or a sum.
    for (const row of sources.rows) expect(row.map((cell) => cell.kind)).toEqual(["text", "text", "number", "number", "text"]);
    const phase2 = programme.phases[1];
    if (!phase2) throw new Error("phase 2");
    const p2Rows = table(describePhaseSummarySheet(phase2, { ...stamp, sourceRows: phase2.sources }), "sources").rows;
    expect(p2Rows.map((row) => [row[0]?.value, row[4]?.value])).toEqual([
      ["Phases", "row 3"],
      ["Mentors", "rows 2, 9"],
      ["Mentees", "row 8"],
      ["Pairs", "row 8"],
      ["Sessions", "rows 33–39"],
      ["Goals", "none"],
      ["Evaluations", "none"],
    ]);
    expect(table(overview, "sources").rows.find((row) => row[0]?.value === "Sessions")?.[4]?.value).toBe("rows 2–31, 33–39");
  });

  it("says why each person misses a certificate, in words", () => {
    const rows = table(phaseSheet, "certificates").rows;
    const why = (name: string) => rows.find((r) => r[0]?.value === name)?.[8]?.value;
    expect(why("Carol Wanjiku")).toBe("5 of the 6 sessions needed");
    expect(why("David Mwangi")).toBe("Pair disengaged; 3 of the 6 sessions needed");
    expect(why("Francis Ouma")).toBe("Acceptance letter not signed");
    expect(why("Grace Chebet")).toBe("Not paired in this phase");
    expect(why("Achieng Otieno")).toBe("");
  });

  it("says so when a table is empty instead of leaving a bare header, and draws no chart of it", () => {
    const empty = computeProgrammeMetrics(buildRegisters({ phases: [{ phase: "Phase 9", counties: [] }] })).phases[0];
    if (!empty) throw new Error("phase");
    const sheet = describePhaseSummarySheet(empty, { ...stamp, sourceRows: empty.sources });
    expect(layoutProblems(sheet)).toEqual([]);
    expect(table(sheet, "disengagements").rows).toEqual([]);
    expect(sheet.charts.some((c) => c.sourceBlockId === "byCounty")).toBe(false);
    const grid = layoutToGrid(sheet);
    const at = blockRange(table(sheet, "disengagements"));
    expect(grid.values[at.row + 1]?.[0]).toBe("No pair disengaged.");
  });
});

describe("programme overview sheet", () => {
  it("puts phases side by side, one column per phase", () => {
    expect(overview.name).toBe("Programme overview");
    expect(layoutProblems(overview)).toEqual([]);
    const side = table(overview, "phasesSideBySide");
    expect(side.header).toEqual(["Measure", "Phase 1", "Phase 2"]);
    const row = (label: string) => side.rows.find((r) => r[0]?.value === label)?.slice(1).map((c) => c.value);
    expect(row("Session length policy (hours)")).toEqual([1, 2]);
    expect(row("Average logged session (hours)")).toEqual([1.28, null]);
    expect(row("Attendance rate")).toEqual([0.8, 1]);
    expect(row("Completion rate (of started pairs)")).toEqual([0.6, 1]);
    expect(row("Disengagement rate (of started pairs)")).toEqual([0.2, 0]);
    expect(row("Hours per started pair")).toEqual([7.1, 14]);
    expect(row("Evaluation: overall (1-5)")).toEqual([4.25, null]);
    expect(side.rows.find((r) => r[0]?.value === "Attendance rate")?.[1]?.kind).toBe("percent");
  });

  it("charts the rates and session lengths by phase and lists rows no phase claimed", () => {
    expect(overview.charts.map((c) => c.sourceBlockId)).toEqual(["ratesByPhase", "sessionLengthByPhase"]);
    expect(table(overview, "unassigned").rows.map((r) => r.map((c) => c.value))).toEqual([["Goals", 1]]);
  });
});

describe("describeSummarySheets", () => {
  it("names every sheet uniquely even when phase names shorten alike", () => {
    const long = "Phase 1 Western Kenya counties cluster";
    const registers = buildRegisters({
      phases: [
        { phase: `${long} A`, counties: ["Kisumu"] },
        { phase: `${long} B`, counties: ["Siaya"] },
      ],
    });
    const sheets = describeSummarySheets(computeProgrammeMetrics(registers), { generatedAt: "2025-03-01", includedErrors: false });
    const names = sheets.map((s) => s.name);
    expect(names).toHaveLength(3);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    for (const sheet of sheets) expect(layoutProblems(sheet)).toEqual([]);
    expect(names[2]).toMatch(/^Summary - .* \(2\)$/);
  });
});

describe("sheet names", () => {
  it("cleans forbidden characters, keeps the suffix and stays within 31 characters", () => {
    expect(safeSheetName("Phase 1/2: [pilot]*?", " summary")).toBe("Phase 1-2- -pilot--- summary");
    const name = safeSheetName("A very long phase name that goes on and on", " summary");
    // Cut at 23 characters for the suffix, then the dangling space trimmed.
    expect(name).toBe("A very long phase name summary");
    expect(safeSheetName("x".repeat(40), " summary")).toHaveLength(31);
    expect(safeSheetName("'quoted'", "")).toBe("quoted");
    expect(safeSheetName("   ", "")).toBe("Summary");
    expect(safeSheetName("history", "")).toBe("History summary");
    expect(sheetNameProblem("a/b")).not.toBeNull();
    expect(sheetNameProblem("x".repeat(32))).not.toBeNull();
    expect(sheetNameProblem("History")).not.toBeNull();
  });
});

describe("layoutProblems", () => {
  it("catches overlapping blocks, a chart without its table and a short print area", () => {
    const broken: SheetDescription = {
      ...phaseSheet,
      name: "bad:name",
      blocks: phaseSheet.blocks.map((b) => (b.id === "headlines" ? { ...b, at: { row: 1, column: 1 } } : b)),
      charts: [...phaseSheet.charts, { ...(phaseSheet.charts[0] ?? { id: "", type: "pie", title: "", categories: 0, series: [1], placeAt: { row: 1, column: 1, widthCols: 1, heightRows: 1 } }), id: "ghost", sourceBlockId: "nowhere" }],
      printArea: { row: 1, column: 1, rowCount: 5, columnCount: 2 },
    };
    const problems = layoutProblems(broken);
    expect(problems.some((p) => p.startsWith("Sheet “bad:name”"))).toBe(true);
    expect(problems.some((p) => p.includes("block title overlaps block headlines"))).toBe(true);
    expect(problems.some((p) => p.includes("Chart ghost draws nowhere"))).toBe(true);
    expect(problems.some((p) => p.includes("print area A1:B5 leaves out"))).toBe(true);
  });
});

describe("layoutToGrid", () => {
  const grid = layoutToGrid(phaseSheet);

  it("gives rectangular values and formats of the same shape from A1", () => {
    expect(grid.values).toHaveLength(grid.rowCount);
    expect(grid.numberFormats).toHaveLength(grid.rowCount);
    for (let r = 0; r < grid.rowCount; r += 1) {
      expect(grid.values[r]).toHaveLength(grid.columnCount);
      expect(grid.numberFormats[r]).toHaveLength(grid.columnCount);
    }
    expect(grid.values[0]?.[0]).toBe("Phase 1: phase summary");
    expect(grid.printArea).toMatch(/^A1:[A-Z]+\d+$/);
  });

  it("writes every string as text and every number with its format", () => {
    for (let r = 0; r < grid.rowCount; r += 1) {
      for (let c = 0; c < grid.columnCount; c += 1) {
        const value = grid.values[r]?.[c];
        const format = grid.numberFormats[r]?.[c];
        if (typeof value === "string" && value !== "") expect(format, `${r},${c}`).toBe("@");
        if (typeof value === "number") expect(format, `${r},${c}`).not.toBe("@");
      }
    }
  });

  it("writes dates as Excel serials", () => {
    expect(excelSerial("2017-02-06")).toBe(42772);
    expect(excelSerial("1900-03-01")).toBe(61);
    expect(excelSerial("2025-03-01T12:00")).toBe(45717.5);
    expect(excelSerial("2017-02-30")).toBeNull();
    const stampBlock = headlines(phaseSheet, "stamp");
    expect(grid.values[stampBlock.at.row]?.[1]).toBe(excelSerial("2025-03-01T10:30"));
    expect(grid.numberFormats[stampBlock.at.row]?.[1]).toBe("d mmm yyyy hh:mm");
  });

  it("styles titles and headers and places charts over their table's ranges", () => {
    const weekTable = table(phaseSheet, "sessionsByWeek");
    const headerRange = { row: weekTable.at.row + 1, column: 1, rowCount: 1, columnCount: 4 };
    expect(grid.styles).toContainEqual({ range: headerRange, address: `A${weekTable.at.row + 1}:D${weekTable.at.row + 1}`, style: "header" });
    expect(grid.styles.filter((s) => s.style === "sheetTitle")).toHaveLength(1);
    const chart = grid.charts.find((c) => c.id === "sessionsByWeekChart");
    const first = weekTable.at.row + 2;
    expect(chart?.excelType).toBe("ColumnClustered");
    expect(chart?.categoriesAddress).toBe(`A${first}:A${first + 6}`);
    expect(chart?.series).toEqual([
      { name: "Held", nameAddress: `B${weekTable.at.row + 1}`, valuesAddress: `B${first}:B${first + 6}` },
      { name: "Planned", nameAddress: `C${weekTable.at.row + 1}`, valuesAddress: `C${first}:C${first + 6}` },
    ]);
    expect(chart?.anchor.topLeft).toBe(`F${weekTable.at.row}`);
  });

  it("keeps a name that starts with = as text", () => {
    const registers = buildRegisters({
      phases: [{ phase: "=Phase", counties: ["Kisumu"] }],
      mentors: [{ fullName: "=SUM(A1:A9)", phase: "=Phase" }],
      mentees: [{ fullName: "+254 Mentee", county: "Kisumu", phase: "=Phase" }],
      pairs: [{ mentorName: "=SUM(A1:A9)", menteeName: "+254 Mentee", status: "active" }],
    });
    const metrics = computeProgrammeMetrics(registers);
    const phase = metrics.phases[0];
    if (!phase) throw new Error("phase");
    const g = layoutToGrid(describePhaseSummarySheet(phase, { ...stamp, sourceRows: phase.sources }));
    let found = 0;
    g.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === "string" && /^[=+]/.test(value)) {
          found += 1;
          expect(g.numberFormats[r]?.[c]).toBe("@");
        }
      }),
    );
    expect(found).toBeGreaterThanOrEqual(4);
    expect(g.name).toBe("Summary - =Phase");
  });
});

describe("the summary marker", () => {
  it("is found in a written summary and not in a person's own sheet of the same name", () => {
    expect(isSummarySheetGrid(layoutToGrid(phaseSheet).values)).toBe(true);
    expect(isSummarySheetGrid(layoutToGrid(overview).values)).toBe(true);
    expect(isSummarySheetGrid([["Summary - Phase 1"], ["Written by", "me"]])).toBe(false);
    expect(isSummarySheetGrid([])).toBe(false);
    // Only near the top: a summary pasted lower down in a report sheet does not make it ours.
    const pasted = [...Array.from({ length: 20 }, () => [""]), ...layoutToGrid(phaseSheet).values];
    expect(isSummarySheetGrid(pasted)).toBe(false);
  });
});

describe("column widths", () => {
  it("fit the tables, not the long stamp lines, within bounds", () => {
    const sheet = describePhaseSummarySheet(phase1, { ...stamp, includedErrors: true });
    expect(sheet.columnWidths).toHaveLength(sheet.printArea.columnCount);
    const [labels, ...others] = sheet.columnWidths;
    for (const width of others) {
      expect(width).toBeGreaterThanOrEqual(10);
      expect(width).toBeLessThanOrEqual(48);
    }
    // Column B holds numbers and short names; the validation warning overflows instead.
    expect(sheet.columnWidths[1]).toBeLessThan(30);
    // Column A fits the longest headline label, in bold (a tenth wider than the digits widths count).
    expect(labels).toBeGreaterThanOrEqual(Math.ceil("Sessions without hours, counted at policy length".length * 1.1));
    expect(labels).toBeLessThanOrEqual(55);
  });
});

describe("row heights", () => {
  it("wrap text at word boundaries, breaking a word longer than the column", () => {
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("Goals achieved", 10)).toBe(2);
    expect(wrappedLines("Goals achieved", 20)).toBe(1);
    expect(wrappedLines("Mentee transferred to another station by the employer", 30)).toBe(2);
    expect(wrappedLines("x".repeat(25), 10)).toBe(3);
    expect(wrappedLines("two\nlines", 40)).toBe(2);
  });

  it("give the title its font's height, and wrapped headers and long reasons as many lines as they take", () => {
    const phase = disengagedForALongReason();
    const sheet = describePhaseSummarySheet(phase, { ...stamp, sourceRows: phase.sources });
    expect(sheet.rowHeights[0]).toEqual({ row: 1, points: 21 });
    const disengagements = table(sheet, "disengagements");
    const reasonColumn = disengagements.at.column + disengagements.header.indexOf("Reason");
    // The reason wraps in a column kept at most 30 characters wide, on a row as tall as it needs.
    expect(sheet.columnWidths[reasonColumn - 1]).toBeLessThanOrEqual(32);
    const reasonRow = disengagements.at.row + 2;
    expect(sheet.rowHeights.find((h) => h.row === reasonRow)?.points).toBeGreaterThanOrEqual(30);
    // Its header row wraps too ("Focal person notified" in a narrow column).
    expect(sheet.rowHeights.find((h) => h.row === disengagements.at.row + 1)?.points).toBeGreaterThanOrEqual(30);
    // Short rows keep the standard height: they are not listed.
    const weeks = table(sheet, "sessionsByWeek");
    expect(sheet.rowHeights.some((h) => h.row === weeks.at.row + 2)).toBe(false);
    const grid = layoutToGrid(sheet);
    expect(grid.rowHeights).toEqual(sheet.rowHeights);
    expect(grid.styles).toContainEqual(expect.objectContaining({ style: "tableBody", range: expect.objectContaining({ row: reasonRow }) }));
  });
});
