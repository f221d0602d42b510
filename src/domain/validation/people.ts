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
  /** The name as typed, trimmed ("" when blank). */
  name: string;
  id: string | undefined;
  phaseKey: string;
  phaseName: string | undefined;
  nameKey: string;
  /** Word-order-free name key, worked out on first use (see sortedKeyOf). */
  sortedKey: string | undefined;
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
    name,
    id: f.id?.trim(),
    phaseKey: f.phase === undefined ? "" : phaseKey(f.phase),
    phaseName: f.phase?.trim(),
    nameKey: nameKey(name),
    sortedKey: undefined,
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

export function sortedKeyOf(p: Person): string {
  p.sortedKey ??= sortedNameKey(p.name);
  return p.sortedKey;
}

/** The keys a person is matched on for duplicates, in the order messages list them. */
const KEYS = ["id", "name", "phone", "email"] as const;
type KeyKind = (typeof KEYS)[number];

function keyOf(p: Person, kind: KeyKind): string | undefined {
  switch (kind) {
    case "id":
      return p.idKey;
    case "name":
      return p.nameKey === "" ? undefined : p.nameKey;
    case "phone":
      return p.phoneKey;
    case "email":
      return p.emailKey;
  }
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
  /** Built on the first reference the plain name key cannot place: most workbooks never need it. */
  private bySorted: Map<string, Person[]> | undefined;
  private readonly named: Person[] = [];
  /** First row per key, per phase and key kind, for duplicates (nested maps: no key strings to build). */
  private readonly first = new Map<string, Record<KeyKind, Map<string, Person>>>();

  constructor(readonly kind: RegisterKind) {}

  private firstIn(phase: string): Record<KeyKind, Map<string, Person>> {
    let maps = this.first.get(phase);
    if (!maps) {
      maps = { id: new Map(), name: new Map(), phone: new Map(), email: new Map() };
      this.first.set(phase, maps);
    }
    return maps;
  }

  /**
   * Adds a person; returns the earlier row it duplicates, if any. A person enrolled in two phases
   * is two rows on purpose, so keys are scoped by phase. Two rows with the same name are told
   * apart when their IDs, phones or emails differ: then they are namesakes, not duplicates, and
   * a reference by that name is ambiguous.
   */
  add(p: Person): Duplicate | undefined {
    this.people.push(p);
    const first = this.firstIn(p.phaseKey);
    let earlier: Person | undefined;
    for (const kind of KEYS) {
      const key = keyOf(p, kind);
      if (key === undefined) continue;
      const prior = first[kind].get(key);
      if (!prior) continue;
      if (kind === "name" && namesakes(prior, p)) continue;
      if (!earlier || prior.index < earlier.index) earlier = prior;
    }
    let duplicate: Duplicate | undefined;
    if (earlier) {
      const same: Duplicate["same"] = [];
      for (const kind of KEYS) {
        const key = keyOf(p, kind);
        if (key !== undefined && key === keyOf(earlier, kind)) same.push(kind);
      }
      duplicate = { earlier, same };
    }
    for (const kind of KEYS) {
      const key = keyOf(p, kind);
      if (key !== undefined && !first[kind].has(key)) first[kind].set(key, p);
    }
    // A duplicate stands for the earlier person: indexing its name again would make every
    // reference to that person "ambiguous" and bury the one real problem under many.
    if (p.idKey !== undefined && !duplicate?.same.includes("id")) push(this.byId, p.idKey, p);
    if (p.nameKey !== "" && !duplicate?.same.includes("name")) {
      push(this.byName, p.nameKey, p);
      this.named.push(p);
      if (this.bySorted) push(this.bySorted, sortedKeyOf(p), p);
    }
    return duplicate;
  }

  private sorted(): Map<string, Person[]> {
    if (!this.bySorted) {
      this.bySorted = new Map();
      for (const p of this.named) push(this.bySorted, sortedKeyOf(p), p);
    }
    return this.bySorted;
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
    if (id === "" && name === "") return NO_REFERENCE;
    const nk = name === "" ? "" : nameKey(name);
    // The word-order-free key is a fallback, worked out only when the plain key finds no one.
    // (Plain code, no closures: this runs for every reference of every log row.)
    let sk: string | undefined;
    let nameHits: readonly Person[] = NONE;
    if (name !== "") {
      let hits = this.byName.get(nk);
      if (hits === undefined) {
        sk = sortedNameKey(name);
        hits = this.sorted().get(sk);
      }
      nameHits = hits === undefined ? NONE : inPhase(hits, phase);
    }
    if (id !== "") {
      const idHits = inPhase(this.byId.get(idKey(id)) ?? [], phase);
      const only = idHits.length === 1 ? idHits[0] : undefined;
      if (only) {
        if (name !== "" && !matchesName(only, nk, sk ?? (sk = sortedNameKey(name)))) return { kind: "conflict", person: only, other: nameHits.length === 1 ? nameHits[0] : undefined };
        return { kind: "found", person: only, idUnknown: false };
      }
      if (idHits.length > 1) {
        const sortedKey = sk ?? (sk = sortedNameKey(name));
        const named = name === "" ? [] : idHits.filter((p) => matchesName(p, nk, sortedKey));
        const single = named.length === 1 ? named[0] : undefined;
        if (single) return { kind: "found", person: single, idUnknown: false };
        return { kind: "ambiguous", candidates: idHits, by: "id" };
      }
    }
    const onlyName = nameHits.length === 1 ? nameHits[0] : undefined;
    if (onlyName) return { kind: "found", person: onlyName, idUnknown: id !== "" };
    if (nameHits.length > 1) return { kind: "ambiguous", candidates: nameHits, by: "name" };
    return UNKNOWN;
  }
}

const NONE: readonly Person[] = [];
const NO_REFERENCE: Resolution = { kind: "none" };
const UNKNOWN: Resolution = { kind: "unknown" };

function matchesName(p: Person, nk: string, sk: string): boolean {
  return p.nameKey === nk || sortedKeyOf(p) === sk;
}

function differ(x: string | undefined, y: string | undefined): boolean {
  return x !== undefined && y !== undefined && x !== y;
}

/** Same name, but something that identifies a person differs: two people, not one entered twice. */
function namesakes(a: Person, b: Person): boolean {
  return differ(a.idKey, b.idKey) || differ(a.phoneKey, b.phoneKey) || differ(a.emailKey, b.emailKey);
}

/** Several matches: keep those of the reference's phase, else those with no phase, else all. */
function inPhase(list: readonly Person[], phase: string): readonly Person[] {
  if (list.length <= 1 || phase === "") return list;
  const same: Person[] = [];
  const open: Person[] = [];
  for (const p of list) {
    if (p.phaseKey === phase) same.push(p);
    else if (p.phaseKey === "") open.push(p);
  }
  if (same.length > 0) return same;
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
