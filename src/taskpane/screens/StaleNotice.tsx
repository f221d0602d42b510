// "The workbook changed since ... — Refresh": what a screen shows once the results on it were
// read before someone (this officer or a co-author) changed the workbook, so nobody acts on
// them believing they are current. The screen decides what Refresh reads again.
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens, makeStyles } from "@fluentui/react-components";
import type { StaleState } from "../useStaleOnChange";

const useStyles = makeStyles({ muted: { color: tokens.colorNeutralForeground3 } });

/** "09:41": when the results were read, in the officer's own clock. */
export function readTime(at: Date): string {
  return at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

export function StaleNotice({ freshness: { stale, supported }, what, readAt, consequence, busy, onRefresh }: {
  /** From useStaleOnChange; `supported` false: the officer is told to refresh before acting. */
  freshness: Pick<StaleState, "stale" | "supported">;
  /** What was read, as the sentence needs it: "the sheet list and preview were read". */
  what: string;
  readAt: Date | null;
  /** What the officer cannot (or should not) do until they refresh. */
  consequence: string;
  busy: boolean;
  onRefresh(): void;
}) {
  const styles = useStyles();
  if (!supported && readAt) {
    return <Caption1 className={styles.muted}>{`This Excel cannot tell the add-in when the workbook changes: if you or a colleague edited it since ${what} (${readTime(readAt)}), refresh before acting.`}</Caption1>;
  }
  if (!stale) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-label="Results out of date">
      <MessageBarBody>
        <MessageBarTitle>{`The workbook changed since ${what}${readAt ? ` at ${readTime(readAt)}` : ""}`}</MessageBarTitle>
        {`What is shown may be out of date. ${consequence}`}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy} onClick={onRefresh}>
          Refresh
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
