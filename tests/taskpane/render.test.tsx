// Server-side renders of the shell (there is no DOM in unit tests; the end-to-end tests drive
// the real thing in Chromium). They pin the structure assistive technology relies on.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { WorkbookHost } from "../../src/taskpane/host";
import { NoExcel, type NoExcelReason } from "../../src/taskpane/NoExcel";
import { TaskpaneApp } from "../../src/taskpane/TaskpaneApp";

const render = (element: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

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

  it("says honestly that the screens are not built yet", () => {
    expect(text(html)).toContain("Not built yet");
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
