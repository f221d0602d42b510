export { validateRegisters, validateRegistersAsync } from "./validate";
export { RULES, RULE_IDS, ruleDef, rulesFor, type Rule, type RuleDef, type RuleId } from "./rules";
export { compareIssues } from "./report";
export type { Issue, SafeFix, Severity, SeverityCounts, ValidateOptions, ValidationCounts, ValidationProgress, ValidationReport } from "./types";
export { ruleCatalogueMarkdown } from "./docs";
