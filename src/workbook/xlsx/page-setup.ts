/**
 * Page setup (orientation, print scaling) between the in-memory Excel and ExcelJS. In the
 * file, "fit to pages" is `fitToPage` with `fitToWidth`/`fitToHeight` (0 = automatic), and a
 * percentage is `scale`; Office.js's zoom carries the same choice.
 */

import type ExcelJS from "exceljs";
import type { PageSetup } from "../memory/model";

export function pageSetupToFile(setup: PageSetup, target: Partial<ExcelJS.PageSetup>): void {
  target.orientation = setup.orientation === "Landscape" ? "landscape" : "portrait";
  const { scale, horizontalFitToPages, verticalFitToPages } = setup.zoom;
  if (horizontalFitToPages !== undefined || verticalFitToPages !== undefined) {
    target.fitToPage = true;
    target.fitToWidth = horizontalFitToPages ?? 0;
    target.fitToHeight = verticalFitToPages ?? 0;
  } else {
    target.fitToPage = false;
    target.scale = scale ?? 100;
  }
}

export function pageSetupFromFile(source: Partial<ExcelJS.PageSetup> | undefined): PageSetup {
  const orientation = source?.orientation === "landscape" ? "Landscape" : "Portrait";
  if (source?.fitToPage) return { orientation, zoom: { horizontalFitToPages: source.fitToWidth ?? 1, verticalFitToPages: source.fitToHeight ?? 1 } };
  return { orientation, zoom: { scale: source?.scale ?? 100 } };
}
