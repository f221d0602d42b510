// The Summaries screen in the preview, in Chromium: the sample's validation errors stop the
// first attempt, "Generate anyway" writes the overview and one sheet per phase, each with its
// charts shown on the grid, and "Go to" opens a summary sheet. Regenerating replaces in place.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resultsDir, startSession, watchProblems, type Session } from "./support/browser";

let session: Session;
let page: Page;
let problems: string[];

const SUMMARY_SHEETS = ["Programme overview", "Summary - Phase 1", "Summary - Phase 2"];

async function sheetTabNames(): Promise<string[]> {
  return page.getByRole("tablist", { name: "Sheets" }).getByRole("tab").evaluateAll((elements) => elements.map((e) => (e as HTMLElement).innerText));
}

beforeAll(async () => {
  session = await startSession();
  page = await session.context.newPage();
  problems = watchProblems(page, session.server.url);
  await page.goto(`${session.server.url}preview.html`);
  await page.getByRole("tablist", { name: "Task pane sections" }).getByRole("tab", { name: "Summaries" }).click();
});

afterAll(async () => {
  await session?.close();
});

describe("the Summaries screen in the preview", () => {
  it("offers the overview and each phase of the sample, all ticked", async () => {
    const group = page.getByRole("group", { name: "Summaries to write" });
    await group.waitFor();
    const boxes = group.getByRole("checkbox");
    await expect.poll(() => boxes.count()).toBe(3);
    expect(await boxes.evaluateAll((elements) => elements.map((e) => (e as HTMLInputElement).checked))).toEqual([true, true, true]);
    expect(await group.getByText("Phase 2 (sheet “Summary - Phase 2”)").count()).toBe(1);
  });

  it("stops on the sample's validation errors, showing how many and where, without writing a sheet", async () => {
    await page.getByRole("button", { name: "Generate summaries" }).click();
    const gate = page.getByText(/^The registers have \d+ validation errors$/);
    await gate.waitFor();
    expect(await page.getByRole("list", { name: "First validation errors" }).getByRole("listitem").count()).toBeGreaterThan(0);
    expect((await sheetTabNames()).filter((n) => SUMMARY_SHEETS.includes(n))).toEqual([]);
  });

  it("writes the summaries when told to include the errors, with progress ending in a success message", async () => {
    await page.getByRole("button", { name: "Generate anyway (the sheet will say so)" }).click();
    await page.getByRole("list", { name: "Summary sheets written" }).waitFor();
    await expect.poll(() => page.getByText(/^Wrote 3 summary sheets with 8 charts\. They include \d+ validation errors, and say so\.$/).count()).toBe(1);
    expect((await sheetTabNames()).slice(-3)).toEqual(SUMMARY_SHEETS);
    // The summary sheets are the pane's own write: the results are not marked out of date by it.
    expect(await page.getByText(/The workbook changed since/).count()).toBe(0);
  });

  it("goes to a phase summary, where the grid shows its title, its stamp and its three charts beside their tables", async () => {
    await page.getByRole("button", { name: "Go to Summary - Phase 1" }).click();
    const grid = page.getByTestId("sheet-grid");
    await expect.poll(() => grid.getAttribute("aria-label")).toBe("Sheet Summary - Phase 1");
    await expect.poll(() => grid.textContent()).toContain("Phase 1: phase summary");
    expect(await grid.textContent()).toContain("Generated with");
    const charts = grid.getByTestId("chart-box");
    expect(await charts.evaluateAll((elements) => elements.map((e) => e.getAttribute("aria-label")))).toEqual([
      "Chart: Pairs by status (Pie)",
      "Chart: Sessions held by week (ColumnClustered)",
      "Chart: Mentoring hours by county (BarClustered)",
    ]);
    // The pie sits to the right of the "Pairs by status" table, on its title row.
    const table = await grid.getByRole("cell", { name: "Pairs by status", exact: true }).first().boundingBox();
    const pie = await charts.first().boundingBox();
    expect(pie && table && pie.x > table.x + table.width && Math.abs(pie.y - table.y) < 4).toBe(true);
    await page.screenshot({ path: join(resultsDir, "summaries.png") });
  });

  it("regenerates in place: the same sheets, no copies", async () => {
    await page.getByRole("button", { name: "Generate summaries" }).click();
    await page.getByRole("button", { name: "Generate anyway (the sheet will say so)" }).click();
    await expect.poll(() => page.getByText(/^Regenerated 3 summary sheets with 8 charts\./).count()).toBe(1);
    const names = await sheetTabNames();
    expect(names.filter((n) => SUMMARY_SHEETS.includes(n) || /\(\d+\)$/.test(n))).toEqual(SUMMARY_SHEETS);
  });

  it("logged no console errors or page errors", () => {
    expect(problems).toEqual([]);
  });
});
