export { summarise, type SummariseOptions, type SummariseResult, type SummariesBlocked, type SummariesWritten, type ValidationFigures } from "./summarise";
export { SummaryError, type SummaryErrorCode } from "./errors";
export { planSummaryGrids, planSheetWrites, type ExistingSheet, type SheetWrite, type SummaryRequest } from "./plan";
export { inspectSheets, writeSummarySheets, type WrittenSheet } from "./apply";
export { localIsoWithOffset } from "./generated-at";
export { listSummaryPhases, type SummaryChoice, type SummaryChoices } from "./phases";
