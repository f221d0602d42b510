import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { SummariesBlocked, SummariesWritten, SummaryChoices } from "../../operations/summarise";
import { useNavigate } from "../navigation";
import { useOperation } from "../operation";
import { useStaleOnChange } from "../useStaleOnChange";
import { ScreenLayout } from "./ScreenLayout";
import { StaleNotice } from "./StaleNotice";
import { generateJob, outcomeText, phasesJob } from "./summaries/jobs";
import { PhasePicker } from "./summaries/PhasePicker";
import { ValidationGate } from "./summaries/ValidationGate";
import { WrittenSheets } from "./summaries/WrittenSheets";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Summaries: write each phase's figures, and the phases side by side, to summary sheets. */
export function SummariesScreen() {
  const styles = useStyles();
  const operation = useOperation();
  const { run } = operation;
  const navigate = useNavigate();
  const [choices, setChoices] = useState<SummaryChoices | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [overview, setOverview] = useState(true);
  const [blocked, setBlocked] = useState<SummariesBlocked | null>(null);
  const [written, setWritten] = useState<SummariesWritten | null>(null);
  const [readAt, setReadAt] = useState<Date | null>(null);
  // Watching while anything read from the registers is on screen: the phases (and their
  // counts), the validation gate's errors, the list of summaries written.
  const freshness = useStaleOnChange(choices !== null || blocked !== null || written !== null);
  const { markFresh } = freshness;

  const readPhases = useCallback(async () => {
    const outcome = await run("Reading the phases", phasesJob, {
      summarise: (found) => (found.phases.length === 0 ? "No phase found: add a Phases sheet, or name the phase in the Mentors, Mentees and Pairs sheets." : `Found ${found.phases.length} phase${found.phases.length === 1 ? "" : "s"}.`),
    });
    if (!outcome.ok) return;
    setChoices(outcome.value);
    setReadAt(new Date());
    markFresh();
    // Every phase is ticked at first: the usual report covers them all.
    setSelected(new Set(outcome.value.phases.map((p) => p.phase)));
  }, [run, markFresh]);

  useEffect(() => {
    void readPhases();
  }, [readPhases]);

  const generate = async (includeErrors: boolean) => {
    const phases = (choices?.phases ?? []).map((p) => p.phase).filter((p) => selected.has(p));
    // Generating reads the registers afresh, so it is not refused when stale; its own writes
    // (the summary sheets) are not news.
    const outcome = await run("Generating the summaries", (controls) => freshness.ownWrite(() => generateJob(controls, { phases, overview, includeErrors })), { summarise: outcomeText });
    if (!outcome.ok) return;
    const result = outcome.value;
    setBlocked(result.status === "blocked" ? result : null);
    setWritten(result.status === "written" ? result : null);
  };

  const goTo = (sheet: string, cell: string) =>
    void run(`Going to ${sheet}`, async ({ host }) => {
      if (!host.selectCell) throw new Error("This host cannot select cells.");
      await host.selectCell(sheet, cell);
    });

  /** Reads the phases again; the gate and the written list described the workbook before the change. */
  const refresh = () => {
    setBlocked(null);
    setWritten(null);
    void readPhases();
  };

  const busy = operation.busy;
  const nothingChosen = selected.size === 0 && !overview;
  return (
    <ScreenLayout title="Summaries">
      <Body1>
        Writes a summary sheet per phase, ready to print or paste into a report: mentors, mentees and pairs; sessions held
        against sessions planned; mentoring (CPD) hours; pairs completed, active and disengaged; goals achieved; evaluation
        averages; breakdowns by county and focus area; and who qualifies for a certificate, with charts. The programme
        overview puts the phases side by side. Generating again replaces the sheets in place.
      </Body1>
      <StaleNotice
        freshness={freshness}
        what="the phases and results below were read"
        readAt={readAt}
        consequence="Refresh reads the phases again; generating reads the registers as they are now."
        busy={busy}
        onRefresh={refresh}
      />
      {choices && (
        <PhasePicker
          choices={choices}
          selected={selected}
          overview={overview}
          disabled={busy}
          onOverview={setOverview}
          onPhase={(phase, checked) =>
            setSelected((before) => {
              const next = new Set(before);
              if (checked) next.add(phase);
              else next.delete(phase);
              return next;
            })
          }
        />
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy || choices === null || nothingChosen} onClick={() => void generate(false)}>
          Generate summaries
        </Button>
        <Button disabled={busy} onClick={() => void readPhases()}>
          Refresh phases
        </Button>
      </div>
      {blocked && (
        <ValidationGate blocked={blocked} disabled={busy} onGoTo={goTo} onGenerateAnyway={() => void generate(true)} onOpenValidate={() => navigate("validate", { start: true })} />
      )}
      {written && <WrittenSheets sheets={written.sheets} disabled={busy} onGoTo={(sheet) => goTo(sheet, "A1")} />}
    </ScreenLayout>
  );
}
