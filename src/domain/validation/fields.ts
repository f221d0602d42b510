import type * as z from "zod";
import { excelErrorIn } from "../normalize/excel-errors";
import { FOCUS_AREAS } from "../reference";
import type { FieldDef } from "../registers";
import { Collector, displayValue, isPresent, q, type RowView } from "./context";
import { reportExcelError } from "./excel-errors";
import type { RuleId } from "./rules";
import { tidyGroup, worthReporting } from "./tidy";

type ZodIssue = z.core.$ZodIssue;

/**
 * Schema checks on normalised values, remembered per field and value where values repeat: national
 * registers hold the same counties, statuses and focus-area lists thousands of times, so each
 * distinct value is parsed once. The cap keeps an unusual register from growing the memory.
 */
export class SchemaChecks {
  private static readonly LIMIT = 20_000;
  private readonly memo = new Map<FieldDef, Map<string | number | boolean, ZodIssue | null>>();

  /** The first problem zod finds with the value, or null when it fits the field's schema. */
  check(def: FieldDef, value: unknown): ZodIssue | null {
    // Emails, phones and dates are nearly all different: remembering them costs more than
    // parsing them again.
    if (!REPEATING_KINDS.has(def.kind)) return firstIssue(def, value);
    const key = memoKey(value);
    if (key === undefined) return firstIssue(def, value);
    let memo = this.memo.get(def);
    if (!memo) {
      memo = new Map();
      this.memo.set(def, memo);
    }
    const known = memo.get(key);
    if (known !== undefined) return known;
    const found = firstIssue(def, value);
    if (memo.size < SchemaChecks.LIMIT) memo.set(key, found);
    return found;
  }
}

/** Field kinds whose values come from a short list and repeat across rows. */
const REPEATING_KINDS: ReadonlySet<string> = new Set(["county", "counties", "choice", "yesno", "focusArea", "focusAreas", "integer", "number", "score", "phase"]);

function memoKey(value: unknown): string | number | boolean | undefined {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  // Lists of words (counties, focus areas) are keyed by their items; the prefix keeps a one-item
  // list apart from the same text as a plain string.
  if (!Array.isArray(value)) return undefined;
  let key = "\u0000[";
  for (const item of value) {
    if (typeof item !== "string") return undefined;
    key += `${item}\u0001`;
  }
  return key;
}

function firstIssue(def: FieldDef, value: unknown): ZodIssue | null {
  const result = def.schema.safeParse(value);
  return result.success ? null : (result.error.issues[0] ?? null);
}

/** Which rule a field's unreadable or invalid value falls under: by what the field holds. */
export function ruleForField(def: FieldDef | undefined): RuleId {
  switch (def?.kind) {
    case "email":
      return "field.email";
    case "phone":
      return "field.phone";
    case "date":
      return "field.date";
    case "integer":
    case "number":
    case "score":
      return "field.number";
    case "yesno":
      return "field.yesno";
    case "choice":
      return "field.choice";
    case "county":
    case "counties":
      return "field.county";
    case "focusArea":
    case "focusAreas":
      return "field.focus-area";
    case "text":
    case "list":
      return def.required ? "field.unreadable" : "field.text";
    default:
      return "field.unreadable";
  }
}

const PLAIN_TEXT_KINDS: ReadonlySet<string> = new Set(["text", "name", "id", "phase", "list"]);

const FOCUS_LABELS = FOCUS_AREAS.map((f) => f.label).join("; ");

/** The offending item of a list value (zod's path points at it), for naming it in the message. */
function offendingItem(value: unknown, issue: ZodIssue | null): unknown {
  const index = issue?.path[0];
  if (Array.isArray(value) && typeof index === "number") return value[index];
  return value;
}

/** Why a read value does not fit, in words (zod's own wording is for developers). */
function whatIsWrong(def: FieldDef, value: unknown, issue: ZodIssue | null): string {
  switch (def.kind) {
    case "email":
      return "is not a complete email address";
    case "phone":
      return "is not a Kenyan phone number";
    case "date":
      return "is not a real date";
    case "integer":
    case "number":
    case "score":
      if (issue?.code === "too_small") return `is below the lowest allowed value, ${String(issue.minimum)}`;
      if (issue?.code === "too_big") return `is above the highest allowed value, ${String(issue.maximum)}`;
      if (issue?.code === "invalid_type" && issue.expected === "int") return "is not a whole number";
      return "is not a number";
    case "yesno":
      return "is not yes or no";
    case "choice":
      return `is not one of the allowed values (${(def.options ?? []).join(", ")})`;
    case "county":
    case "counties":
      if (Array.isArray(value) && value.length === 0) return "lists no county";
      return `names ${q(displayValue(offendingItem(value, issue)))}, which is not one of Kenya's 47 counties`;
    case "focusArea":
    case "focusAreas":
      return `names ${q(displayValue(offendingItem(value, issue)))}, which is not one of the programme's focus areas`;
    default:
      return `does not fit the ${def.label} column`;
  }
}

/** What to type instead. */
function howToFix(def: FieldDef | undefined, cell: string): string {
  switch (def?.kind) {
    case "email":
      return `Correct the address in ${cell} to the form name@example.org, or clear the cell if it is not known.`;
    case "phone":
      return `Type a Kenyan number in ${cell}, e.g. 0712 345 678 or +254712345678.`;
    case "date":
      return `Type the date in ${cell} day first, e.g. 06/02/2017 for 6 February 2017.`;
    case "integer":
    case "number":
    case "score":
      return `Type a number in ${cell}. ${def.help}`;
    case "yesno":
      return `Type Yes or No in ${cell}.`;
    case "choice":
      return `Type one of ${(def.options ?? []).join(", ")} in ${cell}.`;
    case "county":
    case "counties":
      return `Type county names in ${cell} as Kenya writes them, e.g. Kisumu; Homa Bay.`;
    case "focusArea":
    case "focusAreas":
      return `Use the programme's focus areas in ${cell}: ${FOCUS_LABELS}.`;
    default:
      return def ? `Check ${cell}. ${def.help}` : `Check ${cell}.`;
  }
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * Field rules for one row: blanks in required fields, what the normaliser could not read, values
 * that do not fit their schema, and normalisations the user can accept as safe fixes.
 */
export function checkFields(at: RowView, schemas: SchemaChecks, out: Collector): void {
  const { row, layout } = at;
  // Most rows have no problems: no set to allocate for them.
  const unreadable = row.problems.length > 0 ? new Set<string>() : undefined;

  for (const problem of row.problems) {
    unreadable?.add(problem.field);
    const error = excelErrorIn(problem.value);
    if (error !== undefined) {
      reportExcelError(at, problem.field, problem.cell, error, out);
      continue;
    }
    const def = layout.field(problem.field);
    const label = def?.label ?? problem.field;
    const value = at.typed(problem.field) ?? String(problem.value);
    // The normaliser quotes the value itself (spaces collapsed, long text shortened); say it
    // again only when its message does not.
    const explained = problem.message.includes(value.replace(/\s+/g, " ").trim().slice(0, 50))
      ? `${label} for ${at.who}: ${sentence(problem.message)}`
      : `${label} ${q(value)} for ${at.who} could not be read: ${sentence(problem.message)}`;
    out.report(ruleForField(def), at, {
      field: problem.field,
      value,
      cell: problem.cell,
      message: explained,
      fix: problem.fix.trim() !== "" ? problem.fix : howToFix(def, problem.cell.address),
    });
  }

  // Present values first, walking the row's own keys: most fields of most rows are blank, and
  // looking each catalogue field up in every row was the costliest part of validation.
  const { values, raw } = row;
  for (const key in values) {
    const value = values[key];
    if (!isPresent(value) || unreadable?.has(key)) continue;
    const def = layout.field(key);
    if (def === undefined) continue;
    // Free text, names and IDs only need to be non-blank text, which isPresent has just shown:
    // zod would add nothing but time on the most varied (and least memoisable) values.
    if (typeof value === "string" && PLAIN_TEXT_KINDS.has(def.kind)) continue;
    const issue = schemas.check(def, value);
    if (issue !== null) {
      const typed = at.typed(key) ?? displayValue(value);
      out.report(ruleForField(def), at, {
        field: key,
        message: `${def.label} ${q(typed)} for ${at.who} ${whatIsWrong(def, value, issue)}.`,
        fix: howToFix(def, at.place(key)),
      });
    }
  }

  // Typed but not read, and the normaliser said nothing: still never silently dropped.
  for (const key in raw) {
    if (isPresent(values[key]) || unreadable?.has(key)) continue;
    const typed = at.typed(key);
    if (typed === undefined || typed.trim() === "") continue;
    const def = layout.field(key);
    out.report(ruleForField(def), at, {
      field: key,
      message: `${def?.label ?? key} ${q(typed)} for ${at.who} could not be read.`,
      fix: howToFix(def, at.place(key)),
    });
  }

  for (const def of layout.requiredFields) {
    if (isPresent(values[def.key]) || at.filled(def.key) || unreadable?.has(def.key)) continue;
    out.report("field.required", at, {
      field: def.key,
      message: `${def.label} is blank for ${at.who}.`,
      fix: `Fill in ${at.place(def.key)}. ${def.help}`,
    });
  }

  for (const change of row.changes) {
    if (unreadable?.has(change.field)) continue;
    const def = layout.field(change.field);
    // Tidying confidential text is not worth showing it in a list of issues.
    if (def?.confidential) continue;
    const from = typeof change.before === "string" ? change.before : at.typed(change.field) ?? String(change.before);
    if (!worthReporting(change, def, from)) continue;
    const label = layout.label(change.field);
    const shown = displayValue(change.after);
    out.report("field.normalised", at, {
      field: change.field,
      value: from,
      cell: change.cell,
      message: `${label} for ${at.who} is typed ${q(from)}; the register reads it as ${q(shown)} (${change.reason}).`,
      // Safe fixes are written to the converted register, never to the officer's own sheet.
      fix: `If ${q(shown)} is what was meant, accept the tidy-up (it is written into the converted register, not into your own sheet); if not, correct ${change.cell.address}.`,
      safeFix: { field: change.field, cell: change.cell.address, from, to: change.after, reason: change.reason, group: tidyGroup(def) },
    });
  }
}
