// Validate: check every register of the workbook (or the issues of one sheet), list each
// problem with its cell, what is wrong and how to fix it; mark the cells in the sheet, export
// the list, and accept safe tidy-ups into the registers.
import {
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { DEFAULT_SETTINGS } from "../../domain/settings";
import type { Issue } from "../../domain/validation";
import {
  applyFixes,
  clearValidationMarks,
  createSettingsSheet,
  ISSUES_SHEET,
  planFixes,
  planIssuesSheet,
  planMarks,
  showValidationMarks,
  validatedAt,
  validateWorkbook,
  writeIssuesSheet,
  type WorkbookValidation,
} from "../../operations/validate";
import { listSheets } from "../../workbook/office/list-sheets";
import type { XlRequestContext } from "../../workbook/office/excel-api";
import { useWorkbookHost } from "../host";
import { useArrival, useNavigate } from "../navigation";
import { useOperation, type OperationControls } from "../operation";
import { ScreenLayout } from "./ScreenLayout";
import { fixReport } from "./validate/fix-summary";
import { IssueFilters } from "./validate/IssueFilters";
import { IssueList } from "./validate/IssueList";
import { filterIssues, groupIssues, isFiltered, resultHeadline, sheetsToConvert, targetsOf, timingText } from "./validate/issue-view";
import { ValidationCounts } from "./validate/ValidationCounts";
import { sheetReadCacheFor, validateStoreFor } from "./validate/validate-store";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The add-in's own writes (issues sheet, tidy-ups, Settings) raise change events too; those are not news. */
const OWN_WRITE_QUIET_MS = 1_000;
/** Changes listed in the tidy-up summary before "and N more". */
const LISTED_CHANGES = 12;

function listed(lines: readonly string[]): string[] {
  return lines.length <= LISTED_CHANGES ? [...lines] : [...lines.slice(0, LISTED_CHANGES), `and ${lines.length - LISTED_CHANGES} more`];
}

export function ValidateScreen() {
  const styles = useStyles();
  const host = useWorkbookHost();
  const operation = useOperation();
  const store = useMemo(() => validateStoreFor(host), [host]);
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  const quietUntil = useRef(0);
  const { run } = operation;
  const { validation, filter, marksOn } = state;
  const busy = operation.busy;

  const markOwnWrite = () => {
    quietUntil.current = Date.now() + OWN_WRITE_QUIET_MS;
  };

  useEffect(() => {
    if (!host.onWorkbookChanged) return undefined;
    return host.onWorkbookChanged(() => {
      if (Date.now() > quietUntil.current && store.get().validation) store.set({ stale: true });
    });
  }, [host, store]);

  // The sheet list for "check one sheet", read once per pane (validation refreshes it).
  useEffect(() => {
    if (store.get().sheets.length > 0) return;
    void host.run(listSheets).then(
      (sheets) => store.set({ sheets: sheets.filter((s) => s.visibility === "Visible").map((s) => s.name), sheetsError: "" }),
      // Only the choice of one sheet is lost: say so, and the whole workbook can still be checked.
      (error: unknown) => store.set({ sheetsError: error instanceof Error ? error.message : String(error) }),
    );
  }, [host, store]);

  /** Validates, and keeps the marks in step with the new issues when they are showing. */
  const check = useCallback(
    async (controls: OperationControls, scope: string, withMarks: boolean): Promise<{ validation: WorkbookValidation; elapsedMs: number }> => {
      const started = performance.now();
      const result = await controls.inWorkbook(async (context: XlRequestContext) => {
        const found = await validateWorkbook(context, { ...(scope === "" ? {} : { sheet: scope }), cache: sheetReadCacheFor(controls.host), signal: controls.signal, onProgress: controls.onProgress });
        if (withMarks) await showValidationMarks(context, planMarks(found.issues));
        return found;
      });
      return { validation: result, elapsedMs: performance.now() - started };
    },
    [],
  );

  const validate = async (scope = state.scope) => {
    const outcome = await run(scope === "" ? "Validating the workbook" : `Validating ${scope}`, (controls) => check(controls, scope, store.get().marksOn), {
      summarise: ({ validation: v }) => resultHeadline(v),
    });
    if (!outcome.ok) return;
    const { validation: found, elapsedMs } = outcome.value;
    store.set({ validation: found, elapsedMs, stale: false, scope, sheets: found.readings.map((r) => r.sheet) });
  };

  const toggleMarks = async (on: boolean) => {
    if (!validation) return;
    const outcome = await run(on ? "Marking the cells with issues" : "Removing the marks", (controls) =>
      controls.inWorkbook((context) => (on ? showValidationMarks(context, planMarks(validation.issues)) : clearValidationMarks(context))),
    {
      summarise: (r) =>
        on
          ? `Marked ${r.cells} cell${r.cells === 1 ? "" : "s"} (errors red, warnings yellow)${r.unmarkedCells > 0 ? `; ${r.unmarkedCells} more are listed on the issues sheet only` : ""}. Your own formatting is untouched.`
          : `Removed ${r.removed} mark${r.removed === 1 ? "" : "s"}; the cells look as they did before.`,
    });
    if (outcome.ok) store.set({ marksOn: on });
  };

  const exportIssues = async () => {
    if (!validation) return;
    markOwnWrite();
    const outcome = await run("Writing the issues sheet", (controls) => controls.inWorkbook((context) => writeIssuesSheet(context, planIssuesSheet(validation.issues, validatedAt(new Date())), { signal: controls.signal, onProgress: controls.onProgress })), {
      summarise: (r) => `Wrote ${r.rows} issue${r.rows === 1 ? "" : "s"} to the “${r.sheet}” sheet, each with a link to its cell.`,
    });
    markOwnWrite();
    if (outcome.ok) store.set({ issuesSheetWritten: true });
  };

  const accept = async (issues: readonly Issue[], label: string) => {
    if (!validation) return;
    const targets = targetsOf(validation, issues);
    markOwnWrite();
    const outcome = await run(`Accepting ${label}`, async (controls) => {
      // Again at each attempt: the officer may take a while to answer a filtered register.
      markOwnWrite();
      const summary = await controls.inWorkbook((context) => applyFixes(context, planFixes(targets), { signal: controls.signal, whenFiltered: controls.whenFiltered }));
      // What is left to fix, straight away: the officer sees the tidied rows leave the list.
      const again = await check(controls, state.scope, store.get().marksOn);
      return { summary, again };
    }, { summarise: ({ summary }) => fixReport(summary).title, canClearFilters: true });
    markOwnWrite();
    if (!outcome.ok) return;
    store.set({ validation: outcome.value.again.validation, elapsedMs: outcome.value.again.elapsedMs, stale: false, lastFix: fixReport(outcome.value.summary) });
  };

  const createSettings = async () => {
    markOwnWrite();
    const outcome = await run("Creating the Settings sheet", async (controls) => {
      await controls.inWorkbook(createSettingsSheet);
      return check(controls, state.scope, store.get().marksOn);
    }, { summarise: () => "Created the Settings sheet with the case study's defaults and validated again. Edit the values there to change the checks." });
    markOwnWrite();
    if (outcome.ok) store.set({ validation: outcome.value.validation, elapsedMs: outcome.value.elapsedMs, stale: false });
  };

  // Sent here from another screen (Summaries: "the registers have errors"): validate at once.
  useArrival("validate", (intent) => {
    if (intent.start && !busy) void validate("");
  });
  const navigate = useNavigate();
  const convertOnRegisters = (sheet: string) => navigate("registers", { sheet });

  const select = (issue: Issue) =>
    run(`Going to ${issue.sheet}!${issue.cell}`, async ({ host: h }) => {
      if (!h.selectCell) throw new Error("This host cannot select cells.");
      await h.selectCell(issue.sheet, issue.cell);
    }, { summarise: () => `Selected ${issue.sheet}!${issue.cell}.` });

  const visible = useMemo(() => (validation ? filterIssues(validation.issues, filter) : []), [validation, filter]);
  const groups = useMemo(() => groupIssues(visible), [visible]);
  const targets = useMemo(() => new Map(validation?.fixTargets.map((t) => [t.issue, t]) ?? []), [validation]);
  const readyFixes = validation ? validation.fixTargets.filter((t) => t.inRegister) : [];
  const toConvert = validation ? sheetsToConvert(validation.fixTargets) : [];
  const unread = validation ? validation.readings.filter((r) => r.kind === null && r.rowsRead === 0) : [];

  return (
    <ScreenLayout title="Validate">
      <Body1>
        Checks every register row: required values, dates, phones, counties and yes/no answers; people entered twice; pairs and
        sessions that name people or phases the registers do not hold; and the programme's own rules for mentors, mentees, pairs
        and sessions. Each problem says what is wrong, which sheet and cell, and how to fix it.
      </Body1>
      <div className={styles.row}>
        <Field label="Check">
          <Select value={state.scope} disabled={busy} onChange={(_e, d) => store.set({ scope: d.value })}>
            <option value="">Whole workbook</option>
            {state.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                Only the sheet {sheet}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" disabled={busy} onClick={() => void validate()}>
          {validation ? "Validate again" : "Validate"}
        </Button>
      </div>
      {state.sheetsError !== "" && state.sheets.length === 0 && (
        <Caption1 className={styles.muted}>The sheets could not be listed ({state.sheetsError}), so only the whole workbook can be chosen until it is validated.</Caption1>
      )}

      {state.stale && validation && (
        <MessageBar intent="warning">
          <MessageBarBody>The workbook changed since it was validated: the list may be out of date.</MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={() => void validate()}>
              Re-validate
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {validation && (
        <section className={styles.section} aria-label="Validation result">
          <Text weight="semibold">{resultHeadline(validation)}</Text>
          <Caption1 className={styles.muted}>{timingText(validation, state.elapsedMs)}</Caption1>
          <ValidationCounts validation={validation} />
          <div className={styles.row}>
            <Switch checked={marksOn} disabled={busy} label="Show in sheet" onChange={(_e, d) => void toggleMarks(d.checked)} />
            <Button disabled={busy || validation.issues.length === 0} onClick={() => void exportIssues()}>
              Export issues sheet
            </Button>
            {state.issuesSheetWritten && (
              <Button disabled={busy} appearance="subtle" onClick={() => void run(`Going to ${ISSUES_SHEET}`, async ({ host: h }) => h.selectCell?.(ISSUES_SHEET, "A1"))}>
                Open the issues sheet
              </Button>
            )}
            <Button disabled={busy || readyFixes.length === 0} onClick={() => void accept(readyFixes.map((t) => t.issue), `all ${readyFixes.length} tidy-ups`)}>
              Accept all tidy-ups ({readyFixes.length})
            </Button>
          </div>
          {toConvert.length > 0 && (
            <Caption1 className={styles.muted}>
              Tidy-ups on {toConvert.join(", ")} can be accepted once those sheets are converted into registers: they are written
              into the register, never into your own sheet.{" "}
              <SheetLinks sheets={toConvert} disabled={busy} verb="Convert" onOpen={convertOnRegisters} />
            </Caption1>
          )}
          {!validation.hasSettingsSheet && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>No Settings sheet</MessageBarTitle>
                The checks use the case study's defaults: at least {DEFAULT_SETTINGS.minYearsExperience} years of HR experience for
                mentors, {DEFAULT_SETTINGS.defaultWeeks} weeks a phase, {DEFAULT_SETTINGS.defaultSessionHours}-hour sessions where a
                phase does not say. Create the sheet to change them.
              </MessageBarBody>
              <MessageBarActions>
                <Button disabled={busy} onClick={() => void createSettings()}>
                  Create Settings sheet
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {unread.length > 0 && (
            <Caption1 className={styles.muted}>
              Not checked (not recognised as a register): {unread.map((r) => r.sheet).join(", ")}. The Registers tab says why and lets you
              choose: <SheetLinks sheets={unread.map((r) => r.sheet)} disabled={busy} verb="Review" onOpen={convertOnRegisters} />
            </Caption1>
          )}
          {state.lastFix && (
            <MessageBar intent={state.lastFix.intent} layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{state.lastFix.title}</MessageBarTitle>
                {state.lastFix.changed.length > 0 && (
                  <ul className={styles.list} aria-label="Cells tidied">
                    {listed(state.lastFix.changed).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
                {[...state.lastFix.skipped, ...state.lastFix.convertFirst].map((line) => (
                  <div key={line}>{line}</div>
                ))}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => store.set({ lastFix: null })}>Dismiss</Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {validation.issues.length > 0 && <IssueFilters issues={validation.issues} filter={filter} onChange={(f) => store.set({ filter: f })} />}
          {isFiltered(filter) && (
            <Caption1>
              Showing {visible.length} of {validation.issues.length} issues.
            </Caption1>
          )}
          {validation.issues.length === 0 ? (
            <Text>No problems found.</Text>
          ) : (
            <IssueList
              groups={groups}
              targets={targets}
              disabled={busy}
              onSelect={(issue) => void select(issue)}
              onAccept={(issues, label) => void accept(issues, label)}
              onConvert={convertOnRegisters}
            />
          )}
        </section>
      )}
    </ScreenLayout>
  );
}

/** "Convert Mentees on the Registers tab", one link per sheet: each opens that sheet's review there. */
function SheetLinks({ sheets, disabled, verb, onOpen }: { sheets: readonly string[]; disabled: boolean; verb: string; onOpen(sheet: string): void }) {
  return (
    <>
      {sheets.map((sheet, i) => (
        <span key={sheet}>
          {i > 0 && "; "}
          <Link as="button" inline disabled={disabled} onClick={() => onOpen(sheet)}>
            {`${verb} ${sheet} on the Registers tab`}
          </Link>
        </span>
      ))}
      .
    </>
  );
}
