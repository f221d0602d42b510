// Validation on a register made by the Registers screen's own conversion (not a hand-made
// table): issues move to the register's cells, the sheet the office keeps is no longer read,
// and a tidy-up typed into the register later is accepted there, its original kept.
import { describe, expect, it } from "vitest";
import { originalsFromAsTyped } from "../../../src/domain/reading";
import { REGISTERS } from "../../../src/domain/registers";
import { convertSheet } from "../../../src/operations/convert";
import { applyFixes, planFixes, validateWorkbook } from "../../../src/operations/validate";
import { buildSampleWorkbookSpec } from "../../../src/sample";
import { cellAddress, parseAddress } from "../../../src/workbook/address";
import { coAuthorEdit, createMemoryContext, memoryWorkbookFromSpec } from "../../../src/workbook/memory";

const REGISTER = REGISTERS.mentors.sheetName;

async function convertedSample() {
  const context = createMemoryContext(memoryWorkbookFromSpec(buildSampleWorkbookSpec()));
  const outcome = await convertSheet(context, { sheet: "Mentors list 2016", kind: "mentors" });
  expect(outcome.status).toBe("converted");
  return context;
}

/** The register's column of a header, 0-based. */
function columnOf(context: ReturnType<typeof createMemoryContext>, header: string): number {
  const table = context.document.findTable(REGISTERS.mentors.tableName);
  if (!table) throw new Error("no register table");
  const sheet = context.document.sheet(REGISTER);
  for (let c = 0; c < table.rect.columnCount; c++) if (sheet.cell(table.rect.row, table.rect.column + c)?.value === header) return table.rect.column + c;
  throw new Error(`no column ${header}`);
}

describe("validating a converted register", () => {
  it("reports the mentors' problems on the register's cells, with nothing left to tidy there", async () => {
    const context = await convertedSample();
    const validation = await validateWorkbook(context);
    const mentors = validation.issues.filter((i) => i.register === "mentors");
    expect(new Set(mentors.map((i) => i.sheet))).toEqual(new Set([REGISTER]));
    const experience = mentors.find((i) => i.rule === "mentor.experience.minimum");
    expect(experience?.cell).toBe(cellAddress((experience?.row ?? 1) - 1, columnOf(context, "Years of HR experience")));
    // The register already holds the tidied form: no tidy-ups are left on it.
    expect(mentors.filter((i) => i.rule === "field.normalised")).toEqual([]);
    expect(validation.registers.find((r) => r.kind === "mentors")).toMatchObject({ from: "register", sheets: [REGISTER] });
  });

  it("accepts a tidy-up typed into the register later, keeping the earlier originals of the row", async () => {
    const context = await convertedSample();
    const phoneColumn = columnOf(context, "Phone");
    const asTypedColumn = columnOf(context, "As typed");
    const sheet = context.document.sheet(REGISTER);
    // The row converted from "0701 555 331" (the sample's D011) already keeps that original.
    const table = context.document.findTable(REGISTERS.mentors.tableName);
    let row = -1;
    for (let r = (table?.rect.row ?? 0) + 1; r < (table?.rect.row ?? 0) + (table?.rect.rowCount ?? 0); r++) {
      if (String(sheet.cell(r, asTypedColumn)?.value ?? "").includes("0701 555 331")) row = r;
    }
    expect(row).toBeGreaterThan(0);
    coAuthorEdit(context.document, REGISTER, cellAddress(row, phoneColumn), [["0799 123 456"]]);

    const validation = await validateWorkbook(context);
    const target = validation.fixTargets.find((t) => t.sheet === REGISTER && t.field === "phone");
    expect(target).toMatchObject({ inRegister: true, before: "0799 123 456", to: "+254799123456" });
    const summary = await applyFixes(context, planFixes(target ? [target] : []));
    expect(summary.applied).toHaveLength(1);
    expect(sheet.cell(row, phoneColumn)?.value).toBe("+254799123456");
    // The first original stays: the office typed 0701 555 331 before anyone retyped it.
    expect(originalsFromAsTyped("mentors", String(sheet.cell(row, asTypedColumn)?.value))?.phone).toBe("0701 555 331");

    const again = await validateWorkbook(context);
    expect(again.issues.filter((i) => i.sheet === REGISTER && i.rule === "field.normalised")).toEqual([]);
    expect(parseAddress(target?.issue.cell ?? "")?.rect.row).toBe(row);
  });
});
