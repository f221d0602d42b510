import type { GridValue } from "../registers/register-data";
import { accept, cellText, quoted, refuse, type Normalised } from "./result";
import { cleanInline } from "./text";

/*
 * Email addresses: trimmed, "mailto:" and "Name <address>" wrappers removed, the domain in
 * lower case (domains are case-blind; the part before @ is left as typed because, strictly,
 * it is not). Every such change is reported.
 */
const SHAPE = /^[^\s@<>(),;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const ANGLE = /<([^<>]+)>/;
const SEVERAL = /[\s,;/]/;
const FIX = "Type one address like name@example.org.";

export function normalizeEmail(value: GridValue): Normalised<string> {
  if (typeof value !== "string") return refuse(`${cellText(value)} is not an email address`, FIX);
  let text = cleanInline(value);
  const reasons: string[] = [];
  if (text !== value) reasons.push("spaces removed");
  const angled = ANGLE.exec(text);
  if (angled?.[1] !== undefined) {
    text = angled[1].trim();
    reasons.push("name around the address removed");
  }
  if (/^mailto:/i.test(text)) {
    text = text.slice(7);
    reasons.push("mailto: removed");
  }
  if ((text.match(/@/g)?.length ?? 0) > 1) {
    return refuse(`${quoted(value)} holds more than one email address`, "Keep one address in this cell and put the other in Remarks.");
  }
  // "name @ gmail.com": spaces around @ are a slip, not two addresses.
  const joined = text.replace(/\s*@\s*/, "@");
  if (joined !== text) {
    text = joined;
    if (!reasons.includes("spaces removed")) reasons.push("spaces removed");
  }
  const at = text.indexOf("@");
  if (at < 1) return refuse(`${quoted(value)} is not an email address: it has no @`, FIX);
  if (SEVERAL.test(text)) return refuse(`${quoted(value)} is not an email address: it has spaces or commas in it`, FIX);
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  const lowerDomain = domain.toLowerCase();
  if (lowerDomain !== domain) reasons.push("domain in lower case");
  const address = `${local}@${lowerDomain}`;
  if (!SHAPE.test(address)) {
    const hint = /\.(?:con|cm|co)$/.test(lowerDomain) && !/\.co\.ke$/.test(lowerDomain) ? " (check the ending, e.g. .com or .co.ke)" : "";
    return refuse(`${quoted(value)} is not a complete email address${hint}`, FIX);
  }
  return address === value ? accept(address, false) : accept(address, true, reasons.join("; ") || "email tidied");
}
