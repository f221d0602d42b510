// The suggested pairs: score, reasons, next best alternative, and per pair the officer's
// choices (lock for the next run, exclude for good, accept or reject for writing).
import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { LockClosedRegular, LockOpenRegular } from "@fluentui/react-icons";
import type { PairSuggestion } from "../../../domain/pairing";
import { isLocked, type PairChoices } from "./pair-state";

const useStyles = makeStyles({
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  score: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  small: { fontSize: tokens.fontSizeBase200 },
});

export interface SuggestionActions {
  onLock(s: PairSuggestion): void;
  onExclude(s: PairSuggestion): void;
  onDecide(s: PairSuggestion, decision: "accept" | "reject"): void;
}

export function Suggestions({ suggestions, choices, written, disabled, actions }: { suggestions: readonly PairSuggestion[]; choices: PairChoices; written: ReadonlySet<string>; disabled: boolean; actions: SuggestionActions }) {
  const styles = useStyles();
  if (suggestions.length === 0) return <Text>No pairs to suggest.</Text>;
  return (
    <Table size="small" aria-label="Suggested pairs">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Mentee</TableHeaderCell>
          <TableHeaderCell>Mentor</TableHeaderCell>
          <TableHeaderCell className={styles.score}>Score</TableHeaderCell>
          <TableHeaderCell>Why</TableHeaderCell>
          <TableHeaderCell>Alternative</TableHeaderCell>
          <TableHeaderCell>Your choice</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {suggestions.map((s) => {
          const pair = `${s.mentor.name} with ${s.mentee.name}`;
          const locked = isLocked(choices, s);
          const decision = choices.decisions[s.mentee.key];
          const done = written.has(s.mentee.key);
          return (
            <TableRow key={s.mentee.key} data-mentee={s.mentee.key}>
              <TableCell>{s.mentee.name}</TableCell>
              <TableCell>{s.mentor.name}</TableCell>
              <TableCell className={styles.score}>{s.score}</TableCell>
              <TableCell>
                <ul className={styles.reasons}>
                  {s.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </TableCell>
              <TableCell className={styles.small}>{s.alternativeText}</TableCell>
              <TableCell>
                {done ? (
                  <Text weight="semibold">Written to the Pairs register</Text>
                ) : (
                  <div className={styles.actions}>
                    <ToggleButton size="small" checked={locked} icon={locked ? <LockClosedRegular /> : <LockOpenRegular />} disabled={disabled} aria-label={`Lock ${pair}`} onClick={() => actions.onLock(s)}>
                      {locked ? "Locked" : "Lock"}
                    </ToggleButton>
                    <Button size="small" disabled={disabled} aria-label={`Exclude ${pair}`} onClick={() => actions.onExclude(s)}>
                      Exclude
                    </Button>
                    <ToggleButton size="small" checked={decision === "accept"} disabled={disabled} aria-label={`Accept ${pair}`} onClick={() => actions.onDecide(s, "accept")}>
                      Accept
                    </ToggleButton>
                    <ToggleButton size="small" checked={decision === "reject"} disabled={disabled} aria-label={`Reject ${pair}`} onClick={() => actions.onDecide(s, "reject")}>
                      Reject
                    </ToggleButton>
                  </div>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
