/**
 * Reading scores the same way whichever form they come in, so that a nested
 * array and a typed matrix holding the same numbers always give the same result.
 */
import { MAX_SCORE, SCORE_SCALE, type ScoreInput, type ScoreMatrix } from "./types";

export function isScoreMatrix(scores: ScoreInput): scores is ScoreMatrix {
  return !Array.isArray(scores);
}

/** A rows x cols matrix with every pair forbidden until set. */
export function createScoreMatrix(rows: number, cols: number): ScoreMatrix {
  if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(cols) || cols < 0) {
    throw new RangeError(`createScoreMatrix: rows and cols must be non-negative integers (got ${rows} x ${cols})`);
  }
  return { rows, cols, values: new Float64Array(rows * cols).fill(Number.NaN) };
}

/** Sets one cell; `null` forbids the pair. */
export function setScore(matrix: ScoreMatrix, mentee: number, mentor: number, score: number | null): void {
  if (mentee < 0 || mentee >= matrix.rows || mentor < 0 || mentor >= matrix.cols) {
    throw new RangeError(`setScore: (${mentee}, ${mentor}) is outside a ${matrix.rows} x ${matrix.cols} matrix`);
  }
  matrix.values[mentee * matrix.cols + mentor] = score === null ? Number.NaN : score;
}

/** Copies nested rows into a typed matrix (`null` becomes NaN). */
export function scoreMatrixFromRows(rows: ReadonlyArray<ReadonlyArray<number | null>>, cols: number): ScoreMatrix {
  const matrix = createScoreMatrix(rows.length, cols);
  rows.forEach((row, i) => {
    if (row.length !== cols) {
      throw new RangeError(`scoreMatrixFromRows: row ${i} has ${row.length} scores, expected ${cols}`);
    }
    row.forEach((score, j) => {
      matrix.values[i * cols + j] = score === null ? Number.NaN : score;
    });
  });
  return matrix;
}

/** Number of mentee rows in either form. */
export function menteeCount(scores: ScoreInput): number {
  return isScoreMatrix(scores) ? scores.rows : scores.length;
}

/**
 * One mentee's scores as an indexable row. Callers treat both `null` and NaN
 * as "forbidden" (see {@link cellScore}); validation has already rejected NaN
 * in nested rows, so the two forms cannot disagree after validation.
 */
export function scoreRow(scores: ScoreInput, mentee: number): ArrayLike<number | null> {
  if (isScoreMatrix(scores)) {
    return scores.values.subarray(mentee * scores.cols, (mentee + 1) * scores.cols);
  }
  const row = scores[mentee];
  if (row === undefined) throw new RangeError(`mentee ${mentee} is outside the score matrix`);
  return row;
}

/**
 * One mentee's scores as a Float64Array with NaN for forbidden pairs. Hot
 * loops read this instead of {@link scoreRow} so that they see one array
 * type (monomorphic, much faster over millions of cells). Returns a view
 * for the typed form; copies into `scratch` for nested rows.
 */
export function scoreRowAsFloat(scores: ScoreInput, mentee: number, scratch: Float64Array): Float64Array {
  if (isScoreMatrix(scores)) return scores.values.subarray(mentee * scores.cols, (mentee + 1) * scores.cols);
  const row = scores[mentee];
  if (row === undefined) throw new RangeError(`mentee ${mentee} is outside the score matrix`);
  for (let j = 0; j < row.length; j++) {
    const s = row[j];
    scratch[j] = s === null || s === undefined ? Number.NaN : s;
  }
  return scratch;
}

/** The score of one pair, or null when it is forbidden; reads the typed form in place. */
export function scoreAt(scores: ScoreInput, mentee: number, mentor: number): number | null {
  if (isScoreMatrix(scores)) return cellScore(scores.values[mentee * scores.cols + mentor]);
  return cellScore(scores[mentee]?.[mentor]);
}

/** The score of a cell, or null when the pair is forbidden. */
export function cellScore(value: number | null | undefined): number | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  return value;
}

/**
 * Integer thousandths of a score: `Math.round(score * 1000)`. Scores are at
 * most 100, so the result is at most 100,000 and every sum of up to ~9e10
 * of them is an exact double; comparing these integers makes optimality and
 * ties exact where summing fractional doubles would not be.
 */
export function toMilli(score: number): number {
  // `+ 0` turns -0 (from a score typed as -0) into 0, so results compare equal whatever the input's sign bit.
  return Math.round(score * SCORE_SCALE) + 0;
}

export const MAX_SCORE_MILLI = MAX_SCORE * SCORE_SCALE;
