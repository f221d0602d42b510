// What accepting tidy-ups changed, in the officer's words: each cell written (from what to
// what), each cell left alone because someone changed it since, and sheets to convert first.
import { REGISTERS } from "../../../domain/registers";
import type { FixSummary } from "../../../operations/validate";

export interface FixReport {
  title: string;
  /** "Mentors register!G2 Phone: “0712 345 678” → “+254712345678”" */
  changed: string[];
  skipped: string[];
  convertFirst: string[];
  intent: "success" | "warning";
}

const q = (text: string) => `\u201c${text}\u201d`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function fixReport(summary: FixSummary): FixReport {
  const changed = summary.applied.map(({ fix }) => {
    const t = fix.target;
    const label = REGISTERS[t.register].fields.find((f) => f.key === t.field)?.label ?? t.field;
    return `${t.sheet}!${t.issue.cell} ${label}: ${q(t.issue.safeFix?.from ?? String(t.before))} \u2192 ${q(t.to)}`;
  });
  const skipped = summary.changedSince.map(({ fix, now }) => `${fix.target.sheet}!${fix.target.issue.cell} now holds ${q(String(now ?? ""))}, so it was left as it is.`);
  const convertFirst = summary.notInRegister.map(
    (g) => `${plural(g.count, "tidy-up")} on ${g.sheet}: convert it into the ${REGISTERS[g.register].title} register on the Registers tab first. Tidy-ups are written into the register, never into your own sheet.`,
  );
  if (summary.unreadableAsTyped > 0) {
    skipped.push(`${plural(summary.unreadableAsTyped, "tidy-up")} left out: the row's As typed cell is not in the add-in's format, so the original could not be kept there.`);
  }
  const title =
    changed.length > 0
      ? `Accepted ${plural(changed.length, "tidy-up")}; the registers were validated again.`
      : skipped.length + convertFirst.length > 0
        ? "No tidy-up was written."
        : "Nothing to accept.";
  return { title, changed, skipped, convertFirst, intent: skipped.length + convertFirst.length > 0 ? "warning" : "success" };
}
