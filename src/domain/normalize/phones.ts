import type { GridValue } from "../registers/register-data";
import { accept, cellText, quoted, refuse, type Normalised } from "./result";

/*
 * Kenyan numbers to one form, +254 and nine digits. Sheets hold them as 0712 345 678,
 * +254 712 345 678, 254712345678, (0712) 345-678, or as the number 712345678 after Excel
 * dropped the leading zero. Foreign numbers and wrong lengths are refused: a phone we cannot
 * dial is worse than a blank the officer knows to fill.
 */

const PHONE_PUNCTUATION = /[\s\u00A0().\-–/]/g;
const ALLOWED = /^\+?\d+$/;
const FIX = "Type a Kenyan number with 10 digits, e.g. 0712 345 678, or in the form +254 712 345 678.";

const SEVERAL = /[,;/&|]|\bor\b|\band\b/i;
const NON_DIGIT = /\D/g;

function holdsSeveralNumbers(text: string): boolean {
  if (!SEVERAL.test(text)) return false;
  return text.split(SEVERAL).filter((part) => part.replace(NON_DIGIT, "").length >= 9).length >= 2;
}

function digitCount(digits: string): string {
  return `${digits.length} digit${digits.length === 1 ? "" : "s"}`;
}

export function normalizePhone(value: GridValue): Normalised<string> {
  if (typeof value === "boolean") return refuse(`${cellText(value)} is not a phone number`, FIX);
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value <= 0) return refuse(`${cellText(value)} is not a phone number`, FIX);
    return fromDigits(value, value.toFixed(0), false);
  }
  if (holdsSeveralNumbers(value)) {
    return refuse(`${quoted(value)} holds more than one phone number`, "Keep one number in this cell and put the other in Remarks.");
  }
  const compact = value.replace(PHONE_PUNCTUATION, "");
  if (compact === "") return refuse(`${quoted(value)} is not a phone number`, FIX);
  if (!ALLOWED.test(compact)) return refuse(`${quoted(value)} is not a phone number: it has letters or symbols in it`, FIX);
  return fromDigits(value, compact, true);
}

function fromDigits(original: GridValue, compact: string, typed: boolean): Normalised<string> {
  const plus = compact.startsWith("+");
  let digits = plus ? compact.slice(1) : compact;
  let international = plus;
  if (!plus && digits.startsWith("00")) {
    digits = digits.slice(2);
    international = true;
  }
  let national: string;
  if (international || (digits.startsWith("254") && digits.length !== 9)) {
    if (!digits.startsWith("254")) {
      return refuse(
        `${quoted(original)} is not a Kenyan number (it starts with +${digits.slice(0, 3)})`,
        "Give a Kenyan number (starting 07, 01 or +254); numbers from other countries cannot be used for sessions.",
      );
    }
    national = digits.slice(3);
    // "+254 (0) 712 ..." writes the trunk zero too.
    if (national.length === 10 && national.startsWith("0")) national = national.slice(1);
  } else if (digits.startsWith("0")) {
    national = digits.slice(1);
  } else if (digits.length === 9) {
    // Excel drops the leading zero of 0712345678 typed into a General cell.
    national = digits;
  } else {
    return refuse(`${quoted(original)} has ${digitCount(digits)}; a Kenyan number has 10 (0712 345 678)`, FIX);
  }
  if (national.length !== 9 || national.startsWith("0")) {
    const shown = digits.startsWith("254")
      ? `${digitCount(digits)}; with 254 in front a Kenyan number has 12 (254 712 345 678)`
      : `${digitCount(digits)}; a Kenyan number has 10 (0712 345 678)`;
    return refuse(`${quoted(original)} has ${shown}`, FIX);
  }
  const phone = `+254${national}`;
  if (typed && original === phone) return accept(phone, false);
  const reason = !typed ? "number stored by Excel without its leading 0, written as +254" : "phone written as +254 and 9 digits";
  return accept(phone, true, reason);
}
