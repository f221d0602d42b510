import { excelErrorIn } from "../normalize/excel-errors";
import type { RowView } from "./context";

const NOUNS = {
  phases: "phase",
  mentors: "mentor",
  mentees: "mentee",
  pairs: "pair",
  sessions: "session",
  goals: "goal",
  evaluations: "evaluation",
} as const;

/** What an officer would call the row, when it says: "mentor Achieng Otieno", "pair P1-03". */
function rowName(at: RowView): string | undefined {
  const text = (field: string) => {
    const typed = at.typed(field)?.trim();
    // "mentor #REF!" names nobody: a cell showing Excel's error falls back to the row number.
    return typed && excelErrorIn(typed) === undefined ? typed : undefined;
  };
  switch (at.kind) {
    case "phases": {
      const name = text("phase");
      return name && `phase ${name}`;
    }
    case "mentors": {
      const name = text("fullName") ?? text("mentorId");
      return name && `mentor ${name}`;
    }
    case "mentees": {
      const name = text("fullName") ?? text("menteeId");
      return name && `mentee ${name}`;
    }
    case "pairs": {
      const id = text("pairId");
      if (id) return `pair ${id}`;
      const mentor = text("mentorName") ?? text("mentorId");
      const mentee = text("menteeName") ?? text("menteeId");
      return mentor && mentee ? `the pair ${mentor} and ${mentee}` : undefined;
    }
    case "sessions": {
      const week = text("week");
      const pair = text("pairId");
      if (week) return pair ? `the week ${week} session of pair ${pair}` : `the week ${week} session`;
      return pair && `a session of pair ${pair}`;
    }
    case "goals":
    case "evaluations":
      return undefined;
  }
}

/**
 * How messages name a row: by what an officer would call it ("mentor Achieng Otieno (row 7)"),
 * falling back to where it is ("the mentor in row 7") when the name is blank or unreadable.
 * `withSheet` names the sheet too, for rows mentioned in another register's messages.
 */
export function describeRow(at: RowView, withSheet = false): string {
  const where = withSheet ? `${at.sheet} row ${at.line}` : `row ${at.line}`;
  const name = rowName(at);
  return name ? `${name} (${where})` : `the ${NOUNS[at.kind]} in ${where}`;
}

/** Text starting a sentence: "the mentor in row 7" -> "The mentor in row 7". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
