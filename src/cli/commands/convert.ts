import { basename, dirname, extname, join, resolve } from "node:path";
import { REGISTER_KINDS, REGISTERS, type RegisterKind } from "../../domain/registers";
import {
  ConvertError,
  convertSheet,
  describeDetection,
  onlyAdds,
  shown,
  summaryLines,
  surveyWorkbook,
  type ConvertOutcome,
  type RegisterDiff,
  type SheetSurvey,
} from "../../operations/convert";
import { createMemoryContext, type MemoryContext } from "../../workbook/memory";
import { WorkbookOperationError } from "../../workbook/office";
import { CliError, usageError } from "../cli-error";
import type { Command } from "../command";
import type { CliIo } from "../console-io";
import { checkOutputFolder, openWorkbookFile, refuseTakenDefault, saveWorkbookFile } from "../workbook-files";

/*
 * mentorship convert FILE [--sheet NAME]... [--as KIND] [--out FILE] [--replace]
 *
 * Converts sheets of an .xlsx file into registers (one Excel table per register) and writes
 * the result to another file: the input is never overwritten unless --out names it. What was
 * mapped, normalised and kept as typed is printed. Nothing is saved when any sheet cannot be
 * converted (exit 2), so a file is either fully converted or not written at all.
 */

function defaultOut(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}-registers.xlsx`);
}

function parseKind(value: string | boolean | undefined): RegisterKind | undefined {
  if (value === undefined) return undefined;
  const kind = REGISTER_KINDS.find((k) => k === String(value).toLowerCase());
  if (!kind) throw usageError(`--as must be one of ${REGISTER_KINDS.join(", ")}, not "${String(value)}"`, "convert");
  return kind;
}

function visibleNames(sheets: readonly SheetSurvey[]): string {
  return sheets.map((s) => `“${s.sheet}”`).join(", ");
}

interface Job {
  sheet: string;
  kind: RegisterKind;
  how: string;
}

/** The sheets to convert and the register of each, or a CliError saying why not. */
function chooseJobs(file: string, sheets: readonly SheetSurvey[], named: readonly string[], as: RegisterKind | undefined): Job[] {
  const sources = sheets.filter((s) => s.role === "source");
  if (named.length > 0) {
    return named.map((name) => {
      const sheet = sheets.find((s) => s.sheet.toLowerCase() === name.toLowerCase());
      if (!sheet) throw new CliError(`${file} has no sheet named “${name}”; its sheets are ${visibleNames(sheets)}`);
      if (sheet.role !== "source") throw new CliError(`“${sheet.sheet}” in ${file} is ${sheet.role === "empty" ? "empty" : "a sheet the add-in writes (a register, Settings or a summary)"}, not a sheet to convert`);
      return jobFor(sheet, as);
    });
  }
  if (as) {
    if (sources.length !== 1) throw usageError(`--as needs --sheet to say which sheet holds the ${REGISTERS[as].title} register (the sheets are ${visibleNames(sources)})`, "convert");
    const only = sources[0];
    if (!only) throw new CliError(`${file} has no sheet to convert`);
    return [jobFor(only, as)];
  }
  const unsure = sources.find((s) => s.detection?.ambiguous);
  if (unsure) return [jobFor(unsure, undefined)];
  const likely = sources.filter((s) => s.detection?.kind);
  if (likely.length === 0) {
    const reasons = sources.map((s) => s.detection?.message ?? "").filter((m) => m !== "");
    throw new CliError(`no sheet in ${file} looks like a register${reasons.length > 0 ? ` (${reasons.join(" ")})` : ""}; name one with --sheet NAME --as KIND`);
  }
  return likely.map((s) => jobFor(s, undefined));
}

/**
 * The command that settles an unsure sheet, ready to copy: `--as` alone is refused when the
 * workbook has other sheets, so it names the sheet too, and the two registers it could be.
 */
function sayWhich(sheet: SheetSurvey): string {
  const named = `--sheet "${sheet.sheet.replace(/"/g, '\\"')}"`;
  const detection = sheet.detection;
  const best = detection?.mapping?.kind;
  if (detection?.ambiguous && best && detection.runnerUp) {
    return `Say which it is: run again with ${named} --as ${best}, or ${named} --as ${detection.runnerUp.kind}.`;
  }
  return `Say which register it is: run again with ${named} --as KIND (${REGISTER_KINDS.join(", ")}).`;
}

function jobFor(sheet: SheetSurvey, as: RegisterKind | undefined): Job {
  if (as) return { sheet: sheet.sheet, kind: as, how: `as chosen (--as ${as})` };
  const detection = sheet.detection;
  if (!detection || detection.kind === null) {
    throw new CliError(`${detection?.message ?? `“${sheet.sheet}” could not be read.`} ${sayWhich(sheet)}`);
  }
  return { sheet: sheet.sheet, kind: detection.kind, how: `detected as ${describeDetection(detection)}` };
}

function refusal(file: string, diff: RegisterDiff): CliError {
  const title = REGISTERS[diff.kind].title;
  const first = diff.changed[0]?.cells[0];
  // A confidential column (session notes) is named, never quoted.
  const secret = REGISTERS[diff.kind].fields.some((f) => f.confidential === true && f.label.toLowerCase() === first?.header.toLowerCase());
  const values = secret ? "confidential text, not shown" : `register ${shown(first?.register)}, source gives ${shown(first?.fresh)}`;
  const example = first ? ` (e.g. ${first.address}, ${first.header}: ${values})` : "";
  const parts = [
    diff.changed.length > 0 ? `${diff.changed.length} row${diff.changed.length === 1 ? "" : "s"} differ from the source${example}` : "",
    diff.removed.length > 0 ? `${diff.removed.length} row${diff.removed.length === 1 ? "" : "s"} whose source row is now blank would be removed` : "",
  ].filter((p) => p !== "");
  return new CliError(
    `the ${title} register in ${file} already holds rows from “${diff.sourceSheet}”: ${parts.join("; ")}. Nothing was written. Run again with --replace to replace them with a fresh conversion (edits made in the register to those cells are lost), or convert into a copy.`,
  );
}

async function convertOne(context: MemoryContext, io: CliIo, signal: AbortSignal, file: string, job: Job, replace: boolean): Promise<ConvertOutcome> {
  const options = { signal, onProgress: (done: number, total: number, label: string) => io.progress(done, total, label) };
  const first = await convertSheet(context, { sheet: job.sheet, kind: job.kind }, options);
  if (first.status !== "needs-choice") return first;
  if (!replace && !onlyAdds(first.diff)) throw refusal(file, first.diff);
  return convertSheet(context, { sheet: job.sheet, kind: job.kind, choice: replace ? "replace" : "add-new" }, options);
}

const rowsText = (n: number) => `${n} row${n === 1 ? "" : "s"}`;

/** What happened to the register, in a line: written anew, rows replaced, or rows added. */
function outcomeLine(outcome: Extract<ConvertOutcome, { status: "converted" }>): string {
  const { written, diff } = outcome;
  if (!diff) return `${rowsText(written.rows)}.`;
  const kept = written.rows - outcome.rowsFromSource;
  if (diff.changed.length === 0 && diff.removed.length === 0 && outcome.rowsFromSource === diff.added.length) {
    return `${rowsText(diff.added.length)} added; the ${rowsText(kept)} already there kept as they were.`;
  }
  return `${rowsText(outcome.rowsFromSource)} from this sheet written (${diff.changed.length} replaced, ${diff.removed.length} removed, ${diff.added.length} new); ${rowsText(kept)} from other sheets or typed into the register kept.`;
}

function report(job: Job, outcome: ConvertOutcome): string[] {
  if (outcome.status !== "converted") return [];
  const { written } = outcome;
  const head = `“${job.sheet}” -> ${REGISTERS[job.kind].title} register (sheet “${written.sheetName}”, table ${written.tableName}): ${outcomeLine(outcome)}`;
  return [head, `  Register ${job.how}.`, ...summaryLines(outcome.summary)];
}

export const convertCommand: Command = {
  name: "convert",
  summary: "Turn sheets of an .xlsx file into registers (Excel tables with typed, checked columns), losing nothing.",
  usage: "FILE [--sheet NAME]... [--as mentors|mentees|phases|pairs|sessions|goals|evaluations] [--out FILE] [--replace]",
  positionals: { names: ["FILE"], required: 1 },
  options: {
    sheet: { type: "string", multiple: true, valueName: "NAME", description: "A sheet to convert (repeat for several). Default: every sheet that looks like a register." },
    as: { type: "string", valueName: "KIND", description: "The register the sheets hold; default: inferred from the headers (refused when unsure)." },
    out: { type: "string", valueName: "FILE", description: "Where to write the result (default: FILE-registers.xlsx beside FILE; never FILE itself unless named here)." },
    replace: { type: "boolean", description: "Replace this sheet's rows in a register that already exists, even where they differ from it." },
  },
  details: [
    "Each register is written on its own sheet (“Mentors register”, …) as a table with the fields in a fixed order,",
    "the sheet's unmapped columns carried as they are, and “Source sheet”, “Source row” and “As typed” columns that",
    "say where each row came from and what was typed where the register shows a normalised value. The source",
    "sheets are left exactly as they were. Converting again into an existing register adds new rows only; rows",
    "that would change or be removed need --replace. Exit codes: 0 written; 2 bad usage, unreadable file, a sheet",
    "whose register is unsure, or a register that would change without --replace (nothing written).",
  ].join("\n"),
  async run(args, io, signal) {
    const file = args.positionals[0] ?? "";
    const as = parseKind(args.values.as);
    const named = args.lists?.sheet ?? [];
    const explicitOut = typeof args.values.out === "string" ? args.values.out : undefined;
    const out = explicitOut ?? defaultOut(file);
    if (!/\.xlsx$/i.test(out)) throw new CliError(`cannot write ${out}: the output must be an .xlsx file`);
    await refuseTakenDefault(out, explicitOut !== undefined);
    await checkOutputFolder(out);

    const workbook = await openWorkbookFile(io, file);
    const context = createMemoryContext(workbook);
    try {
      const survey = await surveyWorkbook(context, { signal });
      const jobs = chooseJobs(file, survey.sheets, named, as);
      const lines: string[] = [];
      for (const job of jobs) lines.push(...report(job, await convertOne(context, io, signal, file, job, args.values.replace === true)));
      const skipped = named.length === 0 ? survey.sheets.filter((s) => s.role === "source" && !jobs.some((j) => j.sheet === s.sheet)) : [];
      for (const s of skipped) lines.push(`“${s.sheet}” left as it is: ${s.detection?.message ?? "it looks like no register."}`);
      io.stdout(lines.join("\n"));
    } catch (error) {
      if (error instanceof ConvertError) throw new CliError(`${error.message} ${error.fix}`);
      if (error instanceof WorkbookOperationError) throw new CliError(error.message);
      if (signal.aborted) throw new CliError("cancelled; nothing was written");
      throw error;
    }
    await saveWorkbookFile(io, workbook, out);
    io.stdout(resolve(out) === resolve(file) ? `Wrote ${out} (replacing it, as --out named it).` : `Wrote ${out}; ${file} was not changed.`);
    return 0;
  },
};
