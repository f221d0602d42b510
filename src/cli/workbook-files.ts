import { access } from "node:fs/promises";
import { dirname } from "node:path";
import type { MemoryWorkbook } from "../workbook/memory";
import { loadWorkbookFile } from "../workbook/xlsx/workbook-file";
import { saveXlsx } from "../workbook/xlsx/save-xlsx";
import { CliError } from "./cli-error";
import type { CliIo } from "./console-io";

/** Larger files are refused before parsing: no register workbook comes near this. */
const MAX_INPUT_BYTES = 300_000_000;

/**
 * Reads a workbook file into the in-memory Excel: an .xlsx (or .xlsm), or a CSV file read as
 * the text it holds. Anything else (old .xls, password-protected, .ods, damaged, a zip bomb, not
 * a spreadsheet) is refused with one line saying what it is and what to do: exit code 2.
 */
export async function openWorkbookFile(io: CliIo, path: string): Promise<MemoryWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`cannot read ${path}: no such file`);
    if (code === "EISDIR") throw new CliError(`cannot read ${path}: it is a folder, not a workbook`);
    if (code === "EACCES") throw new CliError(`cannot read ${path}: permission denied`);
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new CliError(`cannot read ${path}: it is ${Math.round(bytes.byteLength / 1_000_000)} MB, larger than any register workbook (limit ${MAX_INPUT_BYTES / 1_000_000} MB)`);
  }
  try {
    return await loadWorkbookFile(bytes, path, { onWarning: (message) => io.stderr(`warning: ${path}: ${message}`) });
  } catch (error) {
    // WorkbookFileError says what the file is and what to do; anything else is said as it came.
    throw new CliError(`cannot read ${path}: ${oneLine(error instanceof Error ? error.message : String(error))}`);
  }
}

/** The first line only: a parser's message can run to a stack of lines. */
function oneLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/** Writes the in-memory workbook to an .xlsx file; what the file format cannot hold is said on stderr. */
export async function saveWorkbookFile(io: CliIo, workbook: MemoryWorkbook, path: string): Promise<void> {
  if (!/\.xlsx$/i.test(path)) throw new CliError(`cannot write ${path}: the output must be an .xlsx file`);
  const saved = await saveXlsx(workbook);
  for (const warning of saved.warnings) io.stderr(`note: ${warning}`);
  try {
    await io.writeFile(path, saved.bytes);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${whyNotWritten(error as NodeJS.ErrnoException, path)}`);
  }
}

/** Whether a file (or folder) exists at path. */
async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses a default output name that is taken: a file the officer may have worked in since
 * an earlier run is written over only when --out names it.
 */
export async function refuseTakenDefault(out: string, explicit: boolean): Promise<void> {
  if (!explicit && (await fileExists(out))) throw new CliError(`${out} already exists; name the output with --out ${out} to overwrite it, or choose another name`);
}

/** Refuses an output whose folder does not exist before any work is done, not after it. */
export async function checkOutputFolder(path: string): Promise<void> {
  try {
    await access(dirname(path));
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${whyNotWritten(error as NodeJS.ErrnoException, path)}`);
  }
}

/** Node's "ENOENT: no such file or directory, open '…'" in words, with what to do. */
function whyNotWritten(error: NodeJS.ErrnoException, path: string): string {
  const folder = dirname(path);
  switch (error.code) {
    case "ENOENT":
    case "ENOTDIR":
      return `the folder ${folder} does not exist; create it, or name a file in an existing folder with --out`;
    case "EACCES":
    case "EPERM":
      return `permission denied; close the file if it is open in Excel, or name a file in a folder you can write to with --out`;
    case "EISDIR":
      return "it is a folder; name a file with --out, e.g. --out registers.xlsx";
    case "ENOSPC":
      return "the disk is full; free some space or write to another disk with --out";
    default:
      return error.message;
  }
}
