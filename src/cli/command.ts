import type { CliIo } from "./console-io";

/** `multiple`: a string option that may be given more than once (its values arrive in `lists`). */
export type OptionSpec = { type: "string" | "boolean"; short?: string; description: string; valueName?: string; multiple?: boolean };

/** One `mentorship <name>` command: its usage text, options and what it does. */
export interface Command {
  name: string;
  summary: string;
  /** e.g. "FILE [--json] [--out FILE]" */
  usage: string;
  /** Positional arguments: names for the usage text; how many are required. */
  positionals: { names: string[]; required: number };
  options: Record<string, OptionSpec>;
  /** Longer explanation shown by --help. */
  details?: string;
  run(args: ParsedArgs, io: CliIo, signal: AbortSignal): Promise<number>;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  /** Every value of each `multiple` option, in the order given. */
  lists?: Record<string, string[]>;
}
