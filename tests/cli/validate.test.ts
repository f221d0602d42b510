import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { isValidationMark } from "../../src/operations/validate";
import { buildSampleWorkbookSpec } from "../../src/sample";
import { memoryWorkbookFromSpec, type WorkbookSpec } from "../../src/workbook/memory";
import { loadXlsx } from "../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../src/workbook/xlsx/save-xlsx";
import { captureIo } from "./capture-io";

const run = promisify(execFile);
let dir: string;
let sample: string;
let clean: string;

async function writeWorkbook(path: string, spec: WorkbookSpec): Promise<void> {
  await writeFile(path, (await saveXlsx(memoryWorkbookFromSpec(spec))).bytes);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mentorship-validate-"));
  sample = join(dir, "sample.xlsx");
  clean = join(dir, "clean.xlsx");
  await writeWorkbook(sample, buildSampleWorkbookSpec());
  // One mentor with a phone to tidy: a warning, no error.
  await writeWorkbook(clean, {
    sheets: [{
      name: "Mentors",
      rows: [
        ["Mentor ID", "Full name", "Phone", "Years of HR experience", "Sensitisation attended", "Confidentiality agreed", "IHRM membership no.", "Skills"],
        ["MR-01", "Achieng Otieno", "0712 345 678", 12, "Yes", "Yes", "IHRM/1", "Recruitment"],
      ],
    }],
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("mentorship validate", () => {
  it("lists each problem with its sheet, cell and fix, and exits 1 when there are errors", async () => {
    const io = captureIo();
    expect(await main(["validate", sample], io)).toBe(1);
    const out = io.out.join("\n");
    expect(out).toContain("ERROR    Mentors list 2016!I36  mentor.experience.minimum");
    expect(out).toMatch(/ {2}Fix: /);
    expect(out.split("\n").at(-1) ?? "").toMatch(/^\d+ errors, \d+ warnings; \d+ rows checked \(Phases 2, Mentors 33, /);
    expect(io.err).toEqual([]);
  });

  it("exits 0 when there are only warnings", async () => {
    const io = captureIo();
    expect(await main(["validate", clean], io)).toBe(0);
    expect(io.out.join("\n")).toContain("warning  Mentors!C2  field.normalised");
  });

  it("names the sheets it could not check and how to convert them, so 0 errors is not taken for all clear", async () => {
    const odd = join(dir, "odd.xlsx");
    await writeWorkbook(odd, { sheets: [{ name: "Staff 2017", rows: [["Fruit", "Price"], ["Apple", 3]] }] });
    const io = captureIo();
    expect(await main(["validate", odd], io)).toBe(0);
    const lines = io.out.join("\n").split("\n");
    expect(lines[0]).toMatch(/^Not checked: Sheet “Staff 2017” .*not read as a register\./);
    expect(lines[0]).toContain(`mentorship convert ${odd} --sheet "Staff 2017" --as KIND (phases, mentors, mentees, pairs, sessions, goals, evaluations)`);
    expect(lines.at(-1)).toBe("0 errors, 0 warnings; no registers found.");
    // The sample's sheets are all registers: nothing is said about them.
    const sampleIo = captureIo();
    await main(["validate", sample], sampleIo);
    expect(sampleIo.out.join("\n")).not.toContain("Not checked:");
  });

  it("prints one JSON object with exactly the documented keys", async () => {
    const io = captureIo();
    expect(await main(["validate", sample, "--json"], io)).toBe(1);
    expect(io.out).toHaveLength(1);
    const json = JSON.parse(io.out[0] ?? "") as { issues: Array<Record<string, unknown>>; counts: Record<string, number>; registers: Record<string, Record<string, unknown>> };
    expect(Object.keys(json)).toEqual(["issues", "counts", "registers"]);
    expect(Object.keys(json.counts)).toEqual(["errors", "warnings"]);
    expect(json.counts.errors).toBe(json.issues.filter((i) => i.severity === "error").length);
    for (const issue of json.issues) {
      expect(Object.keys(issue)).toEqual(["severity", "rule", "register", "sheet", "row", "column", "cell", "field", "value", "message", "fix"]);
    }
    const experience = json.issues.find((i) => i.rule === "mentor.experience.minimum");
    expect(experience).toMatchObject({ severity: "error", register: "mentors", sheet: "Mentors list 2016", row: 36, column: 9, cell: "I36", field: "yearsExperience", value: "4" });
    expect(json.registers.mentors).toEqual({ sheet: "Mentors list 2016", rows: 33 });
    expect(Object.keys(json.registers)).toEqual(["phases", "mentors", "mentees", "pairs", "sessions", "goals", "evaluations"]);
  });

  it("with --out writes a copy with the issues sheet and the marks, never touching the input", async () => {
    const before = await readFile(sample);
    const out = join(dir, "checked.xlsx");
    const io = captureIo();
    expect(await main(["validate", sample, "--json", "--out", out], io)).toBe(1);
    expect(JSON.parse(io.out[0] ?? "{}")).toHaveProperty("issues");
    expect(io.err.join("\n")).toMatch(/Wrote .*checked\.xlsx: the 'Validation issues' sheet and \d+ marked cells/);
    expect(Buffer.compare(await readFile(sample), before)).toBe(0);

    const copy = await loadXlsx(new Uint8Array(await readFile(out)));
    const issues = copy.sheet("Validation issues");
    expect(String(issues.cellAt("A1")?.value)).toContain("Validation issues, 26 Nov 2026");
    expect(copy.findTable("ValidationIssues")).toBeDefined();
    const marks = copy.sheet("Mentors list 2016").conditionalFormats.filter((cf) => isValidationMark({ type: cf.type, formula: cf.formula ?? "", fill: cf.style.fillColor, font: cf.style.fontColor }));
    expect(marks.length).toBeGreaterThan(0);
  });

  it("refuses to write over the workbook it validates", async () => {
    const io = captureIo();
    expect(await main(["validate", sample, "--out", sample], io)).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toContain("never changed");
  });

  it("exits 2 with one line on stderr for a file it cannot read", async () => {
    const notes = join(dir, "notes.xlsx");
    await writeFile(notes, "not a workbook");
    const io = captureIo();
    expect(await main(["validate", notes], io)).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/^mentorship: cannot read .*notes\.xlsx: /);
    const missing = captureIo();
    expect(await main(["validate", join(dir, "nowhere.xlsx")], missing)).toBe(2);
    expect(missing.err[0]).toContain("no such file");
  });

  it("returns its exit code to the shell", async () => {
    const result = await run("node", ["bin/mentorship.js", "validate", sample, "--json"]).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
