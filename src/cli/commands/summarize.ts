import { SummaryError, summarise, type SummariesBlocked } from "../../operations/summarise";
import { createMemoryContext } from "../../workbook/memory";
import { CliError, usageError } from "../cli-error";
import type { Command } from "../command";
import { openWorkbookFile, saveWorkbookFile } from "../workbook-files";

/*
 * mentorship summarize FILE [--phase NAME] [--json] [--include-errors] --out FILE
 *
 * The Summaries screen's work on an .xlsx file: the same operation on the in-memory Excel,
 * then the workbook saved with its summary sheets and their charts. The input file is never
 * changed (unless --out names it). Exit 1 when the registers have validation errors and
 * --include-errors was not given (nothing is written); 2 for bad usage, an unreadable file,
 * an unknown phase or a sheet in the way.
 */

function blockedMessage(file: string, blocked: SummariesBlocked): string {
  const n = blocked.validation.errors;
  const first = blocked.firstErrors[0];
  const where = first ? ` (first: ${first.sheet}!${first.cell}: ${first.message.replace(/\.$/, "")})` : "";
  return `cannot summarise ${file}: the registers have ${n} validation error${n === 1 ? "" : "s"}${where}. Fix them, or add --include-errors to write the summaries anyway (each sheet then says so). Nothing was written.`;
}

export const summarizeCommand: Command = {
  name: "summarize",
  summary: "Write a summary sheet per phase and the programme overview, with charts, to a copy of the workbook.",
  usage: "FILE [--phase NAME] [--json] [--include-errors] --out FILE",
  positionals: { names: ["FILE"], required: 1 },
  options: {
    phase: { type: "string", valueName: "NAME", multiple: true, description: "Only this phase's summary (e.g. \"Phase 2\"; repeat for several); default: every phase and the overview." },
    json: { type: "boolean", description: "Print the figures as JSON on stdout (numbers, not text)." },
    "include-errors": { type: "boolean", description: "Summarise even though validation finds errors; the sheets say so." },
    out: { type: "string", valueName: "FILE", description: "Where to write the workbook with its summaries (.xlsx; required)." },
  },
  details: [
    "Reads the registers, checks them, computes each phase's figures and writes the sheets",
    "'Programme overview' and 'Summary - <phase>' (regenerated in place if they are there).",
    "Exit codes: 0 written; 1 the registers have validation errors (nothing written);",
    "2 bad usage, an unreadable file, an unknown phase, or a sheet of that name the add-in did not write.",
  ].join("\n"),
  async run(args, io, signal) {
    const [file] = args.positionals;
    const out = args.values.out;
    if (file === undefined) throw usageError("missing FILE", "summarize");
    if (typeof out !== "string") throw usageError("missing --out FILE (where to write the workbook with its summaries)", "summarize");
    if (!/\.xlsx$/i.test(out)) throw new CliError(`cannot write ${out}: the output must be an .xlsx file`);
    const phases = args.lists?.phase ?? [];
    const json = args.values.json === true;

    const workbook = await openWorkbookFile(io, file);
    let result;
    try {
      result = await summarise(createMemoryContext(workbook), {
        ...(phases.length === 0 ? {} : { phases }),
        includeErrors: args.values["include-errors"] === true,
        now: io.now(),
        signal,
        onProgress: io.progress,
      });
    } catch (error) {
      if (error instanceof SummaryError) throw new CliError(`cannot summarise ${file}: ${error.message} ${error.action}`);
      throw error;
    }
    if (result.status === "blocked") throw new CliError(blockedMessage(file, result), 1);

    await saveWorkbookFile(io, workbook, out);
    const charts = result.sheets.reduce((n, s) => n + s.charts, 0);
    const report = `Wrote ${result.sheets.map((s) => `${s.name}${s.replaced ? " (replaced)" : ""}`).join(", ")} with ${charts} charts to ${out}.`;
    const caveat = result.includedErrors ? ` The registers have ${result.validation.errors} validation errors; the sheets say so.` : "";
    if (json) {
      io.stdout(JSON.stringify(result.json, null, 2));
      // stdout is the JSON alone, for scripts; the report goes to stderr.
      io.stderr(`${report}${caveat}`);
    } else {
      io.stdout(`${report}${caveat}`);
    }
    return 0;
  },
};
