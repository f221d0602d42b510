/**
 * The number format a register column takes: the one most of its number cells have (a column
 * of dates stays dates, and so does a date typed there later), General when they have none.
 * One rule for a carried column at its first conversion and for the register's own columns
 * when it is read back, so converting again does not change a column's format.
 */
export class FormatTally {
  private readonly counts = new Map<string, number>();

  /** Counts one number cell's format. */
  add(format: string): void {
    this.counts.set(format, (this.counts.get(format) ?? 0) + 1);
  }

  /** The most common format (the first seen on a tie); undefined for General or no number cell. */
  prevailing(): string | undefined {
    let best: string | undefined;
    let bestCount = 0;
    for (const [format, count] of this.counts) {
      if (count > bestCount) {
        best = format;
        bestCount = count;
      }
    }
    return best === "General" ? undefined : best;
  }
}
