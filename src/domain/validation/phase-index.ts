import type { CountyName } from "../reference";
import type { RowView } from "./context";
import { phaseKey } from "./keys";

/** A phase as the other registers need it: its counties, dates, weeks and session length. */
export interface PhaseInfo {
  key: string;
  name: string;
  view: RowView;
  counties: ReadonlySet<CountyName>;
  /** Day numbers (see dates.ts); undefined when the start date is blank or unreadable. */
  startDay: number | undefined;
  /** Last day a session may fall on: the end date, else start + weeks x 7 days - 1. */
  lastDay: number | undefined;
  weeks: number;
  sessionHours: number;
}

export class PhaseIndex {
  /** Whether the workbook has a Phases register at all; without one, phase names cannot be checked. */
  present = false;
  private readonly byKey = new Map<string, PhaseInfo>();

  add(info: PhaseInfo): void {
    if (!this.byKey.has(info.key)) this.byKey.set(info.key, info);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get(key: string | undefined): PhaseInfo | undefined {
    return key === undefined || key === "" ? undefined : this.byKey.get(key);
  }

  /** Whether a phase as typed is unknown (only when there is a Phases register to look in). */
  unknown(typed: string | undefined): boolean {
    if (!this.present || typed === undefined || typed.trim() === "") return false;
    return !this.byKey.has(phaseKey(typed));
  }

  names(): string[] {
    return [...this.byKey.values()].map((p) => p.name);
  }
}
