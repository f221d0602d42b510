// Server-side renders of the shell (there is no DOM in unit tests; the end-to-end tests drive
// the real thing in Chromium). They pin the structure assistive technology relies on.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { WorkbookHost } from "../../src/taskpane/host";
import { NoExcel, type NoExcelReason } from "../../src/taskpane/NoExcel";
import { OperationStatusView, type OperationState } from "../../src/taskpane/operation";
import { TaskpaneApp } from "../../src/taskpane/TaskpaneApp";

const render = (element: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

const idleHost: WorkbookHost = {
  kind: "preview",
  run: () => Promise.reject(new Error("a render must not run workbook jobs")),
  supportsExcelApi: () => true,
};

describe("the task pane shell", () => {
  const html = render(<TaskpaneApp host={idleHost} />);

  it("labels its tab list and shows the four screens as tabs, Registers selected", () => {
    expect(html).toMatch(/role="tablist"[^>]*aria-label="Task pane sections"|aria-label="Task pane sections"[^>]*role="tablist"/);
    // Fluent renders each unselected label twice (a hidden bold copy reserves its width).
    const tabs = [...html.matchAll(/<button[^>]*role="tab"[^>]*>([\s\S]*?)<\/button>/g)].map((m) => text(m[1] ?? "").trim().split(" ")[0]);
    expect(tabs).toEqual(["Registers", "Validate", "Pair", "Summaries"]);
    expect(html).toMatch(/aria-selected="true"[^>]*>[\s\S]*?Registers/);
  });

  it("ties the panel to its tab and keeps a polite live region for progress", () => {
    const panel = /role="tabpanel" id="([^"]+)" aria-labelledby="([^"]+)"/.exec(html);
    expect(panel).not.toBeNull();
    expect(html).toContain(`id="${panel?.[2]}"`);
    expect(html).toContain(`aria-controls="${panel?.[1]}"`);
    expect(html).toMatch(/role="status" aria-live="polite"/);
  });

  it("opens on the Registers screen, which starts from an explicit look at the workbook", () => {
    // The Registers screen replaced its "Not built yet" placeholder (issue 3).
    expect(text(html)).toContain("Find registers in this workbook");
    expect(html).toContain("Running on the in-memory sample workbook");
  });
});

describe("the no-Excel page", () => {
  const reasons: Array<[NoExcelReason, RegExp]> = [
    [{ kind: "not-in-office" }, /open in a web browser, not inside Excel/],
    [{ kind: "other-app", app: "Word" }, /opened in Word\. It works only in Excel/],
    [{ kind: "office-js-missing" }, /Office\.js, .* did not load/],
    [{ kind: "excel-too-old", needed: "1.14" }, /Excel API 1\.14[\s\S]*update Office/],
  ];
  it.each(reasons)("explains %o and how to get to the add-in", (reason, why) => {
    const page = text(render(<NoExcel reason={reason} />));
    expect(page).toMatch(why);
    expect(page).toContain("On the Home tab, choose Mentorship");
    expect(page).toContain("npm start");
  });
});

describe("the operation status area", () => {
  const show = (state: OperationState) => render(<OperationStatusView state={state} onCancel={() => undefined} onDismiss={() => undefined} />);

  it("shows progress with a labelled bar, the current step, and a Cancel button", () => {
    const html = show({ status: "running", label: "Writing pairs", progress: { fraction: 0.4, note: "Row 400 of 1,000" }, cancelling: false });
    expect(html).toMatch(/role="progressbar"[^>]*aria-label="Writing pairs progress"|aria-label="Writing pairs progress"[^>]*role="progressbar"/);
    expect(html).toContain('aria-valuenow="0.4"');
    expect(text(html)).toContain("Row 400 of 1,000");
    expect(text(html)).toContain("Writing pairs: Row 400 of 1,000 (40%)"); // the live region
    expect(html).toMatch(/<button[^>]*>Cancel<\/button>/);
  });

  it("disables Cancel once pressed and says it is cancelling", () => {
    const html = show({ status: "running", label: "Writing pairs", progress: {}, cancelling: true });
    expect(text(html)).toContain("Cancelling Writing pairs");
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Cancel<\/button>/);
  });

  it("shows a failure as an error MessageBar with what happened and what to do", () => {
    const html = show({
      status: "failed",
      label: "Writing pairs",
      message: { title: "Writing pairs failed: Excel did not allow the change", detail: "Protected [AccessDenied]", action: "Unprotect the sheet, then try again." },
    });
    expect(html).toContain("fui-MessageBar");
    expect(text(html)).toContain("Writing pairs failed: Excel did not allow the change");
    expect(text(html)).toContain("Protected [AccessDenied]");
    expect(text(html)).toContain("What to do: Unprotect the sheet, then try again.");
    expect(html).toContain('aria-label="Dismiss message"');
  });

  it("offers a refused write's choice as a button, with Cancel beside it", () => {
    const html = render(
      <OperationStatusView
        state={{ status: "failed", label: "Converting", message: { title: "Converting failed", detail: 'The table "MentorsRegister" on "Mentors" is filtered.', action: "" }, retry: "Clear the filters and continue" }}
        onCancel={() => undefined}
        onDismiss={() => undefined}
        onRetry={() => undefined}
      />,
    );
    expect(text(html)).toContain("The table &quot;MentorsRegister&quot; on &quot;Mentors&quot; is filtered.");
    expect(html).toMatch(/<button[^>]*>Clear the filters and continue<\/button>/);
    expect(html).toMatch(/<button[^>]*>Cancel<\/button>/);
    // Without a choice, neither is shown.
    const plain = show({ status: "failed", label: "Converting", message: { title: "Converting failed", detail: "x", action: "" } });
    expect(plain).not.toContain("Clear the filters");
    expect(plain).not.toMatch(/>Cancel<\/button>/);
  });

  it("leaves out 'What to do' when the message already says it, and shows nothing when idle", () => {
    const html = show({ status: "failed", label: "Reading", message: { title: "Reading failed", detail: "While reading: unprotect it.", action: "" } });
    expect(text(html)).not.toContain("What to do");
    expect(text(show({ status: "idle" })).trim()).toBe("");
  });
});
