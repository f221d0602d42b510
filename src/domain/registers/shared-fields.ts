import * as z from "zod";
import { optional } from "./field";
import { kenyanPhone, nonEmptyText } from "./kinds";

/*
 * Fields several registers share, declared once so their header wordings and help stay the
 * same everywhere. Each call makes a fresh schema: the field catalogue is keyed by schema
 * object, so registers must not share one instance.
 */

export function emailField() {
  return optional(z.email(), {
    label: "Email",
    kind: "email",
    aliases: ["email", "e mail", "e-mail address", "email address", "mail"],
    help: "An address like name@example.org.",
  });
}

export function phoneField() {
  return optional(kenyanPhone(), {
    label: "Phone",
    kind: "phone",
    aliases: ["phone", "tel no", "telephone", "mobile", "mobile no", "phone number", "cell", "contact", "tel"],
    help: "A Kenyan number; stored as +2547XXXXXXXX.",
  });
}

/** The phase a row belongs to, as named in the Phases register; `help` says whose phase. */
export function phaseField(help: string) {
  return optional(nonEmptyText(), {
    label: "Phase",
    kind: "phase",
    aliases: ["phase", "cohort", "round"],
    help,
  });
}

export function remarksField() {
  return optional(z.string(), {
    label: "Remarks",
    kind: "text",
    aliases: ["remarks", "comments", "notes", "comment"],
    help: "Free text kept as typed.",
  });
}

/** When a person can meet, as a list ("Tue; Thu afternoons"); `help` gives an example for whom. */
export function availabilityField(help: string) {
  return optional(z.array(nonEmptyText()), {
    label: "Availability",
    kind: "list",
    aliases: ["availability", "available", "days available", "preferred days", "time available"],
    help,
  });
}
