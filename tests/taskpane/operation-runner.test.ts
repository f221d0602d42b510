import { afterEach, describe, expect, it, vi } from "vitest";
import { ActionableError } from "../../src/taskpane/errors";
import type { WorkbookHost } from "../../src/taskpane/host";
import { CLEAR_FILTERS_CHOICE, OperationRunner, type OperationState } from "../../src/taskpane/operation-runner";
import { createMemoryContext } from "../../src/workbook/memory/context";
import { MemoryWorkbook } from "../../src/workbook/memory/model";
import { WorkbookOperationError } from "../../src/workbook/office/errors";

/** A host over the strict in-memory Excel, counting the batches it runs. */
function memoryHost() {
  const workbook = new MemoryWorkbook();
  workbook.addSheet("Mentors").setRawValue(0, 0, "Name");
  let batches = 0;
  const host: WorkbookHost = {
    kind: "preview",
    run: (job) => {
      batches += 1;
      return job(createMemoryContext(workbook));
    },
    supportsExcelApi: () => true,
  };
  return { host, workbook, batches: () => batches };
}

function record(runner: OperationRunner): OperationState[] {
  const states: OperationState[] = [];
  runner.subscribe(() => states.push(runner.getState()));
  return states;
}

/** A promise with its resolve handle, to hold a job at a point the test chooses. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

afterEach(() => vi.restoreAllMocks());

describe("OperationRunner", () => {
  it("runs a job on the workbook, reports progress and ends with its summary", async () => {
    const { host } = memoryHost();
    const runner = new OperationRunner(host);
    const states = record(runner);
    const outcome = await runner.run(
      "Reading names",
      async ({ inWorkbook, report, onProgress }) => {
        report({ note: "Opening the sheet" });
        const value = await inWorkbook(async (context) => {
          const range = context.workbook.worksheets.getItem("Mentors").getRange("A1").load("values");
          await context.sync();
          return range.values[0]?.[0];
        });
        onProgress(3, 4, "Almost there");
        return value;
      },
      { summarise: (value) => `Read ${String(value)}.` },
    );
    expect(outcome).toEqual({ ok: true, value: "Name" });
    expect(states.map((s) => s.status)).toEqual(["running", "running", "running", "succeeded"]);
    expect(states[1]).toMatchObject({ progress: { note: "Opening the sheet" } });
    expect(states[2]).toMatchObject({ progress: { fraction: 0.75, note: "Almost there" } });
    expect(runner.getState()).toEqual({ status: "succeeded", label: "Reading names", summary: "Read Name." });
  });

  it("turns a thrown error into a message for the user, and keeps it in the console", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const runner = new OperationRunner(memoryHost().host);
    const outcome = await runner.run("Checking registers", async () => {
      throw new ActionableError("There is no Mentors sheet.", "Add a sheet named Mentors.");
    });
    expect(outcome).toEqual({ ok: false, reason: "failed" });
    expect(runner.getState()).toMatchObject({
      status: "failed",
      message: { title: "Checking registers: There is no Mentors sheet.", action: "Add a sheet named Mentors." },
    });
    expect(consoleError).toHaveBeenCalledOnce();
  });

  it("reports Excel's own refusal (a missing sheet, raised at sync) with its code", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const runner = new OperationRunner(memoryHost().host);
    await runner.run("Reading Mentees", ({ inWorkbook }) =>
      inWorkbook(async (context) => {
        context.workbook.worksheets.getItem("Mentees").getRange("A1").load("values");
        await context.sync();
      }),
    );
    const state = runner.getState();
    expect(state.status).toBe("failed");
    if (state.status !== "failed") return;
    expect(state.message.title).toBe("Reading Mentees failed: Something the add-in expected is not in the workbook");
    expect(state.message.detail).toContain("[ItemNotFound]");
  });

  it("cancels: the job sees the signal, the state says cancelled, nothing is shown as an error", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { host, batches } = memoryHost();
    const runner = new OperationRunner(host);
    const halfway = gate();
    const resume = gate();
    const running = runner.run("Writing pairs", async ({ inWorkbook }) => {
      halfway.open();
      await resume.opened;
      // The next batch must not start once the user has cancelled.
      await inWorkbook(async (context) => context.sync());
    });
    await halfway.opened;
    runner.cancel();
    expect(runner.getState()).toMatchObject({ status: "running", cancelling: true });
    resume.open();
    expect(await running).toEqual({ ok: false, reason: "cancelled" });
    expect(runner.getState()).toEqual({ status: "cancelled", label: "Writing pairs" });
    expect(batches()).toBe(0);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("treats the workbook operations' Aborted error after Cancel as a cancellation", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const runner = new OperationRunner(memoryHost().host);
    const hold = gate();
    const running = runner.run("Reading Mentors", async ({ signal }) => {
      await hold.opened;
      if (signal.aborted) throw new WorkbookOperationError("Aborted", 'Reading "Mentors" was cancelled.');
    });
    runner.cancel();
    hold.open();
    expect(await running).toEqual({ ok: false, reason: "cancelled" });
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("runs one operation at a time and answers a second one with busy", async () => {
    const runner = new OperationRunner(memoryHost().host);
    const hold = gate();
    const first = runner.run("First", () => hold.opened);
    expect(await runner.run("Second", async () => "never")).toEqual({ ok: false, reason: "busy" });
    expect(runner.getState()).toMatchObject({ status: "running", label: "First" });
    hold.open();
    expect((await first).ok).toBe(true);
    expect((await runner.run("Third", async () => 3)).ok).toBe(true);
  });

  it("ignores progress reported after the job ended, and dismisses only finished outcomes", async () => {
    const runner = new OperationRunner(memoryHost().host);
    let lateReport: (() => void) | undefined;
    await runner.run("Quick", async ({ report }) => {
      lateReport = () => report({ fraction: 0.5 });
    });
    lateReport?.();
    expect(runner.getState().status).toBe("succeeded");
    runner.dismiss();
    expect(runner.getState()).toEqual({ status: "idle" });

    const hold = gate();
    const running = runner.run("Slow", () => hold.opened);
    runner.dismiss();
    expect(runner.getState().status).toBe("running");
    hold.open();
    await running;
  });

  it("aborts a running job when disposed (the task pane closes)", async () => {
    const runner = new OperationRunner(memoryHost().host);
    const outcome = runner.run(
      "Long",
      ({ signal }) =>
        new Promise<void>((_resolve, reject) => signal.addEventListener("abort", () => reject(signal.reason))),
    );
    runner.dispose();
    expect(await outcome).toEqual({ ok: false, reason: "cancelled" });
  });
});

describe("the choice a filtered table offers", () => {
  const refusal = () => new WorkbookOperationError("TableFiltered", 'The table "PairsRegister" on "Pairs" is filtered, so some of its rows are hidden. Nothing was written.', { sheet: "Pairs", rowsWritten: 0 });

  /** A job that refuses a filtered table unless told to clear the filters, recording each attempt. */
  function filteredJob() {
    const attempts: string[] = [];
    const job = ({ whenFiltered }: { whenFiltered: string }) => {
      attempts.push(whenFiltered);
      return whenFiltered === "clearFilters" ? Promise.resolve(7) : Promise.reject(refusal());
    };
    return { job, attempts };
  }

  it("shows the refusal with 'Clear the filters and continue'; accepting re-runs the same job with the option and the caller gets its result", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const runner = new OperationRunner(memoryHost().host);
    const { job, attempts } = filteredJob();
    const outcome = runner.run("Writing the accepted pairs", job, { canClearFilters: true, summarise: (n) => `Added ${n} pairs.` });
    await vi.waitFor(() => expect(runner.getState().status).toBe("failed"));
    const state = runner.getState();
    expect(state.status === "failed" && state.retry).toBe(CLEAR_FILTERS_CHOICE);
    expect(state.status === "failed" && state.message.detail).toContain('"PairsRegister"');
    // Not busy while the officer decides: the screen's buttons stay usable.
    expect(await runner.run("Other", async () => 1)).toEqual({ ok: true, value: 1 });
    // ...and starting something else answered the choice: not now.
    expect(await outcome).toEqual({ ok: false, reason: "failed" });
    expect(attempts).toEqual(["refuse"]);

    const again = runner.run("Writing the accepted pairs", job, { canClearFilters: true, summarise: (n) => `Added ${n} pairs.` });
    await vi.waitFor(() => expect(runner.getState().status).toBe("failed"));
    runner.retry();
    expect(await again).toEqual({ ok: true, value: 7 });
    expect(attempts).toEqual(["refuse", "refuse", "clearFilters"]);
    expect(runner.getState()).toEqual({ status: "succeeded", label: "Writing the accepted pairs", summary: "Added 7 pairs." });
  });

  it("Cancel (dismiss) leaves it: the caller hears it failed and the job is not run again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const runner = new OperationRunner(memoryHost().host);
    const { job, attempts } = filteredJob();
    const outcome = runner.run("Converting", job, { canClearFilters: true });
    await vi.waitFor(() => expect(runner.getState().status).toBe("failed"));
    runner.dismiss();
    expect(await outcome).toEqual({ ok: false, reason: "failed" });
    runner.retry();
    expect(attempts).toEqual(["refuse"]);
    expect(runner.getState().status).toBe("idle");
  });

  it("is not offered by a job that does not pass the option on, nor for Excel's own filter conflict, nor twice", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const runner = new OperationRunner(memoryHost().host);
    const plain = await runner.run("Writing", () => Promise.reject(refusal()));
    expect(plain).toEqual({ ok: false, reason: "failed" });
    expect(runner.getState()).not.toHaveProperty("retry");

    const excels = new WorkbookOperationError("TableFiltered", "While writing: a table is filtered.", { excelCode: "FilteredRangeConflict" });
    expect(await runner.run("Writing", () => Promise.reject(new ActionableError("wrapped", "", { cause: excels })), { canClearFilters: true })).toEqual({ ok: false, reason: "failed" });
    expect(runner.getState()).not.toHaveProperty("retry");

    // Still filtered after clearing (a colleague filtered it again): the refusal is shown, not offered again.
    const stubborn = runner.run("Writing", () => Promise.reject(refusal()), { canClearFilters: true });
    await vi.waitFor(() => expect(runner.getState()).toHaveProperty("retry"));
    runner.retry();
    expect(await stubborn).toEqual({ ok: false, reason: "failed" });
    expect(runner.getState().status).toBe("failed");
    expect(runner.getState()).not.toHaveProperty("retry");
  });
});
