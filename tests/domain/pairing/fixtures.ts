/** Small registers built by hand for the pairing tests: only the fields a test cares about. */
import { REGISTERS, cellRef, type GridValue, type Mentee, type Mentor, type Pair, type RegisterData, type RegisterKind, type RegisterRow, type Registers } from "../../../src/domain/registers";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/domain/settings";

function toRaw(value: unknown): GridValue {
  if (Array.isArray(value)) return value.join("; ");
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

export function registerRows<T extends object>(kind: RegisterKind, sheet: string, rows: ReadonlyArray<Partial<T>>): RegisterData<T> {
  const fields = REGISTERS[kind].fields;
  return {
    kind,
    sheet,
    headerRow: 1,
    columns: fields.map((f, c) => ({ column: c + 1, header: f.label, field: f.key, confidence: 1 })),
    rows: rows.map((values, r): RegisterRow<T> => {
      const raw: Partial<Record<keyof T & string, GridValue>> = {};
      const cells: Partial<Record<keyof T & string, ReturnType<typeof cellRef>>> = {};
      for (const [field, value] of Object.entries(values)) {
        if (value === undefined) continue;
        const key = field as keyof T & string;
        raw[key] = toRaw(value);
        cells[key] = cellRef(sheet, r + 2, fields.findIndex((f) => f.key === field) + 1);
      }
      return { values, raw, cells, source: { sheet, row: r + 2 }, changes: [], problems: [], extra: {} };
    }),
  };
}

/** A mentor who meets every programme rule unless the test says otherwise. */
export function mentor(fields: Partial<Mentor> & { mentorId: string }): Partial<Mentor> {
  return {
    fullName: `Mentor ${fields.mentorId}`,
    phase: "Phase 1",
    county: "Kisumu",
    sector: "Private",
    skills: ["performance-management"],
    capacity: 1,
    availability: ["Any weekday"],
    confidentialityAgreed: true,
    ihrmNumber: `IHRM/${fields.mentorId}`,
    yearsExperience: 10,
    organisation: `Company ${fields.mentorId}`,
    ...fields,
  };
}

export function mentee(fields: Partial<Mentee> & { menteeId: string }): Partial<Mentee> {
  return {
    fullName: `Mentee ${fields.menteeId}`,
    phase: "Phase 1",
    county: "Kisumu",
    needs: ["performance-management"],
    organisation: "Kisumu County Government",
    ...fields,
  };
}

export function makeRegisters(parts: {
  mentors?: ReadonlyArray<Partial<Mentor>>;
  mentees?: ReadonlyArray<Partial<Mentee>>;
  pairs?: ReadonlyArray<Partial<Pair>>;
  settings?: Partial<Settings>;
}): Registers {
  return {
    mentors: registerRows<Mentor>("mentors", "Mentors", parts.mentors ?? []),
    mentees: registerRows<Mentee>("mentees", "Mentees", parts.mentees ?? []),
    ...(parts.pairs ? { pairs: registerRows<Pair>("pairs", "Pairs", parts.pairs) } : {}),
    settings: { ...DEFAULT_SETTINGS, ...parts.settings },
  };
}
