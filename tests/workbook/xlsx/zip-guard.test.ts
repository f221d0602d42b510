import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildSampleWorkbookSpec } from "../../../src/sample";
import { memoryWorkbookFromSpec } from "../../../src/workbook/memory";
import { saveXlsx } from "../../../src/workbook/xlsx/save-xlsx";
import { DEFAULT_ZIP_LIMITS, ZipError, checkDeclaredSizes, guardZip, readZipDirectory } from "../../../src/workbook/xlsx/zip-guard";
import { csvDelimiter, decodeCsv, sheetNameFromFile, sniffWorkbookFile } from "../../../src/workbook/xlsx/workbook-file";

async function zipOf(files: Record<string, Uint8Array | string>, compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression, compressionOptions: { level: 9 } });
}

const bomb = (error: unknown) => error instanceof ZipError && error.kind === "bomb";

describe("the zip guard", () => {
  it("passes a real workbook the add-in wrote, listing its parts", async () => {
    const { bytes } = await saveXlsx(memoryWorkbookFromSpec(buildSampleWorkbookSpec()));
    const entries = guardZip(bytes);
    expect(entries.map((e) => e.name)).toContain("xl/workbook.xml");
    expect(sniffWorkbookFile(bytes, "sample.xlsx").kind).toBe("xlsx");
  });

  it("refuses from the directory alone: too many parts, a part or a total too large, a ratio only a bomb has", () => {
    const entry = (uncompressedSize: number, compressedSize = uncompressedSize) => ({ name: "xl/worksheets/sheet1.xml", method: 8, compressedSize, uncompressedSize, offset: 0 });
    const small = { ...DEFAULT_ZIP_LIMITS, maxEntries: 3, maxEntryBytes: 1_000, maxTotalBytes: 1_500, ratioAppliesAbove: 100, maxRatio: 10 };
    expect(() => checkDeclaredSizes([entry(1), entry(1), entry(1), entry(1)], small)).toThrow(/4 parts/);
    expect(() => checkDeclaredSizes([entry(1_001)], small)).toThrow(/would expand to/);
    expect(() => checkDeclaredSizes([entry(900), entry(900)], small)).toThrow(/would expand to/);
    expect(() => checkDeclaredSizes([entry(500, 20)], small)).toThrow(/compressed 25 times/);
    expect(() => checkDeclaredSizes([entry(90, 1)], small)).not.toThrow();
  });

  it("catches a part that inflates beyond what it declares, before the whole of it is made", async () => {
    const bytes = await zipOf({ "xl/workbook.xml": new Uint8Array(3_000_000) });
    const view = new DataView(bytes.buffer);
    const [part] = readZipDirectory(bytes);
    const central = bytes.length - 22 - (46 + "xl/workbook.xml".length);
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    view.setUint32(central + 24, 2_000, true);
    expect(part?.uncompressedSize).toBe(3_000_000);
    const error = (() => {
      try {
        guardZip(bytes);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(bomb(error)).toBe(true);
  });

  it("calls a ZIP64 archive, a cut-off file and a damaged part what they are", async () => {
    const good = await zipOf({ "xl/workbook.xml": "<workbook/>".repeat(2_000) });
    expect(() => readZipDirectory(good.subarray(0, good.length - 30))).toThrow(/damaged or incomplete/);
    const damaged = new Uint8Array(good);
    for (let i = 60; i < 90; i++) damaged[i] = 0xff;
    expect(() => guardZip(damaged)).toThrow(/damaged or incomplete/);
    const zip64 = new Uint8Array(good);
    const eocd = zip64.length - 22;
    new DataView(zip64.buffer).setUint16(eocd + 10, 0xffff, true);
    expect(() => readZipDirectory(zip64)).toThrow(/ZIP64/);
  });
});

describe("telling files apart and reading CSV text", () => {
  it("decodes UTF-8 with or without BOM, UTF-16 and Windows-1252 (a curly apostrophe in Murang’a)", () => {
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe("a");
    expect(decodeCsv(new Uint8Array(Buffer.from("\ufeffMurang’a", "utf16le")))).toBe("Murang’a");
    expect(decodeCsv(Uint8Array.from([0x4d, 0x75, 0x72, 0x61, 0x6e, 0x67, 0x92, 0x61]))).toBe("Murang’a");
    expect(decodeCsv(new Uint8Array(Buffer.from("Nyeri, Kenya ✓")))).toBe("Nyeri, Kenya ✓");
  });

  it("finds the separator outside quotes on the first line", () => {
    expect(csvDelimiter('"Name, full";County;Phone\nA,B')).toBe(";");
    expect(csvDelimiter("Name\tCounty\tPhone")).toBe("\t");
    expect(csvDelimiter("Name,County")).toBe(",");
  });

  it("names the sheet after the file, within Excel's rules", () => {
    expect(sheetNameFromFile("/data/Mentors [2016]: final?.csv")).toBe("Mentors _2016__ final_");
    expect(sheetNameFromFile("'quoted'.csv")).toBe("quoted");
    expect(sheetNameFromFile("x".repeat(40) + ".csv")).toHaveLength(31);
    expect(sheetNameFromFile(".csv")).toBe("Sheet1");
  });

  it("reads text as CSV only by a .csv, .tsv or .txt name, and says what else it is", async () => {
    const text = new Uint8Array(Buffer.from("Name,County\n"));
    expect(sniffWorkbookFile(text, "people.csv").kind).toBe("csv");
    expect(sniffWorkbookFile(text, "people.xlsx")).toMatchObject({ kind: "refused", reason: expect.stringMatching(/\.csv name/) });
    expect(sniffWorkbookFile(new Uint8Array(Buffer.from('<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">')), "r.fods")).toMatchObject({ reason: expect.stringMatching(/flat OpenDocument/) });
    expect(sniffWorkbookFile(new Uint8Array(Buffer.from("<html><table><tr><td>1</td></tr></table></html>")), "export.xls")).toMatchObject({ reason: expect.stringMatching(/web page/) });
    const ods = await zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }, "STORE");
    expect(sniffWorkbookFile(ods, "r.ods")).toMatchObject({ reason: expect.stringMatching(/OpenDocument spreadsheet/) });
    expect(sniffWorkbookFile(await zipOf({ "xl/workbook.bin": "x" }), "r.xlsb")).toMatchObject({ reason: expect.stringMatching(/\.xlsb/) });
  });
});
