import { optional } from "./field";
import { nonEmptyText } from "./kinds";

/**
 * How pairs, sessions, goals and evaluations name the mentor and mentee they concern. Sheets
 * use ids, names or both; validation resolves either against the Mentors and Mentees
 * registers, tolerant of spacing and case.
 */
export function pairReferenceFields() {
  return {
    pairId: optional(nonEmptyText(), {
      label: "Pair ID",
      kind: "id",
      aliases: ["pair id", "pair", "pair no", "pair number", "match id", "pairing id"],
      help: "The pair's code, e.g. P1-03, if the sheet has one.",
    }),
    mentorId: optional(nonEmptyText(), {
      label: "Mentor ID",
      kind: "id",
      aliases: ["mentor id", "mentor no", "mentor code", "mentor ref"],
      help: "The mentor's ID from the Mentors register.",
    }),
    mentorName: optional(nonEmptyText(), {
      label: "Mentor",
      kind: "name",
      aliases: ["mentor", "mentor name", "name of mentor", "mentors name"],
      help: "The mentor's name as in the Mentors register.",
    }),
    menteeId: optional(nonEmptyText(), {
      label: "Mentee ID",
      kind: "id",
      aliases: ["mentee id", "mentee no", "mentee code", "mentee personal no", "mentee ref"],
      help: "The mentee's ID from the Mentees register.",
    }),
    menteeName: optional(nonEmptyText(), {
      label: "Mentee",
      kind: "name",
      aliases: ["mentee", "mentee name", "name of mentee", "mentees name"],
      help: "The mentee's name as in the Mentees register.",
    }),
  };
}
