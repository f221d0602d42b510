/**
 * Kenya's 47 counties with their official codes (First Schedule of the Constitution, 2010),
 * and which counties share a border. Borders drive the pairing's travel score: sessions are
 * face to face at the mentee's workplace, so a mentor in a neighbouring county can reach it,
 * a mentor further away usually cannot. The adjacency list was drawn from the county map; it
 * is kept symmetric by construction (see `neighbours`), so a one-sided typo cannot creep in.
 */
export const COUNTIES = [
  { code: 1, name: "Mombasa" },
  { code: 2, name: "Kwale" },
  { code: 3, name: "Kilifi" },
  { code: 4, name: "Tana River" },
  { code: 5, name: "Lamu" },
  { code: 6, name: "Taita Taveta" },
  { code: 7, name: "Garissa" },
  { code: 8, name: "Wajir" },
  { code: 9, name: "Mandera" },
  { code: 10, name: "Marsabit" },
  { code: 11, name: "Isiolo" },
  { code: 12, name: "Meru" },
  { code: 13, name: "Tharaka-Nithi" },
  { code: 14, name: "Embu" },
  { code: 15, name: "Kitui" },
  { code: 16, name: "Machakos" },
  { code: 17, name: "Makueni" },
  { code: 18, name: "Nyandarua" },
  { code: 19, name: "Nyeri" },
  { code: 20, name: "Kirinyaga" },
  { code: 21, name: "Murang'a" },
  { code: 22, name: "Kiambu" },
  { code: 23, name: "Turkana" },
  { code: 24, name: "West Pokot" },
  { code: 25, name: "Samburu" },
  { code: 26, name: "Trans Nzoia" },
  { code: 27, name: "Uasin Gishu" },
  { code: 28, name: "Elgeyo-Marakwet" },
  { code: 29, name: "Nandi" },
  { code: 30, name: "Baringo" },
  { code: 31, name: "Laikipia" },
  { code: 32, name: "Nakuru" },
  { code: 33, name: "Narok" },
  { code: 34, name: "Kajiado" },
  { code: 35, name: "Kericho" },
  { code: 36, name: "Bomet" },
  { code: 37, name: "Kakamega" },
  { code: 38, name: "Vihiga" },
  { code: 39, name: "Bungoma" },
  { code: 40, name: "Busia" },
  { code: 41, name: "Siaya" },
  { code: 42, name: "Kisumu" },
  { code: 43, name: "Homa Bay" },
  { code: 44, name: "Migori" },
  { code: 45, name: "Kisii" },
  { code: 46, name: "Nyamira" },
  { code: 47, name: "Nairobi" },
] as const;

export type County = (typeof COUNTIES)[number];
export type CountyName = County["name"];

/** Tuple form for z.enum: zod wants a non-empty literal tuple. */
export const COUNTY_NAMES = COUNTIES.map((c) => c.name) as unknown as readonly [CountyName, ...CountyName[]];

/**
 * Other spellings seen in real sheets that fuzzy matching alone would get wrong or find
 * ambiguous (old district names, common short forms). Keys are compared after `countyKey`.
 */
export const COUNTY_ALIASES: Readonly<Record<string, CountyName>> = {
  nairobicity: "Nairobi",
  taita: "Taita Taveta",
  tharaka: "Tharaka-Nithi",
  tharakanithi: "Tharaka-Nithi",
  elgeyo: "Elgeyo-Marakwet",
  marakwet: "Elgeyo-Marakwet",
  muranga: "Murang'a",
  homabay: "Homa Bay",
  transnzoia: "Trans Nzoia",
  uasingishu: "Uasin Gishu",
  westpokot: "West Pokot",
  tanariver: "Tana River",
  kisiicentral: "Kisii",
  northnyanza: "Kakamega",
};

const BORDERS: ReadonlyArray<readonly [CountyName, readonly CountyName[]]> = [
  ["Mombasa", ["Kwale", "Kilifi"]],
  ["Kwale", ["Kilifi", "Taita Taveta"]],
  ["Kilifi", ["Taita Taveta", "Tana River"]],
  ["Tana River", ["Lamu", "Garissa", "Isiolo", "Kitui", "Taita Taveta", "Meru"]],
  ["Lamu", ["Garissa"]],
  ["Taita Taveta", ["Kitui", "Makueni", "Kajiado"]],
  ["Garissa", ["Wajir", "Isiolo"]],
  ["Wajir", ["Mandera", "Marsabit", "Isiolo"]],
  ["Mandera", ["Marsabit"]],
  ["Marsabit", ["Isiolo", "Samburu", "Turkana"]],
  ["Isiolo", ["Meru", "Laikipia", "Samburu", "Kitui"]],
  ["Meru", ["Laikipia", "Nyeri", "Tharaka-Nithi"]],
  ["Tharaka-Nithi", ["Embu", "Kitui"]],
  ["Embu", ["Kitui", "Machakos", "Kirinyaga", "Murang'a"]],
  ["Kitui", ["Machakos", "Makueni"]],
  ["Machakos", ["Makueni", "Kajiado", "Nairobi", "Kiambu", "Murang'a"]],
  ["Makueni", ["Kajiado"]],
  ["Nyandarua", ["Nakuru", "Laikipia", "Nyeri", "Murang'a", "Kiambu"]],
  ["Nyeri", ["Laikipia", "Kirinyaga", "Murang'a"]],
  ["Kirinyaga", ["Murang'a"]],
  ["Murang'a", ["Kiambu"]],
  ["Kiambu", ["Nairobi", "Kajiado", "Nakuru"]],
  ["Turkana", ["West Pokot", "Samburu", "Baringo"]],
  ["West Pokot", ["Trans Nzoia", "Elgeyo-Marakwet", "Baringo"]],
  ["Samburu", ["Laikipia", "Baringo"]],
  ["Trans Nzoia", ["Elgeyo-Marakwet", "Uasin Gishu", "Bungoma", "Kakamega"]],
  ["Uasin Gishu", ["Elgeyo-Marakwet", "Baringo", "Nandi", "Kakamega", "Kericho"]],
  ["Elgeyo-Marakwet", ["Baringo"]],
  ["Nandi", ["Kakamega", "Vihiga", "Kisumu", "Kericho", "Baringo"]],
  ["Baringo", ["Laikipia", "Nakuru", "Kericho"]],
  ["Laikipia", ["Nakuru"]],
  ["Nakuru", ["Kajiado", "Narok", "Bomet", "Kericho"]],
  ["Narok", ["Kajiado", "Bomet", "Migori", "Kisii", "Nyamira"]],
  ["Kajiado", ["Nairobi"]],
  ["Kericho", ["Kisumu", "Nyamira", "Bomet"]],
  ["Bomet", ["Nyamira"]],
  ["Kakamega", ["Vihiga", "Kisumu", "Siaya", "Busia", "Bungoma"]],
  ["Vihiga", ["Kisumu"]],
  ["Bungoma", ["Busia"]],
  ["Busia", ["Siaya"]],
  ["Siaya", ["Kisumu"]],
  ["Kisumu", ["Nyamira", "Homa Bay"]],
  ["Homa Bay", ["Migori", "Kisii", "Nyamira"]],
  ["Migori", ["Kisii"]],
  ["Kisii", ["Nyamira"]],
];

const adjacency: ReadonlyMap<CountyName, ReadonlySet<CountyName>> = (() => {
  const map = new Map<CountyName, Set<CountyName>>(COUNTIES.map((c) => [c.name, new Set<CountyName>()]));
  for (const [county, others] of BORDERS) {
    for (const other of others) {
      map.get(county)?.add(other);
      map.get(other)?.add(county);
    }
  }
  return map;
})();

/** Counties that share a border with `county` (symmetric). */
export function neighbours(county: CountyName): ReadonlySet<CountyName> {
  return adjacency.get(county) ?? new Set();
}

export function areNeighbours(a: CountyName, b: CountyName): boolean {
  return neighbours(a).has(b);
}

export function countyCode(name: CountyName): number {
  const found = COUNTIES.find((c) => c.name === name);
  if (!found) throw new Error(`Unknown county ${name}`);
  return found.code;
}
