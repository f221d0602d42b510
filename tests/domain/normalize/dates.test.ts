import { describe, expect, it } from "vitest";
import { excelSerialToIso, isDateFormat, isoToExcelSerial, normalizeDate } from "../../../src/domain/normalize";

describe("normalizeDate: day-first text", () => {
  it.each([
    ["06/02/2017", "2017-02-06", true],
    ["6/2/2017", "2017-02-06", true],
    ["6-2-2017", "2017-02-06", true],
    ["6.2.17", "2017-02-06", true],
    ["06/02/17", "2017-02-06", true],
    ["6 Feb 2017", "2017-02-06", true],
    ["6-Feb-17", "2017-02-06", true],
    ["6th February 2017", "2017-02-06", true],
    ["February 6, 2017", "2017-02-06", true],
    ["Feb 6 2017", "2017-02-06", true],
    ["Monday, 6 February 2017", "2017-02-06", true],
    ["2017-02-06", "2017-02-06", false],
    ["2017/2/6", "2017-02-06", true],
    ["2017-02-06T00:00:00", "2017-02-06", true],
    [" 06/02/2017 ", "2017-02-06", true],
    ["06/02/2017 10:30", "2017-02-06", true],
    ["29/02/2016", "2016-02-29", true],
    ["31/12/99", "1999-12-31", true],
    ["01/01/29", "2029-01-01", true],
    ["01/01/30", "1930-01-01", true],
  ])("%s -> %s", (input, iso, changed) => {
    const r = normalizeDate(input);
    expect(r).toMatchObject({ ok: true, value: iso, changed });
  });

  it.each([
    ["31/02/2017", "February 2017 has no day 31"],
    ["29/02/2017", "February 2017 has no day 29"],
    ["13/13/2017", "there is no month 13"],
    ["02/13/2017", "looks month-first"],
    ["32/01/2017", "January 2017 has no day 32"],
    ["Feb 2017", "has no day"],
    ["next week", "is not a date"],
    ["06/02/2517", "cannot be right"],
    ["00/02/2017", "has no day 0"],
  ])("refuses %s", (input, words) => {
    const r = normalizeDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(words);
      expect(r.fix).toMatch(/type (the date|it day-first)/i);
    }
  });

  it("tells the officer the day-first form of a month-first date", () => {
    const r = normalizeDate("02/13/2017");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fix).toContain("13/02/2017");
  });

  it("reports the two-digit year it assumed", () => {
    const r = normalizeDate("6.2.17");
    expect(r.ok && r.reason).toContain("2017");
  });
});

describe("normalizeDate: Excel serial numbers", () => {
  it.each([
    [42772, "d/m/yyyy", "2017-02-06", false],
    [42772, "General", "2017-02-06", true],
    [42772, undefined, "2017-02-06", true],
    [42772.75, "dd/mm/yyyy hh:mm", "2017-02-06", false],
    [1, "d/m/yyyy", "1900-01-01", false],
    [59, "d/m/yyyy", "1900-02-28", false],
    [61, "d/m/yyyy", "1900-03-01", false],
    [43831, "[$-409]d-mmm-yy;@", "2020-01-01", false],
  ])("%s with format %s -> %s", (serial, format, iso, changed) => {
    expect(normalizeDate(serial, format)).toMatchObject({ ok: true, value: iso, changed });
  });

  it("refuses serial 60, Excel's 29 February 1900 that never existed", () => {
    const r = normalizeDate(60, "d/m/yyyy");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("29 February 1900");
  });

  it("refuses small numbers in a General cell instead of reading them as 1900 dates", () => {
    expect(normalizeDate(12).ok).toBe(false);
    const year = normalizeDate(2017);
    expect(year.ok).toBe(false);
    if (!year.ok) expect(year.message).toContain("a year");
  });

  it("refuses TRUE", () => {
    expect(normalizeDate(true).ok).toBe(false);
  });

  it("round-trips ISO and serials across the leap-bug boundary", () => {
    for (const iso of ["1900-01-01", "1900-02-28", "1900-03-01", "2017-02-06", "2024-02-29", "2100-12-31"]) {
      expect(excelSerialToIso(isoToExcelSerial(iso))).toBe(iso);
    }
    expect(isoToExcelSerial("2017-02-06")).toBe(42772);
  });

  it.each([
    ["d/m/yyyy", true],
    ["dd-mmm-yy", true],
    ["mmm yyyy", true],
    ["[$-409]d-mmm-yy;@", true],
    ["h:mm", false],
    ["[h]:mm:ss", false],
    ["General", false],
    ["0.00", false],
    ['"Day" 0', false],
    ["#,##0", false],
  ])("isDateFormat(%s) = %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
