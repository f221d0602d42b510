// Files given to the command line that are not .xlsx workbooks, or not whole ones: each is
// refused with exit code 2 and one line saying what the file is and how to get an .xlsx from
// it, or, for CSV, read so that `validate data.csv` gives what the same cells in an .xlsx give.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { buildSampleWorkbookSpec } from "../../src/sample";
import { MemoryWorkbook, memoryWorkbookFromSpec } from "../../src/workbook/memory";
import { saveXlsx } from "../../src/workbook/xlsx/save-xlsx";
import { captureIo } from "./capture-io";

const run = promisify(execFile);
let dir: string;
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

/** An OLE compound file holding an EncryptedPackage stream: what Excel writes for a password to open. */
function encryptedWorkbook(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(Buffer.from("EncryptionInfo", "utf16le"), 1024);
  bytes.set(Buffer.from("EncryptedPackage", "utf16le"), 1152);
  return bytes;
}

/** A ZIP whose one part says it holds 1,000 bytes but inflates to 2 MB: a lying zip bomb. */
async function lyingZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("xl/workbook.xml", new Uint8Array(2_000_000), { createFolders: false });
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
  const view = new DataView(bytes.buffer);
  for (let at = 0; at < bytes.length - 4; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, 1_000, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, 1_000, true);
  }
  return bytes;
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
  await writeFile(file("truncated.xlsx"), xlsx.subarray(0, Math.floor(xlsx.length / 2)));
  const corrupt = new Uint8Array(xlsx);
  for (let i = 2_000; i < 2_400; i++) corrupt[i] = (corrupt[i] ?? 0) ^ 0x5a;
  await writeFile(file("corrupt.xlsx"), corrupt);
  await writeFile(file("report.pdf.xlsx"), Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "latin1"));
  await writeFile(file("random.xlsx"), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
  await writeFile(file("empty.xlsx"), new Uint8Array(0));
  await writeFile(file("locked.xlsx"), encryptedWorkbook());
  await writeFile(file("notes.xlsx"), "These are my notes, not a workbook.\n");
  const word = new JSZip();
  word.file("word/document.xml", "<w:document/>");
  await writeFile(file("letter.xlsx"), await word.generateAsync({ type: "uint8array" }));
  // A real bomb: 60 MB of zeros compressed about 1,000 times, sizes declared honestly.
  const bomb = new JSZip();
  bomb.file("xl/worksheets/sheet1.xml", new Uint8Array(60_000_000));
  await writeFile(file("bomb.xlsx"), await bomb.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } }));
  await writeFile(file("liar.xlsx"), await lyingZip());
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
  const cases: Array<[string, RegExp]> = [
    ["empty.xlsx", /the file is empty/],
    ["truncated.xlsx", /damaged or incomplete.*copy it again/],
    ["corrupt.xlsx", /damaged or incomplete/],
    ["report.pdf.xlsx", /PDF document, not a workbook/],
    ["random.xlsx", /not a spreadsheet file/],
    ["locked.xlsx", /protected with a password.*remove the password/],
    ["people.xls", /Excel 97-2003 workbook \(\.xls\).*save it as an Excel Workbook \(\.xlsx\)/],
    ["people.ods", /OpenDocument spreadsheet \(\.ods\).*save it as an Excel Workbook \(\.xlsx\)/],
    ["notes.xlsx", /text file, not a workbook.*\.csv name/],
    ["letter.xlsx", /Word document, not a workbook/],
    ["bomb.xlsx", /compressed [\d,]+ times.*zip bomb.*not opened/],
    ["liar.xlsx", /expands beyond the .* it declares.*zip bomb/],
  ];
  it.each(cases)("%s: exit 2 and one line saying what it is and what to do", async (name, message) => {
    const { code, err, out } = await refusal(file(name));
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(new RegExp(`^mentorship: cannot read .*${name.replace(/[.]/g, "\\.")}: `));
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toMatch(/\n|at .*\.ts:\d+|internal error/);
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
