import { describe, expect, expectTypeOf, it } from "vitest";
import { REGISTERS, REGISTER_KINDS, type RegisterData, type Registers } from "../../../src/domain/registers";
import {
  computePhaseMetrics,
  computeProgrammeMetrics,
  describeSummarySheets,
  layoutToGrid,
  toSummaryJson,
  type PhaseMetrics,
  type ProgrammeMetrics,
} from "../../../src/domain/summary";
import { SECRET, smallProgramme } from "./fixtures";

/** Fields the catalogue marks confidential, per register: read from the catalogue, not listed by hand. */
const CONFIDENTIAL = REGISTER_KINDS.flatMap((kind) => REGISTERS[kind].fields.filter((f) => f.confidential).map((f) => ({ kind, key: f.key })));

/** Puts the secret into every confidential field of every row, typed value and raw text alike. */
function plantSecrets(registers: Registers): Registers {
  for (const { kind, key } of CONFIDENTIAL) {
    const data = registers[kind] as RegisterData<unknown> | undefined;
    data?.rows.forEach((row, i) => {
      const secret = `${SECRET}-${kind}-${key}-${i}`;
      (row.values as Record<string, unknown>)[key] = secret;
      (row.raw as Record<string, unknown>)[key] = secret;
      row.extra["Journal"] = secret;
    });
  }
  return registers;
}

/** Every object key anywhere in a value. */
function allKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) allKeys(item, into);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      allKeys(v, into);
    }
  }
  return into;
}

type DeepKeys<T> = T extends readonly (infer U)[] ? DeepKeys<U> : T extends object ? { [K in keyof T & string]: K | DeepKeys<T[K]> }[keyof T & string] : never;
type FreeTextKeys = "notes" | "comments" | "remarks" | "matchReasons" | "goal" | "journal" | "extra" | "raw";

describe("confidentiality", () => {
  it("knows which fields are confidential (session notes, evaluation comments)", () => {
    expect(CONFIDENTIAL).toEqual(
      expect.arrayContaining([
        { kind: "sessions", key: "notes" },
        { kind: "evaluations", key: "comments" },
      ]),
    );
  });

  it("has no field in any metrics type that could carry free text from the registers", () => {
    expectTypeOf<Extract<DeepKeys<PhaseMetrics>, FreeTextKeys>>().toBeNever();
    expectTypeOf<Extract<DeepKeys<ProgrammeMetrics>, FreeTextKeys>>().toBeNever();
    const keys = allKeys(computeProgrammeMetrics(smallProgramme()));
    for (const { key } of CONFIDENTIAL) expect(keys.has(key), key).toBe(false);
  });

  it("never lets a planted secret reach metrics, the JSON, the sheet descriptions or the grids", () => {
    const registers = plantSecrets(smallProgramme());
    // The fixture also plants the secret in remarks, goal wording, match reasons and unmapped
    // "Journal" columns: free text the summary must not quote either.
    const planted = JSON.stringify(registers);
    expect(planted).toContain(SECRET);
    expect(planted).toContain(`${SECRET}-sessions-notes-0`);
    expect(planted).toContain(`${SECRET}-evaluations-comments-0`);

    const programme = computeProgrammeMetrics(registers);
    const outputs: Array<[string, unknown]> = [
      ["programme metrics", programme],
      ["phase 1 metrics", computePhaseMetrics(registers, "Phase 1")],
      ["phase 2 metrics", computePhaseMetrics(registers, "Phase 2")],
      ["summary JSON", toSummaryJson(programme)],
    ];
    const sheets = describeSummarySheets(programme, { generatedAt: "2025-03-01T10:30:00Z", includedErrors: true });
    for (const sheet of sheets) {
      outputs.push([`sheet ${sheet.name}`, sheet]);
      outputs.push([`grid ${sheet.name}`, layoutToGrid(sheet)]);
    }
    for (const [what, output] of outputs) {
      const text = JSON.stringify(output);
      expect(text.length, what).toBeGreaterThan(100);
      expect(text.includes(SECRET), what).toBe(false);
    }
  });

  it("still reports the figures those rows give (the secret rows were not simply dropped)", () => {
    const p1 = computePhaseMetrics(plantSecrets(smallProgramme()), "Phase 1");
    expect(p1.sessions.held).toBe(28);
    expect(p1.evaluations.forms).toBe(4);
  });
});
