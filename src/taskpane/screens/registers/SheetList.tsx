// The workbook's sheets as the Registers screen sees them: which register each looks like
// (how sure, and the runner-up), whether it was converted already, and a button to review it.
import {
  Badge,
  Button,
  makeStyles,
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
import { describeDetection, type SheetSurvey } from "../../../operations/convert";

const useStyles = makeStyles({
  table: { width: "100%" },
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "flex-start" },
  converted: { display: "block", color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

function Status({ sheet }: { sheet: SheetSurvey }) {
  const styles = useStyles();
  switch (sheet.role) {
    case "register":
      return <Text size={200}>{sheet.register ? `${REGISTERS[sheet.register.kind].title} register, ${sheet.register.rows} rows` : "Register"}</Text>;
    case "output":
      return <Text size={200}>The add-in's own sheet</Text>;
    case "empty":
      return <Text size={200}>Empty</Text>;
    case "source":
      return (
        <div>
          <Text size={200}>{sheet.detection ? describeDetection(sheet.detection) : "Not read"}</Text>
          {sheet.proposed && (
            <Badge appearance="tint" color="brand" size="small">
              Proposed
            </Badge>
          )}
          {sheet.convertedInto.map((c) => (
            <Text key={c.kind} size={200} className={styles.converted}>
              {`Converted into ${REGISTERS[c.kind].title}: ${c.rows} rows`}
            </Text>
          ))}
        </div>
      );
  }
}

export function SheetList({ sheets, selected, busy, onReview, onGoTo }: {
  sheets: readonly SheetSurvey[];
  selected: string | null;
  busy: boolean;
  onReview(sheet: string): void;
  onGoTo(sheet: string): void;
}) {
  const styles = useStyles();
  return (
    <Table className={styles.table} size="small" aria-label="Sheets and the registers they hold">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Sheet</TableHeaderCell>
          <TableHeaderCell>Looks like</TableHeaderCell>
          <TableHeaderCell>Action</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sheets.map((sheet) => (
          <TableRow key={sheet.sheet}>
            <TableCell>{sheet.sheet}</TableCell>
            <TableCell>
              <div className={styles.status}>
                <Status sheet={sheet} />
              </div>
            </TableCell>
            <TableCell>
              {sheet.role === "source" ? (
                <Button size="small" appearance={sheet.sheet === selected ? "primary" : "secondary"} disabled={busy} onClick={() => onReview(sheet.sheet)} aria-label={`Review ${sheet.sheet}`}>
                  Review
                </Button>
              ) : sheet.role === "register" ? (
                <Button size="small" disabled={busy} onClick={() => onGoTo(sheet.sheet)} aria-label={`Go to ${sheet.sheet}`}>
                  Go to
                </Button>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
