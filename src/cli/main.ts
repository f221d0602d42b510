import { parseArgs } from "node:util";
import { WorkbookOperationError } from "../workbook/office/errors";
import { CliError, usageError } from "./cli-error";
import type { Command, OptionSpec, ParsedArgs } from "./command";
import { COMMANDS } from "./commands";
import { processIo, type CliIo } from "./console-io";

const PROGRAM = "mentorship";

function commandHelp(command: Command): string {
  const lines = [`Usage: ${PROGRAM} ${command.name} ${command.usage}`.trimEnd(), "", command.summary];
  if (command.details) lines.push("", command.details);
  // The flag column is as wide as the longest flag, so long ones ("--lock MENTOR:MENTEE...")
  // keep the descriptions aligned.
  const flags: Array<[string, string]> = Object.entries(command.options).map(([name, spec]) => [
    `--${name}${spec.type === "string" ? ` ${spec.valueName ?? "VALUE"}` : ""}${spec.multiple ? "..." : ""}`,
    spec.description,
  ]);
  flags.push(["--help", "Show this help."]);
  const width = Math.max(...flags.map(([flag]) => flag.length)) + 2;
  lines.push("", "Options:", ...flags.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`));
  return lines.join("\n");
}

function programHelp(): string {
  const lines = [
    `Usage: ${PROGRAM} <command> [options]`,
    "",
    "Mentorship registers for county health HR: convert messy sheets into registers, validate them,",
    "suggest mentor-mentee pairs and write phase summaries, on .xlsx files.",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`),
    "",
    `Run '${PROGRAM} <command> --help' for a command's options.`,
    "Exit codes: 0 success; 1 the workbook has validation errors (validate, and summarize without --include-errors);",
    "2 bad usage or unreadable file (one line on stderr saying what to do); 70 an internal error (please report it).",
  ];
  return lines.join("\n");
}

function parseCommandArgs(command: Command, argv: string[]): ParsedArgs | "help" {
  const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = { help: { type: "boolean", short: "h" } };
  for (const [name, spec] of Object.entries(command.options) as Array<[string, OptionSpec]>) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // node's messages are precise ("Unknown option '--jsn'"); keep them, add where to look.
    const message = error instanceof Error ? error.message.split("\n")[0] ?? error.message : String(error);
    throw usageError(message.replace(/\. To specify a positional argument.*$/, ""), command.name);
  }
  if (parsed.values.help === true) return "help";
  const { positionals } = parsed;
  if (positionals.length < command.positionals.required) {
    const missing = command.positionals.names.slice(positionals.length, command.positionals.required).join(" ");
    throw usageError(`missing ${missing}`, command.name);
  }
  if (positionals.length > command.positionals.names.length) {
    throw usageError(`unexpected argument '${positionals[command.positionals.names.length]}'`, command.name);
  }
  const values: ParsedArgs["values"] = {};
  const lists: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(parsed.values)) {
    if (typeof value === "string" || typeof value === "boolean") values[key] = value;
    else if (Array.isArray(value)) lists[key] = value.filter((v): v is string => typeof v === "string");
  }
  return { positionals, values, lists };
}

/** Runs the command line; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[], io: CliIo = processIo(), signal: AbortSignal = new AbortController().signal): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(programHelp());
    if (name !== undefined) return 0;
    // No command is bad usage: the help shows the way, and stderr says what was wrong, as for every exit 2.
    io.stderr(`${PROGRAM}: no command given; name one of ${COMMANDS.map((c) => c.name).join(", ")} (see ${PROGRAM} --help)`);
    return 2;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(VERSION);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw usageError(`unknown command '${name}'`);
    const args = parseCommandArgs(command, rest);
    if (args === "help") {
      io.stdout(commandHelp(command));
      return 0;
    }
    return await command.run(args, io, signal);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${PROGRAM}: ${error.message}`);
      return error.exitCode;
    }
    // A workbook the operations refused (a sheet too large to read, a protected sheet...): the
    // message already says what and what to do; it is the file's fault, not a bug: exit 2.
    if (error instanceof WorkbookOperationError) {
      io.stderr(`${PROGRAM}: ${error.message.split("\n")[0] ?? error.message}`);
      return 2;
    }
    // Anything else is our bug, not the user's: still one line, and a way to report it.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${PROGRAM}: internal error: ${message}. Please report this with the command you ran.`);
    return 70;
  }
}

const VERSION = "0.1.0";
