/**
 * A sheet's drawing part (xl/drawings/drawingN.xml): one anchored graphic frame per chart,
 * pointing at its chart part through the drawing's relationships. Anchored to cells (the
 * twoCellAnchor Excel writes for Chart.setPosition), so the chart sits beside its table
 * however the columns are sized.
 */

import type { AnchorPoint, FileChart } from "./model";
import { NS, XML_DECLARATION, escapeXml } from "./xml";

function marker(tag: "from" | "to", p: AnchorPoint): string {
  return `<xdr:${tag}><xdr:col>${p.column}</xdr:col><xdr:colOff>${p.columnOffset}</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>${p.rowOffset}</xdr:rowOff></xdr:${tag}>`;
}

/** `relationIds[i]` is the drawing's relationship to the part of `charts[i]`. */
export function drawingXml(charts: readonly FileChart[], relationIds: readonly string[]): string {
  const anchors = charts.map((chart, i) => {
    const frame =
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.relationships}" r:id="${relationIds[i] ?? ""}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame>";
    return `<xdr:twoCellAnchor editAs="oneCell">${marker("from", chart.anchor.from)}${marker("to", chart.anchor.to)}${frame}<xdr:clientData/></xdr:twoCellAnchor>`;
  });
  return `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}">${anchors.join("")}</xdr:wsDr>`;
}
