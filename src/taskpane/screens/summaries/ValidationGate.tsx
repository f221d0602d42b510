// Shown when validation found errors and nothing was written: how many, the first few with a
// way to go to each cell, and the choice to write the summaries anyway (they then say so).
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { SummariesBlocked } from "../../../operations/summarise";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

export interface ValidationGateProps {
  blocked: SummariesBlocked;
  disabled: boolean;
  onGoTo(sheet: string, cell: string): void;
  onGenerateAnyway(): void;
  /** Takes the officer to the Validate tab, which lists every error. */
  onOpenValidate(): void;
}

export function ValidationGate({ blocked, disabled, onGoTo, onGenerateAnyway, onOpenValidate }: ValidationGateProps) {
  const styles = useStyles();
  const n = blocked.validation.errors;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          The registers have {n} validation error{n === 1 ? "" : "s"}
        </MessageBarTitle>
        No summary was written: its figures would rest on rows that fail the checks. Fix the errors (the Validate screen lists
        them all), or generate anyway.
        <ul className={styles.list} aria-label="First validation errors">
          {blocked.firstErrors.map((issue) => (
            <li key={`${issue.sheet}!${issue.cell}:${issue.rule}`} className={styles.item}>
              {issue.message}{" "}
              <Button size="small" appearance="transparent" disabled={disabled} onClick={() => onGoTo(issue.sheet, issue.cell)} aria-label={`Go to ${issue.sheet} ${issue.cell}`}>
                {issue.sheet}!{issue.cell}
              </Button>
            </li>
          ))}
        </ul>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={disabled} onClick={onOpenValidate}>
            Validate and list every error
          </Button>
          <Button disabled={disabled} onClick={onGenerateAnyway}>
            Generate anyway (the sheet will say so)
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
