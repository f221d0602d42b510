import { resolve } from "node:path";
import { REGISTER_KINDS } from "../../domain/registers";
import { registerTitle, type Issue } from "../../domain/validation";
import { planIssuesSheet, planMarks, showValidationMarks, validatedAt, validateWorkbook, validationJson, writeIssuesSheet, type WorkbookValidation } from "../../operations/validate";
import { createMemoryContext } from "../../workbook/memory";
import { usageError } from "../cli-error";
import type { Command } from "../command";
import { openWorkbookFile, saveWorkbookFile } from "../workbook-files";

/*
 * mentorship validate FILE [--json] [--out FILE]
 *
 * The Validate screen's check on an .xlsx file, through the same operation on the in-memory
 * Excel. Exit 0 when there are no errors (warnings allowed), 1 when there are errors, 2 when
 * the file cannot be read or the options are wrong. The input file is never written.
 */

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
}

/** One issue as a few lines a person reads down: where, what, how to fix. */
function issueText(issue: Issue): string {
  const where = `${issue.sheet}!${issue.cell}`;
  return [`${issue.severity === "error" ? "ERROR  " : "warning"}  ${where}  ${issue.rule}`, `  ${issue.message}`, `  Fix: ${issue.fix}`].join("\n");
}

/**
 * Sheets that looked like no register, so nothing on them was checked. Without these lines a
 * workbook whose mentor list has unusual headings would print "0 errors" as if all were well.
 */
function notCheckedLines(validation: WorkbookValidation, file: string): string[] {
  return validation.readings
    .filter((r) => r.kind === null)
    .map((r) => `Not checked: ${r.message} If it is a register, convert it naming its kind: mentorship convert ${file} --sheet "${r.sheet.replace(/"/g, '\\"')}" --as KIND (${REGISTER_KINDS.join(", ")}), then validate again.`);
}

function summaryLine(validation: WorkbookValidation): string {
  const registers = validation.registers.map((r) => `${registerTitle(r.kind)} ${r.rows.toLocaleString("en")}`).join(", ");
  const checked = validation.registers.length === 0 ? "no registers found" : `${plural(validation.rows, "row")} checked (${registers})`;
  return `${plural(validation.counts.errors, "error")}, ${plural(validation.counts.warnings, "warning")}; ${checked}.`;
}

export const validateCommand: Command = {
  name: "validate",
  summary: "Check every register of a workbook; list each problem with its sheet, cell and how to fix it.",
  usage: "FILE [--json] [--out FILE]",
  positionals: { names: ["FILE"], required: 1 },
  options: {
    json: { type: "boolean", description: "Print one JSON object: issues, counts and registers." },
    out: { type: "string", valueName: "FILE", description: "Write a copy of the workbook with a 'Validation issues' sheet and the cells marked (.xlsx)." },
  },
  details: [
    "Reads converted register tables, else the raw sheets as they are, and checks field values,",
    "duplicates, references between registers and the programme's rules (see docs/validation.md).",
    "Sheet, row and cell are your own sheet's. The input file is never changed.",
    "Exit codes: 0 no errors (warnings allowed); 1 the workbook has errors; 2 bad usage or an unreadable file.",
  ].join("\n"),
  async run(args, io, signal) {
    const [file] = args.positionals;
    if (file === undefined) throw usageError("missing FILE", "validate");
    const out = typeof args.values.out === "string" ? args.values.out : undefined;
    if (out !== undefined && resolve(out) === resolve(file)) {
      throw usageError(`--out must name a new file: ${out} is the workbook being validated, which is never changed`, "validate");
    }

    const workbook = await openWorkbookFile(io, file);
    const validation = await validateWorkbook(createMemoryContext(workbook), { signal, onProgress: io.progress });

    if (args.values.json === true) io.stdout(JSON.stringify(validationJson(validation)));
    else io.stdout([...validation.issues.map(issueText), ...notCheckedLines(validation, file), summaryLine(validation)].join("\n"));

    if (out !== undefined) {
      await writeIssuesSheet(createMemoryContext(workbook), planIssuesSheet(validation.issues, validatedAt(io.now())), { signal });
      const marks = await showValidationMarks(createMemoryContext(workbook), planMarks(validation.issues));
      await saveWorkbookFile(io, workbook, out);
      const unmarked = marks.unmarkedCells > 0 ? ` (${plural(marks.unmarkedCells, "cell")} past the marking limit are listed on the issues sheet only)` : "";
      // With --json, stdout is the JSON alone; what was written goes to stderr.
      const note = `Wrote ${out}: the 'Validation issues' sheet and ${plural(marks.cells, "marked cell")}${unmarked}.`;
      if (args.values.json === true) io.stderr(note);
      else io.stdout(note);
    }
    return validation.counts.errors > 0 ? 1 : 0;
  },
};
