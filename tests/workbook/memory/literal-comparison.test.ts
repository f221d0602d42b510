// Comparisons of literals in the in-memory Excel's formula reading (the validation marks' rule
// is one), with Excel's rules: text regardless of case, numbers before text before TRUE/FALSE.
import { describe, expect, it } from "vitest";
import { evaluateLiteralFormula } from "../../../src/workbook/memory/excel-input";

describe("comparing literals in a formula", () => {
  it.each([
    ['="mark"<>""', true],
    ['="mark"=""', false],
    ['="Kisumu"="KISUMU"', true],
    ["=1<2", true],
    ["=2<=2", true],
    ["=3>=4", false],
    ['=10>"9"', false],
    ["=TRUE>1", true],
    ['="a"&"b"="AB"', true],
    ["=(1+2)=3", true],
  ])("%s is %s", (formula, value) => {
    expect(evaluateLiteralFormula(formula)).toBe(value);
  });

  it("still leaves formulas that refer to cells alone", () => {
    expect(evaluateLiteralFormula("=A1<>B1")).toBeUndefined();
    expect(evaluateLiteralFormula('="a"<>')).toBeUndefined();
  });
});
