import { FOCUS_AREAS, type FocusAreaId } from "../../src/domain/reference";
import type { RegisterKind } from "../../src/domain/registers";
import type { CellInput, SampleTruth, WorkbookSpec } from "../../src/sample";

/** Test-side readers, written independently of the generator so they can catch it out. */

export function parseAddress(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)/.exec(address);
  if (!m) throw new Error(`Bad address ${address}`);
  const letters = m[1] as string;
  let column = 0;
  for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

export function sheetOf(spec: WorkbookSpec, name: string) {
  const sheet = spec.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** The cell at an A1 address (top-left of a range); null for an empty or absent cell. */
export function cellAt(spec: WorkbookSpec, sheet: string, address: string): CellInput {
  const { row, column } = parseAddress(address);
  return sheetOf(spec, sheet).rows[row - 1]?.[column - 1] ?? null;
}

export function looseKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Reads a day-first text date (06/02/2017 -> 2017-02-06). */
export function dayFirstToIso(text: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

/** A Kenyan mobile in any of the forms the sample uses, to +2547XXXXXXXX. */
export function phoneToE164(value: CellInput): string {
  const digits = String(value).replace(/\D/g, "");
  if (digits.startsWith("254")) return `+${digits}`;
  if (digits.startsWith("0")) return `+254${digits.slice(1)}`;
  return `+254${digits}`;
}

/** Focus areas named in a cell: "1. Appraisal 2. Discipline" or "Appraisal; Discipline". */
export function focusAreasIn(text: string): FocusAreaId[] {
  const tokens = text.split(/;|\s*\d+\.\s*/).map((t) => t.trim().toLowerCase()).filter(Boolean);
  return tokens.map((token) => {
    const area = FOCUS_AREAS.find((f) => (f.words as readonly string[]).includes(token) || f.label.toLowerCase() === token);
    if (!area) throw new Error(`No focus area for "${token}"`);
    return area.id;
  });
}

export function entityOf(truth: SampleTruth, register: RegisterKind, key: string): Record<string, unknown> | undefined {
  const lists: Record<RegisterKind, ReadonlyArray<{ key: string }>> = {
    phases: truth.phases,
    mentors: truth.mentors,
    mentees: truth.mentees,
    pairs: truth.pairs,
    sessions: truth.sessions,
    goals: truth.goals,
    evaluations: truth.evaluations,
  };
  return lists[register].find((e) => e.key === key) as Record<string, unknown> | undefined;
}

/** A name as a person would compare it: no '=', ordinary spaces, single spaced, lower case. */
export function nameKey(value: CellInput): string {
  return String(value).replace(/^=/, "").replace(/\u00A0/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
}
