import { HOURS_FIELDS, normalizeField } from "../normalize/field";
import { cellText, isBlankCell } from "../normalize/result";
import type { FieldDef, FieldKind, Grid, GridValue } from "../registers";

/*
 * A column's values as evidence for the field its header names. "Date of sensitisation" reads
 * weakly like the yes/no "Sensitisation attended", but its cells are dates: read as yes/no,
 * every one would be reported unreadable. So the values are tried with the field's own
 * normaliser: a column whose values mostly fail loses confidence (and is carried when that
 * leaves it below the threshold, or goes to a field its values fit much better), while a
 * column whose values all read gains some. A sample is enough to tell, and keeps it fast.
 */

/** Values tried per column: enough to tell dates from yes/no, few enough for any sheet. */
const SAMPLE_VALUES = 50;
/** Rows looked at to find them, spread evenly over the column. */
const SAMPLE_PROBES = 200;
/** Fewer values than this say nothing either way. */
const MIN_EVIDENCE = 3;
/** Mostly failing: at least this share of the values. */
const MOSTLY_FAIL = 0.5;
/** Confirmed: at most this share fails. */
const CONFIRMED = 0.1;
/** How much a fully failing column loses. */
const FAIL_PENALTY = 0.4;
/** Share of the way to certainty a confirmed header match gains. */
const CONFIRM_BONUS = 0.3;

/**
 * Field kinds whose normaliser can tell a wrong column: a date column is not yes/no, a name is
 * not a phone number. Names, ids, free text, lists and phases accept nearly anything, so their
 * values neither confirm nor contradict a header.
 */
const TELLING_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(["date", "integer", "number", "score", "yesno", "email", "phone", "county", "counties", "choice", "focusArea", "focusAreas"]);

export interface ColumnSample {
  values: GridValue[];
  formats: Array<string | undefined>;
}

export interface ValueEvidence {
  checked: number;
  failed: number;
  /** The first value that failed, as shown, for the officer. */
  example?: string;
}

/**
 * Up to SAMPLE_VALUES non-blank values of each column below the header row, from rows spread
 * evenly down the sheet (the same rows every time: the mapping never depends on chance).
 */
export function sampleColumns(grid: Grid, headerRowIndex: number, width: number): ColumnSample[] {
  const samples: ColumnSample[] = Array.from({ length: width }, () => ({ values: [], formats: [] }));
  const first = headerRowIndex + 1;
  const rows = grid.values.length - first;
  if (rows <= 0) return samples;
  const probes = Math.min(rows, SAMPLE_PROBES);
  // Every fourth probe first, so that a full sample already spans the whole column; the
  // probes between fill in for a column with blanks.
  const stride = Math.max(1, Math.round(probes / SAMPLE_VALUES));
  const order: number[] = [];
  for (let offset = 0; offset < stride; offset++) for (let k = offset; k < probes; k += stride) order.push(k);
  for (const k of order) {
    const i = first + Math.floor((k * rows) / probes);
    const row = grid.values[i];
    if (!row) continue;
    for (let j = 0; j < width; j++) {
      const sample = samples[j];
      const value = row[j];
      if (!sample || value === undefined || isBlankCell(value) || sample.values.length >= SAMPLE_VALUES) continue;
      sample.values.push(value);
      sample.formats.push(grid.numberFormats?.[i]?.[j]);
    }
  }
  return samples;
}

/** How the sampled values read as `field`; null when the field's kind cannot tell. */
export function valueEvidence(field: FieldDef, sample: ColumnSample): ValueEvidence | null {
  if (!TELLING_KINDS.has(field.kind) || sample.values.length < MIN_EVIDENCE) return null;
  const options = { ...(field.options ? { options: field.options } : {}), hours: HOURS_FIELDS.has(field.key) };
  let failed = 0;
  let example: string | undefined;
  sample.values.forEach((value, i) => {
    if (normalizeField(field.kind, value, sample.formats[i], options).ok) return;
    failed += 1;
    example ??= cellText(value);
  });
  return { checked: sample.values.length, failed, ...(example === undefined ? {} : { example }) };
}

/** A header match's confidence once its column's values are weighed. */
export function weighedConfidence(confidence: number, evidence: ValueEvidence | null): number {
  if (!evidence) return confidence;
  const share = evidence.failed / evidence.checked;
  if (share >= MOSTLY_FAIL) return Math.max(0, confidence - FAIL_PENALTY * share);
  if (share <= CONFIRMED) return confidence + (1 - confidence) * CONFIRM_BONUS;
  return confidence;
}

/** "12 of its 12 values are not yes/no (e.g. “06/02/2017”)": why the values speak against a field. */
export function evidenceAgainst(field: FieldDef, evidence: ValueEvidence): string {
  const example = evidence.example === undefined ? "" : ` (e.g. “${evidence.example}”)`;
  return `${evidence.failed} of the ${evidence.checked} values looked at do not read as ${KIND_WORDS[field.kind] ?? field.label}${example}`;
}

const KIND_WORDS: Partial<Record<FieldKind, string>> = {
  date: "dates",
  integer: "whole numbers",
  number: "numbers",
  score: "scores from 1 to 5",
  yesno: "yes or no",
  email: "email addresses",
  phone: "phone numbers",
  county: "Kenyan counties",
  counties: "Kenyan counties",
  focusArea: "focus areas",
  focusAreas: "focus areas",
};
