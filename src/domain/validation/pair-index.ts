import type { PairStatus } from "../reference";
import type { RowView } from "./context";
import type { Person } from "./people";

/** A pair as sessions, goals and evaluations need it. */
export interface PairInfo {
  index: number;
  view: RowView;
  /** "pair P1-03 (row 12)", for messages in other registers. */
  label: string;
  mentor: Person | undefined;
  mentee: Person | undefined;
  /** The pair's phase, else its mentee's, else its mentor's. */
  phaseKey: string;
  phaseName: string | undefined;
  status: PairStatus | undefined;
  acceptanceDay: number | undefined;
  disengagedDay: number | undefined;
  /** Earliest held session, filled in while the Sessions register is checked. */
  firstSession: { day: number; view: RowView } | undefined;
}

function peopleKey(mentor: Person, mentee: Person): string {
  return `${mentor.index}|${mentee.index}`;
}

export class PairIndex {
  readonly pairs: PairInfo[] = [];
  private readonly byIdKey = new Map<string, PairInfo>();
  private readonly byPeopleKey = new Map<string, PairInfo[]>();

  add(pair: PairInfo, idKey: string | undefined): void {
    this.pairs.push(pair);
    if (idKey !== undefined && !this.byIdKey.has(idKey)) this.byIdKey.set(idKey, pair);
    if (pair.mentor && pair.mentee) {
      const key = peopleKey(pair.mentor, pair.mentee);
      const list = this.byPeopleKey.get(key);
      if (list) list.push(pair);
      else this.byPeopleKey.set(key, [pair]);
    }
  }

  byId(idKey: string): PairInfo | undefined {
    return this.byIdKey.get(idKey);
  }

  /** The pair of these two people, preferring one of `phase`, then one still running. */
  byPeople(mentor: Person, mentee: Person, phase: string): PairInfo | undefined {
    const list = this.byPeopleKey.get(peopleKey(mentor, mentee));
    if (!list) return undefined;
    const inPhase = phase === "" ? list : list.filter((p) => p.phaseKey === phase);
    const pool = inPhase.length > 0 ? inPhase : list;
    return pool.find((p) => p.status === "active") ?? pool[0];
  }
}
