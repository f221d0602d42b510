/**
 * What a conversion did, in the officer's terms: which column became which field (and how
 * sure the match was), which columns were carried as they are, what was normalised (grouped
 * by field, with examples of before and after) and what could not be (every value, with its
 * cell and the fix). The screen and the command line both show it. Pure.
 */

import { REGISTERS, columnLetters, type NormalisationChange, type NormalisationProblem, type RegisterKind } from "../../domain/registers";
import type { ConversionPlan } from "./plan";

export interface MappedColumnSummary {
  letter: string;
  header: string;
  field: string;
  label: string;
  confidence: number;
  /** "header": matched by wording; "override": chosen by the officer. */
  source: "header" | "override" | "none";
}

export interface CarriedColumnSummary {
  letter: string;
  /** As typed on the source ("" when it had none). */
  header: string;
  /** The register column it is carried in. */
  registerHeader: string;
  /** Why it is carried: no field matched, or another column took its field. */
  note: string | undefined;
}

export interface ChangeGroup {
  field: string;
  label: string;
  count: number;
  /** The reasons, most frequent first, with how often each applied. */
  reasons: Array<{ reason: string; count: number }>;
  /** The first few changes, to show what "normalised" meant; none for a confidential field. */
  examples: NormalisationChange[];
  /** Session notes, evaluation comments: counted, never quoted (the report may be kept or shared). */
  confidential: boolean;
}

export interface ConversionSummary {
  kind: RegisterKind;
  sheet: string;
  headerRow: number;
  rows: number;
  mapped: MappedColumnSummary[];
  carried: CarriedColumnSummary[];
  /** Labels of required fields no column feeds. */
  missingRequired: string[];
  changeCount: number;
  changes: ChangeGroup[];
  /** Every value kept as typed because it could not be normalised. */
  problems: NormalisationProblem[];
}

const EXAMPLES = 3;

function label(kind: RegisterKind, key: string): string {
  return REGISTERS[kind].fields.find((f) => f.key === key)?.label ?? key;
}

/** Whether a field's text is confidential (session notes, evaluation comments). */
function isConfidentialField(kind: RegisterKind, key: string): boolean {
  return REGISTERS[kind].fields.find((f) => f.key === key)?.confidential === true;
}

/** A problem on a confidential field, with the value and the normaliser's quote of it left out. */
function withoutValue(problem: NormalisationProblem): NormalisationProblem {
  return { ...problem, value: "", message: "the value could not be read (confidential text: not shown here)", fix: `Look at ${problem.cell.address} on the sheet.` };
}

export function summarisePlan(plan: ConversionPlan): ConversionSummary {
  const { kind, mapping } = plan;
  const groups = new Map<string, { count: number; reasons: Map<string, number>; examples: NormalisationChange[] }>();
  const problems: NormalisationProblem[] = [];
  let changeCount = 0;
  for (const row of plan.rows) {
    for (const change of row.changes) {
      changeCount += 1;
      let group = groups.get(change.field);
      if (!group) {
        group = { count: 0, reasons: new Map(), examples: [] };
        groups.set(change.field, group);
      }
      group.count += 1;
      group.reasons.set(change.reason, (group.reasons.get(change.reason) ?? 0) + 1);
      if (group.examples.length < EXAMPLES && !isConfidentialField(kind, change.field)) group.examples.push(change);
    }
    for (const problem of row.problems) problems.push(isConfidentialField(kind, problem.field) ? withoutValue(problem) : problem);
  }
  const carriedHeader = new Map(plan.columns.flatMap((c) => (c.role === "carried" ? [[c.sourceColumn, c.header] as const] : [])));
  return {
    kind,
    sheet: plan.source.sheet,
    headerRow: plan.source.headerRow,
    rows: plan.rows.length,
    mapped: mapping.columns.flatMap((c) =>
      c.field === null ? [] : [{ letter: columnLetters(c.column), header: c.header, field: c.field, label: label(kind, c.field), confidence: c.confidence, source: c.source }],
    ),
    carried: mapping.columns.flatMap((c) => {
      const registerHeader = carriedHeader.get(c.column);
      return c.field !== null || registerHeader === undefined ? [] : [{ letter: columnLetters(c.column), header: c.header, registerHeader, note: c.note }];
    }),
    missingRequired: mapping.missingRequired.map((key) => label(kind, key)),
    changeCount,
    changes: [...groups.entries()]
      .map(([field, g]) => ({
        field,
        label: label(kind, field),
        count: g.count,
        reasons: [...g.reasons.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
        examples: g.examples,
        confidential: isConfidentialField(kind, field),
      }))
      .sort((a, b) => b.count - a.count),
    problems,
  };
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** A value as a message quotes it. */
export function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "string") return `“${value.replace(/\n/g, "⏎")}”`;
  return String(value);
}

/** The summary as plain lines (the command line prints them; tests read them). */
export function summaryLines(summary: ConversionSummary): string[] {
  const lines: string[] = [];
  lines.push(`  Header in row ${summary.headerRow}; ${summary.rows} row${summary.rows === 1 ? "" : "s"} read (blank rows skipped).`);
  lines.push(`  Mapped ${summary.mapped.length} column${summary.mapped.length === 1 ? "" : "s"}:`);
  for (const m of summary.mapped) {
    const how = m.source === "override" ? "as chosen" : pct(m.confidence);
    lines.push(`    ${m.letter} ${shown(m.header)} -> ${m.label} (${how})`);
  }
  if (summary.missingRequired.length > 0) lines.push(`  No column for required field${summary.missingRequired.length === 1 ? "" : "s"}: ${summary.missingRequired.join(", ")}; ${summary.missingRequired.length === 1 ? "it is" : "they are"} left empty in the register.`);
  if (summary.carried.length > 0) {
    lines.push(`  Carried as they are (${summary.carried.length}):`);
    for (const c of summary.carried) lines.push(`    ${c.letter} ${shown(c.header)} -> column ${shown(c.registerHeader)}${c.note ? ` (${c.note})` : ""}`);
  }
  if (summary.changeCount === 0) lines.push("  Normalised: nothing needed changing.");
  else {
    lines.push(`  Normalised ${summary.changeCount} value${summary.changeCount === 1 ? "" : "s"} (originals kept in the “As typed” column):`);
    for (const g of summary.changes) {
      const reasons = g.reasons.slice(0, 3).map((r) => `${r.reason} ${r.count}`).join("; ");
      lines.push(`    ${g.label}: ${g.count} (${reasons}${g.reasons.length > 3 ? "; …" : ""})`);
      for (const e of g.examples) lines.push(`      ${e.cell.address}: ${shown(e.before)} -> ${shown(e.after)}`);
      if (g.confidential) lines.push("      (confidential: the values are not shown)");
    }
  }
  if (summary.problems.length === 0) lines.push("  Could not normalise: nothing; every value was read.");
  else {
    lines.push(`  Could not normalise ${summary.problems.length} value${summary.problems.length === 1 ? "" : "s"} (kept exactly as typed):`);
    for (const p of summary.problems) lines.push(`    ${p.cell.address} (${label(summary.kind, p.field)}): ${p.message}. ${p.fix}`);
  }
  return lines;
}
