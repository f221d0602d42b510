// Mentee availability is a field of the Mentees register: mapped from the sheet's own column,
// read by the score (overlap with the mentor's half-days), and still found in a register
// converted before the field existed, where it was carried as an extra "Availability" column.
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, menteeProfile, mentorProfile, pointScale, scoreBreakdown } from "../../../src/domain/pairing";
import { REGISTERS, type Mentee, type Mentor } from "../../../src/domain/registers";
import { loadRegisters } from "../../../src/operations/load-registers";
import { createMemoryContext, memoryWorkbookFromSpec } from "../../../src/workbook/memory";
import { mentee, mentor, registerRows } from "./fixtures";

const scale = pointScale(DEFAULT_WEIGHTS);
const field = (kind: "mentors" | "mentees") => REGISTERS[kind].fields.find((f) => f.key === "availability");

describe("the Mentees register's availability field", () => {
  it("is a list field with the mentor's header wordings and its own help", () => {
    expect(field("mentees")).toMatchObject({ label: "Availability", kind: "list", help: "When the mentee can meet, e.g. Mon; Wed mornings." });
    expect(field("mentees")?.aliases).toEqual(field("mentors")?.aliases);
    // Declared after the needs: what the mentee wants, then when they can meet.
    const keys = REGISTERS.mentees.fields.map((f) => f.key);
    expect(keys.indexOf("availability")).toBe(keys.indexOf("needs") + 1);
  });

  it("drives the availability part: the share of the mentee's half-days the mentor can also meet", () => {
    const aMentor = mentorProfile(registerRows<Mentor>("mentors", "Mentors", [mentor({ mentorId: "A", availability: ["Tue", "Thu"] })]).rows[0]!, 0);
    const withDays = menteeProfile(registerRows<Mentee>("mentees", "Mentees", [mentee({ menteeId: "1", availability: ["Mon", "Tue mornings"] })]).rows[0]!, 0);
    const part = scoreBreakdown(aMentor, withDays, scale).parts.find((p) => p.key === "availability")!;
    expect(part.value).toBeCloseTo(1 / 3);
    expect(part.detail).toBe("both free Tue am");

    // Written but naming no day: the mentor's breadth counts, and the reason says why.
    const vague = menteeProfile(registerRows<Mentee>("mentees", "Mentees", [mentee({ menteeId: "2", availability: ["After the budget hearings"] })]).rows[0]!, 0);
    const fallback = scoreBreakdown(aMentor, vague, scale).parts.find((p) => p.key === "availability")!;
    expect(fallback.value).toBeCloseTo(0.4);
    expect(fallback.detail).toBe(`the mentee's availability "After the budget hearings" names no day or time, so: mentor free Tue, Thu (4 of 10 weekday half-days)`);
  });

  it("is read from a register converted before the field existed, where it was an extra column", async () => {
    const { tableName, sheetName } = REGISTERS.mentees;
    const old = ["Mentee ID", "Full name", "County", "Phase", "Needs (ranked)", "Remarks", "Source sheet", "Source row", "Availability"];
    const workbook = memoryWorkbookFromSpec({
      sheets: [
        {
          name: sheetName,
          rows: [old, ["ME-1", "Achieng Otieno", "Kisumu", "Phase 1", "Appraisal", "", "Mentees", 3, "Mon; Wed mornings"]],
          tables: [{ name: tableName, range: "A1:I2" }],
        },
      ],
    });
    const { registers } = await loadRegisters(createMemoryContext(workbook));
    const row = registers.mentees?.rows[0];
    expect(row?.values.availability).toEqual(["Mon", "Wed mornings"]);
    expect(row?.extra).not.toHaveProperty("Availability");
    expect(menteeProfile(row!, 0).availability.slots).not.toBe(0);
  });
});
