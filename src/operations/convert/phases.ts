/**
 * The phase names a register's "Phase" drop-down offers: from the Phases register the add-in
 * converted, else from a sheet that reads as the Phases register. Pure.
 */

import { detectRegister } from "../../domain/mapping";
import { normalizePhase } from "../../domain/normalize";
import { readRegister } from "../../domain/reading";
import type { RegisterKind } from "../../domain/registers";
import { isOutputSheet } from "../output-sheets";
import { findExistingRegister } from "./existing-register";
import type { WorkbookSnapshot } from "./snapshot";

function unique(names: Iterable<string>): string[] {
  return [...new Set(names)];
}

/** Phase names known to the workbook, for the drop-down on `kind`'s Phase column ([] for the Phases register itself). */
export function knownPhases(snapshot: WorkbookSnapshot, kind: RegisterKind): string[] {
  if (kind === "phases") return [];
  const register = findExistingRegister(snapshot, "phases");
  if (register) {
    const j = register.headers.findIndex((h) => h.toLowerCase() === "phase");
    return unique(
      register.rows.flatMap((row) => {
        const cell = j >= 0 ? row.cells[j] : null;
        const result = cell === null || cell === undefined ? null : normalizePhase(cell);
        return result?.ok ? [result.value] : [];
      }),
    );
  }
  for (const grid of snapshot.grids.values()) {
    if (isOutputSheet(grid.sheet)) continue;
    const detection = detectRegister(grid);
    if (detection.kind !== "phases" || !detection.mapping) continue;
    const data = readRegister(grid, "phases", detection.mapping);
    return unique(data.rows.flatMap((row) => (row.values.phase === undefined ? [] : [row.values.phase])));
  }
  return [];
}
