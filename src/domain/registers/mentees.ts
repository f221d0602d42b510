import * as z from "zod";
import { MENTEE_ROLES } from "../reference";
import { availabilityField, emailField, phaseField, phoneField, remarksField } from "./shared-fields";
import { optional, required } from "./field";
import { county, focusArea, nonEmptyText } from "./kinds";

export const MenteeSchema = z.object({
  menteeId: optional(nonEmptyText(), {
    label: "Mentee ID",
    kind: "id",
    aliases: ["mentee id", "id", "personal no", "staff no", "personal number", "staff number", "p no", "pf no", "payroll no"],
    help: "The mentee's personal or staff number, or a code such as ME-01.",
  }),
  fullName: required(nonEmptyText(), {
    label: "Full name",
    kind: "name",
    aliases: ["full name", "name", "name of mentee", "mentee name", "mentee", "names", "name of the mentee"],
    help: "The mentee's name as they sign it.",
  }),
  county: optional(county(), {
    label: "County",
    kind: "county",
    aliases: ["county", "county of work", "county name", "station county"],
    help: "The county the mentee works in; it must be one of the phase's counties.",
  }),
  role: optional(z.enum(MENTEE_ROLES), {
    label: "Role",
    kind: "choice",
    options: MENTEE_ROLES,
    aliases: ["role", "designation", "position", "cadre", "job title", "title"],
    help: "County HRH officer, County Public Service Management officer, County Public Service Board member or Other.",
  }),
  workplace: optional(nonEmptyText(), {
    label: "Workplace",
    kind: "text",
    aliases: ["workplace", "place of work", "work station", "station", "department", "office", "duty station"],
    help: "Where the mentee works; sessions are held there.",
  }),
  organisation: optional(nonEmptyText(), {
    label: "Employer",
    kind: "text",
    aliases: ["employer", "organisation", "organization", "institution"],
    help: "The mentee's employer (e.g. Kisumu County Government).",
  }),
  email: emailField(),
  phone: phoneField(),
  phase: phaseField("The phase the mentee takes part in, as named in the Phases register."),
  trainingCompleted: optional(z.boolean(), {
    label: "HR training completed",
    kind: "yesno",
    aliases: ["training completed", "hr training completed", "trained", "attended training", "5 day training", "five day training"],
    help: "Yes if the mentee completed the five-day HR training.",
  }),
  needs: optional(z.array(focusArea()), {
    label: "Needs (ranked)",
    kind: "focusAreas",
    aliases: ["needs", "identified needs", "needs ranked", "areas of need", "focus areas", "learning needs", "gaps", "priority areas"],
    help: "The HR areas the mentee needs most first, separated by ; or ,",
  }),
  availability: availabilityField("When the mentee can meet, e.g. Mon; Wed mornings."),
  releaseApproved: optional(z.boolean(), {
    label: "Release approved",
    kind: "yesno",
    aliases: ["release approved", "released", "release by employer", "employer release", "release letter"],
    help: "Yes if the employer approved the mentee's release for the programme.",
  }),
  remarks: remarksField(),
});
export type Mentee = z.infer<typeof MenteeSchema>;
