// Which summaries to write: the programme overview and each phase, as labelled checkboxes in
// a labelled group (a screen reader hears "Summaries to write, group").
import { Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { SummaryChoices } from "../../../operations/summarise";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export interface PhasePickerProps {
  choices: SummaryChoices;
  selected: ReadonlySet<string>;
  overview: boolean;
  disabled: boolean;
  onPhase(phase: string, checked: boolean): void;
  onOverview(checked: boolean): void;
}

export function PhasePicker({ choices, selected, overview, disabled, onPhase, onOverview }: PhasePickerProps) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className={styles.group}>
      <Text id={labelId} weight="semibold">
        Summaries to write
      </Text>
      <Checkbox
        label={`Programme overview: the phases side by side (sheet “${choices.overviewSheet}”)`}
        checked={overview}
        disabled={disabled}
        onChange={(_event, data) => onOverview(data.checked === true)}
      />
      {choices.phases.map((choice) => (
        <Checkbox
          key={choice.phase}
          label={`${choice.phase} (sheet “${choice.sheet}”)`}
          checked={selected.has(choice.phase)}
          disabled={disabled}
          onChange={(_event, data) => onPhase(choice.phase, data.checked === true)}
        />
      ))}
    </div>
  );
}
