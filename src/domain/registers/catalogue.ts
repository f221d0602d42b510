import type * as z from "zod";
import { fieldCatalogue, type FieldMeta } from "./field";
import { EvaluationSchema } from "./evaluations";
import { GoalSchema } from "./goals";
import { MenteeSchema } from "./mentees";
import { MentorSchema } from "./mentors";
import { PairSchema } from "./pairs";
import { PhaseSchema } from "./phases";
import { SessionSchema } from "./sessions";

export const REGISTER_KINDS = ["phases", "mentors", "mentees", "pairs", "sessions", "goals", "evaluations"] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** One field of a register, as the catalogue describes it. */
export interface FieldDef extends FieldMeta {
  key: string;
  required: boolean;
  schema: z.ZodType;
}

export interface RegisterDef {
  kind: RegisterKind;
  /** What an officer calls it: "Mentors". */
  title: string;
  /** What one row is, for messages: "mentor". */
  rowNoun: string;
  /** The Excel table's stable name (letters only, so it is valid in every Excel locale). */
  tableName: string;
  /** The sheet a converted register lives on. */
  sheetName: string;
  schema: z.ZodObject;
  fields: readonly FieldDef[];
}

function describe(schema: z.ZodObject): FieldDef[] {
  return Object.entries(schema.shape).map(([key, fieldSchema]) => {
    const typed = fieldSchema as z.ZodType;
    const meta = fieldCatalogue.get(typed);
    if (!meta) throw new Error(`Register field ${key} has no catalogue entry: declare it with required() or optional().`);
    return { ...meta, key, required: !typed.safeParse(undefined).success, schema: typed };
  });
}

function register(
  kind: RegisterKind,
  title: string,
  rowNoun: string,
  schema: z.ZodObject,
): RegisterDef {
  return { kind, title, rowNoun, tableName: `${title}Register`, sheetName: `${title} register`, schema, fields: describe(schema) };
}

export const REGISTERS: Readonly<Record<RegisterKind, RegisterDef>> = {
  phases: register("phases", "Phases", "phase", PhaseSchema),
  mentors: register("mentors", "Mentors", "mentor", MentorSchema),
  mentees: register("mentees", "Mentees", "mentee", MenteeSchema),
  pairs: register("pairs", "Pairs", "pair", PairSchema),
  sessions: register("sessions", "Sessions", "session", SessionSchema),
  goals: register("goals", "Goals", "goal", GoalSchema),
  evaluations: register("evaluations", "Evaluations", "evaluation", EvaluationSchema),
};

export function registerDef(kind: RegisterKind): RegisterDef {
  return REGISTERS[kind];
}

export function fieldDef(kind: RegisterKind, key: string): FieldDef | undefined {
  return REGISTERS[kind].fields.find((f) => f.key === key);
}
