// The phase's locks and exclusions: those the workbook keeps in its Pairing choices sheet (with
// the row and when they were set) and those chosen here since the last run, each removable.
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ShownChoice } from "./pair-state";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  words: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  remove: { flexShrink: 0 },
});

export function ChoicesList({ shown, problems, onRemove, disabled }: { shown: readonly ShownChoice[]; problems: readonly string[]; onRemove(choice: ShownChoice): void; disabled: boolean }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label="Locks and exclusions">
      <Subtitle2 as="h3">Locks and exclusions</Subtitle2>
      {shown.length === 0 ? (
        <Text>None for this phase. Lock or exclude a suggested pair: the workbook keeps your choices in its Pairing choices sheet, for the next run and for colleagues.</Text>
      ) : (
        <ul className={styles.list}>
          {shown.map((c) => (
            <li key={c.id} className={styles.item}>
              <span className={styles.words}>
                <Text weight="semibold">{c.text}</Text>
                <Caption1>
                  {c.where}
                  {c.note === "" ? "" : ` · ${c.note}`}
                </Caption1>
              </span>
              <Button className={styles.remove} size="small" appearance="subtle" icon={<DismissRegular />} disabled={disabled} aria-label={`Remove ${c.text}`} onClick={() => onRemove(c)}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Some rows of the Pairing choices sheet could not be used: {problems.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
