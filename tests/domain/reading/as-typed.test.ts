import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asTypedText, formatAsTyped, originalsFromAsTyped, parseAsTyped, type AsTypedEntry } from "../../../src/domain/reading";
import { cellRef } from "../../../src/domain/registers";

const gridValue = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('"', "\\", '\\"', "; ", ": ", "a; b: \"c\"", "TRUE", "12", "-0", "\n", ""),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
);
const label = fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("County", "Phone", "IHRM membership no.", "Progress against goals (1-5)", " padded ", 'say "hi"', "a: b", "x; y", ""));

describe("as-typed encoding", () => {
  it("renders a row's originals in one readable cell", () => {
    expect(formatAsTyped([{ label: "County", value: "Homabay" }, { label: "Phone", value: "0712 345 678" }])).toBe('County: "Homabay"; Phone: "0712 345 678"');
    expect(formatAsTyped([{ label: "Phone", value: 712345678 }, { label: "Held", value: true }])).toBe("Phone: 712345678; Held: TRUE");
    expect(formatAsTyped([])).toBe("");
  });

  it("parses exactly what it renders, for any labels and values", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ label, value: gridValue }), { maxLength: 6 }), (entries: AsTypedEntry[]) => {
        const parsed = parseAsTyped(formatAsTyped(entries));
        expect(parsed).not.toBeNull();
        expect(parsed?.length).toBe(entries.length);
        parsed?.forEach((p, i) => {
          expect(p.label).toBe(entries[i]?.label);
          expect(Object.is(p.value, entries[i]?.value)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("keeps text that looks like a number apart from a number", () => {
    const back = parseAsTyped(formatAsTyped([{ label: "Phone", value: "712345678" }, { label: "Phone", value: 712345678 }]));
    expect(back?.map((e) => typeof e.value)).toEqual(["string", "number"]);
  });

  it("refuses text that is not in the format", () => {
    for (const text of ["County", 'County: "open', "County: Homabay", 'County: "A";County: "B"', ': "x"']) expect(parseAsTyped(text)).toBeNull();
  });

  it("maps a register row's changes by label and back to field keys", () => {
    const cell = cellRef("Mentors", 3, 2);
    const row = {
      changes: [
        { field: "county", cell, before: "Homabay", after: "Homa Bay", reason: "county spelling" },
        { field: "ihrmNumber", cell, before: 7, after: "7", reason: "ID stored as a number" },
      ],
    };
    const text = asTypedText("mentors", row);
    expect(text).toBe('County: "Homabay"; IHRM membership no.: 7');
    expect(originalsFromAsTyped("mentors", text)).toEqual({ county: "Homabay", ihrmNumber: 7 });
  });
});
