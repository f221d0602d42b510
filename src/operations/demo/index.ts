export { runDemoPipeline, type DemoOptions, type DemoReport, type ConvertedSheet, type PairedPhase } from "./pipeline";
