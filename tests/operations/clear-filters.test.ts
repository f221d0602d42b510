// The officer's choice for a filtered table (issue 7): every operation that writes into an
// existing table refuses a filtered one, naming it, and writes nothing; run again with
// `whenFiltered: "clearFilters"` (the pane's "Clear the filters and continue") it writes, the
// filter is gone, and the workbook is exactly what the same operation makes of the unfiltered
// table: nothing else changed.
import { describe, expect, it } from "vitest";
import { convertSheet } from "../../src/operations/convert";
import { acceptPairs, pairingOverview, PAIRING_CHOICES_TARGET, PAIRS_REGISTER_TARGET, proposePairs, removeChoices } from "../../src/operations/pair";
import { applyFixes, planFixes, validateWorkbook } from "../../src/operations/validate";
import { REGISTERS } from "../../src/domain/registers";
import { createMemoryContext, filterTable, type MemoryContext, type MemoryWorkbook } from "../../src/workbook/memory";
import { WorkbookOperationError } from "../../src/workbook/office";
import { AT, EXCLUSION, LOCK, sampleWorkbook } from "../robustness/faults/operations";
import { dumpWorkbook } from "../robustness/support/workbook-dump";
import { writeConvertedRegister } from "./validate/helpers";

const MENTOR_SOURCE = "Mentors list 2016";
const MENTORS_TABLE = REGISTERS.mentors.tableName;
type WhenFiltered = "refuse" | "clearFilters";

interface FilterCase {
  name: string;
  table: string;
  /** The workbook as the officer has it before the operation (the table exists, unfiltered). */
  workbook(): Promise<MemoryWorkbook>;
  run(context: MemoryContext, whenFiltered: WhenFiltered): Promise<unknown>;
}

async function convertedMentors(): Promise<MemoryWorkbook> {
  const workbook = sampleWorkbook();
  await convertSheet(createMemoryContext(workbook), { sheet: MENTOR_SOURCE });
  return workbook;
}

async function proposal() {
  return proposePairs(createMemoryContext(sampleWorkbook()), { phase: "Phase 2" }, { now: () => AT, log: false, saveChoices: false });
}

async function withFirstPair(): Promise<MemoryWorkbook> {
  const { outcome } = await proposal();
  const workbook = sampleWorkbook();
  await acceptPairs(createMemoryContext(workbook), { phase: "Phase 2", suggestions: outcome.suggestions.slice(0, 1), acceptedAt: AT });
  return workbook;
}

async function withChoices(): Promise<MemoryWorkbook> {
  const workbook = sampleWorkbook();
  await proposePairs(createMemoryContext(workbook), { phase: "Phase 2", locks: [LOCK], exclusions: [EXCLUSION] }, { now: () => AT, log: false, saveChoices: true });
  return workbook;
}

const mentor = (id: string, name: string, extra: Record<string, string | number>) => ({
  values: { mentorId: id, fullName: name, yearsExperience: 9, sensitisationAttended: "Yes", confidentialityAgreed: "Yes", ihrmNumber: `IHRM/${id}`, skills: "Recruitment", phone: `+2547110000${id.slice(-2)}`, ...extra },
  source: [MENTOR_SOURCE, 5] as [string, number],
});

async function withFixableRegister(): Promise<MemoryWorkbook> {
  const workbook = sampleWorkbook();
  await writeConvertedRegister(createMemoryContext(workbook), "mentors", [mentor("MR-01", "Daniel Okoth Agola", { phone: "0712 345 678", sector: "Pvt" }), mentor("MR-02", "Agnes Akoth Omolo", { yearsExperience: "12 yrs" })]);
  return workbook;
}

async function fixesFor(workbook: MemoryWorkbook) {
  const validation = await validateWorkbook(createMemoryContext(workbook));
  return planFixes(validation.fixTargets.filter((t) => t.inRegister));
}

const cases: FilterCase[] = [
  {
    name: "convert again into the register (replace)",
    table: MENTORS_TABLE,
    workbook: convertedMentors,
    run: (context, whenFiltered) => convertSheet(context, { sheet: MENTOR_SOURCE, choice: "replace" }, { whenFiltered }),
  },
  {
    name: "convert again into the register (add new rows only)",
    table: MENTORS_TABLE,
    workbook: convertedMentors,
    run: (context, whenFiltered) => convertSheet(context, { sheet: MENTOR_SOURCE, choice: "add-new" }, { whenFiltered }),
  },
  {
    name: "accept pairs into the Pairs register",
    table: PAIRS_REGISTER_TARGET.tableName,
    workbook: withFirstPair,
    run: async (context, whenFiltered) => {
      const { outcome } = await proposal();
      return acceptPairs(context, { phase: "Phase 2", suggestions: outcome.suggestions.slice(1), acceptedAt: AT }, { whenFiltered });
    },
  },
  {
    name: "remove a kept lock from the Pairing choices",
    table: PAIRING_CHOICES_TARGET.tableName,
    workbook: withChoices,
    run: async (context, whenFiltered) => {
      const { kept } = await pairingOverview(context);
      return removeChoices(context, kept.slice(0, 1), { whenFiltered });
    },
  },
  {
    name: "accept safe fixes into the register",
    table: MENTORS_TABLE,
    workbook: withFixableRegister,
    run: async (context, whenFiltered) => applyFixes(context, await fixesFor(context.document), { whenFiltered }),
  },
];

async function refusal(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("a filtered table the officer is asked about", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s: refused naming the table, then written with the filters cleared, nothing else changed", async (_name, c) => {
    const reference = await c.workbook();
    await c.run(createMemoryContext(reference), "refuse");
    const expected = dumpWorkbook(reference);

    const workbook = await c.workbook();
    filterTable(workbook, c.table);
    const before = dumpWorkbook(workbook);
    const error = await refusal(() => c.run(createMemoryContext(workbook), "refuse"));
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect((error as WorkbookOperationError).code).toBe("TableFiltered");
    // Our own refusal (not Excel's): the pane offers the choice only for these.
    expect((error as WorkbookOperationError).excelCode).toBeUndefined();
    expect((error as Error).message).toContain(`"${c.table}"`);
    expect((error as Error).message).toMatch(/is filtered.*Clear its filters/s);
    expect(dumpWorkbook(workbook)).toBe(before);

    const context = createMemoryContext(workbook);
    await c.run(context, "clearFilters");
    expect(workbook.findTable(c.table)?.filtered).toBe(false);
    expect(dumpWorkbook(workbook)).toBe(expected);
  });

  it("a pairing run saving its locks into a filtered Pairing choices table is refused, then saves them once the filters are cleared", async () => {
    const workbook = await withChoices();
    filterTable(workbook, PAIRING_CHOICES_TARGET.tableName);
    const rowsBefore = workbook.findTable(PAIRING_CHOICES_TARGET.tableName)?.rect.rowCount;
    const request = { phase: "Phase 2", locks: [LOCK], exclusions: [EXCLUSION, { mentor: "MR-32", mentee: "David Charo Tsuma" }] };
    const error = await refusal(() => proposePairs(createMemoryContext(workbook), request, { now: () => AT, log: false, saveChoices: true }));
    expect((error as WorkbookOperationError).code).toBe("TableFiltered");
    expect((error as Error).message).toContain(`"${PAIRING_CHOICES_TARGET.tableName}"`);
    expect(workbook.findTable(PAIRING_CHOICES_TARGET.tableName)?.rect.rowCount).toBe(rowsBefore);

    const done = await proposePairs(createMemoryContext(workbook), request, { now: () => AT, log: false, saveChoices: true, whenFiltered: "clearFilters" });
    expect(done.choicesSaved?.rows).toBe(1);
    expect(workbook.findTable(PAIRING_CHOICES_TARGET.tableName)?.filtered).toBe(false);
    expect(workbook.findTable(PAIRING_CHOICES_TARGET.tableName)?.rect.rowCount).toBe((rowsBefore ?? 0) + 1);
  });
});
