/**
 * Values of the sixteenth evaluation corpus: made-up people, places, phones
 * and identifiers from many countries, and a random source of its own. Nothing
 * here belongs to anyone. The identifiers in `ids` were made up and checked
 * outside the repository with a Python checker (python-stdnum and the
 * published algorithms: mod-97 for IBANs, Luhn for cards and SINs, 3-7-1 for
 * ABA routing numbers, each national id's own check, the 7-3-1 check digits
 * of passport MRZ lines); every secret is drawn at run time from the random
 * source below, so none is real.
 */

// ---------------------------------------------------------------- random source

/**
 * PCG-XSH-RR 32 (O'Neill's permuted congruential generator, 64-bit state,
 * 32-bit output by xorshift-high and a random rotation), its state and stream
 * seeded through Chris Wellons's triple32 hash of the seed: a generator none
 * of the earlier corpora used (date-seeded mulberry, SFC32 with splitmix32,
 * xoshiro128** with lowbias32, JSF32 with fmix32).
 */
const mask64 = (1n << 64n) - 1n;
const multiplier = 6364136223846793005n;
let state = 0n;
let increment = 1n;

function triple32(input: number): number {
  let x = input >>> 0;
  x ^= x >>> 17;
  x = Math.imul(x, 0xed5ad4bb);
  x ^= x >>> 11;
  x = Math.imul(x, 0xac4c1b51);
  x ^= x >>> 15;
  x = Math.imul(x, 0x31848bab);
  x ^= x >>> 14;
  return x >>> 0;
}

function next(): number {
  const old = state;
  state = (old * multiplier + increment) & mask64;
  const xorshifted = Number((((old >> 18n) ^ old) >> 27n) & 0xffffffffn);
  const rotation = Number(old >> 59n);
  return ((xorshifted >>> rotation) | (xorshifted << ((32 - rotation) & 31))) >>> 0;
}

export function seed(value: number): void {
  const high = triple32(value ^ 0x16a5_7e0d);
  const low = triple32(high + 0x9e3779b9);
  const stream = triple32(low ^ 0x5bd1_e995);
  increment = ((BigInt(stream) << 1n) | 1n) & mask64;
  state = 0n;
  next();
  state = (state + ((BigInt(high) << 32n) | BigInt(low))) & mask64;
  next();
}

seed(0x16_5e_ed16);

/** A float in [0, 1). */
export const unit = (): number => next() / 4294967296;
export const chance = (p: number): boolean => unit() < p;
/** An integer in [min, max], both included. */
export const int = (min: number, max: number): number => min + Math.floor(unit() * (max - min + 1));
export function pick<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("pick from nothing");
  return values[Math.floor(unit() * values.length)] as T;
}
/** Picks by weight: `[[value, weight], …]`. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = unit() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (entries[entries.length - 1] as readonly [T, number])[0];
}
const from = (alphabet: string, length: number): string => {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet.charAt(Math.floor(unit() * alphabet.length));
  return out;
};
export const digits = (length: number): string => from("0123456789", length);
export const hex = (length: number): string => from("0123456789abcdef", length);
export const upperAlnum = (length: number): string => from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length);
export const alnum = (length: number): string =>
  from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", length);
export const base64 = (length: number): string =>
  from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", length);
export const base32 = (length: number): string => from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", length);
export const lower = (length: number): string => from("abcdefghijklmnopqrstuvwxyz", length);
export const pad = (value: number, width: number): string => String(value).padStart(width, "0");

// ---------------------------------------------------------------- secrets (drawn at run time)

/** Vendor-shaped tokens, random every time: none was ever issued. */
export const secrets = {
  githubPat: () => `ghp_${alnum(36)}`,
  githubFine: () => `github_pat_${alnum(22)}_${alnum(59)}`,
  gitlab: () => `glpat-${alnum(20)}`,
  slackBot: () => `xoxb-${digits(12)}-${digits(13)}-${alnum(24)}`,
  slackWebhook: () => `https://hooks.slack.com/services/T${upperAlnum(8)}/B${upperAlnum(10)}/${alnum(24)}`,
  stripeLive: () => `sk_live_${alnum(24)}`,
  stripeRestricted: () => `rk_live_${alnum(24)}`,
  openai: () => `sk-proj-${alnum(20)}T3BlbkFJ${alnum(20)}`,
  anthropic: () => `sk-ant-api03-${alnum(86)}-${alnum(6)}AA`,
  awsKeyId: () => `AKIA${from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`,
  awsSecret: () => base64(40).replace(/\+/g, "x"),
  google: () => `AIza${alnum(35)}`,
  sendgrid: () => `SG.${alnum(22)}.${alnum(43)}`,
  twilio: () => `SK${hex(32)}`,
  npm: () => `npm_${alnum(36)}`,
  pypi: () => `pypi-AgEIcHlwaS5vcmc${alnum(50)}`,
  datadog: () => hex(32),
  azureKey: () => `${base64(86)}==`,
  jwt: () => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${alnum(40)}.${alnum(43).replace(/[+/]/g, "_")}`,
  shopify: () => `shpat_${hex(32)}`,
  hubspot: () => `pat-eu1-${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
  atlassian: () => `ATATT3xFfGF0${alnum(180)}=${upperAlnum(8)}`,
  digitalocean: () => `dop_v1_${hex(64)}`,
  k8sData: () => btoa(`${lower(5)}${digits(2)}!${alnum(14)}`),
};

/** Passwords as people make them. */
export function password(): string {
  return weighted<() => string>([
    [() => `${pick(words)}${pick(["!", "#", "?", "$", "."])}${digits(int(2, 4))}`, 4],
    [() => `${cap(pick(words))}${cap(pick(words))}${digits(2)}${pick(["!", "%", "&"])}`, 3],
    [() => alnum(int(14, 22)), 2],
    [() => `${pick(words)}-${pick(words)}-${pick(words)}-${digits(1)}`, 2],
    [() => `${cap(pick(firstNames.de))}${pad(int(1960, 2004), 4)}`, 1],
    [() => `${alnum(4)}${pick(["#", "@", "*", "^"])}${alnum(8)}`, 2],
  ])();
}
export const cap = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const words = [
  "sommer",
  "Lavendel",
  "kestrel",
  "marmalade",
  "tortuga",
  "quokka",
  "citron",
  "wolke",
  "ciclamino",
  "brombeer",
  "gazpacho",
  "fjord",
  "pepparkaka",
  "tulp",
  "rabarbar",
  "zebra",
  "harbour",
  "ombrello",
  "paprika",
  "lanterne",
  "nocturne",
  "pinguin",
  "girasol",
  "kanelbulle",
  "oliveira",
  "kiwi",
  "Sonnenblume",
];
export const otp = (): string => digits(6);
export const recoveryCode = (): string => `${lower(5)}-${lower(5)}`.replace(/[ilo]/g, "x");

// ---------------------------------------------------------------- people

export type Lang = "en" | "de" | "fr" | "es" | "it" | "nl" | "pt" | "pl" | "sv";
export type Country = "US" | "GB" | "DE" | "FR" | "ES" | "IT" | "NL" | "PL" | "SE";

/** The offices' languages at the shares their chat and mail show. */
export const lang = (): Lang =>
  weighted<Lang>([
    ["en", 44],
    ["de", 14],
    ["fr", 12],
    ["es", 10],
    ["nl", 5],
    ["it", 5],
    ["pt", 4],
    ["pl", 3],
    ["sv", 3],
  ]);

export const firstNames: Record<Lang, readonly string[]> = {
  en: [
    "Marcus",
    "Priya",
    "Declan",
    "Tamsin",
    "Oluwaseun",
    "Bethany",
    "Rhys",
    "Keisha",
    "Gareth",
    "Mei",
    "Trevor",
    "Imogen",
    "Darnell",
    "Siobhan",
    "Caleb",
    "Harriet",
    "Rohan",
    "Amara",
  ],
  de: [
    "Jannik",
    "Friederike",
    "Malte",
    "Svenja",
    "Till",
    "Henrike",
    "Ole",
    "Wiebke",
    "Lasse",
    "Annika",
    "Korbinian",
    "Theresa",
    "Mehmet",
    "Birte",
  ],
  fr: [
    "Mathilde",
    "Baptiste",
    "Océane",
    "Grégoire",
    "Solène",
    "Yanis",
    "Clémence",
    "Thibault",
    "Aurélie",
    "Karim",
    "Maëlle",
    "Romain",
  ],
  es: [
    "Iker",
    "Nerea",
    "Álvaro",
    "Ainhoa",
    "Rocío",
    "Gonzalo",
    "Itziar",
    "Unai",
    "Macarena",
    "Sergio",
    "Lucía",
    "Jordi",
  ],
  it: ["Edoardo", "Chiara", "Matteo", "Ilaria", "Lorenzo", "Beatrice", "Tommaso", "Federica", "Gianluca"],
  nl: ["Sander", "Femke", "Joost", "Lieke", "Bram", "Marieke", "Thijs", "Sanne", "Wouter"],
  pt: ["Tiago", "Inês", "Rodrigo", "Beatriz", "Gonçalo", "Mariana", "Thiago", "Larissa"],
  pl: ["Mateusz", "Agnieszka", "Bartosz", "Katarzyna", "Paweł", "Zofia", "Krzysztof", "Magdalena"],
  sv: ["Oskar", "Linnea", "Axel", "Ebba", "Viktor", "Saga", "Hugo", "Ingrid"],
};

export const lastNames: Record<Lang, readonly string[]> = {
  en: [
    "Whitfield",
    "Okonkwo",
    "Prendergast",
    "Halloran",
    "Nakagawa",
    "Thornbury",
    "Adeyemi",
    "Castellano",
    "Brightwell",
    "McAllister",
    "Varghese",
    "Pemberton",
    "Delacroix-Hunt",
    "Kowalczyk",
    "Ashdown",
  ],
  de: [
    "Hoffmeister",
    "Brandtner",
    "Oberländer",
    "Kessler",
    "Wiesmann",
    "Großkopf",
    "Lindemann",
    "Yilmaz",
    "Paulsen",
    "Eckhardt",
    "Vogelsang",
    "Schüttler",
  ],
  fr: [
    "Lemaire",
    "Chevalier",
    "Fontaine",
    "Benali",
    "Rousseau-Martin",
    "Garnier",
    "Lacombe",
    "Perrin",
    "Marchetti",
    "Dufresne",
  ],
  es: [
    "Echeverría",
    "Navarro",
    "Quintana",
    "Barrios",
    "Olmedo",
    "Castañeda",
    "Iglesias",
    "Ferrer",
    "Zubiaurre",
    "Montenegro",
  ],
  it: ["Bellandi", "Cattaneo", "Esposito", "Ferraresi", "Galli", "Marchesini", "Santoro", "Villa"],
  nl: ["van Leeuwen", "de Groot", "Bakker", "Visser", "Hoekstra", "van Dijk", "Jansen", "Mulder"],
  pt: ["Carvalho", "Ferreira", "Magalhães", "Pinto", "Sousa", "Albuquerque", "Ribeiro", "Teixeira"],
  pl: ["Nowicki", "Zielińska", "Wróbel", "Kamiński", "Dąbrowska", "Lewandowski", "Szymańska"],
  sv: ["Lindqvist", "Bergström", "Åkesson", "Hedlund", "Sjöberg", "Nyström", "Engström"],
};

export interface Person {
  first: string;
  last: string;
  full: string;
  lang: Lang;
  email: string;
}

const companyDomains = [
  "northwind-labs.com",
  "corvid.io",
  "helmsley-partners.co.uk",
  "brightfold.de",
  "atelier-rive.fr",
  "quantal.es",
  "meridia.eu",
];
const mailProviders = [
  "gmail.com",
  "outlook.com",
  "gmx.de",
  "web.de",
  "orange.fr",
  "hotmail.es",
  "libero.it",
  "ziggo.nl",
  "wp.pl",
  "telia.com",
  "icloud.com",
  "proton.me",
  "yahoo.co.uk",
];

const ascii = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/ß/g, "ss")
    .replace(/[^A-Za-z-]/g, "")
    .toLowerCase();

export function person(language: Lang = lang()): Person {
  const first = pick(firstNames[language]);
  const last = pick(lastNames[language]);
  const work = chance(0.6);
  const local = weighted<string>([
    [`${ascii(first)}.${ascii(last)}`, 4],
    [`${ascii(first).charAt(0)}${ascii(last)}`, 2],
    [`${ascii(first)}${ascii(last).slice(0, 1)}${work ? "" : digits(2)}`, 1],
    [`${ascii(first)}_${ascii(last)}${work ? "" : int(70, 99)}`, 1],
  ]);
  const email = `${local}@${work ? pick(companyDomains) : pick(mailProviders)}`;
  return { first, last, full: `${first} ${last}`, lang: language, email };
}

// ---------------------------------------------------------------- addresses

export const countryOf: Record<Lang, Country> = {
  en: "US",
  de: "DE",
  fr: "FR",
  es: "ES",
  it: "IT",
  nl: "NL",
  pt: "ES",
  pl: "PL",
  sv: "SE",
};

/** An address in its country's shape; `lines` puts it over several lines as a label or envelope would. */
export function address(country: Country, lines = false): string {
  const sep = lines ? "\n" : ", ";
  switch (country) {
    case "US": {
      const [city, st, zip] = pick([
        ["Columbus", "OH", "432"],
        ["Portland", "OR", "972"],
        ["Austin", "TX", "787"],
        ["Raleigh", "NC", "276"],
        ["Madison", "WI", "537"],
        ["Sacramento", "CA", "958"],
        ["Somerville", "MA", "021"],
        ["Boise", "ID", "837"],
      ] as const);
      const unit = chance(0.35)
        ? ` ${pick(["Apt", "Unit", "#", "Suite"])} ${int(2, 40)}${pick(["", "B", "C"])}`
        : "";
      return `${int(12, 9870)} ${pick(["Larkspur", "Maple Ridge", "Whitaker", "Delmont", "Beech Hollow", "Garfield", "Sycamore"])} ${pick(["Ave", "St", "Rd", "Dr", "Blvd", "Ln", "Court"])}${unit}${sep}${city}, ${st} ${zip}${digits(2)}`;
    }
    case "GB": {
      const [town, pc] = pick([
        ["Leeds", "LS8"],
        ["Bristol", "BS6"],
        ["Manchester", "M20"],
        ["London", "SE15"],
        ["Glasgow", "G12"],
        ["Cardiff", "CF24"],
        ["Norwich", "NR2"],
      ] as const);
      const flat = chance(0.3) ? `Flat ${int(1, 12)}${sep}` : "";
      return `${flat}${int(2, 240)} ${pick(["Wetherby Road", "Cotham Hill", "Albemarle Street", "Queen's Drive", "Harcourt Terrace", "Elm Grove", "Bellevue Crescent"])}${sep}${town}${lines ? "\n" : " "}${pc} ${int(1, 9)}${pick(["QF", "AB", "HT", "NW", "DX", "PJ"])}`;
    }
    case "DE": {
      const [city, plz] = pick([
        ["Berlin", "10"],
        ["Hamburg", "22"],
        ["München", "80"],
        ["Köln", "50"],
        ["Leipzig", "04"],
        ["Frankfurt am Main", "60"],
        ["Freiburg im Breisgau", "79"],
      ] as const);
      return `${pick(["Lindenstraße", "Kastanienallee", "Am Sandtorkai", "Hohenzollernring", "Schillerstr.", "Eppendorfer Weg", "Gneisenaustraße"])} ${int(1, 180)}${pick(["", "", "a", "b"])}${sep}${plz}${digits(3)} ${city}`;
    }
    case "FR": {
      const [city, cp] = pick([
        ["Paris", "750"],
        ["Lyon", "6900"],
        ["Bordeaux", "3300"],
        ["Lille", "5900"],
        ["Nantes", "4400"],
        ["Toulouse", "3100"],
      ] as const);
      const tail = cp.length === 3 ? pad(int(1, 20), 2) : String(int(1, 9));
      const bat = chance(0.25)
        ? `${sep}${pick(["Bât. C", "Résidence Les Tilleuls", "Escalier B, 3e étage"])}`
        : "";
      return `${int(1, 140)}${pick(["", "", " bis"])} ${pick(["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard de la Croix-Rousse", "rue Sainte-Catherine", "impasse des Lilas", "quai de la Fosse"])}${bat}${sep}${cp}${tail} ${city}`;
    }
    case "ES": {
      const [city, cp] = pick([
        ["Madrid", "280"],
        ["Barcelona", "080"],
        ["Valencia", "460"],
        ["Sevilla", "410"],
        ["Bilbao", "480"],
        ["Zaragoza", "500"],
      ] as const);
      const floor = chance(0.6) ? `, ${int(1, 8)}º ${pick(["A", "B", "C", "Izq.", "Dcha."])}` : "";
      return `${pick(["Calle de Santa Engracia", "Avinguda Diagonal", "C/ Colón", "Calle Iparraguirre", "Paseo de la Castellana", "Calle Feria"])} ${int(1, 320)}${floor}${sep}${cp}${pad(int(1, 50), 2)} ${city}`;
    }
    case "IT": {
      const [city, cap0] = pick([
        ["Milano", "201"],
        ["Roma", "001"],
        ["Torino", "101"],
        ["Bologna", "401"],
        ["Napoli", "801"],
      ] as const);
      return `${pick(["Via Carlo Poerio", "Corso Buenos Aires", "Via dei Mille", "Viale Monza", "Via Saragozza", "Piazza Bodoni"])} ${int(1, 200)}${sep}${cap0}${pad(int(0, 60), 2)} ${city}${chance(0.5) ? ` (${city.slice(0, 2).toUpperCase()})` : ""}`;
    }
    case "NL": {
      const city = pick(["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven", "Groningen"]);
      return `${pick(["Keizersgracht", "Oudegracht", "Witte de Withstraat", "Laan van Meerdervoort", "Stratumseind", "Herestraat"])} ${int(2, 420)}${pick(["", "-II", " A", "-3"])}${sep}${int(1011, 9799)} ${pick(["EZ", "KL", "BG", "AH", "RS", "TW"])} ${city}`;
    }
    case "PL": {
      const [city, code] = pick([
        ["Warszawa", "00"],
        ["Kraków", "31"],
        ["Wrocław", "50"],
        ["Gdańsk", "80"],
        ["Poznań", "61"],
      ] as const);
      return `ul. ${pick(["Mokotowska", "Długa", "Świętego Marcina", "Piotrkowska", "Grunwaldzka", "Karmelicka"])} ${int(1, 150)}${chance(0.6) ? `/${int(1, 60)}` : ""}${sep}${code}-${digits(3)} ${city}`;
    }
    case "SE": {
      const [city, pn] = pick([
        ["Stockholm", "11"],
        ["Göteborg", "41"],
        ["Malmö", "21"],
        ["Uppsala", "75"],
      ] as const);
      return `${pick(["Götgatan", "Linnégatan", "Drottninggatan", "Södra Förstadsgatan", "Kungsängsgatan"])} ${int(1, 90)}${chance(0.3) ? ` lgh ${int(1001, 1602)}` : ""}${sep}${pn}${digits(1)} ${digits(2)} ${city}`;
    }
  }
}

// ---------------------------------------------------------------- phones

export function phone(country: Country, international = chance(0.45)): string {
  const g = (n: number) => digits(n);
  switch (country) {
    case "US":
      return international
        ? `+1 ${pick(["614", "503", "512", "919", "608", "916"])} ${int(200, 989)} ${g(4)}`
        : pick([
            `(${pick(["614", "503", "512", "919"])}) ${int(200, 989)}-${g(4)}`,
            `${pick(["608", "916", "617"])}-${int(200, 989)}-${g(4)}`,
            `${pick(["614", "512"])}.${int(200, 989)}.${g(4)}`,
          ]);
    case "GB":
      return international
        ? `+44 ${pick([`7${int(400, 999)} ${g(6)}`, `20 ${int(7, 8)}${g(3)} ${g(4)}`, `113 ${g(3)} ${g(4)}`])}`
        : pick([`07${int(400, 999)} ${g(6)}`, `020 ${int(7, 8)}${g(3)} ${g(4)}`, `0117 ${g(3)} ${g(4)}`]);
    case "DE":
      return international
        ? `+49 ${pick([`30 ${g(4)} ${g(4)}`, `15${int(1, 9)} ${g(8)}`, `89 ${g(3)} ${g(3)}-${g(2)}`, `40 ${g(8)}`])}`
        : pick([
            `0${pick(["151", "160", "171", "176"])} ${g(7)}`,
            `030 ${g(3)} ${g(3)} ${g(2)}`,
            `(0221) ${g(6)}`,
            `089/${g(6)}-${g(2)}`,
          ]);
    case "FR":
      return international
        ? `+33 ${pick(["6", "7", "1", "4"])} ${g(2)} ${g(2)} ${g(2)} ${g(2)}`
        : `0${pick(["6", "7", "1", "4", "5"])} ${g(2)} ${g(2)} ${g(2)} ${g(2)}`;
    case "ES":
      return international
        ? `+34 6${g(2)} ${g(2)} ${g(2)} ${g(2)}`
        : pick([`6${g(2)} ${g(3)} ${g(3)}`, `91 ${g(3)} ${g(2)} ${g(2)}`]);
    case "IT":
      return international ? `+39 3${g(2)} ${g(3)} ${g(4)}` : `3${g(2)} ${g(3)} ${g(4)}`;
    case "NL":
      return international ? `+31 6 ${g(4)} ${g(4)}` : pick([`06-${g(8)}`, `020 ${g(3)} ${g(4)}`]);
    case "PL":
      return international
        ? `+48 ${pick(["5", "6", "7"])}${g(2)} ${g(3)} ${g(3)}`
        : `${pick(["5", "6", "7"])}${g(2)} ${g(3)} ${g(3)}`;
    case "SE":
      return international
        ? `+46 7${int(0, 6)} ${g(3)} ${g(2)} ${g(2)}`
        : `07${int(0, 6)}-${g(3)} ${g(2)} ${g(2)}`;
  }
}

// ---------------------------------------------------------------- identifiers (checked outside the repository)

export const ids = {
  iban: [
    "DE37346767744595843952",
    "DE61478338784068825630",
    "DE89286568408002166174",
    "DE67852240831517213991",
    "DE89148218106640205139",
    "DE40130342425822029089",
    "FR8870655399976256695504944",
    "FR5155955798906367132011823",
    "FR4636315662335154238427731",
    "FR8150753165220458927950636",
    "FR7522654632092655566309605",
    "GB43HBUK49405432304668",
    "GB66BARC55561142357766",
    "GB02MIDL77386506846449",
    "GB98NWBK92314194241534",
    "GB13MIDL70173633853130",
    "ES5826823659187068162245",
    "ES2140883840005403055296",
    "ES5850252984033661809067",
    "ES8491814386948657795242",
    "ES3537804572882315321468",
    "IT65I2655829620727785190386",
    "IT94W4857576411660478951221",
    "IT45O8904349963038926154174",
    "IT19V5401372168160137768969",
    "NL18SNSB2347403229",
    "NL60SNSB8853226423",
    "NL20RABO5767700787",
    "NL88RABO7806735205",
    "NL93TRIO8355308607",
    "PL40888140206685142853711894",
    "PL53805261910502840767299277",
    "PL16715942927902444473673883",
    "PL02666547629552970084710098",
    "SE8984978426610255535920",
    "SE3551646696215757786264",
    "SE1643760388309632651976",
    "BE29016225894864",
    "BE55695603581744",
    "BE79004581226033",
    "AT753246885858381908",
    "AT078368354520883749",
    "PT91213915132825477982076",
    "PT83405728535669744033096",
    "IE90BOFI94484182066459",
    "IE22BOFI74291454178287",
    "CH1576074836491048286",
    "CH4549707068909049403",
    "DK2657088590237850",
    "FI2088938827308951",
    "FI0913903044887548",
    "LU022609021993373201",
  ],
  routing: [
    "267300035",
    "114596646",
    "065877786",
    "054153275",
    "014394731",
    "081303289",
    "036017449",
    "328780769",
  ],
  ssn: ["867-56-0406", "533-64-7159", "222-90-5650", "272-55-5380", "569-97-2065", "051-10-5641"],
  nino: ["SB410654A", "HA826946D", "BL043262B", "KE819861A", "LW661702D"],
  steuerid: ["23456021983", "59412207638", "28919907537", "29021427858", "26945703489"],
  nir: ["261047264817257", "217126499814835", "104046566911393", "100060195557687", "296032251848661"],
  dni: ["97799052Q", "78789642Z", "47369185H", "84942502Y"],
  nie: ["Z1828772R", "X6403908H", "Z7224932Q"],
  bsn: ["280399522", "709234880", "912932776", "205468640"],
  pesel: ["73022198464", "99090519406", "95031781040", "04272857380"],
  cf: ["CDFVBZ95T51A427K", "DZLFEM65E63G466K", "DRDTUJ64M65F562E", "PFEHPX83B41D469L"],
  personnummer: ["501227-1465", "780310-3287", "620826-1880", "841110-5870"],
  hetu: ["141190-5639", "120888-082J", "181092-215B"],
  sin: ["206 695 264", "595 685 371", "113 882 435"],
  tfn: ["517 348 500", "621 626 082", "840 304 855"],
  cpf: ["660.465.713-24", "509.004.645-00", "341.055.555-29"],
  card: [
    { brand: "visa", number: "4696429299752834" },
    { brand: "visa", number: "4941240439665312" },
    { brand: "visa", number: "4995534035471223" },
    { brand: "visa", number: "4585841663689232" },
    { brand: "visa", number: "4105152142493001" },
    { brand: "visa", number: "4077051251344779" },
    { brand: "visa", number: "4451257481955468" },
    { brand: "visa", number: "4133862720835383" },
    { brand: "mastercard", number: "5257156065885146" },
    { brand: "mastercard", number: "5483709911076348" },
    { brand: "mastercard", number: "5203399873956734" },
    { brand: "mastercard", number: "5449494463850548" },
    { brand: "mastercard", number: "5266725164359010" },
    { brand: "mastercard", number: "5524630441976982" },
    { brand: "mastercard", number: "2254171995728357" },
    { brand: "mastercard", number: "2254810656670057" },
    { brand: "amex", number: "373471327889772" },
    { brand: "amex", number: "371519249704131" },
    { brand: "amex", number: "371391167266729" },
    { brand: "amex", number: "374643104618678" },
    { brand: "discover", number: "6011822588028911" },
    { brand: "discover", number: "6011728162105514" },
    { brand: "jcb", number: "3547235684278928" },
    { brand: "jcb", number: "3547164768853945" },
    { brand: "diners", number: "36253987394908" },
  ],
  mrz: [
    {
      country: "DEU",
      number: "CPZRYXT3Y",
      line1: "P<DEUMUELLER<<JONAS<<<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "CPZRYXT3Y4DEU9401116F2709020<<<<<<<<<<<<<<08",
    },
    {
      country: "FRA",
      number: "78WF37483",
      line1: "P<FRALEFEBVRE<<CAMILLE<<<<<<<<<<<<<<<<<<<<<<",
      line2: "78WF374831FRA6403256M3002267<<<<<<<<<<<<<<08",
    },
    {
      country: "GBR",
      number: "129012451",
      line1: "P<GBROKAFOR<<CHIDERA<<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "1290124511GBR6705097F3402225<<<<<<<<<<<<<<00",
    },
    {
      country: "ESP",
      number: "PAJ902412",
      line1: "P<ESPGARCIA<MORENO<<LUCIA<<<<<<<<<<<<<<<<<<<",
      line2: "PAJ9024122ESP8308230F3110083<<<<<<<<<<<<<<00",
    },
    {
      country: "USA",
      number: "124133627",
      line1: "P<USANAKAMURA<<KENJI<<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "1241336271USA7811056F2911261<<<<<<<<<<<<<<02",
    },
    {
      country: "NLD",
      number: "NYS56779N",
      line1: "P<NLDVAN<DER<BERG<<SANNE<<<<<<<<<<<<<<<<<<<<",
      line2: "NYS56779N0NLD9708192F3410015<<<<<<<<<<<<<<00",
    },
    {
      country: "POL",
      number: "EC2712295",
      line1: "P<POLWOJCIK<<MARTA<<<<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "EC27122956POL9912120F3203226<<<<<<<<<<<<<<08",
    },
    {
      country: "SWE",
      number: "686028582",
      line1: "P<SWELINDQVIST<<ELIN<<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "6860285827SWE9801185M3504071<<<<<<<<<<<<<<00",
    },
    {
      country: "ITA",
      number: "YO3649257",
      line1: "P<ITAROSSETTI<<GIULIA<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "YO36492572ITA8606110F3407024<<<<<<<<<<<<<<00",
    },
  ],
} as const;

/** A national id of the given country, as it is written there. */
export function nationalId(country: Country | "FI" | "CA" | "AU" | "BR" | "IT-CF"): string {
  switch (country) {
    case "US":
      return pick(ids.ssn);
    case "GB": {
      const n = pick(ids.nino);
      return chance(0.5)
        ? `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6, 8)} ${n.slice(8)}`
        : n;
    }
    case "DE":
      return pick(ids.steuerid);
    case "FR": {
      const n = pick(ids.nir);
      return chance(0.5)
        ? `${n.slice(0, 1)} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 10)} ${n.slice(10, 13)} ${n.slice(13)}`
        : n;
    }
    case "ES":
      return chance(0.65) ? pick(ids.dni) : pick(ids.nie);
    case "NL":
      return pick(ids.bsn);
    case "PL":
      return pick(ids.pesel);
    case "IT":
    case "IT-CF":
      return pick(ids.cf);
    case "SE":
      return pick(ids.personnummer);
    case "FI":
      return pick(ids.hetu);
    case "CA":
      return pick(ids.sin);
    case "AU":
      return pick(ids.tfn);
    case "BR":
      return pick(ids.cpf);
  }
}

/** An IBAN, printed in groups of four or run together. */
export function iban(country?: string): string {
  const pool = country === undefined ? ids.iban : ids.iban.filter((value) => value.startsWith(country));
  const value = pick(pool.length > 0 ? pool : ids.iban);
  return chance(0.55) ? (value.match(/.{1,4}/g) ?? [value]).join(" ") : value;
}

export function card(): { brand: string; number: string } {
  const { brand, number } = pick(ids.card);
  if (!chance(0.6)) return { brand, number };
  const grouped =
    number.length === 15
      ? `${number.slice(0, 4)} ${number.slice(4, 10)} ${number.slice(10)}`
      : (number.match(/.{1,4}/g) ?? [number]).join(pick([" ", " ", "-"]));
  return { brand, number: grouped };
}

export const routing = (): string => pick(ids.routing);
export const usAccount = (): string => digits(int(9, 12));
export const sortCode = (): string => `${digits(2)}-${digits(2)}-${digits(2)}`;
export const ukAccount = (): string => digits(8);
export const usPassport = (): string => digits(9);

/** Private and public host addresses (RFC 5737 documentation ranges are used only for negatives). */
export const privateIp = (): string =>
  pick([
    `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    `192.168.${int(0, 40)}.${int(2, 254)}`,
    `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`,
  ]);
export const publicIp = (): string =>
  `${pick([34, 52, 81, 91, 146, 185, 212])}.${int(1, 254)}.${int(0, 255)}.${int(1, 254)}`;
export const ipv6 = (): string => `2a0${int(1, 9)}:${hex(4)}:${hex(3)}:${int(1, 9)}::${hex(3)}`;
