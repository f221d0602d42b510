import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/domain/validation";
import { ISSUES_HEADERS, ISSUES_SHEET, ISSUES_TABLE, planIssuesSheet, validateWorkbook, writeIssuesSheet } from "../../../src/operations/validate";
import { buildSampleWorkbookSpec } from "../../../src/sample";
import { createMemoryContext, memoryWorkbookFromSpec, type MemoryWorkbook } from "../../../src/workbook/memory";

const WHEN = "26 Nov 2026 09:00";

function issue(overrides: Partial<Issue>): Issue {
  return { severity: "error", rule: "field.required", register: "mentors", sheet: "Mentors", row: 5, column: 2, cell: "B5", message: "Full name is blank for the mentor in row 5.", fix: "Fill in B5.", ...overrides };
}

/** The table's body as the sheet holds it, header first. */
function tableValues(workbook: MemoryWorkbook): unknown[][] {
  const table = workbook.findTable(ISSUES_TABLE);
  if (!table) throw new Error("no issues table");
  const sheet = workbook.sheet(ISSUES_SHEET);
  return Array.from({ length: table.rect.rowCount }, (_, r) =>
    Array.from({ length: table.rect.columnCount }, (_, c) => sheet.cell(table.rect.row + r, table.rect.column + c)?.value ?? ""),
  );
}

describe("the issues sheet", () => {
  it("plans one row per issue with the field's label, the value as typed and a link to the cell", () => {
    const plan = planIssuesSheet(
      [issue({ field: "fullName" }), issue({ severity: "warning", rule: "settings.invalid", register: "settings", sheet: "Settings", cell: "B2", field: "minYearsExperience", value: "five" })],
      WHEN,
    );
    expect(plan.title).toBe(`Validation issues, ${WHEN}: 1 error, 1 warning. Click a cell reference to go to it; validate again after fixing.`);
    expect(plan.rows.map((r) => r.cells.slice(0, 7))).toEqual([
      ["Error", "field.required", "Mentors", "Mentors", "B5", "Full name", ""],
      ["Warning", "settings.invalid", "Settings", "Settings", "B2", "Minimum years of HR experience (mentors)", "five"],
    ]);
    expect(plan.rows[0]?.link).toBe("Mentors!B5");
  });

  it("writes the sample's issues as a table with a working link per issue, in a handful of syncs", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    const validation = await validateWorkbook(createMemoryContext(workbook));
    const context = createMemoryContext(workbook);
    const result = await writeIssuesSheet(context, planIssuesSheet(validation.issues, WHEN));
    expect(result.rows).toBe(validation.issues.length);
    // Staged on a working sheet and swapped in (replaceSheetAtomically): still a constant handful.
    expect(context.stats.syncCount).toBeLessThanOrEqual(12);
    const values = tableValues(workbook);
    expect(values[0]).toEqual([...ISSUES_HEADERS]);
    expect(values).toHaveLength(validation.issues.length + 1);
    const sheet = workbook.sheet(ISSUES_SHEET);
    expect(String(sheet.cellAt("A1")?.value)).toContain(`${validation.counts.errors} errors`);
    validation.issues.forEach((i, r) => {
      const link = sheet.cell(3 + r, 4);
      expect(link?.value).toBe(i.cell);
      expect(link?.hyperlink?.documentReference).toBe(`${i.sheet.includes(" ") ? `'${i.sheet}'` : i.sheet}!${i.cell}`);
    });
  });

  it("keeps every user text as text, whatever it starts with, and builds no formula from a sheet name", async () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: [["x"]] }] });
    const tricky = issue({ sheet: "Mentors", value: "=HYPERLINK(\"http://example.org\")", message: "+254 is not a name", fix: "-- fix it", field: "fullName" });
    await writeIssuesSheet(createMemoryContext(workbook), planIssuesSheet([tricky], WHEN));
    const row = tableValues(workbook)[1] ?? [];
    expect(row[6]).toBe("=HYPERLINK(\"http://example.org\")");
    expect(row[7]).toBe("+254 is not a name");
    expect(row[8]).toBe("-- fix it");
    const sheet = workbook.sheet(ISSUES_SHEET);
    for (let c = 0; c < ISSUES_HEADERS.length; c++) expect(sheet.cell(3, c)?.formula).toBeUndefined();
  });

  it("is regenerated in place: a shorter list leaves no old rows behind", async () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: [["x"]] }] });
    const many = Array.from({ length: 30 }, (_, i) => issue({ row: 5 + i, cell: `B${5 + i}` }));
    await writeIssuesSheet(createMemoryContext(workbook), planIssuesSheet(many, WHEN));
    await writeIssuesSheet(createMemoryContext(workbook), planIssuesSheet(many.slice(0, 3), WHEN));
    expect(tableValues(workbook)).toHaveLength(4);
    const sheet = workbook.sheet(ISSUES_SHEET);
    expect(sheet.cell(3 + 3, 0)?.value ?? "").toBe("");
    expect(sheet.cell(3 + 3, 4)?.hyperlink).toBeUndefined();
    expect(workbook.sheets.filter((s) => s.name === ISSUES_SHEET)).toHaveLength(1);
  });

  it("leaves alone a sheet of that name the officer made, and says so", async () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: ISSUES_SHEET, rows: [["My own notes on the issues"]] }] });
    const failure = await writeIssuesSheet(createMemoryContext(workbook), planIssuesSheet([issue({})], WHEN)).catch((e: unknown) => e);
    expect((failure as Error).message).toContain("did not make");
    expect(workbook.sheet(ISSUES_SHEET).cellAt("A1")?.value).toBe("My own notes on the issues");
  });
});
