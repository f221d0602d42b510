// taskpane.html opened outside Excel: office.js loads from dist/, Office.onReady resolves
// with no host, and the page explains how to open the add-in instead of failing.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resultsDir, startSession, watchProblems, type Session } from "./support/browser";

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

describe("the task pane outside Excel", () => {
  it("says to open it from Excel's Home tab, or to run npm start for the preview", async () => {
    const page = await session.context.newPage();
    const problems = watchProblems(page, session.server.url);
    const officeJs = page.waitForResponse((response) => response.url().endsWith("/office-js/office.js"));
    await page.goto(`${session.server.url}taskpane.html`);
    expect((await officeJs).status()).toBe(200);

    const heading = page.getByRole("heading", { level: 1 });
    await expect.poll(() => heading.textContent(), { timeout: 20_000 }).toBe("Open Mentorship Registers from Excel");
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("not inside Excel");
    expect(text).toMatch(/Home.*tab, choose.*Mentorship/);
    expect(text).toContain("npm start");
    // No task pane tabs: there is no workbook to work on.
    expect(await page.getByRole("tablist").count()).toBe(0);
    await page.screenshot({ path: join(resultsDir, "taskpane-no-excel.png") });
    expect(problems).toEqual([]);
  });
});
