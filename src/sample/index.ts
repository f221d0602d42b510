import type { SheetDraft } from "./draft";
import { renderEvaluations } from "./evaluations";
import { renderMentees } from "./mentees";
import { renderMentors } from "./mentors";
import { renderPairing } from "./pairing";
import { renderPhases } from "./phases";
import { renderPlans } from "./plans";
import { renderSessions } from "./sessions";
import type { WorkbookSpec } from "./spec";
import { buildCleanData } from "./truth";
import type { PlantedDefect, SampleTruth } from "./types";

/**
 * The bundled sample workbook: the case study's programme as an HR office would have kept it
 * in Excel, mess and all, and the clean truth it was rendered from. Both come from one
 * deterministic build, so the truth always describes exactly the sheets shipped.
 */

export type { WorkbookSpec, SheetSpec, CellInput } from "./spec";
export type {
  DefectCategory, DefectKind, Keyed, PhaseWindow, PlantedDefect, SampleSheetLayout, SampleTruth, TruthValue,
} from "./types";
export { DEFECT_KINDS } from "./types";

interface Sample {
  spec: WorkbookSpec;
  truth: SampleTruth;
}

function buildSample(): Sample {
  const data = buildCleanData();
  // Sheet order as the office's workbook has it: people first, then the programme's records.
  const drafts: SheetDraft[] = [
    renderMentors(data),
    renderMentees(data),
    renderPairing(data),
    renderSessions(data),
    renderPlans(data),
    renderEvaluations(data),
    renderPhases(data),
  ];
  const built = drafts.map((d) => {
    d.flag(data.anomalies);
    return d.build();
  });
  const defects: PlantedDefect[] = built
    .flatMap((b) => b.defects)
    .map((d, i) => ({ id: `D${String(i + 1).padStart(3, "0")}`, ...d }));
  return {
    spec: { sheets: built.map((b) => b.sheet) },
    truth: {
      asOf: data.asOf,
      phases: data.phases,
      windows: data.windows,
      mentors: data.mentors,
      mentees: data.mentees,
      pairs: data.pairs,
      sessions: data.sessions,
      goals: data.goals,
      evaluations: data.evaluations,
      sheets: built.map((b) => b.layout),
      defects,
    },
  };
}

/** The messy sample workbook, freshly built (callers may change it freely). */
export function buildSampleWorkbookSpec(): WorkbookSpec {
  return buildSample().spec;
}

/** The clean records behind the sample workbook and every defect planted in it. */
export function sampleTruth(): SampleTruth {
  return buildSample().truth;
}
