/**
 * A conversion that cannot go ahead because of something in the officer's workbook: what is
 * wrong (naming the sheet and cell) and how to fix it. The task pane shows it as an
 * actionable message, the command line as one line with exit code 2.
 */

export type ConvertErrorCode =
  /** The named sheet is not in the workbook. */
  | "SheetNotFound"
  /** No header row was found, so there is nothing to map. */
  | "NoHeaderRow"
  /** The register could not be told from the headers, and none was chosen. */
  | "KindUnsure"
  /** The sheet is the add-in's own (a register, Settings, a summary): it is not converted. */
  | "NotASourceSheet"
  /** The register's sheet name is taken by a sheet that is not the add-in's register. */
  | "TargetOccupied"
  /** The existing register has formulas that rewriting its table would turn into values. */
  | "RegisterHasFormulas"
  /** The source sheet's headers are not the ones the officer previewed. */
  | "HeadersChanged";

export class ConvertError extends Error {
  override readonly name = "ConvertError";

  constructor(
    readonly code: ConvertErrorCode,
    message: string,
    /** The step that fixes it, as an instruction. */
    readonly fix: string,
  ) {
    super(message);
  }
}
