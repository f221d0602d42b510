// Chooses where the solver runs: in a Web Worker when the page can start one (the task pane,
// the preview), else on this thread with the time-sliced solver (Node, tests). Both return the
// same result; the worker only keeps the pane responsive during large solves.
import type { SolveFn } from "../../../domain/pairing";
import { solveAssignmentAsync } from "../../../domain/pairing/solver";
import type { WorkerMessage, WorkerRequest } from "./solver-worker";

function abortError(): DOMException {
  return new DOMException("Pairing was cancelled.", "AbortError");
}

export function createSolve(): SolveFn {
  if (typeof Worker === "undefined") return solveAssignmentAsync;
  return (problem, options) =>
    new Promise((resolve, reject) => {
      if (options.signal?.aborted) return reject(abortError());
      const worker = new Worker(new URL("./solver-worker.ts", import.meta.url));
      const stop = () => {
        worker.terminate();
        reject(abortError());
      };
      options.signal?.addEventListener("abort", stop, { once: true });
      const finish = () => {
        options.signal?.removeEventListener("abort", stop);
        worker.terminate();
      };
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.kind === "progress") options.onProgress?.(message.done, message.total);
        else if (message.kind === "done") {
          finish();
          resolve(message.result);
        } else {
          finish();
          reject(new Error(`The pairing solver failed: ${message.message}`));
        }
      };
      worker.onerror = (event) => {
        finish();
        reject(new Error(`The pairing solver could not run: ${event.message}`));
      };
      const request: WorkerRequest = { problem };
      worker.postMessage(request);
    });
}
