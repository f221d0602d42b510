import { REGISTER_KINDS, REGISTERS, type Grid, type RegisterKind } from "../registers";
import { mapColumns } from "./columns";
import { findHeaderRow } from "./header-row";
import type { SheetMapping } from "./types";

/** What a sheet looks like: which register, how sure, and the mapping to read it with. */
export interface SheetDetection {
  sheet: string;
  /** The register the sheet is read as, or null when it looks like none (or like two). */
  kind: RegisterKind | null;
  /** 0..1: the best register's share of the evidence (header matches, weighed). */
  confidence: number;
  /** The next best register, so the officer sees what else it could be. */
  runnerUp: { kind: RegisterKind; confidence: number } | null;
  /** The best two are too close to call: the officer must choose. */
  ambiguous: boolean;
  /** 1-based header row on the sheet, when one was found. */
  headerRow: number | null;
  /** The mapping for `kind` (or for the best guess when ambiguous), null when no header row. */
  mapping: SheetMapping | null;
  /** Each register's share of the evidence. */
  scores: Record<RegisterKind, number>;
  /** One sentence for the officer. */
  message: string;
}

/** A register's words in sheet names ("Mentee list", "Session logs Ph1", "Matching"). */
const SHEET_NAME_HINTS: ReadonlyArray<readonly [RegisterKind, RegExp]> = [
  ["mentors", /\bmentors?\b|\bmentor[ _-]/i],
  ["mentees", /\bmentees?\b|\bmentee[ _-]|prot[eé]g[eé]/i],
  ["pairs", /\bpairs?\b|\bpairings?\b|\bmatch(?:es|ing)?\b/i],
  ["sessions", /\bsessions?\b|\blogs?\b|\battendance\b|\bweekly\b/i],
  ["goals", /\bgoals?\b|\bplans?\b|\bobjectives?\b/i],
  ["evaluations", /\bevaluations?\b|\beval\b|\bfeedback\b|\bassessments?\b/i],
  ["phases", /\bphases?\b|\bcohorts?\b|\bprogramme\b|\bprogram\b/i],
];

/** A sheet name naming a register multiplies its evidence by this. */
const NAME_HINT_BOOST = 1.6;
/** Missing a required field (a mentor list with no names?) divides the evidence. */
const MISSING_REQUIRED_PENALTY = 0.5;
/** Shares closer than this are too close to call. */
const AMBIGUOUS_MARGIN = 0.08;
/** A register needs at least this many mapped columns to be considered at all. */
const MIN_MAPPED_COLUMNS = 2;

function sheetHints(sheet: string): Set<RegisterKind> {
  const hinted = new Set<RegisterKind>();
  // Underscores and camel case join words in sheet names ("Mentee_list", "MenteeList").
  const name = sheet.replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2");
  for (const [kind, pattern] of SHEET_NAME_HINTS) if (pattern.test(name)) hinted.add(kind);
  // "Mentors" hints mentors and not pairs; a sheet naming both people ("Mentor-mentee pairs")
  // is about pairs.
  if (hinted.has("mentors") && hinted.has("mentees")) {
    hinted.delete("mentors");
    hinted.delete("mentees");
    hinted.add("pairs");
  }
  return hinted;
}

function percent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

/**
 * Which register a sheet is. Each register maps the header row its own way; a column that
 * several registers can read ("Name", "Phone") splits its credit between them, while a column
 * only one register has ("IHRM membership no.", "Needs (ranked)") counts fully for it. A
 * register missing a required field is penalised, and a sheet name that names a register
 * boosts it. The confidence is the best register's share of all the evidence.
 */
export function detectRegister(grid: Grid, options: { kinds?: readonly RegisterKind[]; headerRowIndex?: number } = {}): SheetDetection {
  const kinds = options.kinds ?? REGISTER_KINDS;
  const zero = Object.fromEntries(REGISTER_KINDS.map((k) => [k, 0])) as Record<RegisterKind, number>;
  const header = options.headerRowIndex !== undefined ? { index: options.headerRowIndex, row: grid.origin.row + options.headerRowIndex } : findHeaderRow(grid);
  if (!header) {
    return {
      sheet: grid.sheet, kind: null, confidence: 0, runnerUp: null, ambiguous: false, headerRow: null, mapping: null, scores: zero,
      message: `Sheet “${grid.sheet}” has no header row naming register columns in its first rows, so it was not read as a register.`,
    };
  }
  const mappings = new Map<RegisterKind, SheetMapping>(kinds.map((kind) => [kind, mapColumns(grid, kind, header.index)]));
  const claims = new Map<number, number>();
  for (const mapping of mappings.values()) {
    for (const c of mapping.columns) if (c.field !== null) claims.set(c.column, (claims.get(c.column) ?? 0) + 1);
  }
  const hints = sheetHints(grid.sheet);
  const evidence = new Map<RegisterKind, number>();
  for (const [kind, mapping] of mappings) {
    const mapped = mapping.columns.filter((c) => c.field !== null);
    if (mapped.length < MIN_MAPPED_COLUMNS) {
      evidence.set(kind, 0);
      continue;
    }
    let e = 0;
    for (const c of mapped) {
      const required = REGISTERS[kind].fields.find((f) => f.key === c.field)?.required ?? false;
      e += (c.confidence * (required ? 1.5 : 1)) / (claims.get(c.column) ?? 1);
    }
    if (mapping.missingRequired.length > 0) e *= MISSING_REQUIRED_PENALTY;
    if (hints.has(kind)) e *= NAME_HINT_BOOST;
    evidence.set(kind, e);
  }
  const total = [...evidence.values()].reduce((a, b) => a + b, 0);
  const scores = { ...zero };
  for (const [kind, e] of evidence) scores[kind] = total > 0 ? Math.round((e / total) * 1000) / 1000 : 0;
  const ranked = [...kinds].sort((a, b) => scores[b] - scores[a]);
  const [first, second] = ranked;
  if (first === undefined || scores[first] === 0) {
    return {
      sheet: grid.sheet, kind: null, confidence: 0, runnerUp: null, ambiguous: false, headerRow: header.row, mapping: null, scores,
      message: `Sheet “${grid.sheet}” has a header in row ${header.row}, but its columns do not match any register well enough, so it was not read.`,
    };
  }
  const runnerUp = second !== undefined && scores[second] > 0 ? { kind: second, confidence: scores[second] } : null;
  const ambiguous = runnerUp !== null && scores[first] - runnerUp.confidence < AMBIGUOUS_MARGIN;
  const title = REGISTERS[first].title;
  const mapping = mappings.get(first) ?? null;
  let message: string;
  if (ambiguous && runnerUp) {
    message = `Sheet “${grid.sheet}” could be the ${title} or the ${REGISTERS[runnerUp.kind].title} register (${percent(scores[first])} vs ${percent(runnerUp.confidence)}), so it was not read: choose its register, or put “${title}” or “${REGISTERS[runnerUp.kind].title}” in the sheet's name.`;
  } else {
    message = `Sheet “${grid.sheet}” looks like the ${title} register (${percent(scores[first])} sure${runnerUp ? `; next best ${REGISTERS[runnerUp.kind].title}, ${percent(runnerUp.confidence)}` : ""}), header in row ${header.row}.`;
  }
  return { sheet: grid.sheet, kind: ambiguous ? null : first, confidence: scores[first], runnerUp, ambiguous, headerRow: header.row, mapping, scores, message };
}

/** The mapping of a sheet as a given register (when the officer chose it, or it was ambiguous). */
export function mapSheet(grid: Grid, kind: RegisterKind, headerRowIndex?: number): SheetMapping | null {
  const index = headerRowIndex ?? findHeaderRow(grid)?.index;
  return index === undefined ? null : mapColumns(grid, kind, index);
}
