import { describe, expect, it } from "vitest";
import { nationalWorkbookSpec, runValidateOperationBench } from "../../../bench/validate-operation.bench";

describe("the validate-operation bench", () => {
  it("plants only the mistakes it says, one in a hundred rows", async () => {
    const scale = { phases: 5, mentors: 500, mentees: 500, pairs: 1_000, sessions: 8_000 };
    const r = await runValidateOperationBench({ scale, runs: 1 });
    const rows = Object.values(scale).reduce((a, b) => a + b, 0);
    expect(r.rows).toBe(rows);
    // Experience and confidentiality (mentors), training and a county outside the phase
    // (mentees): one each per hundred rows.
    expect(r.errors).toBe((scale.mentors / 100) * 2 + (scale.mentees / 100) * 2);
    expect(r.errors + r.warnings).toBe(r.issues);
    expect(r.markSyncs).toBeLessThanOrEqual(4);
    expect(r.sampleRows).toBeGreaterThan(300);
    expect(r.revalidateMs).toBeGreaterThan(0);
    expect(r.revalidateCachedMs).toBeGreaterThan(0);
  });

  it("types the sheets the way offices do: titles above the header, office wordings", () => {
    const spec = nationalWorkbookSpec({ phases: 2, mentors: 4, mentees: 4, pairs: 4, sessions: 8 });
    expect(spec.sheets.map((s) => s.name)).toEqual(["Phases", "Mentors", "Mentees", "Pairs", "Session logs"]);
    expect(spec.sheets[1]?.rows[1]).toContain("Name of mentor");
  });
});
