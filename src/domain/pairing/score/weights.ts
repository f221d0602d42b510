import * as z from "zod";

/**
 * How much each part of a pair's score counts. Each weight is the number of points (out of
 * 100) that part adds when it is perfect, so the defaults read directly: needs coverage up to
 * 50 points, travel 25, sector mix 15, availability 10. A user who changes them need not keep
 * the sum at 100: the score divides by the sum, so it always runs from 0 to 100.
 *
 * Why these defaults: the case study pairs "based on the mentees' identified needs" first, so
 * needs weigh most; sessions are face to face at the mentee's workplace every week, so a mentor
 * who can get there comes next; the programme "brings private and faith-based expertise to
 * public service", so sector mix counts; availability is often unrecorded and counts least.
 */
export const PairingWeightsSchema = z
  .object({
    needs: z.number().min(0).max(100).default(50).describe("How well the mentor's skills cover the mentee's ranked needs."),
    travel: z.number().min(0).max(100).default(25).describe("Whether the mentor can reach the mentee's workplace: same county, a neighbouring county, or far."),
    availability: z.number().min(0).max(100).default(10).describe("Whether the mentor's availability fits (the mentee's, when recorded)."),
    sector: z.number().min(0).max(100).default(15).describe("A private or faith-based mentor for a public-service mentee, as the programme intends."),
  })
  .refine((w) => w.needs + w.travel + w.availability + w.sector > 0, {
    message: "At least one weight must be above 0, or every pair would score the same.",
  });

export type PairingWeights = z.infer<typeof PairingWeightsSchema>;

export const SCORE_PARTS = ["needs", "travel", "availability", "sector"] as const;
export type ScorePartKey = (typeof SCORE_PARTS)[number];

export const DEFAULT_WEIGHTS: PairingWeights = PairingWeightsSchema.parse({});

export const SCORE_PART_LABELS: Readonly<Record<ScorePartKey, string>> = {
  needs: "Needs covered",
  travel: "Travel",
  availability: "Availability",
  sector: "Sector mix",
};

/**
 * How much a mentee's need counts by its rank: the first need 1, the second 1/2, the third
 * 1/3, and so on (harmonic). With two needs, covering only the first gives 2/3 of the needs
 * part, only the second 1/3: the first need counts most, and every need still counts.
 */
export function needRankWeight(rank: number): number {
  return 1 / rank;
}

/**
 * The value a part takes when what it needs is not recorded (a county, availability, sector or
 * skills left blank): halfway, so a blank neither wins nor loses a pair against a known good or
 * a known poor fit, and filling it in moves the score the right way.
 */
export const UNKNOWN_PART_VALUE = 0.5;

/** Travel values: the mentee's county, a county sharing a border with it, or further. */
export const TRAVEL_VALUES = { sameCounty: 1, neighbouringCounty: 0.5, far: 0 } as const;

/** Sector values for a public-service mentee (every mentee is county staff). */
export const SECTOR_VALUES = { private: 1, faithBased: 1, public: 0 } as const;
