import * as z from "zod";
import { PAIR_STATUSES } from "../reference";
import { phaseField, remarksField } from "./shared-fields";
import { optional } from "./field";
import { isoDate, nonEmptyText } from "./kinds";
import { pairReferenceFields } from "./pair-reference";

export const PairSchema = z.object({
  ...pairReferenceFields(),
  phase: phaseField("The phase the pair belongs to."),
  status: optional(z.enum(PAIR_STATUSES), {
    label: "Status",
    kind: "choice",
    options: PAIR_STATUSES,
    aliases: ["status", "pair status", "state", "progress"],
    help: "proposed, active, completed or disengaged.",
  }),
  acceptanceSigned: optional(isoDate(), {
    label: "Acceptance signed",
    kind: "date",
    aliases: ["acceptance signed", "acceptance letter signed", "date acceptance signed", "acceptance date", "letters signed", "date signed"],
    help: "The date both acceptance letters were signed.",
  }),
  planSubmitted: optional(z.boolean(), {
    label: "Plan submitted",
    kind: "yesno",
    aliases: ["plan submitted", "mentorship plan", "mentorship plan submitted", "plan"],
    help: "Yes once the pair submitted its mentorship plan.",
  }),
  matchScore: optional(z.number().min(0).max(100), {
    label: "Match score",
    kind: "number",
    aliases: ["match score", "score", "matching score"],
    help: "The pairing score (0 to 100) when the add-in proposed the pair.",
  }),
  matchReasons: optional(z.string(), {
    label: "Match reasons",
    kind: "text",
    aliases: ["match reasons", "reasons", "why matched", "matching rationale", "rationale"],
    help: "Why the pair was proposed.",
  }),
  disengagedOn: optional(isoDate(), {
    label: "Disengagement date",
    kind: "date",
    aliases: ["disengagement date", "date disengaged", "disengaged on", "exit date", "date of disengagement"],
    help: "When the pair formally disengaged.",
  }),
  disengagementReason: optional(nonEmptyText(), {
    label: "Disengagement reason",
    kind: "text",
    aliases: ["disengagement reason", "reason for disengagement", "reason", "exit reason"],
    help: "Why the pair disengaged.",
  }),
  notifiedFocalPerson: optional(z.boolean(), {
    label: "Focal person notified",
    kind: "yesno",
    aliases: ["focal person notified", "notified focal person", "project focal person notified", "focal person"],
    help: "Yes once the project focal person was notified of the disengagement.",
  }),
  notifiedIhrm: optional(z.boolean(), {
    label: "IHRM secretariat notified",
    kind: "yesno",
    aliases: ["ihrm secretariat notified", "ihrm notified", "notified ihrm", "secretariat notified"],
    help: "Yes once the IHRM secretariat was notified of the disengagement.",
  }),
  notifiedOtherParty: optional(z.boolean(), {
    label: "Other party notified",
    kind: "yesno",
    aliases: ["other party notified", "mentee notified", "mentor notified", "notified other party", "partner notified"],
    help: "Yes once the other member of the pair was notified of the disengagement.",
  }),
  remarks: remarksField(),
});
export type Pair = z.infer<typeof PairSchema>;
