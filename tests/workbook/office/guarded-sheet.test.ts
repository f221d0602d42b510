import { describe, expect, it } from "vitest";
import { type MemoryWorkbook, coAuthorEdit, createMemoryContext, memoryWorkbookFromSpec } from "../../../src/workbook/memory";
import { type ReplaceSheetOptions, WorkbookOperationError, fingerprintGrid, readSheetGrid, replaceSheetAtomically, tempSheetStem, writeBlock } from "../../../src/workbook/office";
import { dumpWorkbook } from "../../robustness/support/workbook-dump";

const COUNTIES = Array.from({ length: 47 }, (_, i) => `County number ${i + 1}`);

const workbookWithRegister = (): MemoryWorkbook =>
  memoryWorkbookFromSpec({
    sheets: [
      { name: "Mentors", rows: [["Name of Mentor", "County"], ["Achieng", "Kisumu"]] },
      { name: "Mentors register", rows: [["Name", "County"], ["old row", "Kisumu"]], tables: [{ name: "MentorRegister", range: "A1:B2" }] },
      { name: "Notes", rows: [["keep me"]] },
    ],
  });

const rows = Array.from({ length: 30 }, (_, i) => [`Mentor ${i + 1}`, `County number ${(i % 47) + 1}`]);

const writeRegister: ReplaceSheetOptions["write"] = async (target) => {
  await target.writeTable({
    tableName: "MentorRegister",
    headers: ["Name", "County"],
    rows,
    listValidations: [{ column: "County", values: COUNTIES }],
    budgetBytes: 600,
  });
};

async function faultFree(): Promise<{ dump: string; syncs: number }> {
  const workbook = workbookWithRegister();
  const context = createMemoryContext(workbook);
  await replaceSheetAtomically(context, { sheetName: "Mentors register", write: writeRegister });
  return { dump: dumpWorkbook(workbook), syncs: context.stats.syncCount };
}

describe("replaceSheetAtomically", () => {
  it("puts the complete new sheet where the old one was, with its table under the final name", async () => {
    const workbook = workbookWithRegister();
    workbook.activeSheetId = workbook.sheet("Mentors register").id;
    const context = createMemoryContext(workbook);
    const result = await replaceSheetAtomically(context, { sheetName: "Mentors register", write: writeRegister });
    expect(result.replaced).toBe(true);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Mentors", "Mentors register", "Notes", "Mentorship lists"]);
    const register = workbook.sheet("Mentors register");
    expect(register.visibility).toBe("Visible");
    expect(register.valuesIn("A1:B2")).toEqual([["Name", "County"], ["Mentor 1", "County number 1"]]);
    expect(workbook.findTable("MentorRegister")?.sheetId).toBe(register.id);
    expect(workbook.allTables()).toHaveLength(1);
    expect(workbook.sheet("Mentorship lists").valuesIn("A1")).toEqual([["MentorRegister[County]"]]);
    expect(workbook.activeSheetId).toBe(register.id);
    // look, create, check, look at the lists sheet, swap: the rest are writeTable's.
    expect(result.syncs).toBe(5);
    expect(context.stats.syncCount).toBeGreaterThan(result.syncs);
  });

  it("refuses to put drop-down lists on a \"Mentorship lists\" sheet holding the officer's data: the workbook is as it was", async () => {
    const workbook = workbookWithRegister();
    workbook.addSheet("Mentorship lists").setRawValue(0, 0, "Counties we cover");
    const before = dumpWorkbook(workbook);
    const error = await replaceSheetAtomically(createMemoryContext(workbook), { sheetName: "Mentors register", write: writeRegister }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error).toMatchObject({ code: "InvalidData", sheet: "Mentors register" });
    expect((error as Error).message).toContain('The sheet "Mentorship lists" holds your data (A1 holds "Counties we cover")');
    expect((error as Error).message).toContain("Rename that sheet");
    expect(dumpWorkbook(workbook)).toBe(before);
  });

  it("creates a sheet that did not exist, at the position asked for", async () => {
    const workbook = workbookWithRegister();
    const context = createMemoryContext(workbook);
    const result = await replaceSheetAtomically(context, {
      sheetName: "Issues",
      position: 0,
      write: async (target) => {
        await writeBlock(context, target.sheetName, { row: 0, column: 0 }, [["Issue"], ["=cmd|' /c calc'!A1"]]);
      },
    });
    expect(result.replaced).toBe(false);
    expect(workbook.sheets[0]?.name).toBe("Issues");
    expect(workbook.sheet("Issues").cellAt("A2")).toMatchObject({ value: "=cmd|' /c calc'!A1" });
    expect(workbook.sheet("Issues").cellAt("A2")?.formula).toBeUndefined();
  });

  it("replaces the only visible sheet (the new one is shown before the old one goes)", async () => {
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Summary", rows: [["old"]] }] });
    const context = createMemoryContext(workbook);
    await replaceSheetAtomically(context, { sheetName: "Summary", write: (t) => writeBlock(context, t.sheetName, { row: 0, column: 0 }, [["new"]]).then(() => undefined) });
    expect(workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([["Summary", "Visible"]]);
    expect(workbook.sheet("Summary").cellAt("A1")?.value).toBe("new");
  });

  it("leaves the workbook exactly as before when any sync before the swap fails, and says so about the real sheet", async () => {
    const complete = await faultFree();
    for (let n = 1; n < complete.syncs; n++) {
      const workbook = workbookWithRegister();
      const before = dumpWorkbook(workbook);
      const context = createMemoryContext(workbook);
      context.faults.failSync({ atSync: n, afterOperations: 1 });
      const error = await replaceSheetAtomically(context, { sheetName: "Mentors register", write: writeRegister }).catch((e: unknown) => e);
      if (!(error instanceof WorkbookOperationError)) {
        // writeTable inside finished its own put-in-place batch from its working sheet.
        expect(dumpWorkbook(workbook), `sync ${n}`).toBe(complete.dump);
        continue;
      }
      expect(error.message).not.toContain("~mr");
      expect(dumpWorkbook(workbook), `sync ${n}`).toBe(before);
      if (n > 1) expect(error.message).toMatch(/Nothing was changed: the workbook is as it was before\.$/);
    }
  });

  it("rolls forward or back when the swap itself fails part-way, never half", async () => {
    const complete = await faultFree();
    const before = dumpWorkbook(workbookWithRegister());
    const outcomes = new Set<string>();
    for (let k = 0; k <= 8; k++) {
      const workbook = workbookWithRegister();
      const context = createMemoryContext(workbook);
      context.faults.failSync({ atSync: complete.syncs, afterOperations: k });
      await replaceSheetAtomically(context, { sheetName: "Mentors register", write: writeRegister }).catch(() => undefined);
      const after = dumpWorkbook(workbook);
      expect([before, complete.dump], `swap failing after ${k} operations`).toContain(after);
      outcomes.add(after === before ? "rolled back" : "completed");
    }
    expect(outcomes).toEqual(new Set(["rolled back", "completed"]));
  });

  it("counts a swap whose answer was lost as done", async () => {
    const complete = await faultFree();
    const workbook = workbookWithRegister();
    const context = createMemoryContext(workbook);
    context.faults.loseConnection({ atSync: complete.syncs, applied: true });
    await replaceSheetAtomically(context, { sheetName: "Mentors register", write: writeRegister });
    expect(dumpWorkbook(workbook)).toBe(complete.dump);
  });

  it("refuses a protected sheet before writing anything", async () => {
    const workbook = workbookWithRegister();
    workbook.sheet("Mentors register").protected = true;
    const before = dumpWorkbook(workbook);
    const context = createMemoryContext(workbook);
    await expect(replaceSheetAtomically(context, { sheetName: "Mentors register", write: writeRegister })).rejects.toMatchObject({ code: "SheetProtected", message: expect.stringMatching(/Unprotect it/) });
    expect(dumpWorkbook(workbook)).toBe(before);
    expect(context.stats.syncCount).toBe(1);
  });

  it("stops when the sheet is renamed, deleted or protected while it writes, keeping that change", async () => {
    const changes: Array<[string, (w: MemoryWorkbook) => void, RegExp]> = [
      ["renamed", (w) => w.renameSheet(w.sheet("Mentors register"), "Old register"), /renamed or deleted the sheet "Mentors register"/],
      ["deleted", (w) => w.removeSheet(w.sheet("Mentors register")), /renamed or deleted the sheet "Mentors register"/],
      ["protected", (w) => { w.sheet("Mentors register").protected = true; }, /was protected while/],
    ];
    for (const [what, change, message] of changes) {
      const workbook = workbookWithRegister();
      const context = createMemoryContext(workbook);
      context.faults.beforeSync(4, change);
      const reference = workbookWithRegister();
      change(reference);
      await expect(replaceSheetAtomically(context, { sheetName: "Mentors register", write: writeRegister }), what).rejects.toThrow(message);
      expect(dumpWorkbook(workbook), what).toBe(dumpWorkbook(reference));
    }
  });

  it("refuses to swap over a co-author's edit to the sheet it had read", async () => {
    const workbook = workbookWithRegister();
    const context = createMemoryContext(workbook);
    const read = fingerprintGrid(await readSheetGrid(context, "Mentors register"));
    context.faults.beforeSync(4, (w) => coAuthorEdit(w, "Mentors register", "A3", [["added by a colleague"]]));
    await expect(replaceSheetAtomically(context, { sheetName: "Mentors register", expected: read, write: writeRegister })).rejects.toMatchObject({ code: "ChangedMeanwhile" });
    expect(workbook.sheet("Mentors register").cellAt("A3")?.value).toBe("added by a colleague");
    expect(workbook.sheets.some((s) => s.name.startsWith("~"))).toBe(false);
  });

  it("refuses a table name used on another sheet, before the swap", async () => {
    const workbook = workbookWithRegister();
    const other = workbook.addSheet("Elsewhere");
    other.setRawValue(0, 0, "H");
    workbook.addTable(other, { row: 0, column: 0, rowCount: 2, columnCount: 1 }).name = "PairRegister";
    const before = dumpWorkbook(workbook);
    const context = createMemoryContext(workbook);
    await expect(
      replaceSheetAtomically(context, { sheetName: "Mentors register", write: (t) => t.writeTable({ tableName: "PairRegister", headers: ["A"], rows: [["x"]] }).then(() => undefined) }),
    ).rejects.toMatchObject({ code: "TableNameInUse" });
    expect(dumpWorkbook(workbook)).toBe(before);
  });

  it("tidies a working sheet left by a run that lost its connection, and rescues one whose target is gone", async () => {
    const stem = tempSheetStem("Mentors register");
    const workbook = workbookWithRegister();
    workbook.addSheet(`${stem}dead`).visibility = "Hidden";
    await replaceSheetAtomically(createMemoryContext(workbook), { sheetName: "Mentors register", write: writeRegister });
    expect(workbook.sheets.some((s) => s.name.startsWith(stem))).toBe(false);

    const orphaned = memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: [["a"]] }] });
    const copy = orphaned.addSheet(`${stem}beef`);
    copy.setRawValue(0, 0, "the only copy");
    copy.visibility = "Hidden";
    await expect(replaceSheetAtomically(createMemoryContext(orphaned), { sheetName: "Mentors register", write: writeRegister })).rejects.toThrow(/put that sheet in place/);
    expect(orphaned.sheet("Mentors register").cellAt("A1")?.value).toBe("the only copy");
    expect(orphaned.sheet("Mentors register").visibility).toBe("Visible");
  });

  it("is cancelled like any write: rolled back, told as cancelled", async () => {
    const workbook = workbookWithRegister();
    const before = dumpWorkbook(workbook);
    const controller = new AbortController();
    const context = createMemoryContext(workbook);
    const attempt = replaceSheetAtomically(context, {
      sheetName: "Mentors register",
      signal: controller.signal,
      write: async (target) => {
        controller.abort();
        await writeBlock(context, target.sheetName, { row: 0, column: 0 }, [["x"]], { signal: controller.signal });
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: "Aborted" });
    expect(dumpWorkbook(workbook)).toBe(before);
  });
});
