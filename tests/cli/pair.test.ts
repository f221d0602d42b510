import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { OUTPUT_SHEETS } from "../../src/operations/output-sheets";
import { loadXlsx } from "../../src/workbook/xlsx/load-xlsx";
import { captureIo } from "./capture-io";

let dir: string;
let sample: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mentorship-pair-"));
  sample = join(dir, "sample.xlsx");
  // The raw sample: plain `demo` now runs the whole pipeline, pairing included.
  expect(await main(["demo", "--raw", "--out", sample], captureIo())).toBe(0);
});

describe("mentorship pair", () => {
  it("prints the pairs of a phase as JSON in the documented shape", async () => {
    const io = captureIo();
    expect(await main(["pair", sample, "--phase", "Phase 2", "--json"], io)).toBe(0);
    const json = JSON.parse(io.out.join("\n")) as Record<string, unknown> & { pairs: Array<Record<string, unknown>> };
    expect(Object.keys(json)).toEqual(["phase", "pairs", "unmatched", "choices", "total", "solver", "ms"]);
    expect(json.choices).toEqual([]);
    expect(json.phase).toBe("Phase 2");
    expect(json.pairs.map((p) => (p.mentor as { id: string }).id)).toEqual(["MR-30", "MR-30", "MR-19", "MR-32"]);
    const last = json.pairs[3]!;
    expect(last).toMatchObject({ mentor: { id: "MR-32", name: "Patrick Chengo Kenga" }, mentee: { id: "002/2015/1355", name: "David Charo Tsuma" }, score: 72.5 });
    expect(last.reasons).toContain("Availability: both free Mon, Wed, Fri (10 of 10 points).");
    // Beatrice Waithera Macharia has room again (her pair disengaged), for anyone but the mentee who left.
    expect(last.alternative).toMatchObject({ mentor: { id: "MR-28" }, score: 43.33, scoreGivenUp: 29.17, hasRoom: true });
    // The mentee who disengaged from Beatrice Waithera Macharia is not offered her again.
    expect(json.pairs[0]!.reasons).toContain("Not Beatrice Waithera Macharia (MR-28): the mentee disengaged from this mentor (Pairing row 31; no date recorded).");
    expect(json.unmatched).toEqual([]);
    expect(json.total).toBe(261.5);
    expect(typeof json.ms).toBe("number");
  });

  it("leaves a mentee unmatched with a reason when the threshold is high", async () => {
    // At 60 only Lilian Wawuda Mwangola (MR-25) suits the Machakos mentee, and she is taken.
    const io = captureIo();
    expect(await main(["pair", sample, "--phase", "2", "--json", "--threshold", "60"], io)).toBe(0);
    const json = JSON.parse(io.out.join("\n")) as { unmatched: Array<{ mentee: { name: string }; reason: string; message: string }> };
    expect(json.unmatched.map((u) => [u.mentee.name, u.reason])).toEqual([
      ["David Kamau Thuo", "capacity-exhausted"],
      ["Lilian Mwikali Wambua", "capacity-exhausted"],
    ]);
    expect(json.unmatched[1]!.message).toContain("Lilian Wawuda Mwangola (MR-25), scoring 71, is full with 1 recorded pair.");
  });

  it("writes the pairs into the Pairs register of a copy, with the run log, and leaves FILE alone", async () => {
    const out = join(dir, "paired.xlsx");
    const before = await readFile(sample);
    const io = captureIo();
    expect(await main(["pair", sample, "--phase", "Phase 2", "--out", out], io)).toBe(0);
    expect(io.out.join("\n")).toMatch(/^Phase 2: 4 pairs proposed, total score 261.5, 0 mentees unmatched\./);
    expect(io.err.at(-1)).toBe(`Wrote ${out}: 4 pairs added to the Pairs register (status proposed), run recorded in the Pairing run log.`);
    expect((await readFile(sample)).equals(before)).toBe(true);
    const copy = await loadXlsx(new Uint8Array(await readFile(out)));
    const register = copy.sheet("Pairs register");
    expect(register.cellAt("A1")?.value).toBe("Pair ID");
    expect(copy.sheet(OUTPUT_SHEETS.pairingRunLog).cellAt("B2")?.value).toBe("Phase 2");
    // Pairing the copy again proposes nothing: the accepted pairs now hold their mentees.
    const again = captureIo();
    expect(await main(["pair", out, "--phase", "Phase 2", "--json"], again)).toBe(0);
    expect((JSON.parse(again.out.join("\n")) as { pairs: unknown[] }).pairs).toEqual([]);
  });

  it("keeps --lock and --exclude pairs (IDs or names), says where each came from, and keeps them in the copy", async () => {
    const args = ["pair", sample, "--phase", "Phase 2", "--lock", "MR-19:David Charo Tsuma", "--exclude", "Esther Chepkoech Rotich:021/2015/6285"];
    const io = captureIo();
    expect(await main([...args, "--json"], io)).toBe(0);
    const json = JSON.parse(io.out.join("\n")) as { pairs: Array<{ mentor: { id: string }; mentee: { name: string }; locked: boolean }>; choices: unknown[] };
    const byMentee = new Map(json.pairs.map((p) => [p.mentee.name, p]));
    expect(byMentee.get("David Charo Tsuma")).toMatchObject({ mentor: { id: "MR-19" }, locked: true });
    expect(byMentee.get("David Kamau Thuo")?.mentor.id).not.toBe("MR-30");
    expect(json.choices).toEqual([
      { choice: "lock", mentor: { id: "MR-19", name: "Abdalla Katana Kenga" }, mentee: { id: "002/2015/1355", name: "David Charo Tsuma" }, from: "command line", note: "Given on the command line" },
      { choice: "exclude", mentor: { id: "MR-30", name: "Esther Chepkoech Rotich" }, mentee: { id: "021/2015/6285", name: "David Kamau Thuo" }, from: "command line", note: "Given on the command line" },
    ]);

    // Without --out nothing is written; with it, the copy keeps the choices for the next run.
    const out = join(dir, "with-choices.xlsx");
    const written = captureIo();
    expect(await main([...args, "--out", out], written)).toBe(0);
    expect(written.out.join("\n")).toContain("Locks and exclusions:\n  Lock: Abdalla Katana Kenga (MR-19) with David Charo Tsuma (002/2015/1355) (command line).");
    expect(written.err.at(-1)).toContain("2 lock or exclusion choices kept in the Pairing choices sheet");
    const copy = await loadXlsx(new Uint8Array(await readFile(out)));
    expect(copy.sheet(OUTPUT_SHEETS.pairingChoices).cellAt("F2")?.value).toBe("lock");
    const again = captureIo();
    expect(await main(["pair", out, "--phase", "Phase 2", "--json"], again)).toBe(0);
    const kept = JSON.parse(again.out.join("\n")) as { choices: Array<{ from: string }> };
    expect(kept.choices.map((c) => c.from)).toEqual(["row 2 of the Pairing choices sheet", "row 3 of the Pairing choices sheet"]);
  });

  it("exits 2 in one line for a --lock that is not MENTOR:MENTEE, or that names someone not in the phase", async () => {
    const bad = captureIo();
    expect(await main(["pair", sample, "--phase", "2", "--lock", "MR-19"], bad)).toBe(2);
    expect(bad.err).toEqual([`mentorship: --lock "MR-19" is not MENTOR:MENTEE (an ID or a name on each side of one colon, e.g. --lock "MR-19:Lilian Mwikali Wambua") (see mentorship pair --help)`]);
    const unknown = captureIo();
    expect(await main(["pair", sample, "--phase", "2", "--exclude", "MR-99:David Charo Tsuma"], unknown)).toBe(2);
    expect(unknown.err).toEqual([
      `mentorship: ${sample}: The excluded pair MR-99 with David Charo Tsuma (002/2015/1355) names someone who is not in Phase 2. Check the spelling against the Mentors and Mentees registers (an ID or the full name), or remove the exclusion.`,
    ]);
  });

  it("exits 2 listing the known phases for an unknown one", async () => {
    const io = captureIo();
    expect(await main(["pair", sample, "--phase", "Phase 7"], io)).toBe(2);
    expect(io.err).toEqual([`mentorship: ${sample}: There is no phase “Phase 7” in this workbook. Known phases: Phase 1, Phase 2. Choose one of the known phases.`]);
  });

  it("exits 2 for bad options, in one line", async () => {
    for (const args of [["--phase", "2", "--threshold", "high"], ["--phase", "2", "--weights", "needs=500"], ["--phase", "2", "--objective", "fast"], []]) {
      const io = captureIo();
      expect(await main(["pair", sample, ...args], io)).toBe(2);
      expect(io.err).toHaveLength(1);
    }
  });
});
