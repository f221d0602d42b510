// Files given to the command line that are not .xlsx workbooks, or not whole ones: each is
// refused with exit code 2 and one line saying what the file is and how to get an .xlsx from
// it, or, for CSV, read so that `validate data.csv` gives what the same cells in an .xlsx give.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { buildSampleWorkbookSpec } from "../../src/sample";
import { MemoryWorkbook, memoryWorkbookFromSpec } from "../../src/workbook/memory";
import { saveXlsx } from "../../src/workbook/xlsx/save-xlsx";
import { badFiles } from "../robustness/corpus/bad-files";
import { captureIo } from "./capture-io";

const run = promisify(execFile);
let dir: string;
/** Each bad file and what its refusal must say (.xls and .ods made by LibreOffice below). */
const cases: Array<[string, RegExp]> = [
  ["people.xls", /Excel 97-2003 workbook \(\.xls\).*save it as an Excel Workbook \(\.xlsx\)/],
  ["people.ods", /OpenDocument spreadsheet \(\.ods\).*save it as an Excel Workbook \(\.xlsx\)/],
];
const file = (name: string) => join(dir, name);

/** The sample's mentor sheet as the rows of text a CSV holds. */
function mentorRows(): string[][] {
  const workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec(), { dateOrder: "DMY" });
  const sheet = workbook.sheet("Mentors list 2016");
  const used = sheet.usedRect(true);
  if (!used) throw new Error("empty sample sheet");
  return sheet.valuesIn(`A1:${String.fromCharCode(64 + used.columnCount)}${used.rowCount}`).map((row) => row.map((v) => String(v)));
}

function csvOf(rows: string[][], delimiter = ","): string {
  const quote = (v: string) => (/[",;\t\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(quote).join(delimiter)).join("\r\n");
}

async function soffice(args: string[]): Promise<void> {
  const profile = `file://${join(dir, "lo-profile")}`;
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", ...args, "--outdir", dir], { timeout: 120_000 });
}

async function refusal(path: string): Promise<{ code: number; err: string[]; out: string[] }> {
  const io = captureIo();
  const code = await main(["validate", path], io);
  return { code, err: io.err, out: io.out };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mentorship-robust-cli-"));
  const xlsx = (await saveXlsx(memoryWorkbookFromSpec(buildSampleWorkbookSpec(), { dateOrder: "DMY" }))).bytes;
  await writeFile(file("sample.xlsx"), xlsx);
  for (const bad of await badFiles(xlsx)) {
    await writeFile(file(bad.name), bad.bytes);
    cases.push([bad.name, bad.expect]);
  }
  const rows = mentorRows();
  await writeFile(file("Mentors list.csv"), csvOf(rows));
  await writeFile(file("Mentors semicolons.csv"), `\ufeff${csvOf(rows, ";")}`);
  const asText = new MemoryWorkbook();
  const sheet = asText.addSheet("Mentors list");
  rows.forEach((row, r) => row.forEach((v, c) => v !== "" && sheet.setRawValue(r, c, v)));
  await writeFile(file("Mentors list.xlsx"), (await saveXlsx(asText)).bytes);
  await writeFile(file("people.csv"), "Name,County\nAchieng,Kisumu\n");
  await soffice(["--infilter=CSV:44,34,76,1", "--convert-to", "xls", file("people.csv")]);
  await soffice(["--infilter=CSV:44,34,76,1", "--convert-to", "ods", file("people.csv")]);
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("files that are not .xlsx workbooks", () => {
  it("refuses each with exit 2 and one line saying what it is and what to do", async () => {
    expect(cases.length).toBe(12);
    for (const [name, message] of cases) {
      const { code, err, out } = await refusal(file(name));
      expect(code, name).toBe(2);
      expect(out, name).toEqual([]);
      expect(err, name).toHaveLength(1);
      expect(err[0], name).toMatch(new RegExp(`^mentorship: cannot read .*${name.replace(/[.]/g, "\\.")}: `));
      expect(err[0], name).toMatch(message);
      expect(err[0], name).not.toMatch(/\n|at .*\.ts:\d+|internal error/);
    }
  });

  it("a missing file and a folder are told apart", async () => {
    expect((await refusal(file("nothing-here.xlsx"))).err[0]).toMatch(/no such file/);
    expect((await refusal(dir)).err[0]).toMatch(/it is a folder/);
  });
});

describe("CSV files", () => {
  const json = async (path: string) => {
    const io = captureIo();
    const code = await main(["validate", path, "--json"], io);
    return { code, result: JSON.parse(io.out.join("")) as { issues: Array<Record<string, unknown>>; counts: unknown; registers: unknown } };
  };

  it("validates a CSV exactly as the same cells in an .xlsx workbook", async () => {
    const csv = await json(file("Mentors list.csv"));
    const xlsx = await json(file("Mentors list.xlsx"));
    expect(csv.code).toBe(xlsx.code);
    expect(csv.result.issues.length).toBeGreaterThan(0);
    expect(csv.result).toEqual(xlsx.result);
  });

  it("reads semicolon-separated CSV with a byte-order mark the same way", async () => {
    const semicolons = await json(file("Mentors semicolons.csv"));
    const commas = await json(file("Mentors list.csv"));
    const bySheet = (r: typeof commas.result) => r.issues.map((i) => ({ ...i, sheet: "", message: String(i.message).replace(/Mentors (semicolons|list)/g, "") }));
    expect(bySheet(semicolons.result)).toEqual(bySheet(commas.result));
  });
});
