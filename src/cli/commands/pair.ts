import { DEFAULT_THRESHOLD, DEFAULT_WEIGHTS, describeChoice, SCORE_PARTS, type ChoiceInForce, type PairingOutcome, type PairingRequestInput, type PairRef, type PairingWeights } from "../../domain/pairing";
import { acceptPairs, PairingError, proposePairs, type Proposal } from "../../operations/pair";
import { OUTPUT_SHEETS } from "../../operations/output-sheets";
import { createMemoryContext } from "../../workbook/memory";
import { CliError, usageError } from "../cli-error";
import type { Command } from "../command";
import { openWorkbookFile, saveWorkbookFile } from "../workbook-files";

/** Where a choice the run used came from, as the command line says it. */
function choiceSource(choice: ChoiceInForce): string {
  return choice.from ?? "command line";
}

/** The JSON contract of `mentorship pair --json` (see docs/pairing.md). */
export function pairingJson(outcome: PairingOutcome, ms: number, choices: readonly ChoiceInForce[] = []) {
  const person = (p: { id: string; name: string }) => ({ id: p.id, name: p.name });
  return {
    phase: outcome.phase,
    pairs: outcome.suggestions.map((s) => ({
      mentor: person(s.mentor),
      mentee: person(s.mentee),
      score: s.score,
      locked: s.locked,
      reasons: s.reasons,
      alternative: s.alternative && { mentor: person(s.alternative.mentor), score: s.alternative.score, scoreGivenUp: s.alternative.scoreGivenUp, hasRoom: s.alternative.hasRoom },
    })),
    unmatched: outcome.unmatched.map((u) => ({ mentee: person(u.mentee), reason: u.reason, message: u.message })),
    choices: choices.map((c) => ({ choice: c.choice, mentor: person(c.mentor), mentee: person(c.mentee), from: choiceSource(c), note: c.note })),
    total: outcome.total,
    solver: outcome.solver,
    ms: Math.round(ms * 100) / 100,
  };
}

function parseWeights(text: string): PairingWeights {
  const weights: PairingWeights = { ...DEFAULT_WEIGHTS };
  for (const part of text.split(",")) {
    const [key = "", value = ""] = part.split("=").map((s) => s.trim());
    const number = Number(value);
    if (!(SCORE_PARTS as readonly string[]).includes(key) || value === "" || !Number.isFinite(number) || number < 0 || number > 100) {
      throw usageError(`--weights: "${part.trim()}" is not one of ${SCORE_PARTS.map((k) => `${k}=0..100`).join(", ")}`, "pair");
    }
    weights[key as keyof PairingWeights] = number;
  }
  if (SCORE_PARTS.every((k) => weights[k] === 0)) throw usageError("--weights: at least one weight must be above 0", "pair");
  return weights;
}

function parseThreshold(text: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100) throw usageError(`--threshold must be a number from 0 to 100, not "${text}"`, "pair");
  return value;
}

const CHOICE_NOTE = "Given on the command line";

/** "MR-19:Lilian Mwikali Wambua": an ID or a name on each side of one colon. */
function parsePairRef(text: string, option: "lock" | "exclude"): PairRef {
  const parts = text.split(":").map((s) => s.trim());
  const [mentor = "", mentee = ""] = parts;
  if (parts.length !== 2 || mentor === "" || mentee === "") {
    throw usageError(`--${option} "${text}" is not MENTOR:MENTEE (an ID or a name on each side of one colon, e.g. --${option} "MR-19:Lilian Mwikali Wambua")`, "pair");
  }
  return { mentor, mentee, note: CHOICE_NOTE };
}

function requestFrom(values: Record<string, string | boolean | undefined>, lists: Record<string, string[]> = {}): PairingRequestInput {
  const phase = values.phase;
  if (typeof phase !== "string" || phase.trim() === "") throw usageError("missing --phase NAME", "pair");
  const objective = values.objective;
  if (objective !== undefined && objective !== "coverage" && objective !== "score") throw usageError(`--objective must be coverage or score, not "${String(objective)}"`, "pair");
  return {
    phase,
    ...(typeof values.weights === "string" ? { weights: parseWeights(values.weights) } : {}),
    ...(typeof values.threshold === "string" ? { threshold: parseThreshold(values.threshold) } : {}),
    ...(objective === "score" ? { objective: "score" as const } : {}),
    includeAllMentors: values["include-unqualified"] === true,
    locks: (lists.lock ?? []).map((t) => parsePairRef(t, "lock")),
    exclusions: (lists.exclude ?? []).map((t) => parsePairRef(t, "exclude")),
  };
}

function describe(proposal: Proposal): string[] {
  const { outcome, problem } = proposal;
  const lines = [`${outcome.phase}: ${outcome.suggestions.length} pair${outcome.suggestions.length === 1 ? "" : "s"} proposed, total score ${outcome.total}, ${outcome.unmatched.length} mentee${outcome.unmatched.length === 1 ? "" : "s"} unmatched.`];
  lines.push(...problem.constraints.map((c) => `  ${c}`));
  if (proposal.choices.length > 0) lines.push("Locks and exclusions:", ...proposal.choices.map((c) => `  ${describeChoice(c)} (${choiceSource(c)}).`));
  for (const s of outcome.suggestions) {
    lines.push("", `${s.mentor.name} (${s.mentor.id || "no ID"}) + ${s.mentee.name} (${s.mentee.id || "no ID"}): ${s.score}`);
    lines.push(...s.reasons.map((r) => `  ${r}`), `  ${s.alternativeText}`);
  }
  for (const u of outcome.unmatched) lines.push("", `Unmatched: ${u.message}`);
  return lines;
}

export const pairCommand: Command = {
  name: "pair",
  summary: "Propose the best mentor-mentee pairs for a phase, with the reasons for each.",
  usage:
    "FILE --phase NAME [--json] [--out FILE] [--threshold N] [--objective coverage|score] [--weights needs=50,travel=25,availability=10,sector=15] [--include-unqualified] [--lock MENTOR:MENTEE]... [--exclude MENTOR:MENTEE]...",
  positionals: { names: ["FILE"], required: 1 },
  details: [
    "Reads the workbook's registers, scores every allowed pair of the phase (needs covered, travel, availability,",
    "sector mix), keeps every hard rule (capacity, existing pairs, conflicts of interest, the mentor rules) and finds",
    "the exact best set of pairs. A mentee is never proposed again with a mentor they disengaged from in the phase.",
    `Locks and exclusions: those kept in the workbook's ${OUTPUT_SHEETS.pairingChoices} sheet for the phase, plus --lock and --exclude`,
    "(each side an ID or a name, as the registers have them; repeat for several).",
    "FILE is not changed; --out writes a copy with the pairs added to the Pairs register (status proposed), the run",
    `recorded in the Pairing run log sheet, and the --lock and --exclude choices kept in its ${OUTPUT_SHEETS.pairingChoices} sheet.`,
    "Exit codes: 0 pairs proposed (unmatched mentees included); 2 bad usage, unreadable file, unknown phase, a lock",
    "that cannot be kept, or a --lock/--exclude naming someone who is not in the phase.",
  ].join("\n"),
  options: {
    phase: { type: "string", valueName: "NAME", description: "The phase to pair, as the registers name it (e.g. \"Phase 2\")." },
    json: { type: "boolean", description: "Print the pairs as JSON (see docs/pairing.md for the shape)." },
    out: { type: "string", valueName: "FILE", description: "Write a copy with the proposed pairs in the Pairs register." },
    threshold: { type: "string", valueName: "N", description: `Never propose a pair scoring below N (0-100, default ${DEFAULT_THRESHOLD}).` },
    objective: { type: "string", valueName: "WHICH", description: "coverage (default): pair as many as possible, then best score; score: best total score." },
    weights: { type: "string", valueName: "LIST", description: "Score weights, e.g. needs=60,travel=20 (others keep their defaults)." },
    "include-unqualified": { type: "boolean", description: "Also propose mentors who fail the mentor rules (confidentiality, IHRM number, years)." },
    lock: { type: "string", multiple: true, valueName: "MENTOR:MENTEE", description: "Keep this pair whatever its score, e.g. \"MR-19:Lilian Mwikali Wambua\" (repeat for several)." },
    exclude: { type: "string", multiple: true, valueName: "MENTOR:MENTEE", description: "Never propose this pair (repeat for several)." },
  },
  async run(args, io, signal) {
    const file = args.positionals[0] ?? "";
    const request = requestFrom(args.values, args.lists);
    const out = typeof args.values.out === "string" ? args.values.out : undefined;
    if (out !== undefined && !/\.xlsx$/i.test(out)) throw new CliError(`cannot write ${out}: the output must be an .xlsx file`);
    const workbook = await openWorkbookFile(io, file);
    const context = createMemoryContext(workbook);
    let proposal: Proposal;
    try {
      // Only a copy is ever written: the run log and the new choices go into --out, FILE stays as it is.
      proposal = await proposePairs(context, request, { signal, log: out !== undefined, saveChoices: out !== undefined, now: () => io.now(), onProgress: io.progress });
    } catch (error) {
      if (error instanceof PairingError) throw new CliError(`${file}: ${error.message} ${error.fix}`.trim());
      throw error;
    }
    if (args.values.json === true) io.stdout(JSON.stringify(pairingJson(proposal.outcome, proposal.solveMs, proposal.choices), null, 2));
    else io.stdout(describe(proposal).join("\n"));
    if (out !== undefined) {
      const accepted = await acceptPairs(context, { phase: proposal.outcome.phase, suggestions: proposal.outcome.suggestions, acceptedAt: io.now() }, { signal });
      await saveWorkbookFile(io, workbook, out);
      const kept = proposal.choicesSaved?.rows ?? 0;
      const choices = kept > 0 ? `, ${kept} lock or exclusion choice${kept === 1 ? "" : "s"} kept in the ${OUTPUT_SHEETS.pairingChoices} sheet` : "";
      io.stderr(`Wrote ${out}: ${accepted.rows} pair${accepted.rows === 1 ? "" : "s"} added to the Pairs register (status proposed)${choices}, run recorded in the Pairing run log.`);
    }
    return 0;
  },
};
