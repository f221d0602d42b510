// The summary sheets just written, each with how many charts it has and a button that goes to it.
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { WrittenSheet } from "../../../operations/summarise";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2 },
});

export function WrittenSheets({ sheets, disabled, onGoTo }: { sheets: readonly WrittenSheet[]; disabled: boolean; onGoTo(sheet: string): void }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Summary sheets written">
      {sheets.map((sheet) => (
        <li key={sheet.name} className={styles.item}>
          <Text>
            {sheet.name}{" "}
            <span className={styles.note}>
              ({sheet.replaced ? "regenerated" : "new"}, {sheet.charts} chart{sheet.charts === 1 ? "" : "s"})
            </span>
          </Text>
          <Button size="small" disabled={disabled} onClick={() => onGoTo(sheet.name)} aria-label={`Go to ${sheet.name}`}>
            Go to
          </Button>
        </li>
      ))}
    </ul>
  );
}
