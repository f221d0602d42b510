/** The pair operation: propose (read, solve, explain, log), accept (append to the Pairs register), and the kept locks and exclusions. */
export { proposePairs, pairingOverview, type PairingOverview, type Proposal, type ProposeOptions } from "./propose";
export { keptChoices, removeChoices, saveChoices, PAIRING_CHOICES_TARGET } from "./choices";
export { acceptPairs, planPairRows, pairsColumnFields, PAIRS_REGISTER_TARGET, type AcceptRequest } from "./accept";
export { appendRunLog, runLogRow, RUN_LOG_HEADERS, RUN_LOG_TARGET, type RunLogEntry } from "./run-log";
export { PairingError } from "./pairing-error";
export type { AppendOutcome, RewriteOutcome } from "./register-table";
