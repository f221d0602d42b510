/**
 * Chart proxies of the in-memory Excel. Charts are kept in the model (type, source, series,
 * title, position) so operations can be tested; they are not drawn here (the xlsx writer's
 * charts/ folder writes them to files).
 */

import { qualifiedAddress, parseAddress } from "../address";
import type { XlChart, XlChartCollection, XlChartSeriesBy, XlChartSeriesCollection, XlChartTitle, XlChartType, XlRange } from "../office/excel-api";
import { seriesFromSource } from "./chart-series";
import { type BatchRun, type Engine, ProxyBase, type Resolver } from "./engine";
import { XlApiError } from "./errors";
import type { MemoryChart, MemorySheet } from "./model";
import { MemChartSeriesCollection } from "./proxies-chart-series";
import { MemRange, assertSheetAlive, rangeArgument } from "./proxies-range";

export interface ChartBinding {
  sheet: MemorySheet;
  chart: MemoryChart;
}

const CHART_TYPES: readonly XlChartType[] = ["ColumnClustered", "ColumnStacked", "BarClustered", "BarStacked", "Line", "LineMarkers", "Pie", "Doughnut", "Area", "XYScatter"];

export function assertChartAlive(run: BatchRun, { sheet, chart }: ChartBinding): void {
  assertSheetAlive(run, sheet);
  if (!sheet.charts.includes(chart)) throw new XlApiError("ItemNotFound", `The chart "${chart.name}" has been deleted.`, "Chart");
}

export class MemChartCollection extends ProxyBase<MemorySheet> implements XlChartCollection {
  constructor(engine: Engine, resolver: Resolver<MemorySheet>) {
    super(engine, "ChartCollection", resolver);
  }
  protected override assertAlive(sheet: MemorySheet, run: BatchRun): void {
    assertSheetAlive(run, sheet);
  }
  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(_name: string, sheet: MemorySheet): unknown {
    return sheet.charts.length;
  }
  protected override loadItems(run: BatchRun, paths: string[]): boolean {
    const sheet = this.target(run);
    const items = sheet.charts.map((chart) => {
      const proxy = new MemChart(this.engine, () => ({ sheet, chart }));
      proxy.runLoad(run, paths);
      return proxy;
    });
    this.loadedOnCommit(run, "items", items);
    return true;
  }
  get items(): XlChart[] {
    return this.read("items");
  }
  get count(): number {
    return this.read("count");
  }
  add(type: XlChartType, sourceData: XlRange, seriesBy: XlChartSeriesBy = "Auto"): XlChart {
    return new MemChart(
      this.engine,
      (run) => {
        const sheet = this.target(run);
        sheet.assertEditable("chart");
        if (!CHART_TYPES.includes(type)) throw new XlApiError("InvalidArgument", `"${String(type)}" is not a chart type the add-in uses.`, "ChartCollection.add");
        if (!(sourceData instanceof MemRange)) throw new XlApiError("InvalidArgument", "The chart source must be a range of this request context.", "ChartCollection.add");
        const source = sourceData.target(run);
        const chart: MemoryChart = {
          id: run.workbook.newId("CHART"),
          name: run.workbook.nextChartName(),
          chartType: type,
          source: qualifiedAddress(source.sheet.name, source.rect),
          seriesBy,
          title: { text: "", visible: false },
          top: 0,
          left: 0,
          width: 360,
          height: 216,
          series: seriesFromSource(source.sheet, source.rect, seriesBy, sheet),
        };
        sheet.charts.push(chart);
        return { sheet, chart };
      },
      { label: "ChartCollection.add", args: [type, sourceData, seriesBy] },
    );
  }
  getItem(name: string): XlChart {
    return new MemChart(
      this.engine,
      (run) => {
        const found = this.find(run, name);
        if (!found) throw new XlApiError("ItemNotFound", `There is no chart named "${name}" on this sheet.`, "ChartCollection.getItem");
        return found;
      },
      { label: "ChartCollection.getItem", args: [name] },
    );
  }
  getItemOrNullObject(name: string): XlChart {
    return new MemChart(this.engine, (run) => this.find(run, name) ?? null, { label: "ChartCollection.getItemOrNullObject", args: [name] });
  }
  private find(run: BatchRun, name: string): ChartBinding | undefined {
    const sheet = this.target(run);
    const chart = sheet.charts.find((c) => c.name === name);
    return chart ? { sheet, chart } : undefined;
  }
}

export class MemChart extends ProxyBase<ChartBinding> implements XlChart {
  private titleProxy: MemChartTitle | undefined;
  private seriesProxy: MemChartSeriesCollection | undefined;
  constructor(engine: Engine, resolver: Resolver<ChartBinding>, creation?: { label: string; args: readonly unknown[] }) {
    super(engine, "Chart", resolver, creation);
  }
  protected override assertAlive(value: ChartBinding, run: BatchRun): void {
    assertChartAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return ["id", "name", "chartType", "top", "left", "width", "height"];
  }
  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    if (name === "series") return this.series as MemChartSeriesCollection;
    return name === "title" ? (this.title as MemChartTitle) : undefined;
  }
  protected readScalar(name: string, { chart }: ChartBinding): unknown {
    switch (name) {
      case "id":
        return chart.id;
      case "name":
        return chart.name;
      case "chartType":
        return chart.chartType;
      case "top":
        return chart.top;
      case "left":
        return chart.left;
      case "width":
        return chart.width;
      default:
        return chart.height;
    }
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queueSet("name", name, ({ sheet, chart }) => {
      if (typeof name !== "string" || name.trim() === "") throw new XlApiError("InvalidArgument", "A chart needs a name.", "Chart.name");
      if (sheet.charts.some((c) => c !== chart && c.name === name)) throw new XlApiError("InvalidArgument", `A chart named "${name}" already exists on this sheet.`, "Chart.name");
      chart.name = name;
    });
  }
  get chartType(): string {
    return this.read("chartType");
  }
  set chartType(type: string) {
    this.queueSet("chartType", type, ({ chart }) => {
      if (!CHART_TYPES.includes(type as XlChartType)) throw new XlApiError("InvalidArgument", `"${type}" is not a chart type the add-in uses.`, "Chart.chartType");
      chart.chartType = type;
    });
  }
  private numberSetter(name: "top" | "left" | "width" | "height", value: number): void {
    this.queueSet(name, value, ({ chart }) => {
      if (!Number.isFinite(value) || value < 0) throw new XlApiError("InvalidArgument", `Chart ${name} must be a number of points of at least 0.`, `Chart.${name}`);
      chart[name] = value;
    });
  }
  get top(): number {
    return this.read("top");
  }
  set top(value: number) {
    this.numberSetter("top", value);
  }
  get left(): number {
    return this.read("left");
  }
  set left(value: number) {
    this.numberSetter("left", value);
  }
  get width(): number {
    return this.read("width");
  }
  set width(value: number) {
    this.numberSetter("width", value);
  }
  get height(): number {
    return this.read("height");
  }
  set height(value: number) {
    this.numberSetter("height", value);
  }
  get title(): XlChartTitle {
    this.titleProxy ??= new MemChartTitle(this.engine, (run) => this.resolve(run));
    return this.titleProxy;
  }
  get series(): XlChartSeriesCollection {
    this.seriesProxy ??= new MemChartSeriesCollection(this.engine, (run) => this.resolve(run));
    return this.seriesProxy;
  }
  delete(): void {
    this.queueCall("delete", [], ({ sheet, chart }) => {
      sheet.assertEditable("chart");
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }
  /** Places the chart over the cells from startCell to endCell, in points like Excel. */
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void {
    this.queueCall("setPosition", [startCell, endCell], ({ sheet, chart }, run) => {
      const start = rangeArgument(run, startCell, sheet, "Chart.setPosition", parseAddress).rects[0];
      const end = endCell === undefined ? undefined : rangeArgument(run, endCell, sheet, "Chart.setPosition", parseAddress).rects[0];
      if (!start) throw new XlApiError("InvalidArgument", "setPosition needs a start cell.", "Chart.setPosition");
      const x = (column: number) => {
        let points = 0;
        for (let c = 0; c < column; c++) points += sheet.columnWidth(c);
        return points;
      };
      const y = (row: number) => {
        let points = 0;
        for (let r = 0; r < row; r++) points += sheet.rowHeight(r);
        return points;
      };
      chart.left = x(start.column);
      chart.top = y(start.row);
      if (end) {
        chart.width = x(end.column + end.columnCount) - chart.left;
        chart.height = y(end.row + end.rowCount) - chart.top;
      }
      const startText = typeof startCell === "string" ? startCell : qualifiedAddress(sheet.name, start);
      const endText = endCell === undefined ? undefined : typeof endCell === "string" ? endCell : end ? qualifiedAddress(sheet.name, end) : undefined;
      chart.position = endText === undefined ? { start: startText } : { start: startText, end: endText };
    });
  }
}

export class MemChartTitle extends ProxyBase<ChartBinding> implements XlChartTitle {
  constructor(engine: Engine, resolver: Resolver<ChartBinding>) {
    super(engine, "ChartTitle", resolver);
  }
  protected override assertAlive(value: ChartBinding, run: BatchRun): void {
    assertChartAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return ["text", "visible"];
  }
  protected readScalar(name: string, { chart }: ChartBinding): unknown {
    return name === "text" ? chart.title.text : chart.title.visible;
  }
  get text(): string {
    return this.read("text");
  }
  set text(text: string) {
    this.queueSet("text", text, ({ chart }) => {
      chart.title = { text, visible: true };
    });
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(visible: boolean) {
    this.queueSet("visible", visible, ({ chart }) => {
      chart.title = { ...chart.title, visible };
    });
  }
}
