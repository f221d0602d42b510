import type { Evaluation, Goal, Mentee, Mentor, Pair, Phase, RegisterData, RegisterKind, Registers, Session } from "../registers";

/** Each register's row type, by kind: lets readRegister<K> return the right RegisterData. */
export interface RegisterTypes {
  phases: Phase;
  mentors: Mentor;
  mentees: Mentee;
  pairs: Pair;
  sessions: Session;
  goals: Goal;
  evaluations: Evaluation;
}

/** Registers keyed by kind, without settings: the shape readers fill in. */
export type RegisterSlots = { [K in RegisterKind]?: RegisterData<RegisterTypes[K]> };

// If the contract's Registers and RegisterTypes ever disagree, this line stops compiling.
export const registersMatchTypes: (r: Registers) => RegisterSlots = (r) => r;
