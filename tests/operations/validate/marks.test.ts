import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/domain/validation";
import { cellsToAreas, chunkAreas, clearValidationMarks, isValidationMark, MARK_FORMULA, MARK_STYLES, planMarks, showValidationMarks, validateWorkbook } from "../../../src/operations/validate";
import { conditionalStyleAt } from "../../../src/preview/conditional-look";
import { evaluateLiteralFormula } from "../../../src/workbook/memory/excel-input";
import { loadXlsx } from "../../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";
import { buildSampleWorkbookSpec } from "../../../src/sample";
import { parseAddress, rectAddress, rectContainsCell } from "../../../src/workbook/address";
import { createMemoryContext, memoryWorkbookFromSpec, type MemoryWorkbook } from "../../../src/workbook/memory";
import type { ConditionalFormatEntry } from "../../../src/workbook/memory/model";

/** Whether the add-in takes a format of the in-memory Excel for one of its marks. */
function isOurs(cf: ConditionalFormatEntry): boolean {
  return isValidationMark({ type: cf.type, formula: cf.formula ?? "", fill: cf.style.fillColor, font: cf.style.fontColor });
}

function issue(sheet: string, cell: string, severity: Issue["severity"] = "error"): Issue {
  const rect = parseAddress(cell)?.rect;
  if (!rect) throw new Error(cell);
  return { severity, rule: "field.required", register: "mentors", sheet, row: rect.row + 1, column: rect.column + 1, cell, message: "m", fix: "f" };
}

/** The validation marks covering a cell, by severity colour. */
function marksAt(workbook: MemoryWorkbook, sheet: string, cell: string): string[] {
  const rect = parseAddress(cell)?.rect;
  if (!rect) throw new Error(cell);
  return workbook
    .sheet(sheet)
    .conditionalFormats.filter((cf) => isOurs(cf))
    .filter((cf) => cf.rects.some((r) => rectContainsCell(r, rect.row, rect.column)))
    .map((cf) => (cf.style.fillColor === MARK_STYLES.error.fill ? "error" : "warning"));
}

describe("planning the marks", () => {
  it("merges a column of cells into one area and side-by-side runs into one rectangle", () => {
    const cells = [
      { row: 4, column: 2 }, { row: 5, column: 2 }, { row: 6, column: 2 },
      { row: 4, column: 3 }, { row: 5, column: 3 }, { row: 6, column: 3 },
      { row: 9, column: 2 },
    ];
    expect(cellsToAreas(cells)).toEqual([
      { row: 4, column: 2, rowCount: 3, columnCount: 2 },
      { row: 9, column: 2, rowCount: 1, columnCount: 1 },
    ]);
  });

  it("marks a cell with both an error and a warning as an error, once", () => {
    const plan = planMarks([issue("Mentors", "C5", "warning"), issue("Mentors", "C5", "error"), issue("Mentors", "C6", "warning")]);
    expect(plan.sheets).toEqual([
      { sheet: "Mentors", cells: 2, unmarkedCells: 0, areas: { error: [{ row: 4, column: 2, rowCount: 1, columnCount: 1 }], warning: [{ row: 5, column: 2, rowCount: 1, columnCount: 1 }] } },
    ]);
  });

  it("keeps errors first when a sheet has more areas than it may mark, and counts what is left", () => {
    const issues = [issue("S", "A1", "warning"), issue("S", "C1", "warning"), issue("S", "E1"), issue("S", "G1")];
    const plan = planMarks(issues, 3);
    expect(plan.sheets[0]?.areas.error).toHaveLength(2);
    expect(plan.sheets[0]?.areas.warning).toHaveLength(1);
    expect(plan.unmarkedCells).toBe(1);
  });

  it("groups areas so that one format's address list stays under the limit", () => {
    const areas = Array.from({ length: 100 }, (_, i) => ({ row: i * 2, column: 3, rowCount: 1, columnCount: 1 }));
    const chunks = chunkAreas(areas, 40);
    expect(chunks.flat()).toEqual(areas);
    for (const chunk of chunks) expect(chunk.map((r) => rectAddress(r)).join(",").length).toBeLessThanOrEqual(40);
    expect(chunks.length).toBeLessThan(areas.length / 3);
    expect(chunkAreas([{ row: 0, column: 0, rowCount: 1, columnCount: 1 }], 1)).toHaveLength(1);
  });

  it("plans 50,000 scattered cells in well under a second", () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ row: (i * 7919) % 100_000, column: i % 20 }));
    const t0 = performance.now();
    const areas = cellsToAreas(many);
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(areas.reduce((n, a) => n + a.rowCount * a.columnCount, 0)).toBe(50_000);
  });
});

describe("showing and clearing the marks", () => {
  async function sampleWithUserFormatting() {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    const mentors = workbook.sheet("Mentors list 2016");
    // The officer's own highlighting on an offending cell, and a rule of their own.
    mentors.patchStyle(35, 8, { fillColor: "#00B050", bold: true });
    mentors.conditionalFormats.push(
      { id: "user-cf", rects: [{ row: 4, column: 0, rowCount: 40, columnCount: 1 }], type: "Custom", formula: "=TRUE", style: { fillColor: "#FFC7CE" }, priority: 0, stopIfTrue: false },
      { id: "user-cf-2", rects: [{ row: 4, column: 8, rowCount: 40, columnCount: 1 }], type: "CellValue", cellValueRule: { formula1: "5", operator: "LessThan" }, style: { fontColor: "#FF0000" }, priority: 1, stopIfTrue: false },
    );
    const validation = await validateWorkbook(createMemoryContext(workbook));
    return { workbook, validation };
  }

  it("marks each issue's cell in its severity's colour, in a constant number of syncs", async () => {
    const { workbook, validation } = await sampleWithUserFormatting();
    const context = createMemoryContext(workbook);
    const result = await showValidationMarks(context, planMarks(validation.issues));
    expect(context.stats.syncCount).toBeLessThanOrEqual(4);
    expect(result.removed).toBe(0);
    expect(result.cells).toBe(new Set(validation.issues.map((i) => `${i.sheet}!${i.cell}`)).size);
    expect(marksAt(workbook, "Mentors list 2016", "I36")).toEqual(["error"]);
    expect(marksAt(workbook, "Mentors list 2016", "G6")).toEqual(["warning"]);
    expect(marksAt(workbook, "Mentors list 2016", "G7")).toEqual([]);
    // One format per sheet and severity here: the areas of a sheet share it.
    const ours = workbook.sheet("Mentors list 2016").conditionalFormats.filter((cf) => isOurs(cf));
    expect(ours.length).toBe(2);
    expect(ours.reduce((n, cf) => n + cf.rects.length, 0)).toBeGreaterThan(ours.length);
  });

  it("removes exactly its own marks: the officer's fills and conditional formats survive on/off cycles", async () => {
    const { workbook, validation } = await sampleWithUserFormatting();
    const mentors = workbook.sheet("Mentors list 2016");
    // Priorities are compared as an order: Excel renumbers them when a format is deleted, the
    // in-memory Excel only shifts them when one is added.
    const userFormats = () => {
      const formats = [...mentors.conditionalFormats].sort((a, b) => a.priority - b.priority);
      return JSON.stringify(formats.map(({ priority: _priority, ...rest }) => rest));
    };
    const before = { style: { ...mentors.cellAt("I36")?.style }, formats: userFormats() };
    const plan = planMarks(validation.issues);
    for (let cycle = 0; cycle < 3; cycle++) {
      await showValidationMarks(createMemoryContext(workbook), plan);
      // Showing again replaces the marks instead of piling them up.
      const again = await showValidationMarks(createMemoryContext(workbook), plan);
      expect(again.removed).toBe(again.added);
      expect(marksAt(workbook, "Mentors list 2016", "I36")).toEqual(["error"]);
      const cleared = await clearValidationMarks(createMemoryContext(workbook));
      expect(cleared.removed).toBe(again.added);
      expect(cleared.added).toBe(0);
    }
    expect(mentors.cellAt("I36")?.style).toEqual(before.style);
    expect(userFormats()).toBe(before.formats);
    for (const sheet of workbook.sheets) {
      expect(sheet.conditionalFormats.filter((cf) => isOurs(cf))).toEqual([]);
    }
  });

  it("says which sheet refused when a sheet is protected", async () => {
    const { workbook, validation } = await sampleWithUserFormatting();
    workbook.sheet("Mentees").protected = true;
    const failure = await showValidationMarks(createMemoryContext(workbook), planMarks(validation.issues)).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "SheetProtected" });
    expect((failure as Error).message).toMatch(/protected/);
  });
});

describe("telling the add-in's marks from the officer's own rules", () => {
  const rect = { row: 4, column: 1, rowCount: 10, columnCount: 1 };
  const officerRules = (): ConditionalFormatEntry[] => [
    // Bold only: an officer's way of making a column stand out, with Excel's always-true rule.
    { id: "bold-only", rects: [rect], type: "Custom", formula: "=TRUE", style: { bold: true }, priority: 0, stopIfTrue: false },
    // Our error fill, their own (default) font: not both of our colours, so not ours.
    { id: "same-fill", rects: [rect], type: "Custom", formula: "=TRUE", style: { fillColor: MARK_STYLES.error.fill }, priority: 1, stopIfTrue: false },
    { id: "true-formula", rects: [rect], type: "Custom", formula: "=1=1", style: { fillColor: MARK_STYLES.warning.fill, fontColor: MARK_STYLES.warning.font }, priority: 2, stopIfTrue: false },
  ];

  it("marks with a rule that carries the add-in's name and is always true", async () => {
    expect(MARK_FORMULA).toContain("Mentorship Registers");
    expect(evaluateLiteralFormula(MARK_FORMULA)).toBe(true);
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    await showValidationMarks(createMemoryContext(workbook), planMarks([issue("Mentors list 2016", "I36")]));
    const sheet = workbook.sheet("Mentors list 2016");
    expect(sheet.conditionalFormats.map((cf) => cf.formula)).toEqual([MARK_FORMULA]);
    // The preview grid, which evaluates only literal rules, draws it.
    expect(conditionalStyleAt(sheet, 35, 8)?.fillColor).toBe(MARK_STYLES.error.fill);
  });

  it("never removes an officer's =TRUE rule, bold only or in one of our colours, across on/off cycles", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    const mentors = workbook.sheet("Mentors list 2016");
    mentors.conditionalFormats.push(...officerRules());
    const theirs = JSON.stringify(officerRules().map(({ priority: _p, ...rest }) => rest));
    const plan = planMarks([issue("Mentors list 2016", "B5"), issue("Mentors list 2016", "B6", "warning")]);
    for (let cycle = 0; cycle < 3; cycle++) {
      const shown = await showValidationMarks(createMemoryContext(workbook), plan);
      expect(shown.removed).toBe(0);
      expect(mentors.conditionalFormats.filter(isOurs)).toHaveLength(2);
      const cleared = await clearValidationMarks(createMemoryContext(workbook));
      expect(cleared.removed).toBe(2);
    }
    const left = [...mentors.conditionalFormats].sort((a, b) => a.priority - b.priority).map(({ priority: _p, ...rest }) => rest);
    expect(JSON.stringify(left)).toBe(theirs);
  });

  it("removes marks made before the signature (=TRUE in both of our colours) and a half-made signed mark", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    const mentors = workbook.sheet("Mentors list 2016");
    mentors.conditionalFormats.push(
      ...officerRules(),
      { id: "old-error", rects: [rect], type: "Custom", formula: "=TRUE", style: { fillColor: MARK_STYLES.error.fill, fontColor: MARK_STYLES.error.font }, priority: 3, stopIfTrue: false },
      { id: "old-warning", rects: [rect], type: "Custom", formula: "= true", style: { fillColor: MARK_STYLES.warning.fill.toLowerCase(), fontColor: MARK_STYLES.warning.font }, priority: 4, stopIfTrue: false },
      // Its batch stopped after the rule: no colours yet, but the rule says whose it is.
      { id: "half-made", rects: [rect], type: "Custom", formula: MARK_FORMULA.replace("<>", " <> "), style: {}, priority: 5, stopIfTrue: false },
    );
    const cleared = await clearValidationMarks(createMemoryContext(workbook));
    expect(cleared.removed).toBe(3);
    expect(mentors.conditionalFormats.map((cf) => cf.id).sort()).toEqual(["bold-only", "same-fill", "true-formula"]);
  });

  it("still knows its marks after the workbook is saved as .xlsx and opened again", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    workbook.sheet("Mentors list 2016").conditionalFormats.push(...officerRules());
    await showValidationMarks(createMemoryContext(workbook), planMarks([issue("Mentors list 2016", "I36"), issue("Mentees", "C4", "warning")]));
    const reopened = await loadXlsx((await saveXlsx(workbook)).bytes);
    expect(marksAt(reopened, "Mentors list 2016", "I36")).toEqual(["error"]);
    expect(marksAt(reopened, "Mentees", "C4")).toEqual(["warning"]);
    const cleared = await clearValidationMarks(createMemoryContext(reopened));
    expect(cleared.removed).toBe(2);
    expect(reopened.sheet("Mentors list 2016").conditionalFormats.map((cf) => cf.formula)).toEqual(["=TRUE", "=TRUE", "=1=1"]);
  });
});
