import * as z from "zod";

/**
 * How a register field is read from a cell and written back. The kind picks the normaliser
 * (text -> typed value), the cell number format and the in-cell validation list.
 */
export type FieldKind =
  | "id"
  | "text"
  | "name"
  | "email"
  | "phone"
  | "county"
  | "counties"
  | "date"
  | "integer"
  | "number"
  | "yesno"
  | "choice"
  | "focusArea"
  | "focusAreas"
  | "list"
  | "score"
  | "phase";

/** What the field catalogue knows about a field beyond its type. */
export interface FieldMeta {
  /** Column header written to a register table. */
  label: string;
  kind: FieldKind;
  /** Header wordings seen in real sheets (compared loosely: case, punctuation, word order). */
  aliases: readonly string[];
  /** One sentence for the mapping screen and for messages: what belongs in this column. */
  help: string;
  /** Allowed values for "choice" fields (stored exactly like this). */
  options?: readonly string[];
  /** Never shown in summaries or exported outside the register (journals, session notes). */
  confidential?: boolean;
}

/**
 * The catalogue lives in a zod registry so that each field's schema and its metadata are one
 * object: the schema is the single source of the type (z.infer) and of the catalogue.
 */
export const fieldCatalogue = z.registry<FieldMeta>();

/** A field that must hold a value. */
export function required<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  fieldCatalogue.add(schema, meta);
  return schema;
}

/** A field that may be left blank. */
export function optional<T extends z.ZodType>(schema: T, meta: FieldMeta): z.ZodOptional<T> {
  const wrapped = schema.optional();
  fieldCatalogue.add(wrapped, meta);
  return wrapped;
}
