import type { GridValue } from "../registers/register-data";
import { excelErrorIn, refuseExcelError } from "./excel-errors";
import { accept, cellText, refuse, type Normalised } from "./result";
import { cleanInline } from "./text";

/*
 * Phase names link the registers, so one phase must be written one way. A phase given by its
 * number in any form ("1", "Phase 1", "phase1", "PHASE ONE", "Phase I", "P1", "Ph. 1") is
 * written "Phase N"; any other name ("Pilot") is kept as typed, tidied.
 */
const NUMBERED = /^(?:(?:phase|ph|p)\.?\s*)?(\d{1,2}|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten)$/;
const ORDINAL_FIRST = /^(\d{1,2})(?:st|nd|rd|th)\s+phase$/;
const WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

function phaseNumber(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  const word = WORDS.indexOf(token);
  if (word >= 0) return word + 1;
  const roman = ROMAN.indexOf(token);
  return roman >= 0 ? roman + 1 : undefined;
}

export function normalizePhase(value: GridValue): Normalised<string> {
  // Also called on its own (listing a workbook's phases), not only through normalizeField.
  const error = excelErrorIn(value);
  if (error !== undefined) return refuseExcelError(error);
  if (typeof value === "boolean") return refuse(`${cellText(value)} is not a phase`, "Type the phase as the Phases register names it, e.g. Phase 1.");
  const text = cleanInline(cellText(value));
  if (text === "") return refuse(`The phase is empty`, "Type the phase, e.g. Phase 1, or clear the cell.");
  const lower = text.toLowerCase();
  const m = NUMBERED.exec(lower) ?? ORDINAL_FIRST.exec(lower);
  const n = m?.[1] !== undefined ? phaseNumber(m[1]) : undefined;
  // A bare roman numeral ("v", "x") is too easily something else; it needs the word Phase.
  const bareLetters = m !== null && /^[ivx]+$/.test(lower);
  if (n !== undefined && n > 0 && !bareLetters) {
    const name = `Phase ${n}`;
    return name === value ? accept(name, false) : accept(name, true, `phase written as ${name}`);
  }
  return text === value ? accept(text, false) : accept(text, true, "extra spaces removed");
}
