/**
 * Formatting proxies of a range: format (fill, font, widths, alignment), data validation and
 * conditional formats.
 */

import { type Rect, absoluteRectAddress, quoteSheetName, rectCellCount, rectContains, rectsIntersect } from "../address";
import type {
  XlCellValueConditionalFormat,
  XlConditionalCellValueRule,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlConditionalFormatRule,
  XlConditionalFormatType,
  XlConditionalRangeFill,
  XlConditionalRangeFont,
  XlConditionalRangeFormat,
  XlCustomConditionalFormat,
  XlDataValidation,
  XlDataValidationErrorAlert,
  XlDataValidationRule,
  XlDataValidationType,
  XlHorizontalAlignment,
  XlRange,
  XlRangeFill,
  XlRangeFont,
  XlRangeFormat,
  XlVerticalAlignment,
} from "../office/excel-api";
import { normalizeColor } from "./colors";
import { type BatchRun, type Engine, ProxyBase, type Resolver } from "./engine";
import { XlApiError } from "./errors";
import { DEFAULT_COLUMN_WIDTH, type CellStyle, type ConditionalFormatEntry, type MemoryCell, type MemorySheet, type ValidationErrorAlert } from "./model";
import { formatCellText } from "./number-format";
import { MAX_FORMATTED_CELLS, MemRange, type RangeBinding, assertSheetAlive } from "./proxies-range";

const HORIZONTAL: readonly XlHorizontalAlignment[] = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL: readonly XlVerticalAlignment[] = ["Top", "Center", "Bottom", "Justify", "Distributed"];

function assertFormattable(rect: Rect, where: string): void {
  if (rectCellCount(rect) > MAX_FORMATTED_CELLS) {
    throw new XlApiError(
      "NotImplemented",
      `The in-memory Excel formats cells one by one and refuses more than ${MAX_FORMATTED_CELLS} at once; format the used rows instead of whole columns.`,
      where,
    );
  }
}

/** The common value of a style field over a range, or null when cells differ (as Office.js). */
function uniform<T>(sheet: MemorySheet, rect: Rect, pick: (cell: MemoryCell | undefined) => T): T | null {
  assertFormattable(rect, "RangeFormat.load");
  let first: { value: T } | undefined;
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
      const v = pick(sheet.cell(r, c));
      if (!first) first = { value: v };
      else if (first.value !== v) return null;
    }
  }
  return first ? first.value : null;
}

function patchEach(sheet: MemorySheet, rect: Rect, patch: CellStyle, where: string): void {
  sheet.assertEditable();
  assertFormattable(rect, where);
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.patchStyle(r, c, patch);
  }
}

export class MemRangeFormat extends ProxyBase<RangeBinding> implements XlRangeFormat {
  private fillProxy: MemRangeFill | undefined;
  private fontProxy: MemRangeFont | undefined;

  constructor(engine: Engine, resolver: Resolver<RangeBinding>) {
    super(engine, "RangeFormat", resolver);
  }

  protected override assertAlive(value: RangeBinding, run: BatchRun): void {
    assertSheetAlive(run, value.sheet);
  }

  protected scalarNames(): readonly string[] {
    return ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"];
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    if (name === "fill") return this.fill as MemRangeFill;
    if (name === "font") return this.font as MemRangeFont;
    return undefined;
  }

  protected readScalar(name: string, { sheet, rect }: RangeBinding): unknown {
    switch (name) {
      case "columnWidth": {
        const widths = new Set<number>();
        for (let c = rect.column; c < rect.column + Math.min(rect.columnCount, 16_384); c++) widths.add(sheet.columnWidth(c));
        return widths.size === 1 ? [...widths][0] : null;
      }
      case "rowHeight": {
        if (rect.rowCount > MAX_FORMATTED_CELLS) return null;
        const heights = new Set<number>();
        for (let r = rect.row; r < rect.row + rect.rowCount; r++) heights.add(sheet.rowHeight(r));
        return heights.size === 1 ? [...heights][0] : null;
      }
      case "horizontalAlignment":
        return uniform(sheet, rect, (c) => c?.style?.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return uniform(sheet, rect, (c) => c?.style?.verticalAlignment ?? "Bottom");
      case "wrapText":
        return uniform(sheet, rect, (c) => c?.style?.wrapText ?? false);
      default:
        throw new XlApiError("InvalidArgument", `RangeFormat has no property '${name}'.`, "RangeFormat.load");
    }
  }

  get fill(): XlRangeFill {
    this.fillProxy ??= new MemRangeFill(this.engine, (run) => this.resolve(run));
    return this.fillProxy;
  }
  get font(): XlRangeFont {
    this.fontProxy ??= new MemRangeFont(this.engine, (run) => this.resolve(run));
    return this.fontProxy;
  }

  get columnWidth(): number | null {
    return this.read("columnWidth");
  }
  set columnWidth(width: number | null) {
    this.queueSet("columnWidth", width, ({ sheet, rect }) => {
      if (typeof width !== "number" || !Number.isFinite(width) || width < 0 || width > 1_800) {
        throw new XlApiError("InvalidArgument", `Column width ${String(width)} is not between 0 and 1800 points.`, "RangeFormat.columnWidth");
      }
      sheet.assertEditable("column");
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.columnWidths.set(c, width);
    });
  }
  get rowHeight(): number | null {
    return this.read("rowHeight");
  }
  set rowHeight(height: number | null) {
    this.queueSet("rowHeight", height, ({ sheet, rect }) => {
      if (typeof height !== "number" || !Number.isFinite(height) || height < 0 || height > 409) {
        throw new XlApiError("InvalidArgument", `Row height ${String(height)} is not between 0 and 409 points.`, "RangeFormat.rowHeight");
      }
      sheet.assertEditable("row");
      assertFormattable({ ...rect, columnCount: 1 }, "RangeFormat.rowHeight");
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) sheet.rowHeights.set(r, height);
    });
  }
  get horizontalAlignment(): XlHorizontalAlignment | null {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(value: XlHorizontalAlignment | null) {
    this.queueSet("horizontalAlignment", value, ({ sheet, rect }) => {
      if (value === null || !HORIZONTAL.includes(value)) throw new XlApiError("InvalidArgument", `"${String(value)}" is not a horizontal alignment.`, "RangeFormat.horizontalAlignment");
      patchEach(sheet, rect, { horizontalAlignment: value === "General" ? undefined : value }, "RangeFormat.horizontalAlignment");
    });
  }
  get verticalAlignment(): XlVerticalAlignment | null {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(value: XlVerticalAlignment | null) {
    this.queueSet("verticalAlignment", value, ({ sheet, rect }) => {
      if (value === null || !VERTICAL.includes(value)) throw new XlApiError("InvalidArgument", `"${String(value)}" is not a vertical alignment.`, "RangeFormat.verticalAlignment");
      patchEach(sheet, rect, { verticalAlignment: value === "Bottom" ? undefined : value }, "RangeFormat.verticalAlignment");
    });
  }
  get wrapText(): boolean | null {
    return this.read("wrapText");
  }
  set wrapText(value: boolean | null) {
    this.queueSet("wrapText", value, ({ sheet, rect }) => {
      if (typeof value !== "boolean") throw new XlApiError("InvalidArgument", "wrapText must be true or false.", "RangeFormat.wrapText");
      patchEach(sheet, rect, { wrapText: value ? true : undefined }, "RangeFormat.wrapText");
    });
  }

  /** Widths from the longest displayed text per column (about 5.25 points per character, as Calibri 11). */
  autofitColumns(): void {
    this.queueCall("autofitColumns", [], ({ sheet, rect }) => {
      sheet.assertEditable("column");
      const longest = new Map<number, number>();
      sheet.forEachCellIn(rect, (_row, column, cell) => {
        if (cell.value === "") return;
        const lines = formatCellText(cell.value, cell.numberFormat ?? "General").split("\n");
        const length = Math.max(...lines.map((l) => l.length));
        longest.set(column, Math.max(longest.get(column) ?? 0, length));
      });
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const chars = longest.get(c);
        sheet.columnWidths.set(c, chars === undefined ? DEFAULT_COLUMN_WIDTH : Math.min(1_800, Math.round((chars + 1) * 5.25 * 100) / 100));
      }
    });
  }

  autofitRows(): void {
    this.queueCall("autofitRows", [], ({ sheet, rect }) => {
      sheet.assertEditable("row");
      const lines = new Map<number, number>();
      sheet.forEachCellIn(rect, (row, _column, cell) => {
        const count = typeof cell.value === "string" ? cell.value.split("\n").length : 1;
        lines.set(row, Math.max(lines.get(row) ?? 1, count));
      });
      for (const [row, count] of lines) sheet.rowHeights.set(row, Math.min(409, 15 * count));
    });
  }
}

export class MemRangeFill extends ProxyBase<RangeBinding> implements XlRangeFill {
  constructor(engine: Engine, resolver: Resolver<RangeBinding>) {
    super(engine, "RangeFill", resolver);
  }
  protected override assertAlive(value: RangeBinding, run: BatchRun): void {
    assertSheetAlive(run, value.sheet);
  }
  protected scalarNames(): readonly string[] {
    return ["color"];
  }
  protected readScalar(_name: string, { sheet, rect }: RangeBinding): unknown {
    // Office.js reports unfilled cells as white.
    return uniform(sheet, rect, (c) => c?.style?.fillColor ?? "#FFFFFF");
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(color: string | null) {
    this.queueSet("color", color, ({ sheet, rect }) => patchEach(sheet, rect, { fillColor: normalizeColor(color, "RangeFill.color") }, "RangeFill.color"));
  }
  clear(): void {
    this.queueCall("clear", [], ({ sheet, rect }) => {
      sheet.assertEditable();
      sheet.forEachCellIn(rect, (row, column) => sheet.patchStyle(row, column, { fillColor: undefined }));
    });
  }
}

/** Excel's default font size (Calibri 11) in points. */
export const DEFAULT_FONT_SIZE = 11;

export class MemRangeFont extends ProxyBase<RangeBinding> implements XlRangeFont {
  constructor(engine: Engine, resolver: Resolver<RangeBinding>) {
    super(engine, "RangeFont", resolver);
  }
  protected override assertAlive(value: RangeBinding, run: BatchRun): void {
    assertSheetAlive(run, value.sheet);
  }
  protected scalarNames(): readonly string[] {
    return ["bold", "italic", "color", "size"];
  }
  protected readScalar(name: string, { sheet, rect }: RangeBinding): unknown {
    if (name === "bold") return uniform(sheet, rect, (c) => c?.style?.bold ?? false);
    if (name === "italic") return uniform(sheet, rect, (c) => c?.style?.italic ?? false);
    if (name === "size") return uniform(sheet, rect, (c) => c?.style?.fontSize ?? DEFAULT_FONT_SIZE);
    return uniform(sheet, rect, (c) => c?.style?.fontColor ?? "#000000");
  }
  get size(): number | null {
    return this.read("size");
  }
  set size(value: number | null) {
    this.queueSet("size", value, ({ sheet, rect }) => {
      // Excel's font size box takes 1 to 409 points, in half points.
      if (typeof value !== "number" || !Number.isFinite(value) || value < 1 || value > 409) {
        throw new XlApiError("InvalidArgument", "Font size must be between 1 and 409 points.", "RangeFont.size");
      }
      const size = Math.round(value * 2) / 2;
      patchEach(sheet, rect, { fontSize: size === DEFAULT_FONT_SIZE ? undefined : size }, "RangeFont.size");
    });
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(value: boolean | null) {
    this.queueSet("bold", value, ({ sheet, rect }) => {
      if (typeof value !== "boolean") throw new XlApiError("InvalidArgument", "bold must be true or false.", "RangeFont.bold");
      patchEach(sheet, rect, { bold: value ? true : undefined }, "RangeFont.bold");
    });
  }
  get italic(): boolean | null {
    return this.read("italic");
  }
  set italic(value: boolean | null) {
    this.queueSet("italic", value, ({ sheet, rect }) => {
      if (typeof value !== "boolean") throw new XlApiError("InvalidArgument", "italic must be true or false.", "RangeFont.italic");
      patchEach(sheet, rect, { italic: value ? true : undefined }, "RangeFont.italic");
    });
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(color: string | null) {
    this.queueSet("color", color, ({ sheet, rect }) => {
      const normalized = normalizeColor(color, "RangeFont.color");
      patchEach(sheet, rect, { fontColor: normalized === "#000000" ? undefined : normalized }, "RangeFont.color");
    });
  }
}

const DEFAULT_ALERT: ValidationErrorAlert = { message: "", showAlert: true, style: "Stop", title: "" };
/** Excel refuses a typed list ("a,b,c") longer than this; longer lists must come from cells. */
export const MAX_LIST_SOURCE_LENGTH = 255;

export class MemDataValidation extends ProxyBase<RangeBinding> implements XlDataValidation {
  constructor(engine: Engine, resolver: Resolver<RangeBinding>) {
    super(engine, "DataValidation", resolver);
  }
  protected override assertAlive(value: RangeBinding, run: BatchRun): void {
    assertSheetAlive(run, value.sheet);
  }
  protected scalarNames(): readonly string[] {
    return ["rule", "errorAlert", "ignoreBlanks", "type"];
  }
  protected readScalar(name: string, { sheet, rect }: RangeBinding): unknown {
    const touching = sheet.dataValidations.filter((v) => rectsIntersect(v.rect, rect));
    const covering = touching.length === 1 && touching[0] && rectContains(touching[0].rect, rect) ? touching[0] : undefined;
    switch (name) {
      case "type": {
        const type: XlDataValidationType = touching.length === 0 ? "None" : covering ? "List" : "Inconsistent";
        return type;
      }
      case "rule":
        return covering ? { list: { ...covering.list } } : {};
      case "errorAlert":
        return { ...(covering?.errorAlert ?? DEFAULT_ALERT) };
      default:
        return covering?.ignoreBlanks ?? true;
    }
  }
  get type(): XlDataValidationType {
    return this.read("type");
  }
  get rule(): XlDataValidationRule {
    return this.read("rule");
  }
  set rule(rule: XlDataValidationRule) {
    this.queueSet("rule", rule, ({ sheet, rect }, run) => {
      const list = rule?.list;
      if (!list) throw new XlApiError("NotImplemented", "The in-memory Excel supports list validation rules only.", "DataValidation.rule");
      let source: string;
      if (typeof list.source === "string") {
        source = list.source;
        if (!source.startsWith("=") && source.length > MAX_LIST_SOURCE_LENGTH) {
          throw new XlApiError(
            "InvalidArgument",
            `A typed list of choices can be at most ${MAX_LIST_SOURCE_LENGTH} characters (this one is ${source.length}); put the choices in cells and refer to them.`,
            "DataValidation.rule",
          );
        }
        if (source.trim() === "") throw new XlApiError("InvalidArgument", "The list of choices is empty.", "DataValidation.rule");
      } else if (list.source instanceof MemRange) {
        const b = list.source.target(run);
        source = `=${quoteSheetName(b.sheet.name)}!${absoluteRectAddress(b.rect)}`;
      } else {
        throw new XlApiError("InvalidArgument", "The list source must be text or a range of this request context.", "DataValidation.rule");
      }
      const existing = sheet.dataValidations.find((v) => rectContains(v.rect, rect));
      sheet.setListValidation(rect, {
        list: { inCellDropDown: list.inCellDropDown !== false, source },
        errorAlert: existing?.errorAlert ?? { ...DEFAULT_ALERT },
        ignoreBlanks: existing?.ignoreBlanks ?? true,
      });
    });
  }
  get errorAlert(): XlDataValidationErrorAlert {
    return this.read("errorAlert");
  }
  set errorAlert(alert: XlDataValidationErrorAlert) {
    this.queueSet("errorAlert", alert, ({ sheet, rect }) => this.updateCovered(sheet, rect, (v) => ({ ...v, errorAlert: { ...DEFAULT_ALERT, ...alert } })));
  }
  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.queueSet("ignoreBlanks", value, ({ sheet, rect }) => this.updateCovered(sheet, rect, (v) => ({ ...v, ignoreBlanks: value })));
  }
  clear(): void {
    this.queueCall("clear", [], ({ sheet, rect }) => sheet.clearValidation(rect));
  }

  private updateCovered(sheet: MemorySheet, rect: Rect, change: (v: MemorySheet["dataValidations"][number]) => MemorySheet["dataValidations"][number]): void {
    sheet.assertEditable();
    sheet.dataValidations = sheet.dataValidations.map((v) => (rectsIntersect(v.rect, rect) ? change(v) : v));
  }
}

interface CfBinding {
  sheet: MemorySheet;
  entry: ConditionalFormatEntry;
}

/**
 * The cells a conditional-format collection belongs to: one rectangle for a Range, several for
 * a RangeAreas (`worksheet.getRanges("A1:A3,C5")`), where `add` makes one format over them all.
 */
export interface ConditionalFormatScope {
  sheet: MemorySheet;
  rects: Rect[];
}

export class MemConditionalFormatCollection extends ProxyBase<ConditionalFormatScope> implements XlConditionalFormatCollection {
  constructor(engine: Engine, resolver: Resolver<ConditionalFormatScope>) {
    super(engine, "ConditionalFormatCollection", resolver);
  }
  protected override assertAlive(value: ConditionalFormatScope, run: BatchRun): void {
    assertSheetAlive(run, value.sheet);
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override loadItems(run: BatchRun, paths: string[]): boolean {
    const { sheet, rects } = this.target(run);
    const items = sheet.conditionalFormats
      .filter((cf) => cf.rects.some((r) => rects.some((mine) => rectsIntersect(r, mine))))
      .map((entry) => {
        const proxy = new MemConditionalFormat(this.engine, () => ({ sheet, entry }));
        proxy.runLoad(run, paths);
        return proxy;
      });
    this.loadedOnCommit(run, "items", items);
    return true;
  }
  get items(): XlConditionalFormat[] {
    return this.read("items");
  }
  add(type: XlConditionalFormatType): XlConditionalFormat {
    return new MemConditionalFormat(
      this.engine,
      (run) => {
        const { sheet, rects } = this.target(run);
        sheet.assertEditable();
        if (type !== "Custom" && type !== "CellValue") {
          throw new XlApiError("NotImplemented", `The in-memory Excel supports Custom and CellValue conditional formats, not ${String(type)}.`, "ConditionalFormatCollection.add");
        }
        const entry: ConditionalFormatEntry = {
          id: run.workbook.newId("CF"),
          rects: rects.map((r) => ({ ...r })),
          type,
          style: {},
          priority: 0,
          stopIfTrue: false,
          ...(type === "CellValue" ? { cellValueRule: { formula1: "", operator: "Invalid" as const } } : {}),
        };
        // Excel gives the newest rule the highest priority (0) and shifts the others.
        for (const cf of sheet.conditionalFormats) cf.priority += 1;
        sheet.conditionalFormats.push(entry);
        return { sheet, entry };
      },
      { label: "ConditionalFormatCollection.add", args: [type] },
    );
  }
  clearAll(): void {
    this.queueCall("clearAll", [], ({ sheet, rects }) => {
      for (const rect of rects) sheet.clearConditionalFormats(rect);
    });
  }
}

function assertCfAlive(run: BatchRun, { sheet, entry }: CfBinding): void {
  assertSheetAlive(run, sheet);
  if (!sheet.conditionalFormats.includes(entry) && !sheet.conditionalFormats.some((cf) => cf.id === entry.id)) {
    throw new XlApiError("ItemNotFound", "The conditional format has been deleted.", "ConditionalFormat");
  }
}

/** The live entry (clearAll/subtract replace entries by copies with the same id). */
function liveEntry(b: CfBinding): ConditionalFormatEntry {
  return b.sheet.conditionalFormats.find((cf) => cf.id === b.entry.id) ?? b.entry;
}

export class MemConditionalFormat extends ProxyBase<CfBinding> implements XlConditionalFormat {
  private customProxy: MemCustomConditionalFormat | undefined;
  private cellValueProxy: MemCellValueConditionalFormat | undefined;

  constructor(engine: Engine, resolver: Resolver<CfBinding>, creation?: { label: string; args: readonly unknown[] }) {
    super(engine, "ConditionalFormat", resolver, creation);
  }
  protected override assertAlive(value: CfBinding, run: BatchRun): void {
    assertCfAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    if (name === "custom") return this.custom as MemCustomConditionalFormat;
    if (name === "cellValue") return this.cellValue as MemCellValueConditionalFormat;
    return undefined;
  }
  protected readScalar(name: string, b: CfBinding): unknown {
    const entry = liveEntry(b);
    if (name === "id") return entry.id;
    if (name === "type") return entry.type;
    if (name === "priority") return entry.priority;
    return entry.stopIfTrue;
  }
  get id(): string {
    return this.read("id");
  }
  get type(): XlConditionalFormat["type"] {
    return this.read("type");
  }
  get priority(): number {
    return this.read("priority");
  }
  set priority(value: number) {
    this.queueSet("priority", value, (b) => {
      liveEntry(b).priority = value;
    });
  }
  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.queueSet("stopIfTrue", value, (b) => {
      liveEntry(b).stopIfTrue = value;
    });
  }
  get custom(): XlCustomConditionalFormat {
    this.customProxy ??= new MemCustomConditionalFormat(this.engine, (run) => this.ofType(run, "Custom"));
    return this.customProxy;
  }
  get cellValue(): XlCellValueConditionalFormat {
    this.cellValueProxy ??= new MemCellValueConditionalFormat(this.engine, (run) => this.ofType(run, "CellValue"));
    return this.cellValueProxy;
  }
  private ofType(run: BatchRun, type: "Custom" | "CellValue"): CfBinding | null {
    const b = this.resolve(run);
    if (b === null) return null;
    if (liveEntry(b).type !== type) throw new XlApiError("InvalidOperation", `This conditional format is ${liveEntry(b).type}, not ${type}.`, "ConditionalFormat");
    return b;
  }
  delete(): void {
    this.queueCall("delete", [], ({ sheet, entry }) => {
      sheet.assertEditable();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.id !== entry.id);
    });
  }
  getRange(): XlRange {
    return new MemRange(
      this.engine,
      (run) => {
        const b = this.target(run);
        const first = liveEntry(b).rects[0];
        if (!first) throw new XlApiError("ItemNotFound", "The conditional format no longer applies to any cell.", "ConditionalFormat.getRange");
        return { sheet: b.sheet, rect: first };
      },
      { label: "ConditionalFormat.getRange", args: [] },
    );
  }
}

export class MemCustomConditionalFormat extends ProxyBase<CfBinding> implements XlCustomConditionalFormat {
  private formatProxy: MemConditionalRangeFormat | undefined;
  private ruleProxy: MemConditionalFormatRule | undefined;
  constructor(engine: Engine, resolver: Resolver<CfBinding>) {
    super(engine, "CustomConditionalFormat", resolver);
  }
  protected override assertAlive(value: CfBinding, run: BatchRun): void {
    assertCfAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    if (name === "format") return this.format as MemConditionalRangeFormat;
    if (name === "rule") return this.rule as MemConditionalFormatRule;
    return undefined;
  }
  get format(): XlConditionalRangeFormat {
    this.formatProxy ??= new MemConditionalRangeFormat(this.engine, (run) => this.resolve(run));
    return this.formatProxy;
  }
  get rule(): XlConditionalFormatRule {
    this.ruleProxy ??= new MemConditionalFormatRule(this.engine, (run) => this.resolve(run));
    return this.ruleProxy;
  }
}

export class MemConditionalFormatRule extends ProxyBase<CfBinding> implements XlConditionalFormatRule {
  constructor(engine: Engine, resolver: Resolver<CfBinding>) {
    super(engine, "ConditionalFormatRule", resolver);
  }
  protected override assertAlive(value: CfBinding, run: BatchRun): void {
    assertCfAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return ["formula"];
  }
  protected readScalar(_name: string, b: CfBinding): unknown {
    return liveEntry(b).formula ?? "";
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.queueSet("formula", formula, (b) => {
      if (typeof formula !== "string" || formula.trim() === "") throw new XlApiError("InvalidArgument", "A conditional format rule needs a formula.", "ConditionalFormatRule.formula");
      b.sheet.assertEditable();
      liveEntry(b).formula = formula.startsWith("=") ? formula : `=${formula}`;
    });
  }
}

const OPERATORS: ReadonlyArray<XlConditionalCellValueRule["operator"]> = [
  "Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual",
];

export class MemCellValueConditionalFormat extends ProxyBase<CfBinding> implements XlCellValueConditionalFormat {
  private formatProxy: MemConditionalRangeFormat | undefined;
  constructor(engine: Engine, resolver: Resolver<CfBinding>) {
    super(engine, "CellValueConditionalFormat", resolver);
  }
  protected override assertAlive(value: CfBinding, run: BatchRun): void {
    assertCfAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return ["rule"];
  }
  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "format" ? (this.format as MemConditionalRangeFormat) : undefined;
  }
  protected readScalar(_name: string, b: CfBinding): unknown {
    const rule = liveEntry(b).cellValueRule;
    return rule ? { ...rule } : { formula1: "", operator: "Invalid" };
  }
  get format(): XlConditionalRangeFormat {
    this.formatProxy ??= new MemConditionalRangeFormat(this.engine, (run) => this.resolve(run));
    return this.formatProxy;
  }
  get rule(): XlConditionalCellValueRule {
    return this.read("rule");
  }
  set rule(rule: XlConditionalCellValueRule) {
    this.queueSet("rule", rule, (b) => {
      if (!rule || !OPERATORS.includes(rule.operator) || typeof rule.formula1 !== "string" || rule.formula1 === "") {
        throw new XlApiError("InvalidArgument", "A cell value rule needs an operator and formula1.", "CellValueConditionalFormat.rule");
      }
      if ((rule.operator === "Between" || rule.operator === "NotBetween") && !rule.formula2) {
        throw new XlApiError("InvalidArgument", `${rule.operator} needs formula2.`, "CellValueConditionalFormat.rule");
      }
      b.sheet.assertEditable();
      liveEntry(b).cellValueRule = rule.formula2 === undefined ? { formula1: rule.formula1, operator: rule.operator } : { ...rule };
    });
  }
}

export class MemConditionalRangeFormat extends ProxyBase<CfBinding> implements XlConditionalRangeFormat {
  private fillProxy: MemConditionalRangeFill | undefined;
  private fontProxy: MemConditionalRangeFont | undefined;
  constructor(engine: Engine, resolver: Resolver<CfBinding>) {
    super(engine, "ConditionalRangeFormat", resolver);
  }
  protected override assertAlive(value: CfBinding, run: BatchRun): void {
    assertCfAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    if (name === "fill") return this.fill as MemConditionalRangeFill;
    if (name === "font") return this.font as MemConditionalRangeFont;
    return undefined;
  }
  get fill(): XlConditionalRangeFill {
    this.fillProxy ??= new MemConditionalRangeFill(this.engine, (run) => this.resolve(run));
    return this.fillProxy;
  }
  get font(): XlConditionalRangeFont {
    this.fontProxy ??= new MemConditionalRangeFont(this.engine, (run) => this.resolve(run));
    return this.fontProxy;
  }
}

export class MemConditionalRangeFill extends ProxyBase<CfBinding> implements XlConditionalRangeFill {
  constructor(engine: Engine, resolver: Resolver<CfBinding>) {
    super(engine, "ConditionalRangeFill", resolver);
  }
  protected override assertAlive(value: CfBinding, run: BatchRun): void {
    assertCfAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return ["color"];
  }
  protected readScalar(_name: string, b: CfBinding): unknown {
    return liveEntry(b).style.fillColor ?? "";
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.queueSet("color", color, (b) => {
      b.sheet.assertEditable();
      liveEntry(b).style.fillColor = normalizeColor(color, "ConditionalRangeFill.color");
    });
  }
  clear(): void {
    this.queueCall("clear", [], (b) => {
      delete liveEntry(b).style.fillColor;
    });
  }
}

export class MemConditionalRangeFont extends ProxyBase<CfBinding> implements XlConditionalRangeFont {
  constructor(engine: Engine, resolver: Resolver<CfBinding>) {
    super(engine, "ConditionalRangeFont", resolver);
  }
  protected override assertAlive(value: CfBinding, run: BatchRun): void {
    assertCfAlive(run, value);
  }
  protected scalarNames(): readonly string[] {
    return ["bold", "italic", "color"];
  }
  protected readScalar(name: string, b: CfBinding): unknown {
    const style = liveEntry(b).style;
    if (name === "bold") return style.bold ?? false;
    if (name === "italic") return style.italic ?? false;
    return style.fontColor ?? "";
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.queueSet("bold", value, (b) => {
      liveEntry(b).style.bold = value;
    });
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.queueSet("italic", value, (b) => {
      liveEntry(b).style.italic = value;
    });
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.queueSet("color", color, (b) => {
      liveEntry(b).style.fontColor = normalizeColor(color, "ConditionalRangeFont.color");
    });
  }
  clear(): void {
    this.queueCall("clear", [], (b) => {
      const style = liveEntry(b).style;
      delete style.bold;
      delete style.italic;
      delete style.fontColor;
    });
  }
}
