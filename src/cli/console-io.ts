import { readFile, writeFile } from "node:fs/promises";

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

export function processIo(): CliIo {
  const tty = Boolean(process.stderr.isTTY);
  let lastLine = "";
  return {
    stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    stderr: (text) => {
      if (lastLine) {
        process.stderr.write("\n");
        lastLine = "";
      }
      process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
    },
    progress: (done, total, label) => {
      if (!tty) return;
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      const line = `${label}: ${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")} (${pct}%)`;
      process.stderr.write(`\r${line.padEnd(lastLine.length)}`);
      lastLine = line;
      if (done >= total) {
        process.stderr.write("\n");
        lastLine = "";
      }
    },
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, bytes) => writeFile(path, bytes),
    now: () => new Date(),
  };
}
