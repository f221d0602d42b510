import { describe, expect, it } from "vitest";
import { acceptPairs, PairingError, proposePairs, RUN_LOG_HEADERS } from "../../../src/operations/pair";
import { OUTPUT_SHEETS } from "../../../src/operations/output-sheets";
import { loadRegisters } from "../../../src/operations/load-registers";
import { createMemoryContext } from "../../../src/workbook/memory";
import { sample, sheetValues } from "./workbooks";

const AT = new Date("2017-02-01T08:30:00Z");

describe("proposing pairs for the sample's phase 2", () => {
  it("pairs the four mentees without a pair, explains each, and logs the run", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    const proposal = await proposePairs(context, { phase: "phase 2" }, { now: () => AT });
    const pairs = proposal.outcome.suggestions.map((s) => `${s.mentor.id} > ${s.mentee.name}`);
    // David Kamau Thuo disengaged from Beatrice Waithera Macharia (MR-28): never paired with her again.
    expect(pairs).toEqual([
      "MR-30 > David Kamau Thuo",
      "MR-30 > Vincent Kipkemboi Koech",
      "MR-19 > Lilian Mwikali Wambua",
      "MR-32 > David Charo Tsuma",
    ]);
    expect(proposal.outcome.unmatched).toEqual([]);
    // The Machakos mentor with 4 years' experience is left out by the mentor rules and said so.
    const left = proposal.problem.standings.mentors.find((s) => s.mentor.id === "MR-31");
    expect(left?.status).toBe("not-qualified");
    expect(left?.failures[0]?.message).toMatch(/^has 4 years of HR experience, fewer than the programme's 5 \(Mentors list 2016!I\d+\)$/);

    const log = workbook.sheet(OUTPUT_SHEETS.pairingRunLog);
    expect(log.cellAt("A1")?.value).toBe(RUN_LOG_HEADERS[0]);
    expect(log.cellAt("A2")?.value).toBe("2017-02-01 08:30:00");
    expect(log.cellAt("B2")?.value).toBe("Phase 2");
    expect(log.cellAt("I2")?.value).toBe(4);
    expect(JSON.parse(String(log.cellAt("N2")?.value))).toMatchObject({ phase: "phase 2", threshold: 30, objective: "coverage-then-score" });
  });

  it("reads, solves and logs in a constant number of syncs", async () => {
    const context = createMemoryContext(sample());
    await proposePairs(context, { phase: "Phase 2" }, { now: () => AT });
    const first = context.stats.syncCount;
    await proposePairs(context, { phase: "Phase 2" }, { now: () => AT });
    // The second run appends to the existing log instead of creating it.
    expect(context.stats.syncCount - first).toBeLessThanOrEqual(first);
    expect(first).toBeLessThanOrEqual(8);
  });

  it("refuses an unknown phase, naming the known ones, and writes nothing", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    const error = await proposePairs(context, { phase: "Phase 3" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PairingError);
    expect((error as PairingError).message).toBe("There is no phase “Phase 3” in this workbook. Known phases: Phase 1, Phase 2.");
    expect(workbook.sheets.map((s) => s.name)).not.toContain(OUTPUT_SHEETS.pairingRunLog);
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await proposePairs(createMemoryContext(sample()), { phase: "Phase 2" }, { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
  });
});

describe("accepting pairs", () => {
  it("creates the Pairs register with the proposed pairs, then appends below on the next accept", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    const proposal = await proposePairs(context, { phase: "Phase 2" }, { now: () => AT, log: false });
    const [first, ...rest] = proposal.outcome.suggestions;
    const one = await acceptPairs(context, { phase: "Phase 2", suggestions: [first!], acceptedAt: AT });
    expect(one).toMatchObject({ created: true, rows: 1, sheetName: "Pairs register" });
    const two = await acceptPairs(context, { phase: "Phase 2", suggestions: rest, acceptedAt: AT });
    expect(two).toMatchObject({ created: false, rows: 3 });

    const values = sheetValues(workbook, "Pairs register");
    const header = values[0]!;
    const at = (label: string) => header.indexOf(label);
    expect(values.slice(1).map((row) => [row[at("Mentor ID")], row[at("Mentee")], row[at("Status")]])).toEqual([
      ["MR-30", "David Kamau Thuo", "proposed"],
      ["MR-30", "Vincent Kipkemboi Koech", "proposed"],
      ["MR-19", "Lilian Mwikali Wambua", "proposed"],
      ["MR-32", "David Charo Tsuma", "proposed"],
    ]);
    expect(values[1]![at("Match score")]).toBe(first!.score);
    expect(String(values[1]![at("Match reasons")])).toContain("Needs covered: covers Disciplinary procedures (2nd need); not Employee relations and labour laws (1st need)");
    expect(String(values[1]![at("Match reasons")])).toContain("Not Beatrice Waithera Macharia (MR-28): the mentee disengaged from this mentor");
    expect(workbook.findTable("PairsRegister")).toBeDefined();

    // The register is read back as the Pairs register, and the accepted mentees are no longer proposed.
    const again = await proposePairs(context, { phase: "Phase 2" }, { log: false });
    expect(again.outcome.suggestions).toEqual([]);
    const loaded = await loadRegisters(context);
    expect(loaded.sources.some((s) => s.kind === "pairs" && s.table === "PairsRegister" && s.rows === 4)).toBe(true);
  });
});

describe("the pairing run log", () => {
  it("refuses to write over a user's sheet that has the log's name", async () => {
    const workbook = sample();
    workbook.addSheet(OUTPUT_SHEETS.pairingRunLog).setRawValue(0, 0, "my notes");
    const error = await proposePairs(createMemoryContext(workbook), { phase: "Phase 2" }).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`The sheet "${OUTPUT_SHEETS.pairingRunLog}" already holds data`);
    expect(workbook.sheet(OUTPUT_SHEETS.pairingRunLog).cellAt("A1")?.value).toBe("my notes");
  });
});

describe("accepting while someone else edits the Pairs register", () => {
  it("keeps the co-author's row, appends after it, and does not pair their mentee twice", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    const proposal = await proposePairs(context, { phase: "Phase 2" }, { log: false });
    const [first, second, ...rest] = proposal.outcome.suggestions;
    await acceptPairs(context, { phase: "Phase 2", suggestions: [first!], acceptedAt: AT });

    // Between the add-in's read and its write, a co-author types a pair for the second mentee.
    const table = workbook.findTable("PairsRegister")!;
    const header = sheetValues(workbook, "Pairs register")[0]!;
    context.faults.beforeSync(context.stats.syncCount + 3, (book) => {
      const sheet = book.sheet("Pairs register");
      const row = table.rect.row + table.rect.rowCount;
      sheet.setRawValue(row, header.indexOf("Mentor"), "Esther Chepkoech Rotich");
      sheet.setRawValue(row, header.indexOf("Mentee"), second!.mentee.name);
      sheet.setRawValue(row, header.indexOf("Status"), "active");
      sheet.setRawValue(row, header.indexOf("Remarks"), "typed by a colleague");
      book.resizeTable(table, { ...table.rect, rowCount: table.rect.rowCount + 1 });
    });
    const outcome = await acceptPairs(context, { phase: "Phase 2", suggestions: [second!, ...rest], acceptedAt: AT });
    expect(outcome.retries).toBe(1);
    expect(outcome.rows).toBe(2);
    expect(outcome.skipped).toEqual([`${second!.mentee.name} already has a pair of Phase 2 in the Pairs register (added meanwhile), so ${second!.mentor.name} was not added.`]);

    const rows = sheetValues(workbook, "Pairs register").slice(1);
    expect(rows.map((r) => [r[header.indexOf("Mentee")], r[header.indexOf("Status")]])).toEqual([
      [first!.mentee.name, "proposed"],
      [second!.mentee.name, "active"],
      [rest[0]!.mentee.name, "proposed"],
      [rest[1]!.mentee.name, "proposed"],
    ]);
    expect(rows[1]![header.indexOf("Remarks")]).toBe("typed by a colleague");
    expect(workbook.findTable("PairsRegister")!.rect.rowCount).toBe(5);
  });
});
