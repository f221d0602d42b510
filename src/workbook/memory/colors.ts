/**
 * Colours as Office.js reports them ("#RRGGBB", upper case). Office.js accepts "#RGB"-less
 * hex codes and HTML colour names on write; anything else fails like Excel with InvalidArgument.
 */

import { XlApiError } from "./errors";

const NAMED: Record<string, string> = {
  black: "#000000", white: "#FFFFFF", red: "#FF0000", green: "#008000", lime: "#00FF00",
  blue: "#0000FF", yellow: "#FFFF00", orange: "#FFA500", gray: "#808080", grey: "#808080",
  silver: "#C0C0C0", lightgray: "#D3D3D3", lightgrey: "#D3D3D3", darkgray: "#A9A9A9",
  purple: "#800080", navy: "#000080", teal: "#008080", maroon: "#800000", olive: "#808000",
  pink: "#FFC0CB", lightgreen: "#90EE90", lightblue: "#ADD8E6", lightyellow: "#FFFFE0",
  darkgreen: "#006400", darkred: "#8B0000", darkblue: "#00008B", gold: "#FFD700",
};

export function normalizeColor(input: unknown, where: string): string {
  if (typeof input === "string") {
    const text = input.trim();
    if (/^#[0-9a-f]{6}$/i.test(text)) return text.toUpperCase();
    const named = NAMED[text.toLowerCase()];
    if (named) return named;
  }
  throw new XlApiError("InvalidArgument", `"${String(input)}" is not a colour: use "#RRGGBB" or an HTML colour name.`, where);
}
