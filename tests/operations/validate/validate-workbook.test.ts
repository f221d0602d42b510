import { describe, expect, it } from "vitest";
import { REGISTERS } from "../../../src/domain/registers";
import { settingsSheetRows } from "../../../src/domain/settings";
import { validateWorkbook } from "../../../src/operations/validate";
import { buildSampleWorkbookSpec } from "../../../src/sample";
import { createMemoryContext, memoryWorkbookFromSpec, MemoryWorkbook, type CellInput } from "../../../src/workbook/memory";
import { writeBlock, WorkbookOperationError } from "../../../src/workbook/office";
import { registerColumn, writeConvertedRegister } from "./helpers";

const sample = () => createMemoryContext(memoryWorkbookFromSpec(buildSampleWorkbookSpec()));

/** A clean mentors sheet of `n` rows (plus one phone to tidy), for sync counts at scale. */
function mentorsWorkbook(n: number): MemoryWorkbook {
  const rows: CellInput[][] = [["Mentor ID", "Full name", "Phone", "Years of HR experience", "Sensitisation attended", "Confidentiality agreed", "IHRM membership no.", "Skills"]];
  for (let i = 0; i < n; i++) rows.push([`MR-${i + 1}`, `Mentor Number ${i + 1}`, i === 0 ? "0799 000 001" : `+2547${String(12_000_000 + i).slice(-8)}`, 8, "Yes", "Yes", `IHRM/${i}`, "Recruitment"]);
  return memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows }] });
}

describe("validateWorkbook", () => {
  it("limits the issues to one sheet, still checking references against every register", async () => {
    const whole = await validateWorkbook(sample());
    const one = await validateWorkbook(sample(), { sheet: "pairing" });
    expect(one.sheet).toBe("Pairing");
    expect(one.issues.length).toBeGreaterThan(0);
    expect(one.issues).toEqual(whole.issues.filter((i) => i.sheet === "Pairing"));
    // The pairs name mentors and mentees from other sheets: none is "unknown" for being out of scope.
    expect(one.issues.some((i) => i.rule.startsWith("reference."))).toBe(false);
    expect(one.counts.errors + one.counts.warnings).toBe(one.issues.length);
    expect(one.counts.byRegister.pairs.errors).toBe(one.issues.filter((i) => i.severity === "error").length);
    expect(one.counts.byRegister.mentors).toEqual({ errors: 0, warnings: 0 });
  });

  it("says which sheet is missing when asked for one that is not there", async () => {
    const failure = await validateWorkbook(sample(), { sheet: "Mentors 2019" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WorkbookOperationError);
    expect((failure as WorkbookOperationError).code).toBe("SheetNotFound");
    expect((failure as WorkbookOperationError).message).toContain("Mentors 2019");
  });

  it("points at the converted register's cells, never at the raw sheet it replaced, and knows where originals go", async () => {
    const context = sample();
    await writeConvertedRegister(context, "mentors", [
      { values: { mentorId: "MR-01", fullName: "Daniel Okoth Agola", phone: "0712 345 678", yearsExperience: 9, sensitisationAttended: "Yes", confidentialityAgreed: "Yes", ihrmNumber: "IHRM/1", skills: "Recruitment" }, source: ["Mentors list 2016", 5] },
    ]);
    const validation = await validateWorkbook(context);
    const mentorIssues = validation.issues.filter((i) => i.register === "mentors");
    expect(new Set(mentorIssues.map((i) => i.sheet))).toEqual(new Set([REGISTERS.mentors.sheetName]));
    const phone = mentorIssues.find((i) => i.field === "phone");
    expect(phone).toMatchObject({ rule: "field.normalised", row: 2, column: registerColumn("mentors", "phone") });
    const target = validation.fixTargets.find((t) => t.issue === phone);
    expect(target).toMatchObject({ inRegister: true, before: "0712 345 678", to: "+254712345678", asTyped: { before: "" } });
    expect(target?.asTyped?.column).toBe(REGISTERS.mentors.fields.length + 3);
    expect(validation.registers.find((r) => r.kind === "mentors")).toMatchObject({ from: "register", sheets: [REGISTERS.mentors.sheetName], rows: 1 });
    // Raw sheets keep their own fixes, marked as not in a register.
    expect(validation.fixTargets.filter((t) => t.sheet === "Mentees").every((t) => !t.inRegister)).toBe(true);
  });

  it("reports a wrong value on the Settings sheet as an issue at its cell, using the default meanwhile", async () => {
    const context = sample();
    const rows = settingsSheetRows().map((r) => [...r]);
    rows[1] = [rows[1]?.[0] ?? "", "lots", rows[1]?.[2] ?? ""];
    context.document.addSheet("Settings");
    await writeBlock(context, "Settings", { row: 0, column: 0 }, rows);
    const validation = await validateWorkbook(context);
    expect(validation.hasSettingsSheet).toBe(true);
    expect(validation.issues[0]).toMatchObject({ rule: "settings.invalid", register: "settings", sheet: "Settings", cell: "B2", value: "lots" });
    // The sample's mentor with 4 years is still below the default of 5.
    expect(validation.issues.some((i) => i.rule === "mentor.experience.minimum")).toBe(true);
  });

  it("takes the same few syncs for 200 rows and for 20,000", async () => {
    const counts: number[] = [];
    for (const n of [200, 20_000]) {
      const context = createMemoryContext(mentorsWorkbook(n));
      const validation = await validateWorkbook(context);
      expect(validation.rows).toBe(n);
      expect(validation.issues.map((i) => `${i.rule} ${i.cell}`)).toEqual(["field.normalised C2"]);
      counts.push(context.stats.syncCount);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(2);
  });

  it("reports progress while checking and stops when cancelled", async () => {
    const notes: string[] = [];
    await validateWorkbook(createMemoryContext(mentorsWorkbook(5_000)), { onProgress: (_d, _t, label) => notes.push(label) });
    expect(notes).toContain("Checking the Mentors register");
    const controller = new AbortController();
    const running = validateWorkbook(createMemoryContext(mentorsWorkbook(5_000)), {
      signal: controller.signal,
      onProgress: (_d, _t, label) => {
        if (label.startsWith("Checking")) controller.abort();
      },
    });
    await expect(running).rejects.toMatchObject({ name: "AbortError" });
  });
});
