// Our charts as another spreadsheet program reads them: LibreOffice opens a saved summary
// workbook, keeps every chart with the same cell references when it saves it again, and
// prints it to PDF. LibreOffice must be installed (CI installs it); without it this fails, saying so.
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarise } from "../../../../src/operations/summarise";
import { createMemoryContext } from "../../../../src/workbook/memory/context";
import { saveXlsx } from "../../../../src/workbook/xlsx/save-xlsx";
import { cleanProgrammeWorkbook } from "../../../operations/summarise/workbooks";

const run = promisify(execFile);
let dir = "";
let ours: JSZip;

async function soffice(args: string[], outdir: string): Promise<void> {
  const profile = pathToFileURL(join(dir, "profile")).href;
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", ...args, "--outdir", outdir], { timeout: 120_000 });
}

/** Every series reference of every chart part, in part order. */
async function references(zip: JSZip): Promise<string[][]> {
  const paths = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  return Promise.all(
    paths.map(async (p) => {
      const xml = (await zip.file(p)?.async("string")) ?? "";
      return [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => (m[1] ?? "").replace(/&apos;/g, "'")).filter((f) => f.includes("!"));
    }),
  );
}

beforeAll(async () => {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new Error("LibreOffice is required for these tests but `soffice` could not be run. Install it (e.g. apt-get install libreoffice-calc).");
  dir = mkdtempSync(join(tmpdir(), "xlsx-charts-"));
  const workbook = cleanProgrammeWorkbook(3);
  const result = await summarise(createMemoryContext(workbook));
  if (result.status !== "written") throw new Error("the clean programme should summarise");
  const saved = await saveXlsx(workbook);
  writeFileSync(join(dir, "summary.xlsx"), saved.bytes);
  ours = await JSZip.loadAsync(saved.bytes);
  await soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", join(dir, "summary.xlsx")], join(dir, "resaved"));
  await soffice(["--convert-to", "pdf", join(dir, "summary.xlsx")], dir);
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("summary charts in LibreOffice", () => {
  it("keeps all eight charts, each drawing the same cells, when it saves the workbook again", async () => {
    const resaved = await JSZip.loadAsync(readFileSync(join(dir, "resaved", "summary.xlsx")));
    const before = await references(ours);
    expect(before).toHaveLength(8);
    const after = await references(resaved);
    expect(after.map((refs) => [...refs].sort())).toEqual(before.map((refs) => [...refs].sort()));
  });

  it("prints the workbook to PDF", () => {
    const pdf = readFileSync(join(dir, "summary.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });
});
