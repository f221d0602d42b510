import { q, type RowView } from "./context";
import { capitalise } from "./describe";
import { idKey } from "./keys";
import type { PairInfo } from "./pair-index";
import type { PeopleIndex, Person, Resolution } from "./people";
import type { ValidationState } from "./state";

type Role = "mentor" | "mentee";

const FIELDS = {
  mentor: { id: "mentorId", name: "mentorName", register: "Mentors", rules: {
    missing: "reference.mentor.missing", unknown: "reference.mentor.unknown", ambiguous: "reference.mentor.ambiguous", conflict: "reference.mentor.conflict",
  } },
  mentee: { id: "menteeId", name: "menteeName", register: "Mentees", rules: {
    missing: "reference.mentee.missing", unknown: "reference.mentee.unknown", ambiguous: "reference.mentee.ambiguous", conflict: "reference.mentee.conflict",
  } },
} as const;

/** Where the row names its mentor or mentee: the cell the user filled (name first), else the name column. */
export function refField(at: RowView, role: Role): string {
  const { id, name } = FIELDS[role];
  if (at.filled(name)) return name;
  if (at.filled(id)) return id;
  return at.layout.hasColumn(name) || !at.layout.hasColumn(id) ? name : id;
}

function indexFor(st: ValidationState, role: Role): PeopleIndex {
  return role === "mentor" ? st.mentors : st.mentees;
}

function where(p: Person): string {
  return `${p.view.sheet} row ${p.view.line}`;
}

/**
 * Resolves a row's mentor or mentee (by ID, by name, or both) and reports what does not resolve.
 * Returns the person when the row can be attributed (trusting the ID when ID and name disagree),
 * so later checks run on as much as can be known.
 */
export function resolvePerson(
  st: ValidationState,
  at: RowView,
  role: Role,
  ref: { id: string | undefined; name: string | undefined },
  phase: string,
  required: boolean,
): Person | undefined {
  return reportResolution(st, at, role, indexFor(st, role).resolve(ref, phase), required);
}

/** Reports what a resolution found wrong; returns the person the row can be attributed to, if any. */
function reportResolution(st: ValidationState, at: RowView, role: Role, result: Resolution, required: boolean): Person | undefined {
  const f = FIELDS[role];
  const typedId = at.typed(f.id)?.trim();
  const typedName = at.typed(f.name)?.trim();
  const nameField = refField(at, role);
  switch (result.kind) {
    case "none":
      // A cell typed but unreadable (Excel's #N/A, a TRUE) is not blank: the field rules report it.
      if (required && !at.filled(f.id) && !at.filled(f.name)) {
        st.out.report(f.rules.missing, at, {
          field: nameField,
          message: `${at.Who} does not say who the ${role} is: ${role} name and ID are blank.`,
          fix: `Type the ${role}'s name (as in the ${f.register} register) or ID in ${at.place(nameField)}.`,
        });
      }
      return undefined;
    case "unknown": {
      const field = typedId ? f.id : f.name;
      const what = typedId && typedName ? `${role} ID ${q(typedId)} and name ${q(typedName)}` : typedId ? `${role} ID ${q(typedId)}` : `${role} ${q(typedName ?? "")}`;
      st.out.report(f.rules.unknown, at, {
        field,
        message: `${capitalise(what)} for ${at.who} ${typedId && typedName ? "are" : "is"} not in the ${f.register} register.`,
        fix: `Check the spelling in ${at.place(field)} against the ${f.register} register, or add the ${role} there first.`,
      });
      return undefined;
    }
    case "ambiguous": {
      const field = result.by === "id" ? f.id : f.name;
      const typed = result.by === "id" ? typedId : typedName;
      st.out.report(f.rules.ambiguous, at, {
        field,
        message: `${capitalise(role)} ${q(typed ?? "")} for ${at.who} matches ${result.candidates.length} people in the ${f.register} register (${result.candidates.map(where).join(", ")}).`,
        fix: result.by === "id"
          ? `Give each ${role} in the ${f.register} register an ID of their own, then use it here.`
          : `Type the ${role}'s ID in the ${capitalise(role)} ID column so this row points at one person.`,
      });
      return undefined;
    }
    case "conflict": {
      const p = result.person;
      const other = result.other ? `, who is ${where(result.other)}` : "";
      st.out.report(f.rules.conflict, at, {
        field: f.name,
        message: `${capitalise(role)} ID ${q(typedId ?? "")} for ${at.who} belongs to ${p.label} (${where(p)}), but the name says ${q(typedName ?? "")}${other}.`,
        fix: `Correct whichever is wrong: the ID in ${at.place(f.id)} or the name in ${at.place(f.name)}.`,
      });
      return p;
    }
    case "found": {
      const p = result.person;
      if (result.idUnknown) {
        st.out.report(f.rules.unknown, at, {
          field: f.id,
          message: `${capitalise(role)} ID ${q(typedId ?? "")} for ${at.who} is not in the ${f.register} register; the name ${q(typedName ?? "")} is (${where(p)}${p.id ? `, ID ${p.id}` : ""}).`,
          fix: p.id ? `Correct the ID in ${at.place(f.id)} to ${p.id}.` : `Clear the ID in ${at.place(f.id)}, or give the ${role} that ID in the ${f.register} register.`,
        });
      }
      return p;
    }
  }
}

const LOG_REFERENCE_FIELDS = ["pairId", "mentorId", "mentorName", "menteeId", "menteeName"] as const;

export interface LogRefs {
  pairId?: string | undefined;
  mentorId?: string | undefined;
  mentorName?: string | undefined;
  menteeId?: string | undefined;
  menteeName?: string | undefined;
}

/**
 * Which pair a session, goal or evaluation belongs to: by pair ID, else by mentor and mentee.
 * When both are given they must agree; when the pair ID is wrong but the people are right, the
 * people win (and the ID is reported), so one typo does not hide the rest of the row's checks.
 */
export function resolveLogPair(st: ValidationState, at: RowView, refs: LogRefs, phase: string): PairInfo | undefined {
  const hasMentor = Boolean(refs.mentorId?.trim() || refs.mentorName?.trim());
  const hasMentee = Boolean(refs.menteeId?.trim() || refs.menteeName?.trim());
  const pairId = refs.pairId?.trim();

  if (pairId) {
    const pair = st.pairs.byId(idKey(pairId));
    if (pair) {
      checkAgrees(st, at, "mentor", { id: refs.mentorId, name: refs.mentorName }, pair);
      checkAgrees(st, at, "mentee", { id: refs.menteeId, name: refs.menteeName }, pair);
      return pair;
    }
    // The ID is wrong; if the row also names the people, their pair is the one meant.
    let meant: PairInfo | undefined;
    if (hasMentor && hasMentee) {
      const mentor = resolvePerson(st, at, "mentor", { id: refs.mentorId, name: refs.mentorName }, phase, true);
      const mentee = resolvePerson(st, at, "mentee", { id: refs.menteeId, name: refs.menteeName }, phase, true);
      meant = mentor && mentee ? st.pairs.byPeople(mentor, mentee, phase) : undefined;
    }
    const meantId = meant?.view.typed("pairId");
    st.out.report("reference.pair.unknown", at, {
      field: "pairId",
      message: `Pair ID ${q(at.typed("pairId") ?? pairId)} for ${at.who} is not in the Pairs register.`,
      fix: meant && meantId
        ? `Correct the pair ID in ${at.place("pairId")} to ${meantId}: that is the pair of the mentor and mentee this row names.`
        : `Check the pair ID in ${at.place("pairId")} against the Pairs register, or add the pair there first.`,
    });
    return meant;
  }

  if (!hasMentor && !hasMentee) {
    // Only when nothing was typed: an unreadable cell (Excel's #N/A) is reported by the field rules.
    if (LOG_REFERENCE_FIELDS.some((field) => at.filled(field))) return undefined;
    st.out.report("reference.pair.missing", at, {
      message: `${at.Who} does not say which pair it belongs to: pair ID, mentor and mentee are blank.`,
      fix: `Type the pair's ID, or the mentor's and the mentee's names, in row ${at.line}.`,
    });
    return undefined;
  }
  const mentorResult = st.mentors.resolve({ id: refs.mentorId, name: refs.mentorName }, phase);
  const menteeResult = st.mentees.resolve({ id: refs.menteeId, name: refs.menteeName }, phase);
  const settled = pairOfCandidates(st, mentorResult, menteeResult, phase);
  if (settled) return settled;
  const mentor = reportResolution(st, at, "mentor", mentorResult, true);
  const mentee = reportResolution(st, at, "mentee", menteeResult, true);
  if (!mentor || !mentee) return undefined;
  const pair = st.pairs.byPeople(mentor, mentee, phase);
  if (!pair) {
    st.out.report("reference.pair.unknown", at, {
      field: refField(at, "mentee"),
      message: `${at.Who} is for mentor ${mentor.label} and mentee ${mentee.label}, who are not paired in the Pairs register.`,
      fix: `Add the pair to the Pairs register, or correct the mentor or mentee in row ${at.line}.`,
    });
  }
  return pair;
}

function candidates(r: Resolution): readonly Person[] {
  switch (r.kind) {
    case "found":
      return r.idUnknown ? [] : [r.person];
    case "ambiguous":
      return r.candidates;
    default:
      return [];
  }
}

/**
 * A log names "Peter Kamau" and "Mary Adhiambo", and two Peter Kamaus are enrolled: if only one
 * of them is paired with Mary, the log is hers and his, and nothing is ambiguous. Candidate lists
 * are short (namesakes), so trying each combination costs nothing.
 */
function pairOfCandidates(st: ValidationState, mentor: Resolution, mentee: Resolution, phase: string): PairInfo | undefined {
  if (mentor.kind !== "ambiguous" && mentee.kind !== "ambiguous") return undefined;
  const found: PairInfo[] = [];
  for (const m of candidates(mentor)) {
    for (const e of candidates(mentee)) {
      const pair = st.pairs.byPeople(m, e, phase);
      if (pair) found.push(pair);
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** A log that gives a pair ID and also names people: the people must be the pair's. */
function checkAgrees(st: ValidationState, at: RowView, role: Role, ref: { id: string | undefined; name: string | undefined }, pair: PairInfo): void {
  const expected = role === "mentor" ? pair.mentor : pair.mentee;
  if (!expected) return;
  const result = indexFor(st, role).resolve(ref, pair.phaseKey);
  if (result.kind === "none") return;
  if (result.kind === "found" && result.person === expected && !result.idUnknown) return;
  if (result.kind === "ambiguous" && result.candidates.includes(expected)) return;
  if (result.kind === "unknown" || result.kind === "ambiguous" || result.person === expected) {
    // Not someone else: a reference the register cannot place, or whose ID and name disagree
    // with each other. Report it as such.
    resolvePerson(st, at, role, ref, pair.phaseKey, false);
    return;
  }
  const f = FIELDS[role];
  const field = ref.name?.trim() ? f.name : f.id;
  st.out.report(f.rules.conflict, at, {
    field,
    message: `${at.Who} names ${role} ${result.person.label}, but ${pair.view.whoElsewhere} is with ${expected.label}.`,
    fix: `Correct the pair ID in ${at.place("pairId")} or the ${role} in ${at.place(field)}.`,
  });
}
