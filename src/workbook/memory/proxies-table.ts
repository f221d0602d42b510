/**
 * Table proxies of the in-memory Excel: collections (workbook- or sheet-scoped), tables,
 * their columns, rows and auto filter.
 */

import { MAX_ROWS, type Rect, parseAddress } from "../address";
import type {
  XlAutoFilter,
  XlRange,
  XlTable,
  XlTableCollection,
  XlTableColumn,
  XlTableColumnCollection,
  XlTableRowCollection,
  XlWorksheet,
} from "../office/excel-api";
import { type BatchRun, type Engine, ProxyBase, type Resolver } from "./engine";
import { XlApiError } from "./errors";
import type { CellValue, MemorySheet, MemoryTable, MemoryWorkbook } from "./model";
import { MemRange, assertSheetAlive, checkedRect } from "./proxies-range";
import { MemWorksheet } from "./proxies-sheet";

type Creation = { label: string; args: readonly unknown[] };

interface TableScope {
  workbook: MemoryWorkbook;
  /** undefined: every table of the workbook. */
  sheet: MemorySheet | undefined;
}

interface TableBinding {
  table: MemoryTable;
  sheet: MemorySheet;
}

const BUILT_IN_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function bindingOf(workbook: MemoryWorkbook, table: MemoryTable): TableBinding {
  const sheet = workbook.sheetById(table.sheetId);
  if (!sheet) throw new XlApiError("ItemNotFound", `The table "${table.name}" has been deleted.`, "Table");
  return { table, sheet };
}

function assertTableAlive(run: BatchRun, { table, sheet }: TableBinding): void {
  assertSheetAlive(run, sheet);
  if (!sheet.tables.includes(table)) throw new XlApiError("ItemNotFound", `The table "${table.name}" has been deleted.`, "Table");
}

export class MemTableCollection extends ProxyBase<TableScope> implements XlTableCollection {
  constructor(engine: Engine, resolver: Resolver<TableScope>) {
    super(engine, "TableCollection", resolver);
  }
  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(_name: string, scope: TableScope): unknown {
    return this.tablesIn(scope).length;
  }
  private tablesIn(scope: TableScope): MemoryTable[] {
    return scope.sheet ? [...scope.sheet.tables] : scope.workbook.allTables();
  }
  protected override loadItems(run: BatchRun, paths: string[]): boolean {
    const scope = this.target(run);
    const items = this.tablesIn(scope).map((table) => {
      const proxy = new MemTable(this.engine, () => bindingOf(run.workbook, table));
      proxy.runLoad(run, paths);
      return proxy;
    });
    this.loadedOnCommit(run, "items", items);
    return true;
  }
  get items(): XlTable[] {
    return this.read("items");
  }
  get count(): number {
    return this.read("count");
  }
  add(address: XlRange | string, hasHeaders: boolean): XlTable {
    return new MemTable(
      this.engine,
      (run) => {
        const scope = this.target(run);
        let sheet: MemorySheet;
        let rect: Rect;
        if (typeof address === "string") {
          const parsed = parseAddress(address);
          if (!parsed) throw new XlApiError("InvalidArgument", `"${address}" is not a valid range address.`, "TableCollection.add");
          const named = parsed.sheet === undefined ? undefined : run.workbook.getSheet(parsed.sheet);
          if (parsed.sheet !== undefined && !named) throw new XlApiError("ItemNotFound", `There is no sheet named "${parsed.sheet}".`, "TableCollection.add");
          if (scope.sheet && named && named !== scope.sheet) throw new XlApiError("InvalidArgument", `"${address}" is not on this worksheet.`, "TableCollection.add");
          sheet = named ?? scope.sheet ?? run.workbook.activeSheet();
          rect = parsed.rect;
        } else if (address instanceof MemRange) {
          const b = address.target(run);
          sheet = b.sheet;
          rect = b.rect;
        } else {
          throw new XlApiError("InvalidArgument", "Expected an address or a range of this request context.", "TableCollection.add");
        }
        if (!hasHeaders) {
          throw new XlApiError("NotImplemented", "The in-memory Excel only creates tables whose first row holds the headers (hasHeaders = true).", "TableCollection.add");
        }
        const table = run.workbook.addTable(sheet, checkedRect(rect, "TableCollection.add"));
        return { table, sheet };
      },
      { label: "TableCollection.add", args: [address, hasHeaders] },
    );
  }
  getItem(key: string): XlTable {
    return new MemTable(
      this.engine,
      (run) => {
        const found = this.find(run, key);
        if (!found) throw new XlApiError("ItemNotFound", `The requested resource doesn't exist: there is no table named "${key}".`, "TableCollection.getItem");
        return found;
      },
      { label: "TableCollection.getItem", args: [key] },
    );
  }
  getItemOrNullObject(key: string): XlTable {
    return new MemTable(this.engine, (run) => this.find(run, key) ?? null, { label: "TableCollection.getItemOrNullObject", args: [key] });
  }
  private find(run: BatchRun, key: string): TableBinding | undefined {
    const scope = this.target(run);
    const lower = key.toLowerCase();
    const table = this.tablesIn(scope).find((t) => t.id === key || t.name.toLowerCase() === lower);
    return table ? bindingOf(run.workbook, table) : undefined;
  }
}

export class MemTable extends ProxyBase<TableBinding> implements XlTable {
  private columnsProxy: MemTableColumnCollection | undefined;
  private rowsProxy: MemTableRowCollection | undefined;
  private sheetProxy: MemWorksheet | undefined;
  private autoFilterProxy: MemTableAutoFilter | undefined;

  constructor(engine: Engine, resolver: Resolver<TableBinding>, creation?: Creation) {
    super(engine, "Table", resolver, creation);
  }
  protected override assertAlive(value: TableBinding, run: BatchRun): void {
    assertTableAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return ["id", "name", "showHeaders", "showTotals", "style"];
  }
  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    if (name === "columns") return this.columns as MemTableColumnCollection;
    if (name === "rows") return this.rows as MemTableRowCollection;
    if (name === "worksheet") return this.worksheet as MemWorksheet;
    if (name === "autoFilter") return this.autoFilter as MemTableAutoFilter;
    return undefined;
  }
  protected readScalar(name: string, { table }: TableBinding): unknown {
    switch (name) {
      case "id":
        return table.id;
      case "name":
        return table.name;
      case "showHeaders":
        return table.showHeaders;
      case "showTotals":
        return table.showTotals;
      default:
        return table.style;
    }
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queueSet("name", name, ({ table }, run) => run.workbook.renameTable(table, name));
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  set showHeaders(value: boolean) {
    this.queueSet("showHeaders", value, ({ table }) => {
      if (!value) throw new XlApiError("NotImplemented", "The in-memory Excel keeps table header rows shown.", "Table.showHeaders");
      table.showHeaders = true;
    });
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set showTotals(value: boolean) {
    this.queueSet("showTotals", value, ({ table, sheet }) => {
      sheet.assertEditable("table");
      if (value === table.showTotals) return;
      if (value) {
        const totalsRow = table.rect.row + table.rect.rowCount;
        table.rect = { ...table.rect, rowCount: table.rect.rowCount + 1 };
        sheet.setRawValue(totalsRow, table.rect.column, "Total");
      } else {
        const totalsRow = table.rect.row + table.rect.rowCount - 1;
        sheet.forEachCellIn({ ...table.rect, row: totalsRow, rowCount: 1 }, (r, c) => sheet.clearCell(r, c, { contents: true }));
        table.rect = { ...table.rect, rowCount: table.rect.rowCount - 1 };
      }
      table.showTotals = value;
    });
  }
  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.queueSet("style", style, ({ table, sheet }) => {
      if (style !== "" && !BUILT_IN_STYLE.test(style)) throw new XlApiError("InvalidArgument", `"${style}" is not a table style.`, "Table.style");
      sheet.assertEditable("table");
      table.style = style;
    });
  }
  get columns(): XlTableColumnCollection {
    this.columnsProxy ??= new MemTableColumnCollection(this.engine, (run) => this.resolve(run));
    return this.columnsProxy;
  }
  get rows(): XlTableRowCollection {
    this.rowsProxy ??= new MemTableRowCollection(this.engine, (run) => this.resolve(run));
    return this.rowsProxy;
  }
  get worksheet(): XlWorksheet {
    this.sheetProxy ??= new MemWorksheet(this.engine, (run) => {
      const b = this.resolve(run);
      return b === null ? null : b.sheet;
    });
    return this.sheetProxy;
  }
  get autoFilter(): XlAutoFilter {
    this.autoFilterProxy ??= new MemTableAutoFilter(this.engine, (run) => this.resolve(run));
    return this.autoFilterProxy;
  }
  clearFilters(): void {
    this.queueCall("clearFilters", [], ({ table }) => {
      table.filtered = false;
    });
  }
  delete(): void {
    this.queueCall("delete", [], ({ table }, run) => run.workbook.deleteTable(table));
  }
  resize(newRange: XlRange | string): void {
    this.queueCall("resize", [newRange], ({ table, sheet }, run) => {
      let rect: Rect;
      if (typeof newRange === "string") {
        const parsed = parseAddress(newRange);
        if (!parsed) throw new XlApiError("InvalidArgument", `"${newRange}" is not a valid range address.`, "Table.resize");
        if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
          throw new XlApiError("InvalidArgument", `"${newRange}" is not on the table's worksheet.`, "Table.resize");
        }
        rect = parsed.rect;
      } else if (newRange instanceof MemRange) {
        const bound = newRange.target(run);
        if (bound.sheet !== sheet) throw new XlApiError("InvalidArgument", "The new range is not on the table's worksheet.", "Table.resize");
        rect = bound.rect;
      } else {
        throw new XlApiError("InvalidArgument", "Expected an address or a range of this request context.", "Table.resize");
      }
      run.workbook.resizeTable(table, checkedRect(rect, "Table.resize"));
    });
  }
  private part(label: string, rect: (table: MemoryTable) => Rect): XlRange {
    return new MemRange(
      this.engine,
      (run) => {
        const b = this.target(run);
        const r = rect(b.table);
        if (r.rowCount < 1) throw new XlApiError("ItemNotFound", `The table "${b.table.name}" has no such rows.`, `Table.${label}`);
        return { sheet: b.sheet, rect: r };
      },
      { label: `Table.${label}`, args: [] },
    );
  }
  getRange(): XlRange {
    return this.part("getRange", (t) => t.rect);
  }
  getHeaderRowRange(): XlRange {
    return this.part("getHeaderRowRange", (t) => t.headerRect());
  }
  getDataBodyRange(): XlRange {
    return this.part("getDataBodyRange", (t) => t.dataBodyRect());
  }
}

interface ColumnBinding extends TableBinding {
  id: number;
}

export class MemTableColumnCollection extends ProxyBase<TableBinding> implements XlTableColumnCollection {
  constructor(engine: Engine, resolver: Resolver<TableBinding>) {
    super(engine, "TableColumnCollection", resolver);
  }
  protected override assertAlive(value: TableBinding, run: BatchRun): void {
    assertTableAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(_name: string, { table }: TableBinding): unknown {
    return table.columns.length;
  }
  protected override loadItems(run: BatchRun, paths: string[]): boolean {
    const b = this.target(run);
    const items = b.table.columns.map((col) => {
      const proxy = new MemTableColumn(this.engine, () => ({ ...b, id: col.id }));
      proxy.runLoad(run, paths);
      return proxy;
    });
    this.loadedOnCommit(run, "items", items);
    return true;
  }
  get items(): XlTableColumn[] {
    return this.read("items");
  }
  get count(): number {
    return this.read("count");
  }
  private find(run: BatchRun, key: number | string): ColumnBinding | undefined {
    const b = this.target(run);
    const col =
      typeof key === "number"
        ? b.table.columns.find((c) => c.id === key)
        : b.table.columns.find((c) => c.name.toLowerCase() === key.toLowerCase() || String(c.id) === key);
    return col ? { ...b, id: col.id } : undefined;
  }
  getItem(key: number | string): XlTableColumn {
    return new MemTableColumn(
      this.engine,
      (run) => {
        const found = this.find(run, key);
        if (!found) throw new XlApiError("ItemNotFound", `The table has no column "${String(key)}".`, "TableColumnCollection.getItem");
        return found;
      },
      { label: "TableColumnCollection.getItem", args: [key] },
    );
  }
  getItemOrNullObject(key: number | string): XlTableColumn {
    return new MemTableColumn(this.engine, (run) => this.find(run, key) ?? null, { label: "TableColumnCollection.getItemOrNullObject", args: [key] });
  }
}

export class MemTableColumn extends ProxyBase<ColumnBinding> implements XlTableColumn {
  constructor(engine: Engine, resolver: Resolver<ColumnBinding>, creation?: Creation) {
    super(engine, "TableColumn", resolver, creation);
  }
  protected override assertAlive(value: ColumnBinding, run: BatchRun): void {
    assertTableAlive(run, value);
    if (this.indexOf(value) < 0) throw new XlApiError("ItemNotFound", "The table column has been deleted.", "TableColumn");
  }
  private indexOf({ table, id }: ColumnBinding): number {
    return table.columns.findIndex((c) => c.id === id);
  }
  protected scalarNames(): readonly string[] {
    return ["id", "index", "name"];
  }
  protected readScalar(name: string, b: ColumnBinding): unknown {
    const index = this.indexOf(b);
    if (name === "id") return b.id;
    if (name === "index") return index;
    return b.table.columns[index]?.name ?? "";
  }
  get id(): number {
    return this.read("id");
  }
  get index(): number {
    return this.read("index");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queueSet("name", name, (b, run) => {
      b.sheet.assertEditable("table");
      const index = this.indexOf(b);
      if (typeof name !== "string" || name === "") throw new XlApiError("InvalidArgument", "A table column needs a name.", "TableColumn.name");
      if (b.table.columns.some((c, i) => i !== index && c.name.toLowerCase() === name.toLowerCase())) {
        throw new XlApiError("InvalidArgument", `The table already has a column named "${name}".`, "TableColumn.name");
      }
      b.sheet.setRawValue(b.table.rect.row, b.table.rect.column + index, name);
      run.workbook.refreshTableHeaders(b.sheet, b.table);
    });
  }
  private part(label: string, rect: (table: MemoryTable, index: number) => Rect): XlRange {
    return new MemRange(
      this.engine,
      (run) => {
        const b = this.target(run);
        return { sheet: b.sheet, rect: rect(b.table, this.indexOf(b)) };
      },
      { label: `TableColumn.${label}`, args: [] },
    );
  }
  getRange(): XlRange {
    return this.part("getRange", (t, i) => ({ ...t.rect, column: t.rect.column + i, columnCount: 1 }));
  }
  getHeaderRowRange(): XlRange {
    return this.part("getHeaderRowRange", (t, i) => ({ ...t.headerRect(), column: t.rect.column + i, columnCount: 1 }));
  }
  getDataBodyRange(): XlRange {
    return this.part("getDataBodyRange", (t, i) => ({ ...t.dataBodyRect(), column: t.rect.column + i, columnCount: 1 }));
  }
}

export class MemTableRowCollection extends ProxyBase<TableBinding> implements XlTableRowCollection {
  constructor(engine: Engine, resolver: Resolver<TableBinding>) {
    super(engine, "TableRowCollection", resolver);
  }
  protected override assertAlive(value: TableBinding, run: BatchRun): void {
    assertTableAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(_name: string, { table }: TableBinding): unknown {
    return table.dataBodyRect().rowCount;
  }
  get count(): number {
    return this.read("count");
  }
  /** Appends rows at the bottom (the only position modelled), into empty cells. */
  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number): unknown {
    this.queueCall("rows.add", [index, values], ({ table, sheet }, run) => {
      sheet.assertEditable("table");
      if (table.filtered) throw new XlApiError("FilteredRangeConflict", `Rows cannot be added to the filtered table "${table.name}".`, "TableRowCollection.add");
      const body = table.dataBodyRect();
      if (index !== undefined && index !== null && index !== body.rowCount) {
        throw new XlApiError("NotImplemented", "The in-memory Excel only appends table rows at the end.", "TableRowCollection.add");
      }
      const rows: Array<Array<CellValue>> =
        values === undefined ? [new Array<CellValue>(table.columns.length).fill("")] : Array.isArray(values) ? values : [new Array<CellValue>(table.columns.length).fill(values)];
      if (rows.some((r) => r.length !== table.columns.length)) {
        throw new XlApiError("InvalidArgument", `Each new row needs ${table.columns.length} values.`, "TableRowCollection.add");
      }
      const insertAt = body.row + body.rowCount;
      // New rows push the table (and its totals row) down into the cells below it.
      const tableEnd = table.rect.row + table.rect.rowCount;
      const below: Rect = { row: tableEnd, column: table.rect.column, rowCount: rows.length, columnCount: table.columns.length };
      let occupied = 0;
      if (tableEnd + rows.length <= MAX_ROWS) {
        sheet.forEachCellIn(below, (_r, _c, cell) => {
          if (cell.value !== "" || cell.formula !== undefined) occupied += 1;
        });
      }
      if (occupied > 0 || tableEnd + rows.length > MAX_ROWS) {
        throw new XlApiError("InvalidOperation", "The cells below the table are not empty; the in-memory Excel does not shift cells down.", "TableRowCollection.add");
      }
      if (table.showTotals) {
        // Move the totals row down by the number of new rows.
        const totalsRow = insertAt;
        const totals: Array<CellValue> = [];
        for (let c = 0; c < table.columns.length; c++) {
          totals.push(sheet.cell(totalsRow, table.rect.column + c)?.value ?? "");
          sheet.clearCell(totalsRow, table.rect.column + c, { contents: true });
        }
        totals.forEach((v, c) => sheet.setRawValue(totalsRow + rows.length, table.rect.column + c, v));
      }
      rows.forEach((row, r) => row.forEach((v, c) => sheet.typeValue(insertAt + r, table.rect.column + c, v, run.workbook.inputOptions)));
      table.rect = { ...table.rect, rowCount: table.rect.rowCount + rows.length };
      run.recordChange(sheet, { row: insertAt, column: table.rect.column, rowCount: rows.length, columnCount: table.columns.length });
    });
    return undefined;
  }
}

export class MemTableAutoFilter extends ProxyBase<TableBinding> implements XlAutoFilter {
  constructor(engine: Engine, resolver: Resolver<TableBinding>) {
    super(engine, "AutoFilter", resolver);
  }
  protected override assertAlive(value: TableBinding, run: BatchRun): void {
    assertTableAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return ["enabled", "isDataFiltered"];
  }
  protected readScalar(name: string, { table }: TableBinding): unknown {
    return name === "enabled" ? table.showFilterButton : table.filtered;
  }
  get enabled(): boolean {
    return this.read("enabled");
  }
  get isDataFiltered(): boolean {
    return this.read("isDataFiltered");
  }
  clearCriteria(): void {
    this.queueCall("clearCriteria", [], ({ table }) => {
      table.filtered = false;
    });
  }
  remove(): void {
    this.queueCall("remove", [], ({ table }) => {
      table.filtered = false;
      table.showFilterButton = false;
    });
  }
  getRangeOrNullObject(): XlRange {
    return new MemRange(
      this.engine,
      (run) => {
        const b = this.resolve(run);
        if (b === null || !b.table.showFilterButton) return null;
        const rect = b.table.showTotals ? { ...b.table.rect, rowCount: b.table.rect.rowCount - 1 } : b.table.rect;
        return { sheet: b.sheet, rect };
      },
      { label: "AutoFilter.getRangeOrNullObject", args: [] },
    );
  }
}
