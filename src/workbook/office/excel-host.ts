// The one place in the repository that calls Excel.run. Everything else receives an
// XlRequestContext (real in Excel, in-memory in tests and the preview) and never learns
// which. Keep this file thin: no business rules, only the entry points into Excel.
import type { XlRequestContext } from "./excel-api";

/** Runs `job` in one Excel.run batch. Excel's RequestContext satisfies XlRequestContext
 *  (excel-api-compat.ts proves it), so no cast is needed. */
export function runInExcel<T>(job: (context: XlRequestContext) => Promise<T>): Promise<T> {
  return Excel.run((context) => job(context));
}

/**
 * Calls `listener` whenever cells change on any worksheet (WorksheetCollection.onChanged,
 * ExcelApi 1.9). Returns an unsubscribe. Registering and removing each need a round trip to
 * Excel, so failures arrive later, through `onError`.
 */
export function onExcelWorkbookChanged(listener: () => void, onError?: (error: unknown) => void): () => void {
  const report = (error: unknown) => {
    if (onError) onError(error);
    else console.error("Watching the workbook for changes failed:", error);
  };
  const registration = Excel.run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async () => listener());
    await context.sync();
    return handler;
  });
  registration.catch(report);
  return () => {
    registration
      .then((handler) =>
        // A handler is removed in the context it was added in.
        Excel.run(handler.context, async (context) => {
          handler.remove();
          await context.sync();
        }),
      )
      .catch(report);
  };
}

/** Office's own run-time check of the ExcelApi requirement set. */
export function isExcelApiSupported(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}
