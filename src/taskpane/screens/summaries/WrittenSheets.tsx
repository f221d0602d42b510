// The summary sheets just written, each with a button that goes to it.
import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { WrittenSheet } from "../../../operations/summarise";

const useStyles = makeStyles({
  table: { width: "100%" },
  number: { textAlign: "right" },
  srOnly: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  note: { color: tokens.colorNeutralForeground2 },
});

export function WrittenSheets({ sheets, disabled, onGoTo }: { sheets: readonly WrittenSheet[]; disabled: boolean; onGoTo(sheet: string): void }) {
  const styles = useStyles();
  return (
    <Table className={styles.table} size="small" aria-label="Summary sheets written">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Sheet</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Charts</TableHeaderCell>
          <TableHeaderCell>
            <span className={styles.srOnly}>Go to</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sheets.map((sheet) => (
          <TableRow key={sheet.name}>
            <TableCell>
              {sheet.name} <span className={styles.note}>{sheet.replaced ? "(regenerated)" : "(new)"}</span>
            </TableCell>
            <TableCell className={styles.number}>{sheet.charts}</TableCell>
            <TableCell>
              <Button size="small" disabled={disabled} onClick={() => onGoTo(sheet.name)} aria-label={`Go to ${sheet.name}`}>
                Go to
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
