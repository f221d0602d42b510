import { describe, expect, it } from "vitest";
import { solveAssignment, solveAssignmentAsync } from "../../../../src/domain/pairing/solver";
import { randomProblem } from "./reference";

const problem = randomProblem(300, 200, 11, "coverage-then-score", 0, true);

describe("progress, abort and the asynchronous form", () => {
  it("reports progress from 0 to the end, never going backwards, about a hundred times", () => {
    const calls: Array<[number, number]> = [];
    const result = solveAssignment(problem, { onProgress: (done, total) => calls.push([done, total]) });
    expect(result.ok).toBe(true);
    expect(calls[0]).toEqual([0, calls[0]![1]]);
    const last = calls.at(-1)!;
    expect(last[0]).toBe(last[1]);
    for (let k = 1; k < calls.length; k++) expect(calls[k]![0]).toBeGreaterThanOrEqual(calls[k - 1]![0]);
    expect(calls.length).toBeGreaterThan(10);
    expect(calls.length).toBeLessThan(250);
  });

  it("returns an 'aborted' error value when the signal fires during the solve", () => {
    const controller = new AbortController();
    const result = solveAssignment(problem, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done > 0) controller.abort();
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]).toMatchObject({ code: "aborted" });
      expect(result.issues[0]!.code === "aborted" && result.issues[0]!.done).toBeGreaterThan(0);
    }
  });

  it("returns 'aborted' at once for a signal that has already fired", () => {
    const result = solveAssignment(problem, { signal: AbortSignal.abort() });
    expect(result).toMatchObject({ ok: false, issues: [{ code: "aborted", done: 0 }] });
  });

  it("the asynchronous form gives the same result as the synchronous one", async () => {
    expect(await solveAssignmentAsync(problem)).toEqual(solveAssignment(problem));
  });

  it("the asynchronous form reports progress while timers keep running between its slices (the task pane's fallback without a worker)", async () => {
    const calls: number[] = [];
    let ticks = 0;
    let ticksAtFirstProgress = -1;
    const timer = setInterval(() => ticks++, 0);
    try {
      const result = await solveAssignmentAsync(problem, {
        sliceMs: 0,
        onProgress: (done) => {
          calls.push(done);
          if (done > 0 && ticksAtFirstProgress < 0) ticksAtFirstProgress = ticks;
        },
      });
      expect(result.ok).toBe(true);
      // Progress went up in many steps, and timers ran in between them (not only before or after).
      expect(calls.length).toBeGreaterThan(10);
      expect(calls.at(-1)).toBe(calls.reduce((a, b) => Math.max(a, b), 0));
      expect(ticks).toBeGreaterThan(ticksAtFirstProgress);
      expect(ticks).toBeGreaterThan(5);
    } finally {
      clearInterval(timer);
    }
  });

  it("the asynchronous form lets timers run during the solve and sees an abort from one", async () => {
    const controller = new AbortController();
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
      controller.abort();
    }, 0);
    const result = await solveAssignmentAsync(problem, { signal: controller.signal, sliceMs: 0 });
    expect(timerRan).toBe(true);
    expect(result).toMatchObject({ ok: false, issues: [{ code: "aborted" }] });
  });
});
