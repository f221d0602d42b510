/**
 * `Range.text` for the in-memory Excel: how a value looks under its number format.
 * Covers the formats registers use (General, text, fixed decimals, thousands, percentages,
 * currency prefixes, scientific, dates and times); other codes fall back to General.
 */

import { isDateFormat, serialParts } from "../excel-dates";

type CellValue = string | number | boolean;

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function formatCellText(value: CellValue, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === "General" || format === "" || format === "@") return formatGeneral(value);
  const sections = splitSections(format);
  let section = sections[0] ?? "General";
  let v = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1] ?? section;
    v = -value;
  } else if (value === 0 && sections.length > 2) {
    section = sections[2] ?? section;
  }
  if (isDateFormat(section)) {
    if (value < 0) return "#".repeat(8);
    return formatDate(value, section);
  }
  return formatNumberSection(v, section);
}

export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (Number.isInteger(value) && abs < 1e11) return String(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa = "0", exponent = "0"] = value.toExponential(5).split("e");
    const trimmed = mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa;
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits);
  return String(Number(value.toFixed(decimals)));
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? "";
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/** Literal text pieces and placeholders of a section, with colour/condition brackets removed. */
function literalAware(section: string): Array<{ literal: boolean; text: string }> {
  const parts: Array<{ literal: boolean; text: string }> = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] ?? "";
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      parts.push({ literal: true, text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      parts.push({ literal: true, text: section[i + 1] ?? "" });
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      const currency = /^\$([^-\]]*)/.exec(inner);
      if (currency && currency[1]) parts.push({ literal: true, text: currency[1] });
      i = end < 0 ? section.length : end;
    } else if (ch === "_" || ch === "*") {
      if (ch === "_") parts.push({ literal: true, text: " " });
      i++;
    } else {
      parts.push({ literal: false, text: ch });
    }
  }
  return parts;
}

function formatNumberSection(value: number, section: string): string {
  const parts = literalAware(section);
  const code = parts.filter((p) => !p.literal).map((p) => p.text).join("");
  const placeholder = /[0#?]/;
  const firstIdx = parts.findIndex((p) => !p.literal && placeholder.test(p.text));
  if (firstIdx < 0) return parts.map((p) => p.text).join("") || formatGeneral(value);
  let lastIdx = firstIdx;
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i];
    if (p && !p.literal && /[0#?.,eE+-]/.test(p.text)) {
      lastIdx = i;
      break;
    }
  }
  const prefix = parts.slice(0, firstIdx).map((p) => p.text).join("");
  const suffix = parts.slice(lastIdx + 1).map((p) => p.text).join("");
  const body = parts.slice(firstIdx, lastIdx + 1).map((p) => p.text).join("");
  let v = value;
  const percents = (code.match(/%/g) ?? []).length;
  for (let i = 0; i < percents; i++) v *= 100;
  const sci = /[eE][+-]/.exec(body);
  if (sci) {
    const mantissaCode = body.slice(0, sci.index);
    const decimals = (mantissaCode.split(".")[1] ?? "").replace(/[^0#?]/g, "").length;
    const [m = "0", e = "0"] = v.toExponential(decimals).split("e");
    const exp = Number(e);
    return `${prefix}${m}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}${suffix}`;
  }
  const [intCode = "", decCode = ""] = body.split(".");
  const decimals = decCode.replace(/[^0#?]/g, "").length;
  const minDecimals = decCode.replace(/[^0]/g, "").length;
  const grouping = intCode.includes(",");
  const minIntDigits = intCode.replace(/[^0]/g, "").length;
  const fixed = Math.abs(v).toFixed(decimals);
  let [intPart = "0", decPart = ""] = fixed.split(".");
  while (decPart.length > minDecimals && decPart.endsWith("0")) decPart = decPart.slice(0, -1);
  intPart = intPart.replace(/^0+/, "");
  if (intPart.length < minIntDigits) intPart = intPart.padStart(minIntDigits, "0");
  if (grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = v < 0 ? "-" : "";
  return `${sign}${prefix}${intPart}${decPart ? `.${decPart}` : ""}${suffix}`;
}

function formatDate(serial: number, section: string): string {
  const p = serialParts(serial);
  const parts = literalAware(section);
  const hasMeridiem = /AM\/PM|A\/P/i.test(section);
  // Tokenise placeholders into runs of the same letter.
  const tokens: Array<{ literal: boolean; text: string }> = [];
  for (const part of parts) {
    if (part.literal) {
      tokens.push(part);
      continue;
    }
    const prev = tokens[tokens.length - 1];
    if (prev && !prev.literal && prev.text[0]?.toLowerCase() === part.text.toLowerCase() && /[dmyhs]/i.test(part.text)) prev.text += part.text;
    else tokens.push({ ...part });
  }
  // Join "AM/PM" and "A/P" back into single tokens.
  const joined: Array<{ literal: boolean; text: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const rest = tokens.slice(i, i + 5).map((t) => t.text).join("");
    if (/^AM\/PM/i.test(rest)) {
      joined.push({ literal: false, text: "AM/PM" });
      i += 4;
    } else if (/^A\/P/i.test(rest)) {
      joined.push({ literal: false, text: "A/P" });
      i += 2;
    } else {
      const t = tokens[i];
      if (t) joined.push(t);
    }
  }
  const isMinuteContext = (index: number): boolean => {
    for (let j = index - 1; j >= 0; j--) {
      const t = joined[j];
      if (t && !t.literal && /^[hs]/i.test(t.text)) return /^h/i.test(t.text);
      if (t && !t.literal && /^[dy]/i.test(t.text)) break;
    }
    for (let j = index + 1; j < joined.length; j++) {
      const t = joined[j];
      if (t && !t.literal && /^s/i.test(t.text)) return true;
      if (t && !t.literal && /^[dyh]/i.test(t.text)) break;
    }
    return false;
  };
  let out = "";
  joined.forEach((t, index) => {
    if (t.literal) {
      out += t.text;
      return;
    }
    const lower = t.text.toLowerCase();
    const hour12 = p.hours % 12 === 0 ? 12 : p.hours % 12;
    if (lower === "am/pm") out += p.hours < 12 ? "AM" : "PM";
    else if (lower === "a/p") out += p.hours < 12 ? "A" : "P";
    else if (lower.startsWith("y")) out += lower.length <= 2 ? String(p.year % 100).padStart(2, "0") : String(p.year);
    else if (lower.startsWith("d")) {
      if (lower.length === 1) out += String(p.day);
      else if (lower.length === 2) out += String(p.day).padStart(2, "0");
      else if (lower.length === 3) out += (DAY_NAMES[p.weekday] ?? "").slice(0, 3);
      else out += DAY_NAMES[p.weekday] ?? "";
    } else if (lower.startsWith("m")) {
      if (lower.length <= 2 && isMinuteContext(index)) out += lower.length === 1 ? String(p.minutes) : String(p.minutes).padStart(2, "0");
      else if (lower.length === 1) out += String(p.month);
      else if (lower.length === 2) out += String(p.month).padStart(2, "0");
      else if (lower.length === 3) out += (MONTH_NAMES[p.month - 1] ?? "").slice(0, 3);
      else if (lower.length === 5) out += (MONTH_NAMES[p.month - 1] ?? "").slice(0, 1);
      else out += MONTH_NAMES[p.month - 1] ?? "";
    } else if (lower.startsWith("h")) {
      const h = hasMeridiem ? hour12 : p.hours;
      out += lower.length === 1 ? String(h) : String(h).padStart(2, "0");
    } else if (lower.startsWith("s")) out += lower.length === 1 ? String(p.seconds) : String(p.seconds).padStart(2, "0");
    else out += t.text;
  });
  return out;
}
