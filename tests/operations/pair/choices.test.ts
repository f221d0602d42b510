// Locks and exclusions kept in the workbook's "Pairing choices" sheet: saved with the run that
// used them, read back by every later run (another session, another officer), removable one
// by one, never read as a register, and written with the guarded primitives so a co-author's
// rows survive.
import { describe, expect, it } from "vitest";
import { PAIRING_CHOICE_HEADERS, type PairingChoice } from "../../../src/domain/pairing";
import { loadRegisters } from "../../../src/operations/load-registers";
import { OUTPUT_SHEETS } from "../../../src/operations/output-sheets";
import { acceptPairs, PairingError, pairingOverview, proposePairs, removeChoices } from "../../../src/operations/pair";
import { createMemoryContext } from "../../../src/workbook/memory";
import { sample, sheetValues as rowsOf } from "./workbooks";

const AT = new Date("2017-02-01T08:30:00Z");
const SHEET = OUTPUT_SHEETS.pairingChoices;
// Phase 2 of the sample: Abdalla Katana Kenga (MR-19) has a free place; Lilian Mwikali Wambua
// (Machakos) and David Charo Tsuma (Kwale) are waiting for a mentor.
const ABDALLA = "id:mr19";
const LILIAN = "Lilian Mwikali Wambua";
const DAVID_CHARO = "David Charo Tsuma";

const mentorOf = (proposal: Awaited<ReturnType<typeof proposePairs>>, mentee: string) => proposal.outcome.suggestions.find((s) => s.mentee.name === mentee)?.mentor.name;

describe("the Pairing choices sheet", () => {
  it("keeps a lock given with a run, and the next run (a new session) keeps it without being told", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    const first = await proposePairs(context, { phase: "Phase 2", locks: [{ mentor: ABDALLA, mentee: DAVID_CHARO, note: "Agreed at the workshop" }] }, { now: () => AT });
    expect(mentorOf(first, DAVID_CHARO)).toBe("Abdalla Katana Kenga");
    expect(first.choicesSaved).toMatchObject({ created: true, rows: 1 });
    expect(rowsOf(workbook, SHEET)).toEqual([
      [...PAIRING_CHOICE_HEADERS],
      ["Phase 2", "MR-19", "Abdalla Katana Kenga", "002/2015/1355", DAVID_CHARO, "lock", "Agreed at the workshop", "2017-02-01 08:30 UTC"],
    ]);
    expect(workbook.findTable("PairingChoices")).toBeDefined();

    // Another session: nothing in the request, the lock comes from the workbook.
    const again = await proposePairs(createMemoryContext(workbook), { phase: "Phase 2" }, { now: () => AT });
    const pair = again.outcome.suggestions.find((s) => s.mentee.name === DAVID_CHARO)!;
    expect(pair.mentor.name).toBe("Abdalla Katana Kenga");
    expect(pair.reasons).toContain("Locked by you.");
    expect(again.choices).toEqual([
      { choice: "lock", mentor: { id: "MR-19", name: "Abdalla Katana Kenga", key: "id:mr19" }, mentee: expect.objectContaining({ name: DAVID_CHARO }), from: `row 2 of the ${SHEET} sheet`, note: "Agreed at the workshop" },
    ]);
    expect(again.choicesSaved).toBeNull();
    expect(again.problem.constraints).toContain("1 pair locked by you.");
    expect(rowsOf(workbook, SHEET)).toHaveLength(2);
    // The run log names the people of the merged request; its JSON column keeps the keys, so the
    // run can be repeated from the log alone.
    const log = rowsOf(workbook, OUTPUT_SHEETS.pairingRunLog);
    expect(String(log[2]![5])).toBe(`Abdalla Katana Kenga (MR-19) + ${DAVID_CHARO} (002/2015/1355)`);
    expect(JSON.parse(String(log[2]![13])).locks).toEqual([expect.objectContaining({ mentor: "id:mr19", mentee: "id:220151355" })]);
  });

  it("keeps an exclusion for every later run until it is removed, then the pair can come back", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    const before = await proposePairs(context, { phase: "Phase 2" }, { log: false });
    const chosen = before.outcome.suggestions.find((s) => s.mentee.name === LILIAN)!;
    await proposePairs(context, { phase: "Phase 2", exclusions: [{ mentor: chosen.mentor.key, mentee: chosen.mentee.key }] }, { now: () => AT });
    const later = await proposePairs(context, { phase: "Phase 2" }, { now: () => AT });
    expect(mentorOf(later, LILIAN)).not.toBe(chosen.mentor.name);
    expect(later.problem.constraints).toContain("1 pair excluded by you.");

    const overview = await pairingOverview(context);
    expect(overview.phases).toEqual(["Phase 1", "Phase 2"]);
    expect(overview.kept.map((c) => [c.choice, c.mentor.name, c.mentee.name, c.row])).toEqual([["exclude", chosen.mentor.name, LILIAN, 2]]);
    const removed = await removeChoices(context, overview.kept);
    expect(removed).toMatchObject({ removed: 1, rows: 0, retries: 0 });
    expect((await pairingOverview(context)).kept).toEqual([]);
    expect(mentorOf(await proposePairs(context, { phase: "Phase 2" }, { log: false }), LILIAN)).toBe(chosen.mentor.name);
  });

  it("is never read as a register, though its headers look like the Pairs register's", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    await proposePairs(context, { phase: "Phase 2", exclusions: [{ mentor: ABDALLA, mentee: LILIAN }] }, { now: () => AT });
    const loaded = await loadRegisters(context);
    expect(loaded.sources.map((s) => s.sheet)).not.toContain(SHEET);
    expect(loaded.readings.map((r) => r.sheet)).not.toContain(SHEET);
  });

  it("says which rows it could not use and where, and uses the rest", async () => {
    const workbook = sample();
    const sheet = workbook.addSheet(SHEET);
    const rows = [[...PAIRING_CHOICE_HEADERS], ["Phase 2", "MR-19", "", "", LILIAN, "maybe", "", ""], ["Phase 2", "", "Abdalla Katana Kenga", "", DAVID_CHARO, "Locked", "", ""]];
    rows.forEach((row, r) => row.forEach((value, c) => sheet.setRawValue(r, c, value)));
    const proposal = await proposePairs(createMemoryContext(workbook), { phase: "Phase 2" }, { log: false });
    expect(proposal.problem.constraints).toContain(`${SHEET}!F2: “maybe” is neither lock nor exclude, so row 2 was not used. Type lock or exclude.`);
    expect(mentorOf(proposal, DAVID_CHARO)).toBe("Abdalla Katana Kenga");
  });

  it("stops a run whose kept lock can no longer be kept, naming the row and what to do", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    await proposePairs(context, { phase: "Phase 2", locks: [{ mentor: ABDALLA, mentee: LILIAN }] }, { now: () => AT });
    // Meanwhile the workshop recorded Lilian with another mentor.
    const other = (await proposePairs(context, { phase: "Phase 2", threshold: 0 }, { log: false })).outcome.suggestions.find((s) => s.mentee.name === DAVID_CHARO)!;
    await acceptPairs(context, { phase: "Phase 2", suggestions: [{ ...other, mentee: { id: "", name: LILIAN, key: "name:lilian mwikali wambua" } }], acceptedAt: AT });
    const error = await proposePairs(context, { phase: "Phase 2" }, { log: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PairingError);
    expect((error as PairingError).message).toBe(
      `The locked pair Abdalla Katana Kenga (MR-19) with ${LILIAN} (016/2013/1193) (row 2 of the ${SHEET} sheet) cannot be kept: ${LILIAN} (016/2013/1193) already has a pair in the Pairs register.`,
    );
    expect((error as PairingError).fix).toBe(`Remove the lock under Locks and exclusions in the pane (or delete row 2 of the ${SHEET} sheet); the mentee keeps the recorded pair.`);
  });

  it("treats a kept lock whose pair was accepted since as kept by the Pairs register", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    const locked = await proposePairs(context, { phase: "Phase 2", locks: [{ mentor: ABDALLA, mentee: LILIAN }] }, { now: () => AT });
    await acceptPairs(context, { phase: "Phase 2", suggestions: locked.outcome.suggestions, acceptedAt: AT });
    const after = await proposePairs(context, { phase: "Phase 2" }, { log: false });
    expect(after.outcome.suggestions).toEqual([]);
    expect(after.problem.constraints).toContain("1 locked pair already in the Pairs register, so kept there.");
    // The pane may still send a lock it set before the pairs were written: nothing new is saved for it.
    const resent = await proposePairs(context, { phase: "Phase 2", locks: [{ mentor: "MR-32", mentee: DAVID_CHARO }] }, { now: () => AT });
    expect(resent.outcome.suggestions).toEqual([]);
    expect(resent.choicesSaved).toBeNull();
  });

  it("keeps a co-author's choice added between the read and the write, and does not save a choice twice", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    await proposePairs(context, { phase: "Phase 2", exclusions: [{ mentor: ABDALLA, mentee: LILIAN }] }, { now: () => AT });
    const table = workbook.findTable("PairingChoices")!;
    const colleague: PairingChoice = { phase: "Phase 2", choice: "exclude", mentor: { id: "MR-30", name: "Esther Chepkoech Rotich" }, mentee: { id: "", name: DAVID_CHARO }, note: "typed by a colleague", setAt: "" };
    // The run reads the workbook (2 syncs) and the choices table (2); before the append's first look, a colleague adds a row.
    context.faults.beforeSync(context.stats.syncCount + 5, (book) => {
      const row = table.rect.row + table.rect.rowCount;
      [colleague.phase, colleague.mentor.id, colleague.mentor.name, "", colleague.mentee.name, "exclude", colleague.note, ""].forEach((v, c) => book.sheet(SHEET).setRawValue(row, c, v));
      book.resizeTable(table, { ...table.rect, rowCount: table.rect.rowCount + 1 });
    });
    const run = await proposePairs(context, { phase: "Phase 2", exclusions: [{ mentor: ABDALLA, mentee: LILIAN }, { mentor: "MR-32", mentee: DAVID_CHARO }] }, { now: () => AT });
    expect(run.choicesSaved).toMatchObject({ rows: 1, retries: 1 });
    expect(rowsOf(workbook, SHEET).slice(1).map((r) => [r[2], r[4], r[6]])).toEqual([
      ["Abdalla Katana Kenga", LILIAN, ""],
      ["Esther Chepkoech Rotich", DAVID_CHARO, "typed by a colleague"],
      ["Patrick Chengo Kenga", DAVID_CHARO, ""],
    ]);
  });

  it("removes a choice without losing a row a co-author changed meanwhile (reads again and retries)", async () => {
    const workbook = sample();
    const context = createMemoryContext(workbook);
    await proposePairs(context, { phase: "Phase 2", exclusions: [{ mentor: ABDALLA, mentee: LILIAN }, { mentor: "MR-32", mentee: DAVID_CHARO }] }, { now: () => AT });
    const { kept } = await pairingOverview(context);
    context.faults.beforeSync(context.stats.syncCount + 3, (book) => book.sheet(SHEET).setRawValue(2, 6, "checked with IHRM"));
    const removed = await removeChoices(context, [kept[0]!]);
    expect(removed).toMatchObject({ removed: 1, retries: 1 });
    expect(rowsOf(workbook, SHEET).slice(1).map((r) => [r[2], r[6]])).toEqual([["Patrick Chengo Kenga", "checked with IHRM"]]);
  });

  it("never writes over a user's own sheet with that name", async () => {
    const workbook = sample();
    workbook.addSheet(SHEET).setRawValue(0, 0, "my own notes");
    const error = await proposePairs(createMemoryContext(workbook), { phase: "Phase 2", locks: [{ mentor: ABDALLA, mentee: LILIAN }] }).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`The sheet "${SHEET}" already holds data but not the add-in's table "PairingChoices"`);
    expect(workbook.sheet(SHEET).cellAt("A1")?.value).toBe("my own notes");
  });

  it("adds a constant number of syncs to a run", async () => {
    const context = createMemoryContext(sample());
    await proposePairs(context, { phase: "Phase 2" }, { now: () => AT });
    const plain = context.stats.syncCount;
    const before = context.stats.syncCount;
    await proposePairs(context, { phase: "Phase 2", locks: [{ mentor: ABDALLA, mentee: LILIAN }], exclusions: [{ mentor: "MR-32", mentee: DAVID_CHARO }] }, { now: () => AT });
    expect(context.stats.syncCount - before).toBeLessThanOrEqual(plain + 6);
  });
});
