import {
  af_ZA,
  az,
  base,
  en,
  en_GH,
  en_NG,
  Faker,
  fr_CH,
  fr_SN,
  hr,
  hu,
  id_ID,
  lv,
  ro_MD,
  ru,
  sk,
  sr_RS_latin,
  uk,
  uz_UZ_latin,
  vi,
  yo_NG,
  zu_ZA,
} from "@faker-js/faker";
import { isValidPhoneNumber, parsePhoneNumber } from "libphonenumber-js/max";

/**
 * Value generators of the third evaluation corpus, written for round three's
 * held-out part without reading the detectors or the earlier generators. They
 * draw from a random source of their own (sfc32), and from faker instances
 * built here on locales the earlier corpora do not use, so reseeding one corpus
 * never shifts another. Identifiers follow their issuers' rules (check digits,
 * forbidden prefixes); look-alikes for the hard negatives break exactly one rule.
 * Every value is generated: no real person, account or secret is behind any.
 */

// ---------------------------------------------------------------- random source

let state = [0, 0, 0, 0];

/** sfc32: small, fast and good enough to deal templates and values. */
export function random(): number {
  let [a, b, c, d] = state as [number, number, number, number];
  const result = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + result) | 0;
  state = [a, b, c, d];
  return (result >>> 0) / 4294967296;
}

const nameLocales = [
  hu,
  hr,
  sk,
  lv,
  vi,
  id_ID,
  en_NG,
  yo_NG,
  zu_ZA,
  af_ZA,
  en_GH,
  fr_CH,
  fr_SN,
  sr_RS_latin,
  az,
  uz_UZ_latin,
  ro_MD,
];
const latinFakers = nameLocales.map((locale) => new Faker({ locale: [locale, en, base] }));
const cyrillicFakers = [ru, uk].map((locale) => new Faker({ locale: [locale, en, base] }));
const allFakers = [...latinFakers, ...cyrillicFakers];

export function seed(value: number): void {
  state = [0x9e3779b9, 0x243f6a88, 0xb7e15162, value | 0];
  for (let n = 0; n < 16; n++) random();
  allFakers.forEach((instance, index) => {
    instance.seed(value + 7919 * (index + 1));
  });
}

export function one<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("one() of nothing");
  return values[Math.floor(random() * values.length)] as T;
}

export function odds(p: number): boolean {
  return random() < p;
}

export function upTo(min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const lower = "abcdefghijklmnopqrstuvwxyz";
const digitChars = "0123456789";
export const alphanumeric = upper + lower + digitChars;
export const base64Chars = `${alphanumeric}+/`;
export const base64UrlChars = `${alphanumeric}-_`;

export function chars(count: number, alphabet: string): string {
  let out = "";
  for (let n = 0; n < count; n++) out += alphabet.charAt(Math.floor(random() * alphabet.length));
  return out;
}

export const digits = (count: number) => chars(count, digitChars);
export const letters = (count: number) => chars(count, upper);
export const hexChars = (count: number) => chars(count, "0123456789abcdef");

function base64Of(text: string, url = false): string {
  const encoded = Buffer.from(text, "utf8").toString(url ? "base64url" : "base64");
  return encoded;
}

// ---------------------------------------------------------------- people

// Romanised names for locales faker writes in other scripts or does not have;
// pairs are drawn at random, so no real person is named.
const romanised: readonly { given: readonly string[]; family: readonly string[] }[] = [
  {
    given: ["Wei", "Xiaoling", "Jianguo", "Meiling", "Haoran", "Yuxuan", "Zihan", "Lihua"],
    family: ["Zhang", "Liu", "Huang", "Zhou", "Xu", "Sun", "Guo", "Lin"],
  },
  {
    given: ["Ji-woo", "Min-jun", "Seo-yeon", "Hyun-woo", "Eun-ji", "Dong-hyun", "Soo-ah"],
    family: ["Park", "Choi", "Jung", "Kang", "Yoon", "Han", "Shin"],
  },
  {
    given: ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Kaito", "Mio"],
    family: ["Takahashi", "Watanabe", "Kobayashi", "Yamamoto", "Nakamura", "Inoue", "Kimura"],
  },
  {
    given: ["Youssef", "Layla", "Omar", "Nour", "Karim", "Yasmin", "Tariq", "Rania"],
    family: ["Haddad", "Mansour", "El-Amin", "Khalil", "Nasser", "Saleh", "Bakr"],
  },
  {
    given: ["Siobhán", "Tadhg", "Niamh", "Oisín", "Aoife", "Cathal", "Gráinne"],
    family: ["Ó Briain", "Mac Carthaigh", "Ní Dhomhnaill", "O'Sullivan", "Mac Giolla", "Ó Néill"],
  },
  {
    given: ["Aroha", "Tane", "Mere", "Wiremu", "Ngaio", "Hemi"],
    family: ["Te Whata", "Ngata", "Parata", "Tawhiri", "Horomona"],
  },
];

export interface Person {
  given: string;
  family: string;
  /** Where the name comes from, for templates that want a script or a word order. */
  script: "latin" | "cyrillic";
}

export function person(): Person {
  const roll = random();
  if (roll < 0.22) {
    const pool = one(romanised);
    return { given: one(pool.given), family: one(pool.family), script: "latin" };
  }
  if (roll < 0.27) {
    const instance = one(cyrillicFakers);
    return { given: instance.person.firstName(), family: instance.person.lastName(), script: "cyrillic" };
  }
  const instance = one(latinFakers);
  return { given: instance.person.firstName(), family: instance.person.lastName(), script: "latin" };
}

export function latinPerson(): Person {
  for (;;) {
    const candidate = person();
    if (candidate.script === "latin") return candidate;
  }
}

export const fullName = (who = person()) => `${who.given} ${who.family}`;
export const givenName = () => person().given;

/** ASCII-only lower-case form of a name, as in handles, slugs and mailboxes. */
export function ascii(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[łŁ]/g, "l")
    .replace(/[ə]/g, "e")
    .replace(/['’]/g, "")
    .toLowerCase();
}

export function profileSlug(who: Person, separator = one(["-", ".", "_", ""])): string {
  return `${ascii(who.given)}${separator}${ascii(who.family).replace(/\s+/g, separator)}`.replace(
    /[^a-z0-9._-]/g,
    "",
  );
}

const mailDomains = [
  "kestrel-labs.io",
  "northwind-tools.com",
  "fjordline.eu",
  "quillmetrics.de",
  "oakbay.co.uk",
  "solvenda.es",
  "trellis-ops.fr",
];
const freeMail = [
  "gmx.de",
  "proton.me",
  "outlook.fr",
  "yahoo.es",
  "icloud.com",
  "fastmail.com",
  "web.de",
  "laposte.net",
];

export function mailbox(who: Person = latinPerson(), free = odds(0.3)): string {
  const local = one([
    () => `${ascii(who.given)}.${ascii(who.family)}`,
    () => `${ascii(who.given).charAt(0)}${ascii(who.family)}`,
    () => `${ascii(who.family)}.${ascii(who.given).charAt(0)}`,
    () => `${ascii(who.given)}_${ascii(who.family)}${upTo(1, 99)}`,
    () => `${ascii(who.given)}+${one(["invoices", "travel", "hr", "news"])}`,
  ])().replace(/[^a-z0-9._+-]/g, "");
  return `${local}@${one(free ? freeMail : mailDomains)}`;
}

// ---------------------------------------------------------------- addresses

export type Region = "US" | "GB" | "DE" | "FR" | "ES";
export const regions: readonly Region[] = ["US", "GB", "DE", "FR", "ES"];

const usPlaces = [
  ["Boise", "ID", "837"],
  ["Madison", "WI", "537"],
  ["Albuquerque", "NM", "871"],
  ["Savannah", "GA", "314"],
  ["Spokane", "WA", "992"],
  ["Durham", "NC", "277"],
  ["Tulsa", "OK", "741"],
  ["Providence", "RI", "029"],
  ["Omaha", "NE", "681"],
  ["Chattanooga", "TN", "374"],
] as const;
const usStreets = [
  "Juniper",
  "Sycamore",
  "Harborview",
  "Willow Creek",
  "Kingsley",
  "Prairie Wind",
  "Old Mill",
  "Bluff",
  "Tamarack",
  "Magnolia",
];
const usSuffixes = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Ln", "Ct", "Way", "Terrace", "Pkwy"];

const gbPlaces = [
  ["Leeds", "LS", true],
  ["Norwich", "NR", true],
  ["Cardiff", "CF", true],
  ["Aberdeen", "AB", true],
  ["Brighton", "BN", true],
  ["Nottingham", "NG", true],
  ["Exeter", "EX", true],
  ["Belfast", "BT", true],
  ["York", "YO", true],
] as const;
const gbStreets = [
  "Hawthorn",
  "Cavendish",
  "Marlowe",
  "Ashgrove",
  "Pembroke",
  "Whitecross",
  "Elm Tree",
  "Thornbury",
  "Kingfisher",
];
const gbSuffixes = [
  "Road",
  "Lane",
  "Close",
  "Crescent",
  "Gardens",
  "Mews",
  "Terrace",
  "Drive",
  "Walk",
  "Grove",
];

const dePlaces = [
  ["Leipzig", "04"],
  ["Freiburg im Breisgau", "79"],
  ["Münster", "48"],
  ["Kiel", "24"],
  ["Regensburg", "93"],
  ["Dresden", "01"],
  ["Mainz", "55"],
  ["Bielefeld", "33"],
  ["Rostock", "18"],
] as const;
const deStreets = [
  "Kastanienallee",
  "Am Mühlbach",
  "Lerchenweg",
  "Schillerstraße",
  "Bahnhofstr.",
  "Im Winkel",
  "Ahornring",
  "Goethestraße",
  "Talstraße",
  "Zum Steinbruch",
  "Hauptstr.",
];

const frPlaces = [
  ["Rennes", "35"],
  ["Montpellier", "34"],
  ["Nantes", "44"],
  ["Dijon", "21"],
  ["Grenoble", "38"],
  ["Tours", "37"],
  ["Lille", "59"],
  ["Clermont-Ferrand", "63"],
  ["Ajaccio", "20"],
] as const;
const frStreets = [
  "rue des Tanneurs",
  "avenue Jean Jaurès",
  "boulevard de la Liberté",
  "impasse des Lilas",
  "chemin du Moulin",
  "allée des Cerisiers",
  "place du Marché",
  "rue Pasteur",
  "quai de la Fosse",
  "rue du Général Leclerc",
];

const esPlaces = [
  ["Zaragoza", "50"],
  ["Valencia", "46"],
  ["Bilbao", "48"],
  ["Málaga", "29"],
  ["Valladolid", "47"],
  ["Granada", "18"],
  ["Alicante", "03"],
  ["Santander", "39"],
  ["Pamplona", "31"],
] as const;
const esStreets = [
  "Calle del Pilar",
  "C/ San Vicente",
  "Avenida de la Constitución",
  "Avda. de Andalucía",
  "Paseo de la Castellana",
  "Calle Mayor",
  "Plaza de España",
  "C/ Doctor Fleming",
  "Ronda de Outeiro",
  "Camino de Ronda",
];

function gbPostcode(area: string): string {
  const outward = `${area}${upTo(1, 28)}`;
  return `${outward} ${upTo(1, 9)}${chars(2, "ABDEFGHJLNPQRSTUWXYZ")}`;
}

/** A postal address in the region's own layout; `lines` writes it over several lines. */
export function address(region: Region = one(regions), lines = false): string {
  const sep = lines ? "\n" : ", ";
  switch (region) {
    case "US": {
      const [city, state, zip] = one(usPlaces);
      const unit = odds(0.4)
        ? ` ${one(["Apt", "Unit", "Suite", "#"])} ${upTo(1, 40)}${odds(0.4) ? one(["A", "B", "C"]) : ""}`
        : "";
      const street = `${upTo(12, 9899)} ${odds(0.3) ? `${one(["N", "S", "E", "W"])} ` : ""}${one(usStreets)} ${one(usSuffixes)}${unit}`;
      return `${street}${sep}${city}, ${state} ${zip}${digits(2)}${odds(0.2) ? `-${digits(4)}` : ""}`;
    }
    case "GB": {
      const [city, area] = one(gbPlaces);
      const flat = odds(0.3) ? `Flat ${upTo(1, 12)}${lines ? "\n" : ", "}` : "";
      return `${flat}${upTo(1, 240)} ${one(gbStreets)} ${one(gbSuffixes)}${sep}${city}${lines ? "\n" : " "}${gbPostcode(area)}`;
    }
    case "DE": {
      const [city, prefix] = one(dePlaces);
      const house = `${upTo(1, 160)}${odds(0.2) ? one(["a", "b", "c"]) : ""}`;
      return `${one(deStreets)} ${house}${sep}${prefix}${digits(3)} ${city}`;
    }
    case "FR": {
      const [city, dept] = one(frPlaces);
      const number = `${upTo(1, 140)}${odds(0.15) ? one([" bis", " ter"]) : ""}`;
      const postcode = dept === "20" ? `20${one(["000", "090", "167"])}` : `${dept}${digits(1)}00`;
      return `${number} ${one(frStreets)}${sep}${postcode} ${city}${odds(0.2) ? `${sep}France` : ""}`;
    }
    case "ES": {
      const [city, prefix] = one(esPlaces);
      const floor = odds(0.6)
        ? `, ${upTo(1, 9)}º ${one(["A", "B", "C", "D", "izda.", "dcha.", "1ª", "2ª"])}`
        : "";
      return `${one(esStreets)}, ${upTo(1, 220)}${floor}${sep}${prefix}${digits(3)} ${city}`;
    }
  }
}

export function cityOf(region: Region): string {
  switch (region) {
    case "US":
      return one(usPlaces)[0];
    case "GB":
      return one(gbPlaces)[0];
    case "DE":
      return one(dePlaces)[0];
    case "FR":
      return one(frPlaces)[0];
    case "ES":
      return one(esPlaces)[0];
  }
}

// ---------------------------------------------------------------- passports

const mrzWeights = [7, 3, 1];

function mrzValue(char: string): number {
  if (char === "<") return 0;
  if (/[0-9]/.test(char)) return Number(char);
  return char.charCodeAt(0) - 55;
}

export function mrzCheck(field: string): string {
  let sum = 0;
  [...field].forEach((char, index) => {
    sum += mrzValue(char) * (mrzWeights[index % 3] as number);
  });
  return String(sum % 10);
}

export interface Passport {
  /** ISO 3166 alpha-3 issuer, as in the machine-readable zone. */
  issuer: string;
  country: string;
  number: string;
}

export function passport(): Passport {
  return one([
    () => ({
      issuer: "USA",
      country: "US",
      number: odds(0.5) ? digits(9) : `${one(["A", "C", "E"])}${digits(8)}`,
    }),
    () => ({ issuer: "GBR", country: "UK", number: `${upTo(1, 9)}${digits(8)}` }),
    () => ({
      issuer: "D",
      country: "Germany",
      number: `${one(["C", "F", "G", "H", "J", "K"])}${chars(8, "CFGHJKLMNPRTVWXYZ0123456789")}`,
    }),
    () => ({
      issuer: "FRA",
      country: "France",
      number: `${digits(2)}${chars(2, "ABCDEFGHJKLMNPRSTUVWXYZ")}${digits(5)}`,
    }),
    () => ({
      issuer: "ESP",
      country: "Spain",
      number: `${one(["PA", "AA", "XD"])}${letters(1)}${digits(6)}`,
    }),
    () => ({ issuer: "ITA", country: "Italy", number: `${letters(2)}${digits(7)}` }),
    () => ({
      issuer: "NLD",
      country: "Netherlands",
      number: `${chars(2, "BCDFGHJKLMNPRSTVWXYZ")}${chars(6, "BCDFGHJKLMNPRSTVWXYZ0123456789")}${digits(1)}`,
    }),
    () => ({ issuer: "IRL", country: "Ireland", number: `${letters(2)}${digits(7)}` }),
    () => ({ issuer: "CAN", country: "Canada", number: `${letters(2)}${digits(6)}` }),
    () => ({
      issuer: "IND",
      country: "India",
      number: `${one(["J", "K", "L", "M", "N", "P", "R", "S", "T", "U", "V", "W", "Z"])}${upTo(1, 9)}${digits(6)}`,
    }),
    () => ({ issuer: "POL", country: "Poland", number: `${letters(2)}${digits(7)}` }),
    () => ({ issuer: "PRT", country: "Portugal", number: `${one(["C", "N", "P"])}${digits(6)}` }),
    () => ({ issuer: "CHE", country: "Switzerland", number: `${one(["X", "S"])}${digits(7)}` }),
    () => ({ issuer: "BRA", country: "Brazil", number: `${letters(2)}${digits(6)}` }),
  ])();
}

/** The two lines of a passport's machine-readable zone, and where the name and the number sit. */
export function passportMrz(
  who: Person,
  document: Passport,
): { lines: string; nameEnd: number; numberStart: number } {
  const mrzName = (value: string) =>
    ascii(value)
      .toUpperCase()
      .replace(/[^A-Z]+/g, "<");
  const issuer = document.issuer.padEnd(3, "<");
  const line1 = `P<${issuer}${mrzName(who.family)}<<${mrzName(who.given)}`.padEnd(44, "<").slice(0, 44);
  const nameEnd = `P<${issuer}${mrzName(who.family)}<<${mrzName(who.given)}`.length;
  const number = document.number.padEnd(9, "<").slice(0, 9);
  const birth = `${digits(1).replace(/[0-3]/, "8")}${digits(1)}${String(upTo(1, 12)).padStart(2, "0")}${String(upTo(1, 28)).padStart(2, "0")}`;
  const expiry = `${upTo(27, 35)}${String(upTo(1, 12)).padStart(2, "0")}${String(upTo(1, 28)).padStart(2, "0")}`;
  const sex = one(["M", "F", "<"]);
  const head = `${number}${mrzCheck(number)}${issuer}${birth}${mrzCheck(birth)}${sex}${expiry}${mrzCheck(expiry)}`;
  const optional = "<".repeat(14);
  const composite = `${number}${mrzCheck(number)}${birth}${mrzCheck(birth)}${expiry}${mrzCheck(expiry)}${optional}${mrzCheck(optional)}`;
  const line2 = `${head}${optional}${mrzCheck(optional)}${mrzCheck(composite)}`;
  return { lines: `${line1}\n${line2}`, nameEnd: Math.min(nameEnd, 44), numberStart: line1.length + 1 };
}

// ---------------------------------------------------------------- national ids

/** US social security number: no area 000, 666 or 900–999, no group 00, no serial 0000. */
export function ssn(separator = one(["-", " ", ""])): string {
  let area = upTo(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, "0")}${separator}${String(upTo(1, 99)).padStart(2, "0")}${separator}${String(upTo(1, 9999)).padStart(4, "0")}`;
}

/** SSN-shaped, but with an area no SSN is issued in. */
export function notSsn(): string {
  return `${one(["000", "666"])}-${digits(2)}-${digits(4)}`;
}

const ninoFirst = "ABCEGHJKLMNOPRSTWXYZ";
const ninoSecond = "ABCEGHJKLMNPRSTWXYZ";
const ninoBarred = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);

export function nino(spaced = odds(0.5)): string {
  let prefix = "";
  do prefix = chars(1, ninoFirst) + chars(1, ninoSecond);
  while (ninoBarred.has(prefix));
  const body = digits(6);
  const suffix = one(["A", "B", "C", "D"]);
  return spaced
    ? `${prefix} ${body.slice(0, 2)} ${body.slice(2, 4)} ${body.slice(4)} ${suffix}`
    : `${prefix}${body}${suffix}`;
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

export function dni(valid = true): string {
  const number = digits(8);
  const right = dniLetters.charAt(Number(number) % 23);
  const letter = valid ? right : one([...dniLetters].filter((c) => c !== right));
  return `${number}${odds(0.3) ? "-" : ""}${letter}`;
}

export function nie(valid = true): string {
  const lead = one(["X", "Y", "Z"]);
  const number = digits(7);
  const right = dniLetters.charAt(Number(`${"XYZ".indexOf(lead)}${number}`) % 23);
  const letter = valid ? right : one([...dniLetters].filter((c) => c !== right));
  return `${lead}${odds(0.2) ? "-" : ""}${number}${odds(0.2) ? "-" : ""}${letter}`;
}

/** French NIR (numéro de sécurité sociale), 13 digits and a key of 97 − n mod 97. */
export function nir(valid = true, spaced = odds(0.6)): string {
  const sex = one(["1", "2"]);
  const year = digits(2);
  const month = String(upTo(1, 12)).padStart(2, "0");
  const corsica = odds(0.08);
  const dept = corsica ? one(["2A", "2B"]) : String(one([upTo(1, 19), upTo(21, 95)])).padStart(2, "0");
  const commune = String(upTo(1, 990)).padStart(3, "0");
  const order = String(upTo(1, 999)).padStart(3, "0");
  const numeric = `${sex}${year}${month}${dept.replace("2A", "19").replace("2B", "18")}${commune}${order}`;
  const right = 97 - Number(BigInt(numeric) % 97n);
  const key = String(valid ? right : ((right + upTo(1, 95)) % 97) + 1).padStart(2, "0");
  const parts = [sex, year, month, dept, commune, order, key];
  return spaced ? parts.join(" ") : parts.join("");
}

/** German Steuer-IdNr: 11 digits, no leading 0, one digit twice or thrice, ISO 7064 MOD 11,10 check. */
export function steuerId(valid = true, spaced = odds(0.4)): string {
  let body: number[];
  for (;;) {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const shuffled = pool.sort(() => random() - 0.5);
    const repeated = shuffled[0] as number;
    const times = odds(0.5) ? 2 : 3;
    const others = shuffled.slice(1, 11 - times);
    body = [...others, ...Array<number>(times).fill(repeated)].sort(() => random() - 0.5);
    // Three equal digits may not stand next to each other; the first digit is never 0.
    const tripled = body.some((d, i) => i >= 2 && d === body[i - 1] && d === body[i - 2]);
    if (body[0] !== 0 && !tripled) break;
  }
  let product = 10;
  for (const d of body) {
    let sum = (d + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  const last = valid ? check : (check + upTo(1, 9)) % 10;
  const all = `${body.join("")}${last}`;
  return spaced ? `${all.slice(0, 2)} ${all.slice(2, 5)} ${all.slice(5, 8)} ${all.slice(8)}` : all;
}

/** Dutch BSN: nine digits passing the eleven test (9·d1 + … + 2·d8 − d9 ≡ 0 mod 11). */
export function bsn(valid = true): string {
  for (;;) {
    const body = [upTo(1, 9), ...[...digits(7)].map(Number)];
    const sum = body.reduce((acc, d, i) => acc + d * (9 - i), 0);
    const last = sum % 11;
    if (last > 9) continue;
    const check = valid ? last : (last + upTo(1, 9)) % 10;
    if (!valid && (sum - check) % 11 === 0) continue;
    return `${body.join("")}${check}`;
  }
}

// ---------------------------------------------------------------- banking

/** ABA routing number with a valid weighted check (3, 7, 1) and a Federal Reserve prefix. */
export function routingNumber(valid = true): string {
  const prefix = String(one([upTo(1, 12), upTo(21, 32), upTo(61, 72), 80])).padStart(2, "0");
  const body = [...`${prefix}${digits(6)}`].map(Number);
  const weights = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = body.reduce((acc, d, i) => acc + d * (weights[i] as number), 0);
  const check = (10 - (sum % 10)) % 10;
  return `${body.join("")}${valid ? check : (check + upTo(1, 9)) % 10}`;
}

export function accountNumber(): string {
  return `${upTo(1, 9)}${digits(upTo(7, 11))}`;
}

function luhnDigit(partial: string): number {
  let sum = 0;
  [...partial].reverse().forEach((char, index) => {
    let d = Number(char);
    if (index % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return (10 - (sum % 10)) % 10;
}

export function luhnValid(number: string): boolean {
  return luhnDigit(number.slice(0, -1)) === Number(number.slice(-1));
}

/** A Luhn-valid card number of a common network, grouped as printed on the card. */
export function cardNumber(valid = true, separator = one([" ", "-", ""])): string {
  const [prefix, length] = one([
    ["4", 16],
    [`5${upTo(1, 5)}`, 16],
    [`22${upTo(21, 99)}`, 16],
    [`3${one(["4", "7"])}`, 15],
    ["6011", 16],
    [`35${upTo(28, 89)}`, 16],
    ["4", 19],
  ] as const);
  const partial = `${prefix}${digits(length - 1 - prefix.length)}`;
  const check = luhnDigit(partial);
  const number = `${partial}${valid ? check : (check + upTo(1, 9)) % 10}`;
  const groups = length === 15 ? [4, 6, 5] : length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    parts.push(number.slice(at, at + size));
    at += size;
  }
  return parts.join(separator);
}

const ibanLayouts: Record<string, () => string> = {
  DE: () => digits(18),
  GB: () => `${one(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"])}${digits(14)}`,
  FR: () => `${digits(10)}${chars(11, `${upper}${digitChars}`)}${digits(2)}`,
  ES: () => digits(20),
  NL: () => `${one(["ABNA", "INGB", "RABO", "TRIO"])}${digits(10)}`,
  IT: () => `${letters(1)}${digits(10)}${chars(12, `${upper}${digitChars}`)}`,
  BE: () => digits(12),
  IE: () => `${one(["AIBK", "BOFI"])}${digits(14)}`,
  PT: () => digits(21),
  AT: () => digits(16),
  PL: () => digits(24),
  LU: () => `${digits(3)}${chars(13, `${upper}${digitChars}`)}`,
};

function mod97(text: string): number {
  let rest = 0;
  for (const char of text) {
    const value = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const d of value) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

/** An IBAN with valid ISO 13616 check digits; printed in groups of four unless `compact`. */
export function iban(country = one(Object.keys(ibanLayouts)), valid = true, compact = odds(0.35)): string {
  const bban = (ibanLayouts[country] as () => string)();
  const right = 98 - mod97(`${bban}${country}00`);
  const check = valid ? right : ((right + upTo(1, 90)) % 97) + 2;
  const whole = `${country}${String(check).padStart(2, "0")}${bban}`;
  return compact ? whole : (whole.match(/.{1,4}/g) ?? []).join(" ");
}

export function bic(): string {
  return `${letters(4)}${one(["DE", "GB", "FR", "ES", "NL"])}${chars(2, `${upper}${digitChars}`)}${odds(0.5) ? "XXX" : ""}`;
}

// ---------------------------------------------------------------- phones

const nationalShapes: Record<Region, (() => string)[]> = {
  US: [
    () =>
      `${one(["208", "406", "505", "615", "720", "803", "919", "971", "612", "414"])}${upTo(2, 9)}${digits(2)}${digits(4)}`,
  ],
  GB: [
    () => `07${one(["4", "5", "7", "8", "9"])}${digits(8)}`,
    () => `0161${upTo(2, 9)}${digits(6)}`,
    () => `0131${upTo(2, 6)}${digits(6)}`,
    () => `0117${upTo(2, 9)}${digits(6)}`,
    () => `0203${digits(7)}`,
  ],
  DE: [
    () => `01${one(["51", "52", "57", "60", "62", "70", "71", "76"])}${digits(7)}`,
    () => `0341${upTo(2, 9)}${digits(6)}`,
    () => `040${upTo(2, 9)}${digits(7)}`,
    () => `0761${upTo(2, 9)}${digits(5)}`,
  ],
  FR: [
    () => `0${one(["6", "7"])}${digits(8)}`,
    () => `0${one(["1", "2", "3", "4", "5"])}${upTo(1, 9)}${digits(7)}`,
  ],
  ES: [
    () => `6${digits(8)}`,
    () => `7${upTo(1, 4)}${digits(7)}`,
    () => `9${one(["1", "3", "4", "5", "6", "76", "85"])}${digits(7)}`.slice(0, 9),
  ],
};

/** A number that is valid for its region, written the way people there write it. */
export function phone(region: Region = one(regions), international = odds(0.5)): string {
  for (;;) {
    const national = one(nationalShapes[region])();
    if (!isValidPhoneNumber(national, region)) continue;
    const parsed = parsePhoneNumber(national, region);
    if (international) {
      const e164 = parsed.number;
      return one([
        () => parsed.formatInternational(),
        () => parsed.formatInternational(),
        () => e164,
        () => parsed.formatInternational().replace(/^\+/, "00"),
        () =>
          region === "US"
            ? `+1 (${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`
            : parsed.formatInternational().replace(/^(\+\d+) /, "$1 (0)"),
      ])();
    }
    const spaced = parsed.formatNational();
    switch (region) {
      case "US":
        return one([
          spaced,
          `${national.slice(0, 3)}.${national.slice(3, 6)}.${national.slice(6)}`,
          `${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`,
        ]);
      case "FR":
        return one([spaced, spaced.replace(/ /g, "."), national]);
      case "DE":
        return one([spaced, spaced.replace(/ /, "/"), national]);
      default:
        return one([spaced, national]);
    }
  }
}

// ---------------------------------------------------------------- network

export function publicIp(): string {
  for (;;) {
    const first = upTo(11, 223);
    if ([127, 172, 192, 100, 169].includes(first)) continue;
    return `${first}.${upTo(0, 255)}.${upTo(0, 255)}.${upTo(1, 254)}`;
  }
}

export function privateIp(): string {
  return one([
    `10.${upTo(0, 255)}.${upTo(0, 255)}.${upTo(1, 254)}`,
    `172.${upTo(16, 31)}.${upTo(0, 255)}.${upTo(1, 254)}`,
    `192.168.${upTo(0, 255)}.${upTo(1, 254)}`,
  ]);
}

export function ipv6(): string {
  const groups = Array.from({ length: 8 }, () => hexChars(upTo(1, 4)).replace(/^0+(?=.)/, ""));
  const written = `2a0${upTo(0, 9)}:${groups.slice(1).join(":")}`;
  return odds(0.5) ? written.replace(/:[0-9a-f]+:[0-9a-f]+:[0-9a-f]+:/, "::") : written;
}

// ---------------------------------------------------------------- secrets

const words = [
  "maple",
  "harbor",
  "quartz",
  "lantern",
  "tundra",
  "pepper",
  "velvet",
  "orbit",
  "cobalt",
  "meadow",
  "falcon",
  "ember",
];

/** A password as people choose them: words, digits and a symbol, or a random run. */
export function password(): string {
  return one([
    () =>
      `${one(words)[0]?.toUpperCase()}${one(words).slice(1)}${upTo(10, 99)}${one(["!", "#", "$", "?", "%"])}`,
    () => `${one(words)}-${one(words)}-${one(words)}-${upTo(1, 9)}`,
    () => chars(upTo(12, 20), `${alphanumeric}!@#%^&*`),
    () => `${one(words).replace("a", "@").replace("o", "0")}${one(words)}${upTo(1900, 2026)}`,
  ])();
}

export const pin = (length = one([4, 4, 6])) => digits(length);

export function temporaryPassword(): string {
  return `${chars(4, upper)}-${chars(4, lower)}-${digits(4)}`;
}

export const awsAccessKeyId = () =>
  `${one(["AKIA", "ASIA"])}${chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}`;
export const awsSecretKey = () => chars(40, base64Chars);
export const githubPat = () =>
  one([
    `ghp_${chars(36, alphanumeric)}`,
    `github_pat_11${chars(20, `${upper}${digitChars}`)}_${chars(59, alphanumeric)}`,
    `gho_${chars(36, alphanumeric)}`,
    `ghs_${chars(36, alphanumeric)}`,
  ]);
export const gitlabToken = () => `glpat-${chars(20, base64UrlChars)}`;
export const slackToken = () =>
  `${one(["xoxb", "xoxp", "xapp-1"])}-${digits(12)}-${digits(13)}-${chars(24, alphanumeric)}`;
export const slackWebhook = () =>
  `https://hooks.slack.com/services/T${chars(10, `${upper}${digitChars}`)}/B${chars(10, `${upper}${digitChars}`)}/${chars(24, alphanumeric)}`;
export const stripeKey = () =>
  `${one(["sk_live_", "rk_live_", "whsec_"])}${chars(one([24, 32, 99]), alphanumeric)}`;
export const googleApiKey = () => `AIza${chars(35, base64UrlChars)}`;
export const googleClientSecret = () => `GOCSPX-${chars(28, base64UrlChars)}`;
export const openaiKey = () => `sk-proj-${chars(48, base64UrlChars)}`;
export const anthropicKey = () => `sk-ant-api03-${chars(93, base64UrlChars)}AA`;
export const sendgridKey = () => `SG.${chars(22, base64UrlChars)}.${chars(43, base64UrlChars)}`;
export const twilioKey = () => `SK${hexChars(32)}`;
export const npmToken = () => `npm_${chars(36, alphanumeric)}`;
export const pypiToken = () => `pypi-AgEIcHlwaS5vcmc${chars(60, base64UrlChars)}`;
export const dockerPat = () => `dckr_pat_${chars(27, base64UrlChars)}`;
export const shopifyToken = () => `shpat_${hexChars(32)}`;
export const vaultToken = () => `hvs.${chars(24, base64UrlChars)}`;
export const telegramBotToken = () => `${upTo(100000000, 999999999)}:AA${chars(33, base64UrlChars)}`;
export const azureAccountKey = () => `${chars(86, base64Chars)}==`;

/** A signed JWT with a plausible header and claims, random signature. */
export function jwt(who: Person = latinPerson()): string {
  const header = base64Of(JSON.stringify({ alg: one(["HS256", "RS256", "ES256"]), typ: "JWT" }), true);
  const payload = base64Of(
    JSON.stringify({
      sub: `${upTo(10000, 99999)}`,
      name: fullName(who),
      iat: 1_760_000_000 + upTo(0, 9_000_000),
      scope: one(["read:reports", "admin", "billing:write", "openid profile"]),
    }),
    true,
  );
  return `${header}.${payload}.${chars(43, base64UrlChars)}`;
}

export function pemPrivateKey(): string {
  const kind = one([
    "OPENSSH PRIVATE KEY",
    "EC PRIVATE KEY",
    "PRIVATE KEY",
    "RSA PRIVATE KEY",
    "ENCRYPTED PRIVATE KEY",
  ]);
  const first =
    kind === "OPENSSH PRIVATE KEY"
      ? `b3BlbnNzaC1rZXktdjEAAAAA${chars(46, base64Chars)}`
      : `MII${chars(61, base64Chars)}`;
  const body = [
    first,
    ...Array.from({ length: upTo(3, 7) }, () => chars(64, base64Chars)),
    `${chars(upTo(8, 60), base64Chars)}=`,
  ];
  return `-----BEGIN ${kind}-----\n${body.join("\n")}\n-----END ${kind}-----`;
}

export function basicAuth(user: string, secret: string): string {
  return base64Of(`${user}:${secret}`);
}

/** A service or admin login; never derived from a person's name, so it carries no name label. */
export function username(): string {
  return one([
    "svc_reporting",
    "deploy",
    "admin",
    "etl_loader",
    "root",
    "ci-bot",
    "grafana",
    "backup_ro",
    "app_user",
    "kestrel_ops",
  ]);
}

// ---------------------------------------------------------------- look-alikes

/** An opaque paging cursor: base64 of harmless JSON. */
export function pagingCursor(): string {
  return base64Of(
    JSON.stringify({
      after: upTo(1000, 999999),
      sort: one(["created_at", "id", "rank"]),
      dir: one(["asc", "desc"]),
    }),
    odds(0.5),
  );
}

export const sha256Hex = () => hexChars(64);
export const sha1Hex = () => hexChars(40);

export function uuid(): string {
  const hex = hexChars(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${one(["8", "9", "a", "b"])}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export function semver(): string {
  return `${upTo(0, 24)}.${upTo(0, 40)}.${upTo(0, 30)}`;
}

export function buildVersion(): string {
  return `${upTo(90, 140)}.0.${upTo(4000, 7000)}.${upTo(10, 250)}`;
}

export function commaMillisTimestamp(): string {
  return `2026-${String(upTo(1, 12)).padStart(2, "0")}-${String(upTo(1, 28)).padStart(2, "0")} ${String(upTo(0, 23)).padStart(2, "0")}:${String(upTo(0, 59)).padStart(2, "0")}:${String(upTo(0, 59)).padStart(2, "0")},${digits(3)}`;
}

export function isoDate(): string {
  return `2026-${String(upTo(1, 12)).padStart(2, "0")}-${String(upTo(1, 28)).padStart(2, "0")}`;
}

export function orderReference(): string {
  return one([
    `SO-${digits(8)}`,
    `#${digits(10)}`,
    `PO ${digits(4)}-${digits(5)}`,
    `${letters(3)}${digits(9)}`,
  ]);
}

export function trackingNumber(): string {
  return one([`1Z${chars(6, `${upper}${digitChars}`)}${digits(10)}`, `${digits(12)}`, `JD${digits(18)}`]);
}
