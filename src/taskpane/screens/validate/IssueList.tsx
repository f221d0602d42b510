// The issues, grouped by register and rule. Each issue names its cell (a button that selects
// it in Excel), what is wrong and how to fix it; a tidy-up can be accepted on its own, or a
// whole kind of them at once.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Link,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Issue } from "../../../domain/validation";
import type { FixTarget } from "../../../operations/validate";
import { issueKey, type RegisterGroup, type RuleGroup } from "./issue-view";

/** Issues shown per rule before "Show all": a long list renders in the pane without a pause. */
const SHOWN_PER_RULE = 50;
/** Below this many issues every group starts open; above, only the errors do. */
const OPEN_ALL_BELOW = 100;

const useStyles = makeStyles({
  register: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  kinds: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface IssueListProps {
  groups: readonly RegisterGroup[];
  targets: ReadonlyMap<Issue, FixTarget>;
  disabled: boolean;
  onSelect(issue: Issue): void;
  onAccept(issues: readonly Issue[], label: string): void;
  /** Takes the officer to the Registers tab to convert `sheet` (tidy-ups go into registers only). */
  onConvert(sheet: string): void;
}

function IssueItem({ issue, target, disabled, onSelect, onAccept, onConvert }: { issue: Issue; target: FixTarget | undefined; disabled: boolean } & Pick<IssueListProps, "onSelect" | "onAccept" | "onConvert">) {
  const styles = useStyles();
  const where = `${issue.sheet}!${issue.cell}`;
  return (
    <li className={`${styles.item} ${issue.severity === "error" ? styles.error : styles.warning}`} data-issue={where} data-rule={issue.rule}>
      <div className={styles.row}>
        <Button size="small" appearance="secondary" disabled={disabled} onClick={() => onSelect(issue)} aria-label={`Go to ${issue.sheet} ${issue.cell}`}>
          {where}
        </Button>
        <Text>{issue.message}</Text>
      </div>
      <Caption1>
        <strong>Fix:</strong> {issue.fix}
      </Caption1>
      {target && target.inRegister && (
        <div className={styles.row}>
          <Button size="small" appearance="primary" disabled={disabled} onClick={() => onAccept([issue], `the tidy-up of ${where}`)} aria-label={`Accept the tidy-up of ${issue.sheet} ${issue.cell}`}>
            Accept tidy-up
          </Button>
        </div>
      )}
      {target && !target.inRegister && (
        <Caption1 className={styles.muted}>
          To accept it,{" "}
          <Link as="button" inline disabled={disabled} onClick={() => onConvert(issue.sheet)}>
            {`convert ${issue.sheet} on the Registers tab`}
          </Link>{" "}
          first: tidy-ups go into the register, never into your own sheet.
        </Caption1>
      )}
    </li>
  );
}

function RulePanel({ group, targets, disabled, onSelect, onAccept, onConvert }: { group: RuleGroup } & Omit<IssueListProps, "groups">) {
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? group.issues : group.issues.slice(0, SHOWN_PER_RULE);
  return (
    <>
      {group.kinds.length > 0 && (
        <div className={styles.kinds} aria-label="Accept a kind of tidy-up">
          {group.kinds.map((kind) => {
            const ready = kind.issues.filter((i) => targets.get(i)?.inRegister);
            return (
              <Button key={kind.group} size="small" disabled={disabled || ready.length === 0} onClick={() => onAccept(ready, kind.label.toLowerCase())}>
                Accept all: {kind.label} ({ready.length})
              </Button>
            );
          })}
        </div>
      )}
      <ul className={styles.list}>
        {shown.map((issue) => (
          <IssueItem key={issueKey(issue)} issue={issue} target={targets.get(issue)} disabled={disabled} onSelect={onSelect} onAccept={onAccept} onConvert={onConvert} />
        ))}
      </ul>
      {group.issues.length > shown.length && (
        <Button size="small" appearance="subtle" onClick={() => setShowAll(true)}>
          Show all {group.issues.length}
        </Button>
      )}
    </>
  );
}

export function IssueList(props: IssueListProps) {
  const styles = useStyles();
  const { groups } = props;
  const total = groups.reduce((n, g) => n + g.errors + g.warnings, 0);
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const isOpen = (rule: RuleGroup) => toggled.get(rule.key) ?? (total < OPEN_ALL_BELOW || rule.severity === "error");
  return (
    <section aria-label="Issues">
      {groups.map((group) => (
        <section key={group.register} className={styles.register} aria-label={`${group.title} issues`}>
          <div className={styles.header}>
            <Subtitle2 as="h3">{group.title}</Subtitle2>
            {group.errors > 0 && <Badge color="danger">{group.errors} error{group.errors === 1 ? "" : "s"}</Badge>}
            {group.warnings > 0 && <Badge color="warning">{group.warnings} warning{group.warnings === 1 ? "" : "s"}</Badge>}
          </div>
          <Accordion
            multiple
            collapsible
            openItems={group.rules.filter(isOpen).map((r) => r.key)}
            onToggle={(_event, data) => {
              const key = String(data.value);
              setToggled((before) => new Map(before).set(key, data.openItems.includes(key)));
            }}
          >
            {group.rules.map((rule) => (
              <AccordionItem key={rule.key} value={rule.key}>
                <AccordionHeader size="small">
                  {rule.title} ({rule.issues.length}){rule.severity === "error" ? "" : " \u2013 warning"}
                </AccordionHeader>
                <AccordionPanel>
                  <RulePanel group={rule} {...props} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </section>
      ))}
    </section>
  );
}
