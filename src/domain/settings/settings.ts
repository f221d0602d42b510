import * as z from "zod";

/**
 * Programme settings an officer can change in the workbook's Settings sheet. Defaults come
 * from the case study: 7 weekly sessions, experienced mentors, certificates for those who
 * saw the programme through. Per-phase session hours live in the Phases register; the value
 * here is the fallback for a phase that leaves it blank.
 */
export const SettingsSchema = z.object({
  minYearsExperience: z.number().int().min(0).max(60).default(5)
    .describe("A mentor needs at least this many years of HR experience."),
  defaultWeeks: z.number().int().min(1).max(52).default(7)
    .describe("Weeks in a phase when the Phases register leaves them blank."),
  defaultSessionHours: z.number().positive().max(12).default(1)
    .describe("Session length in hours when the Phases register leaves it blank."),
  sessionHoursTolerance: z.number().min(0).max(4).default(0.25)
    .describe("How far (in hours) a logged session may differ from the phase's session length before it is flagged."),
  certificateMinSessions: z.number().int().min(0).max(52).default(6)
    .describe("Sessions held a pair needs for its mentor and mentee to qualify for a certificate."),
  certificateRequiresAcceptance: z.boolean().default(true)
    .describe("Certificates only for pairs whose acceptance letters are signed."),
  defaultMentorCapacity: z.number().int().min(1).max(10).default(1)
    .describe("Mentees a mentor takes when the Mentors register leaves capacity blank."),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];
