// Server-side renders of what a screen shows once its results are out of date (the tracker that
// decides it is tests/taskpane/stale-on-change.test.ts): the warning with its Refresh button,
// and the Registers review, whose Convert waits for the refresh.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { surveyWorkbook } from "../../src/operations/convert";
import { buildSampleWorkbookSpec } from "../../src/sample";
import { SheetReview } from "../../src/taskpane/screens/registers/SheetReview";
import { readTime, StaleNotice } from "../../src/taskpane/screens/StaleNotice";
import { createMemoryContext, memoryWorkbookFromSpec } from "../../src/workbook/memory";

const render = (element: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

const READ_AT = new Date(2026, 10, 26, 9, 41);
const notice = (props: { stale: boolean; supported?: boolean; busy?: boolean }) =>
  render(
    <StaleNotice
      freshness={{ stale: props.stale, supported: props.supported ?? true }}
      what="the sheets were read"
      readAt={READ_AT}
      consequence="Converting waits until you refresh."
      busy={props.busy ?? false}
      onRefresh={() => undefined}
    />,
  );

describe("the out-of-date notice", () => {
  it("says the workbook changed since the results were read, and when, with a labelled Refresh button", () => {
    const html = notice({ stale: true });
    expect(html).toContain("fui-MessageBar");
    expect(html).toContain('aria-label="Results out of date"');
    expect(text(html)).toContain(`The workbook changed since the sheets were read at ${readTime(READ_AT)}`);
    expect(text(html)).toContain("Converting waits until you refresh.");
    // A real, enabled button: reachable with Tab, named by its text.
    expect(html).toMatch(/<button(?![^>]*disabled)[^>]*>Refresh<\/button>/);
  });

  it("shows nothing while the results are current, and disables Refresh while an operation runs", () => {
    expect(text(notice({ stale: false })).trim()).toBe("");
    expect(notice({ stale: true, busy: true })).toMatch(/<button[^>]*disabled=""[^>]*>Refresh<\/button>/);
  });

  it("tells the officer to refresh before acting when this Excel cannot report changes", () => {
    expect(text(notice({ stale: false, supported: false }))).toContain("cannot tell the add-in when the workbook changes");
  });
});

describe("a Registers review read before the workbook changed", () => {
  it("does not convert until refreshed, and says why", async () => {
    const survey = await surveyWorkbook(createMemoryContext(memoryWorkbookFromSpec(buildSampleWorkbookSpec())));
    const sheet = survey.sheets.find((s) => s.proposed);
    if (!sheet) throw new Error("the sample has no sheet to convert");
    const review = (stale: boolean) => render(<SheetReview snapshot={survey.snapshot} sheet={sheet} busy={false} stale={stale} onConvert={() => undefined} />);
    const convert = /<button[^>]*>Convert to the [^<]+ register<\/button>/;
    expect(review(false)).toMatch(convert);
    expect(review(false).match(convert)?.[0]).not.toContain("disabled");
    const stale = review(true);
    expect(stale.match(convert)?.[0]).toContain('disabled=""');
    expect(text(stale)).toContain("The workbook changed since this preview was read: refresh (above) to review it again before converting.");
  });
});
