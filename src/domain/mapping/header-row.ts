import type { Grid } from "../registers";
import { anyRegisterConfidence, MAPPING_THRESHOLD } from "./field-wordings";
import { gridWidth } from "./columns";
import { looksLikeData, looksLikeHeaderOverData } from "./row-shape";

/** How far down a header row is looked for: title blocks are rarely longer. */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderRowGuess {
  /** 0-based index into grid.values. */
  index: number;
  /** 1-based row on the sheet. */
  row: number;
  /** Sum of the confidences of the cells that name a known field. */
  score: number;
  /** How many cells name a known field. */
  matchedCells: number;
}

/**
 * The header row: of the first rows, the one whose cells best match known field wordings
 * across all registers. Title rows ("Mentors register – Phase 1", often one merged cell)
 * match one field at most; a header row matches several, and may have blank cells. Ties go
 * to the earlier row (a data row that echoes a header sits below it). Only text cells count:
 * headers are text, data rows are full of numbers and dates.
 *
 * A header naming only one known field ("Name", then "Cadre", "Duty station"...) can score
 * below a data row whose values happen to read like two ("Phase 1", "Week 3"). So when the
 * best row looks like data and a row above it looks like a header over that data (see
 * row-shape.ts), the header wins.
 */
export function findHeaderRow(grid: Grid, searchRows = HEADER_SEARCH_ROWS): HeaderRowGuess | null {
  const width = gridWidth(grid);
  const candidates: HeaderRowGuess[] = [];
  let best: HeaderRowGuess | null = null;
  const rows = Math.min(searchRows, grid.values.length);
  for (let i = 0; i < rows; i++) {
    const row = grid.values[i] ?? [];
    let score = 0;
    let matchedCells = 0;
    const seen = new Set<string>();
    for (let j = 0; j < Math.min(width, row.length); j++) {
      const value = row[j];
      if (typeof value !== "string" || value.length > 80) continue;
      const key = value.trim().toLowerCase();
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      const confidence = anyRegisterConfidence(value);
      if (confidence >= MAPPING_THRESHOLD) {
        score += confidence;
        matchedCells += 1;
      }
    }
    if (matchedCells === 0) continue;
    const guess = { index: i, row: grid.origin.row + i, score, matchedCells };
    candidates.push(guess);
    // A row naming two or more fields beats any row naming one; then the higher score wins,
    // and on a tie the earlier row stays.
    const plural = matchedCells >= 2;
    const bestPlural = best !== null && best.matchedCells >= 2;
    if (best === null || (plural && !bestPlural) || (plural === bestPlural && score > best.score)) best = guess;
  }
  if (!best || !looksLikeData(grid, best.index, width)) return best;
  const found = best;
  const above = candidates.filter((c) => c.index < found.index).reverse();
  return above.find((c) => looksLikeHeaderOverData(grid, c.index, width)) ?? best;
}
