import {
  type Faker,
  fakerDE,
  fakerEN_GB,
  fakerEN_IN,
  fakerEN_US,
  fakerES,
  fakerFR,
  fakerIT,
  fakerNL,
  fakerPL,
  fakerPT_BR,
  fakerSV,
  fakerTR,
} from "@faker-js/faker";
import { isValidPhoneNumber } from "libphonenumber-js/max";

/**
 * Value generators for the evaluation corpus. Written apart from the
 * detectors: identifiers follow the issuing rules of their schemes (check
 * digits computed here), names and places come from faker's locale data, and
 * vocabulary pools are split in two so the held-out part uses words the
 * development part never shows.
 */

const nameLocales: readonly Faker[] = [
  fakerEN_US,
  fakerEN_GB,
  fakerDE,
  fakerFR,
  fakerES,
  fakerIT,
  fakerNL,
  fakerPL,
  fakerPT_BR,
  fakerSV,
  fakerTR,
  fakerEN_IN,
];

export function seedAll(seed: number): void {
  for (const locale of nameLocales) locale.seed(seed);
}

export const rng = fakerEN_US;

export function pick<T>(values: readonly T[]): T {
  return rng.helpers.arrayElement(values as T[]);
}

export function chance(p: number): boolean {
  return rng.number.float({ min: 0, max: 1 }) < p;
}

export function int(min: number, max: number): number {
  return rng.number.int({ min, max });
}

function digits(count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += String(int(0, 9));
  return out;
}

function letters(count: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"): string {
  let out = "";
  for (let i = 0; i < count; i++) out += alphabet.charAt(int(0, alphabet.length - 1));
  return out;
}

// ---------------------------------------------------------------- people

export function person(): { first: string; last: string; locale: Faker } {
  const locale = pick(nameLocales);
  const sex = chance(0.5) ? "female" : "male";
  return { first: locale.person.firstName(sex), last: locale.person.lastName(), locale };
}

export function fullName(): string {
  const p = person();
  return `${p.first} ${p.last}`;
}

export function firstName(): string {
  return person().first;
}

export function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function email(name = fullName()): string {
  const [first = "x", last = "y"] = slug(name).split("-");
  const domain = pick([
    "gmail.com",
    "outlook.com",
    "acme.io",
    "northwind.co.uk",
    "example.org",
    "web.de",
    "orange.fr",
    "yahoo.es",
    "proton.me",
  ]);
  return pick([
    `${first}.${last}@${domain}`,
    `${first.charAt(0)}${last}@${domain}`,
    `${first}${int(1, 99)}@${domain}`,
  ]);
}

// ---------------------------------------------------------------- places

export type Region = "US" | "GB" | "DE" | "FR" | "ES";

export function postalAddress(region: Region = pick(["US", "GB", "DE", "FR", "ES"])): string {
  switch (region) {
    case "US": {
      const street = `${int(1, 9899)} ${fakerEN_US.location.street()}`;
      const unit = chance(0.25)
        ? `, ${pick(["Apt", "Suite", "Unit", "#"])} ${int(1, 40)}${pick(["", "B", "C"])}`
        : "";
      return `${street}${unit}, ${fakerEN_US.location.city()}, ${fakerEN_US.location.state({ abbreviated: true })} ${fakerEN_US.location.zipCode("#####")}`;
    }
    case "GB": {
      const postcode = `${letters(pick([1, 2]))}${int(1, 20)}${chance(0.2) ? letters(1) : ""} ${int(0, 9)}${letters(2, "ABDEFGHJLNPQRSTUWXYZ")}`;
      return `${int(1, 240)} ${fakerEN_GB.location.street()}, ${fakerEN_GB.location.city()} ${postcode}`;
    }
    case "DE":
      return `${fakerDE.location.street()} ${int(1, 180)}${chance(0.15) ? "a" : ""}, ${digits(5)} ${fakerDE.location.city()}`;
    case "FR": {
      const way = pick(["rue", "avenue", "boulevard", "place", "allée", "impasse", "chemin"]);
      return `${int(1, 200)}${chance(0.1) ? " bis" : ""} ${way} ${pick(["de la République", "Victor Hugo", "des Lilas", "du Général Leclerc", "Jean Jaurès", "de Paris", "Pasteur", "des Écoles", "Gambetta", `${fakerFR.person.firstName()} ${fakerFR.person.lastName()}`])}, ${digits(5)} ${fakerFR.location.city()}`;
    }
    case "ES": {
      const way = pick(["Calle", "C/", "Avenida", "Avda.", "Plaza", "Paseo", "Camino"]);
      return `${way} ${pick(["Mayor", "de Alcalá", "Gran Vía", "del Prado", "de la Paz", "Real", "San Vicente", fakerES.person.lastName()])}, ${int(1, 150)}${chance(0.4) ? `, ${int(1, 9)}º ${pick(["A", "B", "C", "D", "izq.", "dcha."])}` : ""}, ${digits(5)} ${fakerES.location.city()}`;
    }
  }
}

export function city(): string {
  return pick([fakerEN_US, fakerEN_GB, fakerDE, fakerFR, fakerES]).location.city();
}

// ---------------------------------------------------------------- identifiers

/** US passport: 9 digits, or a letter and 8 digits for the newer books. */
export function passportNumber(): { country: string; number: string } {
  const country = pick(["US", "GB", "DE", "FR", "ES", "IT", "IN", "CA", "NL"]);
  const german = "CFGHJKLMNPRTVWXYZ";
  const number = {
    US: () => (chance(0.5) ? digits(9) : `${letters(1)}${digits(8)}`),
    GB: () => digits(9),
    DE: () => `${letters(1, german)}${letters(8, `${german}0123456789`)}`,
    FR: () => `${digits(2)}${letters(2)}${digits(5)}`,
    ES: () => `${letters(3)}${digits(6)}`,
    IT: () => `${letters(2)}${digits(7)}`,
    IN: () => `${letters(1)}${digits(7)}`,
    CA: () => `${letters(2)}${digits(6)}`,
    NL: () => `${letters(2)}${letters(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}${digits(1)}`,
  }[country];
  return { country, number: number?.() ?? digits(9) };
}

export function usSsn(separator = "-"): string {
  let area = int(1, 899);
  while (area === 666) area = int(1, 899);
  return [
    String(area).padStart(3, "0"),
    String(int(1, 99)).padStart(2, "0"),
    String(int(1, 9999)).padStart(4, "0"),
  ].join(separator);
}

export function ukNino(spaced = chance(0.5)): string {
  const first = "ABCEGHJKLMNOPRSTWXYZ";
  const second = "ABCEGHJKLMNPRSTWXYZ";
  let prefix = `${letters(1, first)}${letters(1, second)}`;
  while (["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(prefix))
    prefix = `${letters(1, first)}${letters(1, second)}`;
  const body = digits(6);
  const suffix = letters(1, "ABCD");
  return spaced
    ? `${prefix} ${body.slice(0, 2)} ${body.slice(2, 4)} ${body.slice(4)} ${suffix}`
    : `${prefix}${body}${suffix}`;
}

export function esDni(): string {
  const n = int(1_000_000, 99_999_999);
  return `${String(n).padStart(8, "0")}${"TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23)}`;
}

export function esNie(): string {
  const lead = int(0, 2);
  const n = int(0, 9_999_999);
  const control = "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Number(`${lead}${String(n).padStart(7, "0")}`) % 23);
  return `${"XYZ".charAt(lead)}${String(n).padStart(7, "0")}${control}`;
}

export function frInsee(spaced = chance(0.5)): string {
  const sex = String(int(1, 2));
  const year = digits(2);
  const month = String(int(1, 12)).padStart(2, "0");
  const department = String(int(1, 95)).padStart(2, "0").replace("20", "21");
  const commune = String(int(1, 990)).padStart(3, "0");
  const order = String(int(1, 999)).padStart(3, "0");
  const base = `${sex}${year}${month}${department}${commune}${order}`;
  const key = String(97 - Number(BigInt(base) % 97n)).padStart(2, "0");
  return spaced ? `${sex} ${year} ${month} ${department} ${commune} ${order} ${key}` : `${base}${key}`;
}

/** German tax id (Steuer-IdNr): 11 digits, ISO 7064 MOD 11,10 check digit. */
export function deTaxId(): string {
  let body = String(int(1, 9));
  while (body.length < 10) body += String(int(0, 9));
  let product = 10;
  for (const char of body) {
    let sum = (Number(char) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return `${body}${check}`;
}

/** Dutch BSN: 9 digits passing the "11 test". */
export function nlBsn(): string {
  for (;;) {
    const d = digits(8);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(d.charAt(i)) * (9 - i);
    const last = sum % 11;
    if (last < 10 && d.charAt(0) !== "0") return `${d}${last}`;
  }
}

export function nationalId(): { scheme: string; value: string } {
  return pick([
    () => ({ scheme: "SSN", value: usSsn() }),
    () => ({ scheme: "National Insurance number", value: ukNino() }),
    () => ({ scheme: "DNI", value: esDni() }),
    () => ({ scheme: "NIE", value: esNie() }),
    () => ({ scheme: "numéro de sécurité sociale", value: frInsee() }),
    () => ({ scheme: "Steuer-ID", value: deTaxId() }),
    () => ({ scheme: "BSN", value: nlBsn() }),
  ])();
}

/** ABA routing number: 9 digits, weights 3-7-1, with a Federal Reserve prefix. */
export function abaRouting(): string {
  const prefixes = [...range(1, 12), ...range(21, 32), ...range(61, 72), 80];
  for (;;) {
    const body = `${String(pick(prefixes)).padStart(2, "0")}${digits(6)}`;
    const weights = [3, 7, 1, 3, 7, 1, 3, 7];
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(body.charAt(i)) * (weights[i] ?? 0);
    const check = (10 - (sum % 10)) % 10;
    return `${body}${check}`;
  }
}

/** Nine digits whose ABA checksum fails. */
export function notAbaRouting(): string {
  for (;;) {
    const value = digits(9);
    const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(value.charAt(i)) * (w[i] ?? 0);
    if (sum % 10 !== 0) return value;
  }
}

export function bankAccount(): string {
  return digits(int(8, 12)).replace(/^0/, String(int(1, 9)));
}

export function card(): string {
  const raw = rng.finance.creditCardNumber(pick(["visa", "mastercard", "amex", "discover"]));
  return chance(0.5) ? raw : raw.replace(/-/g, " ");
}

export function iban(): string {
  const raw = rng.finance.iban({
    formatted: chance(0.5),
    countryCode: pick(["DE", "FR", "ES", "GB", "NL", "IT"]),
  });
  return raw;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// ---------------------------------------------------------------- phones

/**
 * A phone number as people write it, national format mostly. Only numbers
 * the numbering plan (libphonenumber's full metadata) calls valid are labels.
 */
export function phone(
  region: Region = pick(["US", "GB", "DE", "FR", "ES"]),
  international = chance(0.25),
): string {
  for (;;) {
    const written = writePhone(region, international);
    if (isValidPhoneNumber(written, region)) return written;
  }
}

function writePhone(region: Region, international: boolean): string {
  switch (region) {
    case "US": {
      const area = pick(["212", "415", "312", "617", "206", "512", "303", "404", "718", "646", "213", "702"]);
      const exchange = `${int(2, 9)}${digits(2)}`;
      const line = digits(4);
      if (international) return `+1 ${area} ${exchange} ${line}`;
      return pick([
        `(${area}) ${exchange}-${line}`,
        `${area}-${exchange}-${line}`,
        `${area}.${exchange}.${line}`,
      ]);
    }
    case "GB": {
      if (chance(0.6)) {
        const mobile = `7${pick(["700", "400", "500", "800", "900", "911", "588", "723"])}${digits(6)}`;
        return international
          ? `+44 ${mobile.slice(0, 4)} ${mobile.slice(4)}`
          : `0${mobile.slice(0, 4)} ${mobile.slice(4)}`;
      }
      const london = `20 ${pick(["7", "3", "8"])}${digits(3)} ${digits(4)}`;
      return international ? `+44 ${london}` : `0${london}`;
    }
    case "DE": {
      if (chance(0.5)) {
        const mobile = `1${pick(["51", "52", "60", "62", "70", "71", "72", "76", "77"])}`;
        const rest = digits(pick([7, 8]));
        return international ? `+49 ${mobile} ${rest}` : `0${mobile} ${rest}`;
      }
      const area = pick(["30", "40", "89", "221", "69", "711", "211"]);
      const rest = `${int(2, 9)}${digits(area.length === 2 ? 7 : 6)}`;
      return international
        ? `+49 ${area} ${rest}`
        : pick([`0${area} ${rest}`, `0${area}/${rest}`, `(0${area}) ${rest}`]);
    }
    case "FR": {
      const lead = pick(["1", "2", "3", "4", "5", "6", "7", "9"]);
      const pairs = [digits(2), digits(2), digits(2), digits(2)];
      if (international) return `+33 ${lead} ${pairs.join(" ")}`;
      return pick([
        `0${lead} ${pairs.join(" ")}`,
        `0${lead}.${pairs.join(".")}`,
        `0${lead}${pairs.join("")}`,
      ]);
    }
    case "ES": {
      const lead = pick(["6", "7", "91", "93", "96", "95"]);
      const rest = digits(9 - lead.length);
      const number = `${lead}${rest}`;
      const spaced = `${number.slice(0, 3)} ${number.slice(3, 6)} ${number.slice(6)}`;
      return international ? `+34 ${spaced}` : spaced;
    }
  }
}

// ---------------------------------------------------------------- network

export function privateIpv4(): string {
  return pick([
    () => `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    () => `192.168.${int(0, 255)}.${int(1, 254)}`,
    () => `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`,
  ])();
}

export function publicIpv4(): string {
  return `${pick([34, 52, 81, 89, 104, 151, 185, 203, 212, 91])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
}

export function ipv6(): string {
  return rng.internet.ipv6().replace(/(^|:)0{1,3}/g, "$1");
}

// ---------------------------------------------------------------- secrets

const memorableWords = [
  "Summer",
  "Winter",
  "Autumn",
  "Spring",
  "Dragon",
  "Monkey",
  "Sunshine",
  "Football",
  "Welcome",
  "Password",
  "Liverpool",
  "Barcelona",
  "Coffee",
  "Rainbow",
  "Tiger",
  "Falcon",
  "Purple",
  "Orange",
  "Garden",
  "Pirate",
  "Bonjour",
  "Sommer",
  "Hamburg",
  "Madrid",
];

/** Something a person would pick or be given as a password. */
export function password(): string {
  return pick([
    () => `${pick(memorableWords)}${int(1990, 2026)}${pick(["!", "#", "$", "?", ""])}`,
    () => rng.internet.password({ length: int(10, 18), memorable: false }),
    () =>
      `${pick(memorableWords).toLowerCase()}${pick(["_", "-", "."])}${pick(memorableWords).toLowerCase()}${int(1, 99)}`,
    () => `${letters(1)}${rng.string.alphanumeric(int(6, 10))}${pick(["!", "@", "%", "&", "*"])}${int(0, 9)}`,
    () => `Tmp-${rng.string.alphanumeric(8)}`,
  ])();
}

export function pin(): string {
  return digits(pick([4, 4, 6]));
}

export function awsAccessKey(): string {
  return `AKIA${letters(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}`;
}

export function awsSecretKey(): string {
  return rng.string.fromCharacters("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40);
}

export function githubToken(): string {
  return `${pick(["ghp_", "gho_", "ghs_"])}${rng.string.alphanumeric(36)}`;
}

export function npmToken(): string {
  return `npm_${rng.string.alphanumeric(36)}`;
}

export function slackToken(): string {
  return `xox${pick(["b", "p"])}-${digits(11)}-${digits(12)}-${rng.string.alphanumeric(24)}`;
}

export function stripeKey(): string {
  return `${pick(["sk_live_", "rk_live_"])}${rng.string.alphanumeric(int(24, 34))}`;
}

export function genericApiKey(): string {
  return rng.string.alphanumeric(int(28, 40));
}

function base64url(value: string): string {
  return Buffer.from(value).toString("base64url");
}

export function jwt(): string {
  const header = base64url(JSON.stringify({ alg: pick(["HS256", "RS256", "ES256"]), typ: "JWT" }));
  const payload = base64url(
    JSON.stringify({
      sub: String(int(1000, 99999)),
      iat: int(1_700_000_000, 1_790_000_000),
      scope: pick(["read", "admin", "export"]),
    }),
  );
  return `${header}.${payload}.${rng.string.fromCharacters("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 43)}`;
}

export function privateKeyPem(): string {
  const kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"]);
  const lines = Array.from({ length: int(3, 6) }, () =>
    rng.string.fromCharacters("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64),
  );
  return `-----BEGIN ${kind}-----\n${lines.join("\n")}\n-----END ${kind}-----`;
}

// ---------------------------------------------------------------- harmless look-alikes

/** A paging cursor: base64 of a small JSON position, which is not a secret. */
export function pagingCursor(): string {
  const position = pick([
    () => ({ offset: int(0, 5000), limit: pick([25, 50, 100]) }),
    () => ({ after: String(int(100000, 999999)), ts: int(1_700_000_000, 1_790_000_000) }),
    () => ({
      id: int(1, 10_000_000),
      sort: pick(["created_at", "name", "updated"]),
      dir: pick(["asc", "desc"]),
    }),
    () => ({ page: int(2, 90), q: pick(["open", "closed", "mine"]) }),
  ])();
  const encoded = Buffer.from(JSON.stringify(position)).toString(pick(["base64", "base64url"] as const));
  return encoded;
}

export function sha256(): string {
  return rng.string.hexadecimal({ length: 64, casing: "lower", prefix: "" });
}

export function commitSha(): string {
  return rng.git.commitSha();
}

export function uuid(): string {
  return rng.string.uuid();
}

export function version(): string {
  return `${int(0, 24)}.${int(0, 40)}.${int(0, 30)}`;
}

/** A log timestamp with comma milliseconds, as Python's logging and log4j write them. */
export function logTimestamp(): string {
  return `20${int(22, 26)}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")} ${String(int(0, 23)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")},${digits(3)}`;
}

export function orderNumber(): string {
  return digits(pick([8, 9, 10]));
}

// ---------------------------------------------------------------- vocabulary pools

/**
 * A vocabulary pool: split in two by a seeded shuffle, one half for the
 * development part and the other for the held-out part, so detectors tuned
 * on the development part are measured on words they were not tuned on.
 */
export class Pool {
  readonly #halves: { dev: string[]; "held-out": string[] };

  constructor(words: readonly string[], seed: number) {
    const shuffled = [...words];
    let state = seed >>> 0;
    for (let i = shuffled.length - 1; i > 0; i--) {
      state = (Math.imul(state ^ (state >>> 15), 2246822519) + 0x9e3779b9) >>> 0;
      const j = state % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
    }
    const half = Math.ceil(shuffled.length / 2);
    this.#halves = { dev: shuffled.slice(0, half), "held-out": shuffled.slice(half) };
  }

  draw(split: "dev" | "held-out"): string {
    return pick(this.#halves[split]);
  }
}

let poolSeed = 1;
const pool = (words: readonly string[]) => new Pool(words, poolSeed++ * 7919);

export const vocabulary = {
  conditionAbbreviations: pool([
    "RA",
    "MS",
    "T1D",
    "T2D",
    "GERD",
    "UTI",
    "IBS",
    "CKD",
    "AFib",
    "DVT",
    "PCOS",
    "COPD",
    "ADHD",
    "PTSD",
    "OCD",
    "MDD",
    "GAD",
    "BPD",
    "HPV",
    "IBD",
    "POTS",
    "CFS",
    "TBI",
    "ALS",
  ]),
  conditions: pool([
    "celiac disease",
    "type 1 diabetes",
    "type 2 diabetes",
    "rheumatoid arthritis",
    "multiple sclerosis",
    "Crohn's disease",
    "ulcerative colitis",
    "endometriosis",
    "lupus",
    "psoriasis",
    "epilepsy",
    "migraines",
    "sleep apnea",
    "long COVID",
    "shingles",
    "pneumonia",
    "hypothyroidism",
    "Hashimoto's",
    "atrial fibrillation",
    "a herniated disc",
    "tendonitis",
    "glaucoma",
    "gestational diabetes",
    "anemia",
    "kidney stones",
    "gallstones",
    "a torn ACL",
    "plantar fasciitis",
    "vertigo",
    "tinnitus",
    "bronchitis",
    "strep throat",
    "mono",
    "Lyme disease",
    "postpartum depression",
    "an eating disorder",
    "generalized anxiety disorder",
    "bipolar II",
    "breast cancer",
    "prostate cancer",
    "skin cancer",
    "leukemia",
    "a concussion",
    "a stress fracture",
    "diverticulitis",
    "sciatica",
    "gout",
    "high blood pressure",
    "high cholesterol",
    "a thyroid nodule",
  ]),
  procedures: pool([
    "knee arthroscopy",
    "hip replacement",
    "appendectomy",
    "hysterectomy",
    "gallbladder surgery",
    "tonsillectomy",
    "C-section",
    "ACL reconstruction",
    "angioplasty",
    "spinal fusion",
    "LASIK",
    "colonoscopy",
    "endoscopy",
    "mastectomy",
    "vasectomy",
    "cataract surgery",
    "bypass surgery",
    "wisdom tooth extraction",
    "a root canal",
    "an MRI",
    "a CT scan",
    "a biopsy",
    "a lumpectomy",
    "shoulder surgery",
    "rotator cuff repair",
    "a stent",
    "dialysis",
    "an egg retrieval",
    "an embryo transfer",
    "a skin graft",
    "carpal tunnel surgery",
    "a D&C",
    "hernia repair",
    "a bone marrow biopsy",
    "radiation",
    "chemo",
    "physical therapy",
    "an ablation",
  ]),
  states: pool([
    "in remission",
    "pregnant",
    "20 weeks along",
    "on bed rest",
    "immunocompromised",
    "on dialysis",
    "in the ICU",
    "on chemo",
    "recovering from surgery",
    "cancer-free for a year",
    "trying to conceive",
    "postpartum",
    "in a cast",
    "on crutches",
    "on antibiotics",
    "in early labour",
    "on a waitlist for a transplant",
    "in rehab",
    "off work with a slipped disc",
  ]),
  tests: pool([
    "A1C",
    "biopsy results",
    "blood panel",
    "cholesterol panel",
    "TSH levels",
    "PSA test",
    "mammogram",
    "glucose tolerance test",
    "ECG",
    "EKG",
    "sleep study",
    "allergy panel",
    "Pap smear",
    "bone density scan",
    "liver function tests",
    "CBC",
    "vitamin D levels",
    "ferritin",
    "genetic screening",
    "NIPT results",
    "ultrasound",
    "stress test",
    "colonoscopy results",
    "pathology report",
    "HbA1c",
    "PET scan",
    "echocardiogram",
  ]),
  specialists: pool([
    "cardiologist",
    "dermatologist",
    "oncologist",
    "rheumatologist",
    "endocrinologist",
    "gastroenterologist",
    "neurologist",
    "urologist",
    "OB-GYN",
    "psychiatrist",
    "allergist",
    "orthopedic surgeon",
    "ENT",
    "nephrologist",
    "pulmonologist",
    "fertility clinic",
    "hematologist",
    "physiotherapist",
    "podiatrist",
    "sleep clinic",
    "midwife",
    "therapist",
    "counsellor",
    "ophthalmologist",
  ]),
  brandMedicines: pool([
    "Eliquis",
    "Jardiance",
    "Synthroid",
    "Humira",
    "Ozempic",
    "Lipitor",
    "Zoloft",
    "Lexapro",
    "Xarelto",
    "Trulicity",
    "Dupixent",
    "Keytruda",
    "Adderall",
    "Wellbutrin",
    "Cymbalta",
    "Abilify",
    "Januvia",
    "Entresto",
    "Singulair",
    "Nexium",
    "Crestor",
    "Plavix",
    "Vyvanse",
    "Concerta",
    "Stelara",
    "Otezla",
    "Mounjaro",
    "Zepbound",
    "Paxlovid",
    "Prozac",
    "Effexor",
    "Seroquel",
    "Lamictal",
    "Topamax",
    "Imitrex",
    "Valtrex",
    "Accutane",
    "Clomid",
    "Plaquenil",
    "Enbrel",
    "Xanax",
    "Ambien",
    "Tamiflu",
    "Metformin",
    "Levothyroxine",
    "Prednisone",
    "Sertraline",
    "Gabapentin",
    "Spiriva",
    "Advair",
  ]),
  hrDocuments: pool([
    "Offer Letter",
    "Payslip",
    "Pay Stub",
    "Performance Improvement Plan",
    "PIP",
    "Termination Letter",
    "Severance Agreement",
    "Separation Agreement",
    "Written Warning",
    "Disciplinary Hearing Notes",
    "Compensation Adjustment",
    "Salary Review",
    "Promotion Packet",
    "Exit Interview Notes",
    "Reference Check",
    "Background Check Results",
    "Employment Contract",
    "Notice of Redundancy",
    "Final Warning",
    "Investigation Report",
    "Leave Request",
    "Return to Work Plan",
    "Accommodation Request",
    "Retention Bonus Letter",
    "Equity Grant Notice",
  ]),
  leaveKinds: pool([
    "short-term disability",
    "long-term disability",
    "medical leave",
    "FMLA leave",
    "maternity leave",
    "paternity leave",
    "disability leave",
    "stress leave",
    "parental leave",
    "sick leave",
    "a leave of absence",
    "bereavement leave",
    "garden leave",
  ]),
  personalLife: pool([
    "can you pick up the kids at 5? I'm stuck here",
    "love you, see you tonight",
    "date night tomorrow? I'll book the Thai place",
    "the landlord wants to raise our rent again",
    "we broke up last night, I'm a mess",
    "mum's flight lands at 6, can you get her?",
    "did you feed the cat this morning?",
    "happy anniversary babe ❤️",
    "the nursery called, they close early today",
    "I'm going to propose on Saturday, don't tell anyone",
    "my divorce papers came through today",
    "can you lend me 200 until Friday?",
    "dinner at your parents' on Sunday?",
    "the plumber is coming between 2 and 4",
    "my sister is getting married in June!!",
    "we're buying the house on Elm Road",
    "I miss you, come home early",
    "grandma passed away this morning",
    "parent-teacher meeting moved to Thursday",
    "don't forget the dog's vet appointment",
    "I'm so done with this relationship",
    "the baby kept us up all night again",
    "we got the keys to the new flat!",
    "what time is the school play?",
    "I think my boyfriend is cheating on me",
    "my son got into university!",
    "the car insurance renewal is due, can you sort it",
    "my dad still hasn't called me back",
    "tell your mum I'll call her back",
    "I can't afford the mortgage this month",
  ]),
};
