import * as z from "zod";
import { DEFAULT_WEIGHTS, PairingWeightsSchema } from "./score/weights";

/**
 * Default threshold. A pair under 30 covers few of the mentee's needs and has the mentor far
 * away or ill-suited (see docs/pairing.md for worked examples); better to leave the mentee for
 * the matching workshop than to propose it.
 */
export const DEFAULT_THRESHOLD = 30;

/**
 * A mentor-mentee pair named by the user (a lock or an exclusion). Each side is a person key
 * ("id:mr19", "name:fatuma rehema nzai", as `personKey` makes them) or, typed by hand, an ID or
 * a name, compared loosely.
 */
export const PairRefSchema = z.object({
  mentor: z.string().trim().min(1),
  mentee: z.string().trim().min(1),
  /**
   * Where the choice is kept, for messages ("Pairing choices row 4"); absent for a choice given
   * with this run (in the pane or on the command line).
   */
  from: z.string().optional(),
  /** The officer's note about the choice, kept with it in the Pairing choices sheet. */
  note: z.string().optional(),
});
export type PairRef = z.infer<typeof PairRefSchema>;

/**
 * Everything that decides a pairing run. Recorded whole in the run log, so any run can be
 * repeated: the same registers and the same request give the same pairs.
 */
export const PairingRequestSchema = z.object({
  phase: z.string().trim().min(1, "Choose the phase to pair."),
  weights: PairingWeightsSchema.default(DEFAULT_WEIGHTS),
  /**
   * "coverage-then-score": as many mentees paired as possible, then the best total score (the
   * programme's aim is a mentor for every mentee). "score": the best total score, even if a
   * mentee is left without a mentor that only a weak pair could give.
   */
  objective: z.enum(["coverage-then-score", "score"]).default("coverage-then-score"),
  /** Pairs scoring below this are never proposed; the mentee stays unmatched instead. */
  threshold: z.number().min(0).max(100).default(DEFAULT_THRESHOLD),
  locks: z.array(PairRefSchema).default([]),
  exclusions: z.array(PairRefSchema).default([]),
  /** Mentors proposed even though they fail the programme's mentor rules (the user's override). */
  includeMentors: z.array(z.string().trim().min(1)).default([]),
  /** Every mentor of the phase proposed whatever the mentor rules say. */
  includeAllMentors: z.boolean().default(false),
});

export type PairingRequest = z.infer<typeof PairingRequestSchema>;
export type PairingRequestInput = z.input<typeof PairingRequestSchema>;
