// Changes a colleague makes between two of the add-in's syncs that the fault matrix found
// written over (issue 7 audit): the issues sheet renamed just before the final swap, its table
// renamed after the ownership check, the Pairing choices sheet deleted while a pairing ran, and
// a register filtered while the add-in wrote into it (its filter was cleared unasked, or rows
// landed below it while the table refused to grow, or fixes stopped part-way). Each is now kept:
// nothing is written and the officer is told what happened and what to do.
import { describe, expect, it } from "vitest";
import { PAIRING_CHOICES_TARGET, RUN_LOG_TARGET, proposePairs } from "../../../src/operations/pair";
import { ISSUES_SHEET, ISSUES_TABLE, planIssuesSheet, validatedAt, validateWorkbook, writeIssuesSheet } from "../../../src/operations/validate";
import { type MemoryWorkbook, createMemoryContext, filterTable } from "../../../src/workbook/memory";
import { WorkbookOperationError } from "../../../src/workbook/office";
import { dumpWorkbook } from "../support/workbook-dump";
import { AT, EXCLUSION, LOCK, sampleWorkbook, writeOperations } from "./operations";

async function withIssuesSheet(): Promise<{ workbook: MemoryWorkbook; plan: ReturnType<typeof planIssuesSheet> }> {
  const workbook = sampleWorkbook();
  const { issues } = await validateWorkbook(createMemoryContext(workbook));
  await writeIssuesSheet(createMemoryContext(workbook), planIssuesSheet(issues.slice(0, 5), validatedAt(AT)));
  return { workbook, plan: planIssuesSheet(issues, validatedAt(AT)) };
}

async function syncsOfExport(): Promise<number> {
  const { workbook, plan } = await withIssuesSheet();
  const context = createMemoryContext(workbook);
  await writeIssuesSheet(context, plan);
  return context.stats.syncCount;
}

/** Runs the export again with `change` made by a colleague just before sync `at`; returns the error and what should be left. */
async function exportAgainWith(at: number, change: (w: MemoryWorkbook) => void) {
  const { workbook, plan } = await withIssuesSheet();
  const reference = (await withIssuesSheet()).workbook;
  change(reference);
  const expected = dumpWorkbook(reference);
  const context = createMemoryContext(workbook);
  context.faults.beforeSync(at, change);
  const error = await writeIssuesSheet(context, plan).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { workbook, error, expected };
}

describe("the issues sheet exported again while a colleague works on it", () => {
  it("keeps the old sheet a colleague renamed just before the final swap, with all its rows", async () => {
    const last = await syncsOfExport();
    const { workbook, error, expected } = await exportAgainWith(last, (w) => w.renameSheet(w.sheet(ISSUES_SHEET), "Issues kept by Wanjiru"));
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect((error as Error).message).toMatch(/there is no sheet named "Validation issues".*Nothing was changed/s);
    expect(dumpWorkbook(workbook)).toBe(expected);
    expect(workbook.getSheet("Issues kept by Wanjiru")?.cellAt("A3")?.value).toBe("Severity");
    expect(workbook.findTable(ISSUES_TABLE)?.rect.rowCount).toBe(6);
  });

  it("keeps its table renamed by hand after the add-in looked at the sheet", async () => {
    const last = await syncsOfExport();
    for (const at of [2, 3, last - 1, last]) {
      const { workbook, error, expected } = await exportAgainWith(at, (w) => w.renameTable(w.findTable(ISSUES_TABLE)!, "IssuesByHand"));
      expect(error, `renamed before sync ${at}`).toBeInstanceOf(WorkbookOperationError);
      expect((error as Error).message, `renamed before sync ${at}`).toMatch(/(renamed or deleted the table "ValidationIssues"|no table named "ValidationIssues").*nothing was (written|changed)|Nothing was changed/is);
      expect(dumpWorkbook(workbook), `renamed before sync ${at}`).toBe(expected);
      expect(workbook.findTable("IssuesByHand"), `renamed before sync ${at}`).toBeDefined();
    }
  });
});

describe("the Pairing choices sheet deleted while a pairing runs", () => {
  it("saves no choice on a new sheet (the run used choices no longer kept) and says to run it again", async () => {
    const workbook = sampleWorkbook();
    await proposePairs(createMemoryContext(workbook), { phase: "Phase 2", locks: [LOCK] }, { now: () => AT });
    const context = createMemoryContext(workbook);
    // The run reads every register (the choices with them) in its first two syncs.
    context.faults.beforeSync(3, (w) => w.removeSheet(w.sheet(PAIRING_CHOICES_TARGET.sheetName)));
    const error = await proposePairs(context, { phase: "Phase 2", exclusions: [EXCLUSION] }, { now: () => AT }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect((error as WorkbookOperationError).message).toContain('Someone deleted or renamed the "Pairing choices" sheet');
    expect((error as WorkbookOperationError).message).toContain("run the pairing again");
    expect(workbook.getSheet(PAIRING_CHOICES_TARGET.sheetName)).toBeUndefined();
    expect((workbook.findTable(RUN_LOG_TARGET.tableName)?.rect.rowCount ?? 0) - 1).toBe(1);
  });
});

describe("a register filtered while the add-in writes into it", () => {
  const cases = [
    ["convert again (replace)", "MentorsRegister"],
    ["pair accept (append)", "PairsRegister"],
    ["validate: safe fixes", "MentorsRegister"],
  ] as const;

  it.each(cases)("%s: nothing written, the filter kept, the officer told to clear it", async (name, table) => {
    const op = (await writeOperations()).find((o) => o.name === name);
    if (!op) throw new Error(`no operation "${name}" under the matrix`);
    const free = createMemoryContext(await op.workbook());
    await op.run(free);
    // Filtered before the run, and just before the batch that puts the result in place (safe
    // fixes: before their read; a filter after it lands in the last round trip, reported apart).
    const points = name === "validate: safe fixes" ? [0, 2] : [0, free.stats.syncCount];
    for (const at of points) {
      const reference = await op.workbook();
      filterTable(reference, table);
      const workbook = await op.workbook();
      const context = createMemoryContext(workbook);
      if (at === 0) filterTable(workbook, table);
      else context.faults.beforeSync(at, (w) => filterTable(w, table));
      const error = await op.run(context).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, `${name}, filtered before sync ${at}`).toBeInstanceOf(WorkbookOperationError);
      expect((error as Error).message, `${name}, filtered before sync ${at}`).toMatch(/filtered.*Clear (its|the) filters/s);
      expect(dumpWorkbook(workbook), `${name}, filtered before sync ${at}`).toBe(dumpWorkbook(reference));
      expect(workbook.findTable(table)?.filtered).toBe(true);
    }
  });
});
