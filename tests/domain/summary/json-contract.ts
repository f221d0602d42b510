import * as z from "zod";

/**
 * The JSON `mentorship summarize --json` prints, as the issue states it: these fields, every
 * figure a number, names as strings. Extra fields are allowed; the tests of the domain and of
 * the command line both hold the output to it.
 */
export const SummaryJsonContract = z.object({
  phases: z.array(
    z.object({
      phase: z.string(),
      counties: z.array(z.string()),
      weeks: z.number(),
      sessionHours: z.number(),
      mentors: z.number(),
      mentees: z.number(),
      pairs: z.object({ total: z.number(), proposed: z.number(), active: z.number(), completed: z.number(), disengaged: z.number() }),
      sessions: z.object({ planned: z.number(), held: z.number() }),
      hours: z.number(),
      certificates: z.object({ mentors: z.array(z.string()), mentees: z.array(z.string()) }),
    }),
  ),
  programme: z.object({ mentors: z.number(), mentees: z.number(), pairs: z.number(), sessionsHeld: z.number(), hours: z.number() }),
});
