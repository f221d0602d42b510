import { readFile, writeFile } from "node:fs/promises";
import type { CliIo } from "../../src/cli/console-io";

/** A CliIo that records what a command printed, and touches real files. */
export function captureIo(): CliIo & { out: string[]; err: string[]; progressCalls: number } {
  const captured = {
    out: [] as string[],
    err: [] as string[],
    progressCalls: 0,
    stdout: (text: string) => captured.out.push(text),
    stderr: (text: string) => captured.err.push(text),
    progress: () => {
      captured.progressCalls += 1;
    },
    readFile: async (path: string) => new Uint8Array(await readFile(path)),
    writeFile: (path: string, bytes: Uint8Array | string) => writeFile(path, bytes),
    now: () => new Date("2026-11-26T09:00:00Z"),
  };
  return captured;
}
