import { base, bn_BD, cy, dv, en, Faker, fr_LU, ku_ckb, mn_MN_cyrl, ne, ta_IN } from "@faker-js/faker";
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";
import validator from "validator";

/**
 * Values for the seventh corpus, drawn from its own random source: Marsaglia's
 * xorwow (five 32-bit words of xorshift plus a Weyl counter), which no earlier
 * corpus used. Identifiers are built to their issuers' rules and checked with
 * `validator` where it knows the rule; a value that fails is drawn again (at
 * most a few hundred times, then the corpus test fails loudly).
 */

// ---------------------------------------------------------------- random source

const state = new Uint32Array(6); // x, y, z, w, v, d

function splitmixStep(seedValue: number): () => number {
  let s = seedValue >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let r = Math.imul(s ^ (s >>> 15), 1 | s);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return (r ^ (r >>> 14)) >>> 0;
  };
}

function next(): number {
  let t = state[0] as number;
  const v0 = state[4] as number;
  state[0] = state[1] as number;
  state[1] = state[2] as number;
  state[2] = state[3] as number;
  state[3] = v0;
  t ^= t >>> 2;
  t ^= t << 1;
  const nv = (v0 ^ (v0 << 4) ^ t ^ (t << 1)) >>> 0;
  state[4] = nv;
  state[5] = ((state[5] as number) + 362437) >>> 0;
  return ((state[5] as number) + nv) >>> 0;
}

const fakers = [bn_BD, cy, dv, fr_LU, ku_ckb, mn_MN_cyrl, ne, ta_IN].map(
  (locale) => new Faker({ locale: [locale, en, base] }),
);

export function seed(value: number): void {
  const mix = splitmixStep(value);
  for (let i = 0; i < 5; i++) state[i] = mix() || 1;
  state[5] = mix();
  for (let i = 0; i < 20; i++) next();
  fakers.forEach((faker, i) => {
    faker.seed(value + i * 7919);
  });
}
seed(1);

export function float(): number {
  return next() / 4294967296;
}
export function chance(p: number): boolean {
  return float() < p;
}
export function int(low: number, high: number): number {
  return low + Math.floor(float() * (high - low + 1));
}
export function pick<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("pick from nothing");
  return values[int(0, values.length - 1)] as T;
}
const digits = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join("");
const fromSet = (set: string, n: number) =>
  Array.from({ length: n }, () => set.charAt(int(0, set.length - 1))).join("");
const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function until<T>(draw: () => T, ok: (value: T) => boolean, what: string): T {
  for (let i = 0; i < 500; i++) {
    const value = draw();
    if (ok(value)) return value;
  }
  throw new Error(`no valid ${what}`);
}

// ---------------------------------------------------------------- names

const givenNames = [
  "Siobhán",
  "Oluwaseun",
  "Wojciech",
  "Mei-Ling",
  "Anneliese",
  "Thandiwe",
  "Rafał",
  "Ingrid",
  "Dagny",
  "Eoin",
  "Nguyen Thi",
  "Kwabena",
  "Ximena",
  "Björn",
  "Aoife",
  "Radhika",
  "Jean-Baptiste",
  "Marie-Claire",
  "Giulia",
  "Maarten",
  "Ewa",
  "Søren",
  "Paavo",
  "Leilani",
  "Hamza",
  "Yusuf",
  "Zeynep",
  "Tomás",
  "Inês",
  "Niamh",
];
/** Given names that are also ordinary words. */
export const wordNames = [
  "Hope",
  "Faith",
  "Grace",
  "Will",
  "Rose",
  "Summer",
  "Hunter",
  "Joy",
  "Frank",
  "Bill",
  "Mark",
  "Dawn",
  "Amber",
  "Iris",
  "Sky",
];
const surnames = [
  "O'Sullivan",
  "van der Berg",
  "de la Cruz",
  "Nakamura-Lindqvist",
  "Okonkwo",
  "Kowalczyk",
  "Fitzgerald",
  "Dubois-Martin",
  "von Hohenfels",
  "da Silva Pereira",
  "MacLeod",
  "Nørgaard",
  "Virtanen",
  "Schäfer",
  "Ó Briain",
  "Bianchi",
  "El Amrani",
  "Papadopoulos",
  "Ramírez-Ortega",
  "ter Horst",
  "Lindqvist",
  "Achterberg",
  "D'Angelo",
  "Baker",
  "Stone",
  "Young",
  "Wood",
  "Marsh",
  "Bishop",
  "Cook",
];

export function givenName(): string {
  if (chance(0.5)) return pick(givenNames);
  if (chance(0.25)) return pick(wordNames);
  return pick(fakers).person.firstName();
}
export function surname(): string {
  return chance(0.55) ? pick(surnames) : pick(fakers).person.lastName();
}
export function fullName(): string {
  return `${givenName()} ${surname()}`;
}

// ---------------------------------------------------------------- addresses

const streets: Record<
  string,
  {
    lines: string[];
    post: () => string;
    cities: string[];
    form: (n: string, s: string, p: string, c: string) => string;
  }
> = {
  US: {
    lines: ["Maple Ave", "W 43rd St", "Magnolia Blvd", "Pine Ridge Rd", "Oak Hollow Dr"],
    post: () => digits(5),
    cities: ["Austin, TX", "Dayton, OH", "Boise, ID", "Raleigh, NC"],
    form: (n, s, p, c) => `${n} ${s}, ${c} ${p}`,
  },
  GB: {
    lines: ["Cranbrook Road", "Elm Grove", "Albert Terrace", "Hawthorn Close"],
    post: () =>
      `${pick(["LS6", "M14", "BS3", "EH9", "CF24", "SW11"])} ${int(1, 9)}${fromSet("ABDEFGHJLNPQRSTUWXYZ", 2)}`,
    cities: ["Leeds", "Manchester", "Bristol", "Edinburgh", "Cardiff", "London"],
    form: (n, s, p, c) => `${n} ${s}, ${c} ${p}`,
  },
  DE: {
    lines: ["Lindenstraße", "Am Mühlbach", "Goethestr.", "Kastanienallee"],
    post: () => pad(int(10, 99)) + digits(3),
    cities: ["Leipzig", "Bielefeld", "Freiburg", "Kassel"],
    form: (n, s, p, c) => `${s} ${n}, ${p} ${c}`,
  },
  FR: {
    lines: ["rue des Tanneurs", "avenue Jean-Jaurès", "impasse des Lilas", "boulevard Carnot"],
    post: () => pad(int(1, 95)) + digits(3),
    cities: ["Rennes", "Lille", "Nantes", "Grenoble"],
    form: (n, s, p, c) => `${n} ${s}, ${p} ${c}`,
  },
  ES: {
    lines: ["Calle de Toledo", "Avenida de la Paz", "Carrer de Provença", "Calle Mayor"],
    post: () => pad(int(1, 52)) + digits(3),
    cities: ["Madrid", "Zaragoza", "Barcelona", "Valencia"],
    form: (n, s, p, c) => `${s} ${n}, ${p} ${c}`,
  },
  IT: {
    lines: ["Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille", "Viale Monza"],
    post: () => digits(5),
    cities: ["Torino", "Bologna", "Milano", "Napoli"],
    form: (n, s, p, c) => `${s} ${n}, ${p} ${c}`,
  },
  NL: {
    lines: ["Prinsengracht", "Kerkstraat", "Laan van Meerdervoort"],
    post: () => `${int(1000, 9999)} ${fromSet("ABCEHJKLMNPRTVXZ", 2)}`,
    cities: ["Utrecht", "Den Haag", "Amsterdam"],
    form: (n, s, p, c) => `${s} ${n}, ${p} ${c}`,
  },
  BE: {
    lines: ["Rue Royale", "Meir", "Kortrijksesteenweg"],
    post: () => String(int(1000, 9999)),
    cities: ["Bruxelles", "Antwerpen", "Gent"],
    form: (n, s, p, c) => `${s} ${n}, ${p} ${c}`,
  },
  AT: {
    lines: ["Mariahilfer Straße", "Herrengasse", "Landstraßer Hauptstraße"],
    post: () => String(int(1010, 9990)),
    cities: ["Wien", "Graz", "Linz"],
    form: (n, s, p, c) => `${s} ${n}, ${p} ${c}`,
  },
  CH: {
    lines: ["Bahnhofstrasse", "Rue du Rhône", "Spalenberg"],
    post: () => String(int(1000, 9658)),
    cities: ["Zürich", "Genève", "Basel"],
    form: (n, s, p, c) => `${s} ${n}, ${p} ${c}`,
  },
  PT: {
    lines: ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina"],
    post: () => `${int(1000, 9999)}-${digits(3)}`,
    cities: ["Lisboa", "Porto", "Coimbra"],
    form: (n, s, p, c) => `${s} ${n}, ${p} ${c}`,
  },
  PL: {
    lines: ["ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa"],
    post: () => `${pad(int(0, 99))}-${digits(3)}`,
    cities: ["Warszawa", "Łódź", "Gdańsk"],
    form: (n, s, p, c) => `${s} ${n}, ${p} ${c}`,
  },
  SE: {
    lines: ["Drottninggatan", "Storgatan", "Kungsportsavenyen"],
    post: () => `${int(100, 984)} ${digits(2)}`,
    cities: ["Stockholm", "Göteborg", "Uppsala"],
    form: (n, s, p, c) => `${s} ${n}, ${p} ${c}`,
  },
  IE: {
    lines: ["Main Street", "Griffith Avenue", "Dominick Street"],
    post: () => `${pick(["D09", "D06", "T12", "H91"])} ${fromSet("ACDEFHKNPRTVWXY0123456789", 4)}`,
    cities: ["Dublin", "Cork", "Galway"],
    form: (n, s, p, c) => `${n} ${s}, ${c} ${p}`,
  },
  CA: {
    lines: ["Rue Sherbrooke O", "Queen St W", "Jasper Ave"],
    post: () =>
      `${fromSet("ABCEGHJKLMNPRSTVXY", 1)}${int(0, 9)}${fromSet(upper, 1)} ${int(0, 9)}${fromSet(upper, 1)}${int(0, 9)}`,
    cities: ["Montréal QC", "Toronto ON", "Edmonton AB"],
    form: (n, s, p, c) => `${n} ${s}, ${c} ${p}`,
  },
  AU: {
    lines: ["Chapel St", "Brunswick St", "Oxford St"],
    post: () => String(int(2000, 7999)),
    cities: ["Prahran VIC", "Fitzroy VIC", "Paddington NSW"],
    form: (n, s, p, c) => `${n} ${s}, ${c} ${p}`,
  },
};
export const addressCountries = Object.keys(streets);
export function address(country = pick(addressCountries)): string {
  const spec = streets[country] as (typeof streets)[string];
  return spec.form(String(int(1, 240)), pick(spec.lines), spec.post(), pick(spec.cities));
}

// ---------------------------------------------------------------- cards and banks

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export function card(): string {
  const value = until(
    () => {
      const [prefix, length] = pick([
        ["4", 16],
        [String(int(51, 55)), 16],
        ["2221", 16],
        ["34", 15],
        ["37", 15],
        ["6011", 16],
      ] as const);
      const body = prefix + digits(length - prefix.length - 1);
      return body + luhnDigit(body);
    },
    (c) => validator.isCreditCard(c),
    "card",
  );
  if (value.length === 15)
    return chance(0.5) ? value : `${value.slice(0, 4)} ${value.slice(4, 10)} ${value.slice(10)}`;
  return chance(0.4) ? value : (value.match(/.{4}/g) ?? []).join(pick([" ", "-"]));
}
/** Luhn-valid with the last digit shifted: a broken card number. */
export function brokenCard(): string {
  const good = card().replace(/\D/g, "");
  const last = Number(good.at(-1));
  return (good.slice(0, -1) + String((last + int(1, 9)) % 10)).match(/.{1,4}/g)?.join(" ") ?? good;
}

const ibanFormats: Record<string, string> = {
  DE: "n18",
  FR: "n23",
  ES: "n20",
  IT: "a1n22",
  NL: "a4n10",
  BE: "n12",
  AT: "n16",
  CH: "n17",
  PT: "n21",
  PL: "n24",
  SE: "n20",
  IE: "a4n14",
  GB: "a4n14",
  LU: "n16",
  DK: "n14",
  FI: "n14",
  NO: "n11",
};
function bban(format: string): string {
  let out = "";
  for (const [, kind, count] of format.matchAll(/([an])(\d+)/g))
    out += kind === "a" ? fromSet(upper, Number(count)) : digits(Number(count));
  return out;
}
function mod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const code = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of code) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}
export function iban(country = pick(Object.keys(ibanFormats))): string {
  const raw = until(
    () => {
      const b = bban(ibanFormats[country] as string);
      const check = 98 - mod97(`${b}${country}00`);
      return `${country}${pad(check)}${b}`;
    },
    (i) => validator.isIBAN(i),
    "IBAN",
  );
  return chance(0.6) ? (raw.match(/.{1,4}/g) ?? []).join(" ") : raw;
}
export function routingNumber(): string {
  return until(
    () => {
      const first = pick([
        "01",
        "02",
        "03",
        "04",
        "05",
        "06",
        "07",
        "08",
        "09",
        "10",
        "11",
        "12",
        "21",
        "22",
        "26",
        "31",
      ]);
      const body = first + digits(6);
      const w = [3, 7, 1, 3, 7, 1, 3, 7];
      const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (w[i] as number), 0);
      return body + String((10 - (sum % 10)) % 10);
    },
    (r) => validator.isAbaRouting(r),
    "routing number",
  );
}
export const bankAccount = () => digits(int(9, 12));
export const sortCode = () => `${pad(int(1, 99))}-${digits(2)}-${digits(2)}`;
export const ukAccount = () => digits(8);
export const blz = () => `${int(1, 8)}${digits(7)}`;

// ---------------------------------------------------------------- national ids

const dateParts = () => ({ y: int(1955, 2004), m: int(1, 12), d: int(1, 28) });

function ssn(): string {
  const area = until(
    () => int(1, 899),
    (a) => a !== 666,
    "SSN area",
  );
  return `${pad(area, 3)}-${pad(int(1, 99))}-${pad(int(1, 9999), 4)}`;
}
function nino(): string {
  const first = fromSet("ABCEGHJKLMNPRSTWXYZ", 1);
  const second = fromSet("ABCEGHJKLMNPRSTWXYZ", 1);
  const prefix = until(
    () => first + second,
    (p) => !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p),
    "NINO",
  );
  const n = digits(6);
  return chance(0.5)
    ? `${prefix} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${fromSet("ABCD", 1)}`
    : `${prefix}${n}${fromSet("ABCD", 1)}`;
}
function steuerId(): string {
  return until(
    () => {
      const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
      const chosen: number[] = [];
      const skip = int(0, 9);
      for (const d of pool) if (d !== skip) chosen.push(d);
      chosen.push(pick(chosen));
      for (let i = chosen.length - 1; i > 0; i--) {
        const j = int(0, i);
        [chosen[i], chosen[j]] = [chosen[j] as number, chosen[i] as number];
      }
      const body = chosen.join("");
      let product = 10;
      for (const ch of body) {
        let sum = (Number(ch) + product) % 10;
        if (sum === 0) sum = 10;
        product = (sum * 2) % 11;
      }
      const check = (11 - product) % 10;
      return body + String(check);
    },
    (id) => id[0] !== "0" && validator.isTaxID(id, "de-DE"),
    "Steuer-ID",
  );
}
function nir(): string {
  const { y, m } = dateParts();
  const dept = pad(int(1, 95));
  const body = `${pick(["1", "2"])}${pad(y % 100)}${pad(m)}${dept}${digits(3)}${digits(3)}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${pad(key)}`;
}
const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";
function dni(): string {
  const n = int(1000000, 99999999);
  return until(
    () => `${pad(n, 8)}${dniLetters[n % 23]}`,
    (d) => validator.isIdentityCard(d, "ES"),
    "DNI",
  );
}
function nie(): string {
  const lead = int(0, 2);
  const n = digits(7);
  return `${"XYZ"[lead]}${n}${dniLetters[Number(`${lead}${n}`) % 23]}`;
}
function bsn(): string {
  return until(
    () => {
      const d = `${int(1, 6)}${digits(8)}`;
      return d;
    },
    (d) => {
      const sum = [...d].reduce((acc, c, i) => acc + Number(c) * (i === 8 ? -1 : 9 - i), 0);
      return sum % 11 === 0;
    },
    "BSN",
  );
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
function codiceFiscale(): string {
  return until(
    () => {
      const { y, m, d } = dateParts();
      const day = d + (chance(0.5) ? 40 : 0);
      const body = `${fromSet("BCDFGLMNPRSTVZ", 3)}${fromSet("BCDFGLMNPRSTVZ", 3)}${pad(y % 100)}${"ABCDEHLMPRST"[m - 1]}${pad(day)}${pick(["H501", "F205", "L219", "A944", "F839", "G273"])}`;
      let sum = 0;
      [...body].forEach((c, i) => {
        sum += i % 2 === 0 ? (cfOdd[c] as number) : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
      });
      return body + upper[sum % 26];
    },
    (c) => validator.isTaxID(c, "it-IT"),
    "codice fiscale",
  );
}
function pesel(): string {
  return until(
    () => {
      const { y, m, d } = dateParts();
      const body = `${pad(y % 100)}${pad(m + (y >= 2000 ? 20 : 0))}${pad(d)}${digits(4)}`;
      const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
      const sum = [...body].reduce((acc, c, i) => acc + Number(c) * (w[i] as number), 0);
      return body + String((10 - (sum % 10)) % 10);
    },
    (p) => validator.isIdentityCard(p, "PL"),
    "PESEL",
  );
}
function personnummer(): string {
  const { y, m, d } = dateParts();
  const body = `${pad(y % 100)}${pad(m)}${pad(d)}${digits(3)}`;
  // Luhn over nine digits, doubling from the first.
  let sum = 0;
  [...body].forEach((c, i) => {
    let n = Number(c) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  });
  return `${body.slice(0, 6)}-${body.slice(6)}${(10 - (sum % 10)) % 10}`;
}
function cpr(): string {
  const { y, m, d } = dateParts();
  return `${pad(d)}${pad(m)}${pad(y % 100)}-${digits(4)}`;
}
function henkilotunnus(): string {
  return until(
    () => {
      const { y, m, d } = dateParts();
      const individual = pad(int(2, 899), 3);
      const n = Number(`${pad(d)}${pad(m)}${pad(y % 100)}${individual}`);
      return `${pad(d)}${pad(m)}${pad(y % 100)}${y >= 2000 ? "A" : "-"}${individual}${"0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]}`;
    },
    (h) => validator.isIdentityCard(h, "FI"),
    "henkilötunnus",
  );
}
function nifPt(): string {
  return until(
    () => {
      const body = `${pick(["1", "2", "3"])}${digits(7)}`;
      const sum = [...body].reduce((acc, c, i) => acc + Number(c) * (9 - i), 0);
      const check = 11 - (sum % 11);
      return body + String(check >= 10 ? 0 : check);
    },
    (n) => validator.isTaxID(n, "pt-PT"),
    "NIF",
  );
}
function belgianNumber(): string {
  const { y, m, d } = dateParts();
  const body = `${pad(y % 100)}${pad(m)}${pad(d)}${pad(int(1, 997), 3)}`;
  const check = 97 - Number(BigInt((y >= 2000 ? "2" : "") + body) % 97n);
  return `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6)}.${pad(check)}`;
}
function ahv(): string {
  const body = `756${digits(9)}`;
  const sum = [...body].reduce((acc, c, i) => acc + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
  const full = body + String((10 - (sum % 10)) % 10);
  return `${full.slice(0, 3)}.${full.slice(3, 7)}.${full.slice(7, 11)}.${full.slice(11)}`;
}
export const nationalIds = {
  "US SSN": ssn,
  "UK NINO": nino,
  "Steuer-ID": steuerId,
  NIR: nir,
  DNI: dni,
  NIE: nie,
  BSN: bsn,
  "codice fiscale": codiceFiscale,
  PESEL: pesel,
  personnummer: personnummer,
  CPR: cpr,
  henkilötunnus: henkilotunnus,
  NIF: nifPt,
  rijksregisternummer: belgianNumber,
  AHV: ahv,
} as const;
export type IdKind = keyof typeof nationalIds;
export function nationalId(kind: IdKind = pick(Object.keys(nationalIds) as IdKind[])): string {
  return nationalIds[kind]();
}

// ---------------------------------------------------------------- passports

function mrzValue(c: string): number {
  if (c === "<") return 0;
  if (/\d/.test(c)) return Number(c);
  return c.charCodeAt(0) - 55;
}
export function mrzCheck(text: string): string {
  const w = [7, 3, 1];
  return String([...text].reduce((acc, c, i) => acc + mrzValue(c) * (w[i % 3] as number), 0) % 10);
}
const passportShapes: Record<string, () => string> = {
  US: () => digits(9),
  GB: () => digits(9),
  DE: () => `C${fromSet("CFGHJKLMNPRTVWXYZ0123456789", 8)}`,
  FR: () => `${digits(2)}${fromSet(upper, 2)}${digits(5)}`,
  ES: () => `${fromSet(upper, 3)}${digits(6)}`,
  IT: () => `${fromSet(upper, 2)}${digits(7)}`,
  IE: () => `${fromSet(upper, 2)}${digits(7)}`,
  PL: () => `${fromSet(upper, 2)}${digits(7)}`,
  SE: () => digits(8),
};
export const passportCountries = Object.keys(passportShapes);
export function passport(country = pick(passportCountries)): string {
  return until(
    () => (passportShapes[country] as () => string)(),
    (p) => validator.isPassportNumber(p, country),
    "passport",
  );
}
const iso3: Record<string, string> = {
  US: "USA",
  GB: "GBR",
  DE: "D<<",
  FR: "FRA",
  ES: "ESP",
  IT: "ITA",
  IE: "IRL",
  PL: "POL",
  SE: "SWE",
};
/** The two lines of a TD3 machine-readable zone, check digits per ICAO 9303. */
export function mrz(country = pick(passportCountries)): { lines: string; number: string } {
  const number = passport(country);
  const nat = iso3[country] as string;
  const asMrz = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[^A-Za-z ]/g, "")
      .toUpperCase()
      .replace(/ /g, "<");
  const line1 = `P<${nat}${asMrz(pick(surnames))}<<${asMrz(pick(givenNames))}`.padEnd(44, "<").slice(0, 44);
  const { y, m, d } = dateParts();
  const dob = `${pad(y % 100)}${pad(m)}${pad(d)}`;
  const exp = `${pad(int(27, 35))}${pad(int(1, 12))}${pad(int(1, 28))}`;
  const num = number.padEnd(9, "<");
  const personal = "<".repeat(14);
  const parts = `${num}${mrzCheck(num)}${nat}${dob}${mrzCheck(dob)}${pick(["M", "F"])}${exp}${mrzCheck(exp)}${personal}${mrzCheck(personal)}`;
  const composite = `${num}${mrzCheck(num)}${dob}${mrzCheck(dob)}${exp}${mrzCheck(exp)}${personal}${mrzCheck(personal)}`;
  return { lines: `${line1}\n${parts}${mrzCheck(composite)}`, number };
}

// ---------------------------------------------------------------- phones, emails, IPs

const phoneDraws: Record<string, () => string> = {
  US: () => `${pick(["212", "415", "617", "312", "206", "512", "303", "919"])}${int(2, 9)}${digits(6)}`,
  GB: () => `07${pick(["4", "5", "7", "8", "9"])}${digits(8)}`,
  DE: () => `01${pick(["51", "52", "57", "60", "62", "70", "71", "76"])}${digits(pick([7, 8]))}`,
  FR: () => `0${pick(["6", "7"])}${digits(8)}`,
  ES: () => `6${digits(8)}`,
  IT: () => `3${pick(["20", "33", "35", "38", "47", "49"])}${digits(7)}`,
  NL: () => `06${digits(8)}`,
  PL: () => `${pick(["50", "51", "60", "66", "69", "72", "78", "88"])}${digits(7)}`,
  SE: () => `07${pick(["0", "2", "3", "6"])}${digits(7)}`,
  IE: () => `08${pick(["3", "5", "6", "7", "9"])}${digits(7)}`,
};
export const phoneCountries = Object.keys(phoneDraws);
export function phone(country = pick(phoneCountries), form: "any" | "international" = "any"): string {
  const parsed = until(
    () => parsePhoneNumberFromString((phoneDraws[country] as () => string)(), country as CountryCode),
    (p) => p?.isValid() === true,
    `${country} phone`,
  );
  if (parsed === undefined) throw new Error("phone");
  if (form === "international") return parsed.formatInternational();
  return chance(0.5) ? parsed.formatNational() : parsed.formatInternational();
}

const ascii = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
export function email(name = fullName()): string {
  const [first = "x", ...rest] = name.split(" ");
  // Names in other scripts get a Latin mailbox, as people romanise their own.
  const last = ascii(rest.join("")) || ascii(pick(surnames));
  const f = ascii(first) || ascii(pick(givenNames));
  const local = pick([`${f}.${last}`, `${f[0]}${last}`, `${f}_${last}${int(1, 99)}`, `${last}.${f}`]);
  return `${local}@${pick(["gmail.com", "outlook.com", "proton.me", "gmx.de", "orange.fr", "libero.it", "ziggo.nl", "kolibri-logistik.de", "northwind-labs.io", "hallstrom.se"])}`;
}
export function ipv4(): string {
  return until(
    () => `${int(11, 223)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    (ip) => !/^(127|169\.254|172\.(1[6-9]|2\d|3[01])|192\.168|192\.0\.2|198\.51\.100|203\.0\.113)\./.test(ip),
    "IPv4",
  );
}
export function ipv6(): string {
  const groups = [
    pick(["2a01", "2a02", "2001", "2600", "2a0a", "2c0f"]),
    ...Array.from({ length: 7 }, () => int(0, 65535).toString(16)),
  ];
  const full = groups.join(":");
  return chance(0.5) ? full : `${groups.slice(0, 4).join(":")}::${groups[7]}`;
}

// ---------------------------------------------------------------- secrets

const b64url = (s: string) =>
  Buffer.from(s).toString("base64").replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
export const secrets = {
  github: () => `${pick(["ghp_", "gho_", "ghs_"])}${fromSet(alnum, 36)}`,
  githubFine: () => `github_pat_${fromSet(alnum, 22)}_${fromSet(alnum, 59)}`,
  slack: () => `${pick(["xoxb", "xoxp"])}-${digits(12)}-${digits(13)}-${fromSet(alnum, 24)}`,
  stripe: () => `${pick(["sk_live_", "rk_live_"])}${fromSet(alnum, 32)}`,
  awsId: () => `${pick(["AKIA", "ASIA"])}${fromSet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`,
  awsSecret: () => fromSet(`${alnum}/+`, 40),
  gitlab: () => `glpat-${fromSet(`${alnum}-_`, 20)}`,
  openai: () => `sk-proj-${fromSet(`${alnum}-_`, 64)}`,
  anthropicStyle: () => `sk-ant-api03-${fromSet(`${alnum}-_`, 80)}`,
  sendgrid: () => `SG.${fromSet(`${alnum}-_`, 22)}.${fromSet(`${alnum}-_`, 43)}`,
  npm: () => `npm_${fromSet(alnum, 36)}`,
  jwt: () =>
    `${b64url(JSON.stringify({ alg: pick(["HS256", "RS256", "ES256"]), typ: "JWT" }))}.${b64url(
      JSON.stringify({
        sub: digits(8),
        name: fullName(),
        iat: 1760000000 + int(0, 9999999),
        exp: 1790000000 + int(0, 9999999),
      }),
    )}.${fromSet(`${alnum}-_`, 43)}`,
  pem: () => {
    const kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]);
    const body = Array.from({ length: int(4, 9) }, () => fromSet(`${alnum}+/`, 64)).join("\n");
    return `-----BEGIN ${kind}-----\n${body}\n${fromSet(alnum, int(8, 40))}==\n-----END ${kind}-----`;
  },
};
export function token(): string {
  const kind = pick([
    "github",
    "githubFine",
    "slack",
    "stripe",
    "gitlab",
    "openai",
    "anthropicStyle",
    "sendgrid",
    "npm",
  ] as const);
  return secrets[kind]();
}
const passwordWords = [
  "Kastanie",
  "marmalade",
  "Tigerlily",
  "bluebird",
  "Otoño",
  "Zwiebel",
  "lighthouse",
  "Pomodoro",
  "fjord",
  "Kiwi",
  "Saturn",
];
export function humanPassword(): string {
  return pick([
    () => `${pick(passwordWords)}${int(1, 2025)}${pick(["!", "?", "#", "$", "*", ""])}`,
    () => `${pick(passwordWords)}.${pick(passwordWords).toLowerCase()}.${int(10, 99)}`,
    () => `${pick(wordNames)}${pick(["@", "_", "&"])}${int(1970, 2024)}`,
    () => `${pick(passwordWords).replace(/a/g, "4").replace(/o/g, "0")}${int(10, 999)}!`,
  ])();
}
export function generatedPassword(): string {
  return fromSet(`${alnum}!#$%&*+-=?@^_~`, int(14, 24));
}
export const password = () => (chance(0.55) ? humanPassword() : generatedPassword());
export const hex = (n: number) => fromSet("0123456789abcdef", n);
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
export { alnum, digits, fromSet, upper };
