// The Pair screen in the preview: pair the sample's phase 2 (which has mentees without a pair),
// read why each pair was chosen, lock one pair (kept in the workbook's Pairing choices sheet),
// run again, accept the lot, and find the pairs in the Pairs register beside it.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resultsDir, startSession, watchProblems, type Session } from "./support/browser";

let session: Session;
let page: Page;
let problems: string[];

const TO_PAIR = ["David Kamau Thuo", "Vincent Kipkemboi Koech", "Lilian Mwikali Wambua", "David Charo Tsuma"];

beforeAll(async () => {
  session = await startSession();
  page = await session.context.newPage();
  problems = watchProblems(page, session.server.url);
  await page.goto(`${session.server.url}preview.html`);
  await page.getByRole("tablist", { name: "Task pane sections" }).getByRole("tab", { name: "Pair" }).click();
});

afterAll(async () => {
  await session?.close();
});

const suggestions = () => page.getByRole("table", { name: "Suggested pairs" });
const menteesShown = () => suggestions().locator("tbody[data-mentee] tr:first-child td:first-child").allTextContents();
const choicesList = () => page.getByRole("region", { name: "Locks and exclusions" });

describe("pairing the sample's phase 2 in the preview", () => {
  it("lists the workbook's phases and proposes a mentor for each mentee without a pair", async () => {
    const phase = page.getByLabel("Phase", { exact: true });
    await expect.poll(() => phase.locator("option").allTextContents()).toEqual(["Phase 1", "Phase 2"]);
    await phase.selectOption("Phase 2");
    expect(await choicesList().textContent()).toContain("None for this phase.");
    await page.getByRole("button", { name: "Propose pairs" }).click();
    await suggestions().waitFor();
    expect(await menteesShown()).toEqual(TO_PAIR);
    await expect.poll(() => page.getByText(/^4 pairs proposed for Phase 2/).count()).toBe(1);
    // Each pair shows its points per part at a glance; the constraints say who is never re-paired.
    expect(await suggestions().textContent()).toContain("Needs 50/50 · Travel 12.5/25 · Availability 10/10 · Sector 0/15");
    const constraints = (await page.getByRole("region", { name: "Constraints in force" }).textContent()) ?? "";
    expect(constraints).toContain("4 mentees of Phase 2 to pair");
    expect(constraints).toContain("Never proposed again: Beatrice Waithera Macharia (MR-28) with David Kamau Thuo");
    expect(await page.getByRole("table", { name: "Mentors of the phase" }).textContent()).toContain("has 4 years of HR experience");
  });

  it("opens a pair's reasons across the pane's width, and every pair's at once", async () => {
    const why = page.getByRole("button", { name: "Why Esther Chepkoech Rotich with David Kamau Thuo" });
    expect(await why.getAttribute("aria-expanded")).toBe("false");
    await why.click();
    expect(await why.getAttribute("aria-expanded")).toBe("true");
    const details = page.locator(`#${(await why.getAttribute("aria-controls")) ?? "missing"}`);
    const text = (await details.textContent()) ?? "";
    expect(text).toContain("Not Beatrice Waithera Macharia (MR-28): the mentee disengaged from this mentor");
    expect(text).toContain("Next best");
    // Readable: the reasons take the table's whole width, not a narrow column.
    const [cellBox, tableBox] = [await details.boundingBox(), await suggestions().boundingBox()];
    expect(cellBox!.width).toBeGreaterThan(tableBox!.width * 0.9);

    await page.getByRole("button", { name: "Show every pair's reasons" }).click();
    await expect.poll(async () => (await suggestions().textContent())?.match(/Travel: /g)?.length).toBe(4);
    // A tall window, so the pane shows every pair's reasons in one picture.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: viewport?.width ?? 1280, height: 2000 });
    await suggestions().screenshot({ path: join(resultsDir, "pair-reasons.png") });
    if (viewport) await page.setViewportSize(viewport);
    await page.getByRole("button", { name: "Hide every pair's reasons" }).click();
  });

  it("keeps a locked pair when run again, in the workbook's Pairing choices sheet", async () => {
    const lock = page.getByRole("button", { name: "Lock Abdalla Katana Kenga with Lilian Mwikali Wambua" });
    await lock.click();
    expect(await lock.getAttribute("aria-pressed")).toBe("true");
    expect(await choicesList().textContent()).toContain("Chosen here: saved to the workbook with the next run");
    await page.getByRole("button", { name: "Run again with your locks and exclusions" }).click();
    await expect.poll(() => page.getByText("1 pair locked by you.").count()).toBe(1);
    await expect.poll(() => choicesList().textContent()).toContain("Lock: Abdalla Katana Kenga (MR-19) with Lilian Mwikali Wambua (016/2013/1193)");
    expect(await choicesList().textContent()).toContain("Pairing choices sheet, saved with the last run");
    await choicesList().screenshot({ path: join(resultsDir, "pair-choices.png") });
    const row = suggestions().locator("tbody[data-mentee]", { hasText: "Lilian Mwikali Wambua" });
    expect(await row.textContent()).toContain("Abdalla Katana Kenga");
    await page.getByRole("button", { name: "Why Abdalla Katana Kenga with Lilian Mwikali Wambua" }).click();
    expect(await row.textContent()).toContain("Locked by you.");
    expect(await page.getByRole("button", { name: "Lock Abdalla Katana Kenga with Lilian Mwikali Wambua" }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Pairing choices" }).count()).toBe(1);
  });

  it("removes an exclusion kept in the workbook from the list", async () => {
    await page.getByRole("button", { name: "Exclude Esther Chepkoech Rotich with David Kamau Thuo" }).click();
    await page.getByRole("button", { name: "Run again with your locks and exclusions" }).click();
    await expect.poll(() => page.getByText("1 pair excluded by you.").count()).toBe(1);
    const remove = page.getByRole("button", { name: "Remove Exclude: Esther Chepkoech Rotich (MR-30) with David Kamau Thuo (021/2015/6285)" });
    await remove.click();
    await expect.poll(() => page.getByText(/^Removed from the Pairing choices sheet/).count()).toBe(1);
    await expect.poll(() => remove.count()).toBe(0);
    await page.getByRole("button", { name: "Run again with your locks and exclusions" }).click();
    await expect.poll(() => page.getByText("1 pair excluded by you.").count()).toBe(0);
    expect(await suggestions().locator("tbody[data-mentee]", { hasText: "David Kamau Thuo" }).textContent()).toContain("Esther Chepkoech Rotich");
  });

  it("runs with the weights set in the pane: sector mix at 0 gives it no points, and back at 15 the pairs are as before", async () => {
    const sector = page.getByRole("spinbutton", { name: "Sector mix" });
    const runAgain = page.getByRole("button", { name: "Run again with your locks and exclusions" });
    const before = await suggestions().locator("tbody[data-mentee] tr:first-child").allTextContents();
    await sector.fill("0");
    await sector.press("Enter");
    await runAgain.click();
    // Every pair's points line now gives sector mix no points out of none.
    await expect.poll(async () => (await suggestions().textContent())?.match(/Sector 0\/0/g)?.length).toBe(4);
    await sector.fill("15");
    await sector.press("Enter");
    await runAgain.click();
    await expect.poll(async () => (await suggestions().textContent())?.match(/Sector 0\/0/g)?.length ?? 0).toBe(0);
    expect(await suggestions().locator("tbody[data-mentee] tr:first-child").allTextContents()).toEqual(before);
  });

  it("accepts the lot into the Pairs register, shown in the grid beside the pane", async () => {
    await page.getByRole("button", { name: "Accept all not rejected (4)" }).click();
    await expect.poll(() => page.getByText(/^Added 4 pairs to the Pairs register with status proposed/).count()).toBe(1);
    expect(await suggestions().getByText("Written to the Pairs register").count()).toBe(4);

    const sheetTabs = page.getByRole("tablist", { name: "Sheets" });
    await sheetTabs.getByRole("tab", { name: "Pairs register" }).click();
    const grid = page.getByTestId("sheet-grid");
    await expect.poll(() => grid.getAttribute("aria-label")).toBe("Sheet Pairs register");
    const text = (await grid.textContent()) ?? "";
    for (const mentee of TO_PAIR) expect(text).toContain(mentee);
    expect(text.match(/proposed/g)?.length).toBe(4);
    expect(text).toContain("Abdalla Katana Kenga");
    expect(await sheetTabs.getByRole("tab", { name: "Pairing run log" }).count()).toBe(1);
    await page.screenshot({ path: join(resultsDir, "pair.png") });
  });

  it("logged no console errors or page errors", () => {
    expect(problems).toEqual([]);
  });
});
