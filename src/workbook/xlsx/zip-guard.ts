/**
 * Refusing a ZIP that would expand without bound (a "zip bomb") before anything inflates it.
 * An .xlsx is a ZIP; ExcelJS (through JSZip) inflates every part into memory, so a 40 KB file
 * declaring, or really holding, gigabytes would take the command line (or a server) down.
 *
 * Two checks, both before ExcelJS sees the bytes:
 *   1. the central directory: how many entries, their declared uncompressed sizes (each and in
 *      total) and compression ratios, against limits far above any real register workbook;
 *   2. the actual inflation of every part, each capped at its declared size (zlib's
 *      maxOutputLength), because a ZIP can lie about its sizes.
 * ZIP64 archives (parts over 4 GB) are refused outright: no workbook the add-in reads needs them.
 * Node only (zlib).
 */

import { inflateRawSync } from "node:zlib";

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes. */
  maxTotalBytes: number;
  /** Declared uncompressed size of one part. */
  maxEntryBytes: number;
  maxEntries: number;
  /** Uncompressed / compressed, for parts larger than `ratioAppliesAbove`. */
  maxRatio: number;
  ratioAppliesAbove: number;
}

/**
 * A 1,048,576-row sheet of short values is ~100 MB of XML that compresses ~10-30x; repeated
 * empty styled cells compress further. Bombs run at 1,000x and more.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 1_000_000_000,
  maxEntryBytes: 500_000_000,
  maxEntries: 10_000,
  maxRatio: 200,
  ratioAppliesAbove: 10_000_000,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

/** Why the archive cannot be read safely, as a sentence an officer can read; a ZipError. */
export class ZipError extends Error {
  override readonly name = "ZipError";
  constructor(
    message: string,
    /** "damaged": truncated or corrupt; "bomb": it would expand beyond the limits. */
    readonly kind: "damaged" | "bomb",
  ) {
    super(message);
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 65_535); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

const DAMAGED = "it is damaged or incomplete (perhaps cut short while copying or downloading): copy it again, or open it in Excel and save it again";
const ZIP64 = "it is a ZIP64 archive (parts over 4 GB), far larger than any register workbook";

/** The archive's entries, from its central directory (no inflation). */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw new ZipError(DAMAGED, "damaged");
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new ZipError(DAMAGED, "damaged");
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
    throw new ZipError(ZIP64, "bomb");
  }
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) {
    throw new ZipError(ZIP64, "bomb");
  }
  if (start + size > eocd) throw new ZipError(DAMAGED, "damaged");
  const entries: ZipEntry[] = [];
  let at = start;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new ZipError(DAMAGED, "damaged");
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const offset = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || offset === 0xffffffff) {
      throw new ZipError(ZIP64, "bomb");
    }
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize,
      uncompressedSize,
      offset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1_000_000).toLocaleString("en")} MB`;
}

/** The declared sizes against the limits; throws ZipError("bomb") with what is too large. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  if (entries.length > limits.maxEntries) {
    throw new ZipError(`it holds ${entries.length.toLocaleString("en")} parts, more than any workbook (limit ${limits.maxEntries.toLocaleString("en")}); it was not opened`, "bomb");
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      throw new ZipError(`its part "${entry.name}" would expand to ${megabytes(entry.uncompressedSize)} (limit ${megabytes(limits.maxEntryBytes)}); it was not opened`, "bomb");
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioAppliesAbove && ratio > limits.maxRatio) {
      throw new ZipError(`its part "${entry.name}" is compressed ${Math.round(ratio).toLocaleString("en")} times (${megabytes(entry.uncompressedSize)} from ${megabytes(entry.compressedSize)}), as only a "zip bomb" is; it was not opened`, "bomb");
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new ZipError(`it would expand to ${megabytes(total)} (limit ${megabytes(limits.maxTotalBytes)}); it was not opened`, "bomb");
  }
}

/**
 * Inflates every part with its output capped at its declared size, so a part that lies about
 * its size is caught at the cap, not after filling memory. Throws ZipError.
 */
function checkActualSizes(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    if (entry.offset + 30 > bytes.byteLength || view.getUint32(entry.offset, true) !== LOCAL_SIGNATURE) throw new ZipError(DAMAGED, "damaged");
    const dataStart = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
    const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    if (data.byteLength !== entry.compressedSize) throw new ZipError(DAMAGED, "damaged");
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw new ZipError(DAMAGED, "damaged");
      continue;
    }
    if (entry.method !== 8) throw new ZipError(`its part "${entry.name}" uses a compression Excel does not write (method ${entry.method})`, "damaged");
    let inflated: Buffer;
    try {
      // One byte more than declared: reaching it proves the declaration false.
      inflated = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ERR_BUFFER_TOO_LARGE") throw new ZipError(`its part "${entry.name}" expands beyond the ${megabytes(entry.uncompressedSize)} it declares, as only a "zip bomb" does; it was not opened`, "bomb");
      throw new ZipError(DAMAGED, "damaged");
    }
    if (inflated.byteLength !== entry.uncompressedSize) {
      throw new ZipError(inflated.byteLength > entry.uncompressedSize ? `its part "${entry.name}" expands beyond the size it declares, as only a "zip bomb" does; it was not opened` : DAMAGED, inflated.byteLength > entry.uncompressedSize ? "bomb" : "damaged");
    }
  }
}

/** Both checks; returns the entries (for telling what kind of ZIP it is). Throws ZipError. */
export function guardZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const entries = readZipDirectory(bytes);
  checkDeclaredSizes(entries, limits);
  checkActualSizes(bytes, entries);
  return entries;
}
