import * as z from "zod";
import { RESPONDENTS } from "../reference";
import { optional } from "./field";
import { isoDate, score1to5 } from "./kinds";
import { pairReferenceFields } from "./pair-reference";

/** The relationship evaluation form's questions, each scored 1 (poor) to 5 (excellent). */
export const EVALUATION_QUESTIONS = ["goalProgress", "relationship", "sessionQuality", "overall"] as const;
export type EvaluationQuestion = (typeof EVALUATION_QUESTIONS)[number];

export const EvaluationSchema = z.object({
  ...pairReferenceFields(),
  respondent: optional(z.enum(RESPONDENTS), {
    label: "Respondent",
    kind: "choice",
    options: RESPONDENTS,
    aliases: ["respondent", "filled by", "completed by", "evaluator", "mentor or mentee"],
    help: "mentor or mentee: who filled in the form.",
  }),
  date: optional(isoDate(), {
    label: "Date",
    kind: "date",
    aliases: ["date", "evaluation date", "date of evaluation", "date filled"],
    help: "When the form was filled in.",
  }),
  goalProgress: optional(score1to5(), {
    label: "Progress against goals (1-5)",
    kind: "score",
    aliases: ["progress against goals", "goal progress", "progress", "goals achieved score", "q1"],
    help: "1 (none) to 5 (all goals on track).",
  }),
  relationship: optional(score1to5(), {
    label: "Relationship (1-5)",
    kind: "score",
    aliases: ["relationship", "trust and confidence", "quality of relationship", "rapport", "q2"],
    help: "1 (poor) to 5 (excellent) trust and confidence between mentor and mentee.",
  }),
  sessionQuality: optional(score1to5(), {
    label: "Session quality (1-5)",
    kind: "score",
    aliases: ["session quality", "usefulness of sessions", "sessions useful", "quality of sessions", "q3"],
    help: "1 (not useful) to 5 (very useful).",
  }),
  overall: optional(score1to5(), {
    label: "Overall (1-5)",
    kind: "score",
    aliases: ["overall", "overall rating", "overall score", "rating", "q4"],
    help: "1 (poor) to 5 (excellent) overall.",
  }),
  comments: optional(z.string(), {
    label: "Comments",
    kind: "text",
    confidential: true,
    aliases: ["comments", "remarks", "feedback", "notes"],
    help: "The respondent's words: kept in the register, never quoted in summaries.",
  }),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;
