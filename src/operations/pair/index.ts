/** The pair operation: propose (read, solve, explain, log) and accept (append to the Pairs register). */
export { proposePairs, listPhases, type Proposal, type ProposeOptions } from "./propose";
export { acceptPairs, planPairRows, pairsColumnFields, PAIRS_REGISTER_TARGET, type AcceptRequest } from "./accept";
export { appendRunLog, runLogRow, RUN_LOG_HEADERS, RUN_LOG_TARGET, type RunLogEntry } from "./run-log";
export { PairingError } from "./pairing-error";
export type { AppendOutcome } from "./register-table";
