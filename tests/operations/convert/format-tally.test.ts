import { describe, expect, it } from "vitest";
import { FormatTally } from "../../../src/operations/convert/format-tally";

function prevailing(formats: string[]): string | undefined {
  const tally = new FormatTally();
  for (const f of formats) tally.add(f);
  return tally.prevailing();
}

describe("FormatTally", () => {
  it("gives the format most number cells have, General and no cells as none", () => {
    expect(prevailing(["dd/mm/yyyy", "General", "dd/mm/yyyy"])).toBe("dd/mm/yyyy");
    expect(prevailing(["General", "0.0", "General"])).toBeUndefined();
    expect(prevailing([])).toBeUndefined();
  });

  it("keeps the first seen on a tie, whichever reached the count first", () => {
    expect(prevailing(["0.0", "dd/mm/yyyy", "dd/mm/yyyy", "0.0"])).toBe("0.0");
  });
});
