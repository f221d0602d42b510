import { focusAreaLabel, type CountyName, type FocusAreaId } from "../reference";
import type { FieldKind } from "../registers/field";
import type { GridValue } from "../registers/register-data";
import { normalizeChoice } from "./choices";
import { normalizeCounties, normalizeCounty } from "./counties";
import { normalizeDate } from "./dates";
import { normalizeEmail } from "./email";
import { excelErrorIn, refuseExcelError } from "./excel-errors";
import { normalizeFocusArea, normalizeFocusAreas } from "./focus-areas";
import { LIST_JOINER, normalizeList } from "./lists";
import { normalizeHours, normalizeInteger, normalizeNumber, normalizeScore } from "./numbers";
import { normalizePhase } from "./phase";
import { normalizePhone } from "./phones";
import { normalizeYesNo } from "./yesno";
import { isBlankCell, refuse, type Normalised } from "./result";
import { normalizeId, normalizeName, normalizeText } from "./text";

/** What each field kind normalises to. */
export interface FieldValueByKind {
  id: string;
  text: string;
  name: string;
  email: string;
  phone: string;
  county: CountyName;
  counties: CountyName[];
  date: string;
  integer: number;
  number: number;
  yesno: boolean;
  choice: string;
  focusArea: FocusAreaId;
  focusAreas: FocusAreaId[];
  list: string[];
  score: number;
  phase: string;
}
export type FieldValue = FieldValueByKind[FieldKind];

export interface NormalizeFieldOptions {
  /** The allowed values of a "choice" field (the catalogue's `options`). */
  options?: readonly string[];
  /** Read a "number" field as a duration in hours (Excel time cells become hours). */
  hours?: boolean;
}

/** Register fields that hold a duration: their time-formatted cells mean hours. */
export const HOURS_FIELDS: ReadonlySet<string> = new Set(["hours", "sessionHours"]);

/**
 * The reader's one entry point: a cell to the value its field kind stores. A blank cell
 * (nothing a person could see) is `{ ok: true, value: null }`: not a problem, just no value.
 */
export function normalizeField<K extends FieldKind>(
  kind: K,
  value: GridValue,
  numberFormat?: string,
  options: NormalizeFieldOptions = {},
): Normalised<FieldValueByKind[K] | null> {
  if (isBlankCell(value)) return { ok: true, value: null, changed: false };
  // A cell showing Excel's error is a broken formula, whatever the field: never read as a value.
  const error = excelErrorIn(value);
  if (error !== undefined) return refuseExcelError(error);
  if (typeof value !== "string" || !REPEATING_KINDS.has(kind)) return dispatch(kind, value, numberFormat, options) as Normalised<FieldValueByKind[K]>;
  const memo = memoFor(kind, numberFormat, options);
  const known = memo.get(value);
  if (known) return copyLists(known) as Normalised<FieldValueByKind[K]>;
  const result = dispatch(kind, value, numberFormat, options);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(value, result);
  return copyLists(result) as Normalised<FieldValueByKind[K]>;
}

/*
 * Columns of these kinds repeat a few dozen values down thousands of rows (counties, sectors,
 * Yes/No, skills, dates), so each distinct text is read once per column setting. Names,
 * emails, phones and ids are nearly all different and would only fill the memo.
 */
const REPEATING_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(["county", "counties", "date", "integer", "number", "yesno", "choice", "focusArea", "focusAreas", "list", "score", "phase"]);
const MEMO_LIMIT = 10_000;
const MEMOS = new Map<string, Map<string, Normalised<FieldValue>>>();
const OPTION_IDS = new WeakMap<readonly string[], number>();
let nextOptionsId = 1;

function memoFor(kind: FieldKind, numberFormat: string | undefined, options: NormalizeFieldOptions): Map<string, Normalised<FieldValue>> {
  let optionsId = 0;
  if (options.options) {
    const known = OPTION_IDS.get(options.options);
    optionsId = known ?? nextOptionsId++;
    if (known === undefined) OPTION_IDS.set(options.options, optionsId);
  }
  const key = `${kind}|${numberFormat ?? ""}|${optionsId}|${options.hours ? 1 : 0}`;
  let memo = MEMOS.get(key);
  if (!memo) {
    memo = new Map();
    MEMOS.set(key, memo);
  }
  return memo;
}

/** Each caller gets its own list, so a row that edits its skills cannot edit another row's. */
function copyLists(result: Normalised<FieldValue>): Normalised<FieldValue> {
  return result.ok && Array.isArray(result.value) ? { ...result, value: [...result.value] as FieldValue } : result;
}

function dispatch(kind: FieldKind, value: GridValue, numberFormat: string | undefined, options: NormalizeFieldOptions): Normalised<FieldValue> {
  switch (kind) {
    case "id":
      return normalizeId(value, numberFormat);
    case "text":
      return normalizeText(value);
    case "name":
      return normalizeName(value);
    case "email":
      return normalizeEmail(value);
    case "phone":
      return normalizePhone(value);
    case "county":
      return normalizeCounty(value);
    case "counties":
      return normalizeCounties(value);
    case "date":
      return normalizeDate(value, numberFormat);
    case "integer":
      return normalizeInteger(value);
    case "number":
      return options.hours ? normalizeHours(value, numberFormat) : normalizeNumber(value, numberFormat);
    case "yesno":
      return normalizeYesNo(value);
    case "choice":
      return options.options ? normalizeChoice(value, options.options) : refuse("This column has no list of allowed values", "Report this to the add-in's maintainers.");
    case "focusArea":
      return normalizeFocusArea(value);
    case "focusAreas":
      return normalizeFocusAreas(value);
    case "list":
      return normalizeList(value);
    case "score":
      return normalizeScore(value);
    case "phase":
      return normalizePhase(value);
  }
}

/**
 * A normalised value as the register shows it (and as change reports quote it): lists joined
 * with "; ", focus areas by their labels, yes/no as Yes / No.
 */
export function displayValue(kind: FieldKind, value: FieldValue): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    const items = kind === "focusAreas" ? (value as FocusAreaId[]).map(focusAreaLabel) : value;
    return items.join(LIST_JOINER);
  }
  return kind === "focusArea" ? focusAreaLabel(value as FocusAreaId) : value;
}
