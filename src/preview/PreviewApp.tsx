// The preview page: the real task pane beside a picture of the in-memory workbook it works
// on. Whatever a screen does through its WorkbookHost shows up in the grid after each sync.
import { Badge, makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import { cellAddress } from "../workbook/address";
import type { MemoryWorkbook } from "../workbook/memory/model";
import { TaskpaneApp } from "../taskpane/TaskpaneApp";
import { selectionOn, visibleSheets } from "./grid-model";
import { createPreviewHost } from "./preview-host";
import { SheetGrid, type GridSelection } from "./SheetGrid";

const useStyles = makeStyles({
  page: { display: "flex", height: "100%", backgroundColor: tokens.colorNeutralBackground3 },
  workbook: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  bar: {
    flexShrink: 0,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: "#107c41",
    color: "#ffffff",
  },
  nameBox: {
    minWidth: "10rem",
    padding: `0 ${tokens.spacingHorizontalS}`,
    backgroundColor: "#ffffff",
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: "Consolas, monospace",
  },
  grid: { flexGrow: 1, minHeight: 0, borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
  sheetTabs: {
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowX: "auto",
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Which sheet is active and which cell is selected, as one comparable string. */
function selectionKey(workbook: MemoryWorkbook): string {
  const selection = workbook.selection;
  return `${workbook.activeSheetId ?? ""}|${selection ? `${selection.sheetId}:${selection.rect.row}:${selection.rect.column}` : ""}`;
}

export function PreviewApp({ workbook, title }: { workbook: MemoryWorkbook; title: string }) {
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  const [revealToken, setRevealToken] = useState(0);
  const lastSelection = useRef(selectionKey(workbook));
  // After each sync: redraw, and if the job moved the selection (selectCell), bring it into
  // view; a sync that only read leaves the user's scroll position alone.
  const afterSync = useCallback(() => {
    setVersion((v) => v + 1);
    const key = selectionKey(workbook);
    if (key !== lastSelection.current) {
      lastSelection.current = key;
      setRevealToken((t) => t + 1);
    }
  }, [workbook]);
  const host = useMemo(() => createPreviewHost(workbook, afterSync), [workbook, afterSync]);

  const sheets = visibleSheets(workbook);
  const active = workbook.activeSheet();
  const selection = selectionOn(workbook, active);

  // A click in the grid or on a sheet tab is the user acting on the workbook, as in Excel.
  const onSelect = useCallback(
    (cell: GridSelection) => {
      const sheet = workbook.activeSheet();
      workbook.selection = { sheetId: sheet.id, rect: { row: cell.row, column: cell.column, rowCount: 1, columnCount: 1 } };
      lastSelection.current = selectionKey(workbook);
      setVersion((v) => v + 1);
    },
    [workbook],
  );
  const onSheetTab = (sheetId: string) => {
    workbook.activeSheetId = sheetId;
    lastSelection.current = selectionKey(workbook);
    setVersion((v) => v + 1);
  };

  return (
    <div className={styles.page}>
      <main className={styles.workbook} aria-label="Preview workbook">
        <div className={styles.bar}>
          <Text weight="semibold">{title}</Text>
          <Badge appearance="outline" color="informative" style={{ color: "#ffffff", borderColor: "#ffffff" }}>
            In memory: not saved
          </Badge>
          <output className={styles.nameBox} aria-label="Selected cell">
            {selection ? `${active.name}!${cellAddress(selection.row, selection.column)}` : active.name}
          </output>
        </div>
        <div className={styles.grid}>
          <SheetGrid sheet={active} version={version} selection={selection} revealToken={revealToken} onSelect={onSelect} />
        </div>
        <nav className={styles.sheetTabs} aria-label="Sheets">
          <TabList size="small" selectedValue={active.id} onTabSelect={(_event, data) => onSheetTab(String(data.value))} aria-label="Sheets">
            {sheets.map((sheet) => (
              <Tab key={sheet.id} value={sheet.id}>
                {sheet.name}
              </Tab>
            ))}
          </TabList>
        </nav>
      </main>
      <aside className={styles.pane} aria-label="Task pane">
        <TaskpaneApp host={host} />
      </aside>
    </div>
  );
}
