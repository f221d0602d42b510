/**
 * DrawingML for one chart part (xl/charts/chartN.xml): the chart space, its title, one plot
 * (bar/column, line, area, pie or doughnut) with its series as cell references plus cached
 * values, axes for the plots that have them, and a legend when it says something (several
 * series, or a pie's slices). Elements follow the schema's order (CT_Chart, CT_BarChart,
 * CT_BarSer...): Excel refuses a file whose elements are out of order, and asks to repair it.
 */

import type { CellRef, ChartShape, FileChart, FileSeries } from "./model";
import { NS, XML_DECLARATION, escapeXml } from "./xml";

/** Series colours: the add-in's green first, then colours that stay apart when printed in grey. */
const PALETTE = ["217346", "F2A541", "4472C4", "A5A5A5", "7F3C8D", "C0504D"];
const CATEGORY_AXIS = 500_001;
const VALUE_AXIS = 500_002;

const val = (name: string, value: string | number) => `<c:${name} val="${value}"/>`;

function title(text: string): string {
  return (
    "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>" +
    `<a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p>` +
    `</c:rich></c:tx>${val("overlay", 0)}</c:title>`
  );
}

function point(index: number, value: string | number | boolean): string {
  return `<c:pt idx="${index}"><c:v>${escapeXml(String(value))}</c:v></c:pt>`;
}

function categoryRef(ref: CellRef): string {
  const points = ref.values.map((v, i) => (v === "" ? "" : point(i, v))).join("");
  return `<c:cat><c:strRef><c:f>${escapeXml(ref.formula)}</c:f><c:strCache>${val("ptCount", ref.values.length)}${points}</c:strCache></c:strRef></c:cat>`;
}

function valueRef(ref: CellRef): string {
  // Text or blank cells are gaps in a numeric series.
  const points = ref.values.map((v, i) => (typeof v === "number" ? point(i, v) : "")).join("");
  const format = ref.numberFormat === "@" ? "General" : ref.numberFormat;
  return `<c:val><c:numRef><c:f>${escapeXml(ref.formula)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>${val("ptCount", ref.values.length)}${points}</c:numCache></c:numRef></c:val>`;
}

function fill(index: number, shape: ChartShape): string {
  const color = PALETTE[index % PALETTE.length] ?? PALETTE[0];
  if (shape.kind === "line") return `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>`;
  return `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
}

function series(s: FileSeries, index: number, shape: ChartShape): string {
  const head = `${val("idx", index)}${val("order", index)}<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  const cat = s.categories ? categoryRef(s.categories) : "";
  const values = valueRef(s.values);
  switch (shape.kind) {
    case "bar":
      return `<c:ser>${head}${fill(index, shape)}${val("invertIfNegative", 0)}${cat}${values}</c:ser>`;
    case "line":
      return `<c:ser>${head}${fill(index, shape)}<c:marker>${val("symbol", shape.markers ? "circle" : "none")}</c:marker>${cat}${values}${val("smooth", 0)}</c:ser>`;
    case "area":
      return `<c:ser>${head}${fill(index, shape)}${cat}${values}</c:ser>`;
    case "pie":
    case "doughnut":
      // No series fill: each slice takes its own colour (varyColors).
      return `<c:ser>${head}${cat}${values}</c:ser>`;
  }
}

const AXIS_IDS = `${val("axId", CATEGORY_AXIS)}${val("axId", VALUE_AXIS)}`;

/** Values on the slices of a pie: a pie without numbers is hard to report from. */
const SLICE_LABELS =
  "<c:dLbls>" + val("showLegendKey", 0) + val("showVal", 1) + val("showCatName", 0) + val("showSerName", 0) + val("showPercent", 0) + val("showBubbleSize", 0) + val("showLeaderLines", 1) + "</c:dLbls>";

function plot(chart: FileChart): string {
  const { shape } = chart;
  const all = chart.series.map((s, i) => series(s, i, shape)).join("");
  switch (shape.kind) {
    case "bar": {
      const overlap = shape.grouping === "stacked" ? val("overlap", 100) : "";
      return `<c:barChart>${val("barDir", shape.direction)}${val("grouping", shape.grouping)}${val("varyColors", 0)}${all}${val("gapWidth", 80)}${overlap}${AXIS_IDS}</c:barChart>`;
    }
    case "line":
      return `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}${all}${val("marker", 1)}${AXIS_IDS}</c:lineChart>`;
    case "area":
      return `<c:areaChart>${val("grouping", "standard")}${val("varyColors", 0)}${all}${AXIS_IDS}</c:areaChart>`;
    case "pie":
      return `<c:pieChart>${val("varyColors", 1)}${all}${SLICE_LABELS}${val("firstSliceAng", 0)}</c:pieChart>`;
    case "doughnut":
      return `<c:doughnutChart>${val("varyColors", 1)}${all}${SLICE_LABELS}${val("firstSliceAng", 0)}${val("holeSize", 50)}</c:doughnutChart>`;
  }
}

/** The value axis shows the values' own format (percentages as percentages). */
function valueFormat(chart: FileChart): string {
  const format = chart.series[0]?.values.numberFormat ?? "General";
  return format === "@" || format === "General" ? '<c:numFmt formatCode="General" sourceLinked="1"/>' : `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>`;
}

function axes(chart: FileChart): string {
  const { shape } = chart;
  if (shape.kind === "pie" || shape.kind === "doughnut") return "";
  // Horizontal bars put the categories on the left and the values along the bottom.
  const horizontal = shape.kind === "bar" && shape.direction === "bar";
  const common = (id: number, position: string) =>
    `${val("axId", id)}<c:scaling>${val("orientation", horizontal && id === CATEGORY_AXIS ? "maxMin" : "minMax")}</c:scaling>${val("delete", 0)}${val("axPos", position)}`;
  const category =
    `<c:catAx>${common(CATEGORY_AXIS, horizontal ? "l" : "b")}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${val("crossAx", VALUE_AXIS)}${val("crosses", "autoZero")}` +
    `${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>`;
  const value =
    // Reversed categories read top-down; the value axis then crosses at the last one (the bottom).
    `<c:valAx>${common(VALUE_AXIS, horizontal ? "b" : "l")}<c:majorGridlines/>${valueFormat(chart)}` +
    `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${val("crossAx", CATEGORY_AXIS)}${val("crosses", horizontal ? "max" : "autoZero")}` +
    `${val("crossBetween", "between")}</c:valAx>`;
  return category + value;
}

function legend(chart: FileChart): string {
  const slices = chart.shape.kind === "pie" || chart.shape.kind === "doughnut";
  if (!slices && chart.series.length < 2) return "";
  return `<c:legend>${val("legendPos", slices ? "r" : "b")}${val("overlay", 0)}</c:legend>`;
}

export function chartXml(chart: FileChart): string {
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.relationships}">` +
    `${val("roundedCorners", 0)}<c:chart>` +
    (chart.title === null ? val("autoTitleDeleted", 1) : `${title(chart.title)}${val("autoTitleDeleted", 0)}`) +
    `<c:plotArea><c:layout/>${plot(chart)}${axes(chart)}</c:plotArea>` +
    `${legend(chart)}${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    "</c:chartSpace>"
  );
}
