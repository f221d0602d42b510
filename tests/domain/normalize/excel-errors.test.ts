import { describe, expect, it } from "vitest";
import { EXCEL_ERROR_VALUES, excelErrorIn, normalizeField, normalizePhase } from "../../../src/domain/normalize";
import { SECTORS } from "../../../src/domain/reference";
import { DEFAULT_SETTINGS, readSettingsGrid } from "../../../src/domain/settings";
import type { FieldKind } from "../../../src/domain/registers";

const KINDS: FieldKind[] = ["id", "text", "name", "email", "phone", "county", "counties", "date", "integer", "number", "yesno", "focusArea", "focusAreas", "list", "score", "phase"];

describe("a cell showing Excel's error is never a value", () => {
  it("knows the errors a sheet can show, including the newer ones", () => {
    for (const error of ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"]) {
      expect(excelErrorIn(error)).toBe(error);
    }
    expect(EXCEL_ERROR_VALUES).toContain("#FIELD!");
  });

  it("does not take text that only looks like an error for one", () => {
    for (const text of ["#REF", "#1 Achieng", "REF!", " #N/A", "#n/a pending", "#", "Phase #1"]) expect(excelErrorIn(text)).toBeUndefined();
    expect(excelErrorIn(404)).toBeUndefined();
    expect(excelErrorIn(true)).toBeUndefined();
    expect(excelErrorIn(undefined)).toBeUndefined();
  });

  it.each(KINDS)("%s: refused, saying which error the cell shows and that a formula broke", (kind) => {
    for (const error of EXCEL_ERROR_VALUES) {
      const read = normalizeField(kind, error);
      expect(read.ok, `${kind} ${error}`).toBe(false);
      if (read.ok) continue;
      expect(read.message).toContain(`Excel's error ${error}`);
      expect(read.message).toContain("formula");
      expect(read.fix.length).toBeGreaterThan(20);
    }
  });

  it("refuses it for a choice too, where the list would otherwise be searched for a near spelling", () => {
    expect(normalizeField("choice", "#NAME?", undefined, { options: SECTORS })).toMatchObject({ ok: false });
  });

  it("says why each error appears: a deleted reference, a lookup that found nothing, a division by zero", () => {
    const message = (value: string) => {
      const read = normalizeField("name", value);
      return read.ok ? "" : read.message;
    };
    expect(message("#REF!")).toContain("was deleted");
    expect(message("#N/A")).toContain("VLOOKUP");
    expect(message("#DIV/0!")).toContain("divides by zero");
    const waiting = normalizeField("date", "#GETTING_DATA");
    expect(waiting.ok ? "" : waiting.fix).toContain("Wait until Excel has finished");
  });

  it("keeps names that merely start with # or = (they are the officer's text)", () => {
    expect(normalizeField("name", "#1 Achieng Otieno")).toMatchObject({ ok: true, value: "#1 Achieng Otieno" });
    expect(normalizeField("name", "=Wanjiru")).toMatchObject({ ok: true, value: "=Wanjiru" });
  });

  it("is not a phase when a workbook's phases are listed on their own", () => {
    expect(normalizePhase("#N/A")).toMatchObject({ ok: false });
    expect(normalizePhase("Phase 1")).toMatchObject({ ok: true, value: "Phase 1" });
  });

  it("is not a setting: the Settings sheet says the cell shows Excel's error and keeps the default", () => {
    const { settings, problems } = readSettingsGrid({ sheet: "Settings", origin: { row: 1, column: 1 }, values: [["Setting", "Value"], ["Minimum years of HR experience (mentors)", "#REF!"]] });
    expect(settings.minYearsExperience).toBe(DEFAULT_SETTINGS.minYearsExperience);
    expect(problems.map((p) => [p.cell.address, p.message])).toEqual([
      ["B2", `The setting “Minimum years of HR experience (mentors)” shows Excel's error #REF!: a formula behind the cell broke, so the default ${DEFAULT_SETTINGS.minYearsExperience} is used instead.`],
    ]);
  });
});
