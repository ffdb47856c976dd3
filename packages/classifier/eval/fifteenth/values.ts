/**
 * Values of the fifteenth evaluation corpus: made-up people, places, phones
 * and identifiers from many countries, and a random source of its own. Nothing
 * here belongs to anyone. The identifiers in `ids` were made up and checked
 * outside the repository (python-stdnum and the published algorithms: mod-97
 * for IBANs, Luhn for cards, 3-7-1 for ABA routing numbers, each national id's
 * own check, the 7-3-1 check of passport MRZ lines); every secret is drawn at
 * run time from the random source below, so none is real.
 */

// ---------------------------------------------------------------- random source

/**
 * JSF32, Bob Jenkins's small fast generator (the three-rotate variant), its
 * four words seeded through murmur3's fmix32 finaliser of the seed and a
 * counter, then run twenty rounds: a generator none of the earlier corpora
 * used (they used date-seeded mulberry, SFC32 with splitmix32, xoshiro128**
 * with lowbias32).
 */
let a = 0;
let b = 0;
let c = 0;
let d = 0;

function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const rot = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

function next(): number {
  const e = (a - rot(b, 27)) >>> 0;
  a = (b ^ rot(c, 17)) >>> 0;
  b = (c + d) >>> 0;
  c = (d + e) >>> 0;
  d = (e + a) >>> 0;
  return d;
}

export function seed(value: number): void {
  a = 0xf1ea5eed;
  b = fmix32((value >>> 0) ^ 0x15f1_f7e0);
  c = fmix32((value >>> 0) + 0x9e3779b9);
  d = fmix32(Math.imul(value >>> 0, 0x01000193) ^ 0x5bd1e995);
  if ((b | c | d) === 0) d = 1;
  for (let i = 0; i < 20; i++) next();
}

seed(0x15_0f_c0de);

/** A float in [0, 1). */
export const unit = (): number => next() / 4294967296;
export const chance = (p: number): boolean => unit() < p;
/** An integer in [min, max], both included. */
export const int = (min: number, max: number): number => min + Math.floor(unit() * (max - min + 1));
export function pick<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("pick from nothing");
  return values[Math.floor(unit() * values.length)] as T;
}
/** Picks by weight: [[value, weight], …]. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let at = unit() * total;
  for (const [value, w] of entries) {
    at -= w;
    if (at < 0) return value;
  }
  return (entries[entries.length - 1] as readonly [T, number])[0];
}
const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join("");

export { digits };

const alphabet = (chars: string, n: number): string =>
  Array.from({ length: n }, () => chars.charAt(int(0, chars.length - 1))).join("");
export const hex = (n: number): string => alphabet("0123456789abcdef", n);
export const base62 = (n: number): string =>
  alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", n);
export const upperAlnum = (n: number): string => alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", n);
export const lowerAlnum = (n: number): string => alphabet("abcdefghijklmnopqrstuvwxyz0123456789", n);
export const pad2 = (n: number): string => String(n).padStart(2, "0");

// ---------------------------------------------------------------- people

export type Lang = "en" | "de" | "fr" | "es" | "it" | "nl" | "pt" | "pl" | "sv";
export type Country = "US" | "GB" | "DE" | "FR" | "ES" | "IT" | "NL" | "PL" | "SE" | "PT" | "IE";

export interface Person {
  given: string;
  family: string;
  country: Country;
}

const givenNames: Record<Country, readonly string[]> = {
  US: [
    "Tamsin",
    "DeShawn",
    "Marisol",
    "Brody",
    "Keiko",
    "Latoya",
    "Everett",
    "Priyanka",
    "Colton",
    "Yesenia",
    "Dashiell",
    "Harriet",
  ],
  GB: [
    "Rhiannon",
    "Callum",
    "Imogen",
    "Tobias",
    "Niamh",
    "Rupert",
    "Saoirse",
    "Hamish",
    "Philippa",
    "Aled",
    "Bronwen",
    "Kwabena",
  ],
  IE: ["Caoimhe", "Donnacha", "Aoife", "Cillian", "Orla", "Tadhg"],
  DE: [
    "Henrike",
    "Jannik",
    "Wiebke",
    "Malte",
    "Friederike",
    "Torben",
    "Svenja",
    "Ludger",
    "Annegret",
    "Hauke",
    "Mareike",
    "Emre",
  ],
  FR: [
    "Solène",
    "Gaëtan",
    "Maëlys",
    "Aurélien",
    "Clémence",
    "Thibault",
    "Apolline",
    "Baptiste",
    "Ségolène",
    "Yanis",
    "Margaux",
    "Enguerrand",
  ],
  ES: [
    "Itziar",
    "Iker",
    "Nerea",
    "Álvaro",
    "Rocío",
    "Unai",
    "Macarena",
    "Íñigo",
    "Ainhoa",
    "Guillermo",
    "Montserrat",
    "Sergi",
  ],
  IT: [
    "Ludovica",
    "Gianmarco",
    "Benedetta",
    "Tommaso",
    "Ginevra",
    "Pierluigi",
    "Arianna",
    "Edoardo",
    "Ilaria",
    "Raffaele",
  ],
  NL: ["Femke", "Joost", "Marloes", "Sjoerd", "Anouk", "Wouter", "Lieke", "Bram", "Eline", "Thijs"],
  PL: [
    "Zofia",
    "Grzegorz",
    "Małgorzata",
    "Wojciech",
    "Katarzyna",
    "Przemysław",
    "Agnieszka",
    "Bartosz",
    "Jadwiga",
    "Szymon",
  ],
  SE: ["Ebba", "Linnéa", "Hampus", "Sigrid", "Viktor", "Alva", "Gustav", "Märta", "Oskar", "Elsa"],
  PT: ["Inês", "Gonçalo", "Beatriz", "Duarte", "Leonor", "Rodrigo", "Matilde", "Tiago"],
};
const familyNames: Record<Country, readonly string[]> = {
  US: [
    "Whitfield",
    "Okafor",
    "Castellanos",
    "Nakamura",
    "Brennan",
    "Abernathy",
    "Villarreal",
    "Kowalski",
    "Thibodeaux",
    "Yazzie",
    "Lindgren",
    "Hargrove",
  ],
  GB: [
    "Pemberton",
    "Achterberg",
    "Llewellyn",
    "Fairbairn",
    "Oyelaran",
    "Thistlewood",
    "MacAskill",
    "Prendergast",
    "Bhattacharya",
    "Ashdown",
    "Greenhalgh",
    "Ellery",
  ],
  IE: ["Ó Briain", "Mac Giolla", "Fitzgerald", "Donoghue", "Kavanagh", "Ní Riain"],
  DE: [
    "Brinkmann",
    "Oltmanns",
    "Zimmermann",
    "Kühne",
    "Hoffmeister",
    "Dreßler",
    "Yılmaz",
    "Wagenknecht",
    "Steinhauer",
    "Lützow",
    "Behrendt",
    "Pfeiffer",
  ],
  FR: [
    "Lefèvre",
    "Garnier",
    "Rousseau-Mallet",
    "Benali",
    "Chevallier",
    "Morvan",
    "Delacroix",
    "Fauvel",
    "Perrin",
    "Le Goff",
    "Baudry",
    "N'Diaye",
  ],
  ES: [
    "Echeverría",
    "Gallardo",
    "Iglesias Roca",
    "Mendizábal",
    "Caballero",
    "Quintana",
    "Ruiz de Alda",
    "Sotomayor",
    "Villanueva",
    "Arrieta",
    "Cortés",
    "Peñalver",
  ],
  IT: [
    "Bonaventura",
    "Cattaneo",
    "Esposito",
    "Gallo",
    "Marchetti",
    "Rinaldi",
    "Santoro",
    "Zanetti",
    "De Luca",
    "Fontana",
  ],
  NL: [
    "van Dijk",
    "de Graaf",
    "Bosman",
    "Hoekstra",
    "van der Linden",
    "Kuipers",
    "Verhoeven",
    "Jansen",
    "Mulder",
    "ter Horst",
  ],
  PL: [
    "Wiśniewska",
    "Zieliński",
    "Kaczmarek",
    "Dąbrowska",
    "Lewandowski",
    "Wójcik",
    "Szymańska",
    "Nowakowski",
    "Grabowska",
    "Pawlak",
  ],
  SE: [
    "Lindqvist",
    "Bergström",
    "Sandberg",
    "Holmgren",
    "Åkesson",
    "Nyström",
    "Ekdahl",
    "Sjöberg",
    "Falk",
    "Wikström",
  ],
  PT: ["Ferreira", "Carvalho", "Sousa Martins", "Pereira", "Lopes", "Magalhães", "Teixeira", "Rebelo"],
};
export const countryLang: Record<Country, Lang> = {
  US: "en",
  GB: "en",
  IE: "en",
  DE: "de",
  FR: "fr",
  ES: "es",
  IT: "it",
  NL: "nl",
  PL: "pl",
  SE: "sv",
  PT: "pt",
};
/** Where people sit: mostly the organisation's offices (US, GB, DE, FR, ES), some elsewhere. */
export const countryOf = (lang?: Lang): Country => {
  if (lang !== undefined) {
    const matches = (Object.keys(countryLang) as Country[]).filter(
      (country) => countryLang[country] === lang,
    );
    return pick(matches);
  }
  return weighted<Country>([
    ["US", 24],
    ["GB", 16],
    ["DE", 16],
    ["FR", 12],
    ["ES", 10],
    ["IT", 5],
    ["NL", 5],
    ["PL", 4],
    ["SE", 4],
    ["PT", 2],
    ["IE", 2],
  ]);
};
export function person(country: Country = countryOf()): Person {
  return { given: pick(givenNames[country]), family: pick(familyNames[country]), country };
}
export const fullName = (who: Person = person()): string => `${who.given} ${who.family}`;
/** The language a message is written in, at the offices' shares. */
export const lang = (): Lang =>
  weighted<Lang>([
    ["en", 50],
    ["de", 14],
    ["fr", 11],
    ["es", 9],
    ["it", 4],
    ["nl", 4],
    ["pt", 3],
    ["pl", 3],
    ["sv", 2],
  ]);

export const slug = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/ß/g, "ss")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
export const company = (): string =>
  pick([
    "northwind-labs",
    "hollowayco",
    "kestrel.io",
    "bramblegate",
    "fennick",
    "orsova-group",
    "tallis-cloud",
  ]);
export const companyDomain = (): string =>
  pick([
    "northwindlabs.com",
    "holloway.co.uk",
    "kestrel.io",
    "bramblegate.de",
    "fennick.fr",
    "orsova.es",
    "tallis.cloud",
  ]);
export const freeMail = (): string =>
  pick([
    "gmail.com",
    "outlook.com",
    "gmx.de",
    "web.de",
    "orange.fr",
    "free.fr",
    "yahoo.es",
    "libero.it",
    "ziggo.nl",
    "wp.pl",
    "telia.com",
    "icloud.com",
    "proton.me",
    "hotmail.co.uk",
  ]);
/** A person's address at work or at home. */
export function email(who: Person = person(), work = chance(0.6)): string {
  const g = slug(who.given);
  const f = slug(who.family);
  const local = pick([
    `${g}.${f}`,
    `${g.charAt(0)}${f}`,
    `${g}${f.charAt(0)}`,
    `${g}_${f}${int(1, 99)}`,
    `${f}.${g}`,
  ]);
  return `${local}@${work ? companyDomain() : freeMail()}`;
}
export const handle = (who: Person = person()): string =>
  pick([
    `${slug(who.given)}.${slug(who.family)}`,
    `${slug(who.given)}${slug(who.family).charAt(0)}`,
    `@${slug(who.given)}_${slug(who.family)}`,
  ]);

// ---------------------------------------------------------------- phones

/** A phone number of a country, in a national or an international shape. */
export function phone(country: Country = countryOf(), international = chance(0.45)): string {
  switch (country) {
    case "US": {
      const area = pick(["212", "312", "415", "503", "617", "646", "720", "737", "206", "919"]);
      const ex = String(int(201, 989));
      const line = digits(4);
      return international
        ? pick([`+1 ${area} ${ex} ${line}`, `+1-${area}-${ex}-${line}`, `+1 (${area}) ${ex}-${line}`])
        : pick([`(${area}) ${ex}-${line}`, `${area}-${ex}-${line}`, `${area}.${ex}.${line}`]);
    }
    case "GB":
      return chance(0.5)
        ? international
          ? `+44 7${digits(3)} ${digits(6)}`
          : `07${digits(3)} ${digits(6)}`
        : international
          ? `+44 20 ${int(3, 8)}${digits(3)} ${digits(4)}`
          : pick([
              `020 ${int(3, 8)}${digits(3)} ${digits(4)}`,
              `0161 ${digits(3)} ${digits(4)}`,
              `0131 ${digits(3)} ${digits(4)}`,
            ]);
    case "IE":
      return international
        ? `+353 8${int(3, 7)} ${digits(3)} ${digits(4)}`
        : `08${int(3, 7)} ${digits(3)} ${digits(4)}`;
    case "DE":
      return chance(0.5)
        ? international
          ? `+49 1${pick(["51", "52", "60", "70", "76"])} ${digits(8)}`
          : `01${pick(["51", "52", "60", "70", "76"])} ${digits(4)} ${digits(4)}`
        : international
          ? `+49 ${pick(["30", "89", "40", "69", "221"])} ${digits(7)}`
          : pick([
              `030 ${digits(8)}`,
              `(089) ${digits(3)} ${digits(4)}`,
              `040/${digits(7)}`,
              `069 ${digits(4)}-${digits(3)}`,
            ]);
    case "FR": {
      const first = pick(["1", "4", "6", "7"]);
      const g = () => pad2(int(0, 99));
      return international
        ? `+33 ${first} ${g()} ${g()} ${g()} ${g()}`
        : `0${first} ${g()} ${g()} ${g()} ${g()}`;
    }
    case "ES": {
      const n = `${pick(["6", "7", "91", "93"])}`;
      const rest = digits(9 - n.length);
      const nine = n + rest;
      return international
        ? `+34 ${nine.slice(0, 3)} ${nine.slice(3, 5)} ${nine.slice(5, 7)} ${nine.slice(7)}`
        : pick([
            `${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}`,
            `${nine.slice(0, 3)} ${nine.slice(3, 5)} ${nine.slice(5, 7)} ${nine.slice(7)}`,
          ]);
    }
    case "IT":
      return international
        ? `+39 3${digits(2)} ${digits(3)} ${digits(4)}`
        : `3${digits(2)} ${digits(3)} ${digits(4)}`;
    case "NL":
      return international ? `+31 6 ${digits(4)} ${digits(4)}` : `06-${digits(8)}`;
    case "PL":
      return international
        ? `+48 ${pick(["5", "6", "7", "8"])}${digits(2)} ${digits(3)} ${digits(3)}`
        : `${pick(["5", "6", "7", "8"])}${digits(2)} ${digits(3)} ${digits(3)}`;
    case "SE":
      return international
        ? `+46 7${int(0, 6)} ${digits(3)} ${digits(2)} ${digits(2)}`
        : `07${int(0, 6)}-${digits(3)} ${digits(2)} ${digits(2)}`;
    case "PT":
      return international
        ? `+351 9${int(1, 6)}${digits(1)} ${digits(3)} ${digits(3)}`
        : `9${int(1, 6)}${digits(1)} ${digits(3)} ${digits(3)}`;
  }
}

// ---------------------------------------------------------------- addresses

const streets: Record<Country, readonly string[]> = {
  US: [
    "Larkspur Lane",
    "W Fulton Street",
    "Magnolia Ave",
    "N Lamar Blvd",
    "Cedar Hollow Rd",
    "Sycamore Court",
    "E 14th Street",
  ],
  GB: [
    "Pellew Road",
    "Ashby Crescent",
    "Cranbourne Gardens",
    "Wharfside Lane",
    "Tollgate Close",
    "St Ives Terrace",
  ],
  IE: ["Glasnevin Avenue", "Rathgar Road", "Ballyfermot Drive"],
  DE: [
    "Lindenstraße",
    "Am Wiesengrund",
    "Friedrich-Ebert-Allee",
    "Kastanienweg",
    "Hafenstr.",
    "Bergmannstraße",
  ],
  FR: [
    "rue des Tanneurs",
    "avenue Jean-Jaurès",
    "boulevard de la Liberté",
    "impasse des Lilas",
    "rue du Faubourg Saint-Antoine",
  ],
  ES: [
    "Calle de Alcalá",
    "Carrer de Sants",
    "Avenida de la Constitución",
    "Calle Mayor",
    "Paseo de la Castellana",
  ],
  IT: [
    "Via Giuseppe Garibaldi",
    "Corso Vittorio Emanuele II",
    "Via dei Mille",
    "Viale Monza",
    "Piazza Santo Stefano",
  ],
  NL: ["Prinsengracht", "Oudegracht", "Binnenweg", "Kerkstraat", "Willemsparkweg"],
  PL: ["ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa", "al. Jerozolimskie", "ul. Kwiatowa"],
  SE: ["Storgatan", "Götgatan", "Drottninggatan", "Södra Vägen", "Björkvägen"],
  PT: ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"],
};
const cities: Record<Country, readonly (readonly [string, () => string])[]> = {
  US: [
    ["Portland, OR", () => `972${digits(2)}`],
    ["Austin, TX", () => `787${digits(2)}`],
    ["Brooklyn, NY", () => `112${digits(2)}`],
    ["Evanston, IL", () => `602${int(0, 9)}${int(1, 9)}`],
    ["Durham, NC", () => `277${digits(2)}`],
  ],
  GB: [
    ["Leeds", () => `LS${int(1, 28)} ${int(1, 9)}${pick(["AB", "DX", "HT", "QN", "RW"])}`],
    ["Bristol", () => `BS${int(1, 16)} ${int(1, 9)}${pick(["JL", "PE", "TY", "NF"])}`],
    [
      "London",
      () => `${pick(["SE15", "N16", "E8", "SW9", "NW5"])} ${int(1, 9)}${pick(["AG", "LR", "QX", "HB"])}`,
    ],
    ["Manchester", () => `M${int(1, 40)} ${int(1, 9)}${pick(["WD", "FG", "RZ"])}`],
  ],
  IE: [["Dublin", () => `D0${int(1, 8)} ${pick(["X2", "K7", "F5"])}${digits(2)}`]],
  DE: [
    ["Berlin", () => `1${int(0, 4)}${digits(3)}`],
    ["München", () => `80${digits(3)}`],
    ["Hamburg", () => `2${int(0, 2)}${digits(3)}`],
    ["Köln", () => `50${digits(3)}`],
    ["Leipzig", () => `04${digits(3)}`],
  ],
  FR: [
    ["Paris", () => `750${pad2(int(1, 20))}`],
    ["Lyon", () => `6900${int(1, 9)}`],
    ["Nantes", () => `440${digits(2)}`],
    ["Toulouse", () => `310${digits(2)}`],
  ],
  ES: [
    ["Madrid", () => `280${digits(2)}`],
    ["Barcelona", () => `080${digits(2)}`],
    ["Valencia", () => `460${digits(2)}`],
    ["Bilbao", () => `480${digits(2)}`],
  ],
  IT: [
    ["Milano MI", () => `201${digits(2)}`],
    ["Bologna BO", () => `401${digits(2)}`],
    ["Torino TO", () => `101${digits(2)}`],
  ],
  NL: [
    ["Amsterdam", () => `10${int(11, 99)} ${pick(["AB", "KL", "RT", "GH"])}`],
    ["Utrecht", () => `35${int(11, 99)} ${pick(["BC", "LP", "XZ"])}`],
    ["Rotterdam", () => `30${int(11, 99)} ${pick(["DE", "MN", "VW"])}`],
  ],
  PL: [
    ["Warszawa", () => `0${int(0, 4)}-${digits(3)}`],
    ["Kraków", () => `3${int(0, 1)}-${digits(3)}`],
    ["Łódź", () => `9${int(0, 4)}-${digits(3)}`],
  ],
  SE: [
    ["Stockholm", () => `1${int(11, 18)} ${digits(2)}`],
    ["Göteborg", () => `4${int(11, 17)} ${digits(2)}`],
    ["Malmö", () => `2${int(11, 17)} ${digits(2)}`],
  ],
  PT: [
    ["Lisboa", () => `1${int(0, 9)}${digits(2)}-${digits(3)}`],
    ["Porto", () => `4${int(0, 4)}${digits(2)}-${digits(3)}`],
  ],
};
/** A postal address in the country's own order; `lines` joins its parts with newlines. */
export function address(country: Country = countryOf(), lines = false): string {
  const street = pick(streets[country]);
  const [city, postcode] = pick(cities[country]);
  const code = postcode();
  const no = String(int(1, 240));
  let parts: string[];
  switch (country) {
    case "US":
      parts = [
        `${int(100, 9899)} ${street}${chance(0.3) ? `, Apt ${int(1, 30)}${pick(["A", "B", "C", ""])}` : ""}`,
        `${city} ${code}`,
      ];
      break;
    case "GB":
    case "IE":
      parts = [`${chance(0.3) ? `Flat ${int(1, 12)}, ` : ""}${no} ${street}`, city, code];
      break;
    case "FR":
      parts = [`${no}${chance(0.15) ? " bis" : ""} ${street}`, `${code} ${city}`];
      break;
    case "ES":
      parts = [`${street} ${no}, ${int(1, 8)}º ${pick(["A", "B", "izda.", "dcha."])}`, `${code} ${city}`];
      break;
    case "IT":
      parts = [`${street} ${no}`, `${code} ${city}`];
      break;
    case "PL":
      parts = [`${street} ${no}${chance(0.5) ? `/${int(1, 60)}` : ""}`, `${code} ${city}`];
      break;
    case "SE":
      parts = [`${street} ${no}${chance(0.3) ? ` lgh ${int(1001, 1403)}` : ""}`, `${code} ${city}`];
      break;
    case "PT":
      parts = [`${street}, ${no}${chance(0.4) ? `, ${int(1, 6)}º Esq.` : ""}`, `${code} ${city}`];
      break;
    default:
      parts = [`${street} ${no}${chance(0.2) ? pick(["a", "b", "-2"]) : ""}`, `${code} ${city}`];
  }
  return parts.join(lines ? "\n" : ", ");
}
export const cityOf = (country: Country): string =>
  (pick(cities[country]) as readonly [string, () => string])[0];

// ---------------------------------------------------------------- secrets (drawn here, never real)

export const secret = {
  password: (): string =>
    pick([
      () =>
        `${pick(["Sommer", "Winter", "Hafen", "Lapin", "Gato", "Tulp", "Falken", "Maple", "Orca"])}${pick(["!", "#", "$", "%", "&", "*"])}${digits(int(2, 4))}${pick(["", "x", "Q", "zz"])}`,
      () => base62(int(12, 20)),
      () =>
        `${pick(["correct", "violet", "gravel", "lantern", "otter", "pixel"])}-${pick(["horse", "stapler", "mango", "comet", "ferry"])}-${pick(["battery", "cloud", "tiger", "anchor"])}-${digits(2)}`,
      () => `${base62(6)}${pick(["!", "@", "#", "?", "+"])}${base62(6)}${digits(2)}`,
    ])(),
  github: (): string => `${pick(["ghp_", "gho_", "ghs_"])}${base62(36)}`,
  githubFine: (): string => `github_pat_${base62(22)}_${base62(59)}`,
  gitlab: (): string =>
    `glpat-${alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 20)}`,
  awsKeyId: (): string => `${pick(["AKIA", "ASIA"])}${upperAlnum(16)}`,
  awsSecret: (): string => alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40),
  stripe: (): string => `${pick(["sk_live_", "rk_live_"])}${base62(int(24, 34))}`,
  slackBot: (): string => `xoxb-${digits(11)}-${digits(13)}-${base62(24)}`,
  slackWebhook: (): string =>
    `https://hooks.slack.com/services/T${upperAlnum(8)}/B${upperAlnum(10)}/${base62(24)}`,
  openai: (): string => `sk-${pick(["proj-", ""])}${base62(int(40, 48))}`,
  anthropic: (): string =>
    `sk-ant-api03-${alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 86)}AA`,
  google: (): string =>
    `AIza${alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 35)}`,
  sendgrid: (): string => `SG.${base62(22)}.${base62(43)}`,
  twilio: (): string => `SK${hex(32)}`,
  npm: (): string => `npm_${base62(36)}`,
  pypi: (): string => `pypi-AgEIcHlwaS5vcmc${base62(int(60, 80))}`,
  datadog: (): string => hex(32),
  jwt: (): string =>
    `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${base62(int(40, 90))}.${alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 43)}`,
  hexKey: (n = 64): string => hex(n),
  otp: (): string => digits(6),
  recovery: (): string => `${lowerAlnum(5)}-${lowerAlnum(5)}`,
  totpSeed: (): string => upperAlnum(32),
  privateKeyBody: (): string =>
    Array.from({ length: int(3, 5) }, () =>
      alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64),
    ).join("\n"),
};

// ---------------------------------------------------------------- look-alikes (not secrets, not identifiers)

export const lookalike = {
  sha: (): string => hex(40),
  shortSha: (): string => hex(int(7, 12)),
  uuid: (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`,
  semver: (): string =>
    `${int(0, 14)}.${int(0, 40)}.${int(0, 30)}${chance(0.3) ? `-${pick(["rc", "beta", "alpha"])}.${int(1, 9)}` : ""}`,
  build: (): string =>
    `${pick(["build", "ci", "run"])}-${int(2024, 2026)}${pad2(int(1, 12))}${pad2(int(1, 28))}.${int(1, 40)}`,
  isoTime: (): string =>
    `2026-${pad2(int(1, 12))}-${pad2(int(1, 28))}T${pad2(int(0, 23))}:${pad2(int(0, 59))}:${pad2(int(0, 59))}.${digits(3)}Z`,
  order: (): string => `${pick(["ORD", "PO", "INV", "SO", "RMA"])}-${int(2025, 2026)}-${digits(int(5, 7))}`,
  tracking: (): string =>
    pick([
      () => `1Z${upperAlnum(6).replace(/[^A-Z0-9]/g, "X")}${digits(10)}`,
      () => `JJD${digits(18)}`,
      () => `${digits(4)} ${digits(4)} ${digits(4)}`,
      () => `LX${digits(9)}DE`,
    ])(),
  ticket: (): string => `${pick(["PLAT", "OPS", "FIN", "HRIS", "SUP", "CRM"])}-${int(100, 9999)}`,
  sri: (): string =>
    `sha512-${alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 86)}==`,
  digest: (): string => `sha256:${hex(64)}`,
  port: (): number => pick([3000, 5432, 6379, 8080, 8443, 9092, 27017]),
};
export const ids = {
  /** IBANs by country, printed in groups of four (mod-97 checked). */
  iban: {
    DE: [
      "DE90 4812 3062 4670 1440 51",
      "DE07 0952 9874 3476 6284 41",
      "DE91 2631 2261 6165 1130 10",
      "DE41 5612 7737 0516 8222 41",
      "DE32 4633 3321 5085 2042 12",
      "DE39 6804 1310 9830 7969 38",
      "DE88 5921 3650 5940 8091 69",
      "DE70 8249 7488 3459 9079 29",
      "DE52 6715 6783 3342 1448 50",
      "DE94 3748 7836 9707 1099 03",
      "DE55 9557 3201 3215 7063 26",
      "DE21 0375 2293 3046 2448 00",
    ],
    GB: [
      "GB45 NWBK 0663 5904 1639 36",
      "GB54 MIDL 2733 2013 0475 84",
      "GB64 BARC 7581 9894 3351 95",
      "GB16 LOYD 9152 6715 3278 03",
      "GB95 NWBK 1008 8143 0586 15",
      "GB39 BARC 6089 8047 4277 76",
      "GB65 NWBK 7447 2529 9603 79",
      "GB83 LOYD 1574 8393 3681 12",
      "GB92 NWBK 9500 9975 2355 28",
      "GB18 LOYD 1709 3035 7067 65",
      "GB72 NWBK 0572 3862 8390 90",
      "GB93 HBUK 8296 7644 5959 31",
    ],
    FR: [
      "FR08 2025 1117 2543 6509 5061 325",
      "FR26 9391 4994 9095 5888 7031 291",
      "FR55 4379 5066 4037 7682 7385 799",
      "FR20 3662 7436 4937 1568 8282 334",
      "FR28 7244 3787 9998 2208 3351 752",
      "FR52 3660 5942 7348 0387 6398 938",
      "FR45 4606 8181 1817 5475 2500 161",
      "FR23 0893 7679 4556 3025 8666 946",
      "FR41 3723 1700 4316 2083 3939 639",
      "FR88 1419 3939 5252 5302 4214 635",
      "FR13 4844 3605 8346 8915 9855 895",
      "FR28 8957 3859 4883 9264 8745 789",
    ],
    ES: [
      "ES54 8411 3531 9129 1496 7081",
      "ES83 4209 9054 0196 4339 5942",
      "ES89 0865 0660 5809 6355 9230",
      "ES70 5754 1029 1857 8917 1451",
      "ES11 5469 1985 1245 0862 4919",
      "ES68 7768 6140 8941 1555 3595",
      "ES09 0062 7814 2969 4131 8199",
      "ES58 7637 2602 9403 5040 5162",
      "ES41 0048 3943 0721 5332 2004",
      "ES05 1258 9484 4615 1449 6823",
      "ES93 7831 8239 9168 3067 5951",
      "ES05 3968 0892 8400 2472 5767",
    ],
    IT: [
      "IT07 F185 5978 9082 5664 1123 083",
      "IT30 K471 9153 2427 7914 7778 790",
      "IT13 B050 7079 5568 1920 4338 864",
      "IT79 X682 9321 6643 9556 0356 913",
      "IT06 C319 2984 8548 4744 6677 186",
      "IT62 Y977 3723 4528 2099 3197 541",
      "IT46 S223 4346 6920 2933 1231 923",
      "IT13 A190 4419 6850 6169 7049 388",
    ],
    NL: [
      "NL55 RABO 4012 9497 87",
      "NL64 INGB 1753 2778 45",
      "NL30 SNSB 8808 2709 55",
      "NL91 RABO 4543 7201 41",
      "NL89 KNAB 5064 6238 01",
      "NL12 INGB 1884 5588 72",
      "NL17 TRIO 5632 7183 40",
      "NL47 KNAB 6290 2929 86",
    ],
    PL: [
      "PL26 7736 1493 4146 0459 5455 3022",
      "PL92 4116 0343 4766 7091 8093 6390",
      "PL88 2210 5846 9606 8059 3595 9391",
      "PL84 5656 7317 2716 0577 0161 9503",
      "PL17 5780 2268 0957 4221 8463 1141",
      "PL34 0045 6806 8637 0623 7305 2256",
      "PL66 9076 1278 6593 7849 9965 6584",
      "PL97 6884 0200 7811 9200 8743 1474",
    ],
    SE: [
      "SE66 9757 9671 3673 8648 6825",
      "SE77 3851 4640 2236 1161 9625",
      "SE09 5320 3243 3120 4788 7206",
      "SE78 3541 4913 1866 5186 6400",
      "SE14 8557 5945 2243 3738 5949",
      "SE49 0269 8438 3831 8098 0841",
      "SE24 2561 8305 4334 1722 7996",
      "SE82 8678 9843 1228 0895 8774",
    ],
    BE: [
      "BE51 8667 8131 6862",
      "BE34 3131 3867 7990",
      "BE05 7784 5638 7075",
      "BE78 7368 0560 6686",
      "BE15 2859 4768 0430",
      "BE95 3926 2041 6558",
      "BE29 8905 2039 8664",
      "BE42 8773 7153 3554",
    ],
    AT: [
      "AT30 3862 1061 6794 8118",
      "AT43 2806 8118 0319 9547",
      "AT42 8319 8912 7648 1922",
      "AT22 8545 1458 1377 8376",
      "AT78 4956 6921 1098 5040",
      "AT27 6058 7178 4129 4030",
      "AT66 0726 2494 5494 1115",
      "AT14 6260 2180 6368 4334",
    ],
    CH: [
      "CH38 4854 7680 9126 4448 7",
      "CH82 3469 7506 0406 9334 8",
      "CH72 0305 0247 8614 2785 9",
      "CH15 5110 9157 6890 9033 0",
      "CH04 0973 7687 7673 3179 5",
      "CH37 6717 1204 0443 6800 2",
      "CH66 5618 6109 0503 6796 5",
      "CH57 3758 2397 5249 5136 9",
    ],
    PT: [
      "PT68 1373 1224 9287 9230 9034 2",
      "PT06 1272 0462 2439 8950 3680 1",
      "PT92 4354 8547 1290 8604 4409 3",
      "PT11 1687 6292 2852 0844 9376 1",
      "PT20 3062 3850 6280 1032 0406 5",
      "PT75 1109 1543 2806 5487 7922 3",
      "PT84 4287 6334 1778 6751 2073 3",
      "PT04 3906 0231 0799 0417 3430 6",
    ],
    IE: [
      "IE02 AIBK 1959 7033 1964 95",
      "IE84 BOFI 1753 5125 8380 74",
      "IE62 AIBK 0671 7780 2176 00",
      "IE13 AIBK 3775 3554 2283 09",
      "IE83 AIBK 2668 8662 6506 86",
      "IE69 BOFI 2998 0548 2464 59",
      "IE70 IPBS 4837 1649 3595 88",
      "IE30 AIBK 0820 2602 6529 33",
    ],
    FI: [
      "FI78 2102 0033 2286 89",
      "FI58 4843 3813 9693 73",
      "FI87 4690 5357 1983 33",
      "FI23 4951 3533 4718 48",
      "FI97 7744 4887 9645 58",
      "FI31 2077 2586 1704 62",
      "FI91 6139 3571 2976 05",
      "FI19 7978 4563 0076 97",
    ],
    DK: [
      "DK33 4270 0263 6031 46",
      "DK26 1324 1240 5214 27",
      "DK88 8532 0139 2699 84",
      "DK84 6804 6017 8876 32",
      "DK20 1549 1664 7307 95",
      "DK22 8499 2334 1187 55",
      "DK64 3746 4070 6273 25",
      "DK20 2282 7772 3427 52",
    ],
    NO: [
      "NO72 7103 8383 692",
      "NO72 2125 9868 790",
      "NO68 5925 3247 708",
      "NO23 9099 8141 795",
      "NO43 4680 8154 269",
      "NO30 4891 8220 529",
      "NO95 8145 2479 915",
      "NO36 6062 3064 436",
    ],
    LU: [
      "LU72 9400 9013 8267 3815",
      "LU10 3483 4203 7554 0542",
      "LU10 7258 8225 7607 7296",
      "LU53 4145 5710 1317 6949",
      "LU27 3743 9010 6575 1373",
      "LU03 8209 4267 5668 8667",
      "LU97 7591 4983 4478 8825",
      "LU61 5355 2639 1431 1776",
    ],
    CZ: [
      "CZ22 2770 2913 9501 0471 6886",
      "CZ19 8623 3531 4200 4533 2485",
      "CZ11 0883 0177 9501 2298 0965",
      "CZ02 6196 7955 3988 1828 9084",
      "CZ71 6913 2233 9612 3757 4145",
      "CZ87 9792 9697 5390 1912 1642",
      "CZ56 3627 3566 6089 4220 2489",
      "CZ52 4162 5424 6142 3742 6771",
    ],
  },
  /** Payment cards by brand (Luhn checked). */
  card: {
    visa: [
      "4060454004364772",
      "4971305585931280",
      "4528487561350210",
      "4115933285814089",
      "4641682752149379",
      "4438287683041021",
      "4461149748700282",
      "4538241275205337",
      "4869449010962216",
      "4663446917499803",
    ],
    mastercard: [
      "5376713477626314",
      "5345235201122988",
      "5542494997134548",
      "5314439989481940",
      "2273396054749815",
      "5411570977806433",
      "5534672329427975",
      "5428809236350143",
      "5184246096299686",
      "5382771819496194",
    ],
    amex: ["346066048546455", "377293114344720", "373267029356619", "349490211144160", "378097824687495"],
    discover: [
      "6011425427476141",
      "6011720995734594",
      "6011525693689036",
      "6011935767813166",
      "6011058413913908",
    ],
    jcb: ["3574657915684705", "3540275209926251", "3574696215614939", "3555328870919782", "3541748031903218"],
    diners: ["36813266104326", "36826230636454", "36581685392182", "36297489875666", "36029900297950"],
    maestro: [
      "6304960359429646159",
      "5018010218340715922",
      "6304818861020259401",
      "5018671069803285105",
      "6759591660174572801",
    ],
    cartesbancaires: [
      "4970331138877607",
      "4970714484036839",
      "4970820060875662",
      "4970256582208472",
      "4970392321508037",
    ],
  },
  /** ABA routing numbers (3-7-1 checked). */
  routing: [
    "042261069",
    "270419612",
    "053424578",
    "317112584",
    "328368987",
    "089424979",
    "054228715",
    "317531534",
    "061348154",
    "056451674",
    "116026800",
    "014893575",
    "248502357",
    "285317068",
  ],
  /** National ids by scheme, each with its own check (SSN and NINO by shape only: they have none). */
  nationalId: {
    ssn: [
      "274-94-7672",
      "885-99-7182",
      "015-88-4587",
      "772-31-5313",
      "744-10-1140",
      "440-82-8356",
      "672-86-5995",
      "773-87-3856",
      "407-98-5418",
      "604-49-3368",
      "553-69-5635",
      "686-54-4985",
    ],
    nino: [
      "RL 39 50 65 D",
      "EA 42 92 63 C",
      "ZS 29 52 81 D",
      "LZ 17 74 51 B",
      "GY 61 68 75 A",
      "GP 81 79 27 B",
      "BA 41 35 70 C",
      "NA 49 35 29 B",
      "EX 25 77 22 B",
      "AT 41 13 42 D",
      "PS 10 97 61 A",
      "XL 56 99 09 C",
    ],
    steuerId: [
      "65 042 441 392",
      "16 281 594 031",
      "26 810 957 935",
      "85 053 791 460",
      "10 963 725 114",
      "42 656 913 604",
      "22 931 427 865",
      "27 849 610 116",
      "65 394 308 170",
      "62 178 205 948",
      "47 366 569 807",
      "80 437 136 239",
    ],
    nir: [
      "1 25 02 13 769 405 54",
      "1 12 10 33 544 104 55",
      "1 08 09 33 269 634 01",
      "2 25 02 94 131 472 12",
      "1 98 03 31 023 006 65",
      "2 82 10 31 764 623 83",
      "1 49 11 69 272 221 91",
      "1 88 02 44 029 261 44",
      "2 44 10 44 975 570 70",
      "2 53 07 33 701 433 87",
      "1 29 10 13 479 912 31",
      "1 39 11 75 158 389 82",
    ],
    dni: [
      "45554914X",
      "07819031C",
      "82707384M",
      "03361755Y",
      "95287235Y",
      "79969685L",
      "64782603K",
      "76418929A",
      "56694962P",
      "95268499S",
      "31032870M",
      "95625178X",
    ],
    nie: [
      "Z0932514F",
      "Z1393184X",
      "Z4968190B",
      "X1120689Z",
      "Z2517682S",
      "Z5535899B",
      "X7617893V",
      "Y9450256F",
      "Z1444473D",
      "X7743766B",
      "Z7683491R",
      "X3114006J",
    ],
    bsn: [
      "195829591",
      "580570538",
      "921373600",
      "427771237",
      "194219914",
      "916176459",
      "978135921",
      "262997022",
    ],
    pesel: [
      "90042391620",
      "66092665718",
      "86121945848",
      "97011348230",
      "84011164078",
      "60011136303",
      "84050438727",
      "77052394694",
    ],
    codiceFiscale: [
      "CGSMGG08R52H721F",
      "GDZTPN98A24D105D",
      "SLCZPR89T22M120H",
      "CZOBFB19C02F164R",
      "LLCTGL81D51M514C",
      "DRGFZV52S50D342K",
      "BPLCFN00A59H549Q",
      "VLABPV14H27D128H",
    ],
    personnummer: [
      "671013-8907",
      "770407-3837",
      "990111-3242",
      "940805-3446",
      "640421-9708",
      "630715-0174",
      "850710-7921",
      "931218-0475",
    ],
    hetu: [
      "270973-678C",
      "190266-541B",
      "220390-1666",
      "070596-142W",
      "050993-134T",
      "211093-396C",
      "100797-395V",
      "261099-559D",
    ],
    sin: [
      "728 493 925",
      "712 152 552",
      "519 784 953",
      "181 570 623",
      "402 756 266",
      "735 778 177",
      "208 466 151",
      "251 587 184",
    ],
    tfn: [
      "924 636 786",
      "218 840 705",
      "989 495 431",
      "479 143 382",
      "351 686 778",
      "960 166 773",
      "144 625 733",
      "789 080 196",
    ],
    cpf: [
      "404.008.970-75",
      "952.224.410-40",
      "145.242.754-28",
      "134.114.015-67",
      "548.917.432-39",
      "416.242.437-38",
      "192.628.536-02",
      "168.914.879-94",
    ],
    nifPt: [
      "139489630",
      "265428211",
      "100945791",
      "244915059",
      "156183617",
      "206416016",
      "165950900",
      "126850887",
    ],
    belgianNn: [
      "84.07.06-785.72",
      "89.02.14-876.05",
      "76.01.18-241.46",
      "74.11.20-504.42",
      "64.05.21-028.42",
      "75.01.04-108.93",
      "90.02.19-799.50",
      "84.08.08-895.06",
    ],
  },
  /** Passport numbers by issuing state (ICAO code), in each state's shape. */
  passportNumber: {
    USA: ["178392025", "889061451", "177260969", "298301927", "497809648"],
    GBR: ["184044729", "130843154", "942860676", "790178573", "191879870"],
    D: ["JP3N7CYWF", "G0GRGP5FK", "GKNV8F3MY", "FHNNP1Y4Y", "HW5HMZ1V8"],
    FRA: ["07OZ29262", "37QT14911", "09RX87246", "06LZ72782", "65IU15540"],
    ESP: ["ZEJ341530", "RTU284197", "VBI403533", "JIE147160", "QRM257762"],
    ITA: ["MC3583577", "WX4440624", "WJ5246841", "SY5827271", "GV6480326"],
    NLD: ["SUKC46EX8", "LSYMDTD27", "AG5RKDRF6", "GXS2V5TE5", "AX5G3GDH2"],
    POL: ["LN2148541", "WY3284698", "ZB1782524", "UQ1513648", "VV7624015"],
    SWE: ["04145190", "46913125", "27577187", "34946623", "57052206"],
    IRL: ["CO1097571", "TS4114373", "UB1525166", "XN6911787", "UH2111302"],
    PRT: ["K919720", "B534289", "S274732", "A827452", "N946144"],
    CAN: ["WR933527", "VM580660", "VZ985778", "AR715575", "LK351456"],
    IND: ["F8757835", "O1154874", "G8826607", "J8822558", "V7635204"],
    BRA: ["LU820718", "II682121", "IY465037", "IV671366", "TR754578"],
  },
  /** Machine-readable zones of passports (TD3), check digits 7-3-1 computed and verified. */
  mrz: [
    {
      line1: "P<GBROKONKWO<HARTLEY<<ADAEZE<<<<<<<<<<<<<<<<",
      line2: "6887400603GBR9807213M3209022<<<<<<<<<<<<<<<2",
      number: "688740060",
      nameField: "OKONKWO<HARTLEY<<ADAEZE",
      surname: "OKONKWO-HARTLEY",
      given: "ADAEZE",
    },
    {
      line1: "P<NLDVAN<DER<BERG<<MAARTEN<<<<<<<<<<<<<<<<<<",
      line2: "LO5S0MUS62NLD9902288M2901204<<<<<<<<<<<<<<<4",
      number: "LO5S0MUS6",
      nameField: "VAN<DER<BERG<<MAARTEN",
      surname: "VAN DER BERG",
      given: "MAARTEN",
    },
    {
      line1: "P<PRTFERREIRA<LIMA<<JOANA<<<<<<<<<<<<<<<<<<<",
      line2: "M038638<<0PRT9507030F3412020<<<<<<<<<<<<<<<6",
      number: "M038638",
      nameField: "FERREIRA<LIMA<<JOANA",
      surname: "FERREIRA LIMA",
      given: "JOANA",
    },
    {
      line1: "P<POLKOWALCZYK<<AGNIESZKA<<<<<<<<<<<<<<<<<<<",
      line2: "BR38436185POL8004266M3401206<<<<<<<<<<<<<<<0",
      number: "BR3843618",
      nameField: "KOWALCZYK<<AGNIESZKA",
      surname: "KOWALCZYK",
      given: "AGNIESZKA",
    },
    {
      line1: "P<SWELINDQVIST<<EBBA<<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "04118208<0SWE9111141M3509146<<<<<<<<<<<<<<<2",
      number: "04118208",
      nameField: "LINDQVIST<<EBBA",
      surname: "LINDQVIST",
      given: "EBBA",
    },
    {
      line1: "P<ESPMORENO<DIAZ<<ALVARO<<<<<<<<<<<<<<<<<<<<",
      line2: "SJN2232553ESP8501097F3304020<<<<<<<<<<<<<<<4",
      number: "SJN223255",
      nameField: "MORENO<DIAZ<<ALVARO",
      surname: "MORENO DIAZ",
      given: "ALVARO",
    },
    {
      line1: "P<ITABRUNETTI<<CHIARA<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "KG43683527ITA8710271F3412101<<<<<<<<<<<<<<<2",
      number: "KG4368352",
      nameField: "BRUNETTI<<CHIARA",
      surname: "BRUNETTI",
      given: "CHIARA",
    },
    {
      line1: "P<D<<SCHAEFER<<JONAS<<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "H4G8R2H0M7D<<9512209F3408227<<<<<<<<<<<<<<<6",
      number: "H4G8R2H0M",
      nameField: "SCHAEFER<<JONAS",
      surname: "SCHAEFER",
      given: "JONAS",
    },
    {
      line1: "P<FRADUBOIS<<MANON<<<<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "47JF138500FRA6102157F2711117<<<<<<<<<<<<<<<4",
      number: "47JF13850",
      nameField: "DUBOIS<<MANON",
      surname: "DUBOIS",
      given: "MANON",
    },
    {
      line1: "P<USANAKASHIMA<<REN<<<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "7458399276USA6210146M2703143<<<<<<<<<<<<<<<8",
      number: "745839927",
      nameField: "NAKASHIMA<<REN",
      surname: "NAKASHIMA",
      given: "REN",
    },
    {
      line1: "P<IRLOBRIEN<<SIOBHAN<<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "OK81169887IRL6406154F3301270<<<<<<<<<<<<<<<4",
      number: "OK8116988",
      nameField: "OBRIEN<<SIOBHAN",
      surname: "OBRIEN",
      given: "SIOBHAN",
    },
    {
      line1: "P<CANTREMBLAY<<GABRIEL<<<<<<<<<<<<<<<<<<<<<<",
      line2: "LP178781<2CAN9906116F3012073<<<<<<<<<<<<<<<8",
      number: "LP178781",
      nameField: "TREMBLAY<<GABRIEL",
      surname: "TREMBLAY",
      given: "GABRIEL",
    },
    {
      line1: "P<INDRAGHAVAN<<ANANYA<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "S7379696<3IND7708121F3303241<<<<<<<<<<<<<<<8",
      number: "S7379696",
      nameField: "RAGHAVAN<<ANANYA",
      surname: "RAGHAVAN",
      given: "ANANYA",
    },
    {
      line1: "P<SWEHOLMSTROM<<ASTRID<<<<<<<<<<<<<<<<<<<<<<",
      line2: "91656791<8SWE9411014F3409198<<<<<<<<<<<<<<<6",
      number: "91656791",
      nameField: "HOLMSTROM<<ASTRID",
      surname: "HOLMSTROM",
      given: "ASTRID",
    },
  ],
} as const;
