// What the Pair screen remembers between runs, as plain functions so it is tested without
// React: the locks and exclusions chosen here since the last run (saved to the workbook's
// Pairing choices sheet with the next run), those the workbook keeps (read when the screen
// opens and by every run, so a workshop can resume and two officers see the same choices),
// and a decision per suggestion (accept or reject) until the accepted ones are written.
import { choiceWhere, describeChoice, sameChoice, type ChoiceInForce, type ChoiceKind, type PairingChoice, type PairRef, type PairSuggestion, type PersonOut } from "../../../domain/pairing";
import { phaseKey } from "../../../domain/validation/keys";

export type Decision = "accept" | "reject";

/** A lock or exclusion chosen in this pane, not saved yet. */
export interface PendingChoice {
  phase: string;
  choice: ChoiceKind;
  mentor: PersonOut;
  mentee: PersonOut;
  note: string;
}

export interface PairChoices {
  /** Chosen here since the last run; saved to the workbook with the next run. */
  pending: PendingChoice[];
  /** What the Pairing choices sheet keeps, every phase (those the last run saved have no row number yet). */
  kept: PairingChoice[];
  /** The last run's locks and exclusions with the people as the registers name them, to mark its suggestions. */
  inForce: ChoiceInForce[];
  /** By mentee key. */
  decisions: Record<string, Decision>;
}

export const NO_CHOICES: PairChoices = { pending: [], kept: [], inForce: [], decisions: {} };

type PairKeys = { mentor: { key: string }; mentee: { key: string } };

const samePeople = (a: PairKeys, b: PairKeys) => a.mentor.key === b.mentor.key && a.mentee.key === b.mentee.key;

/** A change that also takes choices out of the workbook: the screen removes `removeKept` first. */
export interface ChoiceChange {
  next: PairChoices;
  removeKept: PairingChoice[];
}

/** The kept row behind a choice the last run used (looked up by where it is; saved by the run: by its people). */
function keptChoiceOf(choices: PairChoices, phase: string, c: ChoiceInForce): PairingChoice {
  const byRow = c.from === undefined ? undefined : choices.kept.find((k) => choiceWhere(k) === c.from);
  return byRow ?? { phase, choice: c.choice, mentor: { id: c.mentor.id, name: c.mentor.name }, mentee: { id: c.mentee.id, name: c.mentee.name }, note: c.note, setAt: "" };
}

function keptFor(choices: PairChoices, phase: string, s: PairKeys, kind: ChoiceKind): PairingChoice | undefined {
  const c = choices.inForce.find((x) => x.choice === kind && samePeople(x, s));
  return c ? keptChoiceOf(choices, phase, c) : undefined;
}

/** How the suggestion's pair is locked: chosen here ("pending"), kept in the workbook ("kept"), or not at all. */
export function lockState(choices: PairChoices, s: PairKeys): "pending" | "kept" | undefined {
  if (choices.pending.some((p) => p.choice === "lock" && samePeople(p, s))) return "pending";
  return choices.inForce.some((c) => c.choice === "lock" && samePeople(c, s)) ? "kept" : undefined;
}

export function isLocked(choices: PairChoices, s: PairKeys): boolean {
  return lockState(choices, s) !== undefined;
}

function pendingOf(s: PairSuggestion, choice: ChoiceKind, phase: string): PendingChoice {
  const verb = choice === "lock" ? "Locked" : "Excluded";
  return { phase, choice, mentor: s.mentor, mentee: s.mentee, note: `${verb} in the task pane (score ${s.score})` };
}

const inPhase = (phase: string) => (p: { phase: string }) => phaseKey(p.phase) === phaseKey(phase);

/** Locks the pair (one lock per mentee), or unlocks it: a lock kept in the workbook is removed there. */
export function toggleLock(choices: PairChoices, s: PairSuggestion, phase: string): ChoiceChange {
  const state = lockState(choices, s);
  if (state === "pending") return { next: { ...choices, pending: choices.pending.filter((p) => !(p.choice === "lock" && samePeople(p, s))) }, removeKept: [] };
  if (state === "kept") return { next: choices, removeKept: [keptFor(choices, phase, s, "lock")!] };
  const others = choices.pending.filter((p) => !(p.choice === "lock" && p.mentee.key === s.mentee.key));
  return { next: { ...choices, pending: [...others, pendingOf(s, "lock", phase)] }, removeKept: [] };
}

/** Never propose this pair again (its lock, here or in the workbook, and its decision go). */
export function exclude(choices: PairChoices, s: PairSuggestion, phase: string): ChoiceChange {
  const decisions = { ...choices.decisions };
  delete decisions[s.mentee.key];
  const pending = choices.pending.filter((p) => !samePeople(p, s));
  const keptLock = keptFor(choices, phase, s, "lock");
  return { next: { ...choices, pending: [...pending, pendingOf(s, "exclude", phase)], decisions }, removeKept: keptLock ? [keptLock] : [] };
}

/** After choices were taken out of the workbook. */
export function withoutKept(choices: PairChoices, removed: readonly PairingChoice[], phase: string): PairChoices {
  const gone = (k: PairingChoice) => removed.some((r) => sameChoice(r, k));
  return { ...choices, kept: choices.kept.filter((k) => !gone(k)), inForce: choices.inForce.filter((c) => !gone(keptChoiceOf(choices, phase, c))) };
}

export function removePending(choices: PairChoices, p: PendingChoice): PairChoices {
  return { ...choices, pending: choices.pending.filter((x) => !(x.choice === p.choice && samePeople(x, p))) };
}

/** The pane's new choices for the phase, as the next run's request carries them. */
export function requestChoices(choices: PairChoices, phase: string): { locks: PairRef[]; exclusions: PairRef[] } {
  const mine = choices.pending.filter(inPhase(phase));
  const refs = (kind: ChoiceKind) => mine.filter((p) => p.choice === kind).map((p) => ({ mentor: p.mentor.key, mentee: p.mentee.key, note: p.note }));
  return { locks: refs("lock"), exclusions: refs("exclude") };
}

/** After a run of `phase`: its new choices are saved, and decisions belong to the old suggestions. */
export function afterRun(choices: PairChoices, run: { kept: PairingChoice[]; choices: ChoiceInForce[] }, phase: string): PairChoices {
  return { pending: choices.pending.filter((p) => !inPhase(phase)(p)), kept: run.kept, inForce: run.choices, decisions: {} };
}

/** One line of the Locks and exclusions list. */
export interface ShownChoice {
  /** Unique within the list (React key). */
  id: string;
  choice: ChoiceKind;
  text: string;
  /** Where it is kept, in words. */
  where: string;
  note: string;
  kept?: PairingChoice;
  pending?: PendingChoice;
}

/** The phase's choices, kept ones first (sheet order), then those chosen here. */
export function shownChoices(choices: PairChoices, phase: string): ShownChoice[] {
  const kept = choices.kept
    .filter(inPhase(phase))
    .map((k, i): ShownChoice => ({
      id: `kept-${k.row ?? `new-${i}`}`,
      choice: k.choice,
      text: describeChoice(k),
      where: k.row === undefined ? "Pairing choices sheet, saved with the last run" : `Pairing choices sheet, row ${k.row}${k.setAt === "" ? "" : `, set ${k.setAt}`}`,
      note: k.note,
      kept: k,
    }));
  const pending = choices.pending.filter(inPhase(phase)).map((p): ShownChoice => ({
    id: `pending-${p.choice}-${p.mentor.key}-${p.mentee.key}`,
    choice: p.choice,
    text: describeChoice(p),
    where: "Chosen here: saved to the workbook with the next run",
    note: p.note,
    pending: p,
  }));
  return [...kept, ...pending];
}

/** Sets the decision, or clears it when the same one is chosen again. */
export function decide(choices: PairChoices, s: PairSuggestion, decision: Decision): PairChoices {
  const decisions = { ...choices.decisions };
  if (decisions[s.mentee.key] === decision) delete decisions[s.mentee.key];
  else decisions[s.mentee.key] = decision;
  return { ...choices, decisions };
}

/** The suggestions to write: the accepted ones, or with `all`, every one not rejected. */
export function toWrite(suggestions: readonly PairSuggestion[], choices: PairChoices, all: boolean): PairSuggestion[] {
  return suggestions.filter((s) => (all ? choices.decisions[s.mentee.key] !== "reject" : choices.decisions[s.mentee.key] === "accept"));
}
