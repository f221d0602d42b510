import { phaseKey } from "./keys";
import type { PhaseMetrics, ProgrammeMetrics } from "./types";

/*
 * Which phases an officer asked for, matched the way the registers are ("phase-1", " PHASE 1"
 * and "1" all name Phase 1). Names that match no phase come back as `unknown`, so the caller
 * can say which ones and list the phases that exist, instead of writing a summary of zeros.
 */

export interface PhaseSelection {
  phases: PhaseMetrics[];
  unknown: string[];
}

export function selectPhases(programme: ProgrammeMetrics, names: readonly string[] | undefined): PhaseSelection {
  if (names === undefined) return { phases: programme.phases, unknown: [] };
  const byKey = new Map(programme.phases.map((p) => [phaseKey(p.phase), p]));
  const chosen = new Set<PhaseMetrics>();
  const unknown: string[] = [];
  for (const name of names) {
    const found = byKey.get(phaseKey(name));
    if (found) chosen.add(found);
    else unknown.push(name);
  }
  // Programme order, whatever order they were asked in.
  return { phases: programme.phases.filter((p) => chosen.has(p)), unknown };
}
