import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareVersions, excelApiSets, interfaceMembers, requiredExcelApi } from "../../scripts/excel-api-sets.js";
import { REQUIRED_EXCEL_API } from "../../src/taskpane/requirements";

const repo = join(import.meta.dirname, "..", "..");
const manifestVersion = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(readFileSync(join(repo, "manifest.xml"), "utf8"))?.[1];

describe("the ExcelApi requirement set", () => {
  it("in manifest.xml is the highest set any member of the Excel interface needs", () => {
    const { version, needing } = requiredExcelApi();
    expect(manifestVersion, `manifest.xml must require ExcelApi ${version} (for ${needing.join(", ")})`).toBe(version);
  });

  it("is what the task pane checks at run time", () => {
    expect(REQUIRED_EXCEL_API).toBe(manifestVersion);
  });

  it("is read from @types/office-js for each member", () => {
    const rows = excelApiSets(`
export interface XlRange extends XlClientObject {
  readonly address: string;
  getMergedAreasOrNullObject(): XlRangeAreas;
}
export interface XlWorksheet extends XlClientObject {
  visibility: XlSheetVisibility;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
}`);
    const set = (member: string) => rows.find((row) => row.member === member)?.set;
    expect(set("address")).toBe("1.1");
    expect(set("getMergedAreasOrNullObject")).toBe("1.13");
    expect(set("getRangeByIndexes")).toBe("1.7");
    // Reading visibility came in 1.1, setting it in 1.2: the member exists from 1.1, noted.
    expect(set("visibility")).toBe("1.1");
    expect(rows.find((row) => row.member === "visibility")?.note).toMatch(/1\.2 for setting/);
    expect(requiredExcelApi(rows).version).toBe("1.13");
  });

  it("refuses a member Office.js does not have", () => {
    expect(() => excelApiSets("export interface XlRange {\n  frobnicate(): void;\n}")).toThrow(/XlRange.frobnicate is not a member of Excel.Range/);
  });

  it("parses interface members and compares versions numerically", () => {
    const members = interfaceMembers("export interface XlA {\n  readonly a: string;\n  b?: number;\n  c(x: number): void;\n  d<T>(): T;\n}");
    expect(members.get("XlA")).toEqual(["a", "b", "c", "d"]);
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.9", "1.14")).toBeLessThan(0);
  });
});
