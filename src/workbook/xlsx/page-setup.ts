/**
 * Page setup (orientation, print scaling, title rows) between the in-memory Excel and ExcelJS.
 * In the file, "fit to pages" is `fitToPage` with `fitToWidth`/`fitToHeight` (0 = automatic),
 * and a percentage is `scale`; Office.js's zoom carries the same choice. Title rows are the
 * sheet's `_xlnm.Print_Titles` name, which ExcelJS spells `printTitlesRow: "1:2"`.
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
  const titles = setup.printTitleRows;
  if (titles) target.printTitlesRow = `${titles.row + 1}:${titles.row + titles.rowCount}`;
}

function titleRowsFromFile(text: string | undefined): PageSetup["printTitleRows"] {
  const m = /^\$?(\d+):\$?(\d+)$/.exec(text ?? "");
  if (!m) return undefined;
  const first = Number(m[1]);
  const last = Number(m[2]);
  return first >= 1 && last >= first ? { row: first - 1, rowCount: last - first + 1 } : undefined;
}

export function pageSetupFromFile(source: Partial<ExcelJS.PageSetup> | undefined): PageSetup {
  const orientation = source?.orientation === "landscape" ? "Landscape" : "Portrait";
  const titles = titleRowsFromFile(source?.printTitlesRow);
  const zoom = source?.fitToPage ? { horizontalFitToPages: source.fitToWidth ?? 1, verticalFitToPages: source.fitToHeight ?? 1 } : { scale: source?.scale ?? 100 };
  return { orientation, zoom, ...(titles ? { printTitleRows: titles } : {}) };
}
