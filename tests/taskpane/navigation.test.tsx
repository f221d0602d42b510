// Moving between screens: the Navigator's rules, and the shell rendered where a screen sent the
// officer. Clicking through is tests/e2e/navigation.test.ts.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { WorkbookHost } from "../../src/taskpane/host";
import { Navigator } from "../../src/taskpane/navigation";
import { TaskpaneApp } from "../../src/taskpane/TaskpaneApp";

const idleHost: WorkbookHost = {
  kind: "preview",
  run: () => Promise.reject(new Error("a render must not run workbook jobs")),
  supportsExcelApi: () => true,
};

const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

describe("the navigator", () => {
  it("goes where a screen sends the officer, and hands the intent to that screen once", () => {
    const navigator = new Navigator();
    const seen: string[] = [];
    navigator.subscribe(() => seen.push(navigator.get().screen));
    navigator.navigate("registers", { sheet: "Mentors list 2016" });
    expect(navigator.get()).toEqual({ screen: "registers", moves: 1 });
    expect(navigator.takeIntent("validate")).toBeNull();
    expect(navigator.takeIntent("registers")).toEqual({ sheet: "Mentors list 2016" });
    expect(navigator.takeIntent("registers")).toBeNull();
    // Sent to the screen it is on (Validate's second "convert" link): still a move, focus goes again.
    navigator.navigate("registers", { sheet: "Mentees" });
    expect(navigator.get().moves).toBe(2);
    expect(seen).toEqual(["registers", "registers"]);
  });

  it("treats a tab click as the officer's own choice: no focus move, and a waiting intent is dropped", () => {
    const navigator = new Navigator("summaries");
    navigator.navigate("validate", { start: true });
    navigator.select("pair");
    expect(navigator.get()).toEqual({ screen: "pair", moves: 1 });
    navigator.select("validate");
    expect(navigator.takeIntent("validate")).toBeNull();
  });
});

describe("the shell where a screen sent the officer", () => {
  const render = (navigator: Navigator) => renderToString(<FluentProvider theme={webLightTheme}>{<TaskpaneApp host={idleHost} navigator={navigator} />}</FluentProvider>);

  it("selects the tab it was sent to and shows its screen", () => {
    const navigator = new Navigator();
    navigator.navigate("validate", { start: true });
    const html = render(navigator);
    expect(html).toMatch(/aria-selected="true"[^>]*>[\s\S]*?Validate/);
    const panel = /role="tabpanel"[^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(html).toMatch(new RegExp(`id="${panel}"[^>]*>[\\s\\S]*?Validate`));
    expect(text(html)).toContain("Checks every register row");
  });

  it("gives every screen's heading a place keyboard focus can be moved to (not a tab stop)", () => {
    for (const screen of ["registers", "validate", "pair", "summaries"] as const) {
      const html = render(new Navigator(screen));
      expect(html).toMatch(/<h2[^>]*tabindex="-1"[^>]*>/);
    }
  });
});
