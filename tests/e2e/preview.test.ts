// The preview page in Chromium: the task pane beside the in-memory sample workbook.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSampleWorkbookSpec } from "../../src/sample";
import { resultsDir } from "./support/browser";
import { anotherPreviewPage, previewForFile } from "./support/preview-file";

const sample = buildSampleWorkbookSpec();
const firstText = (sheetIndex: number): string => {
  for (const row of sample.sheets[sheetIndex]?.rows ?? []) {
    for (const value of row) if (typeof value === "string" && value.trim().length > 3) return value;
  }
  throw new Error(`sample sheet ${sheetIndex} has no text`);
};

const preview = previewForFile();

describe("the preview page", () => {
  it("shows the task pane with the four screens, Registers first", async () => {
    const tabs = preview.page.getByRole("tablist", { name: "Task pane sections" }).getByRole("tab");
    // innerText, not textContent: Fluent keeps a hidden bold copy of each label for layout.
    expect(await tabs.evaluateAll((elements) => elements.map((e) => (e as HTMLElement).innerText))).toEqual(["Registers", "Validate", "Pair", "Summaries"]);
    expect(await tabs.first().getAttribute("aria-selected")).toBe("true");
    const panel = preview.page.getByRole("tabpanel");
    expect(await panel.getByRole("heading", { level: 2 }).textContent()).toBe("Registers");
    // The panel is labelled by its tab.
    expect(await panel.getAttribute("aria-labelledby")).toBe(await tabs.first().getAttribute("id"));
  });

  it("moves between screens with the keyboard", async () => {
    const tablist = preview.page.getByRole("tablist", { name: "Task pane sections" });
    await tablist.getByRole("tab", { name: "Registers" }).focus();
    await preview.page.keyboard.press("ArrowRight");
    expect(await preview.page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText)).toBe("Validate");
    await preview.page.keyboard.press("Enter");
    expect(await preview.page.getByRole("tabpanel").getByRole("heading", { level: 2 }).textContent()).toBe("Validate");
    await preview.page.keyboard.press("ArrowRight");
    await preview.page.keyboard.press("ArrowRight");
    await preview.page.keyboard.press(" ");
    expect(await preview.page.getByRole("tabpanel").getByRole("heading", { level: 2 }).textContent()).toBe("Summaries");
    expect(await tablist.getByRole("tab", { name: "Summaries" }).getAttribute("aria-selected")).toBe("true");
    // Tab leaves the tab list for the panel: one tab stop for the whole list.
    await preview.page.keyboard.press("Tab");
    expect(await preview.page.evaluate(() => document.activeElement?.getAttribute("role"))).not.toBe("tab");
    await tablist.getByRole("tab", { name: "Registers" }).click();
  });

  it("shows the sample workbook's sheet tabs and cells, and switches sheets", async () => {
    const sheetTabs = preview.page.getByRole("tablist", { name: "Sheets" }).getByRole("tab");
    const visibleNames = sample.sheets.map((sheet) => sheet.name);
    expect(await sheetTabs.evaluateAll((elements) => elements.map((e) => (e as HTMLElement).innerText))).toEqual(visibleNames);
    const grid = preview.page.getByTestId("sheet-grid");
    expect(await grid.getAttribute("aria-label")).toBe(`Sheet ${visibleNames[0]}`);
    await expect.poll(() => grid.textContent()).toContain(firstText(0));

    await sheetTabs.nth(1).click();
    expect(await grid.getAttribute("aria-label")).toBe(`Sheet ${visibleNames[1]}`);
    await expect.poll(() => grid.textContent()).toContain(firstText(1));
    await sheetTabs.first().click();
  });

  it("runs a screen's operation on the in-memory workbook and selects a cell for it", async () => {
    await preview.page.getByRole("button", { name: "List the sheets in this workbook" }).click();
    const table = preview.page.getByRole("table", { name: "Sheets in this workbook" });
    await table.waitFor();
    const names = await table.getByRole("row").locator("td:first-child").allTextContents();
    expect(names).toEqual(sample.sheets.map((sheet) => sheet.name));
    await expect.poll(() => preview.page.getByText(`Found ${sample.sheets.length} visible sheets.`).count()).toBe(1);

    const target = sample.sheets[2]?.name ?? "";
    await preview.page.getByRole("button", { name: `Go to ${target}` }).click();
    const grid = preview.page.getByTestId("sheet-grid");
    await expect.poll(() => grid.getAttribute("aria-label")).toBe(`Sheet ${target}`);
    expect(await preview.page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: target }).getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => preview.page.getByRole("status", { name: "Selected cell" }).textContent()).toMatch(new RegExp(`^${target}![A-Z]+\\d+$`));

    await preview.page.screenshot({ path: join(resultsDir, "preview.png") });
  });

  it("logged no console errors or page errors", () => {
    expect(preview.problems).toEqual([]);
  });
});

describe("the preview grid with a 50,000-row sheet", () => {
  const large = anotherPreviewPage(preview, "?rows=50000");

  it("renders only the rows in view and scrolls to the last row", async () => {
    const grid = large.page.getByTestId("sheet-grid");
    expect(await grid.getAttribute("aria-label")).toBe("Sheet Load test");
    expect(await grid.getByRole("row").count()).toBeLessThan(120);
    await expect.poll(() => grid.textContent()).toContain("Mentee 30");

    const started = Date.now();
    await grid.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect.poll(() => grid.getByRole("rowheader", { name: "50001", exact: true }).count()).toBe(1);
    expect(await grid.textContent()).toContain("Mentee 50000");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await grid.getByRole("row").count()).toBeLessThan(120);
    // The frozen header row stays on screen at the bottom of the sheet.
    expect(await grid.getByRole("cell", { name: "Sessions held", exact: true }).isVisible()).toBe(true);
    await large.page.screenshot({ path: join(resultsDir, "preview-50000-rows.png") });
  });

  it("logged no console errors or page errors", () => {
    expect(large.problems).toEqual([]);
  });
});
