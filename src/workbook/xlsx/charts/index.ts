export { addChartsToXlsx, type ChartedXlsx } from "./package";
export { CHART_SHAPES } from "./model";
