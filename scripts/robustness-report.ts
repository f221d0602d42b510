// npm run report:robustness: runs the fault matrix and the hostile inputs (see
// tests/robustness/report.ts) and prints the figures. Exit 1 if anything was lost or left
// half-written, so CI can run it too.
import { formatReport, robustnessReport } from "../tests/robustness/report";

const started = performance.now();
const report = await robustnessReport();
console.log(formatReport(report));
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
const failed = report.cellsLost > 0 || report.matrix.halfWritten > 0 || report.twoWrites.states["half-written"] > 0 || report.matrix.badMessages > 0 || report.hostile.crashes.length > 0 || report.hostile.filesNotRefused.length > 0;
process.exitCode = failed ? 1 : 0;
