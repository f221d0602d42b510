import { loadXlsx, notXlsxReason } from "../workbook/xlsx/load-xlsx";
import { saveXlsx } from "../workbook/xlsx/save-xlsx";
import type { MemoryWorkbook } from "../workbook/memory";
import { CliError } from "./cli-error";
import type { CliIo } from "./console-io";

/** Reads an .xlsx file into the in-memory Excel, or says in one line why it cannot. */
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
  const reason = notXlsxReason(bytes);
  if (reason) throw new CliError(`cannot read ${path}: ${reason}`);
  try {
    return await loadXlsx(bytes, { onWarning: (message) => io.stderr(`warning: ${path}: ${message}`) });
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** Writes the in-memory workbook to an .xlsx file; what the file format cannot hold is said on stderr. */
export async function saveWorkbookFile(io: CliIo, workbook: MemoryWorkbook, path: string): Promise<void> {
  if (!/\.xlsx$/i.test(path)) throw new CliError(`cannot write ${path}: the output must be an .xlsx file`);
  const saved = await saveXlsx(workbook);
  for (const warning of saved.warnings) io.stderr(`note: ${warning}`);
  try {
    await io.writeFile(path, saved.bytes);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${(error as Error).message}`);
  }
}
