import {
  cellRef,
  REGISTERS,
  type ColumnMapping,
  type Evaluation,
  type GridValue,
  type Goal,
  type Mentee,
  type Mentor,
  type Pair,
  type Phase,
  type RegisterData,
  type RegisterKind,
  type RegisterRow,
  type Registers,
  type Session,
} from "../../../src/domain/registers";
import { FOCUS_AREAS } from "../../../src/domain/reference";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/domain/settings";
import type { Issue, ValidationReport } from "../../../src/domain/validation";

/**
 * Hand-made registers for validation tests, shaped like the reader's output: rows on a named
 * sheet below a title and a header, a serial-number column in A that maps to nothing (so cell
 * addresses are the user's, not field positions), values as read, and cells as typed.
 */

export interface RowTypes {
  phases: Phase;
  mentors: Mentor;
  mentees: Mentee;
  pairs: Pair;
  sessions: Session;
  goals: Goal;
  evaluations: Evaluation;
}

type Key<T> = keyof T & string;

export interface RowSpec<T> {
  values: Partial<T>;
  /** Cells as typed, overriding what is derived from the values. */
  raw?: Partial<Record<Key<T>, GridValue>>;
  /** Values the normaliser could not read: left out of `values`, kept in `raw`. */
  problems?: Array<{ field: Key<T>; value: GridValue; message: string; fix: string }>;
  /** Values the normaliser changed: `after` goes in `values`, `before` in `raw`. */
  changes?: Array<{ field: Key<T>; before: GridValue; after: string; reason: string }>;
  /** Sheet row; default: the row after the previous one (first: header row + 1). */
  at?: number;
}

export type RowInput<T> = Partial<T> | RowSpec<T>;

export interface LayoutSpec {
  sheet?: string;
  headerRow?: number;
  /** Mapped fields in column order from column B; default: every field any row uses, catalogue order. */
  fields?: string[];
}

export type ProgrammeSpec = { [K in RegisterKind]?: RowInput<RowTypes[K]>[] } & {
  settings?: Partial<Settings>;
  layout?: { [K in RegisterKind]?: LayoutSpec };
};

export const SHEETS: Readonly<Record<RegisterKind, string>> = {
  phases: "Phases",
  mentors: "Mentor list",
  mentees: "Mentees 2017",
  pairs: "Pairing",
  sessions: "Session log",
  goals: "Plans",
  evaluations: "Evaluation forms",
};

/** Title row, blank row, then the header: data starts on row 4. */
export const HEADER_ROW = 3;

function isSpec<T>(input: RowInput<T>): input is RowSpec<T> {
  return typeof input === "object" && input !== null && "values" in input;
}

function dayFirst(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d ?? ""}/${m ?? ""}/${y ?? ""}`;
}

const focusLabel: ReadonlyMap<string, string> = new Map(FOCUS_AREAS.map((f) => [f.id, f.label]));

/** How an officer would have typed a normalised value. */
function typedForm(value: unknown): GridValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dayFirst(value);
    return focusLabel.get(value) ?? value;
  }
  if (Array.isArray(value)) return value.map((v) => String(typedForm(v) ?? "")).join("; ");
  return String(value);
}

export function buildRegister<K extends RegisterKind>(kind: K, inputs: readonly RowInput<RowTypes[K]>[], layout: LayoutSpec = {}): RegisterData<RowTypes[K]> {
  type T = RowTypes[K];
  const sheet = layout.sheet ?? SHEETS[kind];
  const headerRow = layout.headerRow ?? HEADER_ROW;
  const specs: RowSpec<T>[] = inputs.map((input) => (isSpec(input) ? input : { values: input }));

  const used = new Set<string>();
  for (const s of specs) {
    for (const k of Object.keys(s.values)) used.add(k);
    for (const k of Object.keys(s.raw ?? {})) used.add(k);
    for (const p of s.problems ?? []) used.add(p.field);
    for (const c of s.changes ?? []) used.add(c.field);
  }
  const fields = layout.fields ?? REGISTERS[kind].fields.map((f) => f.key).filter((k) => used.has(k));
  const columnOf = new Map(fields.map((f, i) => [f, i + 2]));
  const columns: ColumnMapping[] = [
    { column: 1, header: "S/No", field: null, confidence: 1 },
    ...fields.map((f, i) => ({ column: i + 2, header: REGISTERS[kind].fields.find((d) => d.key === f)?.label ?? f, field: f, confidence: 1 })),
  ];

  let next = headerRow + 1;
  const rows: RegisterRow<T>[] = specs.map((s, i) => {
    const line = s.at ?? next;
    next = line + 1;
    const cell = (field: string) => {
      const column = columnOf.get(field);
      if (column === undefined) throw new Error(`fixture: ${kind}.${field} has no column; add it to layout.fields`);
      return cellRef(sheet, line, column);
    };
    const values: Record<string, unknown> = { ...s.values };
    const raw: Record<string, GridValue> = {};
    for (const [k, v] of Object.entries(s.values)) {
      const typed = typedForm(v);
      if (typed !== undefined) raw[k] = typed;
    }
    for (const [k, v] of Object.entries(s.raw ?? {})) if (v !== undefined) raw[k] = v as GridValue;
    const problems = (s.problems ?? []).map((p) => {
      delete values[p.field];
      raw[p.field] = p.value;
      return { field: p.field, cell: cell(p.field), value: p.value, message: p.message, fix: p.fix };
    });
    const changes = (s.changes ?? []).map((c) => {
      values[c.field] = c.after;
      raw[c.field] = c.before;
      return { field: c.field, cell: cell(c.field), before: c.before, after: c.after, reason: c.reason };
    });
    const cells: Record<string, ReturnType<typeof cellRef>> = {};
    for (const f of fields) if (raw[f] !== undefined) cells[f] = cell(f);
    return {
      values: values as Partial<T>,
      raw: raw as Partial<Record<Key<T>, GridValue>>,
      cells: cells as Partial<Record<Key<T>, ReturnType<typeof cellRef>>>,
      source: { sheet, row: line },
      changes,
      problems,
      extra: { "S/No": i + 1 },
    };
  });
  return { kind, sheet, headerRow, columns, rows };
}

export function buildRegisters(spec: ProgrammeSpec): Registers {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...spec.settings };
  const out: Registers = { settings };
  const l = spec.layout ?? {};
  if (spec.phases) out.phases = buildRegister("phases", spec.phases, l.phases);
  if (spec.mentors) out.mentors = buildRegister("mentors", spec.mentors, l.mentors);
  if (spec.mentees) out.mentees = buildRegister("mentees", spec.mentees, l.mentees);
  if (spec.pairs) out.pairs = buildRegister("pairs", spec.pairs, l.pairs);
  if (spec.sessions) out.sessions = buildRegister("sessions", spec.sessions, l.sessions);
  if (spec.goals) out.goals = buildRegister("goals", spec.goals, l.goals);
  if (spec.evaluations) out.evaluations = buildRegister("evaluations", spec.evaluations, l.evaluations);
  return out;
}

/** A small programme that keeps every rule: each test breaks one thing in a fresh copy. */
export interface Programme {
  phases: Partial<Phase>[];
  mentors: Partial<Mentor>[];
  mentees: Partial<Mentee>[];
  pairs: Partial<Pair>[];
  sessions: Partial<Session>[];
  goals: Partial<Goal>[];
  evaluations: Partial<Evaluation>[];
  settings?: Partial<Settings>;
  layout?: ProgrammeSpec["layout"];
}

export function cleanProgramme(): Programme {
  return {
    phases: [
      { phase: "Phase 1", counties: ["Kisumu", "Siaya", "Homa Bay"], startDate: "2017-02-06", weeks: 7, sessionHours: 1 },
      { phase: "Phase 2", counties: ["Mombasa", "Kilifi"], startDate: "2017-09-04", weeks: 7, sessionHours: 2, endDate: "2017-10-22" },
    ],
    mentors: [
      {
        mentorId: "MR-01", fullName: "Achieng Otieno", organisation: "Aga Khan Hospital Kisumu", sector: "Private", county: "Kisumu",
        email: "achieng.otieno@example.org", phone: "+254712345678", ihrmNumber: "IHRM/1001", yearsExperience: 12,
        skills: ["performance-management", "employee-relations"], capacity: 2, sensitisationAttended: true, confidentialityAgreed: true, phase: "Phase 1",
      },
      {
        mentorId: "MR-02", fullName: "Peter Kamau", organisation: "Kenya Power", sector: "Public", county: "Kisumu",
        email: "peter.kamau@example.org", phone: "+254722000111", ihrmNumber: "IHRM/1002", yearsExperience: 8,
        skills: ["hr-planning", "recruitment"], capacity: 1, sensitisationAttended: true, confidentialityAgreed: true, phase: "Phase 1",
      },
      {
        mentorId: "MR-03", fullName: "Fatuma Hassan", organisation: "Mombasa Hospital", sector: "Faith-based", county: "Mombasa",
        email: "fatuma.hassan@example.org", phone: "+254733000222", ihrmNumber: "IHRM/1003", yearsExperience: 15,
        skills: ["strategic-planning"], sensitisationAttended: true, confidentialityAgreed: true, phase: "Phase 2",
      },
    ],
    mentees: [
      {
        menteeId: "ME-01", fullName: "John Odhiambo", county: "Kisumu", role: "County HRH officer", workplace: "Kisumu County Referral Hospital",
        email: "john.odhiambo@example.org", phone: "+254711000001", phase: "Phase 1", trainingCompleted: true, needs: ["performance-management"], releaseApproved: true,
      },
      {
        menteeId: "ME-02", fullName: "Grace Akinyi", county: "Siaya", role: "County HRH officer", workplace: "Siaya County Health Department",
        email: "grace.akinyi@example.org", phone: "+254711000002", phase: "Phase 1", trainingCompleted: true, needs: ["employee-relations"], releaseApproved: true,
      },
      {
        menteeId: "ME-03", fullName: "Mary Adhiambo", county: "Homa Bay", role: "County Public Service Board member", workplace: "Homa Bay CPSB",
        email: "mary.adhiambo@example.org", phone: "+254711000003", phase: "Phase 1", trainingCompleted: true, needs: ["disciplinary", "job-descriptions"], releaseApproved: true,
      },
      {
        menteeId: "ME-04", fullName: "Omar Said", county: "Mombasa", role: "County HRH officer", workplace: "Coast General Hospital",
        email: "omar.said@example.org", phone: "+254711000004", phase: "Phase 2", trainingCompleted: true, needs: ["strategic-planning"], releaseApproved: true,
      },
    ],
    pairs: [
      { pairId: "P1-01", mentorId: "MR-01", menteeId: "ME-01", phase: "Phase 1", status: "active", acceptanceSigned: "2017-02-01", planSubmitted: true },
      { pairId: "P1-02", mentorName: "Achieng Otieno", menteeName: "Grace Akinyi", phase: "Phase 1", status: "active", acceptanceSigned: "2017-02-02", planSubmitted: true },
      { pairId: "P1-03", mentorId: "MR-02", mentorName: "Peter Kamau", menteeId: "ME-03", menteeName: "Mary Adhiambo", phase: "Phase 1", status: "completed", acceptanceSigned: "2017-02-03" },
      { pairId: "P2-01", mentorId: "MR-03", menteeId: "ME-04", phase: "Phase 2", status: "active", acceptanceSigned: "2017-09-01" },
    ],
    sessions: [
      { pairId: "P1-01", week: 1, date: "2017-02-07", hours: 1, venue: "Kisumu County Referral Hospital", held: true, topics: ["performance-management"] },
      { pairId: "P1-01", week: 2, date: "2017-02-14", hours: 1, venue: "Mentee's office", held: true },
      { pairId: "P1-01", week: 3, date: "2017-02-21", hours: 1.25, venue: "HR office, Kisumu County Referral Hospital", held: true },
      { mentorName: "achieng  otieno", menteeName: "GRACE AKINYI", week: 1, date: "2017-02-08", hours: 1, venue: "Siaya County Health Dept", held: true },
      { pairId: "P1-03", week: 1, date: "2017-02-09", hours: 1, venue: "Homa Bay CPSB offices", held: true },
      { pairId: "P1-03", week: 2, held: false },
      { pairId: "P2-01", week: 1, date: "2017-09-05", hours: 2, venue: "workplace", held: true },
    ],
    goals: [
      { pairId: "P1-01", goal: "Adapt the national appraisal forms to the county", focusArea: "performance-management", targetDate: "2017-03-20", status: "in progress" },
      { mentorName: "Peter Kamau", menteeName: "Mary Adhiambo", goal: "Revive the disciplinary advisory committee", focusArea: "disciplinary", status: "achieved" },
    ],
    evaluations: [
      { pairId: "P1-01", respondent: "mentee", date: "2017-03-24", goalProgress: 4, relationship: 5, sessionQuality: 4, overall: 4 },
    ],
  };
}

export function registersOf(p: Programme): Registers {
  return buildRegisters(p);
}

export function withRule(report: ValidationReport, rule: string): Issue[] {
  return report.issues.filter((i) => i.rule === rule);
}

/** One issue of the rule, or a failure that shows what was found instead. */
export function onlyIssue(report: ValidationReport, rule: string): Issue {
  const found = withRule(report, rule);
  if (found.length !== 1) {
    throw new Error(`expected one ${rule} issue, found ${found.length}:\n${report.issues.map((i) => `${i.rule} ${i.sheet}!${i.cell}: ${i.message}`).join("\n")}`);
  }
  const [issue] = found;
  if (!issue) throw new Error("unreachable");
  return issue;
}

export function describeIssues(report: ValidationReport): string {
  return report.issues.map((i) => `${i.severity} ${i.rule} ${i.sheet}!${i.cell}: ${i.message}`).join("\n");
}
