import {
  type Faker,
  fakerCS_CZ,
  fakerDA,
  fakerDE_AT,
  fakerDE_CH,
  fakerEN_AU,
  fakerEN_CA,
  fakerEN_IE,
  fakerEN_ZA,
  fakerES_MX,
  fakerFI,
  fakerFR_BE,
  fakerFR_CA,
  fakerNB_NO,
  fakerNL_BE,
  fakerPT_PT,
  fakerRO,
} from "@faker-js/faker";
import { isValidPhoneNumber } from "libphonenumber-js/max";

/**
 * Value generators for the second held-out part, written from scratch and
 * apart from both the detectors and the first corpus's generators: another
 * random source, names from other locales, other secret formats, other
 * countries' documents and other number layouts. Identifiers follow their
 * issuing rules (check digits computed here); phone numbers are kept only
 * when the numbering plan accepts them.
 */

let state = 1;

/** mulberry32: small, seedable, and not faker's generator, so the two corpora draw apart. */
export function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let x = state;
  x = Math.imul(x ^ (x >>> 15), x | 1);
  x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
}

const locales: readonly Faker[] = [
  fakerEN_AU,
  fakerEN_CA,
  fakerEN_IE,
  fakerEN_ZA,
  fakerDE_AT,
  fakerDE_CH,
  fakerFR_BE,
  fakerFR_CA,
  fakerES_MX,
  fakerPT_PT,
  fakerNL_BE,
  fakerDA,
  fakerNB_NO,
  fakerFI,
  fakerCS_CZ,
  fakerRO,
];

export function seed(value: number): void {
  state = value >>> 0;
  locales.forEach((locale, index) => {
    locale.seed(value + index * 101);
  });
}

export function one<T>(values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

export function maybe(p: number): boolean {
  return random() < p;
}

export function between(min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function numerals(count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += String(between(0, 9));
  return out;
}

export function capitals(count: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"): string {
  let out = "";
  for (let i = 0; i < count; i++) out += alphabet.charAt(between(0, alphabet.length - 1));
  return out;
}

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export function token(count: number, alphabet = alnum): string {
  return capitals(count, alphabet);
}

const hexDigits = "0123456789abcdef";
export function hex(count: number): string {
  return capitals(count, hexDigits);
}

// ---------------------------------------------------------------- people

function locale(): Faker {
  return one(locales);
}

export function given(): string {
  return locale().person.firstName(maybe(0.5) ? "female" : "male");
}

export function family(): string {
  return locale().person.lastName();
}

/** A full name, sometimes with a middle initial or a double-barrelled family name. */
export function personName(): string {
  const first = given();
  const roll = random();
  if (roll < 0.12) return `${first} ${capitals(1)}. ${family()}`;
  if (roll < 0.2) return `${first} ${family()}-${family()}`;
  return `${first} ${family()}`;
}

export function handle(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, one([".", "-", "_"]))
    .replace(/^[._-]|[._-]$/g, "");
}

export function mailbox(name = personName()): string {
  const local = handle(name);
  const domain = one([
    "icloud.com",
    "hotmail.co.uk",
    "gmx.de",
    "free.fr",
    "telefonica.es",
    "fastmail.com",
    "posteo.de",
    "northwind-traders.com",
    "contoso.eu",
    "mail.ca",
  ]);
  return one([
    `${local}@${domain}`,
    `${local}+${one(["hr", "work", "news"])}@${domain}`,
    `${local}${between(70, 99)}@${domain}`,
  ]);
}

// ---------------------------------------------------------------- addresses

export type Country = "US" | "GB" | "DE" | "FR" | "ES";

const usStates = ["CA", "NY", "TX", "WA", "IL", "MA", "CO", "GA", "OR", "NC", "MN", "AZ"];
const usStreetKinds = ["St.", "Ave.", "Blvd", "Rd", "Lane", "Drive", "Court", "Pkwy"];
const usCities = [
  "Oakland",
  "Brooklyn",
  "Austin",
  "Tacoma",
  "Evanston",
  "Cambridge",
  "Boulder",
  "Decatur",
  "Eugene",
  "Durham",
  "Duluth",
  "Tempe",
];
const ukStreetKinds = ["Road", "Close", "Crescent", "Gardens", "Mews", "Terrace", "Grove", "Way"];
const ukTowns = [
  "Leeds",
  "Bristol",
  "Croydon",
  "Brighton",
  "Reading",
  "Norwich",
  "Cardiff",
  "Glasgow",
  "York",
  "Sheffield",
];
const deStreets = [
  "Lindenallee",
  "Schillerstr.",
  "Goethestraße",
  "Am Stadtpark",
  "Bahnhofstr.",
  "Kastanienweg",
  "Friedrichring",
  "Mühlgasse",
  "Hauptstraße",
];
const deCities = [
  "Köln",
  "Leipzig",
  "Freiburg im Breisgau",
  "Mainz",
  "Bremen",
  "Nürnberg",
  "Dresden",
  "Kiel",
];
const frStreets = [
  "rue des Tanneurs",
  "avenue Foch",
  "quai de la Loire",
  "rue Nationale",
  "boulevard Voltaire",
  "chemin des Vignes",
  "place Bellecour",
  "rue du Moulin",
];
const frCities = ["Lyon", "Nantes", "Lille", "Rennes", "Grenoble", "Toulouse", "Montpellier", "Strasbourg"];
const esStreets = [
  "Calle de Serrano",
  "Avenida de América",
  "Calle Mayor",
  "Paseo de Gracia",
  "Calle del Carmen",
  "Avenida Diagonal",
  "Calle Larios",
  "Plaza de España",
];
const esCities = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza", "Granada"];

/** A postal address in the country's own layout; `lines` writes it on several lines. */
export function address(country: Country = one(["US", "GB", "DE", "FR", "ES"]), lines = false): string {
  const sep = lines ? "\n" : ", ";
  switch (country) {
    case "US": {
      const unit = maybe(0.3)
        ? ` ${one(["Apt.", "Ste", "Unit", "Fl"])} ${between(2, 30)}${one(["", "A", "F"])}`
        : "";
      const zip = maybe(0.3) ? `${numerals(5)}-${numerals(4)}` : numerals(5);
      return `${between(10, 24999)} ${family()} ${one(usStreetKinds)}${unit}${sep}${one(usCities)}, ${one(usStates)} ${zip}`;
    }
    case "GB": {
      const flat = maybe(0.3) ? `Flat ${between(1, 24)}${sep}` : "";
      const postcode = `${one(["M", "LS", "BS", "SE", "NW", "EH", "G", "CF", "RG", "N"])}${between(1, 28)} ${between(1, 9)}${capitals(2, "ABDEFGHJLNPQRSTUWXYZ")}`;
      return `${flat}${between(1, 180)} ${family()} ${one(ukStreetKinds)}${sep}${one(ukTowns)}${sep}${postcode}`;
    }
    case "DE": {
      const plz = `${between(1, 9)}${numerals(4)}`;
      return `${one(deStreets)} ${between(1, 140)}${maybe(0.1) ? "b" : ""}${sep}${maybe(0.2) ? "D-" : ""}${plz} ${one(deCities)}`;
    }
    case "FR": {
      const cp = `${String(between(1, 95)).padStart(2, "0")}${numerals(3)}`;
      const extra = maybe(0.15) ? `${sep}Bâtiment ${capitals(1)}` : "";
      return `${between(1, 160)}${maybe(0.1) ? " ter" : ""} ${one(frStreets)}${extra}${sep}${cp} ${one(frCities)}${maybe(0.1) ? " Cedex" : ""}`;
    }
    case "ES": {
      const floor = maybe(0.5) ? ` ${between(1, 8)}º ${one(["1ª", "2ª", "A", "B", "izda.", "dcha."])}` : "";
      const street = maybe(0.3) ? `C/ ${one(["Alcalá", "Toledo", "Princesa", "Colón"])}` : one(esStreets);
      return `${street} ${between(1, 220)}${floor}${sep}${String(between(1, 52)).padStart(2, "0")}${numerals(3)} ${one(esCities)}`;
    }
  }
}

// ---------------------------------------------------------------- documents

/** Passport numbers of a wider set of issuers than the organisation's regions. */
export function passport(): { issuer: string; number: string } {
  const makers: [string, () => string][] = [
    ["United States", () => (maybe(0.5) ? numerals(9) : `${capitals(1)}${numerals(8)}`)],
    ["United Kingdom", () => numerals(9)],
    ["Germany", () => `C${capitals(8, "CFGHJKLMNPRTVWXYZ0123456789")}`],
    ["France", () => `${numerals(2)}${capitals(2)}${numerals(5)}`],
    ["Spain", () => `${capitals(3)}${numerals(6)}`],
    ["Italy", () => `${capitals(2)}${numerals(7)}`],
    [
      "Netherlands",
      () =>
        `${capitals(2, "ABCDEFGHIJKLMNPRSTUVWXYZ")}${capitals(6, "ABCDEFGHIJKLMNPRSTUVWXYZ0123456789")}${numerals(1)}`,
    ],
    ["Canada", () => `${capitals(2)}${numerals(6)}`],
    ["Australia", () => `${capitals(1)}${numerals(7)}`],
    ["Ireland", () => `${capitals(2)}${numerals(7)}`],
    ["India", () => `${capitals(1)}${numerals(7)}`],
  ];
  const [issuer, make] = one(makers);
  return { issuer, number: make() };
}

export function socialSecurity(sep = one(["-", " ", ""])): string {
  const area = one([between(1, 665), between(667, 899)]);
  return [
    String(area).padStart(3, "0"),
    String(between(1, 99)).padStart(2, "0"),
    String(between(1, 9999)).padStart(4, "0"),
  ].join(sep);
}

export function insuranceNumber(): string {
  const first = one([..."ABCEGHJKLMNOPRSTWXYZ"]);
  const second = one([..."ABCEGHJKLMNPRSTWXYZ"]);
  const body = numerals(6);
  const suffix = one(["A", "B", "C", "D"]);
  return maybe(0.5)
    ? `${first}${second} ${body.slice(0, 2)} ${body.slice(2, 4)} ${body.slice(4)} ${suffix}`
    : `${first}${second}${body}${suffix}`;
}

/** German tax id: eleven digits, one digit twice in the first ten, ISO 7064 MOD 11,10 check. */
export function steuerId(): string {
  for (;;) {
    const first = String(between(1, 9));
    const rest = numerals(9);
    const ten = first + rest;
    const counts = new Map<string, number>();
    for (const d of ten) counts.set(d, (counts.get(d) ?? 0) + 1);
    const repeated = [...counts.values()].filter((c) => c > 1);
    if (repeated.length !== 1 || (repeated[0] ?? 0) > 3) continue;
    let product = 10;
    for (const d of ten) {
      let sum = (Number(d) + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    const check = (11 - product) % 10;
    return `${ten}${check}`;
  }
}

/** French NIR: sex, year, month, department, commune, order, then 97 - n mod 97. */
export function nir(): string {
  const body = `${between(1, 2)}${numerals(2)}${String(between(1, 12)).padStart(2, "0")}${String(between(1, 95)).padStart(2, "0")}${String(between(1, 990)).padStart(3, "0")}${String(between(1, 999)).padStart(3, "0")}`;
  const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, "0");
  return maybe(0.4)
    ? `${body.slice(0, 1)} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`
    : `${body}${key}`;
}

export function dni(): string {
  const n = between(1_000_000, 99_999_999);
  return `${String(n).padStart(8, "0")}${maybe(0.3) ? "-" : ""}${"TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23)}`;
}

/** Italian codice fiscale, with its odd/even check letter. */
export function codiceFiscale(): string {
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  const body = `${capitals(6, "BCDFGHLMNPRSTVZ")}${numerals(2)}${one([..."ABCDEHLMPRST"])}${String(between(1, 71)).padStart(2, "0")}${capitals(1, "ABCDEFGHILM")}${numerals(3)}`;
  let sum = 0;
  [...body].forEach((char, i) => {
    const value = /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (odd[value] ?? 0) : value;
  });
  return `${body}${String.fromCharCode(65 + (sum % 26))}`;
}

/** Canadian SIN: nine digits with the Luhn check. */
export function sin(): string {
  for (;;) {
    const body = `${between(1, 7)}${numerals(7)}`;
    for (let check = 0; check < 10; check++) {
      const value = body + check;
      if (luhn(value))
        return maybe(0.5) ? `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}` : value;
    }
  }
}

export function nationalNumber(): { label: string; value: string } {
  return one([
    () => ({ label: one(["SSN", "social security no.", "Social Security number"]), value: socialSecurity() }),
    () => ({ label: one(["NI number", "National Insurance no."]), value: insuranceNumber() }),
    () => ({ label: one(["Steuer-ID", "Steueridentifikationsnummer"]), value: steuerId() }),
    () => ({ label: one(["numéro de sécu", "n° de sécurité sociale"]), value: nir() }),
    () => ({ label: one(["DNI", "NIF"]), value: dni() }),
    () => ({ label: "codice fiscale", value: codiceFiscale() }),
    () => ({ label: one(["SIN", "social insurance number"]), value: sin() }),
  ])();
}

// ---------------------------------------------------------------- money

function luhn(value: string): boolean {
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    let d = Number(value.charAt(value.length - 1 - i));
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function withLuhn(prefix: string, length: number): string {
  const body = prefix + numerals(length - prefix.length - 1);
  for (let check = 0; check < 10; check++) if (luhn(body + check)) return body + check;
  throw new Error("unreachable");
}

/** Card numbers of other brands and layouts than before: Amex 4-6-5, Mastercard 2-series, Discover. */
export function paymentCard(): string {
  const kind = one(["amex", "mc2", "discover", "visa"]);
  if (kind === "amex") {
    const n = withLuhn(one(["34", "37"]), 15);
    return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
  }
  const n =
    kind === "mc2"
      ? withLuhn(`22${between(21, 99)}`, 16)
      : kind === "discover"
        ? withLuhn("6011", 16)
        : withLuhn("4", 16);
  return maybe(0.5) ? n : n.replace(/(\d{4})(?=\d)/g, "$1 ");
}

/** IBANs of countries the first corpus did not use, printed in groups of four or run together. */
export function internationalAccount(): string {
  const [country, length, bban] = one([
    ["IT", 27, () => `${capitals(1)}${numerals(10)}${numerals(12)}`],
    ["NL", 18, () => `${capitals(4)}${numerals(10)}`],
    ["BE", 16, () => numerals(12)],
    ["PT", 25, () => numerals(21)],
    ["AT", 20, () => numerals(16)],
    ["IE", 22, () => `${capitals(4)}${numerals(14)}`],
    ["CH", 21, () => numerals(17)],
  ] as const);
  const body = bban();
  const rearranged = `${body}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = String(98 - Number(BigInt(rearranged) % 97n)).padStart(2, "0");
  const iban = `${country}${check}${body}`;
  if (iban.length !== length) throw new Error(`IBAN length for ${country}`);
  return maybe(0.6) ? iban.replace(/(.{4})(?=.)/g, "$1 ") : iban;
}

/** ABA routing number: weights 3-7-1 over nine digits sum to a multiple of ten. */
export function routing(): string {
  const lead = String(one([1, 2, 3, 6, 7, 8].map((d) => between(0, 1) * 10 + d))).padStart(2, "0");
  const body = lead + numerals(6);
  const weights = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export function accountNumber(): string {
  return `${between(1, 9)}${numerals(between(6, 13))}`;
}

// ---------------------------------------------------------------- phones

/** A number in the country's national layout (no country code) or an international one. */
export function phoneNumber(
  country: Country = one(["US", "GB", "DE", "FR", "ES"]),
  international = maybe(0.35),
): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const written = layoutPhone(country, international);
    if (isValidPhoneNumber(written, country)) return written;
  }
  throw new Error(`no valid ${country} number`);
}

function layoutPhone(country: Country, international: boolean): string {
  switch (country) {
    case "US": {
      const area = one(["206", "312", "617", "303", "512", "404", "971", "919", "612", "480"]);
      const exchange = `${between(2, 9)}${numerals(2)}`;
      const line = numerals(4);
      if (international) return one([`+1-${area}-${exchange}-${line}`, `001 ${area} ${exchange} ${line}`]);
      return one([
        `${area}.${exchange}.${line}`,
        `1-${area}-${exchange}-${line}`,
        `${area}/${exchange}-${line}`,
      ]);
    }
    case "GB": {
      const mobile = `7${between(4, 9)}${numerals(2)}`;
      const rest = numerals(6);
      if (international) return one([`+44 (0)${mobile} ${rest}`, `0044 ${mobile} ${rest}`]);
      return one([
        `0${mobile}-${rest}`,
        `(0${mobile}) ${rest}`,
        `0113 ${numerals(3)} ${numerals(4)}`,
        `0161 ${numerals(3)} ${numerals(4)}`,
      ]);
    }
    case "DE": {
      const mobile = one(["151", "160", "170", "171", "176", "157"]);
      const rest = numerals(one([7, 8]));
      if (international)
        return one([`+49 (0)${mobile} ${rest}`, `0049 ${mobile} ${rest}`, `+49-${mobile}-${rest}`]);
      return one([
        `0${mobile}/${rest}`,
        `(0${mobile}) ${rest}`,
        `0221 ${numerals(3)} ${numerals(4)}`,
        `089/${numerals(7)}`,
      ]);
    }
    case "FR": {
      const lead = one(["6", "7", "1", "4"]);
      const pairs = [numerals(2), numerals(2), numerals(2), numerals(2)];
      if (international) return one([`+33 (0)${lead} ${pairs.join(" ")}`, `0033 ${lead}${pairs.join("")}`]);
      return one([`0${lead}.${pairs.join(".")}`, `0${lead}-${pairs.join("-")}`, `0${lead}${pairs.join("")}`]);
    }
    case "ES": {
      const lead = one(["6", "7", "91", "93"]);
      const digits = lead + numerals(9 - lead.length);
      if (international)
        return one([`0034 ${digits}`, `+34-${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`]);
      return one([
        `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`,
        `${digits.slice(0, 3)}.${digits.slice(3, 5)}.${digits.slice(5, 7)}.${digits.slice(7)}`,
      ]);
    }
  }
}

// ---------------------------------------------------------------- network

export function lanAddress(): string {
  return one([
    `192.168.${between(0, 50)}.${between(2, 250)}`,
    `10.${between(0, 255)}.${between(0, 255)}.${between(2, 250)}`,
    `172.${between(16, 31)}.${between(0, 255)}.${between(2, 250)}`,
  ]);
}

export function internetAddress(): string {
  return `${one([23, 37, 46, 62, 77, 88, 95, 109, 176, 188, 195, 213])}.${between(0, 255)}.${between(0, 255)}.${between(1, 254)}`;
}

export function ipv6Address(): string {
  const groups = Array.from({ length: 8 }, () => hex(4).replace(/^0+(?=.)/, ""));
  return maybe(0.5)
    ? `2a02:${groups.slice(1, 4).join(":")}::${groups[7]}`
    : `2001:db8:${groups.slice(2).join(":")}`;
}

// ---------------------------------------------------------------- secrets

const words = [
  "maple",
  "copper",
  "harbor",
  "violet",
  "falcon",
  "quartz",
  "meadow",
  "ember",
  "tundra",
  "saffron",
  "pixel",
  "cobalt",
  "juniper",
  "lantern",
];

/** Passwords as people choose them: words and digits, symbols, passphrases, random strings. */
export function passphrase(): string {
  return one([
    () => `${cap(one(words))}${one(["!", "#", "$", "%", "&", "*"])}${between(10, 9999)}`,
    () => `${one(words)}-${one(words)}-${one(words)}-${between(1, 99)}`,
    () => token(between(12, 20), `${alnum}!@#%^*_-+=`),
    () => `${cap(one(words))}${cap(one(words))}${between(1990, 2026)}${one(["?", "!", "."])}`,
    () => `${token(4)}${one(["$", "&"])}${token(6)}${numerals(2)}`,
  ])();
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Passwords that survive a shell or a URL without quoting. */
export function plainPassphrase(): string {
  return passphrase().replace(/[^A-Za-z0-9_.-]/g, "");
}

export function pinCode(): string {
  return numerals(one([4, 4, 5, 6]));
}

/** Provider tokens in formats the first corpus never used. */
export function providerToken(): { label: string; value: string } {
  return one([
    () => ({ label: "GITLAB_TOKEN", value: `glpat-${token(20, `${alnum}_-`)}` }),
    () => ({ label: "GOOGLE_API_KEY", value: `AIza${token(35, `${alnum}_-`)}` }),
    () => ({ label: "OPENAI_API_KEY", value: `sk-proj-${token(48, `${alnum}_-`)}` }),
    () => ({ label: "ANTHROPIC_API_KEY", value: `sk-ant-api03-${token(86, `${alnum}_-`)}AA` }),
    () => ({ label: "SENDGRID_API_KEY", value: `SG.${token(22, `${alnum}_-`)}.${token(43, `${alnum}_-`)}` }),
    () => ({ label: "DIGITALOCEAN_TOKEN", value: `dop_v1_${hex(64)}` }),
    () => ({ label: "VAULT_TOKEN", value: `hvs.${token(24, `${alnum}_-`)}` }),
    () => ({ label: "DOCKER_PAT", value: `dckr_pat_${token(27, `${alnum}_-`)}` }),
    () => ({ label: "SHOPIFY_ACCESS_TOKEN", value: `shpat_${hex(32)}` }),
    () => ({ label: "GH_PAT", value: `github_pat_${token(22)}_${token(59)}` }),
    () => ({ label: "PYPI_TOKEN", value: `pypi-AgEIcHlwaS5vcmc${token(60, `${alnum}_-`)}` }),
    () => ({
      label: "SLACK_USER_TOKEN",
      value: `xoxp-${numerals(11)}-${numerals(11)}-${numerals(13)}-${hex(32)}`,
    }),
    () => ({ label: "TWILIO_AUTH_TOKEN", value: hex(32) }),
    () => ({ label: "DD_API_KEY", value: hex(32) }),
  ])();
}

export function npmAuthToken(): string {
  return `npm_${token(36)}`;
}

export function azureAccountKey(): string {
  return `${token(86, `${alnum}+/`)}==`;
}

export function base64Of(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

export function openSshKey(): string {
  const rows = Array.from({ length: 5 }, () => token(70, `${alnum}+/`));
  return `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA${token(46, `${alnum}+/`)}\n${rows.join("\n")}\n-----END OPENSSH PRIVATE KEY-----`;
}

// ---------------------------------------------------------------- look-alikes

/** An opaque paging token: base64 of a small JSON position, sometimes URL-safe. */
export function continuationToken(): string {
  const json = one([
    () => `{"offset":${between(20, 9000)},"limit":${one([25, 50, 100])}}`,
    () => `{"last_id":"${hex(12)}","dir":"${one(["asc", "desc"])}"}`,
    () => `{"ts":${between(1_700_000_000, 1_760_000_000)},"seq":${between(1, 999)}}`,
    () => `["${one(["created_at", "name", "updated"])}",${between(1000, 999999)}]`,
  ])();
  const b64 = base64Of(json);
  return maybe(0.5) ? b64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") : b64;
}

export function gitSha(): string {
  return hex(40);
}

export function digest(): string {
  return hex(64);
}

export function guid(): string {
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${one(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
}

export function subtitleTime(): string {
  return `${String(between(0, 1)).padStart(2, "0")}:${String(between(0, 59)).padStart(2, "0")}:${String(between(0, 59)).padStart(2, "0")},${numerals(3)}`;
}

export function javaLogTime(): string {
  return `2026-${String(between(1, 12)).padStart(2, "0")}-${String(between(1, 28)).padStart(2, "0")} ${String(between(0, 23)).padStart(2, "0")}:${String(between(0, 59)).padStart(2, "0")}:${String(between(0, 59)).padStart(2, "0")},${numerals(3)}`;
}

export function isbn13(): string {
  const body = `978${between(0, 1)}${numerals(8)}`;
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  const full = `${body}${(10 - (sum % 10)) % 10}`;
  return `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`;
}

// ---------------------------------------------------------------- vocabulary

/** Words for the topic families, chosen for this part (phrasings differ from the first corpus). */
export const words2 = {
  procedures: [
    "a root canal",
    "wisdom teeth out",
    "a knee scope",
    "my hernia repair",
    "an egg retrieval",
    "a skin graft",
    "a tonsil operation",
    "my second chemo round",
    "a cortisone injection",
    "physio for my shoulder",
    "a bone marrow biopsy",
    "an ablation",
  ],
  states: [
    "in remission",
    "24 weeks pregnant",
    "on bed rest",
    "immunocompromised",
    "recovering from a stroke",
    "in early labour",
    "postpartum",
    "in a cast",
    "on dialysis",
  ],
  tests: [
    "MRI",
    "blood panel",
    "HbA1c",
    "PSA test",
    "mammogram",
    "ECG",
    "Pap smear",
    "CT scan",
    "liver function test",
    "biopsy results",
    "sleep study",
    "allergy panel",
  ],
  specialists: [
    "dermatologist",
    "cardiologist",
    "rheumatologist",
    "gastroenterologist",
    "neurologist",
    "endocrinologist",
    "psychiatrist",
    "OB-GYN",
    "urologist",
    "orthopaedic surgeon",
    "oncologist",
    "ENT",
  ],
  abbreviations: ["ADHD", "IBS", "COPD", "PTSD", "OCD", "PCOS", "GERD", "T1D", "CFS", "UTI", "MS", "RA"],
  medicines: [
    "Ozempic",
    "Wegovy",
    "Adderall",
    "Zoloft",
    "Lexapro",
    "Xanax",
    "Humira",
    "Eliquis",
    "Synthroid",
    "Ventolin",
    "Wellbutrin",
    "Mounjaro",
    "Concerta",
    "Seroquel",
  ],
  hrDocuments: [
    "Offer Letter",
    "Payslip",
    "Performance Improvement Plan",
    "Severance Agreement",
    "Termination Letter",
    "Written Warning",
    "Disciplinary Hearing Notes",
    "Arbeitsvertrag",
    "Abmahnung",
    "Lettre de licenciement",
    "Exit Interview",
    "Salary Review",
  ],
  leave: [
    "medical leave",
    "long-term disability",
    "short-term disability",
    "parental leave",
    "bereavement leave",
    "stress leave",
    "Elternzeit",
    "maternity leave",
    "unpaid leave for surgery",
  ],
  personal: [
    "my son's school called, I'm picking him up early",
    "can't stop thinking about the fight with my husband last night",
    "we're viewing a house on Saturday, fingers crossed the bank says yes",
    "my dad's flight got cancelled, might need to leave early to pick him up",
    "babysitter cancelled again, no idea what to do about tonight",
    "happy anniversary to us, booked the restaurant for 8",
    "the landlord wants to raise the rent by 200 a month",
    "our dog ate a sock, off to the vet at lunch",
    "I think my girlfriend is going to break up with me",
    "my mum's funeral is on Thursday, I'll be off",
    "date night tonight, don't call me after 6 lol",
    "daughter got into the university she wanted!!",
    "my sister is getting divorced and staying with us for a while",
    "can you lend me 50 until payday?",
  ],
  work: [
    "did the hotfix go out? the customer keeps emailing",
    "can you approve my expense report when you get a sec",
    "staging is down again, ping me when it's back",
    "the vendor sent the revised contract, I'll forward it",
    "reminder: sprint demo is at 2, bring the numbers",
    "I'm on call this weekend, swap with me next week?",
    "client call ran over, start without me",
    "Q3 roadmap deck is in the drive",
    "merge conflict on main, who touched the migration?",
    "can you cover the standup tomorrow, I'm flying out for the customer visit",
    "the invoice went to the wrong billing address, can you resend",
    "pushed the release notes, please review",
  ],
};
