import { describe, expect, it } from "vitest";
import { readAvailability } from "../../src/domain/pairing";
import { COUNTY_NAMES } from "../../src/domain/reference";
import { fieldDef, REGISTERS, type RegisterKind } from "../../src/domain/registers";
import { buildSampleWorkbookSpec, sampleTruth, type SampleTruth } from "../../src/sample";
import { FORBIDDEN_NAME_PARTS } from "../../src/sample/names";
import { entityOf, focusAreasIn, isoOf, looseKey, nameKey, sheetOf } from "./helpers";

const spec = buildSampleWorkbookSpec();
const truth = sampleTruth();

describe("sample workbook: determinism", () => {
  it("builds the same workbook and truth every time", () => {
    expect(buildSampleWorkbookSpec()).toEqual(spec);
    expect(sampleTruth()).toEqual(truth);
  });

  it("hands out fresh copies, so one caller's edits cannot leak into the next", () => {
    const mine = buildSampleWorkbookSpec();
    (mine.sheets[0]?.rows[0] as unknown[])[0] = "changed";
    expect(buildSampleWorkbookSpec().sheets[0]?.rows[0]?.[0]).not.toBe("changed");
  });
});

describe("sample workbook: totals match the case study", () => {
  const byPhase = <T extends { phase?: string }>(rows: T[], phase: string) => rows.filter((r) => r.phase === phase);

  it("has 32 distinct mentors and 32 distinct mentees", () => {
    expect(truth.mentors).toHaveLength(32);
    expect(truth.mentees).toHaveLength(32);
    expect(new Set(truth.mentors.map((m) => m.mentorId)).size).toBe(32);
    expect(new Set(truth.mentees.map((m) => m.menteeId)).size).toBe(32);
  });

  it("splits them 18 + 18 in phase 1 and 14 + 14 in phase 2", () => {
    expect(byPhase(truth.mentors, "Phase 1")).toHaveLength(18);
    expect(byPhase(truth.mentees, "Phase 1")).toHaveLength(18);
    expect(byPhase(truth.mentors, "Phase 2")).toHaveLength(14);
    expect(byPhase(truth.mentees, "Phase 2")).toHaveLength(14);
  });

  it("covers 10 then 7 different real counties, 7 weeks each, 1-hour then 2-hour sessions", () => {
    const [p1, p2] = truth.phases;
    expect(p1?.counties).toHaveLength(10);
    expect(p2?.counties).toHaveLength(7);
    const all = [...(p1?.counties ?? []), ...(p2?.counties ?? [])];
    expect(new Set(all).size).toBe(17);
    for (const c of all) expect(COUNTY_NAMES).toContain(c);
    expect(p1?.counties).toEqual(expect.arrayContaining(["Homa Bay", "Kisumu", "Siaya"]));
    expect(p2?.counties).toContain("Mombasa");
    expect(truth.phases.map((p) => p.weeks)).toEqual([7, 7]);
    expect(truth.phases.map((p) => p.sessionHours)).toEqual([1, 2]);
  });

  it("leaves some phase 2 mentees unpaired and pairs every phase 1 mentee", () => {
    const paired = new Set(truth.pairs.map((p) => p.menteeId));
    const unpaired = truth.mentees.filter((m) => !paired.has(m.menteeId));
    expect(unpaired.length).toBeGreaterThanOrEqual(2);
    expect(unpaired.every((m) => m.phase === "Phase 2")).toBe(true);
    const busyMentors = new Set(truth.pairs.map((p) => p.mentorId));
    expect(truth.mentors.filter((m) => m.phase === "Phase 2" && !busyMentors.has(m.mentorId)).length).toBeGreaterThanOrEqual(unpaired.length);
  });

  it("draws mentors from public, private and faith-based institutions, with capacity mostly 1", () => {
    expect(new Set(truth.mentors.map((m) => m.sector))).toEqual(new Set(["Public", "Private", "Faith-based"]));
    const capacities = truth.mentors.map((m) => m.capacity);
    expect(capacities.filter((c) => c === 1).length).toBeGreaterThan(25);
    expect(capacities).toContain(2);
  });

  it("has one proper and one incomplete disengagement", () => {
    const disengaged = truth.pairs.filter((p) => p.status === "disengaged");
    expect(disengaged).toHaveLength(2);
    const proper = disengaged.filter((p) => p.disengagedOn && p.disengagementReason && p.notifiedFocalPerson && p.notifiedIhrm && p.notifiedOtherParty);
    expect(proper).toHaveLength(1);
  });

  it("tells the case study's stories in their counties", () => {
    const goalsIn = (county: string) => {
      const ids = new Set(truth.mentees.filter((m) => m.county === county).map((m) => m.menteeId));
      return truth.goals.filter((g) => g.menteeId !== undefined && ids.has(g.menteeId)).map((g) => g.focusArea);
    };
    expect(goalsIn("Homa Bay")).toEqual(expect.arrayContaining(["disciplinary", "job-descriptions"]));
    expect(goalsIn("Kisumu")).toContain("performance-management");
    expect(goalsIn("Siaya")).toContain("retention-exit");
    expect(goalsIn("Mombasa")).toContain("strategic-planning");
  });
});

describe("sample workbook: when mentees can meet", () => {
  const layout = truth.sheets.find((l) => l.register === "mentees");

  it("has a Days available column on the mentee list, filled for most mentees", () => {
    expect(layout?.columns.find((c) => c.field === "availability")?.header).toBe("Days available");
    const recorded = truth.mentees.filter((m) => m.availability !== undefined);
    expect(recorded.length).toBeGreaterThanOrEqual(28);
    expect(recorded.length).toBeLessThan(truth.mentees.length);
  });

  it("pairs each workshop mentee with a mentor free at a time the mentee is (the workshop matched on availability)", () => {
    for (const pair of truth.pairs) {
      const mentee = truth.mentees.find((m) => m.menteeId === pair.menteeId);
      const mentor = truth.mentors.find((m) => m.mentorId === pair.mentorId);
      if (mentee?.availability === undefined) continue;
      const common = readAvailability(mentee.availability).slots & readAvailability(mentor?.availability).slots;
      expect(common, `${pair.pairId}: ${mentee.availability.join("; ")} / ${mentor?.availability?.join("; ")}`).not.toBe(0);
    }
  });
});

describe("sample workbook: truth obeys the register schemas", () => {
  const lists: Array<[RegisterKind, ReadonlyArray<object>]> = [
    ["phases", truth.phases], ["mentors", truth.mentors], ["mentees", truth.mentees], ["pairs", truth.pairs],
    ["sessions", truth.sessions], ["goals", truth.goals], ["evaluations", truth.evaluations],
  ];
  it.each(lists)("every %s record parses", (kind, rows) => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const result = REGISTERS[kind].schema.safeParse(row);
      expect(result.success, `${kind} ${JSON.stringify(row)}`).toBe(true);
    }
  });

  it("gives every record a unique key within its register", () => {
    for (const [kind, rows] of lists) {
      const keys = rows.map((r) => (r as { key: string }).key);
      expect(new Set(keys).size, kind).toBe(keys.length);
    }
  });
});

describe("sample workbook: sheets and headers", () => {
  it("names the sheets as the offices do, with no Settings sheet", () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([
      "Mentors list 2016", "Mentees", "Pairing", "Session logs", "Mentorship plans", "Evaluations", "Phases",
    ]);
    expect(truth.sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
  });

  it.each(truth.sheets.map((l) => [l.name, l] as const))("%s has its header row where the truth says", (_name, layout) => {
    const rows = sheetOf(spec, layout.name).rows;
    expect(rows[layout.headerRow - 1]).toEqual(layout.columns.map((c) => c.header));
    // Only titles or blank lines above the header.
    for (let r = 1; r < layout.headerRow; r++) {
      const cells = (rows[r - 1] ?? []).filter((c) => c !== null && c !== "");
      if (layout.titleRows.includes(r)) expect(cells).toHaveLength(1);
      else expect(cells).toHaveLength(0);
    }
  });

  it("puts a title above the header on most sheets and merges some titles", () => {
    expect(truth.sheets.filter((l) => l.headerRow > 1).length).toBeGreaterThanOrEqual(5);
    expect(spec.sheets.filter((s) => (s.merges ?? []).length > 0).length).toBeGreaterThanOrEqual(2);
  });

  it("uses header wordings the register catalogue knows, for every mapped column", () => {
    for (const layout of truth.sheets) {
      for (const col of layout.columns.filter((c) => c.field !== null)) {
        const def = fieldDef(layout.register, col.field as string);
        expect(def, `${layout.name} ${col.header}`).toBeDefined();
        const wordings = [def?.label ?? "", ...(def?.aliases ?? [])].map(looseKey);
        expect(wordings, `${layout.name} "${col.header}"`).toContain(looseKey(col.header));
      }
    }
  });

  it("ties every data row to a record of the sheet's register", () => {
    for (const layout of truth.sheets) {
      expect(layout.rows.length).toBeGreaterThan(0);
      for (const r of layout.rows) expect(entityOf(truth, layout.register, r.key), `${layout.name} row ${r.row}`).toBeDefined();
    }
  });

  it("renders every record that has a sheet, on at least one row", () => {
    for (const layout of truth.sheets) {
      const shown = new Set(layout.rows.map((r) => r.key));
      const all = registerRows(truth, layout.register).map((e) => e.key);
      expect([...shown].sort(), layout.name).toEqual([...all].sort());
    }
  });

  it("keeps the confidential session notes and evaluation comments in their own columns", () => {
    const logs = truth.sheets.find((l) => l.register === "sessions");
    const notes = logs?.columns.find((c) => c.field === "notes");
    expect(notes).toBeDefined();
    expect(fieldDef("sessions", "notes")?.confidential).toBe(true);
    const held = truth.sessions.filter((s) => s.held);
    expect(held.length).toBeGreaterThan(100);
    for (const s of held) expect(s.notes, s.key).toMatch(/^CONFIDENTIAL - /);
    // Each note is unique, so a leak into a summary can be traced to one log.
    expect(new Set(held.map((s) => s.notes)).size).toBe(held.length);
    expect(truth.sheets.find((l) => l.register === "evaluations")?.columns.some((c) => c.field === "comments")).toBe(true);
  });
});

function registerRows(t: SampleTruth, kind: RegisterKind): ReadonlyArray<{ key: string }> {
  return { phases: t.phases, mentors: t.mentors, mentees: t.mentees, pairs: t.pairs, sessions: t.sessions, goals: t.goals, evaluations: t.evaluations }[kind];
}

describe("sample workbook: every clean cell shows the truth", () => {
  /** Cells the defects list accounts for are skipped; every other mapped cell must read as the truth. */
  const planted = new Set(truth.defects.filter((d) => d.cell).map((d) => `${d.sheet}!${d.cell}`));
  const duplicateRows = new Set(
    truth.defects.filter((d) => d.kind === "duplicate-person" || d.kind === "duplicate-session").map((d) => `${d.sheet}!${/\d+/.exec(d.cell ?? "")?.[0]}`),
  );

  it.each(truth.sheets.map((l) => [l.name, l] as const))("%s", (_name, layout) => {
    const rows = sheetOf(spec, layout.name).rows;
    let checked = 0;
    for (const { row, key } of layout.rows) {
      if (duplicateRows.has(`${layout.name}!${row}`)) continue;
      const entity = entityOf(truth, layout.register, key) as Record<string, unknown>;
      for (const col of layout.columns) {
        if (col.field === null || planted.has(`${layout.name}!${col.letter}${row}`)) continue;
        const cell = rows[row - 1]?.[col.column - 1] ?? null;
        const want = entity[col.field];
        const where = `${layout.name}!${col.letter}${row} (${col.field})`;
        const kind = fieldDef(layout.register, col.field)?.kind;
        checked++;
        if (want === undefined) {
          expect(cell, where).toBeNull();
        } else if (kind === "date") {
          expect(cell, where).toBeInstanceOf(Date);
          expect(isoOf(cell as Date), where).toBe(want);
        } else if (kind === "yesno") {
          expect(cell, where).toBe(want ? "Yes" : "No");
        } else if (kind === "focusAreas") {
          expect(focusAreasIn(String(cell)), where).toEqual(want);
        } else if (kind === "focusArea") {
          expect(focusAreasIn(String(cell)), where).toEqual([want]);
        } else if (kind === "list" || kind === "counties") {
          expect(String(cell).split(/[;,]/).map((s) => s.trim()), where).toEqual(want);
        } else if (kind === "choice") {
          expect(String(cell).toLowerCase(), where).toBe(String(want).toLowerCase());
        } else {
          expect(cell, where).toBe(want);
        }
      }
    }
    expect(checked).toBeGreaterThan(layout.rows.length);
  });
});

describe("sample workbook: people", () => {
  const people = [...truth.mentors, ...truth.mentees].map((p) => p.fullName);

  it("gives all 64 people different names", () => {
    expect(new Set(people.map(nameKey)).size).toBe(64);
  });

  it("uses invented names only: none of the case study's authors or well-known figures", () => {
    for (const name of people) {
      for (const part of name.split(" ")) expect(FORBIDDEN_NAME_PARTS, name).not.toContain(part);
    }
  });

  it("repeats a name on the people sheets only where the duplicate is planted", () => {
    for (const register of ["mentors", "mentees"] as const) {
      const layout = truth.sheets.find((l) => l.register === register);
      if (!layout) throw new Error(register);
      const col = layout.columns.find((c) => c.field === "fullName");
      const rows = sheetOf(spec, layout.name).rows;
      const seen = new Map<string, number>();
      const repeats: string[] = [];
      for (const { row } of layout.rows) {
        const key = nameKey(rows[row - 1]?.[(col?.column ?? 0) - 1] ?? "");
        if (seen.has(key)) repeats.push(`${col?.letter}${row}`);
        seen.set(key, row);
      }
      const plantedDupes = truth.defects.filter((d) => d.kind === "duplicate-person" && d.sheet === layout.name).map((d) => d.cell);
      expect(repeats, layout.name).toEqual(plantedDupes);
    }
    expect(truth.defects.filter((d) => d.kind === "duplicate-person")).toHaveLength(1);
  });

  it("uses only example e-mail domains and visibly invented 07xx 555 numbers", () => {
    for (const p of [...truth.mentors, ...truth.mentees]) {
      expect(p.email).toMatch(/@example\.(org|co\.ke)$/);
      expect(p.phone).toMatch(/^\+2547\d{2}555\d{3}$/);
    }
  });
});
