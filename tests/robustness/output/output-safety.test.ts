// Every writer, fed hostile user text: it stays text in the in-memory Excel (no formula, no
// link out) and in the saved .xlsx (no <f> for those cells, string cell types, no external
// hyperlink). Names, remarks and counties carry it through convert, validation (issues sheet,
// marks), pairing (Pairs register, run log, Pairing choices) and summaries. The add-in writes
// no CSV (the command line prints JSON), so there is no CSV to escape.
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { convertSheet } from "../../../src/operations/convert";
import { acceptPairs, appendRunLog, proposePairs } from "../../../src/operations/pair";
import { summarise } from "../../../src/operations/summarise";
import { planIssuesSheet, planMarks, showValidationMarks, validateWorkbook, validatedAt, writeIssuesSheet } from "../../../src/operations/validate";
import { buildSampleWorkbookSpec } from "../../../src/sample";
import { cellAddress } from "../../../src/workbook/address";
import { type MemoryWorkbook, createMemoryContext, memoryWorkbookFromSpec } from "../../../src/workbook/memory";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";
import { HOSTILE_TEXT } from "./payloads";

const AT = new Date("2026-03-02T08:00:00Z");
const NAME_HEADER = /^(name of mentor|full name|name|mentor name|mentee name|remarks|comments)$/i;

/** Puts the payloads into every name or remarks column of every sheet, a few rows each. */
function plant(workbook: MemoryWorkbook): number {
  let planted = 0;
  for (const sheet of workbook.sheets) {
    for (const { row, column, cell } of sheet.sortedCells()) {
      if (row > 10 || typeof cell.value !== "string" || !NAME_HEADER.test(cell.value.trim())) continue;
      HOSTILE_TEXT.forEach((payload, i) => {
        sheet.setRawValue(row + 1 + i, column, payload);
        planted += 1;
      });
    }
  }
  return planted;
}

function countFormulas(workbook: MemoryWorkbook): number {
  return workbook.sheets.reduce((n, s) => n + s.sortedCells().filter((c) => c.cell.formula !== undefined).length, 0);
}

const isPayload = (value: unknown) => typeof value === "string" && HOSTILE_TEXT.some((p) => value.includes(p.trim()));

let workbook: MemoryWorkbook;
let formulasBefore = 0;

beforeAll(async () => {
  workbook = memoryWorkbookFromSpec(buildSampleWorkbookSpec(), { dateOrder: "DMY" });
  expect(plant(workbook)).toBeGreaterThanOrEqual(HOSTILE_TEXT.length * 2);
  formulasBefore = countFormulas(workbook);
  const context = createMemoryContext(workbook);
  for (const sheet of workbook.sheets.map((s) => s.name)) {
    const outcome = await convertSheet(context, { sheet });
    expect(outcome.status, sheet).toBe("converted");
  }
  const validation = await validateWorkbook(context);
  await writeIssuesSheet(context, planIssuesSheet(validation.issues, validatedAt(AT)));
  await showValidationMarks(context, planMarks(validation.issues));
  // An exclusion with a hostile note, of a pair whose names may be hostile: the Pairing choices sheet.
  const suggested = (await proposePairs(context, { phase: "Phase 2" }, { now: () => AT, log: false })).outcome.suggestions;
  const excluded = suggested.find((s) => isPayload(s.mentor.name) || isPayload(s.mentee.name)) ?? suggested[0];
  if (!excluded) throw new Error("the sample proposes no pair for Phase 2");
  const exclusion = { mentor: excluded.mentor.key, mentee: excluded.mentee.key, note: HOSTILE_TEXT[7] ?? "" };
  const proposal = await proposePairs(context, { phase: "Phase 2", exclusions: [exclusion] }, { now: () => AT });
  expect(proposal.choicesSaved?.rows).toBe(1);
  await acceptPairs(context, { phase: "Phase 2", suggestions: proposal.outcome.suggestions, acceptedAt: AT });
  // The run log writes the request's own text: locks, exclusions and chosen mentors as named.
  const [first] = proposal.outcome.suggestions;
  const named = { mentor: HOSTILE_TEXT[0] ?? "", mentee: HOSTILE_TEXT[4] ?? "" };
  await appendRunLog(context, {
    at: AT,
    request: { ...proposal.problem.request, locks: [named], exclusions: [{ mentor: HOSTILE_TEXT[1] ?? "", mentee: first?.mentee.name ?? "" }], includeAllMentors: false, includeMentors: [...HOSTILE_TEXT] },
    outcome: proposal.outcome,
    ms: 12,
  });
  await summarise(context, { includeErrors: true, now: AT, utcOffsetMinutes: 180 });
}, 300_000);

describe("hostile user text through every writer", () => {
  it("reaches the registers, the issues sheet, the Pairs register, the run log, the Pairing choices and the summaries", () => {
    const where = new Set<string>();
    for (const sheet of workbook.sheets) for (const { cell } of sheet.sortedCells()) if (isPayload(cell.value)) where.add(sheet.name);
    expect([...where]).toEqual(expect.arrayContaining(["Mentors register", "Mentees register", "Validation issues", "Pairs register", "Pairing run log", "Pairing choices"]));
    expect([...where].some((name) => name.startsWith("Summary - ") || name === "Programme overview")).toBe(true);
  });

  it("stays text in the in-memory Excel: no formula, no link, and the add-in adds no formula anywhere", () => {
    const offenders: string[] = [];
    for (const sheet of workbook.sheets) {
      for (const { row, column, cell } of sheet.sortedCells()) {
        if (isPayload(cell.value) && (cell.formula !== undefined || cell.hyperlink !== undefined)) offenders.push(`${sheet.name}!${cellAddress(row, column)}`);
        if (cell.hyperlink?.address !== undefined) offenders.push(`${sheet.name}!${cellAddress(row, column)} links out`);
      }
    }
    expect(offenders).toEqual([]);
    expect(countFormulas(workbook)).toBe(formulasBefore);
  });

  it("stays text in the saved .xlsx: string cells without <f>, and no external link", async () => {
    const { bytes } = await saveXlsx(workbook);
    const zip = await JSZip.loadAsync(bytes);
    const book = await zip.file("xl/workbook.xml")?.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
    if (!book || !rels) throw new Error("no workbook part");
    const targets = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
    let checked = 0;
    let formulasInFile = 0;
    for (const [, name, rid] of book.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
      const path = `xl/${(targets.get(rid ?? "") ?? "").replace(/^\/?xl\//, "")}`;
      const xml = await zip.file(path)?.async("string");
      if (!xml) throw new Error(`no part for ${name}`);
      formulasInFile += (xml.match(/<f[ >]/g) ?? []).length;
      const sheet = workbook.getSheet(unescape(name ?? "").replace(/&amp;/g, "&").replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
      if (!sheet) throw new Error(`no sheet ${name}`);
      for (const [, ref, attributes, body] of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        if (!isPayload(sheet.cellAt(ref ?? "A1")?.value)) continue;
        checked += 1;
        expect(`${name}!${ref}: ${attributes}`).toMatch(/t="(s|inlineStr)"/);
        expect(body ?? "", `${name}!${ref}`).not.toMatch(/<f[ >]/);
      }
      // ExcelJS stores the issues sheet's jumps to a cell as "#'Sheet'!A1" relationships; any
      // other target would be a link out of the workbook.
      const sheetRels = (await zip.file(path.replace(/worksheets\//, "worksheets/_rels/").replace(/\.xml$/, ".xml.rels"))?.async("string")) ?? "";
      const outward = [...sheetRels.matchAll(/<Relationship [^>]*Target="([^"]*)"[^>]*TargetMode="External"/g)].map((m) => m[1] ?? "").filter((t) => !t.startsWith("#"));
      expect(outward, `${name}: links out of the workbook`).toEqual([]);
    }
    expect(checked).toBeGreaterThan(HOSTILE_TEXT.length * 4);
    expect(formulasInFile).toBe(formulasBefore);
  });
});
