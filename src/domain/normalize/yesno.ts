import type { GridValue } from "../registers/register-data";
import { accept, cellText, quoted, refuse, type Normalised } from "./result";

/*
 * Yes/no columns. Decisions: ticks (✓ ✔ ☑) are Yes and crosses (✗ ✘ ☒) are No; a plain "x"
 * is refused, because officers use it both to tick a box and to cross something out, and a
 * guess either way would change what the register says about a person. "n/a" and "-" are
 * refused too: blank is the way to say "not known", and the fix says so. Words that only make
 * sense as an answer (done, signed, approved; pending, not yet) are read as Yes / No.
 */
const YES = new Set(["y", "yes", "yeah", "yep", "true", "1", "✓", "✔", "☑", "✅", "ok", "okay", "done", "signed", "approved", "attended", "submitted", "held", "completed", "received", "released", "agreed", "trained"]);
const NO = new Set(["n", "no", "nope", "false", "0", "✗", "✘", "☒", "❌", "not yet", "pending", "not done", "not signed", "not approved", "not attended", "not submitted", "not held", "missed", "none", "nil"]);
const AMBIGUOUS = new Set(["x", "n/a", "na", "-", "--", "—", "?", "tbc", "tbd", "unknown", "maybe"]);
const TRAILING_PUNCTUATION = /[\s.!]+$/;

const FIX = "Type Yes or No, or leave the cell blank if it is not known yet.";

export function normalizeYesNo(value: GridValue): Normalised<boolean> {
  if (typeof value === "boolean") return accept(value, false);
  if (typeof value === "number") {
    if (value === 1) return accept(true, true, "1 read as Yes");
    if (value === 0) return accept(false, true, "0 read as No");
    return refuse(`${cellText(value)} is not Yes or No`, FIX);
  }
  const key = value.trim().toLowerCase().replace(/\s+/g, " ").replace(TRAILING_PUNCTUATION, "");
  if (YES.has(key)) return accept(true, value !== "Yes", key === "yes" ? "written as Yes" : `“${value.trim()}” read as Yes`);
  if (NO.has(key)) return accept(false, value !== "No", key === "no" ? "written as No" : `“${value.trim()}” read as No`);
  if (AMBIGUOUS.has(key)) {
    return refuse(`${quoted(value)} does not say Yes or No${key === "x" ? " (a tick and a cross both look like x)" : ""}`, FIX);
  }
  return refuse(`${quoted(value)} is not Yes or No`, FIX);
}
