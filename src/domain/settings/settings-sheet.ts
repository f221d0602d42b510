import { excelErrorIn } from "../normalize/excel-errors";
import type { Grid, GridValue } from "../registers/register-data";
import { cellRef, type CellRef } from "../registers/register-data";
import { DEFAULT_SETTINGS, SETTING_KEYS, SettingsSchema, type SettingKey, type Settings } from "./settings";

/**
 * The Settings sheet: one setting per row (Setting | Value | What it means), so an officer
 * edits thresholds where they already work. Settings are found by their label or key, in any
 * order and case; a row the add-in does not know is left alone.
 */
export const SETTINGS_SHEET_NAME = "Settings";
export const SETTINGS_HEADERS = ["Setting", "Value", "What it means"] as const;

const LABELS: Record<SettingKey, string> = {
  minYearsExperience: "Minimum years of HR experience (mentors)",
  defaultWeeks: "Weeks per phase (default)",
  defaultSessionHours: "Session length in hours (default)",
  sessionHoursTolerance: "Session length tolerance (hours)",
  certificateMinSessions: "Sessions held for a certificate",
  certificateRequiresAcceptance: "Certificate needs acceptance letters signed",
  defaultMentorCapacity: "Mentees per mentor (default)",
};

export function settingLabel(key: SettingKey): string {
  return LABELS[key];
}

function describe(key: SettingKey): string {
  return SettingsSchema.shape[key].description ?? "";
}

/** The sheet's rows (header first) for the given settings, values typed for Excel. */
export function settingsSheetRows(settings: Settings = DEFAULT_SETTINGS): Array<[string, string | number | boolean, string]> {
  return [
    [...SETTINGS_HEADERS],
    ...SETTING_KEYS.map((key): [string, string | number | boolean, string] => [LABELS[key], settings[key], describe(key)]),
  ];
}

export interface SettingsProblem {
  key: SettingKey;
  cell: CellRef;
  value: GridValue;
  message: string;
  fix: string;
}

const loose = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");
const KEY_BY_WORDING = new Map<string, SettingKey>(SETTING_KEYS.flatMap((key) => [[loose(key), key], [loose(LABELS[key]), key]] as const));

function coerce(key: SettingKey, value: GridValue): number | boolean | undefined {
  const expected = typeof DEFAULT_SETTINGS[key];
  if (expected === "boolean") {
    if (typeof value === "boolean") return value;
    const word = String(value).trim().toLowerCase();
    if (["yes", "y", "true", "1"].includes(word)) return true;
    if (["no", "n", "false", "0"].includes(word)) return false;
    return undefined;
  }
  if (typeof value === "number") return value;
  const text = String(value).trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/**
 * Reads settings from the Settings sheet's grid. A value that is missing keeps its default;
 * a value that is wrong keeps its default too and is reported, so one typo never silently
 * changes every certificate.
 */
export function readSettingsGrid(grid: Grid | undefined): { settings: Settings; problems: SettingsProblem[] } {
  const found: Partial<Record<SettingKey, number | boolean>> = {};
  const problems: SettingsProblem[] = [];
  for (const [r, row] of (grid?.values ?? []).entries()) {
    const key = KEY_BY_WORDING.get(loose(String(row[0] ?? "")));
    const value = row[1];
    if (!grid || key === undefined || value === undefined || value === "") continue;
    const cell = cellRef(grid.sheet, grid.origin.row + r, grid.origin.column + 1);
    const typed = coerce(key, value);
    const parsed = typed === undefined ? undefined : SettingsSchema.shape[key].safeParse(typed);
    if (parsed?.success) {
      found[key] = parsed.data;
    } else {
      problems.push({
        key,
        cell,
        value,
        message: excelErrorIn(value)
          ? `The setting “${LABELS[key]}” shows Excel's error ${String(value)}: a formula behind the cell broke, so the default ${String(DEFAULT_SETTINGS[key])} is used instead.`
          : `The setting “${LABELS[key]}” holds “${String(value)}”, which is not a valid value; the default ${String(DEFAULT_SETTINGS[key])} is used instead.`,
        fix: `${describe(key)} Type ${typeof DEFAULT_SETTINGS[key] === "boolean" ? "Yes or No" : "a number"} in ${cell.address}.`,
      });
    }
  }
  return { settings: SettingsSchema.parse(found), problems };
}
