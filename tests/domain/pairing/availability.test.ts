import { describe, expect, it } from "vitest";
import { describeSlots, readAvailability } from "../../../src/domain/pairing";

describe("availability", () => {
  it.each([
    [["Tue", "Thu"], "Tue, Thu"],
    [["Weekday mornings"], "Mon am, Tue am, Wed am, Thu am, Fri am"],
    [["Fridays 2-5pm"], "Fri pm"],
    [["Mon", "Thu mornings"], "Mon, Thu am"],
    [["Any weekday"], "Mon, Tue, Wed, Thu, Fri"],
    [["Mon-Wed afternoons"], "Mon pm, Tue pm, Wed pm"],
    [["9am to 12 on Wednesday"], "Wed am"],
  ])("reads %j as %s", (items, expected) => {
    expect(describeSlots(readAvailability(items).slots)).toBe(expected);
  });

  it("keeps what it cannot read, and reads nothing from it", () => {
    const read = readAvailability(["when possible"]);
    expect(read.slots).toBe(0);
    expect(read.unread).toEqual(["when possible"]);
  });
});
