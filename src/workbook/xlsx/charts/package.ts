/**
 * Charts into an .xlsx package that ExcelJS wrote without them (ExcelJS cannot write charts).
 * For each sheet whose in-memory charts can be drawn, this adds, as Excel itself lays them out:
 *   xl/charts/chartN.xml                     one chart part per chart
 *   xl/drawings/drawingN.xml (+ _rels)       the sheet's drawing, anchoring each chart to cells
 *   xl/worksheets/_rels/sheetK.xml.rels      the sheet's relationship to its drawing
 *   <drawing r:id="..."/> in the sheet       at its place in the schema's element order
 *   [Content_Types].xml                      an override for every new part
 * Sheets are found by name through xl/workbook.xml and its relationships, never by guessing
 * ExcelJS's file names.
 */

import JSZip from "jszip";
import type { MemoryWorkbook } from "../../memory/model";
import { chartXml } from "./chart-xml";
import { drawingXml } from "./drawing-xml";
import { fileChart, type FileChart } from "./model";
import { NS, XML_DECLARATION } from "./xml";

export interface ChartedXlsx {
  bytes: Uint8Array;
  /** Charts left out, and why, in words a person can read. */
  warnings: string[];
}

/** Elements that come after <drawing> in a worksheet (CT_Worksheet's sequence). */
const AFTER_DRAWING = ["<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return match?.[1]?.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/** Sheet name -> its part's path ("xl/worksheets/sheet3.xml"). */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await text(zip, "xl/workbook.xml")) ?? "";
  const rels = (await text(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const target = targets.get(attribute(tag, "r:id") ?? "");
    if (name !== undefined && target) parts.set(name, target);
  }
  return parts;
}

/** Adds a relationship to a .rels part (creating it), returning its new Id. */
async function addRelationship(zip: JSZip, relsPath: string, type: string, target: string): Promise<string> {
  const existing = (await text(zip, relsPath)) ?? `${XML_DECLARATION}<Relationships xmlns="${NS.packageRelationships}"></Relationships>`;
  const used = [...existing.matchAll(/\sId="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...used) + 1}`;
  const entry = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const closed = existing.replace(/<Relationships([^>]*)\/>/, "<Relationships$1></Relationships>");
  zip.file(relsPath, closed.replace("</Relationships>", `${entry}</Relationships>`));
  return id;
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A path from the folder of `fromPart` to `toPart`, both from the package root. */
function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function nextIndex(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n += 1;
  return n;
}

function withDrawing(sheetXml: string, relationId: string): string {
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  let xml = `${sheetXml.slice(0, at)}<drawing r:id="${relationId}"/>${sheetXml.slice(at)}`;
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml)) xml = xml.replace("<worksheet", `<worksheet xmlns:r="${NS.relationships}"`);
  return xml;
}

export async function addChartsToXlsx(bytes: Uint8Array, workbook: MemoryWorkbook): Promise<ChartedXlsx> {
  const warnings: string[] = [];
  const bySheet: Array<{ sheet: string; charts: FileChart[] }> = [];
  for (const sheet of workbook.sheets) {
    const charts: FileChart[] = [];
    for (const chart of sheet.charts) {
      const resolved = fileChart(workbook, sheet, chart);
      if (typeof resolved === "string") warnings.push(resolved);
      else charts.push(resolved);
    }
    if (charts.length > 0) bySheet.push({ sheet: sheet.name, charts });
  }
  if (bySheet.length === 0) return { bytes, warnings };

  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const overrides: string[] = [];
  for (const { sheet, charts } of bySheet) {
    const sheetPath = parts.get(sheet);
    const sheetXml = sheetPath ? await text(zip, sheetPath) : undefined;
    if (!sheetPath || sheetXml === undefined) {
      warnings.push(`The charts on "${sheet}" are left out of the file: the sheet was not found in what ExcelJS wrote.`);
      continue;
    }
    if (/<drawing\b/.test(sheetXml)) {
      warnings.push(`The charts on "${sheet}" are left out of the file: the sheet already has a drawing (pictures), which the chart writer does not merge with.`);
      continue;
    }
    const drawingPath = `xl/drawings/drawing${nextIndex(zip, "xl/drawings/drawing")}.xml`;
    // Reserve the name now: the next sheet must not pick the same number.
    zip.file(drawingPath, "");
    const relationIds: string[] = [];
    for (const chart of charts) {
      const chartPath = `xl/charts/chart${nextIndex(zip, "xl/charts/chart")}.xml`;
      zip.file(chartPath, chartXml(chart));
      overrides.push(`<Override PartName="/${chartPath}" ContentType="${NS.chartContentType}"/>`);
      relationIds.push(await addRelationship(zip, relsPathOf(drawingPath), NS.chartRelationship, relativeTarget(drawingPath, chartPath)));
    }
    zip.file(drawingPath, drawingXml(charts, relationIds));
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="${NS.drawingContentType}"/>`);
    const drawingId = await addRelationship(zip, relsPathOf(sheetPath), NS.drawingRelationship, relativeTarget(sheetPath, drawingPath));
    zip.file(sheetPath, withDrawing(sheetXml, drawingId));
  }
  const types = (await text(zip, "[Content_Types].xml")) ?? "";
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes: out, warnings };
}
