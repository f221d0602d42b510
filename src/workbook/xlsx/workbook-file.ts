/**
 * Opening whatever file an officer gives the command line: an .xlsx (or .xlsm) workbook, a
 * CSV file, or something else refused with a sentence saying what it is and how to get an
 * .xlsx from it (an old .xls, a password-protected workbook, an OpenDocument .ods, a Word
 * document, a PDF, a damaged download, a zip bomb). Node only.
 *
 * CSV: read with ExcelJS's CSV parser (quotes, separators, line breaks in cells) and stored as
 * the text it is, cell by cell: nothing is turned into a number or date on the way in (no lost
 * leading zeros in IDs and phone numbers, no month/day swap), and the registers' reader then
 * reads it exactly as it reads text typed into a workbook. Comma, semicolon and tab separators
 * are recognised; UTF-8 (with or without BOM), UTF-16 and Windows-1252 (Excel's "CSV" on
 * Windows) are decoded.
 */

import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { MAX_COLUMNS, MAX_ROWS, cellAddress } from "../address";
import { MAX_CELL_TEXT_LENGTH } from "../cell-safety";
import { MemoryWorkbook, type MemoryWorkbookOptions } from "../memory/model";
import { type LoadXlsxOptions, loadXlsx } from "./load-xlsx";
import { DEFAULT_ZIP_LIMITS, type ZipEntry, ZipError, type ZipLimits, guardZip } from "./zip-guard";

export type WorkbookFileKind = { kind: "xlsx"; entries: ZipEntry[] } | { kind: "csv" } | { kind: "refused"; reason: string };

/** A file that cannot be opened: `message` completes "cannot read FILE: ...". */
export class WorkbookFileError extends Error {
  override readonly name = "WorkbookFileError";
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SAVE_AS_XLSX = "open it in Excel and save it as an Excel Workbook (.xlsx), then try again";

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

function asciiHead(bytes: Uint8Array, length = 2048): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, length)).toString("latin1");
}

/** Text, as far as the first few KB tell: no NUL bytes (UTF-16 has a BOM and is checked apart). */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const head = bytes.subarray(0, Math.min(bytes.byteLength, 4096));
  return !head.includes(0);
}

/** Old Office (OLE compound) files: an .xls, a password-protected .xlsx, or not a workbook. */
function compoundFileReason(bytes: Uint8Array): string {
  if (containsUtf16(bytes, "EncryptedPackage")) {
    return "the workbook is protected with a password to open it. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, then clear it), save it, and try again";
  }
  if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book")) return `it is an Excel 97-2003 workbook (.xls), which is not read here: ${SAVE_AS_XLSX}`;
  return "it is an old Office document (Word or PowerPoint 97-2003), not a workbook";
}

function zipReason(bytes: Uint8Array, entries: readonly ZipEntry[]): string | undefined {
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  const mimetype = entries.find((e) => e.name === "mimetype" && e.method === 0);
  if (mimetype) {
    const start = mimetype.offset + 30 + new DataView(bytes.buffer, bytes.byteOffset).getUint16(mimetype.offset + 26, true) + new DataView(bytes.buffer, bytes.byteOffset).getUint16(mimetype.offset + 28, true);
    const type = Buffer.from(bytes.subarray(start, start + mimetype.compressedSize)).toString("ascii");
    if (type.includes("opendocument.spreadsheet")) return `it is an OpenDocument spreadsheet (.ods), which is not read here: open it in LibreOffice Calc or Excel and save it as an Excel Workbook (.xlsx), then try again`;
    if (type.includes("opendocument")) return "it is an OpenDocument text or presentation file, not a workbook";
  }
  if (names.has("xl/workbook.xml")) return undefined;
  if (names.has("xl/workbook.bin")) return `it is an Excel Binary Workbook (.xlsb), which is not read here: ${SAVE_AS_XLSX}`;
  if (names.has("word/document.xml")) return "it is a Word document, not a workbook";
  if (names.has("ppt/presentation.xml")) return "it is a PowerPoint presentation, not a workbook";
  return "it is a ZIP archive, not a workbook (an .xlsx file holds xl/workbook.xml)";
}

/** What kind of file these bytes are, by their content (the name only decides text vs CSV). */
export function sniffWorkbookFile(bytes: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): WorkbookFileKind {
  if (bytes.byteLength === 0) return { kind: "refused", reason: "the file is empty" };
  if (startsWith(bytes, CFB_MAGIC)) return { kind: "refused", reason: compoundFileReason(bytes) };
  if (startsWith(bytes, [0x50, 0x4b])) {
    let entries: ZipEntry[];
    try {
      entries = guardZip(bytes, limits);
    } catch (error) {
      if (error instanceof ZipError) return { kind: "refused", reason: error.message };
      throw error;
    }
    const reason = zipReason(bytes, entries);
    return reason ? { kind: "refused", reason } : { kind: "xlsx", entries };
  }
  const head = asciiHead(bytes);
  if (head.startsWith("%PDF")) return { kind: "refused", reason: "it is a PDF document, not a workbook: ask for the Excel file it was made from" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || head.startsWith("GIF8")) return { kind: "refused", reason: "it is a picture, not a workbook" };
  if (!looksLikeText(bytes)) return { kind: "refused", reason: "it is not a spreadsheet file (neither an .xlsx workbook nor CSV text)" };
  const lower = head.toLowerCase();
  if (lower.includes("urn:oasis:names:tc:opendocument")) return { kind: "refused", reason: `it is a flat OpenDocument spreadsheet (.fods), which is not read here: open it in LibreOffice Calc and save it as an Excel Workbook (.xlsx), then try again` };
  if (lower.includes("urn:schemas-microsoft-com:office:spreadsheet")) return { kind: "refused", reason: `it is an Excel 2003 XML spreadsheet, which is not read here: ${SAVE_AS_XLSX}` };
  if (/^\s*(<!doctype html|<html|<table)/.test(lower)) return { kind: "refused", reason: `it is a web page (HTML), perhaps saved from Excel with an .xls name: ${SAVE_AS_XLSX}` };
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return { kind: "csv" };
  return { kind: "refused", reason: "it is a text file, not a workbook; if it holds comma-separated values, give it a .csv name, or open it in Excel and save it as .xlsx" };
}

/**
 * Windows-1252's 0x80-0x9F (curly quotes, dashes, the euro): Node's TextDecoder treats the
 * label as ISO-8859-1 and returns control characters for them, so they are mapped here.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** CSV bytes as text: by BOM, else UTF-8 when valid, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** The separator of the first line (outside quotes): the most frequent of comma, semicolon, tab. */
export function csvDelimiter(text: string): string {
  let quoted = false;
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0]]);
  for (const ch of text.slice(0, 65_536)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/** A sheet name Excel accepts, from the file's name. */
export function sheetNameFromFile(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "");
  const cleaned = base.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim().slice(0, 31).trim();
  return cleaned === "" || cleaned.toLowerCase() === "history" ? "Sheet1" : cleaned;
}

/** Reads CSV text into a one-sheet workbook, every non-empty cell stored as its text. */
async function loadCsv(bytes: Uint8Array, fileName: string, options: MemoryWorkbookOptions = {}): Promise<MemoryWorkbook> {
  const text = decodeCsv(bytes);
  const source = new ExcelJS.Workbook();
  let parsed: ExcelJS.Worksheet;
  try {
    parsed = await source.csv.read(Readable.from([text]), {
      // Keep every cell as the text it is: the reader normalises text, as it does for typed cells.
      map: (value: unknown) => (value === "" ? null : value),
      parserOptions: { delimiter: csvDelimiter(text), ignoreEmpty: false, discardUnmappedColumns: false },
    } as unknown as ExcelJS.CsvReadOptions);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new WorkbookFileError(`it could not be read as CSV (${detail}): open it in Excel and save it as .xlsx, then try again`, { cause: error });
  }
  const workbook = new MemoryWorkbook(options);
  const sheet = workbook.addSheet(sheetNameFromFile(fileName));
  if (parsed.rowCount > MAX_ROWS) throw new WorkbookFileError(`it has ${parsed.rowCount.toLocaleString("en")} rows, more than an Excel sheet holds (${MAX_ROWS.toLocaleString("en")})`);
  parsed.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = cell.value;
      if (value === null || value === undefined || value === "") return;
      const textValue = String(value);
      const where = cellAddress(rowNumber - 1, Math.min(columnNumber, MAX_COLUMNS) - 1);
      if (columnNumber > MAX_COLUMNS) throw new WorkbookFileError(`row ${rowNumber} has more than ${MAX_COLUMNS.toLocaleString("en")} values, more than an Excel sheet holds`);
      if (textValue.length > MAX_CELL_TEXT_LENGTH) {
        throw new WorkbookFileError(`the value at ${where} (row ${rowNumber}) has ${textValue.length.toLocaleString("en")} characters, more than an Excel cell holds (${MAX_CELL_TEXT_LENGTH.toLocaleString("en")}); shorten it and try again`);
      }
      sheet.setRawValue(rowNumber - 1, columnNumber - 1, textValue);
    });
  });
  return workbook;
}

/**
 * Opens the bytes of a file as a workbook: .xlsx through loadXlsx (after the zip guard), CSV
 * through loadCsv; anything else is refused with a WorkbookFileError saying what it is.
 */
export async function loadWorkbookFile(bytes: Uint8Array, fileName: string, options: LoadXlsxOptions & { zipLimits?: ZipLimits } = {}): Promise<MemoryWorkbook> {
  const { zipLimits, ...loadOptions } = options;
  const found = sniffWorkbookFile(bytes, fileName, zipLimits);
  if (found.kind === "refused") throw new WorkbookFileError(found.reason);
  if (found.kind === "csv") {
    const { onWarning: _ignored, ...workbookOptions } = loadOptions;
    return loadCsv(bytes, fileName, workbookOptions);
  }
  try {
    return await loadXlsx(bytes, loadOptions);
  } catch (error) {
    // loadXlsx's messages already say what the file is not and why.
    throw new WorkbookFileError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}
