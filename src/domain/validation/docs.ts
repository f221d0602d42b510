import { registerTitle } from "./report";
import { RULES } from "./rules";

/** Markdown table cells must not break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/**
 * The rule catalogue as a Markdown table, so the README documents exactly the rules the code
 * runs (generate it rather than copy it, and it cannot drift).
 */
export function ruleCatalogueMarkdown(): string {
  const lines = ["| Rule | Severity | Registers | What it checks |", "|---|---|---|---|"];
  for (const rule of RULES) {
    const registers = rule.appliesTo.map(registerTitle).join(", ");
    lines.push(`| \`${rule.id}\` | ${rule.severity} | ${registers} | **${cell(rule.title)}.** ${cell(rule.description)} |`);
  }
  return lines.join("\n");
}
