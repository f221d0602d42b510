import { describe, expect, it } from "vitest";
import { COUNTY_NAMES, SECTORS } from "../../src/domain/reference";
import { fieldDef } from "../../src/domain/registers";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { buildSampleWorkbookSpec, DEFECT_KINDS, sampleTruth, type DefectKind, type PlantedDefect } from "../../src/sample";
import {
  cellAt, dayFirstToIso, entityOf, isoOf, looseKey, nameKey, parseAddress, phoneToE164, sheetOf,
} from "./helpers";

const spec = buildSampleWorkbookSpec();
const truth = sampleTruth();
const defects = truth.defects;

const layoutOf = (sheet: string) => {
  const layout = truth.sheets.find((l) => l.name === sheet);
  if (!layout) throw new Error(`No layout for ${sheet}`);
  return layout;
};
const rowOf = (d: PlantedDefect) => parseAddress(d.cell ?? "").row;

describe("planted defects: bookkeeping", () => {
  it("numbers the defects D001.. and files each under its own category", () => {
    defects.forEach((d, i) => {
      expect(d.id).toBe(`D${String(i + 1).padStart(3, "0")}`);
      expect(d.category).toBe(DEFECT_KINDS[d.kind]);
    });
  });

  it("plants every kind of defect at least once", () => {
    const planted = new Set(defects.map((d) => d.kind));
    for (const kind of Object.keys(DEFECT_KINDS)) expect(planted, kind).toContain(kind);
  });

  it("spreads the mess across the sheets", () => {
    for (const sheet of spec.sheets) expect(defects.some((d) => d.sheet === sheet.name), sheet.name).toBe(true);
  });

  it("records the value each defect's cell really holds", () => {
    for (const d of defects.filter((x) => x.cell !== null)) {
      expect(cellAt(spec, d.sheet, d.cell as string), `${d.id} ${d.sheet}!${d.cell}`).toEqual(d.value);
    }
  });

  it("gives every format defect the truth value it stands for", () => {
    for (const d of defects.filter((x) => x.category === "format")) {
      expect(d.register && d.key && d.field, d.id).toBeTruthy();
      const entity = entityOf(truth, d.register ?? "mentors", d.key ?? "");
      expect(entity, d.id).toBeDefined();
      expect(entity?.[d.field ?? ""], d.id).toEqual(d.expected);
      // A logical TRUE already means yes; the defect is that it is not the sheet's "Yes".
      if (typeof d.value !== "boolean") expect(d.value, d.id).not.toEqual(d.expected);
    }
  });
});

/** What each kind of defect must look like in its cell, checked with the test's own readers. */
const CHECKS: Record<DefectKind, (d: PlantedDefect) => void> = {
  "title-rows": (d) => {
    const layout = layoutOf(d.sheet);
    expect(layout.titleRows).toContain(rowOf(d));
    expect(rowOf(d)).toBeLessThan(layout.headerRow);
    expect(typeof d.value).toBe("string");
  },
  "merged-title": (d) => {
    expect(sheetOf(spec, d.sheet).merges).toContain(d.cell);
    expect(layoutOf(d.sheet).titleRows).toContain(rowOf(d));
  },
  "header-variant": (d) => {
    const layout = layoutOf(d.sheet);
    expect(rowOf(d)).toBe(layout.headerRow);
    const def = fieldDef(layout.register, d.field ?? "");
    expect(d.value).not.toBe(def?.label);
    expect((def?.aliases ?? []).map(looseKey)).toContain(looseKey(String(d.value)));
  },
  "blank-row": (d) => {
    const row = rowOf(d);
    const cells = sheetOf(spec, d.sheet).rows[row - 1] ?? [];
    expect(cells.every((c) => c === null || c === "")).toBe(true);
    const dataRows = layoutOf(d.sheet).rows.map((r) => r.row);
    expect(row).toBeGreaterThan(Math.min(...dataRows));
    expect(row).toBeLessThan(Math.max(...dataRows));
  },
  "duplicate-person": (d) => {
    const layout = layoutOf(d.sheet);
    const rows = layout.rows.filter((r) => r.key === d.key).map((r) => r.row);
    expect(rows).toHaveLength(2);
    const { column } = parseAddress(d.cell ?? "");
    const [first, second] = rows.map((r) => sheetOf(spec, d.sheet).rows[r - 1]?.[column - 1] ?? null);
    expect(first).not.toBe(second);
    expect(nameKey(first ?? "")).toBe(nameKey(second ?? ""));
  },
  "duplicate-session": (d) => {
    const rows = layoutOf(d.sheet).rows.filter((r) => r.key === d.key).map((r) => r.row);
    expect(rows).toHaveLength(2);
    const [a, b] = rows.map((r) => sheetOf(spec, d.sheet).rows[r - 1]);
    expect(a).toEqual(b);
  },
  "date-as-text": (d) => {
    expect(typeof d.value).toBe("string");
    expect(dayFirstToIso(String(d.value))).toBe(d.expected);
  },
  "phone-format": (d) => {
    expect(String(d.value)).not.toMatch(/^\+2547\d{8}$/);
    expect(phoneToE164(d.value)).toBe(d.expected);
  },
  "county-spelling": (d) => {
    expect(COUNTY_NAMES).not.toContain(d.value);
    expect(COUNTY_NAMES).toContain(d.expected);
    const strip = (s: string) => looseKey(s.replace(/[\u2019']/g, ""));
    expect(strip(String(d.value))).toBe(strip(String(d.expected)));
  },
  "sector-abbreviation": (d) => {
    expect(["FBO", "Pvt", "Govt"]).toContain(d.value);
    expect(SECTORS).toContain(d.expected);
  },
  "yes-no-variant": (d) => {
    expect(["Yes", "No"]).not.toContain(d.value);
    expect([true, 1, "Y", "y", "yes", "TRUE"]).toContain(d.value);
    expect(d.expected).toBe(true);
  },
  "number-as-text": (d) => {
    expect(typeof d.value).toBe("string");
    expect(Number.parseFloat(String(d.value))).toBe(d.expected);
  },
  "formula-like-name": (d) => {
    // Kept as typed in the register; the other sheets name the same person without the "=".
    expect(String(d.value).startsWith("=")).toBe(true);
    expect(d.value).toBe(truth.mentees.find((m) => m.key === d.key)?.fullName);
    const pair = truth.pairs.find((p) => p.menteeId === d.key);
    expect(pair?.menteeName).toBe(String(d.value).slice(1));
  },
  "email-case": (d) => {
    const [local, domain] = String(d.value).split("@");
    expect(domain).not.toBe(domain?.toLowerCase());
    expect(`${local}@${domain?.toLowerCase()}`).toBe(d.expected);
  },
  "non-breaking-space": (d) => {
    expect(String(d.value)).toContain("\u00A0");
    expect(String(d.value).replace(/\u00A0/g, " ")).toBe(d.expected);
  },
  "county-outside-phase": (d) => {
    const mentee = truth.mentees.find((m) => m.key === d.key);
    const phase = truth.phases.find((p) => p.phase === mentee?.phase);
    expect(d.value).toBe(mentee?.county);
    expect(phase?.counties).not.toContain(mentee?.county);
  },
  "sensitisation-not-recorded": (d) => {
    expect(d.value).toBeNull();
    expect(truth.mentors.find((m) => m.key === d.key)?.sensitisationAttended).toBeUndefined();
  },
  "confidentiality-not-agreed": (d) => {
    expect(d.value).toBe("No");
    expect(truth.mentors.find((m) => m.key === d.key)?.confidentialityAgreed).toBe(false);
  },
  "experience-below-minimum": (d) => {
    expect(Number(d.value)).toBeLessThan(DEFAULT_SETTINGS.minYearsExperience);
  },
  "training-not-completed": (d) => {
    expect(d.value).toBe("No");
    expect(truth.mentees.find((m) => m.key === d.key)?.trainingCompleted).toBe(false);
  },
  "release-not-approved": (d) => {
    expect(d.value).toBe("No");
    expect(truth.mentees.find((m) => m.key === d.key)?.releaseApproved).toBe(false);
  },
  "disengagement-incomplete": (d) => {
    const pair = truth.pairs.find((p) => p.key === d.key);
    expect(pair?.status).toBe("disengaged");
    expect([null, "No"]).toContain(d.value);
  },
  "session-wrong-venue": (d) => {
    const s = truth.sessions.find((x) => x.key === d.key);
    const workplace = truth.mentees.find((m) => m.menteeId === s?.menteeId)?.workplace;
    expect(d.value).toBe(s?.venue);
    expect(d.value).not.toBe(workplace);
  },
  "session-hours-off-policy": (d) => {
    const s = truth.sessions.find((x) => x.key === d.key);
    const phase = truth.phases.find((p) => p.phase === s?.phase);
    expect(d.value).toBe(s?.hours);
    expect(Math.abs(Number(d.value) - Number(phase?.sessionHours))).toBeGreaterThan(DEFAULT_SETTINGS.sessionHoursTolerance);
  },
  "session-after-disengagement": (d) => {
    const s = truth.sessions.find((x) => x.key === d.key);
    const pair = truth.pairs.find((p) => p.pairId === s?.pairId);
    expect(isoOf(d.value as Date)).toBe(s?.date);
    expect(String(s?.date) > String(pair?.disengagedOn)).toBe(true);
  },
  "session-before-acceptance": (d) => {
    const s = truth.sessions.find((x) => x.key === d.key);
    const pair = truth.pairs.find((p) => p.pairId === s?.pairId);
    expect(isoOf(d.value as Date)).toBe(s?.date);
    expect(String(s?.date) < String(pair?.acceptanceSigned)).toBe(true);
  },
  "session-missed": (d) => {
    expect(d.value).toBe("No");
    expect(truth.sessions.find((x) => x.key === d.key)?.held).toBe(false);
  },
  "session-log-missing": (d) => {
    expect(d.cell).toBeNull();
    expect(truth.sessions.some((x) => x.key === d.key)).toBe(false);
    expect(layoutOf(d.sheet).rows.some((r) => r.key === d.key)).toBe(false);
  },
  "date-outside-phase": (d) => {
    const s = truth.sessions.find((x) => x.key === d.key);
    const w = truth.windows.find((x) => x.phase === s?.phase);
    expect(isoOf(d.value as Date)).toBe(s?.date);
    expect(String(s?.date) < String(w?.matchingWorkshop) || String(s?.date) > String(w?.wrapUp)).toBe(true);
  },
};

describe("planted defects: each cell really holds its defect", () => {
  it.each(defects.map((d) => [`${d.id} ${d.kind} ${d.sheet}!${d.cell ?? "-"}`, d] as const))("%s", (_label, d) => {
    CHECKS[d.kind](d);
  });
});

describe("planted defects: no rule is broken by accident", () => {
  /** Scans the truth for every rule the validator checks; the result must be exactly the planted set. */
  function ruleBreaches(): string[] {
    const found: string[] = [];
    const add = (kind: DefectKind, key: string, field: string | null) => found.push(`${kind} ${key} ${field ?? "-"}`);
    const phaseOf = (name: string | undefined) => truth.phases.find((p) => p.phase === name);
    const windowOf = (name: string | undefined) => truth.windows.find((w) => w.phase === name);
    const inWindow = (iso: string | undefined, phase: string | undefined) => {
      const w = windowOf(phase);
      return iso === undefined || (w !== undefined && iso >= w.matchingWorkshop && iso <= w.wrapUp);
    };

    for (const m of truth.mentors) {
      if (m.sensitisationAttended === undefined) add("sensitisation-not-recorded", m.key, "sensitisationAttended");
      if (m.confidentialityAgreed !== true) add("confidentiality-not-agreed", m.key, "confidentialityAgreed");
      if ((m.yearsExperience ?? 0) < DEFAULT_SETTINGS.minYearsExperience) add("experience-below-minimum", m.key, "yearsExperience");
    }
    for (const m of truth.mentees) {
      if (!phaseOf(m.phase)?.counties.includes(m.county ?? "Nairobi")) add("county-outside-phase", m.key, "county");
      if (m.trainingCompleted !== true) add("training-not-completed", m.key, "trainingCompleted");
      if (m.releaseApproved !== true) add("release-not-approved", m.key, "releaseApproved");
    }
    for (const p of truth.pairs) {
      if (p.status === "disengaged") {
        if (!p.disengagedOn) add("disengagement-incomplete", p.key, "disengagedOn");
        if (p.notifiedFocalPerson !== true) add("disengagement-incomplete", p.key, "notifiedFocalPerson");
        if (p.notifiedIhrm !== true) add("disengagement-incomplete", p.key, "notifiedIhrm");
        if (p.notifiedOtherParty !== true) add("disengagement-incomplete", p.key, "notifiedOtherParty");
      }
      if (!inWindow(p.acceptanceSigned, p.phase) || !inWindow(p.disengagedOn, p.phase)) add("date-outside-phase", p.key, "acceptanceSigned");
      // Weekly logs due so far: every week that ended by the as-of date, up to a dated
      // disengagement. An undated disengagement is reported on its own, not as missing logs.
      const phase = phaseOf(p.phase);
      if (!phase || (p.status === "disengaged" && !p.disengagedOn)) continue;
      for (let week = 1; week <= (phase.weeks ?? 7); week++) {
        const start = addDaysIso(phase.startDate, (week - 1) * 7);
        const end = addDaysIso(start, 6);
        if (end > truth.asOf || (p.disengagedOn && start >= p.disengagedOn)) continue;
        if (!truth.sessions.some((s) => s.pairId === p.pairId && s.week === week)) add("session-log-missing", `${p.pairId}/W${week}`, null);
      }
    }
    for (const s of truth.sessions) {
      const pair = truth.pairs.find((p) => p.pairId === s.pairId);
      const mentee = truth.mentees.find((m) => m.menteeId === s.menteeId);
      const phase = phaseOf(s.phase);
      if (!s.held) {
        add("session-missed", s.key, "held");
        continue;
      }
      if (s.venue !== mentee?.workplace) add("session-wrong-venue", s.key, "venue");
      if (Math.abs((s.hours ?? 0) - (phase?.sessionHours ?? 0)) > DEFAULT_SETTINGS.sessionHoursTolerance) add("session-hours-off-policy", s.key, "hours");
      if (pair?.disengagedOn && (s.date ?? "") > pair.disengagedOn) add("session-after-disengagement", s.key, "date");
      if (pair?.acceptanceSigned && (s.date ?? "") < pair.acceptanceSigned && inWindow(s.date, s.phase)) add("session-before-acceptance", s.key, "date");
      if (!inWindow(s.date, s.phase)) add("date-outside-phase", s.key, "date");
    }
    for (const g of truth.goals) {
      const pair = truth.pairs.find((p) => p.pairId === g.pairId);
      if (!inWindow(g.targetDate, pair?.phase)) add("date-outside-phase", g.key, "targetDate");
    }
    for (const e of truth.evaluations) {
      const pair = truth.pairs.find((p) => p.pairId === e.pairId);
      if (!inWindow(e.date, pair?.phase)) add("date-outside-phase", e.key, "date");
    }
    return found.sort();
  }

  it("finds in the truth exactly the rule defects that were planted", () => {
    const planted = defects.filter((d) => d.category === "rule" || d.category === "attendance").map((d) => `${d.kind} ${d.key} ${d.field ?? "-"}`).sort();
    expect(ruleBreaches()).toEqual(planted);
  });

  it("keeps every date within its phase's window, except the planted ones", () => {
    const outside = defects.filter((d) => d.kind === "date-outside-phase");
    expect(outside).toHaveLength(1);
    for (const s of truth.sessions) {
      if (outside.some((d) => d.key === s.key)) continue;
      const w = truth.windows.find((x) => x.phase === s.phase);
      expect(s.date && w && s.date >= w.matchingWorkshop && s.date <= w.wrapUp, s.key).toBe(true);
    }
  });
});

function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
