import * as z from "zod";

/** Which register rows a summary used, sheet by sheet: counts and runs of sheet row numbers. */
const Sources = z.array(
  z.object({
    register: z.string(),
    sheet: z.string(),
    rowsUsed: z.number().int(),
    rowsRead: z.number().int(),
    ranges: z.array(z.object({ first: z.number().int().positive(), last: z.number().int().positive() })),
  }),
);

/**
 * The JSON `mentorship summarize --json` prints, as the issue states it: these fields, every
 * figure a number, names as strings, plus the rows each summary used (`sources`, issue 6 part 3).
 * Extra fields are allowed; the tests of the domain and of the command line both hold the
 * output to it.
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
      sources: Sources,
    }),
  ),
  programme: z.object({ mentors: z.number(), mentees: z.number(), pairs: z.number(), sessionsHeld: z.number(), hours: z.number(), sources: Sources }),
});
