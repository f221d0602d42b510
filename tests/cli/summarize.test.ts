// mentorship summarize on real .xlsx files: exit codes, the JSON contract (numbers, not text),
// the workbook it writes (summary sheets with charts), and LibreOffice opening it.
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { buildSampleWorkbookSpec } from "../../src/sample";
import { memoryWorkbookFromSpec } from "../../src/workbook/memory";
import { loadXlsx } from "../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../src/workbook/xlsx/save-xlsx";
import { SummaryJsonContract as Contract } from "../domain/summary/json-contract";
import { cleanProgrammeWorkbook } from "../operations/summarise/workbooks";
import { captureIo } from "./capture-io";

const run = promisify(execFile);
let dir = "";
let samplePath = "";
let cleanPath = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mentorship-summarize-"));
  samplePath = join(dir, "sample.xlsx");
  cleanPath = join(dir, "clean.xlsx");
  writeFileSync(samplePath, (await saveXlsx(memoryWorkbookFromSpec(buildSampleWorkbookSpec()))).bytes);
  writeFileSync(cleanPath, (await saveXlsx(cleanProgrammeWorkbook(3))).bytes);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("mentorship summarize", () => {
  it("exits 1 without writing when the registers have validation errors, saying how many and where to start", async () => {
    const io = captureIo();
    const out = join(dir, "blocked.xlsx");
    expect(await main(["summarize", samplePath, "--out", out], io)).toBe(1);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/^mentorship: cannot summarise .*sample\.xlsx: the registers have \d+ validation errors \(first: .+![A-Z]+\d+: .+\)\. Fix them, or add --include-errors/);
    expect(existsSync(out)).toBe(false);
  });

  it("prints the figures as JSON numbers with --json and writes the sheets and charts with --include-errors", async () => {
    const io = captureIo();
    const out = join(dir, "sample-summaries.xlsx");
    expect(await main(["summarize", samplePath, "--include-errors", "--json", "--out", out], io)).toBe(0);
    expect(io.out).toHaveLength(1);
    const json = Contract.parse(JSON.parse(io.out[0] ?? ""));
    expect(json.programme).toMatchObject({ mentors: 32, mentees: 32 });
    expect(json.phases.map((p) => [p.phase, p.counties.length, p.weeks, p.sessionHours])).toEqual([
      ["Phase 1", 10, 7, 1],
      ["Phase 2", 7, 7, 2],
    ]);
    expect(io.err.at(-1)).toMatch(/^Wrote Programme overview, Summary - Phase 1, Summary - Phase 2 with 8 charts to .*\. The registers have \d+ validation errors; the sheets say so\.$/);
    const bytes = readFileSync(out);
    const workbook = await loadXlsx(bytes);
    expect(workbook.sheets.map((s) => s.name).slice(-3)).toEqual(["Programme overview", "Summary - Phase 1", "Summary - Phase 2"]);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(8);
  });

  it("writes only the phases named, and regenerates them in place when run on its own output", async () => {
    const first = join(dir, "phase2.xlsx");
    const io = captureIo();
    expect(await main(["summarize", cleanPath, "--phase", "phase 2", "--json", "--out", first], io)).toBe(0);
    expect(Contract.parse(JSON.parse(io.out[0] ?? "")).phases.map((p) => p.phase)).toEqual(["Phase 2"]);
    const again = join(dir, "phase2-again.xlsx");
    const io2 = captureIo();
    expect(await main(["summarize", first, "--phase", "Phase 2", "--phase", "1", "--out", again], io2)).toBe(0);
    expect(io2.out[0]).toMatch(/^Wrote Summary - Phase 1, Summary - Phase 2 \(replaced\) with 6 charts to /);
    const names = (await loadXlsx(readFileSync(again))).sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("Summary"))).toEqual(["Summary - Phase 2", "Summary - Phase 1"]);
  });

  it("exits 2 for an unknown phase, naming the phases there are", async () => {
    const io = captureIo();
    expect(await main(["summarize", cleanPath, "--phase", "Phase 9", "--out", join(dir, "x.xlsx")], io)).toBe(2);
    expect(io.err).toEqual([
      `mentorship: cannot summarise ${cleanPath}: There is no phase “Phase 9” in the registers. The phases are “Phase 1”, “Phase 2”. Name a phase as the Phases register spells it (Phase 1, phase-1 and 1 are the same phase).`,
    ]);
  });

  it("exits 2 without --out, or with an output that is not .xlsx, before reading anything", async () => {
    const io = captureIo();
    expect(await main(["summarize", cleanPath], io)).toBe(2);
    expect(io.err).toEqual(["mentorship: missing --out FILE (where to write the workbook with its summaries) (see mentorship summarize --help)"]);
    const io2 = captureIo();
    expect(await main(["summarize", join(dir, "missing.xlsx"), "--out", "report.pdf"], io2)).toBe(2);
    expect(io2.err).toEqual(["mentorship: cannot write report.pdf: the output must be an .xlsx file"]);
  });

  it("opens in LibreOffice: the output converts to a PDF with pages", async () => {
    const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
    if (probe.error || probe.status !== 0) throw new Error("LibreOffice is required for this test but `soffice` could not be run. Install it (e.g. apt-get install libreoffice-calc).");
    const out = join(dir, "for-libreoffice.xlsx");
    expect(await main(["summarize", cleanPath, "--out", out], captureIo())).toBe(0);
    const profile = pathToFileURL(join(dir, "profile")).href;
    await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, out], { timeout: 120_000 });
    const pdf = readFileSync(join(dir, "for-libreoffice.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  }, 150_000);
});
