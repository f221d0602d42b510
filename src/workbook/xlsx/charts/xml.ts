/** Text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
  drawingRelationship: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chartRelationship: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  chartContentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawingContentType: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;
