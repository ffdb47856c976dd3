import { base, el, en, Faker, he, ja, ko, ku_kmr_latin, sl_SI, zh_CN } from "@faker-js/faker";
import { isValidPhoneNumber } from "libphonenumber-js/max";

/**
 * Value generators of the fourth evaluation corpus, written for round four's
 * held-out part without reading the detectors or the earlier corpora's
 * templates and generators. They draw from a random source of their own
 * (xoshiro128**), from name, street and city lists written here, and from
 * faker instances on locales no earlier corpus uses, so reseeding one corpus
 * never shifts another. Identifiers follow their issuers' rules (check
 * digits, allowed prefixes); every value is generated, no real person,
 * account or secret is behind any.
 */

// ---------------------------------------------------------------- random source

let state: [number, number, number, number] = [1, 2, 3, 4];

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** xoshiro128**: a small generator with a 128-bit state, plenty for dealing templates and values. */
export function random(): number {
  const [a, b, c, d] = state;
  const result = Math.imul(rotl(Math.imul(b, 5), 7), 9);
  const t = b << 9;
  let [s0, s1, s2, s3] = [a, b, c, d];
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = rotl(s3, 11);
  state = [s0 | 0, s1 | 0, s2 | 0, s3 | 0];
  return (result >>> 0) / 4294967296;
}

const fakers = [sl_SI, ku_kmr_latin, el, ko, ja, zh_CN, he].map(
  (locale) => new Faker({ locale: [locale, en, base] }),
);

/** Seeds the state with splitmix32 so that nearby seeds give unrelated streams. */
export function seed(value: number): void {
  let x = value | 0;
  const next = () => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  state = [next(), next(), next(), next()];
  fakers.forEach((instance, index) => {
    instance.seed(value * 31 + index * 104729);
  });
}

export function chance(p: number): boolean {
  return random() < p;
}

export function pick<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("pick() from an empty list");
  return values[Math.floor(random() * values.length)] as T;
}

export function int(min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chars(count: number, alphabet: string): string {
  let out = "";
  for (let n = 0; n < count; n++) out += alphabet.charAt(Math.floor(random() * alphabet.length));
  return out;
}

const upperChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const lowerChars = "abcdefghijklmnopqrstuvwxyz";
const digitChars = "0123456789";
export const alnum = upperChars + lowerChars + digitChars;
export const digits = (count: number) => chars(count, digitChars);
export const upper = (count: number) => chars(count, upperChars);
export const hex = (count: number) => chars(count, "0123456789abcdef");
export const base64 = (count: number) => chars(count, `${alnum}+/`);
export const base64url = (count: number) => chars(count, `${alnum}-_`);

export function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

// ---------------------------------------------------------------- people

export interface Person {
  given: string;
  family: string;
  /** Latin letters only, for mailboxes and slugs. */
  latin: boolean;
}

// Given and family names by origin, written for this corpus; the org's staff is
// mostly from its five regions, with the usual mix of everywhere else.
const namePools: readonly { given: readonly string[]; family: readonly string[] }[] = [
  {
    given: [
      "Lukas",
      "Johanna",
      "Maximilian",
      "Friederike",
      "Jannik",
      "Annika",
      "Till",
      "Merle",
      "Ole",
      "Wiebke",
      "Henrik",
      "Svenja",
      "Malte",
      "Lotte",
      "Joachim",
    ],
    family: [
      "Brandt",
      "Vogel",
      "Kühn",
      "Seidel",
      "Hartmann",
      "Lorenz",
      "Winkler",
      "Pohl",
      "Krämer",
      "Ebert",
      "Franke",
      "Albrecht",
      "Schüler",
      "Brückner",
      "Haas",
    ],
  },
  {
    given: [
      "Théo",
      "Manon",
      "Baptiste",
      "Clémence",
      "Romain",
      "Océane",
      "Guillaume",
      "Solène",
      "Mathis",
      "Inès",
      "Aurélien",
      "Margaux",
      "Quentin",
      "Élodie",
      "Yannick",
    ],
    family: [
      "Lefebvre",
      "Girard",
      "Mercier",
      "Fontaine",
      "Chevalier",
      "Gauthier",
      "Perrin",
      "Morel",
      "Rousseau",
      "Blanchard",
      "Garnier",
      "Faure",
      "Roux",
      "Lemaire",
      "Caron",
    ],
  },
  {
    given: [
      "Álvaro",
      "Lucía",
      "Iker",
      "Nerea",
      "Sergio",
      "Ainhoa",
      "Jorge",
      "Rocío",
      "Unai",
      "Paula",
      "Íñigo",
      "Begoña",
      "Rubén",
      "Marta",
      "Gonzalo",
    ],
    family: [
      "Navarro",
      "Iglesias",
      "Ortega",
      "Castillo",
      "Domínguez",
      "Vidal",
      "Herrero",
      "Santana",
      "Ibáñez",
      "Garrido",
      "Pascual",
      "Etxeberria",
      "Morales",
      "Cabrera",
      "Soler",
    ],
  },
  {
    given: [
      "Callum",
      "Niamh",
      "Rhys",
      "Imogen",
      "Alfie",
      "Eleanor",
      "Fraser",
      "Poppy",
      "Hamish",
      "Isla",
      "Ewan",
      "Harriet",
      "Declan",
      "Freya",
      "Gareth",
    ],
    family: [
      "Whitaker",
      "Pemberton",
      "Ashworth",
      "Gallagher",
      "McLeod",
      "Thornton",
      "Braithwaite",
      "Cartwright",
      "Fairclough",
      "Holloway",
      "Pritchard",
      "Llewellyn",
      "Sutcliffe",
      "Kerr",
      "Dunmore",
    ],
  },
  {
    given: [
      "Tyler",
      "Brianna",
      "Marcus",
      "Kayla",
      "Dustin",
      "Shelby",
      "Trevor",
      "Destiny",
      "Cody",
      "Jasmine",
      "Darnell",
      "Madison",
      "Garrett",
      "Kendra",
      "Wyatt",
    ],
    family: [
      "Henderson",
      "Coleman",
      "Brooks",
      "Jennings",
      "Whitfield",
      "Washington",
      "Delgado",
      "Kowalczyk",
      "Richardson",
      "Hayes",
      "Caldwell",
      "Spencer",
      "Montgomery",
      "Fitzgerald",
      "Barnes",
    ],
  },
  {
    given: [
      "Aarav",
      "Ishita",
      "Rohan",
      "Kavya",
      "Vikram",
      "Sneha",
      "Arjun",
      "Meera",
      "Siddharth",
      "Ananya",
      "Karthik",
      "Divya",
    ],
    family: [
      "Raghunathan",
      "Chatterjee",
      "Deshpande",
      "Venkatesan",
      "Malhotra",
      "Iyer",
      "Banerjee",
      "Kulkarni",
      "Subramanian",
      "Bhattacharya",
    ],
  },
  {
    given: ["Chidi", "Ngozi", "Emeka", "Funmilayo", "Tunde", "Adaeze", "Kwame", "Abena", "Kofi", "Efua"],
    family: [
      "Okonkwo",
      "Adeyemi",
      "Nwosu",
      "Mensah",
      "Boateng",
      "Eze",
      "Oyelaran",
      "Asante",
      "Obi",
      "Agyeman",
    ],
  },
  {
    given: [
      "Wei",
      "Xiaoling",
      "Jun",
      "Meiling",
      "Hao",
      "Yuxin",
      "Haruto",
      "Yui",
      "Minjun",
      "Seo-yeon",
      "Thanh",
      "Linh",
    ],
    family: [
      "Zhang",
      "Liu",
      "Chen",
      "Huang",
      "Takahashi",
      "Nakamura",
      "Park",
      "Kang",
      "Nguyen",
      "Tran",
      "Wong",
      "Lau",
    ],
  },
  {
    given: ["Youssef", "Layla", "Omar", "Yasmin", "Karim", "Nour", "Tariq", "Salma", "Hamza", "Amira"],
    family: [
      "Haddad",
      "El Amrani",
      "Khoury",
      "Benali",
      "Mansour",
      "Saleh",
      "Farouk",
      "Bouzid",
      "Nasser",
      "Aziz",
    ],
  },
  {
    given: [
      "Giulia",
      "Matteo",
      "Chiara",
      "Lorenzo",
      "Katarzyna",
      "Bartosz",
      "Agnieszka",
      "Tomasz",
      "Joana",
      "Tiago",
      "Sanne",
      "Joost",
      "Emre",
      "Elif",
      "Dimitris",
      "Eleni",
    ],
    family: [
      "Esposito",
      "Ferraro",
      "Colombo",
      "Wiśniewska",
      "Zieliński",
      "Nowak",
      "Carvalho",
      "Figueiredo",
      "de Vries",
      "van Dijk",
      "Yılmaz",
      "Öztürk",
      "Papadopoulos",
      "Georgiou",
    ],
  },
];

export function person(): Person {
  // One in eight names comes from a faker locale no earlier corpus uses, some in their own script.
  if (chance(0.125)) {
    const instance = pick(fakers);
    const given = instance.person.firstName();
    const family = instance.person.lastName();
    return { given, family, latin: /^[\p{Script=Latin}' -]+$/u.test(given + family) };
  }
  const pool = pick(namePools);
  return { given: pick(pool.given), family: pick(pool.family), latin: true };
}

export function latinPerson(): Person {
  for (;;) {
    const who = person();
    if (who.latin) return who;
  }
}

export const fullName = (who: Person = person()) => `${who.given} ${who.family}`;

/** Letters a mailbox or URL slug can hold: accents dropped, spaces removed. */
export function plain(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/ł/g, "l")
    .replace(/ı/g, "i")
    .replace(/[^A-Za-z-]/g, "")
    .toLowerCase();
}

export const companyDomains = [
  "quaystone.com",
  "halvard-systems.io",
  "brightmoor.co.uk",
  "tessera-labs.de",
  "arcline.fr",
  "nubaro.es",
];
const freeDomains = [
  "gmail.com",
  "outlook.com",
  "icloud.com",
  "proton.me",
  "gmx.de",
  "web.de",
  "orange.fr",
  "free.fr",
  "yahoo.es",
  "hotmail.co.uk",
  "btinternet.com",
  "aol.com",
];

export function email(who: Person = latinPerson(), free = chance(0.35)): string {
  const given = plain(who.given);
  const family = plain(who.family);
  const local = free
    ? pick([
        `${given}.${family}${int(1, 99)}`,
        `${given[0]}${family}`,
        `${given}_${family}`,
        `${family}.${given}`,
        `${given}${int(1970, 2004)}`,
      ])
    : pick([`${given}.${family}`, `${given[0]}.${family}`, `${given}`, `${given}${family[0]}`]);
  return `${local}@${pick(free ? freeDomains : companyDomains)}`;
}

// ---------------------------------------------------------------- phones

export type Region = "US" | "GB" | "DE" | "FR" | "ES";
export const regions: readonly Region[] = ["US", "GB", "DE", "FR", "ES"];

const usAreaCodes = [
  "206",
  "212",
  "303",
  "312",
  "404",
  "415",
  "503",
  "512",
  "617",
  "646",
  "702",
  "713",
  "720",
  "773",
  "919",
];

function nationalPhone(region: Region): { national: string; international: string } {
  switch (region) {
    case "US": {
      const area = pick(usAreaCodes);
      const exchange = `${int(2, 9)}${digits(2)}`;
      const line = digits(4);
      const national = pick([
        `(${area}) ${exchange}-${line}`,
        `${area}-${exchange}-${line}`,
        `${area}.${exchange}.${line}`,
      ]);
      return { national, international: `+1 ${area} ${exchange} ${line}` };
    }
    case "GB": {
      if (chance(0.6)) {
        const rest = `${int(1, 9)}${digits(2)} ${digits(6)}`;
        return { national: `07${rest}`, international: `+44 7${rest}` };
      }
      const [area, local] = pick([
        ["20", `${pick(["3", "7", "8"])}${digits(3)} ${digits(4)}`],
        ["161", `${int(2, 9)}${digits(2)} ${digits(4)}`],
        ["131", `${int(2, 6)}${digits(2)} ${digits(4)}`],
        ["117", `${int(2, 9)}${digits(2)} ${digits(4)}`],
        ["113", `${int(2, 4)}${digits(2)} ${digits(4)}`],
      ] as const);
      return { national: `0${area} ${local}`, international: `+44 ${area} ${local}` };
    }
    case "DE": {
      if (chance(0.55)) {
        const prefix = pick(["151", "152", "157", "160", "170", "171", "172", "176", "177", "179"]);
        const rest = prefix.startsWith("15") ? digits(8) : digits(7);
        const national = pick([`0${prefix} ${rest}`, `0${prefix}/${rest}`, `0${prefix}-${rest}`]);
        return { national, international: `+49 ${prefix} ${rest}` };
      }
      const [area, rest] = pick([
        ["30", `${int(2, 9)}${digits(7)}`],
        ["89", `${int(2, 9)}${digits(6)}`],
        ["40", `${int(2, 9)}${digits(7)}`],
        ["221", `${int(2, 9)}${digits(6)}`],
        ["69", `${int(2, 9)}${digits(7)}`],
      ] as const);
      const national = pick([`0${area} ${rest}`, `(0${area}) ${rest}`, `0${area}/${rest}`]);
      return { national, international: `+49 ${area} ${rest}` };
    }
    case "FR": {
      const first = pick(["1", "2", "3", "4", "5", "6", "7", "9"]);
      const pairs = [digits(2), digits(2), digits(2), digits(2)];
      const national = `0${first} ${pairs.join(pick([" ", ".", " "]))}`;
      return { national, international: `+33 ${first} ${pairs.join(" ")}` };
    }
    case "ES": {
      const mobile = chance(0.6);
      const head = mobile
        ? `${pick(["6", "7"])}${int(0, 4)}${digits(1)}`
        : pick(["91", "93", "96", "95"]) + digits(1);
      const rest = digits(6);
      const national = mobile
        ? pick([
            `${head} ${rest.slice(0, 3)} ${rest.slice(3)}`,
            `${head}${rest}`,
            `${head} ${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`,
          ])
        : `${head.slice(0, 2)} ${head.slice(2)}${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`;
      return { national, international: `+34 ${head} ${rest.slice(0, 3)} ${rest.slice(3)}` };
    }
  }
}

/** A valid phone number of the region, in its national layout or (sometimes) the international one. */
export function phone(region: Region = pick(regions), international = chance(0.3)): string {
  for (;;) {
    const { national, international: wide } = nationalPhone(region);
    if (isValidPhoneNumber(wide))
      return international
        ? region === "GB" && chance(0.3)
          ? wide.replace("+44 ", "+44 (0)")
          : wide
        : national;
  }
}

/** Numbers of other countries, written internationally, as colleagues abroad share them. */
export function foreignPhone(): string {
  for (;;) {
    const candidate = pick([
      () => `+31 6 ${digits(8)}`,
      () => `+39 3${int(20, 49)} ${digits(3)} ${digits(4)}`,
      () => `+353 8${pick(["3", "5", "6", "7"])} ${digits(3)} ${digits(4)}`,
      () => `+91 ${pick(["98", "97", "99", "88"])}${digits(3)} ${digits(5)}`,
      () => `+61 4${digits(2)} ${digits(3)} ${digits(3)}`,
      () => `+48 ${pick(["50", "51", "60", "69", "78"])}${digits(1)} ${digits(3)} ${digits(3)}`,
      () => `+41 7${pick(["6", "7", "8", "9"])} ${digits(3)} ${digits(2)} ${digits(2)}`,
    ])();
    if (isValidPhoneNumber(candidate)) return candidate;
  }
}

// ---------------------------------------------------------------- addresses

const usPlaces = [
  ["Austin", "TX", "787"],
  ["Denver", "CO", "802"],
  ["Portland", "OR", "972"],
  ["Chicago", "IL", "606"],
  ["Raleigh", "NC", "276"],
  ["Columbus", "OH", "432"],
  ["Boise", "ID", "837"],
  ["Tucson", "AZ", "857"],
] as const;
const usStreets = [
  "Maple Ave",
  "Oak Street",
  "W 34th St",
  "Sunset Blvd",
  "Cedar Lane",
  "N Lamar Blvd",
  "Willow Creek Dr",
  "Pine Ridge Rd",
  "E Colfax Ave",
  "Hawthorne St",
];
const gbPlaces = [
  ["Manchester", "M", ["14 5", "20 2", "4 6"]],
  ["Bristol", "BS", ["6 5", "3 4", "8 1"]],
  ["Leeds", "LS", ["6 3", "8 2", "11 5"]],
  ["Edinburgh", "EH", ["9 1", "6 8", "10 4"]],
  ["London", "SE", ["15 4", "22 9", "1 7"]],
  ["Cardiff", "CF", ["24 3", "11 9", "5 1"]],
] as const;
const gbStreets = [
  "Albert Road",
  "Victoria Terrace",
  "Mill Lane",
  "Kingsway",
  "Church Street",
  "Grange Avenue",
  "Beechwood Close",
  "Station Road",
  "Ashfield Crescent",
  "Queens Drive",
];
const dePlaces = [
  ["Berlin", "10", 115, 999],
  ["Hamburg", "20", 95, 999],
  ["München", "80", 331, 999],
  ["Köln", "50", 667, 999],
  ["Leipzig", "04", 103, 357],
  ["Stuttgart", "70", 173, 619],
] as const;
const deStreets = [
  "Lindenstraße",
  "Schillerstraße",
  "Am Mühlbach",
  "Gartenweg",
  "Goethestr.",
  "Bergstraße",
  "Ahornweg",
  "Kastanienallee",
  "Rosenheimer Str.",
  "Bismarckplatz",
];
const frPlaces: readonly [string, () => string][] = [
  ["Lyon", () => `6900${int(1, 9)}`],
  ["Paris", () => `750${int(10, 20)}`],
  ["Toulouse", () => pick(["31000", "31200", "31300", "31400", "31500"])],
  ["Nantes", () => pick(["44000", "44100", "44200", "44300"])],
  ["Lille", () => pick(["59000", "59160", "59260", "59800"])],
  ["Bordeaux", () => pick(["33000", "33100", "33200", "33300", "33800"])],
];
const frStreets = [
  "rue des Lilas",
  "avenue Jean Jaurès",
  "boulevard Voltaire",
  "rue de la République",
  "allée des Tilleuls",
  "rue du Faubourg Saint-Antoine",
  "impasse des Acacias",
  "place Bellecour",
  "chemin des Vignes",
  "rue Pasteur",
];
const esPlaces = [
  ["Madrid", "280", "Madrid"],
  ["Barcelona", "080", "Barcelona"],
  ["Valencia", "460", "Valencia"],
  ["Sevilla", "410", "Sevilla"],
  ["Bilbao", "480", "Bizkaia"],
  ["Zaragoza", "500", "Zaragoza"],
] as const;
const esStreets = [
  "Calle de Alcalá",
  "Carrer de Mallorca",
  "Avenida de la Constitución",
  "Calle Mayor",
  "Paseo de Gracia",
  "Calle del Pez",
  "Avinguda Diagonal",
  "Calle Gran Vía",
  "Calle San Vicente",
  "Plaza del Pilar",
];

/** A postal address of the region, on one line (comma separated) or, when `lines`, over several. */
export function address(region: Region = pick(regions), lines = false): string {
  const sep = lines ? "\n" : ", ";
  switch (region) {
    case "US": {
      const [city, state, zip] = pick(usPlaces);
      const unit = chance(0.4)
        ? pick([` Apt ${int(1, 30)}${pick(["", "B", "C"])}`, ` Unit ${int(100, 420)}`, ` #${int(2, 40)}`])
        : "";
      return `${int(12, 9870)} ${pick(usStreets)}${unit}${sep}${city}, ${state} ${zip}${digits(2)}`;
    }
    case "GB": {
      const [city, area, codes] = pick(gbPlaces);
      const [district, sector] = pick(codes).split(" ") as [string, string];
      const flat = chance(0.3) ? `Flat ${int(1, 12)}${sep}` : "";
      return `${flat}${int(1, 180)} ${pick(gbStreets)}${sep}${city} ${area}${district} ${sector}${chars(2, "ABDEFGHJLNPQRSTUWXYZ")}`;
    }
    case "DE": {
      const [city, prefix, low, high] = pick(dePlaces);
      const house = `${int(1, 140)}${chance(0.15) ? pick(["a", "b"]) : ""}`;
      const extra = lines && chance(0.3) ? `c/o ${fullName(latinPerson())}${sep}` : "";
      return `${extra}${pick(deStreets)} ${house}${sep}${prefix}${pad(int(low, high), 3)} ${city}`;
    }
    case "FR": {
      const [city, postcodeOf] = pick(frPlaces);
      const postcode = postcodeOf();
      const number = `${int(1, 98)}${chance(0.15) ? " bis" : ""}`;
      const apt = lines && chance(0.3) ? `Bâtiment ${pick(["A", "B", "C"])}, appt ${int(1, 40)}${sep}` : "";
      return `${apt}${number} ${pick(frStreets)}${sep}${postcode} ${city}`;
    }
    case "ES": {
      const [city, prefix, province] = pick(esPlaces);
      const floor = chance(0.6) ? `, ${int(1, 9)}º ${pick(["A", "B", "C", "D", "izq.", "dcha."])}` : "";
      return `${pick(esStreets)}, ${int(1, 210)}${floor}${sep}${prefix}${pad(int(1, 50), 2)} ${city}${chance(0.4) ? ` (${province})` : ""}`;
    }
  }
}

/** Addresses of the wider world, as relocation and travel forms hold them. */
export function foreignAddress(): string {
  return pick([
    () =>
      `${pick(["Keizersgracht", "Prinsengracht", "Overtoom", "Ferdinand Bolstraat"])} ${int(10, 600)}-${pick(["I", "II", "H"])}, ${int(1011, 1099)} ${upper(2).replace(/[AEIOU]/g, "K")} Amsterdam`,
    () =>
      `Via ${pick(["Roma", "Garibaldi", "Torino", "dei Mille", "Solferino"])} ${int(1, 120)}, 20${pad(int(100, 162), 3)} Milano MI`,
    () =>
      `${int(1, 90)} ${pick(["Harcourt Street", "Baggot Street Lower", "Clontarf Road"])}, Dublin ${int(2, 8)}, D0${int(2, 8)} ${upper(1)}${digits(1)}${upper(1)}${digits(1)}`,
    () =>
      `Rua ${pick(["Augusta", "da Prata", "do Carmo", "Garrett"])} ${int(1, 250)}, ${int(1000, 1990)}-${digits(3)} Lisboa`,
  ])();
}

// ---------------------------------------------------------------- identity documents

const mrzValues = (char: string) => {
  if (char === "<") return 0;
  if (/[0-9]/.test(char)) return Number(char);
  return char.charCodeAt(0) - 55;
};

/** ICAO 9303 check digit: weights 7, 3, 1 over the field's character values. */
export function mrzCheck(field: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  [...field].forEach((char, index) => {
    sum += mrzValues(char) * (weights[index % 3] as number);
  });
  return String(sum % 10);
}

export interface Passport {
  country: string;
  /** ISO 3166 alpha-3, as the MRZ writes it. */
  code: string;
  number: string;
}

const passportIssuers: readonly { country: string; code: string; make: () => string }[] = [
  {
    country: "United States",
    code: "USA",
    make: () => (chance(0.5) ? `${int(5, 6)}${digits(8)}` : `${pick(["A", "B", "C"])}${digits(8)}`),
  },
  { country: "United Kingdom", code: "GBR", make: () => `${int(1, 5)}${digits(8)}` },
  {
    country: "Germany",
    code: "D",
    make: () => `${pick(["C", "F", "G", "H", "J", "K"])}${chars(8, "CFGHJKLMNPRTVWXYZ0123456789")}`,
  },
  { country: "France", code: "FRA", make: () => `${digits(2)}${upper(2)}${digits(5)}` },
  { country: "Spain", code: "ESP", make: () => `${pick(["PA", "PB", "PC", "XD"])}${upper(1)}${digits(6)}` },
  { country: "Italy", code: "ITA", make: () => `${pick(["YA", "YB", "YC", "AA"])}${digits(7)}` },
  { country: "India", code: "IND", make: () => `${chars(1, "JKLMNPRSTUVWZ")}${digits(7)}` },
  { country: "Canada", code: "CAN", make: () => `${upper(2)}${digits(6)}` },
  { country: "Ireland", code: "IRL", make: () => `${pick(["P", "L", "T"])}${upper(1)}${digits(7)}` },
  { country: "China", code: "CHN", make: () => `E${digits(8)}` },
  { country: "Poland", code: "POL", make: () => `${upper(2)}${digits(7)}` },
  {
    country: "Netherlands",
    code: "NLD",
    make: () =>
      `${chars(2, "BCDFGHJKLMNPRSTVWXYZ")}${chars(6, "BCDFGHJKLMNPRSTVWXYZ0123456789")}${digits(1)}`,
  },
];

export function passport(): Passport {
  const issuer = pick(passportIssuers);
  return { country: issuer.country, code: issuer.code, number: issuer.make() };
}

function mrzDate(): string {
  return `${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
}

/** The two machine-readable lines of a passport's data page, with the span of the number in line two. */
export function passportMrz(
  who: Person,
  document: Passport,
): { line1: string; line2: string; nameEnd: number } {
  const issuer = document.code.padEnd(3, "<");
  const names = `${plain(who.family).toUpperCase().replace(/-/g, "<")}<<${plain(who.given).toUpperCase().replace(/-/g, "<")}`;
  const line1 = `P<${issuer}${names}`.padEnd(44, "<").slice(0, 44);
  const number = document.number.padEnd(9, "<");
  const birth = mrzDate();
  const expiry = `${pad(int(27, 36), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
  const personal = "<".repeat(14);
  const body = `${number}${mrzCheck(number)}${issuer}${birth}${mrzCheck(birth)}${pick(["M", "F"])}${expiry}${mrzCheck(expiry)}${personal}${mrzCheck(personal)}`;
  const composite = body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43);
  return { line1, line2: `${body}${mrzCheck(composite)}`, nameEnd: Math.min(44, 5 + names.length) };
}

/** US Social Security number: no 000, 666 or 9xx area, no 00 group, no 0000 serial. */
export function ssn(separator = pick(["-", "-", " ", ""])): string {
  let area = int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}${separator}${pad(int(1, 99), 2)}${separator}${pad(int(1, 9999), 4)}`;
}

const ninoFirst = "ABCEGHJKLMNOPRSTWXYZ";
const ninoSecond = "ABCEGHJKLMNPRSTWXYZ";
const ninoBanned = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);

export function nino(spaced = chance(0.5)): string {
  let prefix = `${chars(1, ninoFirst)}${chars(1, ninoSecond)}`;
  while (ninoBanned.has(prefix)) prefix = `${chars(1, ninoFirst)}${chars(1, ninoSecond)}`;
  const body = digits(6);
  const suffix = chars(1, "ABCD");
  return spaced
    ? `${prefix} ${body.slice(0, 2)} ${body.slice(2, 4)} ${body.slice(4)} ${suffix}`
    : `${prefix}${body}${suffix}`;
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

export function dni(): string {
  const number = int(1_000_000, 99_999_999);
  return `${pad(number, 8)}${chance(0.2) ? "-" : ""}${dniLetters.charAt(number % 23)}`;
}

export function nie(): string {
  const lead = int(0, 2);
  const body = digits(7);
  return `${"XYZ".charAt(lead)}${body}${dniLetters.charAt(Number(`${lead}${body}`) % 23)}`;
}

/** French NIR (numéro de sécurité sociale): sex, year, month, département, commune, order, key 97 − n mod 97. */
export function nir(spaced = chance(0.6)): string {
  const parts = [
    String(int(1, 2)),
    pad(int(60, 99), 2),
    pad(int(1, 12), 2),
    pad(pick([13, 31, 33, 44, 59, 69, 75, 92, 93, 94]), 2),
    pad(int(1, 400), 3),
    pad(int(1, 999), 3),
  ];
  const key = pad(97 - Number(BigInt(parts.join("")) % 97n), 2);
  return spaced ? `${parts.join(" ")} ${key}` : `${parts.join("")}${key}`;
}

/** German Steuer-ID: eleven digits, one digit twice in the first ten, check digit by ISO 7064 MOD 11,10. */
export function steuerId(spaced = chance(0.4)): string {
  const pool = [..."0123456789"];
  for (let n = pool.length - 1; n > 0; n--) {
    const m = int(0, n);
    [pool[n], pool[m]] = [pool[m] as string, pool[n] as string];
  }
  let first = pool.slice(0, 9);
  if (first[0] === "0") first = [...first.slice(1), "0"];
  const doubled = pick(first);
  const ten = [...first];
  ten.splice(int(1, 9), 0, doubled);
  let product = 10;
  for (const char of ten) {
    let sum = (Number(char) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  const id = `${ten.join("")}${check}`;
  return spaced ? `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}` : id;
}

/** Dutch BSN: nine digits passing the eleven test. */
export function bsn(): string {
  for (;;) {
    const d = digits(9);
    if (d[0] === "0") continue;
    let sum = 0;
    for (let n = 0; n < 8; n++) sum += Number(d[n]) * (9 - n);
    sum -= Number(d[8]);
    if (sum % 11 === 0) return d;
  }
}

/** Polish PESEL: birth date, serial, sex digit, weighted check digit. */
export function pesel(): string {
  const body = `${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(4)}`;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...body].reduce((total, char, index) => total + Number(char) * (weights[index] as number), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** Swedish personnummer (YYMMDD-NNNC), Luhn over the ten digits. */
export function personnummer(): string {
  const body = `${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
  const check = (10 - (luhnSum(body, true) % 10)) % 10;
  return `${body.slice(0, 6)}-${body.slice(6)}${check}`;
}

/** Italian codice fiscale is too long a rule to keep here; Belgian national numbers have a simple key. */
export function belgianNationalNumber(): string {
  const body = `${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pad(int(1, 997), 3)}`;
  const key = pad(97 - Number(BigInt(body) % 97n), 2);
  return `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6)}.${key}`;
}

// ---------------------------------------------------------------- money

function luhnSum(payload: string, doubleFirst: boolean): number {
  let sum = 0;
  [...payload].forEach((char, index) => {
    let value = Number(char);
    const doubled = doubleFirst ? index % 2 === 0 : (payload.length - index) % 2 === 1;
    if (doubled) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  });
  return sum;
}

/** A Luhn-valid card number of a common scheme, grouped as printed or run together. */
export function card(grouped = chance(0.7)): string {
  const scheme = pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover"] as const);
  const prefix = {
    visa: "4",
    mastercard: pick(["51", "53", "55", "2221", "2720"]),
    amex: pick(["34", "37"]),
    discover: "6011",
  }[scheme];
  const length = scheme === "amex" ? 15 : 16;
  const payload = prefix + digits(length - prefix.length - 1);
  const number = payload + String((10 - (luhnSum(payload, false) % 10)) % 10);
  if (!grouped) return number;
  const separator = pick([" ", " ", "-"]);
  return scheme === "amex"
    ? [number.slice(0, 4), number.slice(4, 10), number.slice(10)].join(separator)
    : (number.match(/.{4}/g) ?? []).join(separator);
}

function mod97(numeric: string): number {
  let rest = 0;
  for (const char of numeric) rest = (rest * 10 + Number(char)) % 97;
  return rest;
}

function ibanFrom(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`]
    .map((char) => (/[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char))
    .join("");
  return `${country}${pad(98 - mod97(numeric), 2)}${bban}`;
}

const spanishWeights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
function spanishControl(ten: string): string {
  const sum = [...ten].reduce(
    (total, char, index) => total + Number(char) * (spanishWeights[index] as number),
    0,
  );
  const digit = 11 - (sum % 11);
  return String(digit === 11 ? 0 : digit === 10 ? 1 : digit);
}

/** An IBAN with valid mod-97 check digits (and national keys where the country has them), grouped by four or not. */
export function iban(
  country = pick(["DE", "GB", "FR", "ES", "NL", "IE", "BE"] as const),
  grouped = chance(0.6),
): string {
  let bban: string;
  switch (country) {
    case "DE":
      bban = `${pick(["1", "2", "3", "5", "7"])}${digits(7)}${digits(10)}`;
      break;
    case "GB":
      bban = `${pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])}${digits(6)}${digits(8)}`;
      break;
    case "IE":
      bban = `${pick(["AIBK", "BOFI"])}${digits(6)}${digits(8)}`;
      break;
    case "FR": {
      const bank = digits(5);
      const branch = digits(5);
      const account = digits(11);
      const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
      bban = `${bank}${branch}${account}${pad(key, 2)}`;
      break;
    }
    case "ES": {
      const bankBranch = digits(8);
      const account = digits(10);
      bban = `${bankBranch}${spanishControl(`00${bankBranch}`)}${spanishControl(account)}${account}`;
      break;
    }
    case "NL":
      bban = `${pick(["ABNA", "INGB", "RABO", "TRIO"])}${digits(10)}`;
      break;
    case "BE": {
      const body = digits(10);
      const check = Number(BigInt(body) % 97n) || 97;
      bban = `${body}${pad(check, 2)}`;
      break;
    }
  }
  const value = ibanFrom(country, bban);
  return grouped ? (value.match(/.{1,4}/g) ?? []).join(" ") : value;
}

/** An ABA routing number: a Federal Reserve prefix and the 3-7-1 weighted checksum. */
export function routingNumber(): string {
  const prefix = pad(pick([int(1, 12), int(21, 32), int(61, 72)]), 2);
  const body = `${prefix}${digits(6)}`;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = [...body].reduce((total, char, index) => total + Number(char) * (weights[index] as number), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** Nine digits that fail the ABA checksum, for order and ticket numbers. */
export function notRoutingNumber(): string {
  for (;;) {
    const value = digits(9);
    const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
    const sum = [...value].reduce(
      (total, char, index) => total + Number(char) * (weights[index] as number),
      0,
    );
    if (sum % 10 !== 0) return value;
  }
}

export function bankAccount(): string {
  return `${int(1, 9)}${digits(int(7, 11))}`;
}

export function money(currency = pick(["$", "£", "€"])): string {
  const amount = int(38, 185) * 1000;
  const formatted =
    currency === "€" && chance(0.5)
      ? `${amount.toLocaleString("de-DE")} €`
      : `${currency}${amount.toLocaleString("en-US")}`;
  return formatted;
}

// ---------------------------------------------------------------- network

export function ipv4(): string {
  // Public-looking unicast addresses, as a home router or VPN exit shows them.
  const first = pick([24, 31, 37, 46, 62, 73, 77, 81, 86, 90, 98, 109, 141, 176, 185, 212, 217]);
  return `${first}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
}

export function privateIpv4(): string {
  return pick([
    `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    `192.168.${int(0, 40)}.${int(2, 254)}`,
    `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`,
  ]);
}

export function ipv6(): string {
  const groups = [
    pick(["2a02", "2001", "2a01", "2600", "2a00", "2003"]),
    hex(4).replace(/^0+/, "") || "0",
    hex(3),
    hex(4),
  ];
  if (chance(0.5)) return `${groups.join(":")}::${hex(4).replace(/^0+/, "") || "1"}`;
  return [...groups, hex(4), hex(4), hex(2), hex(4)].map((group) => group.replace(/^0+(?=.)/, "")).join(":");
}

// ---------------------------------------------------------------- secrets

/** Passwords people really choose: words with digits and symbols, or manager-generated strings. */
export function password(): string {
  return pick([
    () =>
      `${pick(["Sommer", "Winter", "Falcon", "Marmalade", "Biscuit", "Chelsea", "Paloma", "Tigre", "Bretzel", "Orange"])}${int(1, 2026)}${pick(["!", "#", "$", "?", "*", ""])}`,
    () =>
      `${pick(["Bl@ck", "P@ssw0rd", "Qu!ck", "M0nkey", "Dr@gon", "S3cure"])}${pick(["Cat", "Fox", "Sun", "Bay"])}#${int(10, 99)}`,
    () => chars(int(12, 20), `${alnum}!@#%^&*-_=+`),
    () =>
      `${pick(["lemon", "copper", "harbor", "velvet", "granite", "saffron"])}-${pick(["tiger", "river", "piano", "cactus", "meadow", "rocket"])}-${pick(["stone", "cloud", "ember", "orbit"])}-${int(1, 99)}`,
  ])();
}

export function pin(): string {
  return digits(pick([4, 4, 6]));
}

export function awsKeyPair(): { id: string; secret: string } {
  return {
    id: `${pick(["AKIA", "ASIA"])}${chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}`,
    secret: base64(40).replace(/\+/g, "x"),
  };
}

/** Tokens in the shapes providers publish, with fresh random bodies. */
export function providerToken(): { provider: string; token: string } {
  return pick([
    () => ({ provider: "GitHub", token: `ghp_${chars(36, alnum)}` }),
    () => ({
      provider: "GitHub",
      token: `github_pat_11${chars(20, upperChars + digitChars)}_${chars(59, alnum)}`,
    }),
    () => ({ provider: "GitLab", token: `glpat-${chars(20, `${alnum}-_`)}` }),
    () => ({
      provider: "Slack",
      token: `xox${pick(["b", "p"])}-${digits(12)}-${digits(13)}-${chars(24, alnum)}`,
    }),
    () => ({ provider: "Stripe", token: `${pick(["sk", "rk"])}_live_${chars(pick([24, 99]), alnum)}` }),
    () => ({
      provider: "OpenAI",
      token: `sk-proj-${chars(48, `${alnum}-_`)}T3BlbkFJ${chars(48, `${alnum}-_`)}`,
    }),
    () => ({ provider: "Anthropic", token: `sk-ant-api03-${chars(93, `${alnum}-_`)}AA` }),
    () => ({ provider: "Google", token: `AIza${chars(35, `${alnum}-_`)}` }),
    () => ({ provider: "npm", token: `npm_${chars(36, alnum)}` }),
    () => ({ provider: "SendGrid", token: `SG.${chars(22, `${alnum}-_`)}.${chars(43, `${alnum}-_`)}` }),
    () => ({ provider: "Twilio", token: `SK${hex(32)}` }),
    () => ({ provider: "Hugging Face", token: `hf_${chars(34, alnum)}` }),
    () => ({ provider: "Datadog", token: hex(32) }),
  ])();
}

export function jwt(): string {
  const header = pick([
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
    "eyJhbGciOiJSUzI1NiIsImtpZCI6IjF",
    "eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9",
  ]);
  return `${header}${header.endsWith("IjF") ? base64url(20) : ""}.eyJ${base64url(int(60, 140))}.${base64url(43)}`;
}

export function pemPrivateKey(): string {
  const kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"]);
  const lines = Array.from({ length: int(3, 6) }, () => base64(64));
  return `-----BEGIN ${kind}-----\n${lines.join("\n")}\n${base64(int(8, 40))}=\n-----END ${kind}-----`;
}

export function dbHost(): string {
  return pick([
    `db-${pick(["prod", "billing", "orders", "reporting"])}-${int(1, 3)}.${pick(["internal", "corp.quaystone.com", "eu-west-1.rds.amazonaws.com"])}`,
    `${pick(["cluster0", "analytics", "events"])}.${chars(5, "abcdefghijklmnopqrstuvwxyz0123456789")}.mongodb.net`,
    privateIpv4(),
  ]);
}

export const serviceUsers = [
  "admin",
  "app_rw",
  "postgres",
  "svc_etl",
  "reporting",
  "root",
  "deploy",
  "grafana",
];

// ---------------------------------------------------------------- look-alikes for hard negatives

export function uuid(): string {
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
}

export function commitSha(short = chance(0.5)): string {
  return hex(short ? 7 : 40);
}

/** An opaque paging cursor: base64 of a small JSON or protobuf, as list APIs hand back. */
export function pagingCursor(): string {
  const json = JSON.stringify(
    pick([
      { id: int(1000, 999999) },
      { offset: int(20, 5000), ts: int(1_700_000_000, 1_790_000_000) },
      { after: `evt_${int(1, 99999)}` },
    ]),
  );
  const encoded = Buffer.from(json).toString(chance(0.5) ? "base64" : "base64url");
  return chance(0.3) ? `Cg${base64url(int(18, 30))}` : encoded;
}

export function timestamp(): string {
  return `2026-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)},${pad(int(0, 999), 3)}`;
}

export function versionLikeIp(): string {
  return pick([
    () => `Chrome/${int(118, 131)}.0.${int(5993, 6778)}.${int(40, 205)}`,
    () => `Edg/${int(118, 131)}.0.${int(2000, 2900)}.${int(40, 120)}`,
    () => `10.0.${pick([19045, 22621, 22631, 26100])}.${int(1000, 4400)}`,
    () => `Firefox/${int(115, 133)}.0`,
    () => `node v${int(18, 22)}.${int(0, 19)}.${int(0, 9)}`,
    () => `OpenSSL ${pick(["3.0.13", "3.2.1", "1.1.1w"])}`,
    () => `build ${int(1, 9)}.${int(0, 40)}.${int(0, 9)}.${int(1000, 9999)}`,
  ])();
}

export function orderNumber(): string {
  return pick([
    () => `${int(100, 999)}-${digits(7)}-${digits(7)}`,
    () => `INV-${int(2024, 2026)}-${digits(6)}`,
    () => `1Z${chars(6, upperChars + digitChars)}${digits(10)}`,
    () => `PO ${digits(4)} ${digits(4)} ${digits(2)}`,
    () => `#${digits(8)}`,
    () => `CS${digits(9)}`,
  ])();
}

export function ticket(): string {
  return `${pick(["PLAT", "ING", "SEC", "DATA", "WEB"])}-${int(100, 9999)}`;
}
