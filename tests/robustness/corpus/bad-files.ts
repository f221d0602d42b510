/**
 * Files that are not whole .xlsx workbooks, built in code from a good one: what the command
 * line must refuse with a clear message (the .xls and .ods cases are made by LibreOffice in
 * tests/cli/robustness.test.ts). Used by that test and by the robustness report.
 */
import JSZip from "jszip";

export interface BadFile {
  /** File name given to the command line (the extension matters only for text). */
  name: string;
  bytes: Uint8Array;
  /** What the refusal must say. */
  expect: RegExp;
}

/** An OLE compound file holding an EncryptedPackage stream: what Excel writes for a password to open. */
function encryptedWorkbook(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(Buffer.from("EncryptionInfo", "utf16le"), 1024);
  bytes.set(Buffer.from("EncryptedPackage", "utf16le"), 1152);
  return bytes;
}

/** A ZIP whose one part says it holds 1,000 bytes but inflates to 2 MB: a zip bomb that lies. */
async function lyingZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("xl/workbook.xml", new Uint8Array(2_000_000), { createFolders: false });
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
  const view = new DataView(bytes.buffer);
  for (let at = 0; at < bytes.length - 4; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, 1_000, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, 1_000, true);
  }
  return bytes;
}

export async function badFiles(goodXlsx: Uint8Array): Promise<BadFile[]> {
  const corrupt = new Uint8Array(goodXlsx);
  for (let i = 2_000; i < 2_400; i++) corrupt[i] = (corrupt[i] ?? 0) ^ 0x5a;
  const word = new JSZip();
  word.file("word/document.xml", "<w:document/>");
  // A real bomb: 60 MB of zeros compressed about 1,000 times, sizes declared honestly.
  const bomb = new JSZip();
  bomb.file("xl/worksheets/sheet1.xml", new Uint8Array(60_000_000));
  return [
    { name: "empty.xlsx", bytes: new Uint8Array(0), expect: /the file is empty/ },
    { name: "truncated.xlsx", bytes: goodXlsx.subarray(0, Math.floor(goodXlsx.length / 2)), expect: /damaged or incomplete.*copy it again/ },
    { name: "corrupt.xlsx", bytes: corrupt, expect: /damaged or incomplete/ },
    { name: "report.pdf.xlsx", bytes: new Uint8Array(Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "latin1")), expect: /PDF document, not a workbook/ },
    { name: "random.xlsx", bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251), expect: /not a spreadsheet file/ },
    { name: "locked.xlsx", bytes: encryptedWorkbook(), expect: /protected with a password.*remove the password/ },
    { name: "notes.xlsx", bytes: new Uint8Array(Buffer.from("These are my notes, not a workbook.\n")), expect: /text file, not a workbook.*\.csv name/ },
    { name: "letter.xlsx", bytes: await word.generateAsync({ type: "uint8array" }), expect: /Word document, not a workbook/ },
    { name: "bomb.xlsx", bytes: await bomb.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } }), expect: /compressed [\d,]+ times.*zip bomb.*not opened/ },
    { name: "liar.xlsx", bytes: await lyingZip(), expect: /expands beyond the .* it declares.*zip bomb/ },
  ];
}
