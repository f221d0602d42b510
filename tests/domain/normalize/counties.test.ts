import { describe, expect, it } from "vitest";
import { COUNTIES, COUNTY_ALIASES, COUNTY_NAMES, TOWN_COUNTIES } from "../../../src/domain/reference";
import { countyKey, normalizeCounties, normalizeCounty } from "../../../src/domain/normalize";

describe("normalizeCounty", () => {
  it("accepts all 47 names exactly as listed, unchanged", () => {
    for (const { name } of COUNTIES) expect(normalizeCounty(name)).toEqual({ ok: true, value: name, changed: false });
  });

  it.each([
    ["Homabay", "Homa Bay"],
    ["HOMA BAY", "Homa Bay"],
    ["homa  bay", "Homa Bay"],
    ["Taita-Taveta", "Taita Taveta"],
    ["Taita", "Taita Taveta"],
    ["Murang’a", "Murang'a"],
    ["Murang‘a", "Murang'a"],
    ["Muranga", "Murang'a"],
    ["Murang'a County", "Murang'a"],
    ["Kisumu County", "Kisumu"],
    ["County Government of Kisumu", "Kisumu"],
    [" kisumu ", "Kisumu"],
    ["Kisumo", "Kisumu"],
    ["Kakamegga", "Kakamega"],
    ["Nairobi City County", "Nairobi"],
    ["Tharaka Nithi", "Tharaka-Nithi"],
    ["Elgeyo Marakwet", "Elgeyo-Marakwet"],
    ["Uasin-Gishu", "Uasin Gishu"],
    ["Trans-Nzoia", "Trans Nzoia"],
    ["Nyandarwa", "Nyandarua"],
  ])("%s -> %s", (input, county) => {
    const r = normalizeCounty(input);
    expect(r).toMatchObject({ ok: true, value: county, changed: true });
    expect(r.ok && r.reason).toBeTruthy();
  });

  it("names the correction it made", () => {
    const r = normalizeCounty("Kisumo");
    expect(r.ok && r.reason).toContain("Kisumo → Kisumu");
  });

  it("refuses a value that is no county, saying so in the officer's words", () => {
    const r = normalizeCounty("Kampala");
    expect(r).toMatchObject({ ok: false, message: "“Kampala” is not one of Kenya's 47 counties" });
  });

  it("offers the nearest county when a slip is too large to correct", () => {
    const r = normalizeCounty("Kisumu Town West");
    expect(r.ok).toBe(false);
    const far = normalizeCounty("Nakru Twn");
    expect(far.ok).toBe(false);
    if (!far.ok) {
      expect(far.message).toContain("is not one of Kenya's 47 counties; the nearest is Nakuru");
      expect(far.fix).toContain("Nakuru");
    }
  });

  it("names the county of a town typed in its place, without applying it", () => {
    expect(normalizeCounty("Eldoret")).toEqual({
      ok: false,
      message: "“Eldoret” is a town, not one of Kenya's 47 counties; Eldoret is in Uasin Gishu",
      fix: "Type Uasin Gishu if that is the county meant; otherwise type the right county.",
    });
    expect(normalizeCounty(" athi-river ")).toMatchObject({ ok: false, message: expect.stringContaining("is in Machakos") });
    const listed = normalizeCounties("Nakuru, Thika");
    expect(listed).toMatchObject({ ok: true, value: ["Nakuru"], partial: { fix: "Correct the spelling (Thika → Kiambu?) or remove it." } });
  });

  it("knows no town by a county's name or another name of a county", () => {
    const clashes = Object.keys(TOWN_COUNTIES).filter((town) => COUNTY_NAMES.some((c) => countyKey(c) === town) || countyKey(town) in COUNTY_ALIASES);
    expect(clashes).toEqual([]);
    for (const county of Object.values(TOWN_COUNTIES)) expect(COUNTY_NAMES).toContain(county);
  });

  it("refuses when two counties are equally close", () => {
    // "Kitii" is one slip from Kisii and one from Kitui.
    const r = normalizeCounty("Kitii");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain("Kisii");
      expect(r.message).toContain("Kitui");
    }
  });

  it("does not fuzz short words", () => {
    expect(normalizeCounty("Lam").ok).toBe(false);
    expect(normalizeCounty("County").ok).toBe(false);
    expect(normalizeCounty(12).ok).toBe(false);
  });

  it("keys ignore case, spaces, hyphens and apostrophes", () => {
    expect(countyKey("Murang’a County")).toBe("muranga");
    expect(countyKey("TAITA-taveta")).toBe("taitataveta");
  });
});

describe("normalizeCounties", () => {
  it.each([
    ["Kisumu; Siaya; Homa Bay", ["Kisumu", "Siaya", "Homa Bay"], false],
    ["Kisumu, Siaya and Homabay", ["Kisumu", "Siaya", "Homa Bay"], true],
    ["Kisumu\nSiaya", ["Kisumu", "Siaya"], true],
    ["Kisumu / Siaya / Kisumu", ["Kisumu", "Siaya"], true],
    ["Taita-Taveta & Kwale", ["Taita Taveta", "Kwale"], true],
  ])("%s", (input, counties, changed) => {
    expect(normalizeCounties(input)).toMatchObject({ ok: true, value: counties, changed });
  });

  it("keeps the known counties of a partial list and reports the rest", () => {
    const r = normalizeCounties("Kisumu; Atlantis; Siaya");
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toEqual(["Kisumu", "Siaya"]);
      expect(r.changed).toBe(true);
      expect(r.partial?.message).toContain("“Atlantis” is not one of Kenya's 47 counties");
    }
  });

  it("refuses a cell that names no county", () => {
    expect(normalizeCounties("Atlantis; Narnia").ok).toBe(false);
    const single = normalizeCounties("Kampala");
    expect(single).toMatchObject({ ok: false, message: "“Kampala” is not one of Kenya's 47 counties" });
  });
});
