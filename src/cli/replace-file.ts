import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file whole or not at all: the bytes go to a hidden file beside the target, which is
 * then renamed over it (a rename within one folder replaces the target in one step). `--out`
 * may name the officer's only copy of a workbook; a write cut short (disk full, the process
 * killed) must leave that copy as it was, never half a zip. The hidden file is removed when
 * anything fails.
 */
export async function replaceFile(path: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
