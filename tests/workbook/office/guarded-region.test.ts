import { describe, expect, it } from "vitest";
import { coAuthorEdit, createMemoryContext, memoryWorkbookFromSpec } from "../../../src/workbook/memory";
import {
  WorkbookOperationError,
  assertRegionUnchanged,
  describeRegionChange,
  fingerprintGrid,
  fingerprintValues,
  readRegionFingerprint,
  readSheetGrid,
  writeBlock,
  writeIfUnchanged,
} from "../../../src/workbook/office";

const mentors = () =>
  memoryWorkbookFromSpec({
    sheets: [
      {
        name: "Mentors",
        rows: [
          ["Name", "County"],
          ["Achieng Otieno", "Kisumu"],
          ["Wanjiru Kamau", "Nyeri"],
        ],
        tables: [{ name: "MentorRegister", range: "A1:B3" }],
      },
    ],
  });

describe("region fingerprints", () => {
  it("tell the number 7 from the text 7, and a moved region from the same values elsewhere", () => {
    const rect = { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    const region = { kind: "sheet", sheet: "S" } as const;
    expect(fingerprintValues(region, "S", rect, [[7]]).hash).not.toBe(fingerprintValues(region, "S", rect, [["7"]]).hash);
    expect(fingerprintValues(region, "S", rect, [[7]]).hash).not.toBe(fingerprintValues(region, "S", { ...rect, row: 1 }, [[7]]).hash);
    expect(fingerprintValues(region, "S", rect, [["a", "b"]]).hash).not.toBe(fingerprintValues(region, "S", rect, [["ab", ""]]).hash);
  });

  it("are taken from a grid already read (no sync) and match a re-read of the same sheet", async () => {
    const context = createMemoryContext(mentors());
    const grid = await readSheetGrid(context, "Mentors");
    const before = context.stats.syncCount;
    const taken = fingerprintGrid(grid);
    expect(context.stats.syncCount).toBe(before);
    const again = await readRegionFingerprint(context, { kind: "sheet", sheet: "Mentors" });
    expect(context.stats.syncCount).toBe(before + 1);
    expect(again.hash).toBe(taken.hash);
  });

  it("say which rows were edited, added or removed, in Excel row numbers", () => {
    const region = { kind: "sheet", sheet: "Mentors" } as const;
    const rect = (rows: number) => ({ row: 0, column: 0, rowCount: rows, columnCount: 1 });
    const before = fingerprintValues(region, "Mentors", rect(3), [["a"], ["b"], ["c"]]);
    expect(describeRegionChange(before, fingerprintValues(region, "Mentors", rect(3), [["a"], ["B"], ["c"]]))).toBe("row 2 was edited");
    expect(describeRegionChange(before, fingerprintValues(region, "Mentors", rect(5), [["a"], ["b"], ["c"], ["d"], ["e"]]))).toBe("2 rows were added below");
    expect(describeRegionChange(before, fingerprintValues(region, "Mentors", rect(2), [["x"], ["b"]]))).toBe("row 1 was edited; 1 row was removed from the bottom");
    expect(describeRegionChange(before, before)).toBeUndefined();
  });
});

describe("assertRegionUnchanged / writeIfUnchanged", () => {
  it("let the write through in one extra sync when nobody changed the sheet", async () => {
    const workbook = mentors();
    const context = createMemoryContext(workbook);
    const read = fingerprintGrid(await readSheetGrid(context, "Mentors"));
    const syncs = context.stats.syncCount;
    await writeIfUnchanged(context, read, () => writeBlock(context, "Mentors", { row: 0, column: 2 }, [["Notes"]]), { action: "adding notes" });
    expect(context.stats.syncCount).toBe(syncs + 2);
    expect(workbook.sheet("Mentors").cellAt("C1")?.value).toBe("Notes");
  });

  it("stop with ChangedMeanwhile, naming the edited row, and write nothing over a co-author's edit", async () => {
    const workbook = mentors();
    const context = createMemoryContext(workbook);
    const read = fingerprintGrid(await readSheetGrid(context, "Mentors"));
    coAuthorEdit(workbook, "Mentors", "B3", [["Nyandarua"]]);
    const attempt = writeIfUnchanged(context, read, () => writeBlock(context, "Mentors", { row: 2, column: 1 }, [["Nyeri"]]), { action: "fixing counties" });
    await expect(attempt).rejects.toMatchObject({ code: "ChangedMeanwhile" });
    await expect(attempt).rejects.toThrow(/row 3 was edited.*nothing was written.*Run it again/);
    expect(workbook.sheet("Mentors").cellAt("B3")?.value).toBe("Nyandarua");
  });

  it("notice rows added below the region", async () => {
    const workbook = mentors();
    const context = createMemoryContext(workbook);
    const read = fingerprintGrid(await readSheetGrid(context, "Mentors"));
    coAuthorEdit(workbook, "Mentors", "A4:B4", [["Njeri Mwangi", "Nakuru"]]);
    await expect(assertRegionUnchanged(context, read, { action: "writing" })).rejects.toThrow(/1 row was added below/);
  });

  it("say that a sheet was renamed or deleted rather than failing with Excel's ItemNotFound", async () => {
    const workbook = mentors();
    const context = createMemoryContext(workbook);
    const read = fingerprintGrid(await readSheetGrid(context, "Mentors"));
    workbook.renameSheet(workbook.sheet("Mentors"), "Mentors (old)");
    const error = await assertRegionUnchanged(context, read, { action: "writing the register" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookOperationError);
    expect(error).toMatchObject({ code: "SheetNotFound" });
    expect((error as Error).message).toMatch(/"Mentors" was renamed or deleted while writing the register\. Nothing was written/);
  });

  it("fingerprint a table by name, and report a table renamed by hand", async () => {
    const workbook = mentors();
    const context = createMemoryContext(workbook);
    const region = { kind: "table", table: "MentorRegister" } as const;
    const read = await readRegionFingerprint(context, region);
    expect(read.rect).toEqual({ row: 0, column: 0, rowCount: 3, columnCount: 2 });
    expect(read.sheet).toBe("Mentors");
    const table = workbook.findTable("MentorRegister");
    if (!table) throw new Error("no table");
    workbook.renameTable(table, "Mentors2");
    await expect(assertRegionUnchanged(context, read, { action: "adding rows" })).rejects.toThrow(/table "MentorRegister" was renamed or deleted/);
  });

  it("read a table larger than one 5 MB response in bands", async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`mentor ${i}`, "x".repeat(40)]);
    const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Big", rows: [["Name", "Notes"], ...rows], tables: [{ name: "BigTable", range: "A1:B401" }] }] });
    const small = createMemoryContext(workbook, { maxResponseBytes: 8_000 });
    const banded = await readRegionFingerprint(small, { kind: "table", table: "BigTable" });
    const whole = await readRegionFingerprint(createMemoryContext(workbook), { kind: "table", table: "BigTable" });
    expect(banded.hash).toBe(whole.hash);
    expect(small.stats.syncCount).toBeGreaterThan(3);
  });
});
