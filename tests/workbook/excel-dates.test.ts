import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarSerial, dateToSerial, isDateFormat, serialParts, serialToDate } from "../../src/workbook/excel-dates";

describe("Excel date serials (1900 system)", () => {
  it("matches Excel's numbering, including the fictional 29 February 1900", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(1);
    expect(dateToSerial(new Date(Date.UTC(1900, 1, 28)))).toBe(59);
    expect(calendarSerial(1900, 2, 29)).toBe(60);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(dateToSerial(new Date("2017-02-06"))).toBe(42772);
    expect(dateToSerial(new Date("2017-02-06T18:00:00Z"))).toBe(42772.75);
    expect(serialParts(60)).toMatchObject({ year: 1900, month: 2, day: 29 });
  });

  it("round-trips dates from 1900 to 9999 to the millisecond", () => {
    const min = Date.UTC(1900, 0, 1);
    const max = Date.UTC(9999, 11, 31);
    fc.assert(fc.property(fc.integer({ min, max }), (ms) => {
      const d = new Date(ms);
      return serialToDate(dateToSerial(d)).getTime() === ms;
    }));
  });

  it("refuses dates Excel cannot store", () => {
    expect(() => dateToSerial(new Date(Date.UTC(1899, 11, 1)))).toThrow(RangeError);
    expect(() => dateToSerial(new Date("not a date"))).toThrow(RangeError);
    expect(calendarSerial(2017, 4, 31)).toBeUndefined();
  });

  it("recognises date formats and ignores quoted text and colours", () => {
    for (const f of ["dd/mm/yyyy", "d-mmm-yy", "h:mm AM/PM", "[h]:mm", "yyyy-mm-dd hh:mm:ss", "[$-409]d-mmm"]) expect(isDateFormat(f), f).toBe(true);
    for (const f of ["General", "@", "0.00", "#,##0", '"days"0', "[Red]0.00", "0%", "0.00E+00"]) expect(isDateFormat(f), f).toBe(false);
  });
});
