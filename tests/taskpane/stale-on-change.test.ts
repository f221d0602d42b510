// The stale-results tracker against the browser preview's host: the in-memory Excel raises
// worksheet change events for co-authors' edits (Remote), the officer's typing (Local) and the
// add-in's own writes, as Excel does.
import { describe, expect, it } from "vitest";
import { createPreviewHost } from "../../src/preview/preview-host";
import { StaleTracker } from "../../src/taskpane/useStaleOnChange";
import { coAuthorEdit, memoryWorkbookFromSpec } from "../../src/workbook/memory";

function setUp() {
  const workbook = memoryWorkbookFromSpec({ sheets: [{ name: "Mentors", rows: [["Name"], ["Achieng"]] }, { name: "Pairs", rows: [["Mentor"]] }] });
  const host = createPreviewHost(workbook, () => undefined);
  let clock = 0;
  const tracker = new StaleTracker(host, { quietMs: 1_000, now: () => clock });
  const stop = tracker.start();
  const heard: boolean[] = [];
  tracker.subscribe(() => heard.push(tracker.stale));
  // The preview watches sheets once a job has run (as the pane's first read does).
  const warm = host.run(async (context) => {
    await context.sync();
  });
  return { workbook, host, tracker, stop, heard, warm, tick: (ms: number) => (clock += ms) };
}

describe("StaleTracker", () => {
  it("marks results stale when a co-author edits a cell, and fresh again when they are re-read", async () => {
    const { workbook, tracker, heard, warm } = setUp();
    await warm;
    tracker.setWatching(true);
    coAuthorEdit(workbook, "Mentors", "A2", [["Achieng Otieno"]]);
    await workbook.events.idle();
    expect(tracker.stale).toBe(true);
    tracker.markFresh();
    expect(tracker.stale).toBe(false);
    expect(heard).toEqual([true, false]);
  });

  it("hears the officer's own typing (Local) on any sheet too", async () => {
    const { workbook, tracker, warm } = setUp();
    await warm;
    tracker.setWatching(true);
    coAuthorEdit(workbook, "Pairs", "A2", [["MR-01"]], { source: "Local" });
    await workbook.events.idle();
    expect(tracker.stale).toBe(true);
  });

  it("ignores the add-in's own writes, during them and for the quiet period after", async () => {
    const { workbook, host, tracker, warm, tick } = setUp();
    await warm;
    tracker.setWatching(true);
    await tracker.ownWrite(() =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Pairs").getRange("A2").values = [["MR-02"]];
        await context.sync();
      }),
    );
    await workbook.events.idle();
    expect(tracker.stale).toBe(false);
    tick(500);
    coAuthorEdit(workbook, "Mentors", "A2", [["x"]]);
    await workbook.events.idle();
    expect(tracker.stale).toBe(false);
    tick(600);
    coAuthorEdit(workbook, "Mentors", "A2", [["y"]]);
    await workbook.events.idle();
    expect(tracker.stale).toBe(true);
  });

  it("does nothing while no results are shown, and stops listening when unsubscribed", async () => {
    const { workbook, tracker, stop, warm } = setUp();
    await warm;
    coAuthorEdit(workbook, "Mentors", "A2", [["x"]]);
    await workbook.events.idle();
    expect(tracker.stale).toBe(false);
    tracker.setWatching(true);
    stop();
    coAuthorEdit(workbook, "Mentors", "A2", [["y"]]);
    await workbook.events.idle();
    expect(tracker.stale).toBe(false);
  });

  it("says when the host cannot report changes", () => {
    const tracker = new StaleTracker({});
    expect(tracker.supported).toBe(false);
    expect(tracker.start()).toBeTypeOf("function");
  });
});
