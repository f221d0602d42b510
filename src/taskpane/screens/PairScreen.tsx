import { Body1, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { DEFAULT_THRESHOLD, DEFAULT_WEIGHTS, type PairingOutcome, type PairingProblem, type PairingRequestInput } from "../../domain/pairing";
import { acceptPairs, pairingOverview, PairingError, proposePairs, removeChoices } from "../../operations/pair";
import { ActionableError } from "../errors";
import { useNavigate } from "../navigation";
import { useOperation } from "../operation";
import { useStaleOnChange } from "../useStaleOnChange";
import { PairOptions, type PairSettings } from "./pair/PairOptions";
import { ChoicesList } from "./pair/Choices";
import { afterRun, decide, exclude, NO_CHOICES, removePending, requestChoices, shownChoices, toggleLock, toWrite, withoutKept, type ChoiceChange, type PairChoices, type ShownChoice } from "./pair/pair-state";
import { Constraints, Eligibility, Unmatched } from "./pair/Standings";
import { Suggestions } from "./pair/Suggestions";
import { createSolve } from "./pair/worker-solve";
import { ScreenLayout } from "./ScreenLayout";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function asActionable<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (error instanceof PairingError) throw new ActionableError(error.message, error.fix, { cause: error });
    throw error;
  });
}

/** Pair: propose mentor-mentee pairs for a phase, explain each, and write the accepted ones. */
export function PairScreen() {
  const styles = useStyles();
  const operation = useOperation();
  const solve = useMemo(() => createSolve(), []);
  const [phases, setPhases] = useState<string[] | null>(null);
  const [settings, setSettings] = useState<PairSettings>({ phase: "", weights: DEFAULT_WEIGHTS, objective: "coverage-then-score", threshold: DEFAULT_THRESHOLD, includeAllMentors: false });
  const [choices, setChoices] = useState<PairChoices>(NO_CHOICES);
  const [choiceProblems, setChoiceProblems] = useState<readonly string[]>([]);
  const [result, setResult] = useState<{ problem: PairingProblem; outcome: PairingOutcome } | null>(null);
  const [written, setWritten] = useState<ReadonlySet<string>>(new Set());
  const { run } = operation;
  const navigate = useNavigate();

  // Stale once the workbook changes while proposed pairs are shown; the add-in's own writes
  // (the run log, the choices, the accepted pairs) are wrapped in ownWrite, each attempt apart.
  const freshness = useStaleOnChange(result !== null);
  const { stale, ownWrite } = freshness;

  const readPhases = useCallback(async () => {
    const outcome = await run("Reading the phases", (controls) => controls.inWorkbook((context) => pairingOverview(context, { signal: controls.signal })), {
      summarise: ({ phases: found, kept }) =>
        found.length === 0
          ? "No phase found: name the phase in the Mentors and Mentees registers."
          : `Found ${found.length} phase${found.length === 1 ? "" : "s"}${kept.length > 0 ? `, and ${kept.length} lock${kept.length === 1 ? "" : "s"} or exclusion${kept.length === 1 ? "" : "s"} kept in the workbook` : ""}.`,
    });
    if (!outcome.ok) return;
    const { phases: found, kept, choiceProblems: problems } = outcome.value;
    setPhases(found);
    setChoices((c) => ({ ...c, kept }));
    setChoiceProblems(problems);
    setSettings((s) => (s.phase === "" || !found.includes(s.phase) ? { ...s, phase: found[0] ?? "" } : s));
  }, [run]);

  useEffect(() => {
    void readPhases();
  }, [readPhases]);

  const propose = async () => {
    const request: PairingRequestInput = { ...settings, ...requestChoices(choices, settings.phase) };
    const outcome = await run(
      `Pairing ${settings.phase}`,
      (controls) => ownWrite(() => asActionable(() => controls.inWorkbook((context) => proposePairs(context, request, { signal: controls.signal, onProgress: controls.onProgress, solve, whenFiltered: controls.whenFiltered })))),
      {
        canClearFilters: true,
        summarise: (p) =>
          `${p.outcome.suggestions.length} pairs proposed for ${p.outcome.phase} (total score ${p.outcome.total}); ${p.outcome.unmatched.length} unmatched. Solved in ${Math.round(p.solveMs)} ms; recorded in the Pairing run log.${p.choicesSaved && p.choicesSaved.rows > 0 ? ` Your ${p.choicesSaved.rows === 1 ? "new choice is" : `${p.choicesSaved.rows} new choices are`} kept in the Pairing choices sheet.` : ""}`,
      },
    );
    if (!outcome.ok) return;
    setResult({ problem: outcome.value.problem, outcome: outcome.value.outcome });
    // Decisions belong to one run's suggestions; locks and exclusions are now kept in the workbook.
    setChoices((c) => afterRun(c, outcome.value, settings.phase));
    setChoiceProblems([]);
    setWritten(new Set());
    freshness.markFresh();
  };

  const write = async (all: boolean) => {
    if (!result) return;
    const chosen = toWrite(result.outcome.suggestions, choices, all).filter((s) => !written.has(s.mentee.key));
    if (chosen.length === 0) return;
    const outcome = await run(
      "Writing the accepted pairs",
      (controls) => ownWrite(() => controls.inWorkbook((context) => acceptPairs(context, { phase: result.outcome.phase, suggestions: chosen, acceptedAt: new Date() }, { signal: controls.signal, whenFiltered: controls.whenFiltered }))),
      { canClearFilters: true, summarise: (o) => `Added ${o.rows} pair${o.rows === 1 ? "" : "s"} to the Pairs register with status proposed${o.address ? ` (${o.address})` : ""}.${o.skipped.length > 0 ? ` ${o.skipped.join(" ")}` : ""}` },
    );
    if (!outcome.ok) return;
    setWritten((before) => new Set([...before, ...chosen.filter((s) => !outcome.value.skipped.some((m) => m.startsWith(s.mentee.name))).map((s) => s.mentee.key)]));
  };

  /** Applies a change to the locks and exclusions, taking kept ones out of the workbook first. */
  const change = async ({ next, removeKept }: ChoiceChange) => {
    if (removeKept.length > 0) {
      const outcome = await run("Removing from the Pairing choices sheet", (controls) => ownWrite(() => controls.inWorkbook((context) => removeChoices(context, removeKept, { signal: controls.signal, whenFiltered: controls.whenFiltered }))), {
        canClearFilters: true,
        summarise: (o) => (o.removed > 0 ? `Removed from the Pairing choices sheet; the next run goes without it.` : "It was no longer in the Pairing choices sheet (a colleague removed it)."),
      });
      if (!outcome.ok) return;
      setChoices(withoutKept(next, removeKept, result?.outcome.phase ?? settings.phase));
      return;
    }
    setChoices(next);
  };

  const removeShown = (shown: ShownChoice) => {
    if (shown.pending) setChoices((c) => removePending(c, shown.pending!));
    else if (shown.kept) void change({ next: choices, removeKept: [shown.kept] });
  };

  const busy = operation.busy;
  const accepted = result ? toWrite(result.outcome.suggestions, choices, false).filter((s) => !written.has(s.mentee.key)).length : 0;
  const remaining = result ? toWrite(result.outcome.suggestions, choices, true).filter((s) => !written.has(s.mentee.key)).length : 0;

  return (
    <ScreenLayout title="Pair">
      <Body1>
        Proposes the best set of mentor–mentee pairs for a phase from the mentees' ranked needs and the mentors' skills, county,
        availability and sector, keeping every rule (capacity, existing pairs, conflicts of interest, the mentor guidelines). Each
        pair says why, and what the next best mentor was. Accepted pairs go to the Pairs register with status proposed, for the
        matching workshop to confirm.
      </Body1>
      <PairOptions phases={phases ?? []} settings={settings} onChange={setSettings} disabled={busy} />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy || settings.phase === ""} onClick={() => void propose()}>
          {result ? "Run again with your locks and exclusions" : "Propose pairs"}
        </Button>
        <Button disabled={busy} onClick={() => void readPhases()}>
          Refresh phases
        </Button>
      </div>
      {phases !== null && phases.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            No phase to pair yet: no mentor or mentee sheet the add-in recognises names a phase. The Registers tab shows which sheets
            it reads as registers and lets you choose; check that the mentor and mentee lists have a Phase column, then refresh the
            phases.
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={() => navigate("registers", { start: true })}>
              Open the Registers tab
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ChoicesList shown={shownChoices(choices, settings.phase)} problems={choiceProblems} onRemove={removeShown} disabled={busy} />
      {stale && result && (
        <MessageBar intent="warning">
          <MessageBarBody>The workbook changed since these pairs were proposed. Run again before accepting, so they reflect the registers as they are now.</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <section className={styles.section} aria-label="Pairing result">
          <Constraints problem={result.problem} />
          <Subtitle2 as="h3">Suggested pairs for {result.outcome.phase} (total score {result.outcome.total})</Subtitle2>
          <Suggestions
            suggestions={result.outcome.suggestions}
            choices={choices}
            written={written}
            disabled={busy}
            actions={{
              onLock: (s) => void change(toggleLock(choices, s, result.outcome.phase)),
              onExclude: (s) => void change(exclude(choices, s, result.outcome.phase)),
              onDecide: (s, d) => setChoices((c) => decide(c, s, d)),
            }}
          />
          <div className={styles.buttons}>
            <Button disabled={busy || stale || accepted === 0} onClick={() => void write(false)}>
              Write the accepted pairs ({accepted})
            </Button>
            <Button appearance="primary" disabled={busy || stale || remaining === 0} onClick={() => void write(true)}>
              Accept all not rejected ({remaining})
            </Button>
          </div>
          <Unmatched unmatched={result.outcome.unmatched} />
          <Eligibility problem={result.problem} />
        </section>
      )}
    </ScreenLayout>
  );
}
