import { describe, expect, it } from "vitest";
import { type MemoryWorkbook, coAuthorEdit, createMemoryContext, memoryWorkbookFromSpec } from "../../../src/workbook/memory";
import { WorkbookOperationError, type WriteTableOptions, fingerprintGrid, readSheetGrid, writeTable } from "../../../src/workbook/office";
import { dumpWorkbook } from "../../robustness/support/workbook-dump";

const COUNTIES = Array.from({ length: 47 }, (_, i) => `County ${i + 1}`);

const withRegister = (): MemoryWorkbook =>
  memoryWorkbookFromSpec({
    sheets: [
      { name: "Dashboard", rows: [["Mentors"], ["=ROWS(MentorRegister)"]] },
      { name: "Register", rows: [["Name", "County"], ["Old 1", "County 1"], ["Old 2", "County 2"], ["Old 3", "County 3"]], tables: [{ name: "MentorRegister", range: "A1:B4" }] },
    ],
  });

const options = (extra: Partial<WriteTableOptions> = {}): WriteTableOptions => ({
  sheetName: "Register",
  tableName: "MentorRegister",
  headers: ["Name", "County", "Phone"],
  rows: Array.from({ length: 12 }, (_, i) => [`New ${i + 1}`, `County ${(i % 47) + 1}`, "+254712345678"]),
  listValidations: [{ column: "County", values: COUNTIES }],
  budgetBytes: 300,
  ...extra,
});

async function faultFree(): Promise<{ dump: string; syncs: number; operationCounts: number[] }> {
  const workbook = withRegister();
  const context = createMemoryContext(workbook);
  await writeTable(context, options());
  return { dump: dumpWorkbook(workbook), syncs: context.stats.syncCount, operationCounts: [...context.stats.operationCounts] };
}

describe("writeTable, staged", () => {
  it("keeps the table itself (its id, so references to it keep working) and puts the new rows in place", async () => {
    const workbook = withRegister();
    const id = workbook.findTable("MentorRegister")?.id;
    await writeTable(createMemoryContext(workbook), options());
    const table = workbook.findTable("MentorRegister");
    expect(table?.id).toBe(id);
    expect(table?.rect).toEqual({ row: 0, column: 0, rowCount: 13, columnCount: 3 });
    expect(table?.columns.map((c) => c.name)).toEqual(["Name", "County", "Phone"]);
    expect(workbook.sheet("Register").cellAt("C2")).toMatchObject({ value: "+254712345678", numberFormat: "@" });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Dashboard", "Register", "Mentorship lists"]);
  });

  it("is either as before or complete whatever sync fails and however much of its batch ran", async () => {
    const complete = await faultFree();
    const before = dumpWorkbook(withRegister());
    let rolledBack = 0;
    let completed = 0;
    for (let n = 1; n <= complete.syncs; n++) {
      const ops = complete.operationCounts[n - 1] ?? 0;
      for (const after of new Set([0, 1, Math.floor(ops / 2), Math.max(0, ops - 1)])) {
        const workbook = withRegister();
        const context = createMemoryContext(workbook);
        context.faults.failSync({ atSync: n, afterOperations: after });
        const outcome = await writeTable(context, options()).catch((e: unknown) => e);
        const dump = dumpWorkbook(workbook);
        const label = `sync ${n} after ${after}/${ops}`;
        if (outcome instanceof WorkbookOperationError) {
          expect(dump, label).toBe(before);
          expect(outcome.message, label).not.toContain("~mr");
          rolledBack += 1;
        } else {
          expect(dump, label).toBe(complete.dump);
          completed += 1;
        }
      }
    }
    expect(rolledBack).toBeGreaterThan(0);
    expect(completed).toBeGreaterThan(0);
  });

  it("completes from the working sheet when the put-in-place request was lost, or applied but unanswered", async () => {
    const complete = await faultFree();
    for (const applied of [false, true]) {
      const workbook = withRegister();
      const context = createMemoryContext(workbook);
      context.faults.loseConnection({ atSync: complete.syncs, applied });
      await writeTable(context, options());
      expect(dumpWorkbook(workbook), `applied: ${applied}`).toBe(complete.dump);
    }
  });

  it("stops, changing nothing, when the table is renamed by hand or the sheet protected before it is put in place", async () => {
    const complete = await faultFree();
    const changes: Array<(w: MemoryWorkbook) => void> = [
      (w) => {
        const table = w.findTable("MentorRegister");
        if (table) w.renameTable(table, "MyMentors");
      },
      (w) => {
        w.sheet("Register").protected = true;
      },
    ];
    for (const change of changes) {
      const workbook = withRegister();
      const reference = withRegister();
      change(reference);
      const context = createMemoryContext(workbook);
      context.faults.beforeSync(complete.syncs, change);
      await expect(writeTable(context, options())).rejects.toBeInstanceOf(WorkbookOperationError);
      expect(dumpWorkbook(workbook)).toBe(dumpWorkbook(reference));
    }
  });

  it("refuses to write over a co-author's edit to the table it was given as read", async () => {
    const workbook = withRegister();
    const context = createMemoryContext(workbook);
    const read = fingerprintGrid(await readSheetGrid(context, "Register"));
    context.faults.beforeSync(context.stats.syncCount + 3, (w) => coAuthorEdit(w, "Register", "A3", [["Corrected by a colleague"]]));
    await expect(writeTable(context, options({ expected: read }))).rejects.toMatchObject({ code: "ChangedMeanwhile", message: expect.stringMatching(/row 3 was edited/) });
    expect(workbook.sheet("Register").cellAt("A3")?.value).toBe("Corrected by a colleague");
    expect(workbook.sheets.some((s) => s.name.startsWith("~"))).toBe(false);
  });

  it("refuses to grow over content beside or below the table, naming the cell", async () => {
    const workbook = withRegister();
    workbook.sheet("Register").setRawValue(2, 2, "a note beside the register");
    const before = dumpWorkbook(workbook);
    await expect(writeTable(createMemoryContext(workbook), options())).rejects.toThrow(/C3 holds "a note beside the register".*Nothing was written/);
    expect(dumpWorkbook(workbook)).toBe(before);
  });

  it("refuses a protected sheet up front", async () => {
    const workbook = withRegister();
    workbook.sheet("Register").protected = true;
    const before = dumpWorkbook(workbook);
    const context = createMemoryContext(workbook);
    await expect(writeTable(context, options())).rejects.toMatchObject({ code: "SheetProtected", message: expect.stringMatching(/Unprotect it/) });
    // Only the look: nothing was staged.
    expect(context.stats.syncCount).toBe(2);
    expect(dumpWorkbook(workbook)).toBe(before);
  });
});
