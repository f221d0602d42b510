/**
 * How fast a big messy sheet becomes a register: header detection, column mapping and the
 * normalisation of every cell, on a generated 50,000-row mentor sheet with the mess real
 * sheets have (title rows, blank rows, day-first text dates next to date cells, phones in
 * four forms, misspelt counties, sector abbreviations, yes/no variants, "12 yrs", ranked
 * skill lists, non-breaking spaces, names beginning with "=").
 *
 * Run: node --import tsx bench/reading.bench.ts
 */
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { detectRegister } from "../src/domain/mapping";
import { readRegister } from "../src/domain/reading";
import type { Grid, GridValue } from "../src/domain/registers";

export interface ReadingBenchFigures {
  rows: number;
  cells: number;
  /** Header row search, column mapping and register inference. */
  detectMs: number;
  /** Normalising every cell into register rows. */
  readMs: number;
  totalMs: number;
  rowsPerSecond: number;
  changes: number;
  problems: number;
  /** The same sheet read again, with the per-value caches (counties, focus areas) warm. */
  warmReadMs: number;
  warmRowsPerSecond: number;
  /**
   * CPU time of the cold run (detection + read), which a busy machine disturbs far less than
   * wall time; rows per CPU second is the figure to compare between runs.
   */
  cpuMs: number;
  rowsPerCpuSecond: number;
}

/** A small seeded generator (mulberry32): the same sheet every run, so figures compare. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Achieng", "Wanjiru", "Kamau", "Otieno", "Chebet", "Mwangi", "Njeri", "Kiprono", "Atieno", "Barasa", "Wafula", "Nafula", "Mutua", "Muthoni", "Odhiambo", "Jeptoo"];
const LAST = ["Otieno", "Kamau", "Mwangi", "Ouma", "Kiptoo", "Wekesa", "Njoroge", "Omondi", "Korir", "Mutiso", "Onyango", "Ndungu"];
const COUNTIES = ["Kisumu", "kisumu ", "Homabay", "Homa Bay", "Taita-Taveta", "Murang’a", "Muranga", "Kisumu County", "Kakamegga", "Nairobi", "NAIROBI", "Siaya", "Migori", "Kisii", "Nyamira", "Bungoma", "Kisumo", "Atlantis"];
const SECTORS = ["Public", "Govt", "Pvt", "Private", "FBO", "Faith based", "Mission", "NGO", "county", "Cooperative"];
const YES_NO: GridValue[] = ["Yes", "Y", "yes", "TRUE", true, 1, "No", "N", false, "x", ""];
const SKILLS = ["Performance management; Recruitment", "1. Appraisal 2. Disciplinary", "PM, T&D", "HR planning/iHRIS", "Labour laws", "Recruitment and training", "Appraisal; basket weaving", "Strategic planning"];
const REMARKS = ["", "", "", "Keen", "Prefers Tuesdays", "=Called twice", "+ follow up", "@IHRM office", "Met at the\nworkshop"];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function phone(rand: () => number): GridValue {
  const nine = `7${String(Math.floor(rand() * 1e8)).padStart(8, "0")}`;
  switch (Math.floor(rand() * 5)) {
    case 0: return `0${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}`;
    case 1: return `+254${nine}`;
    case 2: return Number(nine);
    case 3: return `254-${nine}`;
    default: return `0${nine}`;
  }
}

function name(rand: () => number, i: number): string {
  const n = `${pick(rand, FIRST)} ${pick(rand, LAST)} ${i}`;
  const r = rand();
  if (r < 0.05) return `=${n}`;
  if (r < 0.15) return n.replace(" ", "\u00A0");
  if (r < 0.25) return ` ${n.toUpperCase()}  `;
  return n;
}

/** The generated sheet: two title rows, a header with a blank cell, then `rows` rows. */
export function messyMentorSheet(rows: number, seed = 2017): Grid {
  const rand = prng(seed);
  const header: GridValue[] = ["S/No", "Name of Mentor", "County of work", "Tel. No.", "E-mail address", "Sector", "Yrs of HR experience", "Skills", "Sensitisation attended", "Date of sensitisation", "", "Remarks"];
  const values: GridValue[][] = [["HRH Capacity Bridge Project"], ["Mentors – all phases"], header];
  const numberFormats: string[][] = [[], [], header.map(() => "General")];
  for (let i = 1; i <= rows; i++) {
    if (rand() < 0.01) {
      values.push([]);
      numberFormats.push([]);
      continue;
    }
    const realDate = rand() < 0.5;
    const day = 1 + Math.floor(rand() * 28);
    const years = Math.floor(rand() * 30);
    values.push([
      i,
      name(rand, i),
      pick(rand, COUNTIES),
      phone(rand),
      `mentor${i}@${rand() < 0.2 ? "Example.ORG" : "example.org"}`,
      pick(rand, SECTORS),
      rand() < 0.3 ? `${years} yrs` : rand() < 0.05 ? `about ${years}` : years,
      pick(rand, SKILLS),
      pick(rand, YES_NO),
      realDate ? 42766 + day : `${String(day).padStart(2, "0")}/02/2017`,
      rand() < 0.1 ? "note" : "",
      pick(rand, REMARKS),
    ]);
    numberFormats.push(header.map((_, j) => (j === 9 && realDate ? "dd/mm/yyyy" : "General")));
  }
  return { sheet: "Mentors", origin: { row: 1, column: 1 }, values, numberFormats };
}

export function runReadingBench(rows = 50_000): ReadingBenchFigures {
  const grid = messyMentorSheet(rows);
  const cells = grid.values.reduce((n, r) => n + r.length, 0);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const detection = detectRegister(grid);
  const t1 = performance.now();
  if (detection.kind !== "mentors" || !detection.mapping) throw new Error(`The bench sheet was not taken for a mentor sheet: ${detection.message}`);
  const data = readRegister(grid, "mentors", detection.mapping);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  readRegister(grid, "mentors", detection.mapping);
  const t3 = performance.now();
  const readRows = data.rows.length;
  return {
    rows: readRows,
    cells,
    detectMs: round(t1 - t0),
    readMs: round(t2 - t1),
    totalMs: round(t2 - t0),
    rowsPerSecond: Math.round(readRows / ((t2 - t0) / 1000)),
    changes: data.rows.reduce((n, r) => n + r.changes.length, 0),
    problems: data.rows.reduce((n, r) => n + r.problems.length, 0),
    warmReadMs: round(t3 - t2),
    warmRowsPerSecond: Math.round(readRows / ((t3 - t2) / 1000)),
    cpuMs: round(cpuMs),
    rowsPerCpuSecond: Math.round(readRows / (cpuMs / 1000)),
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const f = runReadingBench();
  const lines = [
    `reading bench: ${f.rows.toLocaleString("en")} messy mentor rows (${f.cells.toLocaleString("en")} cells)`,
    `  header detection + mapping: ${f.detectMs} ms`,
    `  normalisation into rows:    ${f.readMs} ms`,
    `  total: ${f.totalMs} ms = ${f.rowsPerSecond.toLocaleString("en")} rows/s`,
    `  CPU time: ${f.cpuMs} ms = ${f.rowsPerCpuSecond.toLocaleString("en")} rows per CPU second`,
    `  warm second read: ${f.warmReadMs} ms = ${f.warmRowsPerSecond.toLocaleString("en")} rows/s`,
    `  ${f.changes.toLocaleString("en")} changes reported, ${f.problems.toLocaleString("en")} problems`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
