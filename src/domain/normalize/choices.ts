import { GOAL_STATUSES, MENTEE_ROLES, PAIR_STATUSES, RESPONDENTS, SECTORS } from "../reference";
import type { GridValue } from "../registers/register-data";
import { allowedSlips, editDistance } from "./edit-distance";
import { accept, cellText, quoted, refuse, type Normalised } from "./result";

/*
 * Closed vocabularies (sector, pair and goal status, respondent, mentee role): tolerant of
 * case, spacing and punctuation, with the synonyms officers write. Synonyms are keyed by the
 * option they mean, and only apply when the field offers that option, so "done" can be
 * "completed" for a pair and "achieved" for a goal.
 *
 * Decisions: an NGO (and other non-profits) counts as Private: the register's sectors are
 * Public / Private / Faith-based and an NGO is neither government nor faith-based; the change
 * is reported, so an officer who disagrees sees it. Church, mission and the faith networks
 * (CHAK, KCCB, SUPKEM) are Faith-based. County, national, Govt and parastatals are Public.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  Public: ["public", "public sector", "govt", "gov", "government", "county", "county government", "national", "national government", "state", "ministry", "moh", "ministry of health", "parastatal", "state corporation", "public service", "civil service"],
  Private: ["private", "pvt", "private sector", "pte", "corporate", "company", "ltd", "limited", "business", "ngo", "non governmental", "non governmental organisation", "non governmental organization", "non profit", "not for profit", "cso", "civil society", "international ngo", "ingo"],
  "Faith-based": ["faith based", "faithbased", "fbo", "faith", "faith based organisation", "faith based organization", "mission", "mission hospital", "church", "religious", "christian", "catholic", "muslim", "islamic", "chak", "kccb", "supkem", "cck"],
  proposed: ["proposed", "propose", "pending", "planned", "suggested", "matched", "not started", "to start"],
  active: ["active", "ongoing", "on going", "in progress", "current", "running", "started", "continuing", "on track"],
  completed: ["completed", "complete", "done", "finished", "closed", "graduated", "certified", "ended"],
  disengaged: ["disengaged", "disengage", "dropped", "dropped out", "drop out", "dropout", "withdrawn", "withdrew", "terminated", "discontinued", "exited", "left", "quit", "stopped"],
  "not started": ["not started", "pending", "not yet", "not yet started", "to do", "todo", "new", "planned"],
  "in progress": ["in progress", "ongoing", "on going", "started", "partially achieved", "partly achieved", "partially", "on track", "progressing", "wip"],
  achieved: ["achieved", "done", "completed", "complete", "met", "accomplished", "attained", "fully achieved"],
  dropped: ["dropped", "abandoned", "cancelled", "canceled", "dropped goal", "withdrawn", "discontinued"],
  mentor: ["mentor", "by mentor", "mentors", "mentor form", "filled by mentor"],
  mentee: ["mentee", "by mentee", "mentees", "mentee form", "filled by mentee", "protege", "protégé"],
  "County HRH officer": ["county hrh officer", "hrh officer", "hr officer", "hrm officer", "human resource officer", "human resources officer", "hr manager", "hrm", "hrh", "hr", "human resource management officer", "hr assistant", "hrh manager", "chrh officer"],
  "County Public Service Management officer": ["county public service management officer", "cpsm", "cpsm officer", "public service management", "public service management officer", "psm", "psm officer", "county public service management"],
  "County Public Service Board member": ["county public service board member", "cpsb", "cpsb member", "board member", "county public service board", "public service board", "psb member", "psb"],
  Other: ["other", "others"],
};

const NOT_WORD = /[^a-z0-9]+/g;
const DIACRITICS = /[\u0300-\u036f]/g;

export function choiceKey(text: string): string {
  return text.normalize("NFKD").replace(DIACRITICS, "").toLowerCase().replace(NOT_WORD, " ").trim();
}

interface Vocabulary {
  byKey: Map<string, string>;
  /** Answers already given, by cell text: a status column repeats a handful of values. */
  memo: Map<string, Normalised<string>>;
  /** Keys and options compared for slips, one entry per wording. */
  wordings: Array<{ key: string; option: string }>;
}

const VOCABULARIES = new Map<string, Vocabulary>();
const BY_ARRAY = new WeakMap<readonly string[], Vocabulary>();

function vocabulary(options: readonly string[]): Vocabulary {
  const same = BY_ARRAY.get(options);
  if (same) return same;
  const id = options.join("\u0000");
  const known = VOCABULARIES.get(id);
  if (known) {
    BY_ARRAY.set(options, known);
    return known;
  }
  const byKey = new Map<string, string>();
  const wordings: Array<{ key: string; option: string }> = [];
  for (const option of options) {
    for (const word of [option, ...(SYNONYMS[option] ?? [])]) {
      const key = choiceKey(word);
      // The option's own wording wins over another option's synonym ("not started" is a goal
      // status in its own right, and only a synonym of "proposed" for pairs).
      if (!byKey.has(key) || word === option) byKey.set(key, option);
      wordings.push({ key, option });
    }
  }
  const made = { byKey, wordings, memo: new Map<string, Normalised<string>>() };
  VOCABULARIES.set(id, made);
  BY_ARRAY.set(options, made);
  return made;
}

/** The register's vocabularies, for callers that know the field but not its options. */
export const CHOICE_VOCABULARIES = { SECTORS, PAIR_STATUSES, GOAL_STATUSES, RESPONDENTS, MENTEE_ROLES } as const;

export function normalizeChoice(value: GridValue, options: readonly string[]): Normalised<string> {
  if (options.length === 0) return refuse(`${quoted(value)} cannot be checked: the field has no list of values`, "Report this to the add-in's maintainers.");
  const vocab = vocabulary(options);
  if (typeof value !== "string") return readChoice(value, options, vocab);
  const known = vocab.memo.get(value);
  if (known) return known;
  const result = readChoice(value, options, vocab);
  if (vocab.memo.size > 5_000) vocab.memo.clear();
  vocab.memo.set(value, result);
  return result;
}

function readChoice(value: GridValue, options: readonly string[], vocab: Vocabulary): Normalised<string> {
  const text = cellText(value);
  const list = options.join(", ");
  const fix = `Type one of: ${list}.`;
  const key = choiceKey(text);
  if (key === "") return refuse(`${quoted(value)} is not one of: ${list}`, fix);
  const direct = vocab.byKey.get(key);
  if (direct !== undefined) {
    if (direct === text) return accept(direct, false);
    const reason = choiceKey(direct) === key ? "written as in the list" : `“${text.trim()}” read as ${direct}`;
    return accept(direct, true, reason);
  }
  let best = allowedSlips(key.length) + 1;
  const nearest = new Set<string>();
  for (const wording of vocab.wordings) {
    if (wording.key.length < 5) continue;
    const d = editDistance(key, wording.key, best);
    if (d < best) {
      best = d;
      nearest.clear();
      nearest.add(wording.option);
    } else if (d === best) {
      nearest.add(wording.option);
    }
  }
  const [only] = nearest;
  if (best <= allowedSlips(key.length) && nearest.size === 1 && only !== undefined) {
    return accept(only, true, `misspelling corrected (${text.trim()} → ${only})`);
  }
  return refuse(`${quoted(value)} is not one of: ${list}`, fix);
}
