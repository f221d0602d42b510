// Server-side renders of the Validate screen with results in its memory: the structure an
// officer (and assistive technology) relies on. The browser journey is tests/e2e/validate.test.ts.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { validateWorkbook } from "../../../operations/validate";
import { buildSampleWorkbookSpec } from "../../../sample";
import { createMemoryContext, memoryWorkbookFromSpec } from "../../../workbook/memory";
import { WorkbookHostProvider, type WorkbookHost } from "../../host";
import { NavigationProvider, Navigator } from "../../navigation";
import { OperationProvider } from "../../operation";
import { ValidateScreen } from "../ValidateScreen";
import { validateStoreFor } from "./validate-store";

function hostWithoutExcel(): WorkbookHost {
  return { kind: "preview", run: () => Promise.reject(new Error("a render must not run workbook jobs")), supportsExcelApi: () => true };
}

function render(host: WorkbookHost): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <WorkbookHostProvider host={host}>
        <NavigationProvider navigator={new Navigator("validate")}>
          <OperationProvider>
            <ValidateScreen />
          </OperationProvider>
        </NavigationProvider>
      </WorkbookHostProvider>
    </FluentProvider>,
  );
}

const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

describe("the Validate screen", () => {
  it("offers the whole workbook or one sheet, and nothing else before the first run", () => {
    const html = render(hostWithoutExcel());
    expect(text(html)).toContain("Whole workbook");
    expect(html).toMatch(/<button[^>]*>Validate<\/button>/);
    expect(html).not.toContain("Show in sheet");
  });

  it("shows counts, filters, the marks switch and each issue's cell as a labelled button", async () => {
    const host = hostWithoutExcel();
    const validation = await validateWorkbook(createMemoryContext(memoryWorkbookFromSpec(buildSampleWorkbookSpec())));
    validateStoreFor(host).set({ validation, elapsedMs: 48, sheets: validation.readings.map((r) => r.sheet), stale: true });
    const html = render(host);
    const words = text(html);
    expect(words).toContain(`${validation.counts.errors} errors`);
    expect(words).toContain("Validated in 48 ms");
    expect(words).toContain("The workbook changed since it was validated");
    expect(words).toContain("Only the sheet Mentors list 2016");
    expect(html).toContain('aria-label="Issues by register"');
    expect(html).toMatch(/role="switch"/);
    expect(words).toContain("Show in sheet");
    for (const label of ["Severity", "Register", "Rule", "Find"]) expect(words).toContain(label);
    expect(html).toContain('aria-label="Go to Mentors list 2016 I36"');
    // Raw sheets: tidy-ups are explained, not offered, and the way to convert is a button to the Registers tab.
    expect(words).toContain("convert Mentors list 2016 on the Registers tab first");
    expect(html).toMatch(/<button[^>]*fui-Link[^>]*>convert Mentors list 2016 on the Registers tab<\/button>/);
    expect(html).toMatch(/<button[^>]*fui-Link[^>]*>Convert Mentors list 2016 on the Registers tab<\/button>/);
    expect(html).not.toContain("Accept the tidy-up of");
    expect(words).toContain("No Settings sheet");
  });
});
