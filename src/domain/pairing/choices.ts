/**
 * The officer's locks and exclusions as the workbook keeps them: the "Pairing choices" sheet,
 * one row per choice, so a matching workshop can stop and resume days later and two officers
 * see the same choices. Pure: reads the sheet's grid into choices (saying which rows could not
 * be used and why), turns them into the request's named pairs, and lists the choices a run
 * kept, in the officer's words.
 */
import { cellRef, type Grid, type GridValue } from "../registers";
import { phaseKey, textKey } from "../validation/keys";
import type { PairingProblem } from "./problem";
import { personKey, personLabel, type PersonName } from "./people";
import type { PairRef } from "./request";

export const PAIRING_CHOICES_SHEET = "Pairing choices";
export const PAIRING_CHOICE_HEADERS = ["Phase", "Mentor ID", "Mentor", "Mentee ID", "Mentee", "Choice", "Note", "Set at"] as const;

export type ChoiceKind = "lock" | "exclude";

/** One row of the Pairing choices sheet. */
export interface PairingChoice {
  phase: string;
  choice: ChoiceKind;
  mentor: PersonName;
  mentee: PersonName;
  note: string;
  /** When it was set, as written ("2017-02-01 08:30 UTC"). */
  setAt: string;
  /** 1-based row on the sheet; absent for a choice not saved yet. */
  row?: number;
}

export interface ChoicesReading {
  choices: PairingChoice[];
  /** Rows that could not be used, each with its cell and what to type. */
  problems: string[];
}

type Column = "phase" | "mentorId" | "mentor" | "menteeId" | "mentee" | "choice" | "note" | "setAt";
const COLUMN_KEYS: readonly Column[] = ["phase", "mentorId", "mentor", "menteeId", "mentee", "choice", "note", "setAt"];
const HEADER_KEYS = new Map<string, Column>(PAIRING_CHOICE_HEADERS.map((h, i) => [textKey(h), COLUMN_KEYS[i]!]));

/** The words an officer may type in the Choice column. */
const CHOICE_WORDS = new Map<string, ChoiceKind>([
  ["lock", "lock"],
  ["locked", "lock"],
  ["keep", "lock"],
  ["exclude", "exclude"],
  ["excluded", "exclude"],
  ["exclusion", "exclude"],
  ["never", "exclude"],
]);

/** Titles or notes may sit above the table; the header is looked for in the first rows. */
const HEADER_SEARCH_ROWS = 10;

function text(value: GridValue | undefined): string {
  return value === undefined || value === null ? "" : String(value).trim();
}

function findHeader(grid: Grid): { at: number; columns: Map<Column, number> } | undefined {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.values.length); r++) {
    const columns = new Map<Column, number>();
    (grid.values[r] ?? []).forEach((cell, c) => {
      const column = HEADER_KEYS.get(textKey(text(cell)));
      if (column !== undefined && !columns.has(column)) columns.set(column, c);
    });
    if (columns.has("choice") && (columns.has("mentor") || columns.has("mentorId")) && (columns.has("mentee") || columns.has("menteeId"))) return { at: r, columns };
  }
  return undefined;
}

/** The choices the sheet holds (a missing or blank sheet holds none). */
export function readPairingChoices(grid: Grid | undefined): ChoicesReading {
  if (!grid || grid.values.length === 0) return { choices: [], problems: [] };
  const header = findHeader(grid);
  if (!header) {
    return { choices: [], problems: [`The ${grid.sheet} sheet has no header with Mentor, Mentee and Choice, so no lock or exclusion was read from it. Rename that sheet if it is yours; the add-in then makes its own.`] };
  }
  const choices: PairingChoice[] = [];
  const problems: string[] = [];
  for (let r = header.at + 1; r < grid.values.length; r++) {
    const cells = grid.values[r] ?? [];
    const get = (column: Column) => {
      const c = header.columns.get(column);
      return c === undefined ? "" : text(cells[c]);
    };
    if (COLUMN_KEYS.every((column) => get(column) === "")) continue;
    const row = grid.origin.row + r;
    const at = (column: Column) => cellRef(grid.sheet, row, grid.origin.column + (header.columns.get(column) ?? 0)).address;
    const mentor = { id: get("mentorId"), name: get("mentor") };
    const mentee = { id: get("menteeId"), name: get("mentee") };
    const choice = CHOICE_WORDS.get(textKey(get("choice")));
    const unusable = (what: string, column: Column, fix: string) => problems.push(`${grid.sheet}!${at(column)}: ${what}, so row ${row} was not used. ${fix}`);
    if (choice === undefined) unusable(get("choice") === "" ? "the Choice is blank" : `“${get("choice")}” is neither lock nor exclude`, "choice", "Type lock or exclude.");
    else if (get("phase") === "") unusable("the Phase is blank", "phase", "Type the phase, e.g. Phase 2.");
    else if (mentor.id === "" && mentor.name === "") unusable("the mentor is blank", "mentor", "Type the mentor's ID or name.");
    else if (mentee.id === "" && mentee.name === "") unusable("the mentee is blank", "mentee", "Type the mentee's ID or name.");
    else choices.push({ phase: get("phase"), choice, mentor, mentee, note: get("note"), setAt: get("setAt"), row });
  }
  return { choices, problems };
}

/** "row 4 of the Pairing choices sheet": where a kept choice is, for messages. */
export function choiceWhere(choice: PairingChoice): string | undefined {
  return choice.row === undefined ? undefined : `row ${choice.row} of the ${PAIRING_CHOICES_SHEET} sheet`;
}

/** A kept choice as the request names it (the person's key: ID when there is one, else name). */
export function choiceRef(choice: PairingChoice): PairRef {
  const from = choiceWhere(choice);
  return {
    mentor: personKey(choice.mentor.id, choice.mentor.name),
    mentee: personKey(choice.mentee.id, choice.mentee.name),
    ...(from === undefined ? {} : { from }),
    ...(choice.note === "" ? {} : { note: choice.note }),
  };
}

/** Same phase, kind and people (IDs and names compared loosely). */
export function sameChoice(a: PairingChoice, b: PairingChoice): boolean {
  return (
    a.choice === b.choice &&
    phaseKey(a.phase) === phaseKey(b.phase) &&
    personKey(a.mentor.id, a.mentor.name) === personKey(b.mentor.id, b.mentor.name) &&
    personKey(a.mentee.id, a.mentee.name) === personKey(b.mentee.id, b.mentee.name)
  );
}

/** The sheet row for a choice, in PAIRING_CHOICE_HEADERS order. */
export function choiceCells(choice: PairingChoice): string[] {
  return [choice.phase, choice.mentor.id, choice.mentor.name, choice.mentee.id, choice.mentee.name, choice.choice, choice.note, choice.setAt];
}

/** A choice read back from a table row in the sheet's column order (headers as written). */
export function choiceFromCells(headers: readonly string[], cells: readonly GridValue[]): PairingChoice | undefined {
  const reading = readPairingChoices({ sheet: PAIRING_CHOICES_SHEET, origin: { row: 1, column: 1 }, values: [[...headers], [...cells]] });
  return reading.choices[0];
}

/** "2017-02-01 08:30 UTC": when a choice was set, readable in the sheet and in any time zone. */
export function choiceStamp(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export interface ChoiceInForce {
  choice: ChoiceKind;
  mentor: PersonName & { key: string };
  mentee: PersonName & { key: string };
  /** Where it is kept ("row 4 of the Pairing choices sheet"); undefined: given with this run. */
  from: string | undefined;
  note: string;
}

/** The locks and exclusions a run used, with the people as the registers name them. */
export function choicesInForce(problem: PairingProblem): ChoiceInForce[] {
  const { mentorFinder, menteeFinder } = problem.standings;
  const named = (ref: PairRef, choice: ChoiceKind): ChoiceInForce => {
    const mentor = mentorFinder.findByKey(ref.mentor);
    const mentee = menteeFinder.findByKey(ref.mentee);
    return {
      choice,
      mentor: mentor ? { id: mentor.id, name: mentor.name, key: mentor.key } : { id: "", name: ref.mentor, key: ref.mentor },
      mentee: mentee ? { id: mentee.id, name: mentee.name, key: mentee.key } : { id: "", name: ref.mentee, key: ref.mentee },
      from: ref.from,
      note: ref.note ?? "",
    };
  };
  return [...problem.request.locks.map((r) => named(r, "lock")), ...problem.request.exclusions.map((r) => named(r, "exclude"))];
}

/** "Lock: Beatrice Waithera Macharia (MR-28) with David Kamau Thuo (021/2015/6285)". */
export function describeChoice(choice: { choice: ChoiceKind; mentor: PersonName; mentee: PersonName }): string {
  return `${choice.choice === "lock" ? "Lock" : "Exclude"}: ${personLabel(choice.mentor)} with ${personLabel(choice.mentee)}`;
}
