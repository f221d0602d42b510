// A read-only picture of one in-memory sheet, drawn like Excel's grid: column letters, row
// numbers, fills, bold, merged titles, table headers, frozen rows and the selected cell.
// Only the rows in view are in the DOM (see visibleRowWindow), so 50,000 rows scroll freely.
import { makeStyles, tokens } from "@fluentui/react-components";
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { MemorySheet } from "../workbook/memory/model";
import {
  cellLook,
  chartBoxes,
  HEADER_HEIGHT_PX,
  layoutSheet,
  ROW_HEADER_WIDTH_PX,
  ROW_HEIGHT_PX,
  scrollTopForRow,
  visibleRowWindow,
  type SheetLayout,
} from "./grid-model";

const GRID_LINE = "#d4d4d4";
const HEADER_FILL = "#f3f3f3";
const TABLE_HEADER_FILL = "#4472c4"; // the header of Excel's default table style (Medium 2)
const TABLE_BAND_FILL = "#d9e1f2";

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    height: "100%",
    backgroundColor: "#ffffff",
    fontFamily: "Calibri, 'Segoe UI', system-ui, sans-serif",
    fontSize: "14px",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  canvas: { position: "relative" },
  row: { display: "flex", height: `${ROW_HEIGHT_PX}px`, boxSizing: "border-box" },
  headerRow: { position: "sticky", top: 0, zIndex: 3 },
  frozenRow: { position: "sticky", zIndex: 2 },
  frozenEdge: { boxShadow: "0 2px 0 #a0a0a0" },
  bodyRow: { position: "absolute", left: 0 },
  cell: {
    flexShrink: 0,
    boxSizing: "border-box",
    height: "100%",
    padding: "0 4px",
    lineHeight: `${ROW_HEIGHT_PX - 1}px`,
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    backgroundColor: "#ffffff",
    cursor: "cell",
  },
  heading: {
    backgroundColor: HEADER_FILL,
    color: "#444444",
    textAlign: "center",
    fontSize: "12px",
    cursor: "default",
  },
  rowHeading: { position: "sticky", left: 0, zIndex: 1 },
  corner: { position: "sticky", left: 0, zIndex: 4 },
  selected: { outline: "2px solid #107c41", outlineOffset: "-2px", position: "relative", zIndex: 1 },
  selectedHeading: { backgroundColor: "#d2d2d2", color: "#107c41", fontWeight: 600 },
  // Under the sticky headings and frozen rows, over the cells, like a chart in Excel.
  chart: {
    position: "absolute",
    zIndex: 1,
    boxSizing: "border-box",
    border: "1px solid #8a8a8a",
    backgroundColor: "#fafafa",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    gap: "4px",
    fontSize: "13px",
    color: "#333333",
    overflow: "hidden",
    textAlign: "center",
  },
});

export interface GridSelection {
  row: number;
  column: number;
}

interface Props {
  sheet: MemorySheet;
  /** Bumped after every sync: the sheet object is mutated in place, so this says "redraw". */
  version: number;
  selection: GridSelection | undefined;
  /** Increments when the add-in (not a click) selects a cell: scroll it into view. */
  revealToken: number;
  onSelect(selection: GridSelection): void;
}

export function SheetGrid({ sheet, version, selection, revealToken, onSelect }: Props) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(600);
  // The sheet is mutated in place by syncs, so its identity does not change when its cells
  // do; `version` does, and is the real dependency the rule cannot see.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const layout = useMemo(() => layoutSheet(sheet), [sheet, version]);
  // A new layout comes with every sync, so the boxes follow charts added or moved by it.
  const charts = useMemo(() => chartBoxes(sheet, layout), [sheet, layout]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    observer.observe(element);
    setViewportHeight(element.clientHeight);
    return () => observer.disconnect();
  }, []);

  // A new sheet starts at its top-left corner, as when you click a sheet tab in Excel.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0, left: 0 });
    setScrollTop(0);
  }, [sheet]);

  // Bring a cell the add-in selected into view (clicks are in view already).
  useEffect(() => {
    const element = scroller.current;
    if (!element || !selection || revealToken === 0) return;
    const top = scrollTopForRow(Math.max(layout.frozenRows, selection.row - 2), layout);
    const left = layout.columnLefts[selection.column] ?? 0;
    const right = layout.columnLefts[selection.column + 1] ?? left;
    const viewLeft = element.scrollLeft;
    const viewWidth = element.clientWidth - ROW_HEADER_WIDTH_PX;
    element.scrollTo({
      top: selection.row < layout.frozenRows ? element.scrollTop : top,
      left: left < viewLeft || right > viewLeft + viewWidth ? Math.max(0, left - 40) : viewLeft,
    });
    // Only a new reveal request should scroll, not every re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealToken]);

  const { first, last } = visibleRowWindow(scrollTop, viewportHeight, layout);
  const totalWidth = ROW_HEADER_WIDTH_PX + (layout.columnLefts[layout.columnCount] ?? 0);
  const totalHeight = HEADER_HEIGHT_PX + layout.rowCount * ROW_HEIGHT_PX;

  const rows: number[] = [];
  for (let row = first; row < last; row++) rows.push(row);
  const frozen = Array.from({ length: layout.frozenRows }, (_, row) => row);

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      tabIndex={0}
      role="table"
      aria-label={`Sheet ${sheet.name}`}
      aria-rowcount={layout.rowCount + 1}
      aria-colcount={layout.columnCount + 1}
      data-testid="sheet-grid"
    >
      <div className={styles.canvas} style={{ width: totalWidth, height: totalHeight }}>
        <div className={`${styles.row} ${styles.headerRow}`} role="row" aria-rowindex={1} style={{ width: totalWidth, height: HEADER_HEIGHT_PX }}>
          <div className={`${styles.cell} ${styles.heading} ${styles.corner}`} style={{ width: ROW_HEADER_WIDTH_PX }} role="columnheader" aria-label="Row numbers" />
          {layout.columnLabels.map((label, column) => (
            <div
              key={label}
              role="columnheader"
              className={`${styles.cell} ${styles.heading} ${selection?.column === column ? styles.selectedHeading : ""}`}
              style={{ width: columnWidth(layout, column) }}
            >
              {label}
            </div>
          ))}
        </div>
        {frozen.map((row) => (
          <GridRow
            key={`frozen-${row}`}
            sheet={sheet}
            layout={layout}
            row={row}
            selectedColumn={selection?.row === row ? selection.column : undefined}
            className={`${styles.row} ${styles.frozenRow} ${row === layout.frozenRows - 1 ? styles.frozenEdge : ""}`}
            width={totalWidth}
            onSelect={onSelect}
          />
        ))}
        {rows.map((row) => (
          <GridRow
            key={row}
            sheet={sheet}
            layout={layout}
            row={row}
            selectedColumn={selection?.row === row ? selection.column : undefined}
            className={`${styles.row} ${styles.bodyRow}`}
            width={totalWidth}
            onSelect={onSelect}
          />
        ))}
        {charts.map((chart) => (
          <div
            key={chart.name}
            role="img"
            aria-label={`Chart: ${chart.label} (${chart.chartType})`}
            data-testid="chart-box"
            className={styles.chart}
            style={{ left: chart.left, top: chart.top, width: chart.width, height: chart.height }}
          >
            <strong>{chart.label}</strong>
            <span>{chart.chartType} chart</span>
          </div>
        ))}
      </div>
    </div>
  );
}

function columnWidth(layout: SheetLayout, column: number): number {
  return (layout.columnLefts[column + 1] ?? 0) - (layout.columnLefts[column] ?? 0);
}

interface RowProps {
  sheet: MemorySheet;
  layout: SheetLayout;
  row: number;
  selectedColumn: number | undefined;
  className: string;
  width: number;
  onSelect(selection: GridSelection): void;
}

// Memoised: scrolling renders only the rows entering the window, not every row in it. A new
// layout (after a sync) redraws them all, since cells may have changed.
const GridRow = memo(function GridRow({ sheet, layout, row, selectedColumn, className, width: rowWidth, onSelect }: RowProps) {
  const styles = useStyles();
  const cells = [];
  for (let column = 0; column < layout.columnCount; column++) {
    const look = cellLook(sheet, row, column);
    if (look.span === 0) continue; // drawn by the merge's first cell
    let width = 0;
    for (let c = column; c < column + look.span && c < layout.columnCount; c++) width += columnWidth(layout, c);
    const fill = look.fill ?? (look.tableHeader ? TABLE_HEADER_FILL : look.tableBody && row % 2 === 1 ? TABLE_BAND_FILL : undefined);
    cells.push(
      <div
        key={column}
        role="cell"
        aria-colindex={column + 2}
        className={`${styles.cell} ${selectedColumn === column ? styles.selected : ""}`}
        style={{
          width,
          textAlign: look.align,
          fontWeight: look.bold ? 700 : 400,
          fontStyle: look.italic ? "italic" : "normal",
          backgroundColor: fill ?? "#ffffff",
          color: look.color ?? (look.tableHeader && !look.fill ? "#ffffff" : "#000000"),
        }}
        title={look.text.length > 12 ? look.text : undefined}
        onClick={() => onSelect({ row, column })}
      >
        {look.text}
      </div>,
    );
  }
  return (
    // Frozen rows are sticky at this offset; body rows are absolutely placed at it.
    <div className={className} style={{ top: HEADER_HEIGHT_PX + row * ROW_HEIGHT_PX, width: rowWidth }} role="row" aria-rowindex={row + 2}>
      <div
        role="rowheader"
        className={`${styles.cell} ${styles.heading} ${styles.rowHeading} ${selectedColumn !== undefined ? styles.selectedHeading : ""}`}
        style={{ width: ROW_HEADER_WIDTH_PX }}
      >
        {row + 1}
      </div>
      {cells}
    </div>
  );
});
