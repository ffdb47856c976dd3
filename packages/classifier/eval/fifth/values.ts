import {
  base,
  cs_CZ,
  da,
  Faker,
  fi,
  id_ID,
  it,
  nb_NO,
  nl,
  pl,
  pt_BR,
  pt_PT,
  ro,
  sk,
  sv,
  tr,
} from "@faker-js/faker";

/**
 * Values for the fifth corpus, drawn from its own random source: PCG32
 * (XSH-RR output over a 64-bit linear congruential state), seeded through
 * `seed`, which also reseeds the faker instances from it. Every identifier is
 * generated to its issuer's rules, check digits included; nothing here names a
 * real person, account or secret.
 */

// ---------------------------------------------------------------- PCG32

const mask64 = (1n << 64n) - 1n;
const multiplier = 6364136223846793005n;
let state = 0n;
let increment = 1n;

function next32(): number {
  const old = state;
  state = (old * multiplier + increment) & mask64;
  const xorshifted = Number((((old >> 18n) ^ old) >> 27n) & 0xffffffffn);
  const rotation = Number(old >> 59n);
  return ((xorshifted >>> rotation) | (xorshifted << (-rotation & 31))) >>> 0;
}

/** Seeds the generator (state and stream both derive from `value`) and the faker instances from it. */
export function seed(value: number): void {
  state = 0n;
  increment = ((BigInt(value >>> 0) << 1n) | 1n) & mask64;
  next32();
  state = (state + 0x853c49e6748fea9bn + BigInt(value >>> 0)) & mask64;
  next32();
  for (const instance of Object.values(fakers)) instance.seed(next32());
}

export function unit(): number {
  return next32() / 4294967296;
}

export function chance(p: number): boolean {
  return unit() < p;
}

/** An integer from `low` to `high`, both included. */
export function int(low: number, high: number): number {
  return low + Math.floor(unit() * (high - low + 1));
}

export function pick<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("pick from nothing");
  return values[int(0, values.length - 1)] as T;
}

export function shuffled<T>(values: readonly T[]): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

export function some<T>(values: readonly T[], count: number): T[] {
  return shuffled(values).slice(0, count);
}

export function digits(count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += String(int(0, 9));
  return out;
}

export function from(alphabet: string, count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += alphabet.charAt(int(0, alphabet.length - 1));
  return out;
}

export const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const lower = "abcdefghijklmnopqrstuvwxyz";
export const alnum = `${upper}${lower}0123456789`;
export const hexLower = "0123456789abcdef";
export const base64Chars = `${alnum}+/`;
export const base64UrlChars = `${alnum}-_`;

export const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

// ---------------------------------------------------------------- faker, on locales no earlier corpus used

export const fakers = {
  cs: new Faker({ locale: [cs_CZ, base] }),
  sk: new Faker({ locale: [sk, base] }),
  ro: new Faker({ locale: [ro, base] }),
  fi: new Faker({ locale: [fi, base] }),
  sv: new Faker({ locale: [sv, base] }),
  nb: new Faker({ locale: [nb_NO, base] }),
  da: new Faker({ locale: [da, base] }),
  ptBR: new Faker({ locale: [pt_BR, base] }),
  ptPT: new Faker({ locale: [pt_PT, base] }),
  tr: new Faker({ locale: [tr, base] }),
  pl: new Faker({ locale: [pl, base] }),
  nl: new Faker({ locale: [nl, base] }),
  it: new Faker({ locale: [it, base] }),
  id: new Faker({ locale: [id_ID, base] }),
};
type FakerKey = keyof typeof fakers;
const fakerKeys = Object.keys(fakers) as FakerKey[];

// ---------------------------------------------------------------- people

/** First names of many origins, some of them ordinary words elsewhere (Rosa, Sol, Will, Hope, Paz). */
export const firstNames = [
  "Aylin",
  "Ingrid",
  "Tomasz",
  "Mateo",
  "Noor",
  "Pieter",
  "Henrik",
  "Chiara",
  "Oluwaseun",
  "Priya",
  "Santiago",
  "Magnus",
  "Lucía",
  "Bartosz",
  "Freya",
  "Kwame",
  "Leilani",
  "Yusuf",
  "Anneke",
  "Dmitri",
  "Siobhán",
  "Thandiwe",
  "Rosa",
  "Sol",
  "Luna",
  "Paz",
  "Mar",
  "Fleur",
  "Will",
  "Hope",
  "Grace",
  "Frank",
  "Mark",
  "Joy",
  "Iris",
  "Amber",
  "Dawn",
  "Jade",
  "Angel",
  "Rich",
  "Hana",
  "Mai",
  "Ana-Maria",
  "Jean-Baptiste",
  "Marie-Claire",
  "Hans-Peter",
  "Karl-Heinz",
  "José Luis",
  "Mary-Kate",
  "Zainab",
  "Arjun",
  "Haruto",
  "Ngozi",
  "Björn",
  "Ilse",
  "Guðrún",
  "Eero",
  "Aino",
  "Ciarán",
  "Ayşe",
  "Emre",
  "Nikolaj",
  "Sunniva",
  "Matthijs",
  "Giulia",
  "Rui",
  "Inês",
  "Wojciech",
  "Agnieszka",
  "Ravi",
  "Meera",
  "Tariq",
  "Fatou",
  "Moana",
  "Elif",
  "Kofi",
  "Anouk",
  "Jakub",
  "Léa",
  "Colm",
  "Astrid",
  "Vikram",
];

/** Surnames of many origins: particles, hyphens, and family names that are common words (Koch, Baker, Fuchs). */
export const lastNames = [
  "van der Berg",
  "van den Broek",
  "de la Fuente",
  "de la Cruz",
  "bin Rashid",
  "bint Saleh",
  "al-Amin",
  "von Arnim",
  "di Stefano",
  "da Silva",
  "dos Santos",
  "O'Connor",
  "Mac Giolla",
  "ten Hoeve",
  "zu Solms",
  "Le Roux",
  "De Luca",
  "Meyer-Landrut",
  "Smith-Jones",
  "García-Márquez",
  "Kowalska-Nowak",
  "Baker",
  "Koch",
  "Fuchs",
  "Vogel",
  "Wolf",
  "Klein",
  "Lang",
  "Jung",
  "Berg",
  "Stein",
  "Brand",
  "Haas",
  "Blanco",
  "Moreno",
  "Rubio",
  "Navarro",
  "Castillo",
  "Marchand",
  "Boulanger",
  "Petit",
  "Legrand",
  "Fontaine",
  "Chevalier",
  "Okafor",
  "Adeyemi",
  "Mensah",
  "Nakamura",
  "Tanaka",
  "Nguyen",
  "Tran",
  "Park",
  "Choi",
  "Kaya",
  "Yılmaz",
  "Öztürk",
  "Lindqvist",
  "Johansson",
  "Virtanen",
  "Korhonen",
  "Haugen",
  "Kristensen",
  "Kowalczyk",
  "Wiśniewska",
  "Novák",
  "Dvořáková",
  "Popescu",
  "Ionescu",
  "Papadopoulou",
  "Gonçalves",
  "Ferreira",
  "Rossi",
  "Esposito",
  "Bianchi",
  "Murphy",
  "Ní Bhriain",
  "Patel",
  "Chaudhry",
  "Iyer",
  "Mahlangu",
  "Achterberg",
  "Brennan",
  "Sørensen",
  "Hakimi",
  "Farouk",
  "Castro",
  "Weiß",
];

export function firstName(): string {
  if (chance(0.65)) return pick(firstNames);
  const f = fakers[pick(fakerKeys)];
  return f.person.firstName();
}

export function lastName(): string {
  if (chance(0.6)) return pick(lastNames);
  const f = fakers[pick(fakerKeys)];
  return f.person.lastName();
}

export interface Person {
  first: string;
  last: string;
  full: string;
  email: string;
}

const emailDomains = [
  "gmail.com",
  "outlook.com",
  "proton.me",
  "web.de",
  "gmx.net",
  "orange.fr",
  "free.fr",
  "yahoo.co.uk",
  "icloud.com",
  "telefonica.net",
  "hotmail.es",
  "seznam.cz",
  "wp.pl",
  "libero.it",
  "ziggo.nl",
];
export const companyDomains = [
  "northwind-logistics.com",
  "halvard.io",
  "brightmoor.co.uk",
  "kestrel-analytics.de",
  "lumenfold.fr",
  "oakridge-health.com",
  "tessellate.es",
  "veldhoven-tech.nl",
  "quillpoint.com",
  "arbor-systems.eu",
];

export function ascii(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .replace(/[ıİ]/g, "i")
    .replace(/[ðÐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

export function person(): Person {
  const first = firstName();
  const last = lastName();
  const full = `${first} ${last}`;
  return { first, last, full, email: emailFor(first, last) };
}

export function emailFor(first: string, last: string, domain?: string): string {
  const f = ascii(first) || "x";
  const l = ascii(last) || "y";
  const user = pick([
    `${f}.${l}`,
    `${f}${l}`,
    `${f.charAt(0)}${l}`,
    `${f}_${l}${int(1, 99)}`,
    `${l}.${f}`,
    `${f}.${l.charAt(0)}`,
    `${f}${int(70, 99)}`,
  ]);
  return `${user}@${domain ?? (chance(0.55) ? pick(companyDomains) : pick(emailDomains))}`;
}

export function slug(first: string, last: string): string {
  const words = `${first} ${last}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return words;
}

// ---------------------------------------------------------------- dates

export interface Birth {
  year: number;
  month: number;
  day: number;
}

export function birth(): Birth {
  return { year: int(1958, 2004), month: int(1, 12), day: int(1, 28) };
}

export function futureDate(): Birth {
  return { year: int(2027, 2036), month: int(1, 12), day: int(1, 28) };
}

const yymmdd = (d: Birth) => `${pad(d.year % 100)}${pad(d.month)}${pad(d.day)}`;

// ---------------------------------------------------------------- addresses

export interface Address {
  country: "US" | "GB" | "DE" | "FR" | "ES" | "NL" | "IT" | "PL" | "CZ" | "SE" | "PT";
  lines: string[];
  street: string;
  city: string;
}

const usStreets = [
  "Maple Ave",
  "Oak Street",
  "Elm St",
  "Washington Blvd",
  "Lincoln Road",
  "Sunset Dr",
  "Pine Ridge Ct",
  "Cedar Lane",
  "Highland Avenue",
  "Market St",
  "Magnolia Way",
  "Willow Creek Rd",
  "Juniper Pl",
  "W 4th St",
  "N Lamar Blvd",
  "Dogwood Circle",
  "Riverside Dr",
  "Adams St",
];
const usCities: [string, string, string][] = [
  ["Austin", "TX", "787"],
  ["Denver", "CO", "802"],
  ["Portland", "OR", "972"],
  ["Columbus", "OH", "432"],
  ["Raleigh", "NC", "276"],
  ["Madison", "WI", "537"],
  ["Tucson", "AZ", "857"],
  ["Boise", "ID", "837"],
  ["Albany", "NY", "122"],
  ["Spokane", "WA", "992"],
  ["Savannah", "GA", "314"],
  ["Burlington", "VT", "054"],
];
const gbStreets = [
  "Kingsley Road",
  "Church Street",
  "Victoria Terrace",
  "Mill Lane",
  "Albert Grove",
  "Queen's Crescent",
  "Station Road",
  "Beech Avenue",
  "Wellington Street",
  "Orchard Close",
  "Hawthorn Drive",
  "High Street",
];
const gbCities: [string, string][] = [
  ["Leeds", "LS6"],
  ["Bristol", "BS7"],
  ["Manchester", "M14"],
  ["Sheffield", "S10"],
  ["Norwich", "NR2"],
  ["Cardiff", "CF24"],
  ["Edinburgh", "EH9"],
  ["Brighton", "BN2"],
  ["York", "YO10"],
  ["Nottingham", "NG7"],
  ["London", "SE15"],
  ["London", "N16"],
  ["Glasgow", "G12"],
  ["Oxford", "OX4"],
];
const deStreets = [
  "Lindenstraße",
  "Am Mühlbach",
  "Goethestr.",
  "Hauptstraße",
  "Bahnhofstraße",
  "Schillerweg",
  "Kastanienallee",
  "Friedrichstraße",
  "Im Winkel",
  "Rosenweg",
  "Bergmannstraße",
  "Ahornring",
  "Lessingplatz",
  "Zum Sportplatz",
  "Wilhelm-Busch-Str.",
];
const deCities: [string, string][] = [
  ["Berlin", "10"],
  ["München", "80"],
  ["Köln", "50"],
  ["Hamburg", "22"],
  ["Frankfurt am Main", "60"],
  ["Leipzig", "04"],
  ["Stuttgart", "70"],
  ["Bremen", "28"],
  ["Dresden", "01"],
  ["Nürnberg", "90"],
  ["Freiburg im Breisgau", "79"],
  ["Münster", "48"],
];
const frStreets = [
  "rue des Lilas",
  "avenue Jean Jaurès",
  "boulevard Voltaire",
  "place de la République",
  "chemin des Vignes",
  "allée des Tilleuls",
  "rue du Faubourg Saint-Antoine",
  "quai de la Loire",
  "impasse des Acacias",
  "rue de la Paix",
  "cours Lafayette",
  "rue Nationale",
];
const frCities: [string, string][] = [
  ["Paris", "750"],
  ["Lyon", "6900"],
  ["Marseille", "130"],
  ["Toulouse", "310"],
  ["Bordeaux", "330"],
  ["Nantes", "440"],
  ["Lille", "590"],
  ["Strasbourg", "670"],
  ["Montpellier", "340"],
  ["Rennes", "350"],
];
const esStreets = [
  "Calle de Alcalá",
  "Avenida de la Constitución",
  "Carrer de Mallorca",
  "Paseo de la Castellana",
  "Calle Mayor",
  "Calle Real",
  "Avenida del Puerto",
  "Carrer del Consell de Cent",
  "Calle San Vicente",
  "Ronda de Segovia",
  "Calle de Embajadores",
  "Avinguda Diagonal",
];
const esCities: [string, string][] = [
  ["Madrid", "280"],
  ["Barcelona", "080"],
  ["Valencia", "460"],
  ["Sevilla", "410"],
  ["Bilbao", "480"],
  ["Málaga", "290"],
  ["Zaragoza", "500"],
  ["A Coruña", "150"],
  ["Granada", "180"],
  ["Alicante", "030"],
];

const gbLetters = "ABDEFGHJLNPQRSTUWXYZ";

export function address(country?: Address["country"]): Address {
  const which =
    country ??
    pick([
      "US",
      "US",
      "GB",
      "GB",
      "DE",
      "DE",
      "FR",
      "FR",
      "ES",
      "ES",
      "NL",
      "IT",
      "PL",
      "CZ",
      "SE",
      "PT",
    ] as const);
  switch (which) {
    case "US": {
      const [city, st, zip] = pick(usCities);
      const street = `${int(12, 9850)} ${pick(usStreets)}${chance(0.3) ? `, ${pick(["Apt", "Unit", "Suite", "#"])} ${int(1, 40)}${pick(["", "B", "C"])}` : ""}`;
      return { country: which, street, city, lines: [street, `${city}, ${st} ${zip}${digits(2)}`] };
    }
    case "GB": {
      const [city, district] = pick(gbCities);
      const street = `${chance(0.25) ? `Flat ${int(1, 12)}, ` : ""}${int(1, 212)} ${pick(gbStreets)}`;
      const postcode = `${district} ${int(1, 9)}${from(gbLetters, 2)}`;
      return { country: which, street, city, lines: [street, city, postcode] };
    }
    case "DE": {
      const [city, plz] = pick(deCities);
      const street = `${pick(deStreets)} ${int(1, 140)}${chance(0.15) ? pick(["a", "b", "c"]) : ""}`;
      return { country: which, street, city, lines: [street, `${plz}${digits(3)} ${city}`] };
    }
    case "FR": {
      const [city, cp] = pick(frCities);
      const street = `${int(1, 180)}${chance(0.1) ? " bis" : ""} ${pick(frStreets)}`;
      const postcode =
        city === "Paris"
          ? `750${pad(int(1, 20))}`
          : `${cp}${pad(int(1, 10 ** (5 - cp.length) - 1), 5 - cp.length)}`;
      return { country: which, street, city, lines: [street, `${postcode} ${city}`] };
    }
    case "ES": {
      const [city, cp] = pick(esCities);
      const street = `${pick(esStreets)}, ${int(1, 240)}${chance(0.6) ? `, ${int(1, 9)}º ${pick(["A", "B", "C", "D", "izq.", "dcha."])}` : ""}`;
      return { country: which, street, city, lines: [street, `${cp}${digits(2)} ${city}`] };
    }
    default: {
      const f = fakers[({ NL: "nl", IT: "it", PL: "pl", CZ: "cs", SE: "sv", PT: "ptPT" } as const)[which]];
      const street =
        which === "NL" || which === "SE" || which === "PL" || which === "CZ"
          ? `${f.location.street()} ${f.location.buildingNumber()}`
          : `${f.location.street()}, ${f.location.buildingNumber()}`;
      const city = f.location.city();
      return { country: which, street, city, lines: [street, `${f.location.zipCode()} ${city}`] };
    }
  }
}

// ---------------------------------------------------------------- passports and MRZ

export type PassportCountry = "US" | "GB" | "DE" | "FR" | "ES" | "IT" | "NL" | "PL" | "IE" | "SE";

export const iso3: Record<PassportCountry, string> = {
  US: "USA",
  GB: "GBR",
  DE: "D<<",
  FR: "FRA",
  ES: "ESP",
  IT: "ITA",
  NL: "NLD",
  PL: "POL",
  IE: "IRL",
  SE: "SWE",
};

export function passportNumber(country: PassportCountry): string {
  switch (country) {
    case "US":
      return chance(0.5) ? `${pick(["A", "B", "C", "E", "Z"])}${digits(8)}` : `5${digits(8)}`;
    case "GB":
      return `${int(1, 9)}${digits(8)}`;
    case "DE":
      return `${pick(["C", "F", "G", "H", "J", "K"])}${from("CFGHJKLMNPRTVWXYZ0123456789", 8)}`;
    case "FR":
      return `${pad(int(10, 26))}${from("ABCDEFGHJKLMNPRSTUVWXYZ", 2)}${digits(5)}`;
    case "ES":
      return `${from("ABCDEFGHJKLMNPRSTUVWXYZ", 3)}${digits(6)}`;
    case "IT":
      return `${pick(["YA", "YB", "YC", "AA", "AB"])}${digits(7)}`;
    case "NL":
      return `${from("BCDFGHJKLMNPRSTVWXYZ", 2)}${from("BCDFGHJKLMNPRSTVWXYZ0123456789", 6)}${digits(1)}`;
    case "PL":
      return `${from("ABCDEFGHJKLMNPRSTUVWXYZ", 2)}${digits(7)}`;
    case "IE":
      return `${from("PLRABCDFGHJKMNTVWXY", 2)}${digits(7)}`;
    case "SE":
      return digits(8);
  }
}

function mrzValue(char: string): number {
  if (char === "<") return 0;
  if (/[0-9]/.test(char)) return Number(char);
  return char.charCodeAt(0) - 55;
}

/** ICAO 9303 check digit: weights 7, 3, 1 over digits, letters (A = 10) and fillers (0). */
export function mrzCheck(field: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  [...field].forEach((char, i) => {
    sum += mrzValue(char) * (weights[i % 3] as number);
  });
  return String(sum % 10);
}

function mrzName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "SS")
    .replace(/[øØ]/g, "O")
    .replace(/[łŁ]/g, "L")
    .replace(/[ıİ]/g, "I")
    .toUpperCase()
    .replace(/[^A-Z]+/g, "<");
}

/** A TD3 (passport) machine-readable zone of two 44-character lines with valid check digits. */
export function mrz(country: PassportCountry, first: string, last: string, number: string): string {
  const code = iso3[country];
  const line1 = `P<${code}${mrzName(last)}<<${mrzName(first)}`.padEnd(44, "<").slice(0, 44);
  const doc = number.padEnd(9, "<").slice(0, 9);
  const born = birth();
  const expires = futureDate();
  const personal = country === "NL" ? digits(9).padEnd(14, "<") : "<".repeat(14);
  const personalCheck = personal === "<".repeat(14) ? "<" : mrzCheck(personal);
  const sex = pick(["M", "F", "<"]);
  const docPart = `${doc}${mrzCheck(doc)}`;
  const bornPart = `${yymmdd(born)}${mrzCheck(yymmdd(born))}`;
  const expiryPart = `${yymmdd(expires)}${mrzCheck(yymmdd(expires))}`;
  const personalPart = `${personal}${personalCheck}`;
  const composite = mrzCheck(`${docPart}${bornPart}${expiryPart}${personalPart}`);
  const line2 = `${docPart}${code}${bornPart}${sex}${expiryPart}${personalPart}${composite}`;
  return `${line1}\n${line2}`;
}

// ---------------------------------------------------------------- national identifiers

export function ssn(): string {
  let area = int(1, 899);
  while (area === 666) area = int(1, 899);
  return `${pad(area, 3)}-${pad(int(1, 99))}-${pad(int(1, 9999), 4)}`;
}

const ninoFirst = "ABCEGHJKLMNOPRSTWXYZ";
const ninoSecond = "ABCEGHJKLMNPRSTWXYZ";

export function nino(spaced = chance(0.5)): string {
  let prefix = "";
  do prefix = `${from(ninoFirst, 1)}${from(ninoSecond, 1)}`;
  while (["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(prefix));
  const body = digits(6);
  const suffix = pick(["A", "B", "C", "D"]);
  return spaced
    ? `${prefix} ${body.slice(0, 2)} ${body.slice(2, 4)} ${body.slice(4)} ${suffix}`
    : `${prefix}${body}${suffix}`;
}

/** ISO 7064 MOD 11,10 over the first ten digits, as the Steuer-ID uses. */
export function mod1110(value: string): number {
  let product = 10;
  for (const char of value) {
    let sum = (Number(char) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** German tax id: eleven digits, the first not 0, one digit of the first ten twice, the rest once. */
export function steuerId(): string {
  for (;;) {
    const pool = shuffled(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]).slice(0, 9);
    const twice = pick(pool);
    const ten = shuffled([...pool, twice]);
    if (ten[0] === "0") continue;
    const body = ten.join("");
    return `${body}${mod1110(body)}`;
  }
}

/** French NIR: 13 digits (sex, year, month, département, commune, order) and a two-digit key. */
export function nir(spaced = chance(0.6)): string {
  const born = birth();
  let dept = int(1, 95);
  while (dept === 20) dept = int(1, 95);
  const body = `${pick(["1", "2"])}${pad(born.year % 100)}${pad(born.month)}${pad(dept)}${pad(int(1, 990), 3)}${pad(int(1, 999), 3)}`;
  const key = pad(Number(97n - (BigInt(body) % 97n)));
  if (!spaced) return `${body}${key}`;
  return `${body.slice(0, 1)} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${key}`;
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

export function dni(): string {
  const number = int(1000000, 99999999);
  return `${pad(number, 8)}${dniLetters.charAt(number % 23)}`;
}

export function nie(): string {
  const lead = pick(["X", "Y", "Z"]);
  const body = digits(7);
  const number = Number(`${"XYZ".indexOf(lead)}${body}`);
  return `${lead}${body}${dniLetters.charAt(number % 23)}`;
}

/** Dutch BSN: nine digits passing the eleven test (9·d1 + … + 2·d8 − d9 ≡ 0 mod 11). */
export function bsn(): string {
  for (;;) {
    const body = `${int(1, 9)}${digits(7)}`;
    let sum = 0;
    [...body].forEach((char, i) => {
      sum += Number(char) * (9 - i);
    });
    const last = sum % 11;
    if (last < 10) return `${body}${last}`;
  }
}

const cfOdd: Record<string, number> = {
  0: 1,
  1: 0,
  2: 5,
  3: 7,
  4: 9,
  5: 13,
  6: 15,
  7: 17,
  8: 19,
  9: 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};
const cfMonths = "ABCDEHLMPRST";
const comuni = ["H501", "F205", "L219", "F839", "G273", "A944", "D612", "L736", "B157", "C351", "E506"];

function cfPart(value: string, isFirstName: boolean): string {
  const letters = ascii(value)
    .toUpperCase()
    .replace(/[^A-Z]/g, "");
  const consonants = letters.replace(/[AEIOU]/g, "");
  const vowels = letters.replace(/[^AEIOU]/g, "");
  if (isFirstName && consonants.length >= 4) return `${consonants[0]}${consonants[2]}${consonants[3]}`;
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

/** Italian codice fiscale with its check letter. */
export function codiceFiscale(first: string, last: string): string {
  const born = birth();
  const female = chance(0.5);
  const body = `${cfPart(last, false)}${cfPart(first, true)}${pad(born.year % 100)}${cfMonths.charAt(born.month - 1)}${pad(born.day + (female ? 40 : 0))}${pick(comuni)}`;
  let sum = 0;
  [...body].forEach((char, i) => {
    if (i % 2 === 0) sum += cfOdd[char] as number;
    else sum += /[0-9]/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
  });
  return `${body}${upper.charAt(sum % 26)}`;
}

export function pesel(): string {
  const born = birth();
  const month = born.month + (born.year >= 2000 ? 20 : 0);
  const body = `${pad(born.year % 100)}${pad(month)}${pad(born.day)}${digits(4)}`;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  [...body].forEach((char, i) => {
    sum += Number(char) * (weights[i] as number);
  });
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export function luhnDigit(body: string): number {
  let sum = 0;
  const reversed = [...body].reverse();
  reversed.forEach((char, i) => {
    let d = Number(char);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return (10 - (sum % 10)) % 10;
}

export function luhnValid(value: string): boolean {
  const clean = value.replace(/\D/g, "");
  return luhnDigit(clean.slice(0, -1)) === Number(clean.slice(-1));
}

/** Swedish personnummer YYMMDD-NNNC, C the Luhn digit over the nine before it. */
export function personnummer(): string {
  const born = birth();
  const body = `${yymmdd(born)}${digits(3)}`;
  const sep = born.year < 1925 ? "+" : "-";
  return `${body.slice(0, 6)}${chance(0.8) ? sep : ""}${body.slice(6)}${luhnDigit(body)}`;
}

/** Danish CPR DDMMYY-SSSS, kept to the old modulus-11 rule so it is valid either way. */
export function cpr(): string {
  for (;;) {
    const born = birth();
    // The seventh digit tells the century: 0-3 for 1900-1999, 4-9 (with the year) for 2000 on.
    const century = born.year < 2000 ? int(0, 3) : pick([4, 5, 6, 7, 8, 9]);
    const body = `${pad(born.day)}${pad(born.month)}${pad(born.year % 100)}${century}${digits(2)}`;
    const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2];
    let sum = 0;
    [...body].forEach((char, i) => {
      sum += Number(char) * (weights[i] as number);
    });
    const last = (11 - (sum % 11)) % 11;
    if (last === 10) continue;
    return `${body.slice(0, 6)}-${body.slice(6)}${last}`;
  }
}

const finnishChecks = "0123456789ABCDEFHJKLMNPRSTUVWXY";

export function henkilotunnus(): string {
  const born = birth();
  const individual = pad(int(2, 899), 3);
  const date = `${pad(born.day)}${pad(born.month)}${pad(born.year % 100)}`;
  const check = finnishChecks.charAt(Number(`${date}${individual}`) % 31);
  return `${date}${born.year >= 2000 ? "A" : "-"}${individual}${check}`;
}

export function nif(): string {
  const body = `${pick(["1", "2", "2", "3"])}${digits(7)}`;
  let sum = 0;
  [...body].forEach((char, i) => {
    sum += Number(char) * (9 - i);
  });
  const r = sum % 11;
  return `${body}${r < 2 ? 0 : 11 - r}`;
}

/** The same identifier with its last check character changed, so it fails its own rule. */
export function spoilLast(value: string, alphabet = "0123456789"): string {
  const last = value.slice(-1);
  const others = alphabet.replace(last, "");
  return `${value.slice(0, -1)}${from(others, 1)}`;
}

// ---------------------------------------------------------------- phones and regions

export type Region = "US" | "GB" | "DE" | "FR" | "ES";

export function phone(
  region: Region = pick(["US", "GB", "DE", "FR", "ES"] as const),
  international = chance(0.45),
): string {
  switch (region) {
    case "US": {
      const area = pick([
        "212",
        "312",
        "415",
        "503",
        "512",
        "617",
        "646",
        "720",
        "737",
        "786",
        "206",
        "404",
        "919",
        "614",
        "303",
      ]);
      const exchange = `${int(2, 9)}${digits(2)}`.replace(/^(\d)11$/, "$121");
      const line = digits(4);
      if (international)
        return pick([
          `+1 ${area} ${exchange} ${line}`,
          `+1-${area}-${exchange}-${line}`,
          `+1 (${area}) ${exchange}-${line}`,
        ]);
      return pick([
        `(${area}) ${exchange}-${line}`,
        `${area}-${exchange}-${line}`,
        `${area}.${exchange}.${line}`,
      ]);
    }
    case "GB": {
      if (chance(0.55)) {
        const mobile = `7${int(4, 9)}${digits(2)}`;
        const rest = digits(6);
        return international ? `+44 ${mobile} ${rest}` : `0${mobile} ${rest}`;
      }
      const [code, rest] = pick([
        ["20", `${int(7, 8)}${digits(3)} ${digits(4)}`],
        ["161", `${int(2, 9)}${digits(2)} ${digits(4)}`],
        ["113", `${int(2, 4)}${digits(2)} ${digits(4)}`],
        ["117", `${int(2, 9)}${digits(2)} ${digits(4)}`],
        ["131", `${int(2, 6)}${digits(2)} ${digits(4)}`],
      ] as const);
      return international ? `+44 ${code} ${rest}` : `0${code} ${rest}`;
    }
    case "DE": {
      if (chance(0.55)) {
        const prefix = pick([
          "151",
          "152",
          "157",
          "160",
          "162",
          "170",
          "171",
          "172",
          "173",
          "175",
          "176",
          "177",
          "178",
          "179",
        ]);
        const rest = digits(prefix.startsWith("15") || prefix === "176" ? 8 : 7);
        return international
          ? pick([`+49 ${prefix} ${rest}`, `+49 (0)${prefix} ${rest}`])
          : pick([`0${prefix} ${rest}`, `0${prefix}/${rest}`, `0${prefix}-${rest}`]);
      }
      const [code, length] = pick([
        ["30", 8],
        ["89", 8],
        ["40", 8],
        ["221", 7],
        ["69", 8],
        ["711", 7],
        ["341", 7],
      ] as const);
      const rest = `${int(2, 9)}${digits(length - 1)}`;
      return international
        ? pick([`+49 ${code} ${rest}`, `+49 (0)${code} ${rest}`])
        : pick([`0${code} ${rest}`, `0${code}/${rest}`, `(0${code}) ${rest}`]);
    }
    case "FR": {
      const lead = pick(["6", "7", "1", "2", "3", "4", "5", "9"]);
      const rest = [`${int(1, 9)}${digits(1)}`, digits(2), digits(2), digits(2)];
      if (international)
        return pick([
          `+33 ${lead} ${rest.join(" ")}`,
          `+33 (0)${lead} ${rest.join(" ")}`,
          `+33${lead}${rest.join("")}`,
        ]);
      return pick([`0${lead} ${rest.join(" ")}`, `0${lead}.${rest.join(".")}`, `0${lead}${rest.join("")}`]);
    }
    case "ES": {
      if (chance(0.6)) {
        const n = `${pick(["6", "7"])}${int(0, 9)}${digits(7)}`;
        const grouped = pick([
          `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
          `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
        ]);
        return international ? `+34 ${grouped}` : grouped;
      }
      const n = `9${pick(["1", "3", "5", "6"])}${int(1, 9)}${digits(6)}`;
      const grouped = pick([
        `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
        `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
      ]);
      return international ? `+34 ${grouped}` : grouped;
    }
  }
}

// ---------------------------------------------------------------- network

export function ipv4(): string {
  for (;;) {
    const a = int(1, 223);
    const b = int(0, 255);
    if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${b}.${int(0, 255)}.${int(1, 254)}`;
  }
}

export function ipv6(): string {
  const prefix = pick(["2a02", "2a01", "2600", "2607", "2804", "2a00", "2003", "2406", "2a0a", "2a03"]);
  const groups = [
    prefix,
    ...Array.from({ length: 7 }, () => from(hexLower, int(1, 4)).replace(/^0+(?=.)/, "")),
  ];
  if (chance(0.6)) {
    const at = int(2, 5);
    const length = int(2, 3);
    return `${groups.slice(0, at).join(":")}::${groups.slice(at + length).join(":")}`;
  }
  return groups.join(":");
}

// ---------------------------------------------------------------- money

export type CardBrand = "visa" | "mastercard" | "amex" | "discover" | "jcb";

export function card(
  brand: CardBrand = pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb"] as const),
): string {
  let body: string;
  switch (brand) {
    case "visa":
      body = `4${digits(14)}`;
      break;
    case "mastercard":
      body = chance(0.75) ? `5${int(1, 5)}${digits(13)}` : `2${int(221, 720)}${digits(11)}`;
      break;
    case "amex":
      body = `3${pick(["4", "7"])}${digits(12)}`;
      break;
    case "discover":
      body = `6011${digits(11)}`;
      break;
    case "jcb":
      body = `35${int(28, 89)}${digits(11)}`;
      break;
  }
  const number = `${body}${luhnDigit(body)}`;
  return groupCard(number);
}

export function groupCard(number: string, style = pick([" ", " ", "-", ""])): string {
  if (number.length === 15)
    return style === ""
      ? number
      : `${number.slice(0, 4)}${style}${number.slice(4, 10)}${style}${number.slice(10)}`;
  return (number.match(/.{1,4}/g) ?? []).join(style);
}

function mod97(numeric: string): number {
  let rest = 0;
  for (const char of numeric) rest = (rest * 10 + Number(char)) % 97;
  return rest;
}

const asNumeric = (value: string) =>
  [...value].map((char) => (/[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char)).join("");

export function ibanFrom(country: string, bban: string): string {
  const check = 98 - mod97(asNumeric(`${bban}${country}00`));
  return `${country}${pad(check)}${bban}`;
}

export function ibanValid(value: string): boolean {
  const clean = value.replace(/\s/g, "");
  return mod97(asNumeric(`${clean.slice(4)}${clean.slice(0, 4)}`)) === 1;
}

const esWeights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
function esControl(ten: string): number {
  let sum = 0;
  [...ten].forEach((char, i) => {
    sum += Number(char) * (esWeights[i] as number);
  });
  const dc = 11 - (sum % 11);
  return dc === 11 ? 0 : dc === 10 ? 1 : dc;
}

export type IbanCountry = "DE" | "GB" | "FR" | "ES" | "NL" | "IT" | "BE" | "PL" | "PT" | "AT" | "CH" | "IE";

export function iban(
  country: IbanCountry = pick([
    "DE",
    "DE",
    "GB",
    "FR",
    "ES",
    "ES",
    "NL",
    "IT",
    "BE",
    "PL",
    "PT",
    "AT",
    "CH",
    "IE",
  ] as const),
  grouped = chance(0.65),
): string {
  let bban: string;
  switch (country) {
    case "DE":
      bban = `${int(1, 8)}${digits(7)}${digits(10)}`;
      break;
    case "GB":
      bban = `${pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG"])}${digits(6)}${digits(8)}`;
      break;
    case "IE":
      bban = `${pick(["AIBK", "BOFI", "IPBS"])}${digits(6)}${digits(8)}`;
      break;
    case "FR": {
      const bank = pick(["30004", "30003", "20041", "10278", "30002", "17515", "11315"]);
      const branch = digits(5);
      const account = digits(11);
      const key = 97n - ((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
      bban = `${bank}${branch}${account}${pad(Number(key))}`;
      break;
    }
    case "ES": {
      const bank = pick(["2100", "0049", "0182", "0081", "2080", "1465", "0128"]);
      const branch = digits(4);
      const account = digits(10);
      bban = `${bank}${branch}${esControl(`00${bank}${branch}`)}${esControl(account)}${account}`;
      break;
    }
    case "NL":
      bban = `${pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB"])}${digits(10)}`;
      break;
    case "IT":
      bban = `${from(upper, 1)}${pick(["03069", "02008", "05034", "01030", "03062"])}${digits(5)}${digits(12)}`;
      break;
    case "BE": {
      const ten = `${digits(3)}${digits(7)}`;
      const check = Number(BigInt(ten) % 97n) || 97;
      bban = `${ten}${pad(check)}`;
      break;
    }
    case "PL":
      bban = `${digits(8)}${digits(16)}`;
      break;
    case "PT":
      bban = `${pick(["0033", "0035", "0007", "0010", "0036"])}${digits(4)}${digits(11)}${digits(2)}`;
      break;
    case "AT":
      bban = `${pick(["12000", "20111", "14000", "32000", "60000"])}${digits(11)}`;
      break;
    case "CH":
      bban = `${pick(["00762", "00235", "00700", "08390"])}${digits(12)}`;
      break;
  }
  const value = ibanFrom(country, bban);
  return grouped ? (value.match(/.{1,4}/g) ?? []).join(" ") : value;
}

/** A US ABA routing number: a Federal Reserve prefix and the 3-7-1 checksum. */
export function aba(): string {
  const prefix = pad(pick([int(1, 12), int(21, 32), int(61, 72)]));
  for (;;) {
    const body = `${prefix}${digits(6)}`;
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    let sum = 0;
    [...body].forEach((char, i) => {
      sum += Number(char) * (w[i] as number);
    });
    const check = (10 - (sum % 10)) % 10;
    return `${body}${check}`;
  }
}

export function bankAccount(): string {
  return `${int(1, 9)}${digits(int(7, 11))}`;
}

export function sortCode(): string {
  return `${pad(int(1, 99))}-${digits(2)}-${digits(2)}`;
}

export function money(currency = pick(["€", "$", "£"])): string {
  const amount = int(38, 160) * 1000 + pick([0, 0, 500, 250]);
  const text = amount.toLocaleString("en-US");
  return currency === "€" && chance(0.5) ? `${amount.toLocaleString("de-DE")} €` : `${currency}${text}`;
}

// ---------------------------------------------------------------- secrets

export function password(): string {
  const word = pick([
    "Sommer",
    "Winter",
    "Kaffee",
    "Otter",
    "Falcon",
    "Mango",
    "Lighthouse",
    "Pfannkuchen",
    "Girasol",
    "Tortuga",
    "Brioche",
    "Zebra",
    "Nordlicht",
    "Marmelade",
    "Quokka",
    "Velvet",
    "Hedgehog",
    "Copper",
  ]);
  switch (int(0, 4)) {
    case 0:
      return `${word}${int(2019, 2027)}${pick(["!", "#", "$", "?", "*"])}`;
    case 1:
      return from(`${alnum}!#$%&*+-=?@^_`, int(10, 18));
    case 2:
      return [
        word.toLowerCase(),
        pick(["river", "paper", "stone", "orbit", "maple", "tundra", "violin"]),
        pick(["cloud", "pepper", "anchor", "ember"]),
        String(int(10, 99)),
      ].join(pick(["-", ".", "_"]));
    case 3:
      return `${from(upper, 1)}${from(lower, int(4, 7))}${digits(int(2, 4))}${pick(["!", "&", "%", ".", "#"])}${from(alnum, int(2, 4))}`;
    default:
      return `${from(alnum, 4)}-${from(alnum, 4)}-${from(alnum, 4)}`;
  }
}

export function pin(): string {
  return digits(pick([4, 4, 4, 6]));
}

export const base64Url = (value: string): string =>
  Buffer.from(value, "utf8").toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

export function jwt(): string {
  const alg = pick(["HS256", "RS256", "ES256", "HS512"]);
  const header = base64Url(
    JSON.stringify(chance(0.6) ? { alg, typ: "JWT" } : { typ: "JWT", alg, kid: from(alnum, 8) }),
  );
  const now = int(1767000000, 1799000000);
  const payload = base64Url(
    JSON.stringify({
      sub: chance(0.5)
        ? String(int(10000, 999999))
        : `${from(hexLower, 8)}-${from(hexLower, 4)}-${from(hexLower, 4)}-${from(hexLower, 4)}-${from(hexLower, 12)}`,
      ...(chance(0.5) ? { email: emailFor(firstName(), lastName()) } : {}),
      iss: pick(["https://auth.halvard.io", "https://login.northwind-logistics.com", "cordon-dev"]),
      iat: now,
      exp: now + pick([900, 3600, 86400]),
      ...(chance(0.4) ? { scope: pick(["read:all", "admin", "repo write", "openid profile"]) } : {}),
    }),
  );
  const signatureLength = alg === "HS512" ? 86 : alg === "ES256" ? 86 : alg === "RS256" ? 342 : 43;
  return `${header}.${payload}.${from(base64UrlChars, signatureLength)}`;
}

function wrap64(body: string): string {
  return (body.match(/.{1,64}/g) ?? []).join("\n");
}

export function pemPrivateKey(): string {
  const kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]);
  const lead =
    kind === "RSA PRIVATE KEY"
      ? "MIIEpAIBAAKCAQEA"
      : kind === "PRIVATE KEY"
        ? "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"
        : kind === "EC PRIVATE KEY"
          ? "MHcCAQEEI"
          : "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ";
  const length = kind === "EC PRIVATE KEY" ? 120 : kind === "OPENSSH PRIVATE KEY" ? 380 : int(600, 900);
  const body = `${lead}${from(base64Chars, length - lead.length)}${pick(["", "=", "=="])}`;
  return `-----BEGIN ${kind}-----\n${wrap64(body)}\n-----END ${kind}-----`;
}

export function certificate(): string {
  const body = `MIID${from(base64Chars, int(500, 700))}==`;
  return `-----BEGIN CERTIFICATE-----\n${wrap64(body)}\n-----END CERTIFICATE-----`;
}

export function publicKeyPem(): string {
  const body = `MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${from(base64Chars, 320)}IDAQAB`;
  return `-----BEGIN PUBLIC KEY-----\n${wrap64(body)}\n-----END PUBLIC KEY-----`;
}

export function sshPublicKey(): string {
  return pick([
    `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${from(base64Chars, 43)}`,
    `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${from(base64Chars, 500)}=`,
  ]);
}

export type TokenKind =
  | "github"
  | "github-fine"
  | "gitlab"
  | "slack-bot"
  | "slack-user"
  | "stripe"
  | "aws-id"
  | "aws-secret"
  | "openai"
  | "anthropic"
  | "google"
  | "npm"
  | "sendgrid"
  | "twilio"
  | "huggingface"
  | "pypi"
  | "digitalocean";

export function token(kind: TokenKind): string {
  switch (kind) {
    case "github":
      return `${pick(["ghp", "gho", "ghs", "ghu"])}_${from(alnum, 36)}`;
    case "github-fine":
      return `github_pat_11${from(`${upper}0123456789`, 20)}_${from(alnum, 59)}`;
    case "gitlab":
      return `glpat-${from(`${alnum}-_`, 20)}`;
    case "slack-bot":
      return `xoxb-${digits(12)}-${digits(13)}-${from(alnum, 24)}`;
    case "slack-user":
      return `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${from(hexLower, 32)}`;
    case "stripe":
      return `${pick(["sk_live_", "rk_live_", "sk_live_51"])}${from(alnum, pick([24, 60, 90]))}`;
    case "aws-id":
      return `${pick(["AKIA", "ASIA"])}${from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`;
    case "aws-secret":
      return from(`${alnum}+/`, 40);
    case "openai":
      return chance(0.6)
        ? `sk-proj-${from(base64UrlChars, 120)}`
        : `sk-${from(alnum, 20)}T3BlbkFJ${from(alnum, 20)}`;
    case "anthropic":
      return `sk-ant-api03-${from(base64UrlChars, 93)}AA`;
    case "google":
      return `AIza${from(base64UrlChars, 35)}`;
    case "npm":
      return `npm_${from(alnum, 36)}`;
    case "sendgrid":
      return `SG.${from(base64UrlChars, 22)}.${from(base64UrlChars, 43)}`;
    case "twilio":
      return `SK${from(hexLower, 32)}`;
    case "huggingface":
      return `hf_${from(`${upper}${lower}`, 34)}`;
    case "pypi":
      return `pypi-AgEIcHlwaS5vcmc${from(base64UrlChars, int(120, 160))}`;
    case "digitalocean":
      return `dop_v1_${from(hexLower, 64)}`;
  }
}

export const tokenKinds: readonly TokenKind[] = [
  "github",
  "github-fine",
  "gitlab",
  "slack-bot",
  "slack-user",
  "stripe",
  "aws-secret",
  "openai",
  "anthropic",
  "google",
  "npm",
  "sendgrid",
  "twilio",
  "huggingface",
  "pypi",
  "digitalocean",
];

export function uuid(): string {
  return `${from(hexLower, 8)}-${from(hexLower, 4)}-4${from(hexLower, 3)}-${pick(["8", "9", "a", "b"])}${from(hexLower, 3)}-${from(hexLower, 12)}`;
}

export function hex(count: number): string {
  return from(hexLower, count);
}

export function cursor(): string {
  const json = JSON.stringify(
    pick([
      { offset: int(20, 5000) },
      { offset: int(20, 5000), limit: pick([25, 50, 100]) },
      { after: int(100000, 999999), sort: "created_at" },
      { page: int(2, 80), size: 50 },
    ]),
  );
  return Buffer.from(json, "utf8")
    .toString("base64")
    .replace(/=+$/, chance(0.5) ? "" : "=");
}

export function logTime(): string {
  return `2026-${pad(int(1, 11))}-${pad(int(1, 28))} ${pad(int(0, 23))}:${pad(int(0, 59))}:${pad(int(0, 59))},${pad(int(0, 999), 3)}`;
}
