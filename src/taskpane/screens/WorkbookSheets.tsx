// Lists the workbook's visible sheets with the size of what is on each, and goes to a sheet
// on request. A first real use of the shell (useOperation, WorkbookHost.run, selectCell),
// reading the workbook in two syncs however many sheets it has.
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { toWorkbookError } from "../../workbook/office/errors";
import type { XlRequestContext } from "../../workbook/office/excel-api";
import { listSheets } from "../../workbook/office/list-sheets";
import { useOperation } from "../operation";

export interface SheetSummary {
  name: string;
  /** Top-left cell of the used range, e.g. "A1", or undefined for an empty sheet. */
  firstCell: string | undefined;
  rows: number;
  columns: number;
}

/** Every visible sheet in tab order with the size of its used range (values only): two syncs. */
export async function readSheetSummaries(context: XlRequestContext): Promise<SheetSummary[]> {
  const visible = (await listSheets(context)).filter((sheet) => sheet.visibility === "Visible");
  const worksheets = context.workbook.worksheets;
  const used = visible.map((sheet) => worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true).load("address,rowCount,columnCount"));
  try {
    await context.sync();
  } catch (error) {
    throw toWorkbookError(error, { action: "measuring each sheet" });
  }
  return visible.map((sheet, index) => {
    const range = used[index];
    if (!range || range.isNullObject) return { name: sheet.name, firstCell: undefined, rows: 0, columns: 0 };
    // "Mentors!B3:K40" -> "B3"
    const local = range.address.slice(range.address.lastIndexOf("!") + 1);
    return { name: sheet.name, firstCell: local.split(":")[0], rows: range.rowCount, columns: range.columnCount };
  });
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  table: { width: "100%" },
  number: { textAlign: "right" },
  // Read by screen readers, not shown: the column's buttons already say what they do.
  srOnly: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

export function WorkbookSheets() {
  const styles = useStyles();
  const operation = useOperation();
  const [sheets, setSheets] = useState<SheetSummary[] | null>(null);

  const list = async () => {
    const outcome = await operation.run("Reading the workbook's sheets", (controls) => controls.inWorkbook(readSheetSummaries), {
      summarise: (found) => `Found ${found.length} visible sheet${found.length === 1 ? "" : "s"}.`,
    });
    if (outcome.ok) setSheets(outcome.value);
  };

  const goTo = (sheet: SheetSummary) =>
    operation.run(`Going to ${sheet.name}`, async ({ host }) => {
      if (!host.selectCell) throw new Error("This host cannot select cells.");
      await host.selectCell(sheet.name, sheet.firstCell ?? "A1");
    });

  return (
    <section className={styles.section} aria-label="Sheets in this workbook">
      <Button appearance="primary" onClick={() => void list()} disabled={operation.busy}>
        List the sheets in this workbook
      </Button>
      {sheets && (
        <Table className={styles.table} size="small" aria-label="Sheets in this workbook">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Sheet</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Rows used</TableHeaderCell>
              <TableHeaderCell>
                <span className={styles.srOnly}>Go to</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sheets.map((sheet) => (
              <TableRow key={sheet.name}>
                <TableCell>{sheet.name}</TableCell>
                <TableCell className={styles.number}>{sheet.rows}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => void goTo(sheet)} disabled={operation.busy} aria-label={`Go to ${sheet.name}`}>
                    Go to
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
