import * as z from "zod";
import { SECTORS } from "../reference";
import { availabilityField, emailField, phaseField, phoneField, remarksField } from "./shared-fields";
import { optional, required } from "./field";
import { county, focusArea, nonEmptyText, wholeNumber } from "./kinds";

export const MentorSchema = z.object({
  mentorId: optional(nonEmptyText(), {
    label: "Mentor ID",
    kind: "id",
    aliases: ["mentor id", "id", "mentor no", "mentor number", "s no", "ref", "code", "mentor code"],
    help: "A short code that identifies the mentor in pairs and session logs, e.g. MR-01.",
  }),
  fullName: required(nonEmptyText(), {
    label: "Full name",
    kind: "name",
    aliases: ["full name", "name", "name of mentor", "mentor name", "mentor", "names", "mentors name", "name of the mentor"],
    help: "The mentor's name as they sign it.",
  }),
  organisation: optional(nonEmptyText(), {
    label: "Organisation",
    kind: "text",
    aliases: ["organisation", "organization", "institution", "employer", "company", "place of work", "organisation name"],
    help: "Where the mentor works; a mentor is never paired with a mentee from the same organisation.",
  }),
  sector: optional(z.enum(SECTORS), {
    label: "Sector",
    kind: "choice",
    options: SECTORS,
    aliases: ["sector", "type of institution", "institution type", "category", "sector type"],
    help: "Public, Private or Faith-based.",
  }),
  county: optional(county(), {
    label: "County",
    kind: "county",
    aliases: ["county", "county of work", "county of residence", "based in", "location", "station"],
    help: "The county the mentor works in; one of Kenya's 47.",
  }),
  email: emailField(),
  phone: phoneField(),
  ihrmNumber: optional(nonEmptyText(), {
    label: "IHRM membership no.",
    kind: "id",
    aliases: ["ihrm membership no", "ihrm no", "ihrm number", "membership no", "membership number", "ihrm reg no", "ihrm"],
    help: "The mentor's Institute of Human Resource Management membership number.",
  }),
  yearsExperience: optional(wholeNumber().max(60), {
    label: "Years of HR experience",
    kind: "integer",
    aliases: ["years of hr experience", "yrs of hr experience", "experience", "years experience", "hr experience years", "experience yrs"],
    help: "Whole years working in HR.",
  }),
  skills: optional(z.array(focusArea()), {
    label: "Skills",
    kind: "focusAreas",
    aliases: ["skills", "focus areas", "areas of expertise", "expertise", "specialisation", "competencies", "strengths"],
    help: "The HR areas the mentor can coach, separated by ; or ,",
  }),
  capacity: optional(wholeNumber().max(10), {
    label: "Capacity",
    kind: "integer",
    aliases: ["capacity", "max mentees", "number of mentees", "no of mentees", "mentees at once", "can take"],
    help: "How many mentees the mentor can take at once (blank means 1).",
  }),
  availability: availabilityField("When the mentor can meet, e.g. Tue; Thu afternoons."),
  sensitisationAttended: optional(z.boolean(), {
    label: "Sensitisation attended",
    kind: "yesno",
    aliases: ["sensitisation attended", "sensitization attended", "sensitisation", "sensitization", "attended sensitisation workshop"],
    help: "Yes if the mentor attended the sensitisation workshop.",
  }),
  confidentialityAgreed: optional(z.boolean(), {
    label: "Confidentiality agreed",
    kind: "yesno",
    aliases: ["confidentiality agreed", "confidentiality", "signed confidentiality", "confidentiality agreement"],
    help: "Yes if the mentor signed the confidentiality agreement.",
  }),
  phase: phaseField("The phase the mentor serves in, as named in the Phases register."),
  remarks: remarksField(),
});
export type Mentor = z.infer<typeof MentorSchema>;
