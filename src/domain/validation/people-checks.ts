import { cellRef, type RegisterKind } from "../registers";
import { type Layout, q, type RowView } from "./context";
import { sameWords, type Duplicate } from "./people";
import type { RuleId } from "./rules";
import type { ValidationState } from "./state";

/** Checks shared by the Mentors and Mentees registers. */

export function reportDuplicate(st: ValidationState, rule: RuleId, at: RowView, noun: string, dup: Duplicate): void {
  const field = dup.same.includes("id")
    ? at.kind === "mentors" ? "mentorId" : "menteeId"
    : dup.same.includes("name") ? "fullName" : dup.same.includes("phone") ? "phone" : "email";
  const e = dup.earlier;
  st.out.report(rule, at, {
    field,
    message: `${at.Who} looks like the same person as row ${e.view.line} (${e.label}): ${sameWords(dup.same)}.`,
    fix: `If it is the same ${noun}, delete row ${at.line} (or merge what it adds into row ${e.view.line}) so pairs and session logs point at one row. If they are different people, correct the ${sameWords(dup.same).replace(/^same /, "")} so each can be told apart.`,
  });
}

export function reportUnknownPhase(st: ValidationState, at: RowView, typed: string | undefined): void {
  if (!st.phases.unknown(typed)) return;
  const known = st.phases.names();
  st.out.report("reference.phase.unknown", at, {
    field: "phase",
    message: `Phase ${q(typed ?? "")} for ${at.who} is not in the Phases register.`,
    fix: known.length > 0
      ? `Type one of the phases listed in the Phases register (${known.join(", ")}) in ${at.place("phase")}, or add the phase there.`
      : `Add the phase to the Phases register, or correct ${at.place("phase")}.`,
  });
}

/**
 * A programme column the register lacks entirely: one warning for the register, at its header,
 * instead of one per row; a sheet that never recorded confidentiality needs a column, not 5,000
 * identical warnings.
 */
export function checkColumns(st: ValidationState, layout: Layout, kind: RegisterKind, rule: RuleId, fields: readonly string[], rows: number): void {
  if (rows === 0) return;
  const cell = cellRef(layout.sheet, layout.headerRow, layout.firstColumn ?? 1);
  for (const field of fields) {
    if (layout.hasColumn(field)) continue;
    const label = layout.label(field);
    st.out.reportCell(rule, kind, cell, {
      field,
      message: `The ${layout.sheet} sheet has no ${label} column, so the programme's check on it cannot run.`,
      fix: `Add a column headed ${q(label)} to the ${layout.sheet} sheet and fill it in. ${layout.field(field)?.help ?? ""}`.trim(),
    });
  }
}

/** A yes/no condition of the programme: No is the rule's issue, blank is "not recorded". */
export function checkCondition(
  st: ValidationState,
  at: RowView,
  field: string,
  value: boolean | undefined,
  onNo: { rule: RuleId; message: string; fix: string },
  unrecorded: RuleId,
): void {
  if (!at.layout.hasColumn(field)) return;
  if (value === false) {
    st.out.report(onNo.rule, at, { field, message: onNo.message, fix: onNo.fix });
  } else if (value === undefined && !at.filled(field)) {
    const label = at.layout.label(field);
    st.out.report(unrecorded, at, {
      field,
      message: `${label} is blank for ${at.who}, so the programme's condition cannot be checked.`,
      fix: `Type Yes or No in ${at.place(field)}. ${at.layout.field(field)?.help ?? ""}`.trim(),
    });
  }
}

