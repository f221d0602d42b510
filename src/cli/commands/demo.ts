import { runDemoPipeline, type DemoReport } from "../../operations/demo";
import { buildSampleWorkbookSpec } from "../../sample";
import { createMemoryContext, memoryWorkbookFromSpec } from "../../workbook/memory";
import { REGISTERS } from "../../domain/registers";
import { CliError } from "../cli-error";
import type { Command } from "../command";
import { checkOutputFolder, refuseTakenDefault, saveWorkbookFile } from "../workbook-files";

const DEFAULT_OUT = "sample-output.xlsx";

/*
 * mentorship demo [--out FILE] [--raw]
 *
 * The bundled sample (the case study's two phases, as HR offices keep them) through the whole
 * pipeline, into one workbook that shows every step: the office's sheets as they were, their
 * registers, the validation issues (marked on the cells), the pairs proposed for the mentees
 * still unpaired, and the summaries with their charts. --raw writes the sample untouched, to
 * try the steps yourself.
 */

function reportLines(report: DemoReport, out: string): string[] {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    `Converted ${plural(report.converted.length, "sheet")} into registers: ${report.converted.map((c) => `${c.sheet} -> ${c.register} (${plural(c.rows, "row")})`).join("; ")}.`,
    ...report.leftAsTheyAre.map((s) => `Left ${s.sheet} as it is: ${s.why}`),
    `Validated: ${plural(report.validation.errors, "error")}, ${plural(report.validation.warnings, "warning")}, listed on “${report.issuesSheet}” and ${plural(report.marked, "cell")} marked (the sample's planted defects).`,
    ...(report.pairing.length === 0
      ? ["Paired: every mentee already had a pair."]
      : report.pairing.map((p) => `Paired ${p.phase}: ${plural(p.added, "proposed pair")} added to the ${REGISTERS.pairs.title} register${p.unmatched > 0 ? `, ${plural(p.unmatched, "mentee")} left unmatched` : ""}.`)),
    `Summarised: ${report.summaries.sheets.map((s) => s.name).join(", ")} (${plural(report.summaries.sheets.reduce((n, s) => n + s.charts, 0), "chart")}), with the validation errors included and said so.`,
    `Wrote ${out}.`,
  ];
  return lines;
}

export const demoCommand: Command = {
  name: "demo",
  summary: "Write the bundled sample workbook run through the whole pipeline (convert, validate, pair, summarise): one workbook that shows it.",
  usage: "[--out FILE] [--raw]",
  positionals: { names: [], required: 0 },
  options: {
    out: { type: "string", valueName: "FILE", description: `Where to write the workbook (default: ${DEFAULT_OUT}, never over an existing file unless named here).` },
    raw: { type: "boolean", description: "Write the sample as HR offices keep it, without running the pipeline." },
  },
  async run(args, io, signal) {
    const out = typeof args.values.out === "string" ? args.values.out : DEFAULT_OUT;
    await refuseTakenDefault(out, typeof args.values.out === "string");
    await checkOutputFolder(out);
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    if (args.values.raw === true) {
      await saveWorkbookFile(io, workbook, out);
      io.stdout(`Wrote the sample workbook to ${out} (${workbook.sheets.length} sheets).`);
      return 0;
    }
    // Checked before the pipeline runs, not after.
    if (!/\.xlsx$/i.test(out)) throw new CliError(`cannot write ${out}: the output must be an .xlsx file`);
    const report = await runDemoPipeline(createMemoryContext(workbook), { now: io.now(), signal, onProgress: io.progress });
    await saveWorkbookFile(io, workbook, out);
    io.stdout(reportLines(report, out).join("\n"));
    return 0;
  },
};
