import { PAIRING_CHOICES_SHEET } from "../domain/pairing/choices";
import { SETTINGS_SHEET_NAME } from "../domain/settings";
import { LISTS_SHEET_NAME } from "../workbook/office/write-table";

/**
 * Sheets the add-in writes for its own purposes. They are never read as registers, whatever
 * their headers look like; a user's sheet that happens to share a name is left alone by
 * readers and refused by writers that would replace it (each writer checks its own marker).
 */
export const OUTPUT_SHEETS = {
  settings: SETTINGS_SHEET_NAME,
  // Not "Lists": an officer's own sheet of that name must be read like any other.
  lists: LISTS_SHEET_NAME,
  issues: "Validation issues",
  pairingRunLog: "Pairing run log",
  pairingChoices: PAIRING_CHOICES_SHEET,
  programmeOverview: "Programme overview",
} as const;

/** Summary sheets are named per phase; they start with this prefix. */
export const SUMMARY_SHEET_PREFIX = "Summary - ";

export function isOutputSheet(name: string): boolean {
  const lower = name.toLowerCase();
  return Object.values(OUTPUT_SHEETS).some((n) => n.toLowerCase() === lower) || lower.startsWith(SUMMARY_SHEET_PREFIX.toLowerCase());
}
