import type { Evaluation, Goal, RegisterData } from "../registers";
import { Layout, loose, RowView } from "./context";
import { checkFields } from "./fields";
import { resolveLogPair } from "./references";
import type { ValidationState } from "./state";

/**
 * Goals and evaluations belong to a pair: beyond their own fields, the check that matters is that
 * the pair exists, so goals achieved and evaluation averages are counted for real pairs.
 */
export function* checkPairLogs(data: RegisterData<Goal> | RegisterData<Evaluation> | undefined, st: ValidationState): Generator<void> {
  if (!data) return;
  const layout = new Layout(data);
  for (const row of data.rows) {
    const at = new RowView(layout, loose(row));
    checkFields(at, st.schemas, st.out);
    resolveLogPair(st, at, row.values, "");
    if (st.tick()) yield;
  }
}
