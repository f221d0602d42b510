import type { RegisterKind } from "../registers";
import { q, type RowView } from "./context";
import { emailKey, idKey, nameKey, phoneKey, phaseKey, sortedNameKey } from "./keys";

/** A mentor or mentee row, with the keys references and duplicates are matched on. */
export interface Person {
  /** Position in the register's rows. */
  index: number;
  view: RowView;
  /** The name as typed (trimmed), or the ID when the name is blank, for messages. */
  label: string;
  id: string | undefined;
  phaseKey: string;
  phaseName: string | undefined;
  nameKey: string;
  sortedKey: string;
  idKey: string | undefined;
  phoneKey: string | undefined;
  emailKey: string | undefined;
}

export interface PersonFields {
  id: string | undefined;
  name: string | undefined;
  phase: string | undefined;
  phone: string | undefined;
  email: string | undefined;
}

export function makePerson(index: number, view: RowView, f: PersonFields): Person {
  const name = f.name?.trim() ?? "";
  const phone = f.phone === undefined ? undefined : phoneKey(f.phone);
  const email = f.email === undefined ? undefined : emailKey(f.email);
  const id = f.id === undefined ? undefined : idKey(f.id);
  return {
    index,
    view,
    label: name !== "" ? name : (f.id?.trim() ?? `row ${view.line}`),
    id: f.id?.trim(),
    phaseKey: f.phase === undefined ? "" : phaseKey(f.phase),
    phaseName: f.phase?.trim(),
    nameKey: nameKey(name),
    sortedKey: sortedNameKey(name),
    idKey: id === "" ? undefined : id,
    phoneKey: phone === "" ? undefined : phone,
    emailKey: email === "" ? undefined : email,
  };
}

/** What a reference (an ID, a name or both) points at. */
export type Resolution =
  | { kind: "none" }
  | { kind: "found"; person: Person; idUnknown: boolean }
  | { kind: "unknown" }
  | { kind: "ambiguous"; candidates: readonly Person[]; by: "id" | "name" }
  /** The ID names `person`, the name someone else (`other`) or no one: the ID is trusted. */
  | { kind: "conflict"; person: Person; other: Person | undefined };

export interface PersonRef {
  id: string | undefined;
  name: string | undefined;
}

/** Why a later row is taken for an earlier person: which of their keys agree. */
export interface Duplicate {
  earlier: Person;
  same: Array<"id" | "name" | "phone" | "email">;
}

function push<K>(map: Map<K, Person[]>, key: K, p: Person): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

/**
 * The people of one register, indexed by ID and name so references resolve in constant time at
 * national scale. Duplicates are caught as rows are added, against the earliest row of the same
 * phase that shares a key.
 */
export class PeopleIndex {
  readonly people: Person[] = [];
  private readonly byId = new Map<string, Person[]>();
  private readonly byName = new Map<string, Person[]>();
  private readonly bySorted = new Map<string, Person[]>();
  /** First row per phase-scoped key, for duplicates. */
  private readonly first = new Map<string, Person>();

  constructor(readonly kind: RegisterKind) {}

  /**
   * Adds a person; returns the earlier row it duplicates, if any. A person enrolled in two phases
   * is two rows on purpose, so keys are scoped by phase. Two rows with the same name are told
   * apart when their IDs, phones or emails differ: then they are namesakes, not duplicates, and
   * a reference by that name is ambiguous.
   */
  add(p: Person): Duplicate | undefined {
    this.people.push(p);
    const scope = `${p.phaseKey}\u0000`;
    const keys: Array<["id" | "name" | "phone" | "email", string | undefined]> = [
      ["id", p.idKey],
      ["name", p.nameKey === "" ? undefined : p.nameKey],
      ["phone", p.phoneKey],
      ["email", p.emailKey],
    ];
    let earlier: Person | undefined;
    for (const [what, key] of keys) {
      if (key === undefined) continue;
      const prior = this.first.get(`${scope}${what}:${key}`);
      if (!prior) continue;
      if (what === "name" && namesakes(prior, p)) continue;
      if (!earlier || prior.index < earlier.index) earlier = prior;
    }
    let duplicate: Duplicate | undefined;
    if (earlier) {
      const e = earlier;
      const same: Duplicate["same"] = [];
      if (p.idKey !== undefined && p.idKey === e.idKey) same.push("id");
      if (p.nameKey !== "" && p.nameKey === e.nameKey) same.push("name");
      if (p.phoneKey !== undefined && p.phoneKey === e.phoneKey) same.push("phone");
      if (p.emailKey !== undefined && p.emailKey === e.emailKey) same.push("email");
      duplicate = { earlier: e, same };
    }
    for (const [what, key] of keys) {
      if (key === undefined) continue;
      const k = `${scope}${what}:${key}`;
      if (!this.first.has(k)) this.first.set(k, p);
    }
    // A duplicate stands for the earlier person: indexing its name again would make every
    // reference to that person "ambiguous" and bury the one real problem under many.
    if (!duplicate || !duplicate.same.includes("id")) {
      if (p.idKey !== undefined) push(this.byId, p.idKey, p);
    }
    if (!duplicate || !duplicate.same.includes("name")) {
      if (p.nameKey !== "") {
        push(this.byName, p.nameKey, p);
        push(this.bySorted, p.sortedKey, p);
      }
    }
    return duplicate;
  }

  get(index: number): Person | undefined {
    return this.people[index];
  }

  /**
   * Resolves an ID and/or a name, preferring people of `phase` when several match. Names are
   * compared ignoring spacing, case, punctuation and titles, then ignoring word order.
   */
  resolve(ref: PersonRef, phase: string): Resolution {
    const id = ref.id?.trim() ?? "";
    const name = ref.name?.trim() ?? "";
    if (id === "" && name === "") return { kind: "none" };
    const nk = nameKey(name);
    const sk = sortedNameKey(name);
    const nameHits = name === "" ? [] : inPhase(this.byName.get(nk) ?? this.bySorted.get(sk) ?? [], phase);
    const matchesName = (p: Person) => p.nameKey === nk || p.sortedKey === sk;

    if (id !== "") {
      const idHits = inPhase(this.byId.get(idKey(id)) ?? [], phase);
      const only = idHits.length === 1 ? idHits[0] : undefined;
      if (only) {
        if (name !== "" && !matchesName(only)) return { kind: "conflict", person: only, other: nameHits.length === 1 ? nameHits[0] : undefined };
        return { kind: "found", person: only, idUnknown: false };
      }
      if (idHits.length > 1) {
        const named = name === "" ? [] : idHits.filter(matchesName);
        const single = named.length === 1 ? named[0] : undefined;
        if (single) return { kind: "found", person: single, idUnknown: false };
        return { kind: "ambiguous", candidates: idHits, by: "id" };
      }
    }
    const onlyName = nameHits.length === 1 ? nameHits[0] : undefined;
    if (onlyName) return { kind: "found", person: onlyName, idUnknown: id !== "" };
    if (nameHits.length > 1) return { kind: "ambiguous", candidates: nameHits, by: "name" };
    return { kind: "unknown" };
  }
}

/** Same name, but something that identifies a person differs: two people, not one entered twice. */
function namesakes(a: Person, b: Person): boolean {
  const differ = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && x !== y;
  return differ(a.idKey, b.idKey) || differ(a.phoneKey, b.phoneKey) || differ(a.emailKey, b.emailKey);
}

/** Several matches: keep those of the reference's phase, else those with no phase, else all. */
function inPhase(list: readonly Person[], phase: string): readonly Person[] {
  if (list.length <= 1 || phase === "") return list;
  const same = list.filter((p) => p.phaseKey === phase);
  if (same.length > 0) return same;
  const open = list.filter((p) => p.phaseKey === "");
  return open.length > 0 ? open : list;
}

/** "same name and phone" */
export function sameWords(same: Duplicate["same"]): string {
  const words = same.map((s) => (s === "id" ? "ID" : s));
  if (words.length <= 1) return `same ${words[0] ?? "details"}`;
  return `same ${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

/** "Achieng Otieno (row 5)" */
export function personAt(p: Person): string {
  return `${p.label} (row ${p.view.line})`;
}

export function quoted(p: Person): string {
  return q(p.label);
}
