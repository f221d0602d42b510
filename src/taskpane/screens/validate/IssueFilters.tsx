// Narrowing the list: by severity, register and rule, and by words in the message.
import { Field, makeStyles, SearchBox, Select, tokens } from "@fluentui/react-components";
import { registerTitle, ruleDef, type Issue, type IssueRegister, type RuleId } from "../../../domain/validation";
import { filterChoices, type IssueFilter } from "./issue-view";

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
});

export function IssueFilters({ issues, filter, onChange }: { issues: readonly Issue[]; filter: IssueFilter; onChange(filter: IssueFilter): void }) {
  const styles = useStyles();
  const choices = filterChoices(issues);
  return (
    <section className={styles.filters} aria-label="Filter the issues">
      <Field label="Severity">
        <Select value={filter.severity} onChange={(_e, d) => onChange({ ...filter, severity: d.value as IssueFilter["severity"] })}>
          <option value="all">Errors and warnings</option>
          <option value="error">Errors only</option>
          <option value="warning">Warnings only</option>
        </Select>
      </Field>
      <Field label="Register">
        <Select value={filter.register} onChange={(_e, d) => onChange({ ...filter, register: d.value as IssueRegister | "all" })}>
          <option value="all">All registers</option>
          {choices.registers.map((r) => (
            <option key={r} value={r}>
              {registerTitle(r)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Rule">
        <Select value={filter.rule} onChange={(_e, d) => onChange({ ...filter, rule: d.value as RuleId | "all" })}>
          <option value="all">All rules</option>
          {choices.rules.map((r) => (
            <option key={r} value={r}>
              {ruleDef(r).title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Find">
        <SearchBox value={filter.text} placeholder="Name, cell, value…" onChange={(_e, d) => onChange({ ...filter, text: d.value })} />
      </Field>
    </section>
  );
}
