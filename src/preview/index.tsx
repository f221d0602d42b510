// Entry of preview.html: the task pane running against the bundled sample workbook, held in
// memory, beside a view of that workbook. No Office.js and no Excel: for developers on any
// machine, and for the end-to-end tests.
//   ?rows=50000  adds a "Load test" sheet of that many rows, to try the grid at scale.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { buildSampleWorkbookSpec } from "../sample";
import { memoryWorkbookFromSpec } from "../workbook/memory/spec";
import { ErrorBoundary } from "../taskpane/ErrorBoundary";
import { PreviewApp } from "./PreviewApp";
import { loadTestSheet } from "./load-test";

const container = document.getElementById("root");
if (!container) throw new Error("preview.html has no #root element");

const spec = buildSampleWorkbookSpec();
const rows = Number(new URLSearchParams(window.location.search).get("rows") ?? 0);
const loadTest = Number.isInteger(rows) && rows > 0 ? loadTestSheet(rows) : undefined;
// Kenya writes dates day first: the preview's Excel reads typed dates as a Kenyan Excel does.
const workbook = memoryWorkbookFromSpec(loadTest ? { ...spec, sheets: [...spec.sheets, loadTest] } : spec, { dateOrder: "DMY" });
if (loadTest) workbook.activeSheetId = workbook.sheet(loadTest.name).id;

createRoot(container).render(
  <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
    <ErrorBoundary area="The preview">
      <PreviewApp workbook={workbook} title="Sample workbook: mentorship programme" />
    </ErrorBoundary>
  </FluentProvider>,
);
