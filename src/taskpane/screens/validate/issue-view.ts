// What the Validate screen shows, as plain functions tested without React: the filter, the
// issues grouped by register and rule (tidy-ups also by kind, so a kind can be accepted at
// once), and which issues can be fixed here.
import { ISSUE_REGISTERS, registerTitle, ruleDef, RULE_IDS, TIDY_GROUP_LABELS, type Issue, type IssueRegister, type RuleId, type Severity, type TidyGroup } from "../../../domain/validation";
import type { FixTarget, WorkbookValidation } from "../../../operations/validate";

export interface IssueFilter {
  severity: Severity | "all";
  register: IssueRegister | "all";
  rule: RuleId | "all";
  /** Words to find in the message, fix, value, sheet or cell (case ignored). */
  text: string;
}

export const NO_FILTER: IssueFilter = { severity: "all", register: "all", rule: "all", text: "" };

export function isFiltered(filter: IssueFilter): boolean {
  return filter.severity !== "all" || filter.register !== "all" || filter.rule !== "all" || filter.text.trim() !== "";
}

export function filterIssues(issues: readonly Issue[], filter: IssueFilter): Issue[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter((w) => w !== "");
  return issues.filter((issue) => {
    if (filter.severity !== "all" && issue.severity !== filter.severity) return false;
    if (filter.register !== "all" && issue.register !== filter.register) return false;
    if (filter.rule !== "all" && issue.rule !== filter.rule) return false;
    if (words.length === 0) return true;
    const haystack = `${issue.message} ${issue.fix} ${issue.value ?? ""} ${issue.sheet}!${issue.cell} ${issue.rule}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** The registers and rules that have issues, for the filter's choices (catalogue order). */
export function filterChoices(issues: readonly Issue[]): { registers: IssueRegister[]; rules: RuleId[] } {
  const registers = new Set(issues.map((i) => i.register));
  const rules = new Set(issues.map((i) => i.rule));
  return { registers: ISSUE_REGISTERS.filter((r) => registers.has(r)), rules: RULE_IDS.filter((r) => rules.has(r)) };
}

export interface TidyKind {
  group: TidyGroup;
  label: string;
  issues: Issue[];
}

export interface RuleGroup {
  /** Unique on the screen: register and rule. */
  key: string;
  rule: RuleId;
  title: string;
  severity: Severity;
  issues: Issue[];
  /** For tidy-ups: the same issues by kind (dates, phones, counties...). */
  kinds: TidyKind[];
}

export interface RegisterGroup {
  register: IssueRegister;
  title: string;
  errors: number;
  warnings: number;
  rules: RuleGroup[];
}

const RULE_ORDER: ReadonlyMap<string, number> = new Map(RULE_IDS.map((id, i) => [id, i]));

function kindsOf(issues: readonly Issue[]): TidyKind[] {
  const byGroup = new Map<TidyGroup, Issue[]>();
  for (const issue of issues) {
    const group = issue.safeFix?.group;
    if (group === undefined) continue;
    const list = byGroup.get(group) ?? [];
    list.push(issue);
    byGroup.set(group, list);
  }
  return [...byGroup.entries()].map(([group, list]) => ({ group, label: TIDY_GROUP_LABELS[group], issues: list }));
}

/** Register by register (Settings first), then rule by rule: errors before warnings, in catalogue order. */
export function groupIssues(issues: readonly Issue[]): RegisterGroup[] {
  const byRegister = new Map<IssueRegister, Map<RuleId, Issue[]>>();
  for (const issue of issues) {
    let rules = byRegister.get(issue.register);
    if (!rules) {
      rules = new Map();
      byRegister.set(issue.register, rules);
    }
    const list = rules.get(issue.rule) ?? [];
    list.push(issue);
    rules.set(issue.rule, list);
  }
  const groups: RegisterGroup[] = [];
  for (const register of ISSUE_REGISTERS) {
    const rules = byRegister.get(register);
    if (!rules) continue;
    const ruleGroups = [...rules.entries()]
      .map(([rule, list]): RuleGroup => {
        const def = ruleDef(rule);
        return { key: `${register}:${rule}`, rule, title: def.title, severity: def.severity, issues: list, kinds: kindsOf(list) };
      })
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0));
    const all = ruleGroups.flatMap((g) => g.issues);
    groups.push({ register, title: registerTitle(register), errors: all.filter((i) => i.severity === "error").length, warnings: all.filter((i) => i.severity === "warning").length, rules: ruleGroups });
  }
  return groups;
}

/** A key for an issue that stays the same across renders and filters. */
export function issueKey(issue: Issue): string {
  return `${issue.sheet}!${issue.cell}|${issue.rule}|${issue.field ?? ""}|${issue.message}`;
}

/** The fix targets behind these issues (only issues with a safe fix have one). */
export function targetsOf(validation: WorkbookValidation, issues: readonly Issue[]): FixTarget[] {
  const wanted = new Set(issues);
  return validation.fixTargets.filter((t) => wanted.has(t.issue));
}

/** Sheets whose tidy-ups cannot be accepted until they are converted into registers. */
export function sheetsToConvert(targets: readonly FixTarget[]): string[] {
  return [...new Set(targets.filter((t) => !t.inRegister).map((t) => t.sheet))];
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
}

/** "12 errors and 24 warnings in 338 rows (whole workbook)". */
export function resultHeadline(validation: WorkbookValidation): string {
  const where = validation.sheet === undefined ? "the whole workbook" : `the sheet ${validation.sheet}`;
  return `${plural(validation.counts.errors, "error")} and ${plural(validation.counts.warnings, "warning")} in ${where} (${plural(validation.rows, "register row")} checked).`;
}

/** How long it took, as the officer experienced it and where the time went. */
export function timingText(validation: WorkbookValidation, elapsedMs: number): string {
  return `Validated in ${Math.round(elapsedMs)} ms: reading the workbook ${Math.round(validation.timings.readMs)} ms, checking ${Math.round(validation.timings.checkMs)} ms.`;
}
