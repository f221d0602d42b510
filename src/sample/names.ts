import type { CountyName } from "../domain/reference";
import type { Rng } from "./prng";

/**
 * The name bank. Every person in the sample is INVENTED: a Christian or Muslim first name, a
 * community given name and a surname drawn at random, so any likeness to a real person is a
 * coincidence of common names. Names follow the community most people in a county come from,
 * because a Kisumu register full of Kikuyu names would look wrong to the officers who use it.
 * Surnames of the case study's authors and of well-known public figures are left out on purpose.
 */

export type Gender = "f" | "m";
type Community = "luo" | "gusii" | "luhya" | "kikuyu" | "coast" | "taita" | "kamba" | "kalenjin";

interface Bank {
  female: readonly string[];
  male: readonly string[];
  surnames: readonly string[];
}

const BANKS: Record<Community, Bank> = {
  luo: {
    female: ["Achieng", "Akinyi", "Atieno", "Awino", "Adhiambo", "Anyango", "Auma", "Akoth", "Apiyo", "Aoko"],
    male: ["Otieno", "Onyango", "Odhiambo", "Owino", "Omondi", "Okoth", "Ouma", "Oduor", "Opiyo", "Okello"],
    surnames: ["Owuor", "Oloo", "Ogola", "Odera", "Obura", "Okumu", "Ojwang", "Odongo", "Omolo", "Agola", "Nyakach", "Ogutu"],
  },
  gusii: {
    female: ["Kerubo", "Moraa", "Nyaboke", "Kwamboka", "Bosibori", "Nyanchama"],
    male: ["Ondieki", "Onsongo", "Nyakundi", "Mogaka", "Momanyi", "Ombati"],
    surnames: ["Nyamweya", "Omwenga", "Mokaya", "Onchiri", "Ogeto", "Masese", "Nyabuto", "Obiri"],
  },
  luhya: {
    female: ["Nafula", "Nekesa", "Nasimiyu", "Naliaka", "Nanjala", "Muhonja"],
    male: ["Wafula", "Wanjala", "Barasa", "Simiyu", "Wekesa", "Khaemba"],
    surnames: ["Makokha", "Shikuku", "Mukhwana", "Lumbasi", "Wanyonyi", "Masinde", "Khisa", "Opicho"],
  },
  kikuyu: {
    female: ["Wanjiru", "Njeri", "Wambui", "Nyambura", "Wairimu", "Waithera", "Gathoni", "Wanjiku", "Muthoni"],
    male: ["Kamau", "Mwangi", "Kariuki", "Njoroge", "Githinji", "Muchiri", "Ndungu", "Maina", "Gitau"],
    surnames: ["Kinyua", "Waweru", "Macharia", "Gachanja", "Kimani", "Ngugi", "Wachira", "Mugo", "Thuo"],
  },
  coast: {
    female: ["Kadzo", "Dama", "Mwanaisha", "Zawadi", "Mwanajuma", "Rehema", "Sidi"],
    male: ["Kahindi", "Kazungu", "Baya", "Charo", "Katana", "Chengo", "Mwinyi"],
    surnames: ["Mwaro", "Ngala", "Hamisi", "Juma", "Tsuma", "Kenga", "Mohamed", "Mramba", "Nzai"],
  },
  taita: {
    female: ["Wakesho", "Mkamburi", "Wawuda", "Mwanaidi"],
    male: ["Mwakio", "Mwandawiro", "Mwadime", "Mghanga"],
    surnames: ["Mwamburi", "Kishombe", "Mcharo", "Mwachofi", "Malemba", "Mwangola"],
  },
  kamba: {
    female: ["Mueni", "Mwikali", "Nduku", "Ndinda", "Mwende", "Kanini"],
    male: ["Mutua", "Kioko", "Kilonzo", "Wambua", "Mutinda", "Musyoki"],
    surnames: ["Nzioka", "Muli", "Kyalo", "Maundu", "Ndambuki", "Mbithi", "Wambua"],
  },
  kalenjin: {
    female: ["Chebet", "Chepkoech", "Jepkosgei", "Cherono", "Jeptoo", "Chelangat"],
    male: ["Kiprono", "Kipkemboi", "Kipruto", "Kibet", "Kiprotich", "Kimutai"],
    surnames: ["Koech", "Rotich", "Langat", "Kirui", "Kosgei", "Cheruiyot", "Tanui", "Bett"],
  },
};

const FIRST_NAMES: Record<Gender, readonly string[]> = {
  f: [
    "Grace", "Mary", "Caroline", "Beatrice", "Lilian", "Faith", "Mercy", "Esther", "Joyce", "Rose",
    "Pamela", "Eunice", "Dorothy", "Winnie", "Jacinta", "Everlyne", "Purity", "Sharon", "Diana",
    "Irene", "Nancy", "Consolata", "Judith", "Margaret", "Florence", "Agnes", "Priscilla", "Ruth",
  ],
  m: [
    "Peter", "John", "James", "Joseph", "David", "Samuel", "Daniel", "Moses", "George", "Charles",
    "Patrick", "Stephen", "Kennedy", "Felix", "Dennis", "Vincent", "Geoffrey", "Collins", "Evans",
    "Tom", "Fredrick", "Bernard", "Philip", "Isaac", "Elijah", "Martin", "Edwin", "Julius",
  ],
};

/** Coastal registers mix Muslim and Christian first names. */
const COAST_FIRST_NAMES: Record<Gender, readonly string[]> = {
  f: ["Fatuma", "Amina", "Halima", "Mwanahawa", "Saida"],
  m: ["Hassan", "Omar", "Abdalla", "Rashid", "Athman"],
};

const COUNTY_COMMUNITY: Partial<Record<CountyName, Community>> = {
  "Homa Bay": "luo", Kisumu: "luo", Siaya: "luo", Migori: "luo",
  Kisii: "gusii",
  Kakamega: "luhya", Bungoma: "luhya", Busia: "luhya", Vihiga: "luhya",
  Kiambu: "kikuyu", "Murang'a": "kikuyu",
  Mombasa: "coast", Kilifi: "coast", Kwale: "coast",
  "Taita Taveta": "taita",
  Machakos: "kamba",
  Nakuru: "kalenjin",
};

/** Names that must never appear: the case study's authors and widely known public figures. */
export const FORBIDDEN_NAME_PARTS: readonly string[] = [
  "Omanya", "Muriuki", "Oyucho", "Ochieng", "Odinga", "Kenyatta", "Ruto", "Kibaki", "Moi", "Musyoka", "Mudavadi", "Maathai",
];

export interface InventedPerson {
  fullName: string;
  firstName: string;
  surname: string;
  gender: Gender;
}

/**
 * Draws an unused name for someone working in `county`. Nairobi (and any county without a
 * listed community) draws from every community, as a capital's register does. `taken` holds
 * the lower-cased names already used, so that no two people share a name by accident.
 */
export function inventPerson(rng: Rng, county: CountyName, gender: Gender, taken: Set<string>): InventedPerson {
  const communities = Object.keys(BANKS) as Community[];
  for (let attempt = 0; attempt < 200; attempt++) {
    const community = COUNTY_COMMUNITY[county] ?? rng.pick(communities);
    const bank = BANKS[community];
    const firstNames = community === "coast" && rng.chance(0.4) ? COAST_FIRST_NAMES[gender] : FIRST_NAMES[gender];
    const firstName = rng.pick(firstNames);
    const given = rng.pick(gender === "f" ? bank.female : bank.male);
    const surname = rng.pick(bank.surnames);
    if (surname === given) continue;
    const fullName = `${firstName} ${given} ${surname}`;
    if (taken.has(fullName.toLowerCase())) continue;
    taken.add(fullName.toLowerCase());
    return { fullName, firstName, surname, gender };
  }
  throw new Error(`Name bank exhausted for ${county}`);
}

/** Registers a hand-picked name (a case-study story's person) so random draws avoid it. */
export function reservePerson(fullName: string, gender: Gender, taken: Set<string>): InventedPerson {
  const words = fullName.split(" ");
  if (taken.has(fullName.toLowerCase())) throw new Error(`Name already used: ${fullName}`);
  taken.add(fullName.toLowerCase());
  return { fullName, firstName: words[0] ?? fullName, surname: words[words.length - 1] ?? fullName, gender };
}
