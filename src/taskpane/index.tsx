// Entry of taskpane.html. Waits for Office.onReady, then renders the task pane on Excel, or
// the "open it from Excel" page anywhere else. Outside Office (a plain browser, headless
// Chromium) office.js still loads and onReady resolves with host null and no Excel global.
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { ErrorBoundary } from "./ErrorBoundary";
import { createExcelWorkbookHost } from "./host";
import { NoExcel, type NoExcelReason } from "./NoExcel";
import { REQUIRED_EXCEL_API } from "./requirements";
import { TaskpaneApp } from "./TaskpaneApp";

/** Long enough for a slow Office start; short enough that nobody stares at a spinner. */
const ON_READY_TIMEOUT_MS = 15_000;

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

const show = (content: ReactElement) =>
  root.render(
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <ErrorBoundary area="The task pane">{content}</ErrorBoundary>
    </FluentProvider>,
  );

function StartupFailed({ error }: { error: unknown }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Mentorship Registers could not start</MessageBarTitle>
        <div>{error instanceof Error ? error.message : String(error)}</div>
        <div>
          <strong>What to do:</strong> close the task pane and open it again from Home &gt; Mentorship.
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

async function whereAreWe(): Promise<{ excel: true } | { excel: false; reason: NoExcelReason }> {
  if (typeof Office === "undefined") return { excel: false, reason: { kind: "office-js-missing" } };
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), ON_READY_TIMEOUT_MS));
  const info = await Promise.race([Office.onReady(), timeout]);
  if (!info || !info.host) return { excel: false, reason: { kind: "not-in-office" } };
  if (info.host !== Office.HostType.Excel) return { excel: false, reason: { kind: "other-app", app: String(info.host) } };
  if (typeof Excel === "undefined") return { excel: false, reason: { kind: "office-js-missing" } };
  return { excel: true };
}

async function main(): Promise<void> {
  show(<Spinner label="Starting Mentorship Registers…" />);
  const place = await whereAreWe();
  if (!place.excel) {
    show(<NoExcel reason={place.reason} />);
    return;
  }
  const host = createExcelWorkbookHost();
  show(
    host.supportsExcelApi(REQUIRED_EXCEL_API) ? (
      <TaskpaneApp host={host} />
    ) : (
      <NoExcel reason={{ kind: "excel-too-old", needed: REQUIRED_EXCEL_API }} />
    ),
  );
}

main().catch((error: unknown) => {
  console.error("The task pane failed to start:", error);
  show(<StartupFailed error={error} />);
});
