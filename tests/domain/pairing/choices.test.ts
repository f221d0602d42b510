// Reading the Pairing choices sheet as officers may have edited it: a note above the table,
// choices typed in other words, blank lines, rows that cannot be used (said with their cell).
import { describe, expect, it } from "vitest";
import { PAIRING_CHOICE_HEADERS, choiceCells, choiceRef, choiceStamp, readPairingChoices, sameChoice, type PairingChoice } from "../../../src/domain/pairing";
import type { GridValue } from "../../../src/domain/registers";

const grid = (values: GridValue[][], origin = { row: 1, column: 1 }) => ({ sheet: "Pairing choices", origin, values });

describe("the Pairing choices sheet, read", () => {
  it("finds the header below a note, reads lock and exclude in the words officers type, and skips blank lines", () => {
    const reading = readPairingChoices(
      grid(
        [
          ["Choices agreed at the Mombasa workshop", "", "", "", "", "", "", ""],
          [...PAIRING_CHOICE_HEADERS],
          ["Phase 2", "MR-19", "Abdalla Katana Kenga", "", "Lilian Mwikali Wambua", "Locked", "agreed", "2017-02-01 08:30 UTC"],
          ["", "", "", "", "", "", "", ""],
          ["phase 2", "", "Esther Chepkoech Rotich", "002/2015/1355", "", " EXCLUDE ", "", ""],
        ],
        { row: 3, column: 2 },
      ),
    );
    expect(reading.problems).toEqual([]);
    expect(reading.choices).toEqual([
      { phase: "Phase 2", choice: "lock", mentor: { id: "MR-19", name: "Abdalla Katana Kenga" }, mentee: { id: "", name: "Lilian Mwikali Wambua" }, note: "agreed", setAt: "2017-02-01 08:30 UTC", row: 5 },
      { phase: "phase 2", choice: "exclude", mentor: { id: "", name: "Esther Chepkoech Rotich" }, mentee: { id: "002/2015/1355", name: "" }, note: "", setAt: "", row: 7 },
    ]);
    // As the request names them: the ID when there is one, else the name; with where it is kept.
    expect(choiceRef(reading.choices[0]!)).toEqual({ mentor: "id:mr19", mentee: "name:lilian mwikali wambua", from: "row 5 of the Pairing choices sheet", note: "agreed" });
    expect(choiceRef(reading.choices[1]!)).toEqual({ mentor: "name:esther chepkoech rotich", mentee: "id:220151355", from: "row 7 of the Pairing choices sheet" });
  });

  it("says which rows it could not use, at which cell, and what to type", () => {
    const reading = readPairingChoices(
      grid([
        [...PAIRING_CHOICE_HEADERS],
        ["Phase 2", "MR-19", "", "", "Lilian", "perhaps", "", ""],
        ["", "MR-19", "", "", "Lilian", "lock", "", ""],
        ["Phase 2", "", "", "", "Lilian", "exclude", "", ""],
        ["Phase 2", "MR-19", "", "", "", "", "", ""],
      ]),
    );
    expect(reading.choices).toEqual([]);
    expect(reading.problems).toEqual([
      "Pairing choices!F2: “perhaps” is neither lock nor exclude, so row 2 was not used. Type lock or exclude.",
      "Pairing choices!A3: the Phase is blank, so row 3 was not used. Type the phase, e.g. Phase 2.",
      "Pairing choices!C4: the mentor is blank, so row 4 was not used. Type the mentor's ID or name.",
      "Pairing choices!F5: the Choice is blank, so row 5 was not used. Type lock or exclude.",
    ]);
  });

  it("holds nothing when the sheet is missing or blank, and says so when it is someone else's sheet", () => {
    expect(readPairingChoices(undefined)).toEqual({ choices: [], problems: [] });
    expect(readPairingChoices(grid([]))).toEqual({ choices: [], problems: [] });
    expect(readPairingChoices(grid([["My notes"], ["Mentor", "Mentee"]])).problems).toEqual([
      "The Pairing choices sheet has no header with Mentor, Mentee and Choice, so no lock or exclusion was read from it. Rename that sheet if it is yours; the add-in then makes its own.",
    ]);
  });
});

describe("a choice as the sheet writes it", () => {
  const choice: PairingChoice = { phase: "Phase 2", choice: "lock", mentor: { id: "MR-19", name: "Abdalla Katana Kenga" }, mentee: { id: "", name: "=Wanjiru Kamau" }, note: "", setAt: choiceStamp(new Date("2017-02-01T08:30:59Z")) };

  it("writes one cell per header, and is the same choice whatever the spacing and case of its IDs and names", () => {
    expect(choiceCells(choice)).toEqual(["Phase 2", "MR-19", "Abdalla Katana Kenga", "", "=Wanjiru Kamau", "lock", "", "2017-02-01 08:30 UTC"]);
    expect(choiceCells(choice)).toHaveLength(PAIRING_CHOICE_HEADERS.length);
    expect(sameChoice(choice, { ...choice, phase: "PHASE 2", mentor: { id: "mr 19", name: "" }, mentee: { id: "", name: "=wanjiru  kamau" } })).toBe(true);
    expect(sameChoice(choice, { ...choice, choice: "exclude" })).toBe(false);
    expect(sameChoice(choice, { ...choice, phase: "Phase 1" })).toBe(false);
  });
});
