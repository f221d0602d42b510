// Screens that name another take the officer there, in the preview in Chromium: Validate's
// "convert it on the Registers tab first" opens that sheet's review on the Registers tab, and
// the Summaries screen's validation gate opens the Validate tab and validates. Each time the
// new tab is selected and keyboard focus lands on its heading.
import { describe, expect, it } from "vitest";
import { previewForFile } from "./support/preview-file";

const MENTORS = "Mentors list 2016";

const preview = previewForFile();

const pane = () => preview.page.getByRole("complementary", { name: "Task pane" });
const tab = (name: string) => pane().getByRole("tablist", { name: "Task pane sections" }).getByRole("tab", { name });

/** The element with keyboard focus: its tag and text. */
function focused(): Promise<string> {
  return preview.page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.tagName.toLowerCase()} ${(element.textContent ?? "").trim()}` : "";
  });
}

describe("moving between screens", () => {
  it("goes from a tidy-up on a raw sheet to that sheet's review on the Registers tab, focus on the heading", async () => {
    await tab("Validate").click();
    await pane().getByRole("button", { name: "Validate", exact: true }).click();
    await pane().getByRole("region", { name: "Validation result" }).waitFor();
    await pane().getByRole("button", { name: `convert ${MENTORS} on the Registers tab` }).first().click();
    await expect.poll(() => tab("Registers").getAttribute("aria-selected")).toBe("true");
    await expect.poll(focused).toBe("h2 Registers");
    // The sheet named is open for review, after the workbook was looked at.
    await pane().getByRole("region", { name: `Convert ${MENTORS}` }).waitFor();
    expect(await pane().getByRole("table", { name: "Sheets and the registers they hold" }).count()).toBe(1);
  });

  it("goes from the Summaries screen's validation gate to the Validate tab, which validates at once", async () => {
    await tab("Summaries").click();
    await pane().getByRole("button", { name: "Generate summaries" }).click();
    await pane().getByText(/^The registers have \d+ validation errors$/).waitFor();
    await pane().getByRole("button", { name: "Validate and list every error" }).click();
    await expect.poll(() => tab("Validate").getAttribute("aria-selected")).toBe("true");
    await expect.poll(focused).toBe("h2 Validate");
    // The status area reported the Summaries' gate before; now it reports a validation run on arrival.
    const status = pane().getByRole("region", { name: "Operation status" });
    await expect.poll(() => status.getByText(/^\d+ errors and \d+ warnings in the whole workbook/).count()).toBe(1);
    expect(preview.problems).toEqual([]);
  });
});
