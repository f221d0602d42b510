export * from "./types";
export { computePhaseMetrics, findPhase, type PhaseMetricsOptions } from "./phase-metrics";
export { computeProgrammeMetrics } from "./programme-metrics";
export { prepareSummary, type Prepared } from "./prepare";
export { toSummaryJson, type SummaryJson, type SummaryJsonPhase } from "./summary-json";
