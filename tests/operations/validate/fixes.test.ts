import { describe, expect, it } from "vitest";
import { originalsFromAsTyped } from "../../../src/domain/reading";
import { REGISTERS } from "../../../src/domain/registers";
import { applyFixes, cellFor, planFixes, validateWorkbook } from "../../../src/operations/validate";
import { buildSampleWorkbookSpec } from "../../../src/sample";
import { coAuthorEdit, createMemoryContext, memoryWorkbookFromSpec, type MemoryContext } from "../../../src/workbook/memory";
import { cellAddress } from "../../../src/workbook/address";
import { registerColumn, writeConvertedRegister } from "./helpers";

const SHEET = REGISTERS.mentors.sheetName;
const mentor = (id: string, name: string, extra: Record<string, string | number>) => ({
  values: { mentorId: id, fullName: name, yearsExperience: 9, sensitisationAttended: "Yes", confidentialityAgreed: "Yes", ihrmNumber: `IHRM/${id}`, skills: "Recruitment", phone: `+2547110000${id.slice(-2)}`, ...extra },
  source: ["Mentors list 2016", 5] as [string, number],
});

/** The sample workbook plus a converted Mentors register with cells an officer typed after converting. */
async function workbookWithRegister(): Promise<MemoryContext> {
  const context = createMemoryContext(memoryWorkbookFromSpec(buildSampleWorkbookSpec()));
  await writeConvertedRegister(context, "mentors", [
    mentor("MR-01", "Daniel Okoth Agola", { phone: "0712 345 678", sector: "Pvt" }),
    { ...mentor("MR-02", "Agnes Akoth Omolo", { yearsExperience: "12 yrs" }), asTyped: 'County: "Kisumu town"' },
    mentor("MR-03", "Moses Opiyo Obura", {}),
  ]);
  return context;
}

const cellOf = (context: MemoryContext, field: string, row: number) => context.document.sheet(SHEET).cellAt(cellAddress(row - 1, registerColumn("mentors", field) - 1));
const asTypedOf = (context: MemoryContext, row: number) => String(context.document.sheet(SHEET).cellAt(cellAddress(row - 1, REGISTERS.mentors.fields.length + 2))?.value ?? "");

describe("accepting safe fixes", () => {
  it("writes the register's form into the register, keeps what was typed, and leaves nothing to tidy", async () => {
    const context = await workbookWithRegister();
    const validation = await validateWorkbook(context);
    const inRegister = validation.fixTargets.filter((t) => t.inRegister);
    expect(inRegister.map((t) => t.field).sort()).toEqual(["phone", "sector", "yearsExperience"]);

    const before = context.stats.syncCount;
    const summary = await applyFixes(context, planFixes(inRegister));
    expect(context.stats.syncCount - before).toBeLessThanOrEqual(3);
    expect(summary.applied).toHaveLength(3);
    expect(summary.changedSince).toEqual([]);

    expect(cellOf(context, "phone", 2)).toMatchObject({ value: "+254712345678", numberFormat: "@" });
    expect(cellOf(context, "sector", 2)?.value).toBe("Private");
    expect(cellOf(context, "yearsExperience", 3)).toMatchObject({ value: 12 });
    expect(originalsFromAsTyped("mentors", asTypedOf(context, 2))).toEqual({ phone: "0712 345 678", sector: "Pvt" });
    // An earlier original stays, the new one joins it.
    expect(originalsFromAsTyped("mentors", asTypedOf(context, 3))).toEqual({ county: "Kisumu town", yearsExperience: "12 yrs" });

    const again = await validateWorkbook(context);
    expect(again.issues.filter((i) => i.sheet === SHEET && i.rule === "field.normalised")).toEqual([]);
  });

  it("skips a cell someone changed since it was validated, and says what it holds now", async () => {
    const context = await workbookWithRegister();
    const validation = await validateWorkbook(context);
    const phone = validation.fixTargets.find((t) => t.field === "phone" && t.inRegister);
    if (!phone) throw new Error("no phone fix");
    coAuthorEdit(context.document, SHEET, phone.issue.cell, [["0722 000 111"]]);
    const summary = await applyFixes(context, planFixes(validation.fixTargets.filter((t) => t.inRegister)));
    expect(summary.changedSince.map((o) => [o.fix.target.field, o.now])).toEqual([["phone", "0722 000 111"]]);
    expect(cellOf(context, "phone", 2)?.value).toBe("0722 000 111");
    expect(summary.applied.map((o) => o.fix.target.field).sort()).toEqual(["sector", "yearsExperience"]);
  });

  it("accepts one fix on its own", async () => {
    const context = await workbookWithRegister();
    const validation = await validateWorkbook(context);
    const sector = validation.fixTargets.filter((t) => t.field === "sector");
    const summary = await applyFixes(context, planFixes(sector));
    expect(summary.applied).toHaveLength(1);
    expect(cellOf(context, "sector", 2)?.value).toBe("Private");
    expect(cellOf(context, "phone", 2)?.value).toBe("0712 345 678");
  });

  it("never writes to a sheet that is not a converted register: it says to convert it first", async () => {
    const context = createMemoryContext(memoryWorkbookFromSpec(buildSampleWorkbookSpec()));
    const validation = await validateWorkbook(context);
    const snapshot = JSON.stringify(context.document.sheet("Mentees").cellAt("C3"));
    const plan = planFixes(validation.fixTargets);
    expect(plan.fixes).toEqual([]);
    expect(plan.notInRegister.find((g) => g.sheet === "Mentees")).toMatchObject({ register: "mentees" });
    expect(plan.notInRegister.reduce((n, g) => n + g.count, 0)).toBe(validation.fixTargets.length);
    const summary = await applyFixes(context, plan);
    expect(summary.applied).toEqual([]);
    expect(JSON.stringify(context.document.sheet("Mentees").cellAt("C3"))).toBe(snapshot);
  });

  it("stores each kind of value the way Excel should hold it", () => {
    expect(cellFor("sessions", "date", "2017-02-06")).toEqual({ value: 42772, format: "dd/mm/yyyy" });
    expect(cellFor("mentors", "yearsExperience", "12")).toEqual({ value: 12, format: "General" });
    expect(cellFor("mentors", "phone", "+254712345678")).toEqual({ value: "+254712345678", format: "@" });
    expect(cellFor("mentors", "sensitisationAttended", "Yes")).toEqual({ value: "Yes", format: "@" });
  });
});
