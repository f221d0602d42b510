import { buildSampleWorkbookSpec } from "../../sample";
import { memoryWorkbookFromSpec } from "../../workbook/memory";
import type { Command } from "../command";
import { saveWorkbookFile } from "../workbook-files";

export const demoCommand: Command = {
  name: "demo",
  summary: "Write the bundled sample workbook (the case study's two phases, as HR offices keep them).",
  usage: "[--out FILE]",
  positionals: { names: [], required: 0 },
  options: {
    out: { type: "string", valueName: "FILE", description: "Where to write the workbook (default: sample-output.xlsx)." },
  },
  async run(args, io) {
    const out = typeof args.values.out === "string" ? args.values.out : "sample-output.xlsx";
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    await saveWorkbookFile(io, workbook, out);
    io.stdout(`Wrote the sample workbook to ${out} (${workbook.sheets.length} sheets).`);
    return 0;
  },
};
