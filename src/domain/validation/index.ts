export { validateRegisters, validateRegistersAsync } from "./validate";
export { RULES, RULE_IDS, ruleDef, rulesFor, type Rule, type RuleDef, type RuleId } from "./rules";
export { compareIssues, countIssues, ISSUE_REGISTERS, registerTitle } from "./report";
export { TIDY_GROUP_LABELS, tidyGroup, type TidyGroup } from "./tidy";
export type { Issue, IssueRegister, SafeFix, Severity, SeverityCounts, ValidateOptions, ValidationCounts, ValidationProgress, ValidationReport } from "./types";
export { ruleCatalogueMarkdown } from "./docs";
