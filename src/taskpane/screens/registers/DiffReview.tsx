// Converting again into a register that exists: what would change, cell by cell, and the
// officer's choice. Nothing has been written when this shows.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { REGISTERS } from "../../../domain/registers";
import { shown, type ConvertChoice, type RegisterDiff } from "../../../operations/convert";

const SHOWN_CELLS = 20;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const rows = (n: number) => `${n} row${n === 1 ? "" : "s"}`;

export function DiffReview({ diff, busy, onChoose }: { diff: RegisterDiff; busy: boolean; onChoose(choice: ConvertChoice): void }) {
  const styles = useStyles();
  const title = REGISTERS[diff.kind].title;
  const cells = diff.changed.flatMap((row) => row.cells.map((cell) => ({ ...cell, sourceRow: row.sourceRow }))).slice(0, SHOWN_CELLS);
  const cellCount = diff.changed.reduce((n, r) => n + r.cells.length, 0);
  const blocked = diff.formulas.length > 0;
  return (
    <section className={styles.section} aria-label="Converting again">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{`The ${title} register already exists`}</MessageBarTitle>
          {`Table ${diff.register.tableName} on “${diff.register.sheet}” holds ${rows(diff.register.rows)}. Nothing has been written yet: choose below.`}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.list}>
        <li>{`New rows from “${diff.sourceSheet}”: ${diff.added.length}`}</li>
        <li>{`Rows that differ from a fresh conversion: ${diff.changed.length} (${cellCount} cell${cellCount === 1 ? "" : "s"}: edited in the register since the last conversion, or changed on “${diff.sourceSheet}”)`}</li>
        <li>{`Rows whose source row is now blank: ${diff.removed.length}`}</li>
        <li>{`Rows unchanged: ${diff.unchanged}`}</li>
        {diff.otherRows > 0 && <li>{`Rows from other sheets or typed into the register: ${diff.otherRows}, kept whatever you choose`}</li>}
        {diff.registerOnlyColumns.length > 0 && <li>{`Columns only the register has (${diff.registerOnlyColumns.join(", ")}): kept`}</li>}
      </ul>
      {cells.length > 0 && (
        <Table size="extra-small" aria-label="Cells that would change">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Cell</TableHeaderCell>
              <TableHeaderCell>Register now</TableHeaderCell>
              <TableHeaderCell>Converting again gives</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {cells.map((c) => (
              <TableRow key={`${c.address}-${c.header}`}>
                <TableCell>{`${c.address} (${c.header}, source row ${c.sourceRow})`}</TableCell>
                <TableCell>{shown(c.register)}</TableCell>
                <TableCell>{shown(c.fresh)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {cellCount > cells.length && <Text size={200}>{`…and ${cellCount - cells.length} more.`}</Text>}
      {blocked && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {`The register has formulas (${diff.formulas.slice(0, 3).join(", ")}${diff.formulas.length > 3 ? ", …" : ""}); replacing its rows would turn them into plain values, so Replace is off until they are moved outside the table. “Add new rows only” adds the new rows below the table and leaves everything else, formulas included, as it is.`}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || blocked} onClick={() => onChoose("replace")}>
          Replace this sheet's rows
        </Button>
        <Button disabled={busy || diff.added.length === 0} onClick={() => onChoose("add-new")}>
          Add new rows only
        </Button>
        <Button disabled={busy} onClick={() => onChoose("cancel")}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
