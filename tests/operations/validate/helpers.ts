import { REGISTERS, type RegisterKind } from "../../../src/domain/registers";
import { AS_TYPED_HEADER, SOURCE_ROW_HEADER, SOURCE_SHEET_HEADER } from "../../../src/operations/load-registers";
import type { MemoryContext } from "../../../src/workbook/memory";
import { writeTable, type WritableCell } from "../../../src/workbook/office";

/**
 * A converted register table as the add-in writes one: the register's own columns, then where
 * each row came from and what was typed before it was tidied. Rows give values by field key.
 */
export async function writeConvertedRegister(
  context: MemoryContext,
  kind: RegisterKind,
  rows: Array<{ values: Record<string, WritableCell>; source?: [string, number]; asTyped?: string }>,
): Promise<void> {
  const fields = REGISTERS[kind].fields;
  await writeTable(context, {
    sheetName: REGISTERS[kind].sheetName,
    tableName: REGISTERS[kind].tableName,
    headers: [...fields.map((f) => f.label), SOURCE_SHEET_HEADER, SOURCE_ROW_HEADER, AS_TYPED_HEADER],
    rows: rows.map((r) => [...fields.map((f) => r.values[f.key] ?? null), r.source?.[0] ?? null, r.source?.[1] ?? null, r.asTyped ?? null]),
    asText: [...fields.map((f) => f.kind === "phone" || f.kind === "id"), false, false, true],
  });
}

/** The 1-based column of a field in a converted register written by writeConvertedRegister. */
export function registerColumn(kind: RegisterKind, field: string): number {
  return REGISTERS[kind].fields.findIndex((f) => f.key === field) + 1;
}
