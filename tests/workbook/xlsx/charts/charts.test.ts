// Charts written into the .xlsx package: the parts, relationships and content types Excel
// expects, DrawingML that parses, each series pointing at its cells with their values cached.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { createMemoryContext } from "../../../../src/workbook/memory/context";
import type { MemoryWorkbook } from "../../../../src/workbook/memory/model";
import { memoryWorkbookFromSpec } from "../../../../src/workbook/memory/spec";
import { writeTable } from "../../../../src/workbook/office";
import { loadXlsx } from "../../../../src/workbook/xlsx/load-xlsx";
import { saveXlsx } from "../../../../src/workbook/xlsx/save-xlsx";
import { parseXml, type XmlElement } from "../../../manifest/xml";

const SHEET = "Summary - Phase 1";

function weeks(): MemoryWorkbook {
  return memoryWorkbookFromSpec({
    sheets: [
      { name: "Notes", rows: [["Not charted"]] },
      {
        name: SHEET,
        rows: [
          ["Week", "Held", "Planned", "Attendance", "Status", "Pairs", "County", "Hours"],
          ["Week 1", 10, 12, 0.83, "Active", 3, "Kisumu", 14],
          ["Week 2", 11, 12, 0.92, "Completed", 9, "Siaya", 21],
          ["Week 3", 9, 12, 0.75, "Disengaged", 1, "Homa Bay", 7.5],
        ],
        numberFormats: [{ address: "D2:D4", format: "0.0%" }],
      },
    ],
  });
}

/** Three charts the way the summary writer makes them. */
async function charted(workbook: MemoryWorkbook): Promise<MemoryWorkbook> {
  const context = createMemoryContext(workbook);
  const sheet = context.workbook.worksheets.getItem(SHEET);
  const columns = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B4"), "Columns");
  columns.name = "sessionsByWeekChart";
  columns.title.text = "Sessions held by week";
  const held = columns.series.getItemAt(0);
  held.name = "Held";
  held.setXAxisValues(sheet.getRange("A2:A4"));
  const planned = columns.series.add("Planned");
  planned.setValues(sheet.getRange("C2:C4"));
  planned.setXAxisValues(sheet.getRange("A2:A4"));
  columns.setPosition("J2", "P15");
  const pie = sheet.charts.add("Pie", sheet.getRange("F2:F4"), "Columns");
  pie.title.text = "Pairs by status";
  pie.series.getItemAt(0).setXAxisValues(sheet.getRange("E2:E4"));
  pie.setPosition("J17", "P30");
  const bars = sheet.charts.add("BarClustered", sheet.getRange("H2:H4"), "Columns");
  bars.series.getItemAt(0).setXAxisValues(sheet.getRange("G2:G4"));
  await context.sync();
  return workbook;
}

async function parts(workbook: MemoryWorkbook): Promise<{ zip: JSZip; warnings: string[]; read: (path: string) => Promise<XmlElement> }> {
  const saved = await saveXlsx(workbook);
  const zip = await JSZip.loadAsync(saved.bytes);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`no part ${path}; have ${Object.keys(zip.files).join(", ")}`);
    return parseXml(await file.async("string"));
  };
  return { zip, warnings: saved.warnings, read };
}

function all(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) found.push(e);
    e.children.forEach(walk);
  };
  walk(element);
  return found;
}
const one = (element: XmlElement, name: string) => {
  const found = all(element, name)[0];
  if (!found) throw new Error(`no <${name}> in <${element.name}>`);
  return found;
};

/** The part a relationship of `relsPath` with `id` targets, from the package root. */
async function target(read: (p: string) => Promise<XmlElement>, relsPath: string, id: string, from: string): Promise<string> {
  const rel = all(await read(relsPath), "Relationship").find((r) => r.attributes.Id === id);
  const relative = rel?.attributes.Target ?? "";
  const base = from.split("/").slice(0, -1);
  for (const part of relative.split("/")) {
    if (part === "..") base.pop();
    else base.push(part);
  }
  return base.join("/");
}

describe("charts in a saved .xlsx", () => {
  it("are reachable from their sheet: sheet -> drawing -> chart parts, each with its content type", async () => {
    const { read, warnings } = await parts(await charted(weeks()));
    expect(warnings).toEqual([]);
    // Sheet 2 in the workbook, found through workbook.xml as the writer does.
    const sheetPath = "xl/worksheets/sheet2.xml";
    const sheetXml = await read(sheetPath);
    const drawing = one(sheetXml, "drawing");
    // <drawing> after the page setup, as the schema orders a worksheet's children.
    const names = sheetXml.children.map((c) => c.name);
    expect(names.indexOf("drawing")).toBeGreaterThan(names.indexOf("pageSetup"));
    const drawingPath = await target(read, "xl/worksheets/_rels/sheet2.xml.rels", drawing.attributes["r:id"] ?? "", sheetPath);
    expect(drawingPath).toBe("xl/drawings/drawing1.xml");
    const anchors = all(await read(drawingPath), "xdr:twoCellAnchor");
    expect(anchors).toHaveLength(3);
    const chartIds = all(await read(drawingPath), "c:chart").map((c) => c.attributes["r:id"] ?? "");
    const chartPaths = await Promise.all(chartIds.map((id) => target(read, "xl/drawings/_rels/drawing1.xml.rels", id, drawingPath)));
    expect(chartPaths).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml"]);
    const types = all(await read("[Content_Types].xml"), "Override").map((o) => [o.attributes.PartName, o.attributes.ContentType]);
    for (const path of chartPaths) expect(types).toContainEqual([`/${path}`, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"]);
    expect(types).toContainEqual(["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"]);
    // The uncharted sheet gets no drawing.
    expect(all(await read("xl/worksheets/sheet1.xml"), "drawing")).toEqual([]);
  });

  it("anchor each chart over the cells given to setPosition, the end cell included", async () => {
    const { read } = await parts(await charted(weeks()));
    const [first] = all(await read("xl/drawings/drawing1.xml"), "xdr:twoCellAnchor");
    const cell = (tag: string) => {
      const m = one(first ?? one(parseXml("<x/>"), "x"), tag);
      return [one(m, "xdr:col").text, one(m, "xdr:row").text];
    };
    // J2 -> column 9, row 1; through P15 -> up to column 16, row 15.
    expect(cell("xdr:from")).toEqual(["9", "1"]);
    expect(cell("xdr:to")).toEqual(["16", "15"]);
  });

  it("draw each series from its cells, with the values cached, the title and the kind of chart", async () => {
    const { read } = await parts(await charted(weeks()));
    const columns = await read("xl/charts/chart1.xml");
    expect(one(columns, "c:barDir").attributes.val).toBe("col");
    expect(all(one(columns, "c:title"), "a:t").map((t) => t.text)).toEqual(["Sessions held by week"]);
    const series = all(columns, "c:ser");
    expect(series.map((s) => one(one(s, "c:tx"), "c:v").text)).toEqual(["Held", "Planned"]);
    expect(series.map((s) => one(one(s, "c:val"), "c:f").text)).toEqual(["'Summary - Phase 1'!$B$2:$B$4", "'Summary - Phase 1'!$C$2:$C$4"]);
    expect(one(one(series[0] ?? columns, "c:cat"), "c:f").text).toBe("'Summary - Phase 1'!$A$2:$A$4");
    expect(all(one(series[1] ?? columns, "c:numCache"), "c:v").map((v) => v.text)).toEqual(["12", "12", "12"]);
    expect(all(one(series[0] ?? columns, "c:strCache"), "c:v").map((v) => v.text)).toEqual(["Week 1", "Week 2", "Week 3"]);
    // Two series: a legend says which is which.
    expect(all(columns, "c:legend")).toHaveLength(1);

    const pie = await read("xl/charts/chart2.xml");
    expect(one(pie, "c:varyColors").attributes.val).toBe("1");
    expect(all(pie, "c:catAx")).toEqual([]);
    expect(all(one(pie, "c:cat"), "c:v").map((v) => v.text)).toEqual(["Active", "Completed", "Disengaged"]);

    const bars = await read("xl/charts/chart3.xml");
    expect(one(bars, "c:barDir").attributes.val).toBe("bar");
    // No title was set: none is drawn; one series: no legend.
    expect(one(bars, "c:autoTitleDeleted").attributes.val).toBe("1");
    expect(all(bars, "c:legend")).toEqual([]);
    expect(all(one(bars, "c:numCache"), "c:v").map((v) => v.text)).toEqual(["14", "21", "7.5"]);
  });

  it("show a percentage series' axis as percentages", async () => {
    const workbook = weeks();
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.charts.add("Line", sheet.getRange("D2:D4"), "Columns");
    await context.sync();
    const { read } = await parts(workbook);
    const chart = await read("xl/charts/chart1.xml");
    expect(one(one(chart, "c:valAx"), "c:numFmt").attributes).toEqual({ formatCode: "0.0%", sourceLinked: "0" });
    expect(one(chart, "c:formatCode").text).toBe("0.0%");
  });

  it("leave out, with a warning, a chart type the writer does not draw, and still write the others", async () => {
    const workbook = await charted(weeks());
    const context = createMemoryContext(workbook);
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.charts.add("XYScatter", sheet.getRange("B2:C4"), "Columns").name = "scatter";
    await context.sync();
    const { zip, warnings } = await parts(workbook);
    expect(warnings).toEqual([`The chart "scatter" on "${SHEET}" is a XYScatter chart, which the .xlsx writer does not draw; it is left out of the file.`]);
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(3);
  });

  it("join a sheet's existing relationships (a table) without clashing ids", async () => {
    const workbook = weeks();
    const context = createMemoryContext(workbook);
    await writeTable(context, { sheetName: "Notes", tableName: "NotesTable", headers: ["Item", "Count"], rows: [["a", 1], ["b", 2]], topLeft: { row: 3, column: 0 } });
    const notes = context.workbook.worksheets.getItem("Notes");
    notes.charts.add("ColumnClustered", notes.getRange("B5:B6"), "Columns");
    await context.sync();
    const { read } = await parts(workbook);
    const rels = all(await read("xl/worksheets/_rels/sheet1.xml.rels"), "Relationship");
    const ids = rels.map((r) => r.attributes.Id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rels.map((r) => r.attributes.Type?.split("/").pop()).sort()).toEqual(["drawing", "table"]);
    const sheetXml = await read("xl/worksheets/sheet1.xml");
    const order = sheetXml.children.map((c) => c.name);
    expect(order.indexOf("drawing")).toBeLessThan(order.indexOf("tableParts"));
  });

  it("still load with loadXlsx (charts are not read back, the cells are)", async () => {
    const saved = await saveXlsx(await charted(weeks()));
    const warnings: string[] = [];
    const loaded = await loadXlsx(saved.bytes, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
    expect(loaded.sheet(SHEET).valuesIn("A2:C2")).toEqual([["Week 1", 10, 12]]);
  });

  it("change nothing in a workbook without charts", async () => {
    const { zip, warnings } = await parts(weeks());
    expect(warnings).toEqual([]);
    expect(Object.keys(zip.files).some((f) => f.includes("chart") || f.includes("drawing"))).toBe(false);
  });
});
