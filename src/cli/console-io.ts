import { readFile } from "node:fs/promises";
import { replaceFile } from "./replace-file";

/** What a command may do to the outside world; tests pass their own to capture output. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** A progress line that rewrites itself on a terminal and is silent when piped. */
  progress(done: number, total: number, label: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array | string): Promise<void>;
  now(): Date;
}

/**
 * A stream that stops taking text, silently, once its reader has gone. `mentorship convert FILE
 * | head` closes the pipe after a few lines: the rest of the report has nowhere to go, but the
 * command must still finish its work (write its file) and exit with its own code, not crash
 * with a stack trace from an unhandled 'error' event.
 */
function untilClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on("error", () => {
    closed = true;
  });
  return (text) => {
    if (!closed && !stream.destroyed) stream.write(text);
  };
}

export function processIo(): CliIo {
  const tty = Boolean(process.stderr.isTTY);
  const out = untilClosed(process.stdout);
  const err = untilClosed(process.stderr);
  let lastLine = "";
  return {
    stdout: (text) => out(text.endsWith("\n") ? text : `${text}\n`),
    stderr: (text) => {
      if (lastLine) {
        err("\n");
        lastLine = "";
      }
      err(text.endsWith("\n") ? text : `${text}\n`);
    },
    progress: (done, total, label) => {
      if (!tty) return;
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      const line = `${label}: ${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")} (${pct}%)`;
      err(`\r${line.padEnd(lastLine.length)}`);
      lastLine = line;
      if (done >= total) {
        err("\n");
        lastLine = "";
      }
    },
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: replaceFile,
    now: () => new Date(),
  };
}
