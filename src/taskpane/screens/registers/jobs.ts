// The Registers screen's workbook work, as jobs for useOperation: survey the workbook, and
// convert a sheet (then survey again, so the sheet list shows what changed). A conversion's
// refusals (ConvertError) become ActionableErrors: what is wrong, where, and the step to fix it.
import { ConvertError, convertSheet, surveyWorkbook, type ConvertOutcome, type ConvertRequest, type WorkbookSurvey } from "../../../operations/convert";
import { ActionableError } from "../../errors";
import type { OperationControls } from "../../operation";

export function surveyJob(controls: OperationControls): Promise<WorkbookSurvey> {
  return controls.inWorkbook((context) => surveyWorkbook(context, { signal: controls.signal, onProgress: controls.onProgress }));
}

export interface ConvertResult {
  outcome: ConvertOutcome;
  survey: WorkbookSurvey;
}

/**
 * Runs the conversion with host.run, not controls.inWorkbook: convertSheet itself stops at
 * Cancel (leaving the workbook as it was) up to the moment the register is put in place, and
 * a conversion that completed must not then be reported as cancelled.
 */
export async function convertJob(controls: OperationControls, request: ConvertRequest): Promise<ConvertResult> {
  try {
    const outcome = await controls.host.run((context) => convertSheet(context, request, { signal: controls.signal, onProgress: controls.onProgress, whenFiltered: controls.whenFiltered }));
    const survey = await controls.host.run((context) => surveyWorkbook(context));
    return { outcome, survey };
  } catch (error) {
    if (error instanceof ConvertError) throw new ActionableError(error.message, error.fix, { cause: error });
    throw error;
  }
}
