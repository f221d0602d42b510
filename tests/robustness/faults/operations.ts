/**
 * The write operations under the fault matrix, each through its public function, on the
 * bundled sample workbook (summaries on a clean programme, since they wait for validation
 * errors to be fixed). Inputs that come from reading (validation issues, proposals) are worked
 * out once on an identical workbook; each run starts from a fresh workbook.
 */
import { REGISTERS } from "../../../src/domain/registers";
import { convertSheet, type ConvertChoice } from "../../../src/operations/convert";
import { OUTPUT_SHEETS } from "../../../src/operations/output-sheets";
import { PAIRING_CHOICES_TARGET, PAIRS_REGISTER_TARGET, RUN_LOG_TARGET, acceptPairs, appendRunLog, proposePairs, removeChoices, type Proposal } from "../../../src/operations/pair";
import { summarise } from "../../../src/operations/summarise";
import {
  ISSUES_SHEET,
  ISSUES_TABLE,
  applyFixes,
  clearValidationMarks,
  createSettingsSheet,
  planFixes,
  planIssuesSheet,
  planMarks,
  showValidationMarks,
  validateWorkbook,
  validatedAt,
  writeIssuesSheet,
  type FixPlan,
  type WorkbookValidation,
} from "../../../src/operations/validate";
import { buildSampleWorkbookSpec } from "../../../src/sample";
import { type MemoryWorkbook, createMemoryContext, memoryWorkbookFromSpec } from "../../../src/workbook/memory";
import { cleanProgrammeWorkbook } from "../../operations/summarise/workbooks";
import { writeConvertedRegister } from "../../operations/validate/helpers";
import type { OperationCase } from "./matrix";

const MENTOR_SOURCE = "Mentors list 2016";
const MENTORS = REGISTERS.mentors;
export const AT = new Date("2026-03-02T08:00:00Z");
const NOW = { now: new Date("2026-11-26T09:00:00Z"), utcOffsetMinutes: 180 };

export function sampleWorkbook(): MemoryWorkbook {
  return memoryWorkbookFromSpec(buildSampleWorkbookSpec(), { dateOrder: "DMY" });
}

/**
 * The sample after a first conversion of the mentors, with one row an officer typed straight
 * into the register (kept as it is by a new conversion) and a changed name on the source.
 */
async function convertedOnce(): Promise<MemoryWorkbook> {
  const workbook = sampleWorkbook();
  await convertSheet(createMemoryContext(workbook), { sheet: MENTOR_SOURCE });
  const table = workbook.findTable(MENTORS.tableName);
  if (!table) throw new Error("the first conversion wrote no register table");
  workbook.sheet(MENTORS.sheetName).setRawValue(table.rect.row + table.rect.rowCount, 0, "Typed straight into the register");
  workbook.resizeTable(table, { ...table.rect, rowCount: table.rect.rowCount + 1 });
  workbook.sheet(MENTOR_SOURCE).setRawValue(5, 1, "Renamed on the source");
  return workbook;
}

/** The run log's "Solver ms" cells set to 0: a measured time, different in every run. */
export function steadySolverTime(workbook: MemoryWorkbook): void {
  const sheet = workbook.getSheet(RUN_LOG_TARGET.sheetName);
  const table = workbook.findTable(RUN_LOG_TARGET.tableName);
  if (!sheet || !table) return;
  const column = RUN_LOG_TARGET.headers.indexOf("Solver ms");
  for (let r = 1; r < table.rect.rowCount; r++) sheet.setRawValue(table.rect.row + r, table.rect.column + column, 0);
}

/** Converted once, then a formula typed into the register: "add new rows only" appends below the table. */
async function convertedWithFormula(): Promise<MemoryWorkbook> {
  const workbook = await convertedOnce();
  workbook.sheet(MENTORS.sheetName).setRawValue(2, 10, 2, "=1+1");
  workbook.sheet(MENTOR_SOURCE).setRawValue(60, 1, "Late Entry Mentor");
  return workbook;
}

/** The sample with an issues sheet already exported: exporting again replaces it. */
async function withIssuesSheet(issues: WorkbookValidation["issues"]): Promise<MemoryWorkbook> {
  const workbook = sampleWorkbook();
  await writeIssuesSheet(createMemoryContext(workbook), planIssuesSheet(issues.slice(0, 5), validatedAt(AT)));
  return workbook;
}

// Phase 2 of the sample: Abdalla Katana Kenga (MR-19) has a free place; these mentees wait for a mentor.
export const LOCK = { mentor: "id:mr19", mentee: "David Charo Tsuma", note: "Agreed at the workshop" };
export const EXCLUSION = { mentor: "id:mr19", mentee: "Lilian Mwikali Wambua" };
const LATER_EXCLUSION = { mentor: "MR-32", mentee: "David Charo Tsuma" };

/**
 * A run that saves its choices and does not log itself: the choices' write alone. The run log
 * is the operation "pairing run log"; a run doing both (the pane's) is two writes, each under
 * the matrix, with the case of the log failing after the choices in propose-two-writes.test.ts.
 */
const SAVE_ONLY = { now: () => AT, log: false, saveChoices: true };

/** The sample after a run with a lock and an exclusion: the Pairing choices sheet and the run log exist. */
async function withChoices(): Promise<MemoryWorkbook> {
  const workbook = sampleWorkbook();
  await proposePairs(createMemoryContext(workbook), { phase: "Phase 2", locks: [LOCK], exclusions: [EXCLUSION] }, { now: () => AT });
  return workbook;
}

/** The sample with the run log already holding one run. */
async function withRunLog(entry: Parameters<typeof appendRunLog>[1]): Promise<MemoryWorkbook> {
  const workbook = sampleWorkbook();
  await appendRunLog(createMemoryContext(workbook), entry);
  return workbook;
}

/** The sample with a converted Mentors register holding cells a safe fix would tidy. */
async function withFixableRegister(): Promise<MemoryWorkbook> {
  const workbook = sampleWorkbook();
  const mentor = (id: string, name: string, extra: Record<string, string | number>) => ({
    values: { mentorId: id, fullName: name, yearsExperience: 9, sensitisationAttended: "Yes", confidentialityAgreed: "Yes", ihrmNumber: `IHRM/${id}`, skills: "Recruitment", phone: `+2547110000${id.slice(-2)}`, ...extra },
    source: [MENTOR_SOURCE, 5] as [string, number],
  });
  await writeConvertedRegister(createMemoryContext(workbook), "mentors", [
    mentor("MR-01", "Daniel Okoth Agola", { phone: "0712 345 678", sector: "Pvt" }),
    mentor("MR-02", "Agnes Akoth Omolo", { yearsExperience: "12 yrs" }),
    mentor("MR-03", "Moses Opiyo Obura", {}),
  ]);
  return workbook;
}

/** A clean programme summarised once, with one more pair since: summarising again replaces the sheets. */
async function summarisedOnce(): Promise<MemoryWorkbook> {
  const workbook = cleanProgrammeWorkbook(3);
  await summarise(createMemoryContext(workbook), NOW);
  return workbook;
}

async function validationOf(workbook: MemoryWorkbook): Promise<WorkbookValidation> {
  return validateWorkbook(createMemoryContext(workbook));
}

async function withMarks(): Promise<MemoryWorkbook> {
  const workbook = sampleWorkbook();
  await showValidationMarks(createMemoryContext(workbook), planMarks((await validationOf(workbook)).issues));
  return workbook;
}

async function proposal(): Promise<Proposal> {
  return proposePairs(createMemoryContext(sampleWorkbook()), { phase: "Phase 2" }, { now: () => AT, log: false });
}

async function withFirstPair(first: Proposal["outcome"]["suggestions"]): Promise<MemoryWorkbook> {
  const workbook = sampleWorkbook();
  await acceptPairs(createMemoryContext(workbook), { phase: "Phase 2", suggestions: first, acceptedAt: AT });
  return workbook;
}

/** Where the mentor conversions and the safe fixes write: the Mentors register's sheet and table. */
const MENTORS_REGISTER = { sheet: MENTORS.sheetName, table: MENTORS.tableName };

/**
 * Converting the mentor sheet again into the register a first conversion wrote, with the
 * officer's `choice`, while a colleague edits the row typed straight into the register (row
 * `typedRow`), which the conversion reads and must keep.
 */
function convertAgain(name: string, workbook: () => Promise<MemoryWorkbook>, choice: ConvertChoice, typedRow: number): OperationCase {
  return {
    name,
    workbook,
    run: (context) => convertSheet(context, { sheet: MENTOR_SOURCE, choice }),
    writes: MENTORS_REGISTER,
    coAuthor: { sheet: MENTORS.sheetName, address: `A${typedRow}`, value: "Edited by a colleague meanwhile" },
  };
}

export async function writeOperations(): Promise<OperationCase[]> {
  const typedRow = (await convertedOnce()).findTable(MENTORS.tableName)?.rect.rowCount ?? 0;
  const issues = (await validationOf(sampleWorkbook())).issues;
  const marks = planMarks(issues);
  const markedSheet = marks.sheets[0]?.sheet ?? MENTOR_SOURCE;
  const fixable = await validationOf(await withFixableRegister());
  const fixes: FixPlan = planFixes(fixable.fixTargets.filter((t) => t.inRegister));
  const proposed = await proposal();
  const [first, ...rest] = proposed.outcome.suggestions;
  if (!first) throw new Error("the sample proposes no pairs for Phase 2");
  const entry = { at: AT, request: proposed.problem.request, outcome: proposed.outcome, ms: 12 };
  const firstPhaseSheet = "Summary - Phase 1";
  const kept = (await proposePairs(createMemoryContext(await withChoices()), { phase: "Phase 2" }, { log: false })).kept;
  const excluded = kept.find((c) => c.choice === "exclude");
  if (!excluded) throw new Error("the run with an exclusion kept none on the Pairing choices sheet");
  const choices = { sheet: PAIRING_CHOICES_TARGET.sheetName, table: PAIRING_CHOICES_TARGET.tableName };
  // A note a colleague types on a saved choice, which appending and removing choices must keep.
  const choicesNote = { sheet: choices.sheet, address: "G2", value: "agreed with IHRM" };

  return [
    {
      name: "convert (first conversion)",
      workbook: sampleWorkbook,
      run: (context) => convertSheet(context, { sheet: MENTOR_SOURCE }),
      writes: MENTORS_REGISTER,
    },
    convertAgain("convert again (replace)", convertedOnce, "replace", typedRow),
    convertAgain("convert again (add new rows only)", convertedOnce, "add-new", typedRow),
    convertAgain("convert again (new rows below formulas)", convertedWithFormula, "add-new", typedRow),
    {
      name: "validate: marks on",
      workbook: sampleWorkbook,
      run: (context) => showValidationMarks(context, marks),
      writes: { sheet: markedSheet },
    },
    {
      name: "validate: marks off",
      workbook: withMarks,
      run: (context) => clearValidationMarks(context),
      writes: { sheet: markedSheet },
    },
    {
      name: "validate: issues sheet export",
      workbook: sampleWorkbook,
      run: (context) => writeIssuesSheet(context, planIssuesSheet(issues, validatedAt(AT))),
      writes: { sheet: ISSUES_SHEET, table: ISSUES_TABLE },
    },
    {
      name: "validate: issues sheet export again (replace)",
      workbook: () => withIssuesSheet(issues),
      run: (context) => writeIssuesSheet(context, planIssuesSheet(issues, validatedAt(AT))),
      writes: { sheet: ISSUES_SHEET, table: ISSUES_TABLE },
    },
    {
      name: "validate: safe fixes",
      workbook: withFixableRegister,
      run: (context) => applyFixes(context, fixes),
      writes: MENTORS_REGISTER,
      coAuthor: { sheet: MENTORS.sheetName, address: fixes.fixes[0]?.cell.address ?? "A2", value: "0733 000 000" },
    },
    {
      name: "pair accept (new Pairs register)",
      workbook: sampleWorkbook,
      run: (context) => acceptPairs(context, { phase: "Phase 2", suggestions: proposed.outcome.suggestions, acceptedAt: AT }),
      writes: { sheet: PAIRS_REGISTER_TARGET.sheetName, table: PAIRS_REGISTER_TARGET.tableName },
    },
    {
      name: "pair accept (append)",
      workbook: () => withFirstPair([first]),
      run: (context) => acceptPairs(context, { phase: "Phase 2", suggestions: rest, acceptedAt: AT }),
      writes: { sheet: PAIRS_REGISTER_TARGET.sheetName, table: PAIRS_REGISTER_TARGET.tableName },
      coAuthor: { sheet: PAIRS_REGISTER_TARGET.sheetName, address: "B2", value: "Corrected by a colleague" },
    },
    {
      name: "pairing run log",
      workbook: sampleWorkbook,
      run: (context) => appendRunLog(context, entry),
      writes: { sheet: RUN_LOG_TARGET.sheetName, table: RUN_LOG_TARGET.tableName },
    },
    {
      name: "pairing run log (append)",
      workbook: () => withRunLog(entry),
      run: (context) => appendRunLog(context, entry),
      writes: { sheet: RUN_LOG_TARGET.sheetName, table: RUN_LOG_TARGET.tableName },
      coAuthor: { sheet: RUN_LOG_TARGET.sheetName, address: "B2", value: "Checked by a colleague" },
    },
    {
      name: "pairing choices: saved with a run (new sheet)",
      workbook: sampleWorkbook,
      run: (context) => proposePairs(context, { phase: "Phase 2", locks: [LOCK], exclusions: [EXCLUSION] }, SAVE_ONLY),
      writes: choices,
      steady: steadySolverTime,
    },
    {
      name: "pairing choices: saved with a run (append)",
      workbook: withChoices,
      run: (context) => proposePairs(context, { phase: "Phase 2", exclusions: [LATER_EXCLUSION] }, SAVE_ONLY),
      writes: choices,
      steady: steadySolverTime,
      coAuthor: choicesNote,
    },
    {
      name: "pairing choices: remove",
      workbook: withChoices,
      run: (context) => removeChoices(context, [excluded]),
      writes: choices,
      steady: steadySolverTime,
      coAuthor: choicesNote,
    },
    {
      name: "summarise",
      workbook: () => cleanProgrammeWorkbook(3),
      run: (context) => summarise(context, NOW),
      writes: { sheet: firstPhaseSheet },
    },
    {
      name: "summarise again (regenerate in place)",
      workbook: summarisedOnce,
      run: (context) => summarise(context, NOW),
      writes: { sheet: firstPhaseSheet },
    },
    {
      name: "settings sheet creation",
      workbook: sampleWorkbook,
      run: (context) => createSettingsSheet(context),
      writes: { sheet: OUTPUT_SHEETS.settings },
    },
  ];
}
