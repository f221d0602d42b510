// The suggested pairs, laid out for a narrow task pane: per pair a line with mentee, mentor and
// score, a line with the points of each score part and the officer's choices (lock for the next
// run, exclude for good, accept or reject for writing), and the full reasons and the next best
// alternative on an expandable line across the pane's whole width, where they can be read.
import { Button, Caption1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular, LockClosedRegular, LockOpenRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { PairSuggestion, ScorePartKey } from "../../../domain/pairing";
import { isLocked, type PairChoices } from "./pair-state";

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  pair: { borderBottomStyle: "none" },
  score: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS },
  summary: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  details: { paddingLeft: tokens.spacingHorizontalM, paddingBottom: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, lineHeight: tokens.lineHeightBase300 },
  toolbar: { display: "flex", justifyContent: "flex-end" },
});

export interface SuggestionActions {
  onLock(s: PairSuggestion): void;
  onExclude(s: PairSuggestion): void;
  onDecide(s: PairSuggestion, decision: "accept" | "reject"): void;
}

/** One word per score part, so the points line fits a narrow pane (the reasons use the full labels). */
const SHORT_LABELS: Record<ScorePartKey, string> = { needs: "Needs", travel: "Travel", availability: "Availability", sector: "Sector" };

/** "Needs 33.33/50 · Travel 25/25 · …": the score's parts at a glance. */
function pointsLine(s: PairSuggestion): string {
  return s.breakdown.parts.map((p) => `${SHORT_LABELS[p.key]} ${p.points}/${p.maxPoints}`).join(" · ");
}

function domId(key: string): string {
  return `why-${key.replace(/[^a-z0-9]/gi, "-")}`;
}

interface RowProps {
  s: PairSuggestion;
  choices: PairChoices;
  written: boolean;
  expanded: boolean;
  onExpand(): void;
  disabled: boolean;
  actions: SuggestionActions;
}

function SuggestionRows({ s, choices, written, expanded, onExpand, disabled, actions }: RowProps) {
  const styles = useStyles();
  const pair = `${s.mentor.name} with ${s.mentee.name}`;
  const locked = isLocked(choices, s);
  const decision = choices.decisions[s.mentee.key];
  const detailsId = domId(s.mentee.key);
  return (
    <TableBody data-mentee={s.mentee.key}>
      <TableRow className={styles.pair}>
        <TableCell>
          <Text weight="semibold">{s.mentee.name}</Text>
        </TableCell>
        <TableCell>{s.mentor.name}</TableCell>
        <TableCell className={styles.score}>{s.score}</TableCell>
      </TableRow>
      <TableRow className={expanded ? styles.pair : undefined}>
        <TableCell colSpan={3}>
          <div className={styles.line}>
            <div className={styles.summary}>
              <Button size="small" appearance="transparent" icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />} aria-expanded={expanded} aria-controls={expanded ? detailsId : undefined} aria-label={`Why ${pair}`} onClick={onExpand}>
                Why
              </Button>
              <Caption1>{pointsLine(s)}</Caption1>
            </div>
            <div className={styles.actions}>
              {written ? (
                <Text weight="semibold">Written to the Pairs register</Text>
              ) : (
                <>
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
                </>
              )}
            </div>
          </div>
        </TableCell>
      </TableRow>
      {expanded && (
        <TableRow>
          <TableCell colSpan={3} id={detailsId}>
            <div className={styles.details}>
              <ul className={styles.reasons}>
                {s.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              <Text size={200}>{s.alternativeText}</Text>
            </div>
          </TableCell>
        </TableRow>
      )}
    </TableBody>
  );
}

export function Suggestions({ suggestions, choices, written, disabled, actions }: { suggestions: readonly PairSuggestion[]; choices: PairChoices; written: ReadonlySet<string>; disabled: boolean; actions: SuggestionActions }) {
  const styles = useStyles();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (suggestions.length === 0) return <Text>No pairs to suggest.</Text>;
  const allOpen = suggestions.every((s) => open.has(s.mentee.key));
  const toggle = (key: string) =>
    setOpen((before) => {
      const next = new Set(before);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <>
      <div className={styles.toolbar}>
        <Button size="small" appearance="subtle" onClick={() => setOpen(allOpen ? new Set() : new Set(suggestions.map((s) => s.mentee.key)))}>
          {allOpen ? "Hide every pair's reasons" : "Show every pair's reasons"}
        </Button>
      </div>
      <Table size="small" aria-label="Suggested pairs" className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Mentee</TableHeaderCell>
            <TableHeaderCell>Mentor</TableHeaderCell>
            <TableHeaderCell className={styles.score}>Score</TableHeaderCell>
          </TableRow>
        </TableHeader>
        {suggestions.map((s) => (
          <SuggestionRows
            key={s.mentee.key}
            s={s}
            choices={choices}
            written={written.has(s.mentee.key)}
            expanded={open.has(s.mentee.key)}
            onExpand={() => toggle(s.mentee.key)}
            disabled={disabled}
            actions={actions}
          />
        ))}
      </Table>
    </>
  );
}
