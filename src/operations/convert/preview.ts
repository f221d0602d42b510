/**
 * The Registers screen's preview: the first rows of a sheet as the register would store
 * them, with the same checks a conversion makes. Pure, from the snapshot the screen holds, so
 * changing a column's mapping redraws the preview without reading the workbook again.
 */

import type { ConvertRequest, PreparedConversion } from "./convert-sheet";
import { prepareConversion } from "./convert-sheet";
import { planConversion, type ConversionPlan } from "./plan";
import { snapshotGrid, type WorkbookSnapshot } from "./snapshot";

export const PREVIEW_ROWS = 20;

export interface ConversionPreview {
  prepared: PreparedConversion;
  /** The first rows only. */
  plan: ConversionPlan;
}

export function previewConversion(snapshot: WorkbookSnapshot, request: Pick<ConvertRequest, "sheet" | "kind" | "overrides" | "headerRow">, limit = PREVIEW_ROWS): ConversionPreview {
  const prepared = prepareConversion(snapshot, request);
  const grid = snapshotGrid(snapshot, prepared.sheet);
  if (!grid) throw new Error(`The snapshot lost sheet ${prepared.sheet}`);
  return { prepared, plan: planConversion(grid, prepared.plan.mapping, prepared.phases, { limit }) };
}
