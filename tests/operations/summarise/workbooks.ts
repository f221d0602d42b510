// Workbooks for the summary operation's tests: a clean programme of any size, written as the
// registers' own sheets (headers from the field catalogue), so the operation reads it through
// the real reader and finds no validation errors.
import { REGISTERS, type RegisterKind } from "../../../src/domain/registers";
import type { CellInput, SheetSpec } from "../../../src/sample";
import { memoryWorkbookFromSpec, type MemoryWorkbook } from "../../../src/workbook/memory";

type Row = Partial<Record<string, CellInput>>;

function registerSheet(kind: RegisterKind, rows: Row[]): SheetSpec {
  const fields = REGISTERS[kind].fields.filter((f) => rows.some((r) => r[f.key] !== undefined));
  return {
    name: REGISTERS[kind].sheetName,
    rows: [fields.map((f) => f.label), ...rows.map((r) => fields.map((f) => r[f.key] ?? null))],
  };
}

const PHASES = [
  { phase: "Phase 1", counties: ["Kisumu", "Siaya", "Homa Bay"], start: Date.UTC(2017, 1, 6), hours: 1, weeks: 7 },
  { phase: "Phase 2", counties: ["Mombasa", "Kilifi"], start: Date.UTC(2017, 8, 4), hours: 2, weeks: 7 },
] as const;

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(4, "0");

/**
 * Two phases (3 then 2 counties, 7 weeks, 1 h then 2 h), `pairsPerPhase` completed pairs in
 * each with all 7 sessions held. Nothing breaks a rule.
 */
export function cleanProgrammeWorkbook(pairsPerPhase: number): MemoryWorkbook {
  const phases: Row[] = [];
  const mentors: Row[] = [];
  const mentees: Row[] = [];
  const pairs: Row[] = [];
  const sessions: Row[] = [];
  PHASES.forEach((p, pi) => {
    const n = pi + 1;
    phases.push({ phase: p.phase, counties: p.counties.join(", "), startDate: new Date(p.start), weeks: p.weeks, sessionHours: p.hours, endDate: new Date(p.start + (p.weeks * 7 - 1) * DAY) });
    for (let i = 1; i <= pairsPerPhase; i++) {
      const county = p.counties[i % p.counties.length] ?? p.counties[0];
      const mentorId = `MR-${n}-${pad(i)}`;
      const menteeId = `ME-${n}-${pad(i)}`;
      const workplace = `${county} County Referral Hospital`;
      mentors.push({
        mentorId, fullName: `Mentor ${n}-${pad(i)}`, organisation: "Aga Khan Hospital", sector: "Private", county,
        email: `mentor.${n}.${i}@example.org`, phone: `+2547${n}${String(i).padStart(7, "0")}`, ihrmNumber: `IHRM/${n}${pad(i)}`,
        yearsExperience: 10, skills: "Performance management; Recruitment", capacity: 1, sensitisationAttended: "Yes", confidentialityAgreed: "Yes", phase: p.phase,
      });
      mentees.push({
        menteeId, fullName: `Mentee ${n}-${pad(i)}`, county, role: "County HRH officer", workplace,
        email: `mentee.${n}.${i}@example.org`, phone: `+2541${n}${String(i).padStart(7, "0")}`, phase: p.phase,
        trainingCompleted: "Yes", needs: "Performance management", releaseApproved: "Yes",
      });
      const pairId = `P${n}-${pad(i)}`;
      pairs.push({ pairId, mentorId, menteeId, phase: p.phase, status: "Completed", acceptanceSigned: new Date(p.start - 3 * DAY), planSubmitted: "Yes" });
      for (let week = 1; week <= p.weeks; week++) {
        sessions.push({ pairId, week, date: new Date(p.start + ((week - 1) * 7 + 1) * DAY), hours: p.hours, venue: workplace, held: "Yes", topics: "Performance management" });
      }
    }
  });
  return memoryWorkbookFromSpec({
    sheets: [
      registerSheet("phases", phases),
      registerSheet("mentors", mentors),
      registerSheet("mentees", mentees),
      registerSheet("pairs", pairs),
      registerSheet("sessions", sessions),
    ],
  });
}
