import type { RegisterKind } from "../registers";
import type { Settings } from "../settings";
import { Collector } from "./context";
import { SchemaChecks } from "./fields";
import { PairIndex } from "./pair-index";
import { PeopleIndex } from "./people";
import { PhaseIndex } from "./phase-index";

/** Rows between abort checks and progress reports: often enough to feel instant, rare enough to cost nothing. */
export const CHUNK_ROWS = 2_000;

/** What the passes share: settings, the issue collector and the indexes earlier passes built. */
export class ValidationState {
  readonly out = new Collector();
  readonly schemas = new SchemaChecks();
  readonly phases = new PhaseIndex();
  readonly mentors = new PeopleIndex("mentors");
  readonly mentees = new PeopleIndex("mentees");
  readonly pairs = new PairIndex();
  done = 0;
  register: RegisterKind = "phases";

  constructor(
    readonly settings: Settings,
    readonly total: number,
  ) {}

  /** Counts one row; true when a chunk is complete and the pass should yield. */
  tick(): boolean {
    this.done += 1;
    return this.done % CHUNK_ROWS === 0;
  }
}
