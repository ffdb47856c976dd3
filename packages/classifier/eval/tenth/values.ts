/**
 * Values of the tenth corpus, all hand-written or generated here: no data
 * package. The random source is Bob Jenkins's small fast generator (JSF32,
 * "smallprng"), its three free words filled from SplitMix32, so no earlier
 * corpus's stream is replayed. Identifiers carry their issuers' real check
 * digits (Luhn, ISO 7064 mod 97, ABA, ICAO 9303, national schemes), so a
 * detector that validates them is judged fairly.
 */

// ---------------------------------------------------------------- random source

let a = 0xf1ea5eed;
let b = 0;
let c = 0;
let d = 0;

const rotate = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

function nextWord(): number {
  const e = (a - rotate(b, 27)) >>> 0;
  a = (b ^ rotate(c, 17)) >>> 0;
  b = (c + d) >>> 0;
  c = (d + e) >>> 0;
  d = (e + a) >>> 0;
  return d;
}

/** Seeds JSF32 through SplitMix32, then discards twenty words as Jenkins advises. */
export function seed(value: number): void {
  let state = value >>> 0;
  const splitMix = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  a = 0xf1ea5eed;
  b = splitMix();
  c = splitMix();
  d = splitMix();
  for (let n = 0; n < 20; n++) nextWord();
}
seed(1);

export function float(): number {
  return nextWord() / 4294967296;
}

export function chance(p: number): boolean {
  return float() < p;
}

/** An integer from `low` to `high`, both included. */
export function int(low: number, high: number): number {
  return low + Math.floor(float() * (high - low + 1));
}

export function pick<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("pick from an empty list");
  return values[int(0, values.length - 1)] as T;
}

export function shuffle<T>(values: readonly T[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function digits(count: number): string {
  let out = "";
  for (let n = 0; n < count; n++) out += String(int(0, 9));
  return out;
}

const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function fromAlphabet(alphabet: string, count: number): string {
  let out = "";
  for (let n = 0; n < count; n++) out += alphabet.charAt(int(0, alphabet.length - 1));
  return out;
}
export const letters = (count: number) => fromAlphabet(upper, count);
export const alnums = (count: number) => fromAlphabet(alnum, count);
export const hex = (count: number) => fromAlphabet("0123456789abcdef", count);
export const pad2 = (n: number) => String(n).padStart(2, "0");

/** Digits of `s` as numbers. */
const digitList = (s: string) => [...s].map(Number);

// ---------------------------------------------------------------- people

export type Locale = "en" | "de" | "fr" | "es" | "nl" | "it" | "pt" | "pl" | "sv" | "tr" | "fi" | "cs";

const firstNames: Record<Locale, readonly string[]> = {
  en: [
    "Maggie",
    "Declan",
    "Priya",
    "Owen",
    "Harriet",
    "Callum",
    "Bethany",
    "Marcus",
    "Imogen",
    "Tyrone",
    "Shauna",
    "Gareth",
  ],
  de: [
    "Wiebke",
    "Torben",
    "Annegret",
    "Jannik",
    "Frauke",
    "Malte",
    "Svenja",
    "Henrik",
    "Ilse",
    "Kai-Uwe",
    "Mareike",
    "Till",
  ],
  fr: [
    "Ségolène",
    "Baptiste",
    "Maëlle",
    "Gaspard",
    "Apolline",
    "Quentin",
    "Solène",
    "Thibault",
    "Clémence",
    "Aurélien",
  ],
  es: ["Itziar", "Rubén", "Nerea", "Íñigo", "Begoña", "Álvaro", "Ainhoa", "Gonzalo", "Montserrat", "Sergio"],
  nl: ["Femke", "Joris", "Annelies", "Sjoerd", "Marloes", "Bram", "Ilse", "Thijs", "Lieke", "Wouter"],
  it: [
    "Chiara",
    "Lorenzo",
    "Ginevra",
    "Matteo",
    "Benedetta",
    "Tommaso",
    "Ilaria",
    "Pietro",
    "Arianna",
    "Davide",
  ],
  pt: ["Inês", "Tiago", "Leonor", "Duarte", "Beatriz", "Rui", "Mafalda", "Gonçalo", "Thaís", "Caio"],
  pl: [
    "Agnieszka",
    "Bartosz",
    "Małgorzata",
    "Krzysztof",
    "Zofia",
    "Wojciech",
    "Katarzyna",
    "Łukasz",
    "Joanna",
    "Przemysław",
  ],
  sv: ["Linnea", "Björn", "Ebba", "Gustav", "Saga", "Oskar", "Astrid", "Nils", "Majken", "Lennart"],
  tr: ["Elif", "Emre", "Zeynep", "Burak", "Ayşe", "Oğuz"],
  fi: ["Aino", "Juhani", "Siiri", "Eero", "Kaisa", "Ville"],
  cs: ["Tereza", "Ondřej", "Markéta", "Vojtěch", "Kateřina", "Jiří"],
};
const surnames: Record<Locale, readonly string[]> = {
  en: [
    "Thistlewood",
    "Okafor",
    "Pemberton",
    "Rahman",
    "Whitlock",
    "McAllister",
    "Greenhalgh",
    "Fairweather",
    "Chaudhry",
    "Lowther",
  ],
  de: [
    "Brüggemann",
    "Hinrichs",
    "Vogelsang",
    "Kettler",
    "Oberländer",
    "Dreyer",
    "Schwertfeger",
    "Lindemann",
    "Pfeiffer",
    "Wendt",
  ],
  fr: [
    "Delacroix",
    "Montagnier",
    "Lefebvre",
    "Roussel",
    "Chevallier",
    "Barbier",
    "Marchand",
    "Guérin",
    "Poulain",
    "Vasseur",
  ],
  es: [
    "Etxeberria",
    "Quintana",
    "Villalobos",
    "Arrieta",
    "Salcedo",
    "Benítez",
    "Cifuentes",
    "Olmedo",
    "Zubizarreta",
    "Peñalver",
  ],
  nl: [
    "van der Meulen",
    "Brouwer",
    "de Graaf",
    "Hoekstra",
    "Kuipers",
    "van Dijk",
    "Verhoeven",
    "Mulder",
    "Bakker",
    "Smits",
  ],
  it: [
    "Ferraresi",
    "Lombardo",
    "Cavalieri",
    "Esposito",
    "Marchetti",
    "Rinaldi",
    "Santoro",
    "Colombo",
    "Gallo",
    "Pellegrini",
  ],
  pt: [
    "Figueiredo",
    "Carvalho",
    "Magalhães",
    "Nogueira",
    "Brandão",
    "Queirós",
    "Sampaio",
    "Teixeira",
    "Moura",
    "Lacerda",
  ],
  pl: [
    "Wiśniewska",
    "Kowalczyk",
    "Zieliński",
    "Grabowska",
    "Pawlak",
    "Dąbrowski",
    "Szymańska",
    "Wróbel",
    "Jabłoński",
    "Kaczmarek",
  ],
  sv: [
    "Lindqvist",
    "Bergström",
    "Holmgren",
    "Sjöberg",
    "Åkesson",
    "Nyström",
    "Wikström",
    "Forsberg",
    "Ekdahl",
    "Hedlund",
  ],
  tr: ["Yıldırım", "Öztürk", "Kaya", "Çelik", "Aydın", "Şahin"],
  fi: ["Virtanen", "Mäkinen", "Heikkilä", "Koskinen", "Järvinen", "Laaksonen"],
  cs: ["Dvořáková", "Novotný", "Procházka", "Kučerová", "Svoboda", "Horáková"],
};
export const locales = Object.keys(firstNames) as Locale[];

export function firstName(locale: Locale = pick(locales)): string {
  return pick(firstNames[locale]);
}
export function surname(locale: Locale = pick(locales)): string {
  return pick(surnames[locale]);
}
export function fullName(locale: Locale = pick(locales)): string {
  return `${firstName(locale)} ${surname(locale)}`;
}

const ascii = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/ı/g, "i")
    .replace(/ş/g, "s")
    .replace(/ğ/g, "g")
    .replace(/ø/g, "o");

const personalDomains = [
  "gmail.com",
  "gmx.de",
  "web.de",
  "orange.fr",
  "laposte.net",
  "outlook.com",
  "yahoo.es",
  "libero.it",
  "hotmail.nl",
  "wp.pl",
  "o2.pl",
  "icloud.com",
  "sapo.pt",
  "telia.com",
  "proton.me",
];
const workDomains = [
  "lindqvist-logistik.se",
  "hallbrook.co.uk",
  "meridian-health.io",
  "kettler-bau.de",
  "atelier-roussel.fr",
  "grupo-olmedo.es",
  "vanwijk-advies.nl",
  "ferraresi-srl.it",
  "acme-corp.com",
];

/** A person's address for a name: personal or at work, in one of several shapes. */
export function emailFor(name: string, work = chance(0.5)): string {
  const parts = ascii(name)
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .split(" ")
    .filter(Boolean);
  const first = parts[0] ?? "x";
  const last = parts[parts.length - 1] ?? "y";
  const local = pick([
    `${first}.${last}`,
    `${first}${last}`,
    `${first.charAt(0)}${last}`,
    `${first}_${last}${int(1, 99)}`,
    `${last}.${first.charAt(0)}`,
    `${first}${int(70, 99)}`,
  ]);
  return `${local}@${work ? pick(workDomains) : pick(personalDomains)}`;
}

// ---------------------------------------------------------------- phones

export type Region = "US" | "GB" | "DE" | "FR" | "ES" | "NL" | "IT" | "PL" | "SE" | "PT";

/** A person's mobile or direct line, national or international, in that country's grouping. */
export function phone(
  region: Region = pick(["US", "GB", "DE", "FR", "ES", "NL", "IT", "PL", "SE", "PT"] as const),
): string {
  const intl = chance(0.45);
  switch (region) {
    case "US": {
      const area = pick(["415", "312", "617", "206", "512", "303", "646", "919"]);
      const ex = `${int(2, 9)}${digits(2)}`;
      const line = digits(4);
      return intl
        ? `+1 ${area} ${ex} ${line}`
        : pick([`(${area}) ${ex}-${line}`, `${area}-${ex}-${line}`, `${area}.${ex}.${line}`]);
    }
    case "GB": {
      const n = `7${pick(["4", "5", "7", "8", "9"])}${digits(2)} ${digits(6)}`;
      return intl ? `+44 ${n}` : `0${n}`;
    }
    case "DE": {
      const pre = pick(["151", "160", "170", "176", "157", "30", "89", "40"]);
      const rest = pre.length === 2 ? digits(8) : digits(pick([7, 8]));
      return intl ? `+49 ${pre} ${rest}` : pick([`0${pre} ${rest}`, `0${pre}/${rest}`, `0${pre}-${rest}`]);
    }
    case "FR": {
      const g = [pick(["6", "7", "1", "4"]), digits(2), digits(2), digits(2), digits(2)];
      return intl ? `+33 ${g.join(" ")}` : `0${g.join(pick([" ", ".", ""]))}`;
    }
    case "ES": {
      const n = `${pick(["6", "7", "9"])}${digits(2)} ${digits(3)} ${digits(3)}`;
      return intl ? `+34 ${n}` : n;
    }
    case "NL": {
      const n = `6 ${digits(8)}`;
      return intl ? `+31 ${n}` : `0${n.replace(" ", "-")}`;
    }
    case "IT": {
      const n = `3${int(20, 49)} ${digits(3)} ${digits(4)}`;
      return intl ? `+39 ${n}` : n;
    }
    case "PL": {
      const n = `${pick(["5", "6", "7", "8"])}${digits(2)} ${digits(3)} ${digits(3)}`;
      return intl ? `+48 ${n}` : n;
    }
    case "SE": {
      const n = `7${pick(["0", "2", "3", "6"])}-${digits(3)} ${digits(2)} ${digits(2)}`;
      return intl ? `+46 ${n.slice(0)}` : `0${n}`;
    }
    case "PT": {
      const n = `9${pick(["1", "2", "3", "6"])}${digits(1)} ${digits(3)} ${digits(3)}`;
      return intl ? `+351 ${n}` : n;
    }
  }
}

// ---------------------------------------------------------------- addresses

/** A postal address, one line or several, in the country's order. */
export function address(
  country = pick(["US", "GB", "DE", "FR", "ES", "NL", "IT", "PL", "SE", "PT"] as const),
  multiline = false,
): string {
  const sep = multiline ? "\n" : ", ";
  switch (country) {
    case "US":
      return `${int(12, 9800)} ${pick(["Juniper Hollow Rd", "W Addison St", "Larkspur Lane", "NE 47th Ave", "Cedar Bluff Dr"])}${chance(0.3) ? ` Apt ${int(2, 40)}${pick(["B", "", "C"])}` : ""}${sep}${pick(["Portland, OR 97213", "Austin, TX 78704", "Evanston, IL 60201", "Raleigh, NC 27605", "Boulder, CO 80302"])}`;
    case "GB":
      return `${int(1, 180)} ${pick(["Cromwell Terrace", "Hollybush Lane", "St Giles Road", "Marlowe Close", "Tenter Street"])}${sep}${pick(["Leeds LS6 2QT", "Bristol BS7 8NH", "Norwich NR2 3DL", "Glasgow G12 8QQ", "London E8 3RL"])}`;
    case "DE":
      return `${pick(["Kastanienallee", "Am Mühlenteich", "Hegelstraße", "Lützowplatz", "Bremer Weg", "Schlüterstr."])} ${int(1, 140)}${pick(["", "a", "b", ""])}${sep}${pick(["10435 Berlin", "28203 Bremen", "80469 München", "50667 Köln", "04109 Leipzig", "69117 Heidelberg"])}`;
    case "FR":
      return `${int(1, 88)}${pick(["", " bis", ""])} ${pick(["rue des Tanneurs", "avenue Jean-Jaurès", "impasse du Moulin", "boulevard Voltaire", "chemin des Vignes"])}${sep}${pick(["69007 Lyon", "31000 Toulouse", "44000 Nantes", "75011 Paris", "13006 Marseille"])}`;
    case "ES":
      return `${pick(["C/ de Pelai", "Calle del Olivo", "Avda. de la Constitución", "Plaza Mayor", "Carrer de Verdi"])} ${int(1, 120)}, ${int(1, 7)}º ${pick(["A", "B", "izq.", "dcha."])}${sep}${pick(["08012 Barcelona", "28014 Madrid", "41003 Sevilla", "46001 València", "48001 Bilbao"])}`;
    case "NL":
      return `${pick(["Lindengracht", "Oudegracht", "Biltstraat", "Spuistraat", "Van Woustraat"])} ${int(1, 300)}${pick(["", "-II", "A", ""])}${sep}${int(1011, 9999)} ${letters(2).replace(/[AEIOU]/g, "K")} ${pick(["Amsterdam", "Utrecht", "Groningen", "Haarlem"])}`;
    case "IT":
      return `${pick(["Via dei Serragli", "Corso Buenos Aires", "Viale Gramsci", "Via Po", "Piazza Santo Spirito"])} ${int(1, 200)}${sep}${pick(["50124 Firenze FI", "20124 Milano MI", "10124 Torino TO", "40126 Bologna BO"])}`;
    case "PL":
      return `ul. ${pick(["Mokotowska", "Długa", "Piotrkowska", "Świętojańska", "Zielona"])} ${int(1, 90)}${chance(0.5) ? `/${int(1, 40)}` : ""}${sep}${pick(["00-640 Warszawa", "90-102 Łódź", "81-385 Gdynia", "31-042 Kraków"])}`;
    case "SE":
      return `${pick(["Götgatan", "Linnégatan", "Storgatan", "Västra Hamngatan"])} ${int(1, 90)}${sep}${pick(["118 26 Stockholm", "413 04 Göteborg", "211 22 Malmö", "753 20 Uppsala"])}`;
    case "PT":
      return `${pick(["Rua da Rosa", "Avenida da Boavista", "Travessa do Carmo", "Rua de Cedofeita"])}, ${int(1, 300)}, ${int(1, 5)}º ${pick(["Esq.", "Dto.", "A"])}${sep}${pick(["1200-384 Lisboa", "4050-163 Porto", "3000-120 Coimbra"])}`;
  }
}

// ---------------------------------------------------------------- check digits

export function luhnDigit(body: string): number {
  let sum = 0;
  const ds = digitList(body).reverse();
  ds.forEach((digit, i) => {
    let x = digit;
    if (i % 2 === 0) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  });
  return (10 - (sum % 10)) % 10;
}

/** The remainder mod 97 of a long decimal string. */
function mod97(numeric: string): number {
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}
const lettersToDigits = (s: string) =>
  [...s.toUpperCase()].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join("");

// ---------------------------------------------------------------- financial

/** A card number with a valid Luhn digit: Visa, Mastercard (51–55 and 2221–2720) or Amex, grouped as printed. */
export function card(
  brand = pick(["visa", "mc", "mc2", "amex"] as const),
  grouping = pick([" ", "-", "", " "]),
): string {
  if (brand === "amex") {
    const body = `${pick(["34", "37"])}${digits(12)}`;
    const full = `${body}${luhnDigit(body)}`;
    return [full.slice(0, 4), full.slice(4, 10), full.slice(10)].join(grouping);
  }
  const prefix = brand === "visa" ? "4" : brand === "mc" ? `5${int(1, 5)}` : String(int(2221, 2720));
  const body = `${prefix}${digits(15 - prefix.length)}`;
  const full = `${body}${luhnDigit(body)}`;
  return (full.match(/.{4}/g) ?? []).join(grouping);
}

/** Replaces the first two characters after the country with real ISO 13616 check digits. */
function ibanWith(country: string, bban: string): string {
  const check = 98 - mod97(lettersToDigits(`${bban}${country}00`));
  return `${country}${pad2(check)}${bban}`;
}

function ribKey(bank: string, branch: string, account: string): string {
  const acc = account.replace(/[A-Z]/g, (ch) => String(((ch.charCodeAt(0) - 64 - 1) % 9) + 1));
  const sum = 89 * Number(bank) + 15 * Number(branch) + 3 * Number(acc);
  return pad2(97 - (sum % 97));
}

function spanishControl(bank: string, branch: string, account: string): string {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (ten: string) => {
    const sum = digitList(ten).reduce((s, digit, i) => s + digit * (weights[i] ?? 0), 0);
    const r = 11 - (sum % 11);
    return r === 11 ? 0 : r === 10 ? 1 : r;
  };
  return `${dc(`00${bank}${branch}`)}${dc(account)}`;
}

function italianCin(abi: string, cab: string, account: string): string {
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  const s = `${abi}${cab}${account}`;
  let sum = 0;
  [...s].forEach((ch, i) => {
    const k = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (odd[k] ?? 0) : k;
  });
  return upper.charAt(sum % 26);
}

export type IbanCountry = "DE" | "FR" | "ES" | "NL" | "IT" | "GB" | "PL" | "BE" | "PT" | "AT" | "SE";

/** An IBAN with valid ISO check digits and, where the country has one, a valid national check. */
export function iban(
  country: IbanCountry = pick(["DE", "FR", "ES", "NL", "IT", "GB", "PL", "BE", "PT", "AT", "SE"] as const),
  grouped = chance(0.6),
): string {
  let raw: string;
  switch (country) {
    case "DE":
      raw = ibanWith(
        "DE",
        `${pick(["10070000", "20050550", "43060967", "50010517", "70150000"])}${digits(10)}`,
      );
      break;
    case "FR": {
      const bank = pick(["30004", "20041", "10278", "30003"]);
      const branch = digits(5);
      const account = digits(11);
      raw = ibanWith("FR", `${bank}${branch}${account}${ribKey(bank, branch, account)}`);
      break;
    }
    case "ES": {
      const bank = pick(["2100", "0049", "0182", "2085"]);
      const branch = digits(4);
      const account = digits(10);
      raw = ibanWith("ES", `${bank}${branch}${spanishControl(bank, branch, account)}${account}`);
      break;
    }
    case "NL":
      raw = ibanWith("NL", `${pick(["INGB", "ABNA", "RABO", "TRIO", "SNSB"])}0${digits(9)}`);
      break;
    case "IT": {
      const abi = pick(["03069", "02008", "05034"]);
      const cab = digits(5);
      const account = digits(12);
      raw = ibanWith("IT", `${italianCin(abi, cab, account)}${abi}${cab}${account}`);
      break;
    }
    case "GB":
      raw = ibanWith("GB", `${pick(["NWBK", "BARC", "LOYD", "MIDL"])}${digits(6)}${digits(8)}`);
      break;
    case "PL":
      raw = ibanWith("PL", `${pick(["10205", "11402", "10901"])}${digits(3)}${digits(16)}`);
      break;
    case "BE": {
      const first = `${pick(["001", "068", "363", "735"])}${digits(7)}`;
      const r = Number(first) % 97;
      raw = ibanWith("BE", `${first}${pad2(r === 0 ? 97 : r)}`);
      break;
    }
    case "PT": {
      const body = `${pick(["0035", "0033", "0007"])}${digits(4)}${digits(11)}`;
      raw = ibanWith("PT", `${body}${pad2(98 - mod97(`${body}00`))}`);
      break;
    }
    case "AT":
      raw = ibanWith("AT", `${pick(["12000", "20111", "14000"])}${digits(11)}`);
      break;
    case "SE":
      raw = ibanWith("SE", `${pick(["500", "800", "600"])}${digits(17)}`);
      break;
  }
  return grouped ? (raw.match(/.{1,4}/g) ?? []).join(" ") : raw;
}

/** An ABA routing number: a real Federal Reserve prefix and the 3-7-1 check digit. */
export function routingNumber(): string {
  const prefix = pad2(pick([int(1, 12), int(21, 32), int(61, 72)]));
  const body = `${prefix}${digits(6)}`;
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = digitList(body).reduce((s, digit, i) => s + digit * (w[i] ?? 0), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export function usAccount(): string {
  return digits(int(9, 12));
}
export function ukSortCode(): string {
  return `${int(10, 99)}-${digits(2)}-${digits(2)}`;
}

// ---------------------------------------------------------------- national identifiers

export function ssn(): string {
  let area = int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, "0")}-${pad2(int(1, 99))}-${String(int(1, 9999)).padStart(4, "0")}`;
}

export function nino(): string {
  const first = pick([..."ABCEGHJKLMNOPRSTWXYZ"]);
  const second = pick([..."ABCEGHJKLMNPRSTWXYZ"]);
  const n = digits(6);
  const spaced = chance(0.5);
  const body = spaced
    ? `${first}${second} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} `
    : `${first}${second}${n}`;
  return `${body}${pick(["A", "B", "C", "D"])}`;
}

/** German Steuer-ID: ten digits, one repeated, first not 0; check digit by ISO 7064 MOD 11,10. */
export function steuerId(): string {
  const pool = shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const ten = pool.slice(0, 9);
  ten.push(ten[int(0, 8)] as number);
  let ds = shuffle(ten);
  if (ds[0] === 0) ds = [...ds.slice(1), 0];
  let product = 10;
  for (const digit of ds) {
    let sum = (digit + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  const s = `${ds.join("")}${check}`;
  return chance(0.4) ? `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8)}` : s;
}

/** French NIR: sex, year, month, department, commune, order, and the key 97 − n mod 97. */
export function nir(): string {
  const body = `${pick(["1", "2"])}${pad2(int(60, 99))}${pad2(int(1, 12))}${pick(["69", "75", "13", "31", "44", "59"])}${String(int(1, 400)).padStart(3, "0")}${String(int(1, 999)).padStart(3, "0")}`;
  const key = pad2(97 - (Number(body) % 97));
  return chance(0.5)
    ? `${body.slice(0, 1)} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`
    : `${body}${key}`;
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";
export function dni(): string {
  const n = int(10000000, 79999999);
  return `${n}${chance(0.3) ? "-" : ""}${dniLetters.charAt(n % 23)}`;
}
export function nie(): string {
  const lead = int(0, 2);
  const n = digits(7);
  return `${"XYZ".charAt(lead)}${n}${dniLetters.charAt(Number(`${lead}${n}`) % 23)}`;
}

/** Dutch BSN: nine digits passing the eleven test. */
export function bsn(): string {
  for (;;) {
    const eight = `${int(1, 6)}${digits(7)}`;
    const sum = digitList(eight).reduce((s, digit, i) => s + digit * (9 - i), 0);
    const last = sum % 11;
    if (last <= 9) return `${eight}${last}`;
  }
}

/** Polish PESEL with its birth date and weighted check digit. */
export function pesel(): string {
  const year = int(55, 99);
  const body = `${pad2(year)}${pad2(int(1, 12))}${pad2(int(1, 28))}${digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = digitList(body).reduce((s, digit, i) => s + digit * (w[i] ?? 0), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** Swedish personnummer: YYMMDD-NNNC with a Luhn check over the ten digits. */
export function personnummer(): string {
  const body = `${pad2(int(50, 99))}${pad2(int(1, 12))}${pad2(int(1, 28))}${digits(3)}`;
  const check = luhnDigit(body);
  return chance(0.5) ? `${body.slice(0, 6)}-${body.slice(6)}${check}` : `19${body}${check}`;
}

/** Portuguese NIF: nine digits, mod 11 with weights 9…2. */
export function nif(): string {
  const body = `${pick(["1", "2"])}${digits(7)}`;
  const sum = digitList(body).reduce((s, digit, i) => s + digit * (9 - i), 0);
  const r = 11 - (sum % 11);
  return `${body}${r >= 10 ? 0 : r}`;
}

/** Brazilian CPF with both mod 11 check digits, formatted or not. */
export function cpf(): string {
  const ds = digitList(digits(9));
  const next = (list: number[]) => {
    const sum = list.reduce((s, digit, i) => s + digit * (list.length + 1 - i), 0);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  ds.push(next(ds));
  ds.push(next(ds));
  const s = ds.join("");
  return chance(0.6) ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s;
}

/** Belgian national register number: birth date, order, 97 − n mod 97 (with the 2 prefix after 2000). */
export function belgianNn(): string {
  const year = int(50, 99);
  const body = `${pad2(year)}${pad2(int(1, 12))}${pad2(int(1, 28))}${String(int(1, 997)).padStart(3, "0")}`;
  const check = pad2(97 - (Number(body) % 97));
  return `${body.slice(0, 2)}.${body.slice(2, 4)}.${body.slice(4, 6)}-${body.slice(6)}.${check}`;
}

/** Italian codice fiscale with its check letter. */
export function codiceFiscale(): string {
  const odd: Record<string, number> = {};
  const oddValues = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
  ];
  [..."0123456789"].forEach((ch, i) => {
    odd[ch] = oddValues[i] ?? 0;
  });
  [...upper].forEach((ch, i) => {
    odd[ch] = oddValues[i] ?? 0;
  });
  const consonants = "BCDFGHLMNPRSTVZ";
  const body = `${fromAlphabet(consonants, 3)}${fromAlphabet(consonants, 3)}${pad2(int(55, 99))}${pick([..."ABCDEHLMPRST"])}${pad2(int(1, 28) + (chance(0.5) ? 40 : 0))}${pick(["H501", "F205", "L219", "D612", "A944"])}`;
  let sum = 0;
  [...body].forEach((ch, i) => {
    const even = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (odd[ch] ?? 0) : even;
  });
  return `${body}${upper.charAt(sum % 26)}`;
}

// ---------------------------------------------------------------- passports and machine-readable zones

const mrzValue = (ch: string) => (ch === "<" ? 0 : /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);
export function mrzCheck(s: string): number {
  const w = [7, 3, 1];
  return [...s].reduce((sum, ch, i) => sum + mrzValue(ch) * (w[i % 3] ?? 0), 0) % 10;
}

export interface Passport {
  number: string;
  country: "D" | "GBR" | "FRA" | "ESP" | "USA" | "NLD" | "POL" | "ITA";
}
export function passport(
  country: Passport["country"] = pick(["D", "GBR", "FRA", "ESP", "USA", "NLD", "POL", "ITA"] as const),
): Passport {
  switch (country) {
    case "D":
      return {
        country,
        number: `C${fromAlphabet("CFGHJKLMNPRTVWXYZ", 2)}${fromAlphabet("CFGHJKLMNPRTVWXYZ0123456789", 6)}`,
      };
    case "GBR":
    case "USA":
      return { country, number: `${int(1, 9)}${digits(8)}` };
    case "FRA":
      return { country, number: `${pad2(int(10, 24))}${letters(2)}${digits(5)}` };
    case "ESP":
      return { country, number: `${letters(3)}${digits(6)}` };
    case "NLD":
      return {
        country,
        number: `${fromAlphabet("NPRTVWXYZ", 2)}${fromAlphabet("CFGHJKLMNPRTVWXYZ0123456789", 6)}${int(1, 9)}`,
      };
    case "POL":
      return { country, number: `${letters(2)}${digits(7)}` };
    case "ITA":
      return { country, number: `${letters(2)}${digits(7)}` };
  }
}

/** The two lines of a TD3 passport's machine-readable zone, check digits included. */
export function passportMrz(
  p: Passport,
  surnameText: string,
  givenText: string,
): { line1: string; line2: string } {
  const code = p.country === "D" ? "D<<" : p.country;
  const clean = (s: string) =>
    ascii(s)
      .toUpperCase()
      .replace(/[^A-Z]+/g, "<");
  const line1 = `P<${code}${clean(surnameText)}<<${clean(givenText)}`.padEnd(44, "<").slice(0, 44);
  const num = p.number.padEnd(9, "<").slice(0, 9);
  const birth = `${pad2(int(60, 99))}${pad2(int(1, 12))}${pad2(int(1, 28))}`;
  const expiry = `${pad2(int(27, 35))}${pad2(int(1, 12))}${pad2(int(1, 28))}`;
  const optional = "<".repeat(14);
  const parts = `${num}${mrzCheck(num)}${code}${birth}${mrzCheck(birth)}${pick(["M", "F"])}${expiry}${mrzCheck(expiry)}${optional}${mrzCheck(optional)}`;
  const composite = `${num}${mrzCheck(num)}${birth}${mrzCheck(birth)}${expiry}${mrzCheck(expiry)}${optional}${mrzCheck(optional)}`;
  return { line1, line2: `${parts}${mrzCheck(composite)}` };
}

// ---------------------------------------------------------------- secrets (all made up)

const base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const base64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function awsKeyPair(): { id: string; secret: string } {
  return {
    id: `AKIA${fromAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`,
    secret: fromAlphabet(base64Chars, 40),
  };
}
export const githubToken = () => `${pick(["ghp_", "gho_", "github_pat_11"])}${alnums(pick([36, 40]))}`;
export const stripeLive = () => `${pick(["sk_live_", "rk_live_"])}${alnums(pick([24, 34]))}`;
export const slackToken = () => `xox${pick(["b", "p"])}-${digits(11)}-${digits(12)}-${alnums(24)}`;
export const openAiKey = () => `sk-proj-${fromAlphabet(base64Url, 48)}`;
export const gitlabToken = () => `glpat-${fromAlphabet(base64Url, 20)}`;
export const googleApiKey = () => `AIza${fromAlphabet(base64Url, 35)}`;
export const sendgridKey = () => `SG.${fromAlphabet(base64Url, 22)}.${fromAlphabet(base64Url, 43)}`;
export const npmToken = () => `npm_${alnums(36)}`;

export function jwt(): string {
  const enc = (s: string) => Buffer.from(s).toString("base64url");
  const header = enc(JSON.stringify({ alg: pick(["HS256", "RS256"]), typ: "JWT" }));
  const payload = enc(
    JSON.stringify({
      sub: digits(8),
      iat: 1790000000 + int(0, 9999999),
      scope: pick(["admin", "read write", "payroll:export"]),
    }),
  );
  return `${header}.${payload}.${fromAlphabet(base64Url, 43)}`;
}

export function password(): string {
  return pick([
    () =>
      `${pick(["Sommer", "Winter", "Herbst", "Primavera", "Lato", "Zomer"])}${int(2019, 2027)}${pick(["!", "#", "?", "$"])}`,
    () =>
      `${pick(["correct", "purple", "velvet", "tangerine", "kayak"])}-${pick(["horse", "lantern", "oyster", "glacier"])}-${pick(["battery", "umbrella", "pigeon"])}-${int(10, 99)}`,
    () => `${alnums(int(10, 16))}${pick(["!", "%", "&", "*", ""])}`,
    () => `${pick(["Bruno", "Mimi", "Kasztan", "Pelusa", "Luna"])}${pick(["_", ".", ""])}${int(1970, 2019)}`,
    () =>
      `${fromAlphabet("abcdefghijkmnpqrstuvwxyz23456789", 4)}-${fromAlphabet("abcdefghijkmnpqrstuvwxyz23456789", 4)}-${fromAlphabet("abcdefghijkmnpqrstuvwxyz23456789", 4)}`,
  ])();
}
export const pin = () => digits(pick([4, 4, 6]));
export const recoveryCode = () =>
  `${fromAlphabet("abcdefghjkmnpqrstuvwxyz0123456789", 5)}-${fromAlphabet("abcdefghjkmnpqrstuvwxyz0123456789", 5)}`;

export function privateKeyBlock(): string {
  const kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"]);
  const lines = Array.from({ length: int(3, 6) }, () => fromAlphabet(base64Chars, 64));
  return `-----BEGIN ${kind}-----\n${lines.join("\n")}\n${fromAlphabet(base64Chars, int(10, 40))}==\n-----END ${kind}-----`;
}

// ---------------------------------------------------------------- hosts

/** A host's address: private, carrier or public ranges outside documentation and loopback. */
export function ipv4(): string {
  return pick([
    () => `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    () => `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`,
    () => `192.168.${int(0, 20)}.${int(2, 254)}`,
    () => `${pick([34, 52, 81, 85, 91, 145, 185, 212])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
  ])();
}
export function ipv6(): string {
  const g = () => hex(4).replace(/^0+(?=.)/, "");
  return pick([
    () => `2a02:${g()}:${g()}:${g()}::${g()}`,
    () => `2001:${pick(["16b8", "41d0", "67c", "4860"])}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`,
    () => `fe80::${g()}:${g()}:${g()}:${g()}`,
  ])();
}

export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
export const sha = (n = 40) => hex(n);
