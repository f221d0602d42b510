import * as z from "zod";
import { COUNTY_NAMES, FOCUS_AREA_IDS } from "../reference";

/*
 * Value schemas per field kind: what a normalised cell holds. They are factories, not shared
 * instances, because the field catalogue is keyed by schema object: two fields sharing one
 * instance would share (and overwrite) one catalogue entry.
 */
export const isoDate = () => z.iso.date();
/** One international form for Kenyan phones: +254 then 9 digits (7xx/1xx mobiles, landlines). */
export const kenyanPhone = () => z.string().regex(/^\+254\d{9}$/, "a Kenyan number in the form +2547XXXXXXXX");
export const county = () => z.enum(COUNTY_NAMES);
export const focusArea = () => z.enum(FOCUS_AREA_IDS);
export const nonEmptyText = () => z.string().trim().min(1);
export const wholeNumber = () => z.number().int().min(0);
export const score1to5 = () => z.number().int().min(1).max(5);
