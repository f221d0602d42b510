// Hostile and odd input through the reader, convert, validate and summarise: a corpus of named
// cases and fast-check's random grids. Nothing crashes (every stop is an actionable message),
// nothing is lost (every non-blank cell of a converted sheet is in its register row).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main";
import { MAX_ROWS } from "../../../src/workbook/address";
import { MemoryWorkbook, createMemoryContext } from "../../../src/workbook/memory";
import { WorkbookOperationError, readSheetGrid } from "../../../src/workbook/office";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";
import { captureIo } from "../../cli/capture-io";
import { MENTOR_HEADERS, hostileCorpus } from "../corpus/hostile-corpus";
import { hostileSheet, hostileWorkbook } from "./random-sheets";
import { runHostile } from "./run-hostile";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("the hostile corpus", () => {
  it.each(hostileCorpus().map((c) => [c.name, c] as const))("%s: no crash, nothing lost", async (_name, item) => {
    const outcome = await runHostile(item.name, item.workbook, item.convert);
    expect(outcome.crashes).toEqual([]);
    expect(outcome.cellsLost).toBe(0);
    for (const message of outcome.refusals) expect(message.length).toBeGreaterThan(30);
  }, 60_000);

  it("refuses a sheet a stray entry makes 1,048,576 rows tall, quickly and without building its rows", async () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.addSheet("Mentors");
    MENTOR_HEADERS.forEach((h, c) => sheet.setRawValue(0, c, h));
    sheet.setRawValue(MAX_ROWS - 1, 30, "stray");
    const heap = process.memoryUsage().heapUsed;
    const started = performance.now();
    const error = await readSheetGrid(createMemoryContext(workbook), "Mentors").catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(50_000_000);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect((error as WorkbookOperationError).message).toMatch(/"Mentors" has content as far as AE1048576 \(1,048,576 rows by 31 columns\).*delete those rows or columns.*Nothing was changed/);
  });

  it("gives each corpus workbook, saved as .xlsx, to the command line: exit 0, 1 or 2, never a crash", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mentorship-hostile-"));
    dirs.push(dir);
    for (const item of hostileCorpus()) {
      const file = join(dir, `${item.name.replace(/[^A-Za-z0-9]+/g, "-")}.xlsx`);
      await writeFile(file, (await saveXlsx(item.workbook())).bytes);
      const io = captureIo();
      const code = await main(["validate", file], io);
      expect([0, 1, 2], item.name).toContain(code);
      expect(io.err.join("\n"), item.name).not.toMatch(/internal error/);
      if (code === 2) expect(io.err, item.name).toHaveLength(1);
    }
  }, 120_000);
});

describe("random hostile sheets (fast-check)", () => {
  it("never crash the reader, convert, validate or summarise, and lose no cell", async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(hostileSheet, async (drawn) => {
        tried += 1;
        const make = () => hostileWorkbook(drawn);
        const outcome = await runHostile("random", make, { sheet: "Messy", kind: "mentors", headerRow: drawn.titleRows + 1 });
        expect(outcome.crashes).toEqual([]);
        expect(outcome.cellsLost).toBe(0);
      }),
      { numRuns: 60 },
    );
    expect(tried).toBe(60);
  }, 300_000);
});
