// The WorkbookHost of the browser preview: jobs run on the strict in-memory Excel, through the
// same XlRequestContext interface as in Excel, so the preview exercises the code Excel runs.
// The only addition is a notification after every sync, so the grid beside the task pane
// redraws what the job just did.
import type { MemoryWorkbook } from "../workbook/memory/model";
import { createMemoryContext } from "../workbook/memory/context";
import type { XlRequestContext } from "../workbook/office/excel-api";
import { selectCellJob, supportsUpTo, type WorkbookHost } from "../taskpane/host";
import { REQUIRED_EXCEL_API } from "../taskpane/requirements";

export function createPreviewHost(workbook: MemoryWorkbook, afterSync: () => void): WorkbookHost {
  const listeners = new Set<() => void>();
  const watched = new Set<string>();
  const notify = async () => {
    for (const listener of listeners) listener();
  };
  // The in-memory Excel raises change events per sheet; watch every sheet, including ones a
  // job adds, so listeners hear about changes anywhere in the workbook (as in Excel).
  const watchAllSheets = () => {
    for (const sheet of workbook.sheets) {
      if (watched.has(sheet.id)) continue;
      workbook.events.add(sheet.id, notify);
      watched.add(sheet.id);
    }
  };

  const host: WorkbookHost = {
    kind: "preview",
    async run<T>(job: (context: XlRequestContext) => Promise<T>): Promise<T> {
      const context = createMemoryContext(workbook);
      const observed: XlRequestContext = {
        workbook: context.workbook,
        sync: <V>(passThroughValue?: V) =>
          context.sync(passThroughValue).finally(() => {
            watchAllSheets();
            afterSync();
          }),
      };
      return job(observed);
    },
    onWorkbookChanged(listener) {
      watchAllSheets();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    selectCell: (sheet, address) => host.run(selectCellJob(sheet, address)),
    // The in-memory Excel implements the add-in's whole Excel interface, no more.
    supportsExcelApi: (version) => supportsUpTo(REQUIRED_EXCEL_API, version),
  };
  return host;
}
