// How each column of the chosen sheet feeds the register: its header, the field it feeds (a
// Dropdown the officer can change, or "Carry as is") and how sure the match by wording was.
import {
  Badge,
  Dropdown,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { SheetMapping } from "../../../domain/mapping";
import { REGISTERS, columnLetters } from "../../../domain/registers";

/** The Dropdown value that means "no field: carry the column into the register as it is". */
export const CARRY = "carry";

const useStyles = makeStyles({
  table: { width: "100%" },
  dropdown: { minWidth: "10rem", maxWidth: "100%" },
  note: { color: tokens.colorNeutralForeground3, display: "block" },
});

function Confidence({ source, confidence, carried }: { source: string; confidence: number; carried: boolean }) {
  if (source === "override") return <Badge appearance="tint" color="brand">chosen</Badge>;
  if (carried) return <Badge appearance="tint" color="subtle">carried</Badge>;
  const pct = Math.round(confidence * 100);
  return (
    <Badge appearance="tint" color={pct >= 90 ? "success" : pct >= 70 ? "warning" : "danger"} aria-label={`${pct}% sure`}>
      {`${pct}%`}
    </Badge>
  );
}

export function MappingTable({ mapping, disabled, onChange }: { mapping: SheetMapping; disabled: boolean; onChange(column: number, field: string | null): void }) {
  const styles = useStyles();
  const fields = REGISTERS[mapping.kind].fields;
  return (
    <Table className={styles.table} size="small" aria-label="Column mapping">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Column</TableHeaderCell>
          <TableHeaderCell>Field in the register</TableHeaderCell>
          <TableHeaderCell>Match</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {mapping.columns.map((c) => {
          const letter = columnLetters(c.column);
          const label = c.field === null ? "Carry as is" : (fields.find((f) => f.key === c.field)?.label ?? c.field);
          return (
            <TableRow key={c.column}>
              <TableCell>
                <Text weight="semibold">{letter}</Text> {c.header === "" ? <em>(no header)</em> : c.header}
              </TableCell>
              <TableCell>
                <Dropdown
                  className={styles.dropdown}
                  size="small"
                  aria-label={`Field for column ${letter}${c.header ? ` “${c.header}”` : ""}`}
                  value={label}
                  selectedOptions={[c.field ?? CARRY]}
                  disabled={disabled}
                  onOptionSelect={(_event, data) => {
                    if (data.optionValue !== undefined) onChange(c.column, data.optionValue === CARRY ? null : data.optionValue);
                  }}
                >
                  <Option value={CARRY}>Carry as is</Option>
                  {fields.map((f) => (
                    <Option key={f.key} value={f.key} text={f.label}>
                      {`${f.label}${f.required ? " (required)" : ""}`}
                    </Option>
                  ))}
                </Dropdown>
                {c.note && <Text size={200} className={styles.note}>{c.note}</Text>}
              </TableCell>
              <TableCell>
                <Confidence source={c.source} confidence={c.confidence} carried={c.field === null} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
