// Every screen runs its workbook work through useOperation(): one operation at a time, with
// progress (a Fluent ProgressBar), a Cancel button (an AbortController the job can check)
// and errors turned into a MessageBar that says what happened and what to do. Screens do
// not catch errors; they throw (ideally ActionableError) and this shows them.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { useWorkbookHost } from "./host";
import { OperationRunner, type Job, type OperationOutcome, type OperationState, type ProgressReport, type RunOptions } from "./operation-runner";

export type { Job, OperationControls, OperationOutcome, OperationState, ProgressReport, RunOptions } from "./operation-runner";

export interface OperationApi {
  state: OperationState;
  busy: boolean;
  /**
   * Runs `job` unless another operation is running. Never rejects: failures are shown to the
   * user and reported in the outcome, so callers branch on `outcome.ok` instead of catching.
   */
  run<T>(label: string, job: Job<T>, options?: RunOptions<T>): Promise<OperationOutcome<T>>;
  cancel(): void;
  dismiss(): void;
  /** Accepts the choice a failure offers (state.retry): the same job runs again with it. */
  retry(): void;
}

const OperationContext = createContext<OperationApi | null>(null);

export function OperationProvider({ children }: { children: ReactNode }) {
  const host = useWorkbookHost();
  const runner = useMemo(() => new OperationRunner(host), [host]);
  useEffect(() => runner.dispose, [runner]);
  const state = useSyncExternalStore(runner.subscribe, runner.getState, runner.getState);
  const api = useMemo<OperationApi>(
    () => ({ state, busy: state.status === "running", run: runner.run, cancel: runner.cancel, dismiss: runner.dismiss, retry: runner.retry }),
    [state, runner],
  );
  return <OperationContext.Provider value={api}>{children}</OperationContext.Provider>;
}

export function useOperation(): OperationApi {
  const api = useContext(OperationContext);
  if (!api) throw new Error("useOperation() is used outside <OperationProvider>: render screens inside <TaskpaneApp>.");
  return api;
}

const useStyles = makeStyles({
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  running: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // Visually hidden but read by screen readers: the live region announces changes.
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

function percent(progress: ProgressReport): string {
  return progress.fraction === undefined ? "" : ` (${Math.round(progress.fraction * 100)}%)`;
}

/** The status area at the top of the pane: progress and Cancel, or the last outcome. */
export function OperationStatus() {
  const { state, cancel, dismiss, retry } = useOperation();
  return <OperationStatusView state={state} onCancel={cancel} onDismiss={dismiss} onRetry={retry} />;
}

/** OperationStatus for a given state (separate so each state's rendering is testable). */
export function OperationStatusView({ state, onCancel, onDismiss, onRetry }: { state: OperationState; onCancel(): void; onDismiss(): void; onRetry?(): void }) {
  const styles = useStyles();
  // Only progress goes through this live region: MessageBar announces its own messages.
  const announcement =
    state.status === "running"
      ? `${state.label}${state.cancelling ? ": cancelling" : ""}${state.progress.note ? `: ${state.progress.note}` : ""}${percent(state.progress)}`
      : "";

  const dismissButton = <Button appearance="transparent" aria-label="Dismiss message" icon={<DismissRegular />} onClick={onDismiss} />;
  return (
    <section className={styles.status} aria-label="Operation status">
      <div role="status" aria-live="polite" className={styles.srOnly}>
        {announcement}
      </div>
      {state.status === "running" && (
        <div className={styles.running}>
          <div className={styles.grow}>
            <Text weight="semibold">{state.cancelling ? `Cancelling ${state.label}…` : `${state.label}…`}</Text>
            {state.progress.note && <Text size={200}>{state.progress.note}</Text>}
            <ProgressBar value={state.progress.fraction} max={1} aria-label={`${state.label} progress`} />
          </div>
          <Button onClick={onCancel} disabled={state.cancelling}>
            Cancel
          </Button>
        </div>
      )}
      {state.status === "failed" && (
        <MessageBar intent="error" politeness="assertive" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.message.title}</MessageBarTitle>
            {state.message.detail && <div>{state.message.detail}</div>}
            {state.message.action && (
              <div>
                <strong>What to do:</strong> {state.message.action}
              </div>
            )}
          </MessageBarBody>
          <MessageBarActions containerAction={dismissButton}>
            {state.retry && onRetry && (
              <>
                <Button appearance="primary" onClick={onRetry}>
                  {state.retry}
                </Button>
                {/* Leaves the workbook as it is: nothing was written. */}
                <Button onClick={onDismiss}>Cancel</Button>
              </>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === "cancelled" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.label}: cancelled</MessageBarTitle>
            Changes Excel had already applied before you cancelled stay in the workbook; run it again to finish.
          </MessageBarBody>
          <MessageBarActions containerAction={dismissButton} />
        </MessageBar>
      )}
      {state.status === "succeeded" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.summary}</MessageBarBody>
          <MessageBarActions containerAction={dismissButton} />
        </MessageBar>
      )}
    </section>
  );
}
