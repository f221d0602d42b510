import { describe, expect, it } from "vitest";
import { createMemoryContext } from "../../../src/workbook/memory/context";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";

type Cell = string | number | boolean;

/** Writes `input` to B2 through Range.values (optionally after a number format) and reads it back. */
async function typeInto(input: Cell, options: { format?: string; dateOrder?: "MDY" | "DMY" } = {}) {
  const workbook = new MemoryWorkbook({ dateOrder: options.dateOrder ?? "MDY", currentYear: 2024 });
  workbook.addSheet("S");
  const context = createMemoryContext(workbook);
  const range = context.workbook.worksheets.getItem("S").getRange("B2");
  if (options.format) range.numberFormat = [[options.format]];
  range.values = [[input]];
  range.load("values, formulas, numberFormat, text, valueTypes");
  await context.sync();
  return {
    value: range.values[0]?.[0],
    formula: range.formulas[0]?.[0],
    format: range.numberFormat[0]?.[0],
    text: range.text[0]?.[0],
    type: range.valueTypes[0]?.[0],
  };
}

describe("strings written to Range.values are parsed like typing", () => {
  it("makes formulas of leading =, keeping the formula and not its text as the value", async () => {
    const link = '=HYPERLINK("http://x.example","Wanjiru")';
    const r = await typeInto(link);
    expect(r.formula).toBe(link);
    expect(r.value).not.toBe(link);
    expect(r.value).toBe("");
  });

  it("computes trivially literal formulas", async () => {
    expect((await typeInto("=1+2*3")).value).toBe(7);
    expect((await typeInto('="Nai"&"robi"')).value).toBe("Nairobi");
    expect((await typeInto("=TRUE")).value).toBe(true);
    expect((await typeInto("=1+2")).formula).toBe("=1+2");
  });

  it("reads + and - as signs of numbers, otherwise as formulas; @ as a formula", async () => {
    expect(await typeInto("+254712345678")).toMatchObject({ value: 254712345678, type: "Double" });
    expect((await typeInto("-12.5")).value).toBe(-12.5);
    expect(await typeInto("+A1")).toMatchObject({ formula: "=+A1", value: "" });
    expect(await typeInto("-A1")).toMatchObject({ formula: "=-A1" });
    expect(await typeInto("@SUM(A1:A3)")).toMatchObject({ formula: "=SUM(A1:A3)" });
    expect((await typeInto("-")).value).toBe("-");
  });

  it("turns numeric-looking text into numbers, losing leading zeros", async () => {
    expect((await typeInto("007")).value).toBe(7);
    expect((await typeInto("0712345678")).value).toBe(712345678);
    expect(await typeInto("12%")).toMatchObject({ value: 0.12, format: "0%", text: "12%" });
    expect(await typeInto("1,234")).toMatchObject({ value: 1234, format: "#,##0", text: "1,234" });
    expect((await typeInto(" 42 ")).value).toBe(42);
    expect((await typeInto("12 yrs")).value).toBe("12 yrs");
    expect((await typeInto("0712 345 678")).value).toBe("0712 345 678");
  });

  it("turns TRUE/FALSE into booleans and dates into serials, per the date order", async () => {
    expect(await typeInto("true")).toMatchObject({ value: true, type: "Boolean", text: "TRUE" });
    expect(await typeInto("06/02/2017")).toMatchObject({ value: 42888, format: "m/d/yyyy" }); // 2 June 2017
    expect(await typeInto("06/02/2017", { dateOrder: "DMY" })).toMatchObject({ value: 42772, text: "6/2/2017" }); // 6 Feb 2017
    expect((await typeInto("2017-02-06")).value).toBe(42772);
    expect((await typeInto("MAR-12")).value).toBe(45363); // 12 March of the current year (2024)
    expect((await typeInto("6-Feb-2017")).value).toBe(42772);
    expect((await typeInto("10:30")).value).toBeCloseTo(0.4375, 10);
    expect((await typeInto("31/02/2017", { dateOrder: "DMY" })).value).toBe("31/02/2017");
  });

  it("keeps text as text after an apostrophe (which is dropped) or in a Text-formatted cell", async () => {
    expect(await typeInto("'=SUM(A1)")).toMatchObject({ value: "=SUM(A1)", formula: "=SUM(A1)", type: "String" });
    expect(await typeInto("'007")).toMatchObject({ value: "007" });
    expect(await typeInto("''quoted")).toMatchObject({ value: "'quoted" });
    expect(await typeInto("=HYPERLINK(1)", { format: "@" })).toMatchObject({ value: "=HYPERLINK(1)", type: "String" });
    expect(await typeInto("0712345678", { format: "@" })).toMatchObject({ value: "0712345678" });
    expect(await typeInto("+254712345678", { format: "@" })).toMatchObject({ value: "+254712345678" });
  });

  it("stores numbers written into a Text-formatted cell as text, as Excel does", async () => {
    expect(await typeInto(42, { format: "@" })).toMatchObject({ value: "42", type: "String" });
    expect(await typeInto(true, { format: "@" })).toMatchObject({ value: "TRUE" });
    expect(await typeInto(42)).toMatchObject({ value: 42, type: "Double" });
  });

  it("formats values for Range.text", async () => {
    expect((await typeInto(42772, { format: "dd/mm/yyyy" })).text).toBe("06/02/2017");
    expect((await typeInto(42772.5, { format: "d mmm yyyy h:mm AM/PM" })).text).toBe("6 Feb 2017 12:00 PM");
    expect((await typeInto(1234.5, { format: "#,##0.00" })).text).toBe("1,234.50");
    expect((await typeInto(-3, { format: "0.0;(0.0)" })).text).toBe("(3.0)");
    expect((await typeInto(0.256, { format: "0.0%" })).text).toBe("25.6%");
    expect((await typeInto(1 / 3)).text).toBe("0.333333333");
    expect((await typeInto(123456789012)).text).toBe("1.23457E+11");
  });

  it("treats an empty string as clearing the cell and refuses non-finite numbers", async () => {
    expect(await typeInto("")).toMatchObject({ value: "", type: "Empty" });
    await expect(typeInto(Number.NaN)).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
