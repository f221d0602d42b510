import { REGISTERS, columnLetters } from "../registers";
import { missingRequired } from "./columns";
import type { MappedColumn, MappingOverride, SheetMapping } from "./types";

/**
 * The officer's corrections from the mapping screen. An override is certain (confidence 1).
 * Giving a field to a column takes it from any column that had it, which is then carried,
 * with a note, so a field still never has two columns. Overrides apply in order. A field the
 * register does not have is a programming error (the screen offers only real fields).
 */
export function applyMappingOverrides(mapping: SheetMapping, overrides: readonly MappingOverride[]): SheetMapping {
  const fields = REGISTERS[mapping.kind].fields;
  const columns: MappedColumn[] = mapping.columns.map((c) => ({ ...c }));
  for (const override of overrides) {
    const target = columns.find((c) => c.column === override.column);
    if (!target) throw new RangeError(`Column ${columnLetters(override.column)} is not on sheet “${mapping.sheet}”.`);
    if (override.field === null) {
      Object.assign(target, { field: null, confidence: 0, source: "override", note: "carried as it is, as chosen" });
      continue;
    }
    const def = fields.find((f) => f.key === override.field);
    if (!def) throw new RangeError(`The ${REGISTERS[mapping.kind].title} register has no field “${override.field}”.`);
    for (const other of columns) {
      if (other !== target && other.field === def.key) {
        Object.assign(other, { field: null, confidence: 0, source: "override", note: `${def.label} was given to column ${columnLetters(target.column)}; this column is carried as it is` });
      }
    }
    target.field = def.key;
    target.confidence = 1;
    target.source = "override";
    delete target.note;
  }
  return { ...mapping, columns, missingRequired: missingRequired(mapping.kind, columns) };
}
