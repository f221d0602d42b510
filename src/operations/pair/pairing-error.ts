import type { PairingProblemError } from "../../domain/pairing";

/**
 * A pairing that cannot run as asked (an unknown phase, a lock that cannot be kept): the
 * user's problem, with what to do. Hosts show `message` and `fix` (the pane as a MessageBar,
 * the command line as one line with exit code 2).
 */
export class PairingError extends Error {
  readonly fix: string;

  constructor(readonly problems: readonly PairingProblemError[]) {
    super(problems.map((p) => p.message).join(" "));
    this.name = "PairingError";
    this.fix = [...new Set(problems.map((p) => p.fix))].join(" ");
  }
}
