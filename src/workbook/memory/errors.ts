/**
 * Errors shaped like Office.js's `OfficeExtension.Error`: `name` "RichApi.Error", a `code`
 * from Excel.ErrorCodes / OfficeExtension.ErrorCodes, and `debugInfo` with the same code,
 * message and where it happened. Code that handles real Excel errors by `code` handles these.
 */

export type XlErrorCode =
  | "AccessDenied"
  | "ConnectionFailure"
  | "FilteredRangeConflict"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

export interface XlErrorDebugInfo {
  code: XlErrorCode;
  message: string;
  errorLocation?: string;
}

export class XlApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: XlErrorCode;
  readonly debugInfo: XlErrorDebugInfo;

  constructor(code: XlErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function propertyNotLoaded(typeName: string, property: string, extra = ""): XlApiError {
  return new XlApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.${extra}`,
    `${typeName}.${property}`,
  );
}
