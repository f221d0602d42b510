// The Registers screen in Chromium, on the preview's in-memory sample workbook: find the
// sheets, review the mentor sheet (mapping Dropdowns, preview with highlighted changes),
// convert it, follow the result's link to the new table, and convert again to see the diff.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resultsDir } from "./support/browser";
import { anotherPreviewPage, previewForFile } from "./support/preview-file";

const MENTORS = "Mentors list 2016";

const preview = previewForFile();

const pane = () => preview.page.getByRole("complementary", { name: "Task pane" });

describe("the Registers screen", () => {
  it("finds the sample's sheets and proposes each as its register", async () => {
    await pane().getByRole("button", { name: "Find registers in this workbook" }).click();
    const list = pane().getByRole("table", { name: "Sheets and the registers they hold" });
    await list.waitFor();
    const mentorsRow = list.getByRole("row").filter({ hasText: MENTORS });
    expect(await mentorsRow.innerText()).toMatch(/Mentors \(\d+% sure; next Mentees \d+%\)/);
    expect(await mentorsRow.innerText()).toContain("Proposed");
    // The first proposed sheet is opened for review.
    await pane().getByRole("region", { name: `Convert ${MENTORS}` }).waitFor();
  });

  it("shows the mapping as labelled Dropdowns and a preview with normalised values highlighted", async () => {
    const review = pane().getByRole("region", { name: `Convert ${MENTORS}` });
    const mapping = review.getByRole("table", { name: "Column mapping" });
    const nameField = mapping.getByRole("combobox", { name: "Field for column B “Name of Mentor”" });
    expect(await nameField.innerText()).toBe("Full name");
    const registerPreview = review.getByRole("table", { name: "Preview of the Mentors register" });
    expect(await registerPreview.getByRole("columnheader").allInnerTexts()).toContain("Phone");
    const changed = registerPreview.locator('[data-mark="changed"]');
    expect(await changed.count()).toBeGreaterThan(0);
    // Keyboard: the highlighted cell takes focus and its tooltip says before, after and why.
    await changed.first().focus();
    const tip = preview.page.getByRole("tooltip");
    await tip.waitFor();
    expect(await tip.innerText()).toMatch(/^[A-Z]+\d+: typed “.*”, stored as “.*” \(.+\)\.$/);
    await preview.page.keyboard.press("Escape");
  });

  it("lets the officer carry a column as is, and the preview follows", async () => {
    const review = pane().getByRole("region", { name: `Convert ${MENTORS}` });
    const remarks = review.getByRole("table", { name: "Column mapping" }).getByRole("combobox", { name: /Field for column P/ });
    // By keyboard: open the list, go to its first option ("Carry as is"), choose it.
    await remarks.focus();
    await preview.page.keyboard.press("Enter");
    await preview.page.getByRole("listbox").waitFor();
    await preview.page.keyboard.press("Home");
    await preview.page.keyboard.press("Enter");
    await expect.poll(() => remarks.innerText()).toBe("Carry as is");
    const registerPreview = review.getByRole("table", { name: "Preview of the Mentors register" });
    await expect.poll(() => registerPreview.getByRole("columnheader").allInnerTexts()).toContain("Remarks (column P)");
    await remarks.click();
    await preview.page.getByRole("option", { name: "Remarks", exact: true }).click();
    expect(await remarks.innerText()).toBe("Remarks");
  });

  it("converts the mentor sheet and links to the new table in the preview grid", async () => {
    const review = pane().getByRole("region", { name: `Convert ${MENTORS}` });
    await review.getByRole("button", { name: "Convert to the Mentors register" }).click();
    const message = pane().getByText(/^Converted “Mentors list 2016” into the Mentors register: 33 rows written to table MentorsRegister/);
    await message.waitFor({ timeout: 30_000 });
    // Fluent renders a Link without href as a button: it acts (selects the table), it does not navigate.
    await pane().getByRole("button", { name: "Go to the Mentors register" }).click();
    const grid = preview.page.getByTestId("sheet-grid");
    await expect.poll(() => grid.getAttribute("aria-label")).toBe("Sheet Mentors register");
    const header = grid.getByRole("row").nth(1);
    const headerText = await header.innerText();
    for (const label of ["Mentor ID", "Full name", "County", "Phone", "Source sheet", "Source row", "As typed"]) expect(headerText).toContain(label);
    expect(await grid.innerText()).toContain("+254");
    await expect.poll(() => preview.page.getByRole("status", { name: "Selected cell" }).textContent()).toBe("Mentors register!A1");
    expect(await preview.page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Mentors register" }).count()).toBe(1);
    await preview.page.screenshot({ path: join(resultsDir, "registers-converted.png") });
    // The sheet list now says the source sheet was converted.
    const list = pane().getByRole("table", { name: "Sheets and the registers they hold" });
    expect(await list.getByRole("row").filter({ hasText: MENTORS }).innerText()).toContain("Converted into Mentors: 33 rows");
    // The conversion is the pane's own write: the sheet list it re-read is current, not marked out of date.
    expect(await pane().getByText(/The workbook changed since/).count()).toBe(0);
  });

  it("converting again shows what would change and writes nothing until the officer chooses", async () => {
    const list = pane().getByRole("table", { name: "Sheets and the registers they hold" });
    await list.getByRole("button", { name: `Review ${MENTORS}` }).click();
    await pane().getByRole("button", { name: "Convert to the Mentors register" }).click();
    const diff = pane().getByRole("region", { name: "Converting again" });
    await diff.waitFor({ timeout: 30_000 });
    expect(await diff.innerText()).toContain("Rows unchanged: 33");
    expect(await diff.innerText()).toContain("Nothing has been written yet");
    await preview.page.screenshot({ path: join(resultsDir, "registers-diff.png") });
    await diff.getByRole("button", { name: "Cancel" }).click();
    await pane().getByRole("region", { name: `Convert ${MENTORS}` }).waitFor();
  });

  it("logged no console errors or page errors", () => {
    expect(preview.problems).toEqual([]);
  });
});

describe("converting the preview's 50,000-row sheet", () => {
  const large = anotherPreviewPage(preview, "?rows=50000");

  it("shows progress with Cancel, then the result", async () => {
    const side = large.page.getByRole("complementary", { name: "Task pane" });
    await side.getByRole("button", { name: "Find registers in this workbook" }).click();
    await side.getByRole("button", { name: "Review Load test" }).click();
    const review = side.getByRole("region", { name: "Convert Load test" });
    await review.getByRole("combobox", { name: "Register" }).click();
    await large.page.getByRole("option", { name: /^Mentees/ }).click();
    const started = Date.now();
    await review.getByRole("button", { name: "Convert to the Mentees register" }).click();
    await side.getByRole("progressbar", { name: "Converting Load test progress" }).waitFor();
    expect(await side.getByRole("button", { name: "Cancel" }).isEnabled()).toBe(true);
    await side.getByText(/^Converted “Load test” into the Mentees register: 50000 rows written/).waitFor({ timeout: 110_000 });
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(110);
    await large.page.screenshot({ path: join(resultsDir, "registers-50000-rows.png") });
  });

  it("logged no console errors or page errors", () => {
    expect(large.problems).toEqual([]);
  });
});

