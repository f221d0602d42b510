/** Closed vocabularies the registers use. Each is the value stored in a register cell. */
export const SECTORS = ["Public", "Private", "Faith-based"] as const;
export type Sector = (typeof SECTORS)[number];

export const PAIR_STATUSES = ["proposed", "active", "completed", "disengaged"] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

export const GOAL_STATUSES = ["not started", "in progress", "achieved", "dropped"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const RESPONDENTS = ["mentor", "mentee"] as const;
export type Respondent = (typeof RESPONDENTS)[number];

export const MENTEE_ROLES = [
  "County HRH officer",
  "County Public Service Management officer",
  "County Public Service Board member",
  "Other",
] as const;
export type MenteeRole = (typeof MENTEE_ROLES)[number];

export const YES_NO = ["Yes", "No"] as const;
