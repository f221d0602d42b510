/**
 * The LP certificate both solver test files check an engine's answer with: the duals it
 * returns must prove its assignment optimal over every allowed pair, hidden pairs included.
 */
import type { EngineOutput } from "../../../../src/domain/pairing/solver/engine";
import type { DenseProblem } from "../../../../src/domain/pairing/solver/reduce";

/** Drives an engine's generator to its end (no progress, no pauses) and returns its output. */
export function runToEnd(engine: Generator<number, EngineOutput, void>): EngineOutput {
  let step = engine.next();
  while (step.done !== true) step = engine.next();
  return step.value;
}

/**
 * Complementary slackness over every allowed pair of the engine's problem (cost =
 * -(multiplier * w + bonus)): u_i + v_j <= cost, u_i <= 0, v_j <= 0, equality on used pairs,
 * u_i = 0 for unmatched rows, v_j = 0 for columns with room. Any assignment with such duals is
 * optimal (LP duality), so this checks the engine's own proof, hidden pairs included.
 */
export function certificateProblems(p: DenseProblem, out: EngineOutput): string[] {
  const bad: string[] = [];
  const load = new Array<number>(p.cols).fill(0);
  for (let i = 0; i < p.rows; i++) {
    const j = out.rowCol[i]!;
    if (j >= 0) load[j]!++;
    if (out.u[i]! > 0) bad.push(`u[${i}] > 0`);
    if (j < 0 && out.u[i] !== 0) bad.push(`unmatched row ${i} has u ${out.u[i]}`);
    for (let c = 0; c < p.cols; c++) {
      const w = p.weights[p.rowSource[i]! * p.cols + c]!;
      if (w < 0) {
        if (c === j) bad.push(`row ${i} uses a disallowed pair`);
        continue;
      }
      const reduced = -(p.multiplier * w + p.bonus) - out.u[i]! - out.v[c]!;
      if (reduced < 0) bad.push(`pair (${i}, ${c}) has reduced cost ${reduced}`);
      if (c === j && reduced !== 0) bad.push(`used pair (${i}, ${c}) is not tight`);
    }
  }
  for (let c = 0; c < p.cols; c++) {
    if (load[c]! > p.capacity[c]!) bad.push(`column ${c} over capacity`);
    if (out.v[c]! > 0) bad.push(`v[${c}] > 0`);
    if (load[c]! < p.capacity[c]! && out.v[c] !== 0) bad.push(`column ${c} has room but v ${out.v[c]}`);
  }
  return bad;
}
