// Registers: turn a sheet the office keeps into a structured register. The officer finds the
// sheets that look like registers, reviews one (register, header row, column mapping, the
// first rows as they will be stored), converts it, and is taken to the new table. Converting
// again into an existing register shows what would change and waits for a choice.
import { Body1, Button, Link, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { REGISTERS } from "../../domain/registers";
import type { ConvertChoice, ConvertOutcome, ConvertRequest, RegisterDiff, WorkbookSurvey } from "../../operations/convert";
import { parseAddress, rectAddress } from "../../workbook/address";
import { useArrival } from "../navigation";
import { useOperation } from "../operation";
import { useStaleOnChange } from "../useStaleOnChange";
import { ScreenLayout } from "./ScreenLayout";
import { StaleNotice } from "./StaleNotice";
import { DiffReview } from "./registers/DiffReview";
import { convertJob, surveyJob } from "./registers/jobs";
import { SheetList } from "./registers/SheetList";
import { SheetReview } from "./registers/SheetReview";
import { WorkbookSheets } from "./WorkbookSheets";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Converted = Extract<ConvertOutcome, { status: "converted" }>;

function convertedMessage(outcome: Converted): string {
  const { written, diff, rowsFromSource } = outcome;
  const title = REGISTERS[outcome.summary.kind].title;
  const kept = diff ? ` ${written.rows - rowsFromSource} rows already in the register were kept.` : "";
  const problems = outcome.summary.problems.length;
  return `Converted “${outcome.summary.sheet}” into the ${title} register: ${rowsFromSource} row${rowsFromSource === 1 ? "" : "s"} written to table ${written.tableName} on “${written.sheetName}”; ${outcome.summary.changeCount} values normalised; ${problems} kept as typed to check.${kept}`;
}

export function RegistersScreen() {
  const styles = useStyles();
  const operation = useOperation();
  const [survey, setSurvey] = useState<WorkbookSurvey | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [pending, setPending] = useState<{ request: ConvertRequest; diff: RegisterDiff } | null>(null);
  const [result, setResult] = useState<Converted | null>(null);
  const [readAt, setReadAt] = useState<Date | null>(null);
  // Watching while a survey (sheet list, mapping, preview, diff) is on screen.
  const freshness = useStaleOnChange(survey !== null);

  /** Looks at the workbook; `review` names a sheet to open for review (sent from another screen). */
  const find = async (review?: string) => {
    const outcome = await operation.run("Finding registers", surveyJob, {
      summarise: (found) => `Found ${found.sheets.filter((s) => s.proposed).length} sheet(s) that look like registers and are not converted yet.`,
    });
    if (!outcome.ok) return;
    setSurvey(outcome.value);
    setReadAt(new Date());
    freshness.markFresh();
    setPending(null);
    setResult(null);
    const reviewable = (sheet: string | null | undefined) => sheet != null && outcome.value.sheets.some((s) => s.sheet.toLowerCase() === sheet.toLowerCase() && s.role === "source");
    if (reviewable(review)) setSelected(outcome.value.sheets.find((s) => s.sheet.toLowerCase() === review?.toLowerCase())?.sheet ?? null);
    else if (!reviewable(selected)) setSelected(outcome.value.sheets.find((s) => s.proposed)?.sheet ?? null);
  };

  // Another screen sent the officer here (Validate: "convert it first"; Pair: no register yet).
  useArrival("registers", (intent) => {
    if (intent.sheet !== undefined || intent.start) void find(intent.sheet);
  });

  const convert = async (request: ConvertRequest) => {
    setResult(null);
    // Each attempt (a retry with the filters cleared too) is the add-in's own write: not news.
    const outcome = await operation.run(`Converting ${request.sheet}`, (controls) => freshness.ownWrite(() => convertJob(controls, request)), {
      summarise: ({ outcome: done }) =>
        done.status === "converted" ? `Converted ${done.rowsFromSource} rows.` : done.status === "needs-choice" ? "The register exists: nothing written yet." : "Nothing was written.",
      canClearFilters: true,
    });
    if (!outcome.ok) return;
    // convertJob surveyed the workbook again after its write: the list is current.
    setSurvey(outcome.value.survey);
    setReadAt(new Date());
    freshness.markFresh();
    const done = outcome.value.outcome;
    setPending(done.status === "needs-choice" ? { request, diff: done.diff } : null);
    if (done.status === "converted") setResult(done);
  };

  const choose = (choice: ConvertChoice) => {
    if (!pending) return;
    if (choice === "cancel") {
      setPending(null);
      return;
    }
    void convert({ ...pending.request, choice });
  };

  const goTo = (sheet: string, address = "A1") =>
    operation.run(`Going to ${sheet}`, async ({ host }) => {
      if (!host.selectCell) throw new Error("This host cannot select cells.");
      await host.selectCell(sheet, address);
    });

  const current = survey?.sheets.find((s) => s.sheet === selected && s.role === "source");
  const table = result ? parseAddress(result.written.address) : undefined;

  return (
    <ScreenLayout title="Registers">
      <Body1>
        Turns a sheet your office keeps (mentors, mentees, pairs, session logs, plans, evaluations, phases) into a register: an
        Excel table with one column per field, values written one way, drop-down lists, and every original kept. The sheet
        itself is never changed.
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void find()} disabled={operation.busy}>
          {survey ? "Look at the workbook again" : "Find registers in this workbook"}
        </Button>
      </div>
      {result && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <span>{convertedMessage(result)}</span>{" "}
            <Link onClick={() => void goTo(result.written.sheetName, table ? rectAddress(table.rect) : "A1")}>{`Go to the ${REGISTERS[result.summary.kind].title} register`}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {survey && (
        <StaleNotice
          freshness={freshness}
          what="the sheets were read"
          readAt={readAt}
          consequence="Converting waits until you refresh, so the register gets the rows and mapping you reviewed, not ones you have not seen."
          busy={operation.busy}
          onRefresh={() => void find(selected ?? undefined)}
        />
      )}
      {survey && (
        <SheetList
          sheets={survey.sheets}
          selected={selected}
          busy={operation.busy}
          onReview={(sheet) => {
            setSelected(sheet);
            setPending(null);
          }}
          onGoTo={(sheet) => void goTo(sheet)}
        />
      )}
      {/*
        A stale review does not convert: convertSheet would read the sheet again, but the officer
        approved the preview and mapping on screen, and a distrustful officer needs what is
        written to be what they saw. So the choices wait for Refresh (which reviews it again).
      */}
      {survey && pending && <DiffReview diff={pending.diff} busy={operation.busy || freshness.stale} onChoose={choose} />}
      {survey && current && !pending && (
        <SheetReview key={`${current.sheet}`} snapshot={survey.snapshot} sheet={current} busy={operation.busy} stale={freshness.stale} onConvert={(request) => void convert(request)} />
      )}
      <WorkbookSheets />
    </ScreenLayout>
  );
}
