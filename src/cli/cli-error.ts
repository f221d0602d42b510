/**
 * A failure the user can act on. The command line prints its message as one line on stderr
 * and exits with its code, never a stack trace: 2 for bad usage or an unreadable file,
 * 1 for "ran fine, found errors" (validate).
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export function usageError(message: string, command?: string): CliError {
  const hint = command ? `mentorship ${command} --help` : "mentorship --help";
  return new CliError(`${message} (see ${hint})`, 2);
}
