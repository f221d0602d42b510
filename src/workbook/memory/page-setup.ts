/**
 * Page setup of the in-memory Excel (PageLayout.orientation and PageLayout.zoom): the rules
 * Excel applies when an add-in sets them, kept apart from the proxies so they are tested as
 * plain functions. Excel takes print scaling either as a percentage (10..400) or as "fit to
 * so many pages wide by so many tall", where 0 pages means "as many as it takes".
 */

import type { XlPageLayoutZoomOptions, XlPageOrientation } from "../office/excel-api";
import { XlApiError } from "./errors";

const ORIENTATIONS: readonly XlPageOrientation[] = ["Portrait", "Landscape"];
/** Excel's limit for "fit to N pages". */
const MAX_FIT_PAGES = 32_767;

export function checkOrientation(value: unknown): XlPageOrientation {
  if (!ORIENTATIONS.includes(value as XlPageOrientation)) {
    throw new XlApiError("InvalidArgument", `Page orientation must be "Portrait" or "Landscape", not ${JSON.stringify(value)}.`, "PageLayout.orientation");
  }
  return value as XlPageOrientation;
}

function fitPages(value: unknown, which: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_FIT_PAGES) {
    throw new XlApiError("InvalidArgument", `${which} must be a whole number of pages from 0 to ${MAX_FIT_PAGES}.`, "PageLayout.zoom");
  }
  return value;
}

/** The zoom Excel stores for `value`: a scale, or fit-to-pages (a missing side counts as 0). */
export function checkZoom(value: unknown): XlPageLayoutZoomOptions {
  if (typeof value !== "object" || value === null) throw new XlApiError("InvalidArgument", "zoom must be an object.", "PageLayout.zoom");
  const { scale, horizontalFitToPages, verticalFitToPages } = value as XlPageLayoutZoomOptions;
  const fits = horizontalFitToPages !== undefined || verticalFitToPages !== undefined;
  if (scale !== undefined && fits) {
    throw new XlApiError("InvalidArgument", "zoom takes either a scale or pages to fit to, not both.", "PageLayout.zoom");
  }
  if (scale !== undefined) {
    if (typeof scale !== "number" || !Number.isFinite(scale) || scale < 10 || scale > 400) {
      throw new XlApiError("InvalidArgument", "The print scale must be between 10 and 400 percent.", "PageLayout.zoom");
    }
    return { scale: Math.round(scale) };
  }
  if (!fits) throw new XlApiError("InvalidArgument", "zoom needs a scale or pages to fit to.", "PageLayout.zoom");
  return {
    horizontalFitToPages: fitPages(horizontalFitToPages ?? 0, "horizontalFitToPages"),
    verticalFitToPages: fitPages(verticalFitToPages ?? 0, "verticalFitToPages"),
  };
}
