/**
 * The in-memory workbook shape the sample is rendered to, owned by the workbook module. Kept as
 * a type-only re-export so the sample's modules keep one import path and load no workbook code.
 */
export type { CellInput, SheetSpec, WorkbookSpec } from "../workbook/memory/spec";
