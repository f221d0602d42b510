import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { loadXlsx } from "../../src/workbook/xlsx/load-xlsx";
import { captureIo } from "./capture-io";

const run = promisify(execFile);

describe("mentorship command line", () => {
  it("lists its commands with --help and exits 0", async () => {
    const io = captureIo();
    expect(await main(["--help"], io)).toBe(0);
    expect(io.out.join("\n")).toMatch(/demo\s+Write the bundled sample workbook/);
    // Exit 1 is validate's and summarize's: both refuse a workbook with validation errors.
    expect(io.out.join("\n")).toContain("1 the workbook has validation errors (validate, and summarize without --include-errors)");
  });

  it("aligns every option's description, however long the flag", async () => {
    const io = captureIo();
    expect(await main(["pair", "--help"], io)).toBe(0);
    const optionLines = io.out.join("\n").split("\n").filter((line) => line.startsWith("  --"));
    expect(optionLines.length).toBeGreaterThan(5);
    const starts = new Set(optionLines.map((line) => /^ {2}\S+(?: \S+)? +/.exec(line)?.[0].length));
    expect(starts.size).toBe(1);
  });

  it("exits 2 with the help and one line on stderr when no command is given", async () => {
    const io = captureIo();
    expect(await main([], io)).toBe(2);
    expect(io.out.join("\n")).toContain("Usage: mentorship <command> [options]");
    expect(io.err).toEqual(["mentorship: no command given; name one of demo, convert, validate, pair, summarize (see mentorship --help)"]);
  });

  it("exits 2 with one line on stderr for an unknown command or option", async () => {
    const io = captureIo();
    expect(await main(["frobnicate"], io)).toBe(2);
    expect(io.err).toEqual(["mentorship: unknown command 'frobnicate' (see mentorship --help)"]);
    const io2 = captureIo();
    expect(await main(["demo", "--outt", "x.xlsx"], io2)).toBe(2);
    expect(io2.err).toHaveLength(1);
    expect(io2.err[0]).toContain("'--outt'");
  });

  it("writes the sample workbook with demo --out", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mentorship-cli-"));
    const out = join(dir, "sample.xlsx");
    const io = captureIo();
    expect(await main(["demo", "--out", out], io)).toBe(0);
    const { readFile } = await import("node:fs/promises");
    const workbook = await loadXlsx(new Uint8Array(await readFile(out)));
    const names = workbook.sheets.map((s) => s.name);
    expect(names).toContain("Mentors list 2016");
    expect(names).toContain("Session logs");
  });

  it("refuses an output that is not .xlsx, naming the file", async () => {
    const io = captureIo();
    expect(await main(["demo", "--out", "report.pdf"], io)).toBe(2);
    expect(io.err[0]).toBe("mentorship: cannot write report.pdf: the output must be an .xlsx file");
  });

  it("runs from its bin with no stack trace on bad usage", async () => {
    const result = await run("node", ["bin/mentorship.js", "demo", "--nope"]).catch((error: { code: number; stderr: string }) => error);
    expect("code" in result ? result.code : 0).toBe(2);
    const stderr = "stderr" in result ? result.stderr : "";
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("still writes its file and exits 0, without a stack trace, when the reader of its report stops early (| head)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mentorship-cli-"));
    const raw = join(dir, "raw.xlsx");
    expect(await main(["demo", "--raw", "--out", raw], captureIo())).toBe(0);
    const child = spawn("node", ["bin/mentorship.js", "convert", raw], { stdio: ["ignore", "pipe", "pipe"] });
    // Nobody reads the report: its first write meets a closed pipe (EPIPE), as after `| head -1`.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(existsSync(join(dir, "raw-registers.xlsx"))).toBe(true);
  });

  it("gives exit 2 and a clear reason for a file that is not a workbook", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mentorship-cli-"));
    const notes = join(dir, "notes.xlsx");
    await writeFile(notes, "these are not spreadsheet bytes");
    const { openWorkbookFile } = await import("../../src/cli/workbook-files");
    await expect(openWorkbookFile(captureIo(), notes)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining(`cannot read ${notes}:`) });
    await expect(openWorkbookFile(captureIo(), join(dir, "missing.xlsx"))).rejects.toMatchObject({ message: expect.stringContaining("no such file") });
  });
});
