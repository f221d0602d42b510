// Re-reading a workbook with the readings of unchanged sheets kept: an edit anywhere (a value,
// a number format, a cell added below or beside) makes exactly its sheet be read afresh, and
// what comes out is always what a fresh read gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REGISTERS } from "../../src/domain/registers";
import { settingsSheetRows } from "../../src/domain/settings";
import { convertSheet } from "../../src/operations/convert";
import { loadRegisters, type LoadedRegisters } from "../../src/operations/load-registers";
import { SheetReadCache } from "../../src/operations/sheet-read-cache";
import { validateWorkbook } from "../../src/operations/validate";
import { buildSampleWorkbookSpec } from "../../src/sample";
import { cellAddress, rectAddress } from "../../src/workbook/address";
import { coAuthorEdit, createMemoryContext, memoryWorkbookFromSpec, type MemoryWorkbook } from "../../src/workbook/memory";

const SAMPLE_SHEETS = buildSampleWorkbookSpec().sheets.map((s) => s.name);

/** What a load hands on, without the grids (those are Excel's answer, not the reading). */
function outcome(loaded: LoadedRegisters): string {
  return JSON.stringify({ registers: loaded.registers, sources: loaded.sources, readings: loaded.readings, settingsProblems: loaded.settingsProblems });
}

async function load(workbook: MemoryWorkbook, cache?: SheetReadCache): Promise<{ loaded: LoadedRegisters; syncs: number }> {
  const context = createMemoryContext(workbook);
  const loaded = await loadRegisters(context, cache ? { cache } : {});
  return { loaded, syncs: context.stats.syncCount };
}

/** What Excel's read of a sheet returns: its used range, the values and number formats in it. */
function looks(workbook: MemoryWorkbook, name: string): string {
  const sheet = workbook.sheet(name);
  const rect = sheet.usedRect(true);
  if (!rect) return "";
  const formats = Array.from({ length: rect.rowCount }, (_, r) => Array.from({ length: rect.columnCount }, (_, c) => sheet.numberFormatAt(rect.row + r, rect.column + c)));
  return JSON.stringify({ rect, values: sheet.valuesIn(rectAddress(rect)), formats });
}

/** Loads with the cache, returning how many sheets were read afresh this time. */
async function readAfresh(workbook: MemoryWorkbook, cache: SheetReadCache): Promise<{ loaded: LoadedRegisters; read: number; reused: number }> {
  const before = { ...cache.stats };
  const { loaded } = await load(workbook, cache);
  return { loaded, read: cache.stats.read - before.read, reused: cache.stats.reused - before.reused };
}

/** Loads with the cache: exactly `sheets` read afresh, and the same outcome as a load without it. */
async function expectReadAfresh(workbook: MemoryWorkbook, cache: SheetReadCache, sheets: number): Promise<LoadedRegisters> {
  const again = await readAfresh(workbook, cache);
  expect(again.read).toBe(sheets);
  expect(outcome(again.loaded)).toBe(outcome((await load(workbook)).loaded));
  return again.loaded;
}

describe("keeping sheets' readings between loads", () => {
  it("reads nothing afresh when nothing changed, in as many syncs, with the same result", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    const cache = new SheetReadCache();
    const fresh = await load(workbook);
    const first = await readAfresh(workbook, cache);
    expect(first.read).toBe(SAMPLE_SHEETS.length);
    const second = await readAfresh(workbook, cache);
    expect(second).toMatchObject({ read: 0, reused: SAMPLE_SHEETS.length });
    expect(outcome(second.loaded)).toBe(outcome(fresh.loaded));
    expect((await load(workbook, cache)).syncs).toBe(fresh.syncs);
  });

  it("reads afresh exactly the sheet an edit anywhere touched, and gives what a fresh read gives", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    const cache = new SheetReadCache();
    await readAfresh(workbook, cache);
    const sheets = SAMPLE_SHEETS.map((name) => ({ name, rect: workbook.sheet(name).usedRect(true) }));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: sheets.length - 1 }),
        fc.nat(),
        fc.nat(),
        // Inside the used range, or one row or column past it (a row added below, a remark beside).
        fc.boolean(),
        fc.oneof(fc.constantFrom("#REF!", "", "Homabay", "06/02/2017", "=Wanjiru"), fc.integer({ min: 0, max: 99 }).map(String)),
        async (s, r, c, past, text) => {
          const { name, rect } = sheets[s] ?? { name: "", rect: undefined };
          if (!rect) return;
          const row = rect.row + (past ? rect.rowCount : r % rect.rowCount);
          const column = rect.column + (c % (rect.columnCount + 1));
          const before = looks(workbook, name);
          coAuthorEdit(workbook, name, cellAddress(row, column), [[text]], { source: "Local" });
          // Typing what the cell already shows changes nothing; anything else is one sheet to read.
          await expectReadAfresh(workbook, cache, looks(workbook, name) === before ? 0 : 1);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it("reads a sheet afresh when only a number format changed (a serial read as a date or not)", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    const cache = new SheetReadCache();
    await readAfresh(workbook, cache);
    // Session logs!E4 holds a date serial; as General it is a number, which reads differently.
    workbook.sheet("Session logs").setNumberFormat(3, 4, "General");
    await expectReadAfresh(workbook, cache, 1);
  });

  it("reads every sheet afresh when a setting changes, and forgets deleted sheets", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    const cache = new SheetReadCache();
    await readAfresh(workbook, cache);
    workbook.addSheet("Settings");
    settingsSheetRows().forEach((row, r) => row.forEach((value, c) => workbook.sheet("Settings").setRawValue(r, c, r === 1 && c === 1 ? 3 : value)));
    expect((await readAfresh(workbook, cache)).read).toBe(SAMPLE_SHEETS.length);
    workbook.removeSheet(workbook.sheet("Evaluations"));
    const without = await readAfresh(workbook, cache);
    expect(without).toMatchObject({ read: 0, reused: SAMPLE_SHEETS.length - 1 });
    expect(without.loaded.registers.evaluations).toBeUndefined();
  });

  it("reads a converted register's table afresh when the table changes, and its rows are never shared with the next load", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    await convertSheet(createMemoryContext(workbook), { sheet: "Mentors list 2016", kind: "mentors" });
    const cache = new SheetReadCache();
    const first = await readAfresh(workbook, cache);
    const rows = first.loaded.registers.mentors?.rows.length ?? 0;
    // Joining rows into a register must not grow the kept reading: the same load, three times.
    for (let i = 0; i < 3; i++) expect((await readAfresh(workbook, cache)).loaded.registers.mentors?.rows).toHaveLength(rows);
    const register = workbook.sheet(REGISTERS.mentors.sheetName);
    const table = workbook.findTable(REGISTERS.mentors.tableName);
    if (!table) throw new Error("no register table");
    coAuthorEdit(workbook, register.name, cellAddress(table.rect.row + 2, table.rect.column + 1), [["Achieng Otieno-Were"]], { source: "Local" });
    await expectReadAfresh(workbook, cache, 1);
  });

  it("validates the same with and without it, run after run", async () => {
    const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec());
    const cache = new SheetReadCache();
    const fresh = JSON.stringify((await validateWorkbook(createMemoryContext(workbook))).issues);
    for (let i = 0; i < 3; i++) expect(JSON.stringify((await validateWorkbook(createMemoryContext(workbook), { cache })).issues)).toBe(fresh);
    coAuthorEdit(workbook, "Mentors list 2016", "I36", [[9]], { source: "Local" });
    const edited = JSON.stringify((await validateWorkbook(createMemoryContext(workbook))).issues);
    expect(edited).not.toBe(fresh);
    expect(JSON.stringify((await validateWorkbook(createMemoryContext(workbook), { cache })).issues)).toBe(edited);
  });
});
