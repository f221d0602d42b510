import type { PairStatus } from "../reference";
import type { RowView } from "./context";
import type { Person } from "./people";

/** A pair as sessions, goals and evaluations need it. */
export interface PairInfo {
  index: number;
  view: RowView;
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

/** Mentor and mentee row positions as one number (registers stay far below 2^26 rows). */
function peopleKey(mentor: Person, mentee: Person): number {
  return mentor.index * 67_108_864 + mentee.index;
}

export class PairIndex {
  readonly pairs: PairInfo[] = [];
  private readonly byIdKey = new Map<string, PairInfo>();
  private readonly byPeopleKey = new Map<number, PairInfo[]>();

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
    if (list.length === 1) return list[0];
    // Rare (the same two people paired again): prefer the phase, then a running pair.
    let best: PairInfo | undefined;
    let bestRank = -1;
    for (const p of list) {
      const rank = (phase !== "" && p.phaseKey === phase ? 2 : 0) + (p.status === "active" ? 1 : 0);
      if (rank > bestRank) {
        best = p;
        bestRank = rank;
      }
    }
    return best;
  }
}
