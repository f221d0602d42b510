/**
 * Chart series proxies of the in-memory Excel (Chart.series): name, values and x-axis values
 * as ranges, added and deleted like Excel's ChartSeriesCollection / ChartSeries (ExcelApi 1.7).
 */

import { qualifiedAddress, rectAddress } from "../address";
import type { XlChartSeries, XlChartSeriesCollection, XlRange } from "../office/excel-api";
import { type BatchRun, type Engine, ProxyBase, type Resolver } from "./engine";
import { XlApiError } from "./errors";
import type { MemoryChartSeries } from "./model";
import { type ChartBinding, assertChartAlive } from "./proxies-chart";
import { MemRange } from "./proxies-range";

interface SeriesBinding extends ChartBinding {
  series: MemoryChartSeries;
}

export class MemChartSeriesCollection extends ProxyBase<ChartBinding> implements XlChartSeriesCollection {
  constructor(engine: Engine, resolver: Resolver<ChartBinding>) {
    super(engine, "ChartSeriesCollection", resolver);
  }
  protected override assertAlive(value: ChartBinding, run: BatchRun): void {
    assertChartAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(_name: string, { chart }: ChartBinding): unknown {
    return chart.series.length;
  }
  protected override loadItems(run: BatchRun, paths: string[]): boolean {
    const binding = this.target(run);
    const items = binding.chart.series.map((series) => {
      const proxy = new MemChartSeries(this.engine, () => ({ ...binding, series }));
      proxy.runLoad(run, paths);
      return proxy;
    });
    this.loadedOnCommit(run, "items", items);
    return true;
  }
  get items(): XlChartSeries[] {
    return this.read("items");
  }
  get count(): number {
    return this.read("count");
  }
  add(name?: string, index?: number): XlChartSeries {
    return new MemChartSeries(
      this.engine,
      (run) => {
        const binding = this.target(run);
        binding.sheet.assertEditable("chart");
        const list = binding.chart.series;
        if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > list.length)) {
          throw new XlApiError("InvalidArgument", `A series can be added at 0..${list.length}, not ${index}.`, "ChartSeriesCollection.add");
        }
        const series: MemoryChartSeries = { name: name ?? `Series${list.length + 1}` };
        list.splice(index ?? list.length, 0, series);
        return { ...binding, series };
      },
      { label: "ChartSeriesCollection.add", args: [name, index] },
    );
  }
  getItemAt(index: number): XlChartSeries {
    return new MemChartSeries(
      this.engine,
      (run) => {
        const binding = this.target(run);
        const series = binding.chart.series[index];
        if (!series) throw new XlApiError("ItemNotFound", `The chart "${binding.chart.name}" has no series ${index}.`, "ChartSeriesCollection.getItemAt");
        return { ...binding, series };
      },
      { label: "ChartSeriesCollection.getItemAt", args: [index] },
    );
  }
}

export class MemChartSeries extends ProxyBase<SeriesBinding> implements XlChartSeries {
  constructor(engine: Engine, resolver: Resolver<SeriesBinding>, creation?: { label: string; args: readonly unknown[] }) {
    super(engine, "ChartSeries", resolver, creation);
  }
  protected override assertAlive(value: SeriesBinding, run: BatchRun): void {
    assertChartAlive(run, value);
    if (!value.chart.series.includes(value.series)) throw new XlApiError("ItemNotFound", "The chart series has been deleted.", "ChartSeries");
  }
  protected scalarNames(): readonly string[] {
    return ["name"];
  }
  protected readScalar(_name: string, { series }: SeriesBinding): unknown {
    return series.name;
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queueSet("name", name, ({ sheet, series }) => {
      sheet.assertEditable("chart");
      if (typeof name !== "string") throw new XlApiError("InvalidArgument", "A series name must be text.", "ChartSeries.name");
      series.name = name;
    });
  }
  delete(): void {
    this.queueCall("delete", [], ({ sheet, chart, series }) => {
      sheet.assertEditable("chart");
      chart.series.splice(chart.series.indexOf(series), 1);
    });
  }
  setValues(sourceData: XlRange): void {
    this.queueCall("setValues", [sourceData], (binding, run) => {
      binding.series.values = this.sourceAddress(binding, run, sourceData, "ChartSeries.setValues");
    });
  }
  setXAxisValues(sourceData: XlRange): void {
    this.queueCall("setXAxisValues", [sourceData], (binding, run) => {
      binding.series.xValues = this.sourceAddress(binding, run, sourceData, "ChartSeries.setXAxisValues");
    });
  }
  private sourceAddress({ sheet }: SeriesBinding, run: BatchRun, sourceData: XlRange, where: string): string {
    sheet.assertEditable("chart");
    if (!(sourceData instanceof MemRange)) throw new XlApiError("InvalidArgument", "The series data must be a range of this request context.", where);
    const source = sourceData.target(run);
    // Excel draws one line of cells per series: a block of several rows and columns is refused.
    if (source.rect.rowCount > 1 && source.rect.columnCount > 1) throw new XlApiError("InvalidArgument", "Series data must be a single row or column.", where);
    // A range on the chart's own sheet is kept without the sheet's name, so the chart still
    // draws it after the sheet is renamed, as Excel updates its series when a sheet is renamed.
    return source.sheet === sheet ? rectAddress(source.rect) : qualifiedAddress(source.sheet.name, source.rect);
  }
}
