// The Pair screen in the preview: pair the sample's phase 2 (which has mentees without a pair),
// lock one pair, run again, accept the lot, and find the pairs in the Pairs register beside it.
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
const menteesShown = () => suggestions().locator("tbody tr td:first-child").allTextContents();

describe("pairing the sample's phase 2 in the preview", () => {
  it("lists the workbook's phases and proposes a mentor for each mentee without a pair", async () => {
    const phase = page.getByLabel("Phase", { exact: true });
    await expect.poll(() => phase.locator("option").allTextContents()).toEqual(["Phase 1", "Phase 2"]);
    await phase.selectOption("Phase 2");
    await page.getByRole("button", { name: "Propose pairs" }).click();
    await suggestions().waitFor();
    expect(await menteesShown()).toEqual(TO_PAIR);
    await expect.poll(() => page.getByText(/^4 pairs proposed for Phase 2/).count()).toBe(1);
    // Reasons and the alternative are shown with each pair, and the constraints in force.
    expect(await suggestions().textContent()).toContain("Travel: same county (Murang'a)");
    expect(await suggestions().textContent()).toContain("Next best with room:");
    expect(await page.getByRole("region", { name: "Constraints in force" }).textContent()).toContain("4 mentees of Phase 2 to pair");
    expect(await page.getByRole("table", { name: "Mentors of the phase" }).textContent()).toContain("has 4 years of HR experience");
  });

  it("keeps a locked pair when run again", async () => {
    const lock = page.getByRole("button", { name: "Lock Abdalla Katana Kenga with Lilian Mwikali Wambua" });
    await lock.click();
    expect(await lock.getAttribute("aria-pressed")).toBe("true");
    await page.getByRole("button", { name: "Run again with your locks and exclusions" }).click();
    await expect.poll(() => page.getByText("1 pair locked by you.").count()).toBe(1);
    const row = suggestions().locator("tbody tr", { hasText: "Lilian Mwikali Wambua" });
    expect(await row.textContent()).toContain("Abdalla Katana Kenga");
    expect(await row.textContent()).toContain("Locked by you.");
    expect(await page.getByRole("button", { name: "Lock Abdalla Katana Kenga with Lilian Mwikali Wambua" }).getAttribute("aria-pressed")).toBe("true");
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
