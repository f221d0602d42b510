import * as z from "zod";
import { phaseField } from "./shared-fields";
import { optional } from "./field";
import { focusArea, isoDate, nonEmptyText, wholeNumber } from "./kinds";
import { pairReferenceFields } from "./pair-reference";

export const SessionSchema = z.object({
  ...pairReferenceFields(),
  phase: phaseField("The phase the session belongs to (blank: the pair's phase)."),
  week: optional(wholeNumber().min(1).max(52), {
    label: "Week",
    kind: "integer",
    aliases: ["week", "week no", "week number", "wk", "session no", "session number"],
    help: "Which week of the phase (1 to the phase's weeks).",
  }),
  date: optional(isoDate(), {
    label: "Date",
    kind: "date",
    aliases: ["date", "session date", "date of session", "date held", "meeting date"],
    help: "The day the session took place (day/month/year).",
  }),
  hours: optional(z.number().min(0).max(12), {
    label: "Hours",
    kind: "number",
    aliases: ["hours", "duration", "duration hrs", "hrs", "length", "time spent", "session hours"],
    help: "How long the session lasted, in hours.",
  }),
  venue: optional(nonEmptyText(), {
    label: "Venue",
    kind: "text",
    aliases: ["venue", "place", "location", "where held", "meeting place"],
    help: "Where the session was held; the programme holds sessions at the mentee's workplace.",
  }),
  topics: optional(z.array(focusArea()), {
    label: "Topics",
    kind: "focusAreas",
    aliases: ["topics", "topic", "areas covered", "focus area", "discussed", "agenda", "topics discussed"],
    help: "The HR areas discussed, separated by ; or ,",
  }),
  held: optional(z.boolean(), {
    label: "Held",
    kind: "yesno",
    aliases: ["held", "session held", "attended", "took place", "happened", "done"],
    help: "Yes if the session took place; No for a missed week.",
  }),
  notes: optional(z.string(), {
    label: "Session notes",
    kind: "text",
    confidential: true,
    aliases: ["notes", "session notes", "log", "observations", "journal", "comments", "remarks"],
    help: "Confidential notes: kept in the register, never shown in summaries.",
  }),
});
export type Session = z.infer<typeof SessionSchema>;
