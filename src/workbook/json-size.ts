/**
 * Size of a request as Excel counts it: UTF-8 bytes of its JSON. Shared by the in-memory
 * Excel (which enforces the limit) and writeBlock (which stays under it), so both agree.
 */

const encoder = typeof TextEncoder === "undefined" ? undefined : new TextEncoder();

export function utf8Length(text: string): number {
  // Large payloads (values arrays of a chunk) are counted natively; small ones by hand.
  if (encoder && text.length > 4_096) return encoder.encode(text).length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of JSON.stringify(value). */
export function jsonByteLength(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Length(text);
}
