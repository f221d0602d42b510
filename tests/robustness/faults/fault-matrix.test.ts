// The fault matrix as a test: every write operation, every fault at every point it can meet it
// (see matrix.ts). Nothing half-written, no data lost, every stop told as an actionable message.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatReport, robustnessReport } from "../report";
import { type FaultResult, runFaultMatrix, summariseMatrix } from "./matrix";
import { writeOperations } from "./operations";
import { runTwoWrites, type TwoWritesResult } from "./two-writes";

let results: FaultResult[] = [];
let twoWrites: TwoWritesResult[] = [];

beforeAll(async () => {
  results = await runFaultMatrix(await writeOperations());
  twoWrites = (await runTwoWrites()).results;
}, 600_000);

const judged = () => results.filter((r) => !r.inLastRoundTrip);

/**
 * Every file of src/operations that writes to the workbook, with the matrix's cases that run
 * its writes. A new writer fails the test below until it is put under the matrix here.
 */
const WRITERS: Record<string, readonly string[]> = {
  "convert/convert-sheet.ts": ["convert (first conversion)", "convert again (replace)", "convert again (add new rows only)", "convert again (new rows below formulas)"],
  "pair/accept.ts": ["pair accept (new Pairs register)", "pair accept (append)"],
  "pair/choices.ts": ["pairing choices: saved with a run (new sheet)", "pairing choices: saved with a run (append)", "pairing choices: remove"],
  "pair/register-table.ts": ["pair accept (append)", "pairing run log (append)", "pairing choices: remove"],
  "pair/run-log.ts": ["pairing run log", "pairing run log (append)"],
  "summarise/apply.ts": ["summarise", "summarise again (regenerate in place)"],
  "validate/fixes.ts": ["validate: safe fixes"],
  "validate/issues-sheet.ts": ["validate: issues sheet export", "validate: issues sheet export again (replace)"],
  "validate/marks.ts": ["validate: marks on", "validate: marks off"],
  "validate/settings-sheet.ts": ["settings sheet creation"],
};
const WRITES = /\b(writeTable|appendRowsBelowTable|replaceSheetAtomically|writeBlock|appendToRegisterTable|rewriteRegisterTable)\(|\.values = |conditionalFormats\.add|\.delete\(\)|\.hyperlink = |worksheets\.add\(/;

function writingFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && WRITES.test(readFileSync(join(root, file), "utf8")))
    .map((file) => file.split("\\").join("/"))
    .sort();
}
const show = (rs: readonly FaultResult[]) => rs.map((r) => `${r.operation} | ${r.fault} | ${r.outcome} | ${r.message ?? ""}`).join("\n");

describe("the fault matrix", () => {
  it("runs every file of src/operations that writes to the workbook", async () => {
    expect(writingFiles(join(__dirname, "../../../src/operations"))).toEqual(Object.keys(WRITERS).sort());
    const names = new Set((await writeOperations()).map((o) => o.name));
    for (const [file, cases] of Object.entries(WRITERS)) for (const name of cases) expect(names, `${file}: ${name}`).toContain(name);
  });

  it("covers every write operation with every kind of fault", async () => {
    const operations = (await writeOperations()).map((o) => o.name);
    for (const name of operations) {
      const kinds = new Set(results.filter((r) => r.operation === name).map((r) => r.kind));
      for (const kind of ["sync fails", "connection lost", "request over 5 MB"] as const) expect(kinds, `${name}: ${kind}`).toContain(kind);
      // A sheet the operation only creates cannot be protected before it exists.
      if (kinds.has("sheet renamed")) expect(kinds, `${name}: sheet protected`).toContain("sheet protected");
    }
    expect(results.filter((r) => r.kind === "sheet deleted").length).toBeGreaterThan(10);
    expect(results.filter((r) => r.kind === "sheet renamed").length).toBeGreaterThan(10);
    expect(results.filter((r) => r.kind === "table renamed").length).toBeGreaterThan(5);
    expect(results.filter((r) => r.kind === "co-author edit").length).toBeGreaterThan(5);
  });

  it("leaves every workbook exactly as before or exactly as a fault-free run, never half-written", () => {
    const half = judged().filter((r) => r.outcome === "half-written");
    expect(show(half)).toBe("");
    expect(judged().filter((r) => r.outcome === "rolled back").length).toBeGreaterThan(100);
    expect(judged().filter((r) => r.outcome === "completed").length).toBeGreaterThan(20);
  });

  it("loses no cell and overwrites no co-author's edit", () => {
    const summary = summariseMatrix(results);
    expect(summary.cellsLost).toBe(0);
    expect(summary.editsOverwritten).toBe(0);
  });

  it("tells the officer what happened and what to do whenever it stops", () => {
    const stopped = judged().filter((r) => r.message !== undefined);
    expect(stopped.length).toBeGreaterThan(100);
    expect(show(stopped.filter((r) => r.badMessage !== undefined))).toBe("");
  });

  it("reports apart only a colleague's edit, protection or filter landing in the last round trip", () => {
    const window = results.filter((r) => r.inLastRoundTrip);
    for (const r of window) expect(["co-author edit", "sheet protected", "table filtered"]).toContain(r.kind);
    // Office.js has no compare-and-swap: these are listed by the report, not hidden.
    expect(summariseMatrix(results).lastRoundTrip.injected).toBe(window.length);
  });
});

describe("the robustness report (npm run report:robustness)", () => {
  it("prints the matrix's figures with hostile inputs tried, refusals, and 0 cells lost", async () => {
    const report = await robustnessReport({ matrix: results, twoWrites, randomSheets: 20 });
    const text = formatReport(report);
    const summary = summariseMatrix(results);
    expect(report.cellsLost).toBe(0);
    expect(report.hostile.crashes).toEqual([]);
    expect(report.hostile.filesNotRefused).toEqual([]);
    expect(report.perOperation.every((o) => o.halfWritten === 0 && o.faults === o.rolledBack + o.completed)).toBe(true);
    expect(text).toContain(`Faults injected: ${summary.faultsInjected}`);
    expect(text).toContain(`rolled back (workbook exactly as before): ${summary.rolledBack}`);
    expect(text).toContain(`completed (workbook exactly as a fault-free run): ${summary.completed}`);
    expect(text).toMatch(/Hostile inputs tried: \d+ \(9 corpus workbooks, 20 random sheets/);
    expect(text).toMatch(/\nCells lost: 0\n/);
    expect(report.twoWrites.faults).toBe(twoWrites.length);
    expect(report.twoWrites.states["half-written"]).toBe(0);
    expect(text).toContain(`every sync faulted: ${twoWrites.length} faults`);
    // Every operation's row lines up under the header, however long its name.
    const header = text.split("\n").find((l) => l.includes("operation") && l.includes("rolled back")) ?? "";
    for (const o of report.perOperation) expect(text.split("\n").find((l) => l.startsWith(`  ${o.operation} `))?.length, o.operation).toBe(header.length);
    expect(report.refusals.length).toBeGreaterThan(10);
  }, 300_000);
});
