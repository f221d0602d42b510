/** .xlsx files <-> MemoryWorkbook (Node side, ExcelJS): for the CLI and tests. */
export { loadXlsx, notXlsxReason, type LoadXlsxOptions } from "./load-xlsx";
export { saveXlsx, type SavedXlsx } from "./save-xlsx";
