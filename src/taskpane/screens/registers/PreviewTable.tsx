// The first rows of the sheet as the register will store them. A value the add-in normalised
// is highlighted, with what was typed, what it becomes and why in its tooltip; a value it could
// not read (kept exactly as typed) is marked as a problem, with the fix. Highlighted cells take
// keyboard focus, so their tooltips are reachable without a mouse.
import { makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Tooltip, tokens } from "@fluentui/react-components";
import { excelSerialToIso } from "../../../domain/normalize";
import type { ConversionPlan, PlannedRow, RegisterCell, RegisterColumn } from "../../../operations/convert";
import { shown } from "../../../operations/convert";

const useStyles = makeStyles({
  scroller: { overflowX: "auto", maxWidth: "100%", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { minWidth: "100%", width: "max-content" },
  cell: { whiteSpace: "nowrap", maxWidth: "16rem", overflow: "hidden", textOverflow: "ellipsis" },
  changed: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  problem: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
  mark: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

/** Register columns worth showing: fields a column feeds, and carried columns. */
export function previewColumns(plan: ConversionPlan): Array<{ column: RegisterColumn; index: number }> {
  return plan.columns.flatMap((column, index) => ((column.role === "field" && column.sourceColumn !== null) || column.role === "carried" ? [{ column, index }] : []));
}

function display(column: RegisterColumn, cell: RegisterCell): string {
  if (cell === null) return "";
  if (typeof cell === "number" && column.role === "field" && column.field.kind === "date") {
    const iso = excelSerialToIso(cell);
    if (iso) return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  }
  return typeof cell === "string" ? cell.replace(/\n/g, " ⏎ ") : String(cell);
}

function Cell({ row, column, cell }: { row: PlannedRow; column: RegisterColumn; cell: RegisterCell }) {
  const styles = useStyles();
  const text = display(column, cell);
  const key = column.role === "field" ? column.field.key : undefined;
  const problem = key ? row.problems.find((p) => p.field === key) : undefined;
  const change = key ? row.changes.find((c) => c.field === key) : undefined;
  if (!problem && !change) return <TableCell className={styles.cell}>{text}</TableCell>;
  const where = (problem ?? change)?.cell.address ?? "";
  const tip = problem
    ? `${where}: ${problem.message}. Kept exactly as typed. ${problem.fix}`
    : `${where}: typed ${shown(change?.before)}, stored as ${shown(change?.after)} (${change?.reason ?? "tidied"}).`;
  return (
    <TableCell className={mergeClasses(styles.cell, problem ? styles.problem : styles.changed)}>
      <Tooltip content={tip} relationship="description" withArrow>
        <span className={styles.mark} tabIndex={0} data-mark={problem ? "problem" : "changed"}>
          {text === "" ? "(empty)" : text}
        </span>
      </Tooltip>
    </TableCell>
  );
}

export function PreviewTable({ plan, title }: { plan: ConversionPlan; title: string }) {
  const styles = useStyles();
  const shownColumns = previewColumns(plan);
  if (plan.rows.length === 0) return <Text>The sheet has no rows below its header.</Text>;
  return (
    <div className={styles.scroller}>
      <Table className={styles.table} size="extra-small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Row</TableHeaderCell>
            {shownColumns.map(({ column, index }) => (
              <TableHeaderCell key={index}>{column.header}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.rows.map((row) => (
            <TableRow key={row.source.row}>
              <TableCell>{row.source.row}</TableCell>
              {shownColumns.map(({ column, index }) => (
                <Cell key={index} row={row} column={column} cell={row.cells[index] ?? null} />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
