import * as z from "zod";
import { remarksField } from "./shared-fields";
import { optional, required } from "./field";
import { county, isoDate, nonEmptyText, wholeNumber } from "./kinds";

export const PhaseSchema = z.object({
  phase: required(nonEmptyText(), {
    label: "Phase",
    kind: "phase",
    aliases: ["phase", "phase name", "phase no", "phase id", "name of phase", "cohort", "round"],
    help: "The phase's name as the other registers write it, e.g. Phase 1.",
  }),
  counties: required(z.array(county()).min(1), {
    label: "Counties",
    kind: "counties",
    aliases: ["counties", "counties covered", "target counties", "county list", "participating counties"],
    help: "The counties this phase covers, separated by ; or ,",
  }),
  startDate: required(isoDate(), {
    label: "Start date",
    kind: "date",
    aliases: ["start date", "start", "commencement date", "date started", "begins", "from"],
    help: "The date of the first week's sessions (day/month/year).",
  }),
  weeks: optional(wholeNumber().min(1).max(52), {
    label: "Weeks",
    kind: "integer",
    aliases: ["weeks", "duration weeks", "no of weeks", "length weeks", "duration", "number of weeks"],
    help: "How many weekly sessions the phase runs (the case study: 7). Blank means the Settings default.",
  }),
  sessionHours: optional(z.number().positive().max(12), {
    label: "Session hours",
    kind: "number",
    aliases: ["session hours", "session length", "hours per session", "session duration", "length of session hrs"],
    help: "How long each session should last, in hours (phase 1: 1, phase 2: 2).",
  }),
  endDate: optional(isoDate(), {
    label: "End date",
    kind: "date",
    aliases: ["end date", "end", "closing date", "to", "wrap up date"],
    help: "The last day of the phase. Blank means start date + weeks.",
  }),
  remarks: remarksField(),
});
export type Phase = z.infer<typeof PhaseSchema>;
