import { describe, expect, it } from "vitest";
import { validateRegisters } from "../../../src/domain/validation";
import { cleanProgramme, describeIssues, registersOf } from "./fixtures";

describe("a programme that keeps every rule", () => {
  it("has no issues", () => {
    const report = validateRegisters(registersOf(cleanProgramme()));
    expect(describeIssues(report)).toBe("");
    expect(report.counts.errors).toBe(0);
    expect(report.counts.warnings).toBe(0);
  });
});
