import type { RowView } from "./context";

/**
 * How messages name a row: by what an officer would call it ("mentor Achieng Otieno (row 7)"),
 * falling back to where it is ("the mentor in row 7") when the name is blank or unreadable.
 */
export function describeRow(at: RowView): string {
  const line = at.line;
  switch (at.kind) {
    case "phases": {
      const name = at.typed("phase");
      return name ? `phase ${name} (row ${line})` : `the phase in row ${line}`;
    }
    case "mentors":
    case "mentees": {
      const noun = at.kind === "mentors" ? "mentor" : "mentee";
      const name = at.typed("fullName") ?? at.typed(at.kind === "mentors" ? "mentorId" : "menteeId");
      return name ? `${noun} ${name.trim()} (row ${line})` : `the ${noun} in row ${line}`;
    }
    case "pairs": {
      const id = at.typed("pairId");
      if (id) return `pair ${id} (row ${line})`;
      const mentor = at.typed("mentorName") ?? at.typed("mentorId");
      const mentee = at.typed("menteeName") ?? at.typed("menteeId");
      if (mentor && mentee) return `the pair ${mentor.trim()} and ${mentee.trim()} (row ${line})`;
      return `the pair in row ${line}`;
    }
    case "sessions": {
      const week = at.typed("week");
      return week ? `the week ${week} session in row ${line}` : `the session in row ${line}`;
    }
    case "goals":
      return `the goal in row ${line}`;
    case "evaluations":
      return `the evaluation in row ${line}`;
  }
}

/** Text starting a sentence: "the mentor in row 7" -> "The mentor in row 7". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
