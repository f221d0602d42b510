// What the task pane runs on. In Excel, jobs run inside Excel.run (see
// src/workbook/office/excel-host.ts, the only place that calls it); in the browser preview,
// on the in-memory workbook. Screens get the host from useWorkbookHost() (or, better, through
// useOperation's controls) and never touch Office.js themselves, so the same screen code
// runs in Excel, in the preview and in tests.
import { createContext, createElement, useContext, type ReactNode } from "react";
import type { XlRequestContext } from "../workbook/office/excel-api";
import { isExcelApiSupported, onExcelWorkbookChanged, runInExcel } from "../workbook/office/excel-host";

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /**
   * Runs `job` with a request context (a batch: queue reads with load(), writes by
   * assignment, then `await context.sync()` once or a few times, never per row).
   */
  run<T>(job: (context: XlRequestContext) => Promise<T>): Promise<T>;
  /** Calls `listener` after the user (or the add-in) changes cells. Returns an unsubscribe. */
  onWorkbookChanged?(listener: () => void, onError?: (error: unknown) => void): () => void;
  /** Activates `sheet` and selects `address` (e.g. "C12"), so a message can point at a cell. */
  selectCell?(sheet: string, address: string): Promise<void>;
  /** Whether the host has ExcelApi `version` (e.g. "1.12"), for optional features. */
  supportsExcelApi(version: string): boolean;
}

/** Activates `sheet` and selects `address` on it, in one sync: the same job on every host. */
export function selectCellJob(sheet: string, address: string) {
  return async (context: XlRequestContext): Promise<void> => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  };
}

/** True when `version` of ExcelApi is at most `available` ("1.9" <= "1.14"). */
export function supportsUpTo(available: string, version: string): boolean {
  const [am = 0, an = 0] = available.split(".").map(Number);
  const [vm = 0, vn = 0] = version.split(".").map(Number);
  return vm < am || (vm === am && vn <= an);
}

export function createExcelWorkbookHost(): WorkbookHost {
  return {
    kind: "excel",
    run: runInExcel,
    onWorkbookChanged: onExcelWorkbookChanged,
    selectCell: (sheet, address) => runInExcel(selectCellJob(sheet, address)),
    supportsExcelApi: isExcelApiSupported,
  };
}

const WorkbookHostContext = createContext<WorkbookHost | null>(null);

export function WorkbookHostProvider({ host, children }: { host: WorkbookHost; children: ReactNode }) {
  return createElement(WorkbookHostContext.Provider, { value: host }, children);
}

export function useWorkbookHost(): WorkbookHost {
  const host = useContext(WorkbookHostContext);
  if (!host) throw new Error("useWorkbookHost() is used outside <WorkbookHostProvider>: render screens inside <TaskpaneApp>.");
  return host;
}
