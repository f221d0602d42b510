// Counts by severity and by register, with where each register was read from.
import { Badge, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { registerTitle } from "../../../domain/validation";
import type { WorkbookValidation } from "../../../operations/validate";

const useStyles = makeStyles({
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  small: { fontSize: tokens.fontSizeBase200 },
});

export function ValidationCounts({ validation }: { validation: WorkbookValidation }) {
  const styles = useStyles();
  const { counts } = validation;
  const read = new Map(validation.registers.map((r) => [r.kind as string, r]));
  const rows = Object.entries(counts.byRegister).filter(([register, c]) => c.errors + c.warnings > 0 || read.has(register));
  return (
    <section aria-label="Issue counts">
      <div className={styles.badges}>
        <Badge appearance="filled" color={counts.errors > 0 ? "danger" : "success"} size="large">
          {counts.errors} error{counts.errors === 1 ? "" : "s"}
        </Badge>
        <Badge appearance="tint" color={counts.warnings > 0 ? "warning" : "success"} size="large">
          {counts.warnings} warning{counts.warnings === 1 ? "" : "s"}
        </Badge>
      </div>
      <Table size="extra-small" aria-label="Issues by register">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Register</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Errors</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Warnings</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Rows</TableHeaderCell>
            <TableHeaderCell>Read from</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([register, c]) => {
            const source = read.get(register);
            return (
              <TableRow key={register}>
                <TableCell>{registerTitle(register as keyof typeof counts.byRegister)}</TableCell>
                <TableCell className={styles.number}>{c.errors}</TableCell>
                <TableCell className={styles.number}>{c.warnings}</TableCell>
                <TableCell className={styles.number}>{source?.rows ?? ""}</TableCell>
                <TableCell className={styles.small}>{source ? `${source.sheets.join(", ")}${source.from === "register" ? " (register)" : ""}` : register === "settings" ? "Settings" : ""}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
