// The run's settings: phase, score weights, objective, threshold, and whether mentors who fail
// the mentor rules may be proposed. Every control is a labelled Fluent field.
import { Checkbox, Field, makeStyles, Radio, RadioGroup, Select, SpinButton, tokens } from "@fluentui/react-components";
import { SCORE_PART_LABELS, SCORE_PARTS, type PairingWeights } from "../../../domain/pairing";

export interface PairSettings {
  phase: string;
  weights: PairingWeights;
  objective: "coverage-then-score" | "score";
  threshold: number;
  includeAllMentors: boolean;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  weights: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", gap: tokens.spacingHorizontalM },
});

function clamp(value: number | null | undefined, fallback: number): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(100, Math.max(0, value));
}

/** SpinButton reports either a value (arrows) or typed text (displayValue). */
function spinValue(data: { value?: number | null; displayValue?: string }, fallback: number): number {
  if (data.value !== undefined && data.value !== null) return clamp(data.value, fallback);
  return clamp(Number(data.displayValue), fallback);
}

export function PairOptions({ phases, settings, onChange, disabled }: { phases: readonly string[]; settings: PairSettings; onChange(next: PairSettings): void; disabled: boolean }) {
  const styles = useStyles();
  const weightsTotal = SCORE_PARTS.reduce((sum, k) => sum + settings.weights[k], 0);
  return (
    <section className={styles.form} aria-label="Pairing options">
      <Field label="Phase" hint={phases.length === 0 ? "No phase found yet: the Mentors and Mentees registers name none." : undefined}>
        <Select value={settings.phase} disabled={disabled || phases.length === 0} onChange={(_e, data) => onChange({ ...settings, phase: data.value })}>
          {phases.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.weights}>
        <legend>Score weights (points out of {weightsTotal}; the score is scaled to 0–100)</legend>
        {SCORE_PARTS.map((key) => (
          <Field key={key} label={SCORE_PART_LABELS[key]} validationState={weightsTotal === 0 ? "error" : "none"} validationMessage={weightsTotal === 0 && key === "needs" ? "At least one weight must be above 0." : undefined}>
            <SpinButton
              min={0}
              max={100}
              step={5}
              value={settings.weights[key]}
              disabled={disabled}
              onChange={(_e, data) => onChange({ ...settings, weights: { ...settings.weights, [key]: spinValue(data, settings.weights[key]) } })}
            />
          </Field>
        ))}
      </fieldset>
      <Field label="Objective">
        <RadioGroup value={settings.objective} disabled={disabled} onChange={(_e, data) => onChange({ ...settings, objective: data.value === "score" ? "score" : "coverage-then-score" })}>
          <Radio value="coverage-then-score" label="Pair as many mentees as possible, then the best total score" />
          <Radio value="score" label="Best total score (a mentee may stay unmatched)" />
        </RadioGroup>
      </Field>
      <Field label="Threshold" hint="Pairs scoring below this are never proposed; the mentee stays unmatched instead.">
        <SpinButton min={0} max={100} step={5} value={settings.threshold} disabled={disabled} onChange={(_e, data) => onChange({ ...settings, threshold: spinValue(data, settings.threshold) })} />
      </Field>
      <Checkbox
        checked={settings.includeAllMentors}
        disabled={disabled}
        onChange={(_e, data) => onChange({ ...settings, includeAllMentors: data.checked === true })}
        label="Also propose mentors who fail the mentor rules (confidentiality not agreed, no IHRM number, too few years)"
      />
    </section>
  );
}
