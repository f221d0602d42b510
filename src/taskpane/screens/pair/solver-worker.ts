// The exact solver in a Web Worker, so a 2,000 x 2,000 solve never freezes the task pane. The
// page sends the problem (the score matrix is copied by structured clone, not transferred: the
// page still needs it to explain the pairs) and gets progress messages, then the result. Cancelling terminates the worker.
import { solveAssignment, type AssignmentProblem, type AssignmentResult, type SolverError } from "../../../domain/pairing/solver";

export type WorkerRequest = { problem: AssignmentProblem };
export type WorkerMessage =
  | { kind: "progress"; done: number; total: number }
  | { kind: "done"; result: AssignmentResult | SolverError }
  | { kind: "failed"; message: string };

// The worker's global scope, as far as this file uses it (the project's lib is DOM, not WebWorker).
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    const result = solveAssignment(event.data.problem, { onProgress: (done, total) => scope.postMessage({ kind: "progress", done, total }) });
    scope.postMessage({ kind: "done", result });
  } catch (error) {
    scope.postMessage({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
