import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { buildSampleWorkbookSpec, type WorkbookSpec } from "../../src/sample";
import { memoryWorkbookFromSpec } from "../../src/workbook/memory";
import { loadXlsx } from "../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../src/workbook/xlsx/save-xlsx";
import { captureIo } from "./capture-io";

async function fileOf(spec: WorkbookSpec, name = "office.xlsx"): Promise<{ dir: string; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), "mentorship-convert-"));
  const path = join(dir, name);
  await writeFile(path, (await saveXlsx(memoryWorkbookFromSpec(spec))).bytes);
  return { dir, path };
}

async function load(path: string) {
  return loadXlsx(new Uint8Array(await readFile(path)));
}

const PEOPLE: WorkbookSpec = {
  sheets: [{ name: "People", rows: [["Name", "County", "Phone"], ["Achieng Otieno", "Homabay", "0712 345 678"], ["=Wanjiru Kamau", "Atlantis", "12345"]] }],
};

describe("mentorship convert", () => {
  it("converts every sheet that looks like a register into a new file beside the input, and says what it did", async () => {
    const { dir, path } = await fileOf(buildSampleWorkbookSpec());
    const original = await readFile(path);
    const io = captureIo();
    expect(await main(["convert", path], io)).toBe(0);
    const out = join(dir, "office-registers.xlsx");
    expect((await readFile(path)).equals(original)).toBe(true);
    const workbook = await load(out);
    expect(workbook.allTables().map((t) => t.name).sort()).toEqual(["EvaluationsRegister", "GoalsRegister", "MenteesRegister", "MentorsRegister", "PairsRegister", "PhasesRegister", "SessionsRegister"]);
    expect(workbook.sheet("Mentors register").cellAt("A1")?.value).toBe("Mentor ID");
    const text = io.out.join("\n");
    expect(text).toContain("“Mentors list 2016” -> Mentors register (sheet “Mentors register”, table MentorsRegister): 33 rows.");
    expect(text).toMatch(/Register detected as Mentors \(\d+% sure; next Mentees \d+%\)/);
    expect(text).toContain("B “Name of Mentor” -> Full name (100%)");
    expect(text).toContain("E30: “Taita-Taveta” -> “Taita Taveta”");
    // The sample's mess is all of a kind the add-in reads; see the next tests for what it cannot.
    expect(text).toContain("Could not normalise: nothing; every value was read.");
    expect(text).toContain(`Wrote ${out}; ${path} was not changed.`);
    expect(io.err).toEqual([]);
    expect(io.progressCalls).toBeGreaterThan(0);
  });

  it("converts only the sheets named with --sheet, repeated", async () => {
    const { dir, path } = await fileOf(buildSampleWorkbookSpec());
    const io = captureIo();
    expect(await main(["convert", path, "--sheet", "Mentors list 2016", "--sheet", "mentees", "--out", join(dir, "two.xlsx")], io)).toBe(0);
    const workbook = await load(join(dir, "two.xlsx"));
    expect(workbook.allTables().map((t) => t.name).sort()).toEqual(["MenteesRegister", "MentorsRegister"]);
  });

  it("refuses with exit 2 when the register is unsure, and converts with --as", async () => {
    const { dir, path } = await fileOf(PEOPLE);
    const io = captureIo();
    expect(await main(["convert", path], io)).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/^mentorship: Sheet “People” could be the \w+ or the \w+ register .* Say which it is: run again with --sheet "People" --as \w+, or --sheet "People" --as \w+\.$/);
    expect(existsSync(join(dir, "office-registers.xlsx"))).toBe(false);
    // The command it suggests, copied as it is, converts.
    const suggested = /run again with (--sheet "People" --as \w+),/.exec(io.err[0] ?? "")?.[1]?.split(" ") ?? [];
    expect(await main(["convert", path, ...suggested.map((word) => word.replace(/"/g, "")), "--out", join(dir, "suggested.xlsx")], captureIo())).toBe(0);

    const io2 = captureIo();
    expect(await main(["convert", path, "--as", "mentees"], io2)).toBe(0);
    const workbook = await load(join(dir, "office-registers.xlsx"));
    const headers = workbook.sheet("Mentees register").valuesIn("A1:R1")[0] ?? [];
    const row = workbook.sheet("Mentees register").valuesIn("A2:R2")[0] ?? [];
    expect(row[headers.indexOf("County")]).toBe("Homa Bay");
    expect(row[headers.indexOf("Phone")]).toBe("+254712345678");
    // What could not be read is kept exactly as typed, and said, with its cell and the fix.
    const third = workbook.sheet("Mentees register").valuesIn("A3:R3")[0] ?? [];
    expect(third[headers.indexOf("County")]).toBe("Atlantis");
    expect(third[headers.indexOf("Full name")]).toBe("=Wanjiru Kamau");
    expect(workbook.sheet("Mentees register").cellAt(`B3`)?.formula).toBeUndefined();
    const text = io2.out.join("\n");
    expect(text).toContain("Could not normalise 2 values (kept exactly as typed):");
    expect(text).toMatch(/B3 \(County\): “Atlantis” is not one of Kenya's 47 counties/);
    expect(text).toMatch(/C3 \(Phone\): .*12345/);
  });

  it("adds new rows to an existing register, and needs --replace when rows would change", async () => {
    const { dir, path } = await fileOf(buildSampleWorkbookSpec());
    const first = join(dir, "first.xlsx");
    expect(await main(["convert", path, "--sheet", "Mentors list 2016", "--out", first], captureIo())).toBe(0);
    const edited = await load(first);
    edited.sheet("Mentors register").setRawValue(1, 1, "Daniel O. Agola");
    await writeFile(first, (await saveXlsx(edited)).bytes);

    const io = captureIo();
    const second = join(dir, "second.xlsx");
    expect(await main(["convert", first, "--sheet", "Mentors list 2016", "--out", second], io)).toBe(2);
    expect(io.err[0]).toContain("the Mentors register in");
    expect(io.err[0]).toContain("(e.g. B2, Full name: register “Daniel O. Agola”, source gives “Daniel Okoth Agola”)");
    expect(io.err[0]).toContain("Nothing was written. Run again with --replace");
    expect(existsSync(second)).toBe(false);

    const io2 = captureIo();
    expect(await main(["convert", first, "--sheet", "Mentors list 2016", "--out", second, "--replace"], io2)).toBe(0);
    expect((await load(second)).sheet("Mentors register").cellAt("B2")?.value).toBe("Daniel Okoth Agola");
    expect(io2.out.join("\n")).toContain("33 rows from this sheet written (1 replaced, 0 removed, 0 new); 0 rows from other sheets or typed into the register kept.");

    // Converting the result again with nothing new adds nothing and needs no --replace.
    const third = join(dir, "third.xlsx");
    const io3 = captureIo();
    expect(await main(["convert", second, "--sheet", "Mentors list 2016", "--out", third], io3)).toBe(0);
    expect(io3.out.join("\n")).toContain("MentorsRegister): 0 rows added; the 33 rows already there kept as they were.");
  });

  it("counts what it did to confidential session notes but never prints them, in the report or a refusal", async () => {
    const secret = "disclosed a family illness";
    const { dir, path } = await fileOf({
      sheets: [
        {
          name: "Session logs",
          rows: [
            ["Pair No.", "Name of Mentor", "Mentee", "Week", "Date of session", "Session held", "Session notes"],
            ["P1-01", "Achieng Otieno", "Barasa Wafula", 1, "06/02/2017", "Y", `  Mentee  ${secret}; keep private `],
            ["P1-01", "Achieng Otieno", "Barasa Wafula", 2, "13/02/2017", "Y", `Mentee ${secret}, again`],
          ],
        },
      ],
    });
    const first = join(dir, "first.xlsx");
    const io = captureIo();
    expect(await main(["convert", path, "--out", first], io)).toBe(0);
    const text = io.out.join("\n");
    expect(text).toContain("    Session notes: 1 (extra spaces removed 1)\n      (confidential: the values are not shown)");
    expect(text).not.toContain(secret);
    // The register keeps the notes: they are the register's to hold, not the report's to print.
    const edited = await load(first);
    const notesColumn = (edited.sheet("Sessions register").valuesIn("A1:Z1")[0] ?? []).indexOf("Session notes");
    expect(String((edited.sheet("Sessions register").valuesIn("A2:Z2")[0] ?? [])[notesColumn])).toContain(secret);
    edited.sheet("Sessions register").setRawValue(1, notesColumn, `Mentee ${secret} (edited)`);
    await writeFile(first, (await saveXlsx(edited)).bytes);
    const refused = captureIo();
    expect(await main(["convert", first, "--sheet", "Session logs", "--out", join(dir, "second.xlsx")], refused)).toBe(2);
    expect(refused.err[0]).toContain("Session notes: confidential text, not shown)");
    expect(refused.err[0]).not.toContain(secret);
  });

  it("writes over the input only when --out names it, and never over an existing default output", async () => {
    const { dir, path } = await fileOf(PEOPLE);
    await writeFile(join(dir, "office-registers.xlsx"), "keep me");
    const io = captureIo();
    expect(await main(["convert", path, "--as", "mentees"], io)).toBe(2);
    expect(io.err[0]).toContain("office-registers.xlsx already exists; name the output with --out");
    expect(await readFile(join(dir, "office-registers.xlsx"), "utf8")).toBe("keep me");

    const io2 = captureIo();
    expect(await main(["convert", path, "--as", "mentees", "--out", path], io2)).toBe(0);
    expect((await load(path)).allTables().map((t) => t.name)).toEqual(["MenteesRegister"]);
    expect(io2.out.at(-1)).toBe(`Wrote ${path} (replacing it, as --out named it).`);
  });

  it("says what is wrong with bad usage, in one line", async () => {
    const { dir, path } = await fileOf(PEOPLE);
    const cases: Array<[string[], RegExp]> = [
      [["convert", path, "--as", "mentor"], /--as must be one of phases, mentors, mentees, pairs, sessions, goals, evaluations, not "mentor"/],
      [["convert", path, "--sheet", "Staff"], /has no sheet named “Staff”; its sheets are “People”/],
      [["convert", path, "--as", "mentees", "--out", "x.csv"], /cannot write x\.csv: the output must be an \.xlsx file/],
      [["convert"], /missing FILE/],
      // Refused before converting, in words rather than Node's "ENOENT: no such file or directory, open ...".
      [["convert", path, "--as", "mentees", "--out", join(dir, "no such folder", "x.xlsx")], /cannot write .*x\.xlsx: the folder .*no such folder does not exist; create it, or name a file in an existing folder with --out$/],
      [["convert", path, "--as", "mentees", "--out", join(dir, "a folder.xlsx")], /cannot write .*a folder\.xlsx: it is a folder; name a file with --out/],
    ];
    await mkdir(join(dir, "a folder.xlsx"));
    for (const [argv, message] of cases) {
      const io = captureIo();
      expect(await main(argv, io), argv.join(" ")).toBe(2);
      expect(io.err).toHaveLength(1);
      expect(io.err[0]).toMatch(message);
    }
  });

  it("documents the repeatable --sheet in its help", async () => {
    const io = captureIo();
    expect(await main(["convert", "--help"], io)).toBe(0);
    expect(io.out[0]).toContain("Usage: mentorship convert FILE [--sheet NAME]... [--as mentors|mentees|phases|pairs|sessions|goals|evaluations] [--out FILE] [--replace]");
    expect(io.out[0]).toMatch(/--sheet NAME\.\.\.\s+A sheet to convert/);
  });
});
