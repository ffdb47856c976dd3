import { ar, base, en, en_HK, en_NP, eo, Faker, fa, hy, ka_GE, mk, th, ur, zh_TW } from "@faker-js/faker";
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";
import validator from "validator";

/**
 * Values for the sixth corpus, drawn from its own random source: Bob Jenkins'
 * small fast generator (JSF32), which no earlier corpus used. Identifiers are
 * built to their issuers' rules and checked with `validator` where it knows
 * the rule; a value that fails is drawn again, so a bug shows up as a hang in
 * the corpus test rather than as a wrong label.
 */

// ---------------------------------------------------------------- random source

let a = 0;
let b = 0;
let c = 0;
let d = 0;

const rotate = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

function next(): number {
  const e = (a - rotate(b, 27)) >>> 0;
  a = (b ^ rotate(c, 17)) >>> 0;
  b = (c + d) >>> 0;
  c = (d + e) >>> 0;
  d = (e + a) >>> 0;
  return d;
}

/** Faker instances on locales no earlier corpus used; reseeded from JSF32 with it. */
const localeFakers = {
  georgian: new Faker({ locale: [ka_GE, en, base] }),
  armenian: new Faker({ locale: [hy, en, base] }),
  macedonian: new Faker({ locale: [mk, en, base] }),
  nepali: new Faker({ locale: [en_NP, en, base] }),
  arabic: new Faker({ locale: [ar, en, base] }),
  persian: new Faker({ locale: [fa, en, base] }),
  thai: new Faker({ locale: [th, en, base] }),
  taiwanese: new Faker({ locale: [zh_TW, en, base] }),
  hongKong: new Faker({ locale: [en_HK, en, base] }),
  urdu: new Faker({ locale: [ur, en, base] }),
  esperanto: new Faker({ locale: [eo, en, base] }),
};
const fakers = Object.values(localeFakers);

export function seed(value: number): void {
  a = 0xf1ea5eed;
  b = value >>> 0;
  c = value >>> 0;
  d = value >>> 0;
  for (let round = 0; round < 20; round++) next();
  for (const faker of fakers) faker.seed(next());
}

export const random = (): number => next() / 4294967296;
export const chance = (p: number): boolean => random() < p;
export const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

export function pick<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("pick from an empty list");
  return values[int(0, values.length - 1)] as T;
}

export const digits = (count: number): string =>
  Array.from({ length: count }, () => String(int(0, 9))).join("");
const charsFrom = (alphabet: string, count: number): string =>
  Array.from({ length: count }, () => alphabet.charAt(int(0, alphabet.length - 1))).join("");
const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const lower = "abcdefghijklmnopqrstuvwxyz";
const numerals = "0123456789";
export const letters = (count: number): string => charsFrom(upper, count);
export const alnum = (count: number): string => charsFrom(upper + lower + numerals, count);
export const lowerAlnum = (count: number): string => charsFrom(lower + numerals, count);
export const hex = (count: number): string => charsFrom("0123456789abcdef", count);
const base64Chars = `${upper}${lower}${numerals}+/`;
export const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Draws until `valid` holds; gives up loudly rather than return a wrong value. */
function verified(draw: () => string, valid: (value: string) => boolean): string {
  for (let attempt = 0; attempt < 500; attempt++) {
    const value = draw();
    if (valid(value)) return value;
  }
  throw new Error(`no valid value after 500 draws, e.g. ${draw()}`);
}

const digitAt = (text: string, index: number): number => Number(text.charAt(index));
const digitList = (text: string): number[] => [...text].map(Number);

// ---------------------------------------------------------------- checksums

export function luhnDigit(payload: string): number {
  let sum = 0;
  const reversed = digitList(payload).reverse();
  reversed.forEach((digit, index) => {
    const doubled = index % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  });
  return (10 - (sum % 10)) % 10;
}

function mod97(numeric: string): number {
  let remainder = 0;
  for (const char of numeric) remainder = (remainder * 10 + Number(char)) % 97;
  return remainder;
}

const verhoeffD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const verhoeffP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const verhoeffInverse = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
const table = (rows: number[][], row: number, column: number): number => rows[row]?.[column] ?? 0;

function verhoeffDigit(payload: string): number {
  let check = 0;
  digitList(payload)
    .reverse()
    .forEach((digit, index) => {
      check = table(verhoeffD, check, table(verhoeffP, (index + 1) % 8, digit));
    });
  return verhoeffInverse[check] ?? 0;
}

/** ICAO 9303 check digit: weights 7, 3, 1; letters A=10 … Z=35; filler < is 0. */
export function icaoDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  [...field].forEach((char, index) => {
    const value = /[0-9]/.test(char) ? Number(char) : char === "<" ? 0 : char.charCodeAt(0) - 55;
    sum += value * (weights[index % 3] ?? 1);
  });
  return sum % 10;
}

// ---------------------------------------------------------------- dates

function birthDate(): { year: number; month: number; day: number } {
  return { year: int(1952, 2004), month: int(1, 12), day: int(1, 28) };
}

// ---------------------------------------------------------------- payment

const cardNetworks: Record<string, { prefixes: () => string; length: number }> = {
  Visa: { prefixes: () => "4", length: 16 },
  Mastercard: { prefixes: () => (chance(0.7) ? String(int(51, 55)) : String(int(2221, 2720))), length: 16 },
  Amex: { prefixes: () => pick(["34", "37"]), length: 15 },
  Discover: { prefixes: () => pick(["6011", "65", "644", "649"]), length: 16 },
  JCB: { prefixes: () => String(int(3528, 3589)), length: 16 },
  Diners: { prefixes: () => pick(["36", "300", "305", "38"]), length: 14 },
};
export const cardNetworkNames = Object.keys(cardNetworks);

/** A card number with a correct Luhn digit, plain digits. */
export function cardDigits(network = pick(cardNetworkNames)): string {
  const spec = cardNetworks[network] ?? { prefixes: () => "4", length: 16 };
  return verified(
    () => {
      const prefix = spec.prefixes();
      const payload = prefix + digits(spec.length - 1 - prefix.length);
      const number = payload + String(luhnDigit(payload));
      // Avoid the documented test numbers by chance.
      return /^(4111111111111111|4242424242424242|5555555555554444)$/.test(number) ? "0" : number;
    },
    (value) => validator.isCreditCard(value),
  );
}

/** Written as people write it: grouped by spaces or dashes, or run together. */
export function card(network = pick(cardNetworkNames)): string {
  const number = cardDigits(network);
  const style = int(0, 3);
  if (style === 0) return number;
  const separator = style === 1 ? " " : style === 2 ? "-" : " ";
  if (number.length === 15)
    return [number.slice(0, 4), number.slice(4, 10), number.slice(10)].join(separator);
  if (number.length === 14)
    return [number.slice(0, 4), number.slice(4, 10), number.slice(10)].join(separator);
  return number.replace(/(\d{4})(?=\d)/g, `$1${separator}`);
}

export const expiry = (): string => `${pad2(int(1, 12))}/${pad2(int(27, 32))}`;
export const cvc = (): string => digits(3);

/** BBAN shapes: n digits, a letters, c alphanumerics (upper case). */
const ibanShapes: Record<string, string> = {
  DE: "18n",
  GB: "4a14n",
  FR: "10n11n2n",
  ES: "20n",
  IT: "1a10n12n",
  NL: "4a10n",
  BE: "12n",
  AT: "16n",
  CH: "5n12n",
  IE: "4a14n",
  PT: "21n",
  PL: "24n",
  SE: "20n",
  DK: "14n",
  FI: "14n",
  NO: "11n",
  LU: "3n13n",
  GR: "7n16n",
  CZ: "20n",
  HU: "24n",
  RO: "4a16n",
  HR: "17n",
  SI: "15n",
  SK: "20n",
  LT: "16n",
  EE: "16n",
  MT: "4a5n18n",
  CY: "8n16n",
};
export const ibanCountries = Object.keys(ibanShapes);

function bban(shape: string): string {
  return [...shape.matchAll(/(\d+)([nac])/g)]
    .map(([, count, kind]) =>
      kind === "n" ? digits(Number(count)) : kind === "a" ? letters(Number(count)) : alnum(Number(count)),
    )
    .join("");
}

const lettersToDigits = (text: string): string =>
  [...text].map((char) => (/[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char)).join("");

/** An IBAN with mod-97 check digits, electronic form (no spaces). */
export function ibanCompact(country = pick(ibanCountries)): string {
  return verified(
    () => {
      const body = bban(ibanShapes[country] ?? "18n");
      const check = 98 - mod97(lettersToDigits(`${body}${country}00`));
      return `${country}${pad2(check)}${body}`;
    },
    (value) => validator.isIBAN(value),
  );
}

/** Mostly in print form (groups of four), sometimes electronic. */
export function iban(country = pick(ibanCountries)): string {
  const compact = ibanCompact(country);
  return chance(0.65) ? compact.replace(/(.{4})(?=.)/g, "$1 ") : compact;
}

/** A US ABA routing number: valid Federal Reserve prefix, 3-7-1 checksum. */
export function routingNumber(): string {
  return verified(
    () => {
      const prefix = pad2(pick([int(1, 12), int(21, 32), int(61, 72), 80]));
      const payload = prefix + digits(6);
      const sum = [3, 7, 1, 3, 7, 1, 3, 7].reduce(
        (total, weight, index) => total + weight * digitAt(payload, index),
        0,
      );
      return payload + String((10 - (sum % 10)) % 10);
    },
    (value) => validator.isAbaRouting(value),
  );
}

export const usAccountNumber = (): string => digits(int(8, 12));
export const ukAccountNumber = (): string => digits(8);
export const sortCode = (): string => `${pad2(int(1, 99))}-${pad2(int(0, 99))}-${pad2(int(0, 99))}`;
export const bsb = (): string => `${pick(["01", "03", "06", "08", "73"])}${int(0, 9)}-${digits(3)}`;
export const canadianTransit = (): string =>
  `${digits(5)}-${pick(["001", "002", "003", "004", "006", "010", "016"])}`;
export const swift = (country = pick(["DE", "FR", "GB", "ES", "IT", "NL", "IE", "CH"])): string =>
  `${letters(4)}${country}${letters(2)}${chance(0.4) ? letters(3) : ""}`;

// ---------------------------------------------------------------- passports and MRZ

const passportShapes: Record<string, { draw: () => string; locale: string }> = {
  US: { draw: () => (chance(0.5) ? digits(9) : `${pick(["A", "B", "C", "E"])}${digits(8)}`), locale: "US" },
  GB: { draw: () => `${int(1, 9)}${digits(8)}`, locale: "GB" },
  DE: { draw: () => `C${charsFrom("CFGHJKLMNPRTVWXYZ0123456789", 8)}`, locale: "DE" },
  FR: { draw: () => `${digits(2)}${letters(2)}${digits(5)}`, locale: "FR" },
  ES: { draw: () => `${letters(3)}${digits(6)}`, locale: "ES" },
  IT: { draw: () => `${letters(2)}${digits(7)}`, locale: "IT" },
  NL: {
    draw: () =>
      `${charsFrom("ABCDEFGHIJKLMNPQRSTUVWXYZ", 2)}${charsFrom("ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789", 6)}${int(0, 9)}`,
    locale: "NL",
  },
  IE: { draw: () => `${letters(2)}${digits(7)}`, locale: "IE" },
  CA: { draw: () => `${letters(2)}${digits(6)}`, locale: "CA" },
  AU: {
    draw: () => `${pick(["N", "E", "P", "R"])}${chance(0.5) ? letters(1) : ""}${digits(7)}`,
    locale: "AU",
  },
  IN: { draw: () => `${letters(1)}${int(1, 9)}${digits(6)}`, locale: "IN" },
  PL: { draw: () => `${letters(2)}${digits(7)}`, locale: "PL" },
  SE: { draw: () => digits(8), locale: "SE" },
  PT: { draw: () => `${letters(1)}${digits(6)}`, locale: "PT" },
  AT: { draw: () => `${letters(1)}${digits(7)}`, locale: "AT" },
  BE: { draw: () => `${letters(2)}${digits(6)}`, locale: "BE" },
};
export const passportCountries = Object.keys(passportShapes);

export function passport(country = pick(passportCountries)): string {
  const shape = passportShapes[country] ?? { draw: () => digits(9), locale: "US" };
  return verified(shape.draw, (value) => validator.isPassportNumber(value, shape.locale));
}

const iso3: Record<string, string> = {
  US: "USA",
  GB: "GBR",
  DE: "D",
  FR: "FRA",
  ES: "ESP",
  IT: "ITA",
  NL: "NLD",
  IE: "IRL",
  CA: "CAN",
  AU: "AUS",
  IN: "IND",
  PL: "POL",
  SE: "SWE",
  PT: "PRT",
  AT: "AUT",
  BE: "BEL",
};

const mrzName = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z]+/g, "<");

/** The two lines of a passport's machine-readable zone (ICAO 9303 TD3), check digits included. */
export function mrz(country: string, surname: string, given: string): { lines: string; number: string } {
  const number = passport(country);
  const state = (iso3[country] ?? "UTO").padEnd(3, "<");
  const line1 = `P<${state}${mrzName(surname)}<<${mrzName(given)}`.padEnd(44, "<").slice(0, 44);
  const born = birthDate();
  const dob = `${pad2(born.year % 100)}${pad2(born.month)}${pad2(born.day)}`;
  const expires = `${pad2(int(27, 35))}${pad2(int(1, 12))}${pad2(int(1, 28))}`;
  const documentField = number.padEnd(9, "<").slice(0, 9);
  const personal = "<".repeat(14);
  const parts = [
    `${documentField}${icaoDigit(documentField)}`,
    state,
    `${dob}${icaoDigit(dob)}`,
    pick(["M", "F"]),
    `${expires}${icaoDigit(expires)}`,
    `${personal}${icaoDigit(personal)}`,
  ];
  const composite = `${documentField}${icaoDigit(documentField)}${dob}${icaoDigit(dob)}${expires}${icaoDigit(expires)}${personal}${icaoDigit(personal)}`;
  const line2 = `${parts.join("")}${icaoDigit(composite)}`;
  return { lines: `${line1}\n${line2}`, number };
}

// ---------------------------------------------------------------- national identifiers

export function ssn(): string {
  return verified(
    () => {
      const area = int(1, 899);
      return `${String(area).padStart(3, "0")}-${pad2(int(1, 99))}-${String(int(1, 9999)).padStart(4, "0")}`;
    },
    (value) => !/^(666|000)/.test(value) && !value.startsWith("987-65-432"),
  );
}

export function nino(): string {
  const first = "ABCEGHJKLMNOPRSTWXYZ";
  const second = "ABCEGHJKLMNPRSTWXYZ";
  return verified(
    () => {
      const prefix = `${charsFrom(first, 1)}${charsFrom(second, 1)}`;
      const body = digits(6);
      const suffix = pick(["A", "B", "C", "D"]);
      return chance(0.5)
        ? `${prefix}${body}${suffix}`
        : `${prefix} ${body.slice(0, 2)} ${body.slice(2, 4)} ${body.slice(4)} ${suffix}`;
    },
    (value) => !/^(BG|GB|NK|KN|TN|NT|ZZ)/.test(value),
  );
}

/** German Steuer-ID: eleven digits, one digit repeated, ISO 7064 MOD 11,10 check. */
export function steuerId(): string {
  return verified(
    () => {
      const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].sort(() => random() - 0.5);
      const chosen = pool.slice(0, 9);
      const repeated = pick(chosen);
      const ten = [...chosen, repeated].sort(() => random() - 0.5);
      if (ten[0] === 0) return "0";
      let product = 10;
      for (const digit of ten) {
        let sum = (digit + product) % 10;
        if (sum === 0) sum = 10;
        product = (sum * 2) % 11;
      }
      const check = (11 - product) % 10;
      return ten.join("") + String(check);
    },
    (value) => value.length === 11 && validator.isTaxID(value, "de-DE"),
  );
}

/** French NIR (numéro de sécurité sociale) with its two-digit key. */
export function nir(): string {
  const born = birthDate();
  const department = pad2(pick([int(1, 19), int(21, 95)]));
  const body = `${pick(["1", "2"])}${pad2(born.year % 100)}${pad2(born.month)}${department}${String(int(1, 990)).padStart(3, "0")}${String(int(1, 999)).padStart(3, "0")}`;
  const key = pad2(97 - mod97(body));
  return chance(0.5)
    ? `${body.charAt(0)} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`
    : `${body}${key}`;
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";
export function dni(): string {
  return verified(
    () => {
      const number = digits(8);
      return `${number}${dniLetters.charAt(Number(number) % 23)}`;
    },
    (value) => validator.isIdentityCard(value, "ES"),
  );
}
export function nie(): string {
  return verified(
    () => {
      const prefix = pick(["X", "Y", "Z"]);
      const number = digits(7);
      const value = Number(`${"XYZ".indexOf(prefix)}${number}`);
      return `${prefix}${number}${dniLetters.charAt(value % 23)}`;
    },
    (value) => validator.isIdentityCard(value, "ES"),
  );
}

export function bsn(): string {
  return verified(
    () => {
      const first = `${int(1, 6)}${digits(7)}`;
      const sum = [9, 8, 7, 6, 5, 4, 3, 2].reduce(
        (total, weight, index) => total + weight * digitAt(first, index),
        0,
      );
      const check = sum % 11;
      return check > 9 ? "x" : first + String(check);
    },
    (value) => value.length === 9 && validator.isTaxID(value, "nl-NL"),
  );
}

const fiscalMonths = "ABCDEHLMPRST";
const fiscalOdd: Record<string, number> = {
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
const fiscalEven = (char: string): number => (/[0-9]/.test(char) ? Number(char) : char.charCodeAt(0) - 65);

function fiscalPart(word: string, isGiven: boolean): string {
  const clean = word
    .toUpperCase()
    .normalize("NFD")
    .replace(/[^A-Z]/g, "");
  const consonants = clean.replace(/[AEIOU]/g, "");
  const vowels = clean.replace(/[^AEIOU]/g, "");
  if (isGiven && consonants.length >= 4) return `${consonants.charAt(0)}${consonants.slice(2, 4)}`;
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

/** Italian codice fiscale from a name, with its check letter. */
export function codiceFiscale(surname: string, given: string): string {
  return verified(
    () => {
      const born = birthDate();
      const female = chance(0.5);
      const place = pick(["H501", "F205", "L219", "F839", "A944", "G273", "D612", "L736", "C351", "B157"]);
      const body = `${fiscalPart(surname, false)}${fiscalPart(given, true)}${pad2(born.year % 100)}${fiscalMonths.charAt(born.month - 1)}${pad2(born.day + (female ? 40 : 0))}${place}`;
      const sum = [...body].reduce(
        (total, char, index) => total + (index % 2 === 0 ? (fiscalOdd[char] ?? 0) : fiscalEven(char)),
        0,
      );
      return body + String.fromCharCode(65 + (sum % 26));
    },
    (value) => validator.isTaxID(value, "it-IT"),
  );
}

export function pesel(): string {
  return verified(
    () => {
      const born = birthDate();
      const month = born.year >= 2000 ? born.month + 20 : born.month;
      const payload = `${pad2(born.year % 100)}${pad2(month)}${pad2(born.day)}${digits(4)}`;
      const sum = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3].reduce(
        (total, weight, index) => total + weight * digitAt(payload, index),
        0,
      );
      return payload + String((10 - (sum % 10)) % 10);
    },
    (value) => validator.isIdentityCard(value, "PL"),
  );
}

export function personnummer(): string {
  return verified(
    () => {
      const born = birthDate();
      const payload = `${pad2(born.year % 100)}${pad2(born.month)}${pad2(born.day)}${digits(3)}`;
      const number = payload + String(luhnDigit(payload));
      return `${number.slice(0, 6)}-${number.slice(6)}`;
    },
    (value) => validator.isTaxID(value, "sv-SE"),
  );
}

export function cpr(): string {
  const born = birthDate();
  return `${pad2(born.day)}${pad2(born.month)}${pad2(born.year % 100)}-${digits(4)}`;
}

export function henkilotunnus(): string {
  return verified(
    () => {
      const born = birthDate();
      const individual = String(int(2, 899)).padStart(3, "0");
      const date = `${pad2(born.day)}${pad2(born.month)}${pad2(born.year % 100)}`;
      const check = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Number(`${date}${individual}`) % 31);
      return `${date}${born.year >= 2000 ? "A" : "-"}${individual}${check}`;
    },
    (value) => validator.isIdentityCard(value, "FI"),
  );
}

export function nif(): string {
  return verified(
    () => {
      const payload = `${pick(["1", "2", "3"])}${digits(7)}`;
      const sum = [9, 8, 7, 6, 5, 4, 3, 2].reduce(
        (total, weight, index) => total + weight * digitAt(payload, index),
        0,
      );
      const check = 11 - (sum % 11);
      return payload + String(check >= 10 ? 0 : check);
    },
    (value) => validator.isTaxID(value, "pt-PT"),
  );
}

/** Belgian national register number, YY.MM.DD-SSS.CC. */
export function belgianNumber(): string {
  return verified(
    () => {
      const born = birthDate();
      const payload = `${pad2(born.year % 100)}${pad2(born.month)}${pad2(born.day)}${String(int(1, 997)).padStart(3, "0")}`;
      const numeric = born.year >= 2000 ? `2${payload}` : payload;
      const check = pad2(97 - mod97(numeric));
      return `${payload.slice(0, 2)}.${payload.slice(2, 4)}.${payload.slice(4, 6)}-${payload.slice(6)}.${check}`;
    },
    (value) => validator.isTaxID(value.replace(/\D/g, ""), "nl-BE"),
  );
}

export function fodselsnummer(): string {
  return verified(
    () => {
      const born = birthDate();
      const individual = born.year >= 2000 ? String(int(500, 999)) : String(int(0, 499)).padStart(3, "0");
      const payload = `${pad2(born.day)}${pad2(born.month)}${pad2(born.year % 100)}${individual}`;
      const k1 =
        11 -
        ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce(
          (total, weight, index) => total + weight * digitAt(payload, index),
          0,
        ) %
          11);
      const first = k1 === 11 ? 0 : k1;
      const withFirst = payload + String(first);
      const k2 =
        11 -
        ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce(
          (total, weight, index) => total + weight * digitAt(withFirst, index),
          0,
        ) %
          11);
      const second = k2 === 11 ? 0 : k2;
      return first === 10 || second === 10 ? "x" : withFirst + String(second);
    },
    (value) => value.length === 11 && validator.isIdentityCard(value, "NO"),
  );
}

export function pps(): string {
  return verified(
    () => {
      const body = digits(7);
      const sum = [8, 7, 6, 5, 4, 3, 2].reduce(
        (total, weight, index) => total + weight * digitAt(body, index),
        0,
      );
      return `${body}${"WABCDEFGHIJKLMNOPQRSTUV".charAt(sum % 23)}`;
    },
    (value) => validator.isTaxID(value, "en-IE"),
  );
}

export function sin(): string {
  return verified(
    () => {
      const payload = `${pick(["1", "2", "3", "4", "5", "6", "7", "9"])}${digits(7)}`;
      const number = payload + String(luhnDigit(payload));
      return chance(0.6) ? `${number.slice(0, 3)} ${number.slice(3, 6)} ${number.slice(6)}` : number;
    },
    (value) => validator.isTaxID(value.replace(/\D/g, ""), "en-CA"),
  );
}

export function tfn(): string {
  return verified(
    () => digits(9),
    (value) => {
      const sum = [1, 4, 3, 7, 5, 8, 6, 9, 10].reduce(
        (total, weight, index) => total + weight * digitAt(value, index),
        0,
      );
      return sum % 11 === 0 && value.charAt(0) !== "0";
    },
  ).replace(/^(\d{3})(\d{3})(\d{3})$/, chance(0.6) ? "$1 $2 $3" : "$1$2$3");
}

export function aadhaar(): string {
  return verified(
    () => {
      const payload = `${int(2, 9)}${digits(10)}`;
      const number = payload + String(verhoeffDigit(payload));
      return chance(0.7) ? number.replace(/(\d{4})(?=\d)/g, "$1 ") : number;
    },
    (value) => validator.isIdentityCard(value.replace(/\s/g, ""), "IN"),
  );
}

export function cpf(): string {
  return verified(
    () => {
      const payload = digits(9);
      const check = (text: string): number => {
        const sum = [...text].reduce(
          (total, char, index) => total + Number(char) * (text.length + 1 - index),
          0,
        );
        const rest = (sum * 10) % 11;
        return rest === 10 ? 0 : rest;
      };
      const first = check(payload);
      const second = check(payload + String(first));
      const number = `${payload}${first}${second}`;
      return `${number.slice(0, 3)}.${number.slice(3, 6)}.${number.slice(6, 9)}-${number.slice(9)}`;
    },
    (value) =>
      !/^(\d)\1+$/.test(value.replace(/\D/g, "")) && validator.isTaxID(value.replace(/\D/g, ""), "pt-BR"),
  );
}

/** National identifiers, each with the words people put before it. */
export const nationalIds: { country: string; term: string; draw: () => string }[] = [
  { country: "US", term: "SSN", draw: ssn },
  { country: "GB", term: "NI number", draw: nino },
  { country: "DE", term: "Steuer-ID", draw: steuerId },
  { country: "FR", term: "n° de sécu", draw: nir },
  { country: "ES", term: "DNI", draw: dni },
  { country: "ES", term: "NIE", draw: nie },
  { country: "NL", term: "BSN", draw: bsn },
  { country: "PL", term: "PESEL", draw: pesel },
  { country: "SE", term: "personnummer", draw: personnummer },
  { country: "DK", term: "CPR-nummer", draw: cpr },
  { country: "FI", term: "henkilötunnus", draw: henkilotunnus },
  { country: "PT", term: "NIF", draw: nif },
  { country: "BE", term: "rijksregisternummer", draw: belgianNumber },
  { country: "NO", term: "fødselsnummer", draw: fodselsnummer },
  { country: "IE", term: "PPS number", draw: pps },
  { country: "CA", term: "SIN", draw: sin },
  { country: "AU", term: "TFN", draw: tfn },
  { country: "IN", term: "Aadhaar", draw: aadhaar },
  { country: "BR", term: "CPF", draw: cpf },
];

// ---------------------------------------------------------------- phones

const phoneNationalDraws: Record<string, () => string> = {
  US: () => `${int(2, 9)}${digits(2)}${int(2, 9)}${digits(6)}`,
  CA: () => `${pick(["416", "604", "514", "403", "613", "647"])}${int(2, 9)}${digits(6)}`,
  GB: () => (chance(0.6) ? `07${int(4, 9)}${digits(8)}` : `020${int(3, 8)}${digits(7)}`),
  DE: () =>
    chance(0.6)
      ? `01${pick(["51", "52", "60", "62", "70", "71", "72", "76"])}${digits(7)}`
      : `030${digits(8)}`,
  FR: () => `0${pick(["6", "7", "1", "4"])}${digits(8)}`,
  ES: () => `${pick(["6", "7", "9"])}${digits(8)}`,
  IT: () => (chance(0.6) ? `3${int(2, 9)}${digits(8)}` : `06${digits(8)}`),
  NL: () => `06${int(1, 5)}${digits(7)}`,
  IE: () => `08${int(3, 9)}${digits(7)}`,
  AU: () => `04${digits(8)}`,
  CH: () => `07${pick(["6", "7", "8", "9"])}${digits(7)}`,
  BE: () => `04${int(7, 9)}${digits(7)}`,
};
export const phoneCountries = Object.keys(phoneNationalDraws);

/** A valid phone number, in the national or international format. */
export function phone(
  country = pick(phoneCountries),
  style: "national" | "international" | "any" = "any",
): string {
  const draw = phoneNationalDraws[country] ?? phoneNationalDraws.US ?? (() => "2025550100");
  for (let attempt = 0; attempt < 500; attempt++) {
    const parsed = parsePhoneNumberFromString(draw(), country as CountryCode);
    if (!parsed?.isValid()) continue;
    const international = style === "international" || (style === "any" && chance(0.5));
    if (!international) return parsed.formatNational();
    return chance(0.8) ? parsed.formatInternational() : parsed.format("E.164");
  }
  throw new Error(`no valid phone for ${country}`);
}

// ---------------------------------------------------------------- names

/** Hand-written given names per country, common-word and hyphenated names among them. */
const givenNames: Record<string, string[]> = {
  US: [
    "Tyler",
    "Brianna",
    "Dwayne",
    "Kayla",
    "Hunter",
    "Summer",
    "Mason",
    "Destiny",
    "Chase",
    "Autumn",
    "Grant",
    "Joy",
    "Bill",
    "Hope",
  ],
  GB: [
    "Ffion",
    "Callum",
    "Siobhan",
    "Rhys",
    "Imogen",
    "Alfie",
    "Poppy",
    "Nigel",
    "Gemma",
    "Rowan",
    "Faith",
    "Mark",
    "Rose",
  ],
  DE: [
    "Jürgen",
    "Sabine",
    "Lukas",
    "Anke",
    "Hans-Peter",
    "Mareike",
    "Torben",
    "Heike",
    "Till",
    "Frauke",
    "Uwe",
    "Wiebke",
  ],
  FR: [
    "Jean-Baptiste",
    "Solène",
    "Thibault",
    "Maëlle",
    "Aurélien",
    "Clémence",
    "Gaël",
    "Anne-Sophie",
    "Yannick",
    "Océane",
    "Pierre",
  ],
  ES: [
    "Iñigo",
    "Ainhoa",
    "Rocío",
    "Álvaro",
    "Nerea",
    "Íker",
    "Begoña",
    "José Luis",
    "Macarena",
    "Pilar",
    "Amparo",
    "Consuelo",
  ],
  IT: [
    "Gianluca",
    "Chiara",
    "Lorenzo",
    "Benedetta",
    "Pierpaolo",
    "Ilaria",
    "Matteo",
    "Gioia",
    "Fiore",
    "Letizia",
    "Dario",
  ],
  NL: [
    "Sanne",
    "Joost",
    "Femke",
    "Bram",
    "Marieke",
    "Thijs",
    "Ilse",
    "Wouter",
    "Lotte",
    "Gijs",
    "Roos",
    "Bas",
  ],
  IE: [
    "Aoife",
    "Cian",
    "Niamh",
    "Oisín",
    "Caoimhe",
    "Tadhg",
    "Saoirse",
    "Ruairí",
    "Gráinne",
    "Donal",
    "Clodagh",
  ],
  CA: ["Étienne", "Brooke", "Mathieu", "Kaitlyn", "Gabriel", "Jade", "Jordan", "Chantal", "River", "Sky"],
  AU: ["Lachlan", "Matilda", "Bronte", "Kirra", "Jarrah", "Tahlia", "Banjo", "Scout", "Mitchell", "Skye"],
};
const familyNames: Record<string, string[]> = {
  US: [
    "Washington",
    "Booker",
    "Castillo",
    "Hernandez",
    "Oyelaran",
    "Kowalczyk",
    "Nguyen",
    "Brooks",
    "Fields",
    "Banks",
    "Rice",
  ],
  GB: [
    "Pennington-Smythe",
    "Oakley",
    "Ashworth",
    "Fairclough",
    "Bell",
    "Cross",
    "Marsh",
    "Hussain",
    "Ogunleye",
    "Barker",
    "Fox",
  ],
  DE: [
    "Schulze",
    "Becker",
    "von der Heide",
    "Kühn",
    "Lehmann",
    "Brandt",
    "Vogel",
    "Wolf",
    "Krause",
    "Stein",
    "Winter",
  ],
  FR: [
    "Lefèvre",
    "de la Fontaine",
    "Moreau",
    "Girard",
    "Fabre",
    "Boucher",
    "Lemaire",
    "Berger",
    "Roux",
    "Chevalier",
  ],
  ES: [
    "Etxeberria",
    "García-Lorca",
    "de los Santos",
    "Iglesias",
    "Navarro",
    "Cortés",
    "Prieto",
    "Ríos",
    "Delgado",
    "Campo",
  ],
  IT: [
    "Esposito",
    "Lombardi",
    "De Luca",
    "Mancini",
    "Ferri",
    "Gallo",
    "Bianchi",
    "Fontana",
    "D'Angelo",
    "Sala",
    "Monti",
  ],
  NL: [
    "van den Berg",
    "de Vries",
    "Bakker",
    "Visser",
    "van Dijk",
    "Smit",
    "Mulder",
    "de Boer",
    "Dekker",
    "Brouwer",
  ],
  IE: [
    "Ó Súilleabháin",
    "Fitzgerald",
    "Mac Cárthaigh",
    "Byrne",
    "Kavanagh",
    "O'Neill",
    "Nic Giolla",
    "Doyle",
    "Walsh",
  ],
  CA: ["Tremblay", "Gagnon", "Bouchard", "MacDonald", "Singh", "Pelletier", "Côté", "Lavoie", "Fraser"],
  AU: ["Nguyen", "Papadopoulos", "Kelly", "Mitchell", "Haddad", "Jenkins", "Rossi", "Thompson", "Wood"],
};
export const nameCountries = Object.keys(givenNames);

export interface Person {
  given: string;
  family: string;
  full: string;
  country: string;
}

function handWrittenPerson(country = pick(nameCountries)): Person {
  const given = pick(givenNames[country] ?? ["Sam"]);
  const family = pick(familyNames[country] ?? ["Lee"]);
  return { given, family, full: `${given} ${family}`, country };
}

function fakerPerson(): Person {
  const faker = pick(fakers);
  const given = faker.person.firstName();
  const family = faker.person.lastName();
  return { given, family, full: `${given} ${family}`, country: "XX" };
}

/** Two in three from the hand-written lists, the rest from the unused faker locales. */
export function person(country?: string): Person {
  if (country !== undefined) return handWrittenPerson(country);
  return chance(0.67) ? handWrittenPerson() : fakerPerson();
}

/** A latin-script person, for places where a name goes into an email or a slug. */
export const latinPerson = (): Person => handWrittenPerson();

const asciiFold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z]+/g, "")
    .toLowerCase();

export const companyDomains = [
  "northwind.io",
  "kestrel-labs.com",
  "brightfold.de",
  "maisonverte.fr",
  "altamar.es",
  "quadrio.it",
  "dijkwerk.nl",
  "harbourline.ie",
  "mapleridge.ca",
  "wattlebay.com.au",
];
export const mailDomains = [
  "gmail.com",
  "outlook.com",
  "yahoo.co.uk",
  "gmx.de",
  "orange.fr",
  "hotmail.es",
  "libero.it",
  "ziggo.nl",
  "eircom.net",
  "icloud.com",
  "proton.me",
  "web.de",
];

export function email(
  who: Person = latinPerson(),
  domain = chance(0.5) ? pick(companyDomains) : pick(mailDomains),
): string {
  const given = asciiFold(who.given);
  const family = asciiFold(who.family);
  const local = pick([
    `${given}.${family}`,
    `${given.charAt(0)}${family}`,
    `${given}${family.charAt(0)}`,
    `${given}_${family}${int(1, 99)}`,
    `${family}.${given}`,
    `${given}${int(70, 99)}`,
  ]);
  return `${local}@${domain}`;
}

export const slug = (who: Person): string => `${asciiFold(who.given)}-${asciiFold(who.family)}`;

// ---------------------------------------------------------------- addresses

interface StreetList {
  streets: string[];
  cities: [string, () => string][];
  format: (street: string, number: number, postcode: string, city: string) => string;
}

const ukPostcode = (outward: string) => `${outward} ${int(1, 9)}${charsFrom("ABDEFGHJLNPQRSTUWXYZ", 2)}`;
const caPostcode = (first: string) =>
  `${first}${int(1, 9)}${letters(1)} ${int(1, 9)}${letters(1)}${int(1, 9)}`;

const streetLists: Record<string, StreetList> = {
  US: {
    streets: [
      "Maple Avenue",
      "N Halsted St",
      "Sycamore Lane",
      "W 34th Street",
      "Peachtree Rd NE",
      "Elm Court",
      "Ocean View Blvd",
      "Dogwood Drive",
    ],
    cities: [
      ["Chicago, IL", () => `606${digits(2)}`],
      ["Atlanta, GA", () => `303${digits(2)}`],
      ["Portland, OR", () => `972${digits(2)}`],
      ["Austin, TX", () => `787${digits(2)}`],
      ["Columbus, OH", () => `432${digits(2)}`],
    ],
    format: (street, number, postcode, city) => `${number} ${street}, ${city} ${postcode}`,
  },
  GB: {
    streets: [
      "Mill Lane",
      "Cranbrook Road",
      "Victoria Terrace",
      "Goldhawk Road",
      "Rectory Close",
      "Sandringham Gardens",
      "Albion Street",
    ],
    cities: [
      ["London", () => ukPostcode(pick(["W12", "SE15", "N7", "E8"]))],
      ["Leeds", () => ukPostcode(`LS${int(1, 28)}`)],
      ["Bristol", () => ukPostcode(`BS${int(1, 16)}`)],
      ["Manchester", () => ukPostcode(`M${int(1, 40)}`)],
    ],
    format: (street, number, postcode, city) => `${number} ${street}, ${city} ${postcode}`,
  },
  DE: {
    streets: [
      "Lindenstraße",
      "Am Mühlbach",
      "Kastanienallee",
      "Hauptstr.",
      "Schillerplatz",
      "Bergmannstraße",
      "Rosenweg",
    ],
    cities: [
      ["Berlin", () => `10${int(1, 999).toString().padStart(3, "0")}`],
      ["Köln", () => `50${int(667, 999)}`],
      ["Leipzig", () => `04${int(103, 357)}`],
      ["Freiburg im Breisgau", () => `791${int(0, 1)}${int(0, 9)}`],
    ],
    format: (street, number, postcode, city) => `${street} ${number}, ${postcode} ${city}`,
  },
  FR: {
    streets: [
      "rue des Lilas",
      "avenue Jean Jaurès",
      "boulevard Voltaire",
      "impasse du Moulin",
      "rue de la République",
      "chemin des Vignes",
    ],
    cities: [
      ["Lyon", () => `6900${int(1, 9)}`],
      ["Nantes", () => `44${int(0, 3)}00`],
      ["Paris", () => `750${pad2(int(1, 20))}`],
      ["Toulouse", () => `31${int(0, 5)}00`],
    ],
    format: (street, number, postcode, city) => `${number} ${street}, ${postcode} ${city}`,
  },
  ES: {
    streets: [
      "Calle Mayor",
      "Avenida de la Constitución",
      "Calle del Pez",
      "Paseo de Gracia",
      "Calle San Vicente",
      "Plaza del Sol",
    ],
    cities: [
      ["Madrid", () => `280${pad2(int(1, 54))}`],
      ["Barcelona", () => `080${pad2(int(1, 42))}`],
      ["Valencia", () => `460${pad2(int(1, 26))}`],
      ["Sevilla", () => `410${pad2(int(1, 20))}`],
    ],
    format: (street, number, postcode, city) =>
      `${street}, ${number}${chance(0.5) ? `, ${int(1, 8)}º ${pick(["A", "B", "izda.", "dcha."])}` : ""}, ${postcode} ${city}`,
  },
  IT: {
    streets: [
      "Via Garibaldi",
      "Corso Vittorio Emanuele II",
      "Via dei Mille",
      "Viale Monza",
      "Piazza della Repubblica",
      "Via Roma",
    ],
    cities: [
      ["Milano", () => `201${pad2(int(21, 62))}`],
      ["Torino", () => `101${pad2(int(21, 56))}`],
      ["Bologna", () => `401${pad2(int(21, 41))}`],
      ["Napoli", () => `801${pad2(int(21, 47))}`],
    ],
    format: (street, number, postcode, city) => `${street} ${number}, ${postcode} ${city}`,
  },
  NL: {
    streets: ["Prinsengracht", "Dorpsstraat", "Kerkstraat", "Oudegracht", "Molenweg", "Van Woustraat"],
    cities: [
      ["Amsterdam", () => `10${int(11, 99)} ${letters(2)}`],
      ["Utrecht", () => `35${int(11, 85)} ${letters(2)}`],
      ["Rotterdam", () => `30${int(11, 89)} ${letters(2)}`],
      ["Groningen", () => `97${int(11, 47)} ${letters(2)}`],
    ],
    format: (street, number, postcode, city) => `${street} ${number}, ${postcode} ${city}`,
  },
  IE: {
    streets: [
      "Main Street",
      "Griffith Avenue",
      "Strand Road",
      "Church Road",
      "Ballymun Road",
      "Oliver Plunkett Street",
    ],
    cities: [
      [
        "Dublin",
        () =>
          `D0${int(1, 9)} ${charsFrom("ACDEFHKNPRTVWXY", 1)}${int(1, 9)}${charsFrom("ACDEFHKNPRTVWXY", 2)}`,
      ],
      ["Cork", () => `T12 ${charsFrom("ACDEFHKNPRTVWXY", 1)}${digits(1)}${charsFrom("ACDEFHKNPRTVWXY", 2)}`],
      [
        "Galway",
        () => `H91 ${charsFrom("ACDEFHKNPRTVWXY", 1)}${digits(1)}${charsFrom("ACDEFHKNPRTVWXY", 2)}`,
      ],
    ],
    format: (street, number, postcode, city) => `${number} ${street}, ${city}, ${postcode}`,
  },
  CA: {
    streets: [
      "Queen Street West",
      "rue Saint-Denis",
      "Jasper Avenue",
      "Robson Street",
      "Bank Street",
      "Spadina Avenue",
    ],
    cities: [
      ["Toronto, ON", () => caPostcode("M")],
      ["Montréal, QC", () => caPostcode("H")],
      ["Edmonton, AB", () => caPostcode("T")],
      ["Vancouver, BC", () => caPostcode("V")],
    ],
    format: (street, number, postcode, city) => `${number} ${street}, ${city} ${postcode}`,
  },
  AU: {
    streets: [
      "Brunswick Street",
      "Chapel Street",
      "Oxford Street",
      "Stirling Highway",
      "Waratah Avenue",
      "Banksia Crescent",
    ],
    cities: [
      ["Fitzroy VIC", () => "3065"],
      ["Paddington NSW", () => "2021"],
      ["Fremantle WA", () => "6160"],
      ["New Farm QLD", () => "4005"],
      ["Carlton VIC", () => "3053"],
    ],
    format: (street, number, postcode, city) => `${number} ${street}, ${city} ${postcode}`,
  },
};
export const addressCountries = Object.keys(streetLists);

/** A postal address on one line: street and number, postcode and city, in the country's order. */
export function address(country = pick(addressCountries)): string {
  const list = streetLists[country] ?? streetLists.US;
  if (list === undefined) throw new Error("no street list");
  const [city, postcode] = pick(list.cities);
  return list.format(pick(list.streets), int(1, 240), postcode(), city);
}

/** The same on several lines, as on an envelope. */
export const addressLines = (country = pick(addressCountries)): string =>
  address(country).replace(/, /g, "\n");

/** A street name alone (a negative when no number or postcode goes with it). */
export const streetName = (country = pick(addressCountries)): string =>
  pick(streetLists[country]?.streets ?? ["Main Street"]);

/** Addresses from the unused faker locales, for variety of script and order. */
export function foreignAddress(): string {
  const faker = pick([
    localeFakers.georgian,
    localeFakers.armenian,
    localeFakers.macedonian,
    localeFakers.thai,
    localeFakers.taiwanese,
  ]);
  return `${faker.location.streetAddress()}, ${faker.location.zipCode()} ${faker.location.city()}`;
}

// ---------------------------------------------------------------- network

export function ipv4(): string {
  return verified(
    () =>
      pick([
        () => `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
        () => `192.168.${int(0, 255)}.${int(1, 254)}`,
        () => `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`,
        () => `${int(11, 223)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
      ])(),
    (value) => validator.isIP(value, 4) && !value.startsWith("127."),
  );
}

export function ipv6(): string {
  return verified(
    () =>
      chance(0.5)
        ? `2001:db8:${hex(4)}:${hex(4)}::${hex(int(1, 4))}`.replace(
            ":db8:",
            `:${pick(["0db8", "4860", "67c", "41d0"])}:`,
          )
        : `${pick(["2a02", "2600", "2a01", "fd12"])}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}`,
    (value) => validator.isIP(value, 6),
  );
}

// ---------------------------------------------------------------- secrets

export const githubToken = (): string => `${pick(["ghp_", "gho_", "ghs_"])}${alnum(36)}`;
export const githubFineGrained = (): string => `github_pat_${alnum(22)}_${alnum(59)}`;
export const slackToken = (): string => `${pick(["xoxb", "xoxp"])}-${digits(12)}-${digits(13)}-${alnum(24)}`;
export const stripeKey = (): string => `${pick(["sk_live_", "rk_live_"])}${alnum(pick([24, 99]))}`;
export const awsKeyId = (): string =>
  `${pick(["AKIA", "ASIA"])}${charsFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`;
export const awsSecret = (): string => charsFrom(`${upper}${lower}${numerals}+/`, 40);
export const gitlabToken = (): string => `glpat-${charsFrom(`${upper}${lower}${numerals}-_`, 20)}`;
export const openAiKey = (): string =>
  `sk-proj-${charsFrom(`${upper}${lower}${numerals}-_`, 48)}T3BlbkFJ${charsFrom(`${upper}${lower}${numerals}-_`, 48)}`;
export const anthropicKey = (): string => `sk-ant-api03-${charsFrom(`${upper}${lower}${numerals}-_`, 93)}AA`;
export const googleApiKey = (): string => `AIza${charsFrom(`${upper}${lower}${numerals}-_`, 35)}`;
export const npmToken = (): string => `npm_${alnum(36)}`;
export const sendgridKey = (): string =>
  `SG.${charsFrom(`${upper}${lower}${numerals}-_`, 22)}.${charsFrom(`${upper}${lower}${numerals}-_`, 43)}`;
export const twilioToken = (): string => hex(32);
export const hexSecret = (length = 64): string => hex(length);

const base64url = (text: string): string => Buffer.from(text).toString("base64url");

export function jwt(): string {
  const header = base64url(
    JSON.stringify(
      pick([
        { alg: "HS256", typ: "JWT" },
        { alg: "RS256", typ: "JWT", kid: hex(8) },
        { typ: "JWT", alg: "ES256" },
      ]),
    ),
  );
  const now = 1_790_000_000 + int(0, 9_000_000);
  const payload = base64url(
    JSON.stringify({
      sub: String(int(10000, 999999)),
      iat: now,
      exp: now + 3600,
      scope: pick(["read write", "admin", "api"]),
    }),
  );
  const signature = charsFrom(`${upper}${lower}${numerals}-_`, pick([43, 86]));
  return `${header}.${payload}.${signature}`;
}

export function pemPrivateKey(): string {
  const kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]);
  const lines = Array.from({ length: int(4, 9) }, () => charsFrom(base64Chars, 64));
  lines.push(`${charsFrom(base64Chars, int(8, 60))}${pick(["", "=", "=="])}`);
  const opening =
    kind === "OPENSSH PRIVATE KEY"
      ? "b3BlbnNzaC1rZXktdjEAAAAA"
      : kind === "RSA PRIVATE KEY"
        ? "MIIEow"
        : "MIIEvQ";
  return `-----BEGIN ${kind}-----\n${opening}${lines.join("\n")}\n-----END ${kind}-----`;
}

const humanWords = [
  "Sunflower",
  "Bluebird",
  "Hamster",
  "Tractor",
  "Pineapple",
  "Kanarienvogel",
  "Mariposa",
  "Girasole",
  "Fietsbel",
  "Trampoline",
  "Lighthouse",
  "Zebra",
  "Marmelade",
  "Cactus",
];

/** A password as people make them up: word, year or digits, a symbol. */
export const humanPassword = (): string =>
  pick([
    () => `${pick(humanWords)}${int(1970, 2026)}${pick(["!", "?", "#", "$", ""])}`,
    () => `${pick(humanWords).toLowerCase()}_${pick(humanWords).toLowerCase()}${int(1, 99)}`,
    () => `${pick(humanWords)}${pick(["@", "&", "*"])}${digits(int(2, 4))}`,
    () => `${pick(humanWords).replace(/o/g, "0").replace(/a/g, "@")}${int(10, 99)}`,
  ])();

/** A password from a generator: long, mixed, symbols. */
export const generatedPassword = (length = int(14, 24)): string =>
  verified(
    () => charsFrom(`${upper}${lower}${numerals}!#%&*+-=?@^_~`, length),
    (value) => /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value),
  );

export const password = (): string => (chance(0.5) ? humanPassword() : generatedPassword());
export const pin = (): string => digits(pick([4, 4, 6]));

// ---------------------------------------------------------------- look-alikes for negatives

export const uuid = (): string =>
  `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
export const sha = (length = 40): string => hex(length);
export const cursor = (): string =>
  base64url(JSON.stringify({ after: int(1000, 99999), ts: 1_790_000_000 + int(0, 999999) }));
export const version = (): string => `${int(1, 19)}.${int(0, 40)}.${int(0, 200)}.${int(0, 9999)}`;
export const oid = (): string => `1.3.6.1.4.1.${int(1000, 60000)}.${int(1, 20)}.${int(1, 9)}`;
export const orderNumber = (): string =>
  `${pick(["ORD", "PO", "INV", "SO"])}-${int(2024, 2026)}-${digits(6)}`;
export const ticket = (): string => `${pick(["PLAT", "OPS", "WEB", "DATA", "SEC", "FIN"])}-${int(100, 9999)}`;
export const trackingNumber = (): string => `1Z${alnum(6).toUpperCase()}${digits(10)}`;

/** A number shaped like a card whose Luhn digit is wrong. */
export function brokenCard(): string {
  const number = cardDigits("Visa");
  const last = (digitAt(number, number.length - 1) + int(1, 9)) % 10;
  return `${number.slice(0, -1)}${last}`.replace(/(\d{4})(?=\d)/g, "$1 ");
}

/** An IBAN shape whose check digits are wrong. */
export function brokenIban(country = pick(["DE", "FR", "NL", "ES", "IT"])): string {
  const good = ibanCompact(country);
  const check = Number(good.slice(2, 4));
  const wrong = pad2(((check + int(1, 40)) % 96) + 2);
  const value = `${good.slice(0, 2)}${wrong}${good.slice(4)}`;
  return validator.isIBAN(value) ? `${good.slice(0, 2)}00${good.slice(4)}` : value;
}

export const logTimestamp = (): string =>
  `2026-${pad2(int(1, 12))}-${pad2(int(1, 28))} ${pad2(int(0, 23))}:${pad2(int(0, 59))}:${pad2(int(0, 59))},${String(int(0, 999)).padStart(3, "0")}`;

export const sshPublicKey = (): string =>
  `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${charsFrom(base64Chars, 43)} ${pick(["build@ci-runner", "deploy@bastion", "laptop"])}`;
