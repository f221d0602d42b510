import * as z from "zod";
import { GOAL_STATUSES } from "../reference";
import { remarksField } from "./shared-fields";
import { optional, required } from "./field";
import { focusArea, isoDate, nonEmptyText } from "./kinds";
import { pairReferenceFields } from "./pair-reference";

export const GoalSchema = z.object({
  ...pairReferenceFields(),
  goal: required(nonEmptyText(), {
    label: "Goal",
    kind: "text",
    aliases: ["goal", "goals", "objective", "mentorship goal", "target", "what to achieve"],
    help: "One goal from the pair's mentorship plan.",
  }),
  focusArea: optional(focusArea(), {
    label: "Focus area",
    kind: "focusArea",
    aliases: ["focus area", "area", "hr area", "theme", "category"],
    help: "The HR area the goal belongs to.",
  }),
  targetDate: optional(isoDate(), {
    label: "Target date",
    kind: "date",
    aliases: ["target date", "due date", "deadline", "by when", "timeline"],
    help: "When the goal should be reached.",
  }),
  status: optional(z.enum(GOAL_STATUSES), {
    label: "Status",
    kind: "choice",
    options: GOAL_STATUSES,
    aliases: ["status", "goal status", "progress", "achieved"],
    help: "not started, in progress, achieved or dropped.",
  }),
  remarks: remarksField(),
});
export type Goal = z.infer<typeof GoalSchema>;
