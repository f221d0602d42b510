/** The strict in-memory Excel (no Node APIs: bundled by the browser preview). */
export { coAuthorEdit, filterTable, notifyChange, type EditOptions } from "./co-author";
export { createMemoryContext, type MemoryContext, type MemoryContextOptions } from "./context";
export { DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_RESPONSE_BYTES, type ConnectionFault, type DocumentChange, type FaultControls, type SyncFault, type SyncStats } from "./engine";
export { XlApiError, type XlErrorCode } from "./errors";
export { WorkbookEvents } from "./events";
export * from "./model";
export { formatCellText } from "./number-format";
export { memoryWorkbookFromSpec, type CellInput, type SheetSpec, type WorkbookSpec } from "./spec";
