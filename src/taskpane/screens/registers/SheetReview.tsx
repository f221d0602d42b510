// One sheet, before it is converted: which register, where the header is, how each column
// maps (changeable), and the first rows as they will be stored. Everything here is computed
// from the workbook snapshot already read, so changing a choice redraws at once.
import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  SpinButton,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { MappingOverride } from "../../../domain/mapping";
import { REGISTER_KINDS, REGISTERS, type RegisterKind } from "../../../domain/registers";
import { ConvertError, previewConversion, PREVIEW_ROWS, type ConvertRequest, type SheetSurvey, type WorkbookSnapshot } from "../../../operations/convert";
import { MappingTable } from "./MappingTable";
import { PreviewTable } from "./PreviewTable";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  choices: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  counts: { color: tokens.colorNeutralForeground2 },
});

function usePreview(snapshot: WorkbookSnapshot, request: Pick<ConvertRequest, "sheet" | "kind" | "overrides" | "headerRow">) {
  return useMemo(() => {
    try {
      return { preview: previewConversion(snapshot, request, PREVIEW_ROWS), error: null };
    } catch (error) {
      // A refusal the officer can act on (no header row, register unsure) is shown in place
      // of the preview; anything else is a bug and goes to the error boundary.
      if (error instanceof ConvertError) return { preview: null, error };
      throw error;
    }
  }, [snapshot, request]);
}

export function SheetReview({ snapshot, sheet, busy, stale = false, onConvert }: {
  snapshot: WorkbookSnapshot;
  sheet: SheetSurvey;
  busy: boolean;
  /** The workbook changed since `snapshot` was read: Convert waits for a refresh. */
  stale?: boolean;
  onConvert(request: ConvertRequest): void;
}) {
  const styles = useStyles();
  const staleHint = useId();
  const detected = sheet.detection?.kind ?? sheet.detection?.mapping?.kind ?? undefined;
  const [kind, setKind] = useState<RegisterKind | undefined>(sheet.detection?.kind ?? undefined);
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined);
  const [overrides, setOverrides] = useState<MappingOverride[]>([]);
  const request = useMemo(() => ({ sheet: sheet.sheet, ...(kind ? { kind } : {}), overrides, ...(headerRow ? { headerRow } : {}) }), [sheet.sheet, kind, overrides, headerRow]);
  const { preview, error } = usePreview(snapshot, request);
  const mapping = preview?.plan.mapping;
  const grid = snapshot.grids.get(sheet.sheet.toLowerCase());
  // Rows below the header, blank ones included: the preview says "about".
  const rowsInSheet = grid && mapping ? grid.values.length - (mapping.headerRow - grid.origin.row + 1) : 0;
  const changes = preview?.plan.rows.reduce((n, r) => n + r.changes.length, 0) ?? 0;
  const problems = preview?.plan.rows.reduce((n, r) => n + r.problems.length, 0) ?? 0;

  return (
    <section className={styles.section} aria-label={`Convert ${sheet.sheet}`}>
      <Subtitle2 as="h3">{`“${sheet.sheet}”`}</Subtitle2>
      {sheet.detection && <Text>{sheet.detection.message}</Text>}
      <div className={styles.choices}>
        <Field label="Register">
          <Dropdown
            value={kind ? REGISTERS[kind].title : "Choose a register"}
            selectedOptions={kind ? [kind] : []}
            disabled={busy}
            onOptionSelect={(_event, data) => {
              const next = REGISTER_KINDS.find((k) => k === data.optionValue);
              if (next) {
                setKind(next);
                setOverrides([]);
              }
            }}
          >
            {REGISTER_KINDS.map((k) => (
              <Option key={k} value={k} text={REGISTERS[k].title}>
                {`${REGISTERS[k].title}${k === detected ? " (detected)" : ""}`}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Header row" hint="Rows above it are titles and are not converted.">
          <SpinButton
            min={1}
            value={headerRow ?? mapping?.headerRow ?? sheet.detection?.headerRow ?? 1}
            disabled={busy}
            onChange={(_event, data) => {
              const value = data.value ?? Number(data.displayValue);
              if (Number.isInteger(value) && value >= 1) {
                setHeaderRow(value);
                setOverrides([]);
              }
            }}
          />
        </Field>
      </div>
      {error && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{`${error.message} ${error.fix}`}</MessageBarBody>
        </MessageBar>
      )}
      {preview && mapping && (
        <>
          <MappingTable
            mapping={mapping}
            disabled={busy}
            onChange={(column, field) => setOverrides((previous) => [...previous.filter((o) => o.column !== column), { column, field }])}
          />
          {mapping.missingRequired.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {`No column feeds ${mapping.missingRequired.map((key) => REGISTERS[mapping.kind].fields.find((f) => f.key === key)?.label ?? key).join(", ")}, which every ${REGISTERS[mapping.kind].rowNoun} needs. Choose the column that holds it above, or the register will leave it empty.`}
              </MessageBarBody>
            </MessageBar>
          )}
          <Text className={styles.counts}>
            {`Preview of the first ${preview.plan.rows.length} of about ${Math.max(0, rowsInSheet)} rows: ${changes} value${changes === 1 ? "" : "s"} normalised (highlighted), ${problems} kept as typed because they could not be read (marked red). Every original stays in the “As typed” column and on this sheet, which is not changed.`}
          </Text>
          <PreviewTable plan={preview.plan} title={`Preview of the ${REGISTERS[mapping.kind].title} register`} />
          <Button
            appearance="primary"
            disabled={busy || stale}
            {...(stale ? { "aria-describedby": staleHint } : {})}
            onClick={() =>
              onConvert({ ...request, kind: mapping.kind, headerRow: mapping.headerRow, previewed: { headerRow: mapping.headerRow, headers: mapping.columns.map((c) => c.header) } })
            }
          >
            {`Convert to the ${REGISTERS[mapping.kind].title} register`}
          </Button>
          {stale && <Text id={staleHint}>The workbook changed since this preview was read: refresh (above) to review it again before converting.</Text>}
        </>
      )}
    </section>
  );
}
