/**
 * Values of the fourteenth evaluation corpus: made-up people and places from
 * many countries, identifiers with real check digits, and a random source of
 * its own. Nothing here is real. The identifiers in `ids` were made up and
 * validated outside the repository (python-stdnum and the published
 * algorithms: mod-97 for IBANs, Luhn for cards, 3-7-1 for ABA routing numbers,
 * each national id's own check, the 7-3-1 check of passport MRZ lines); every
 * secret is drawn at run time from the random source below, so none is real.
 */

// ---------------------------------------------------------------- random source

/**
 * xoshiro128** (Blackman and Vigna), its four words of state seeded through
 * Chris Wellons's lowbias32 hash of the seed and a counter: a generator none of
 * the earlier corpora used.
 */
const state = new Uint32Array(4);

function lowbias32(input: number): number {
  let x = input >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

export function seed(value: number): void {
  for (let i = 0; i < 4; i++) state[i] = lowbias32((value >>> 0) + Math.imul(i + 1, 0x9e3779b9));
  if (state.every((word) => word === 0)) state[0] = 1;
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

function next(): number {
  const s0 = state[0] as number;
  const s1 = state[1] as number;
  const s2 = state[2] as number;
  const s3 = state[3] as number;
  const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
  const t = (s1 << 9) >>> 0;
  state[2] = s2 ^ s0;
  state[3] = s3 ^ s1;
  state[1] = s1 ^ (s2 ^ s0);
  state[0] = s0 ^ (s3 ^ s1);
  state[2] = (state[2] as number) ^ t;
  state[3] = rotl(state[3] as number, 11);
  return result;
}

seed(0x14c0_ffee);

/** A float in [0, 1). */
export const unit = (): number => next() / 4294967296;
export const chance = (p: number): boolean => unit() < p;
/** An integer in [min, max], both included. */
export const int = (min: number, max: number): number => min + Math.floor(unit() * (max - min + 1));
export function pick<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("pick from an empty list");
  return values[Math.floor(unit() * values.length)] as T;
}
const drawFrom = (alphabet: string, length: number): string =>
  Array.from({ length }, () => alphabet.charAt(Math.floor(unit() * alphabet.length))).join("");
export const digits = (length: number): string => drawFrom("0123456789", length);
export const hex = (length: number): string => drawFrom("0123456789abcdef", length);
export const upperAlnum = (length: number): string =>
  drawFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length);
export const alnum = (length: number): string =>
  drawFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", length);
export const base64url = (length: number): string =>
  drawFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", length);
export const base32 = (length: number): string => drawFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", length);
export const lowerAlnum = (length: number): string =>
  drawFrom("abcdefghijklmnopqrstuvwxyz0123456789", length);

// ---------------------------------------------------------------- secrets, drawn at run time

const passwordWords = [
  "Otter",
  "Kanal",
  "Piment",
  "Lluvia",
  "Girasole",
  "Molen",
  "Caju",
  "Wierzba",
  "Fjord",
  "Sauna",
  "Hygge",
  "Sirocco",
  "Zebra",
  "Tulpe",
  "Mistral",
  "Pastel",
  "Kiwi",
  "Lantern",
  "Orbit",
  "Cobalt",
];
const passphraseWords = [
  "copper",
  "violin",
  "meadow",
  "tractor",
  "saffron",
  "glacier",
  "pelican",
  "harbour",
  "lemon",
  "quartz",
  "tundra",
  "biscuit",
  "walnut",
  "nebula",
  "fossil",
  "parsley",
  "canyon",
  "magnet",
  "orchid",
  "velvet",
  "ferry",
  "marble",
  "pepper",
  "rocket",
  "spruce",
  "tiger",
  "umbrella",
  "yodel",
  "zinnia",
  "anchor",
];

/** A password as people make them: a word, digits, a symbol, sometimes a year. */
export function password(): string {
  const word = pick(passwordWords);
  switch (int(0, 4)) {
    case 0:
      return `${word}${digits(int(2, 4))}${pick(["!", "#", "$", "?", "*", "&"])}`;
    case 1:
      return `${pick(["!", "#", "$"])}${word.toLowerCase()}_${pick(passwordWords)}${digits(2)}`;
    case 2:
      return `${word}-${pick(passwordWords)}-${int(1990, 2026)}`;
    case 3:
      return drawFrom("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%^*", int(12, 18));
    default:
      return `${word.slice(0, 3)}${digits(1)}${pick(passwordWords).toLowerCase()}${pick(["%", "+", "="])}${digits(3)}`;
  }
}
export const passphrase = (): string =>
  Array.from({ length: int(4, 5) }, () => pick(passphraseWords)).join(pick(["-", " ", "."]));
export const otp = (length = 6): string => digits(length);
export const recoveryCodes = (count: number): string[] =>
  Array.from({ length: count }, () => `${lowerAlnum(5)}-${lowerAlnum(5)}`);
export const awsAccessKey = (): string => `AKIA${drawFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`;
export const awsSecretKey = (): string =>
  drawFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40);
export const githubToken = (): string => `${pick(["ghp_", "github_pat_11"])}${alnum(36)}`;
export const gitlabToken = (): string => `glpat-${base64url(20)}`;
export const slackToken = (): string => `xoxb-${digits(12)}-${digits(13)}-${alnum(24)}`;
export const stripeKey = (): string => `${pick(["sk_live_", "rk_live_"])}${alnum(40)}`;
export const openaiKey = (): string => `sk-proj-${base64url(48)}`;
export const anthropicKey = (): string => `sk-ant-api03-${base64url(80)}-${base64url(6)}AA`;
export const sendgridKey = (): string => `SG.${base64url(22)}.${base64url(43)}`;
export const npmToken = (): string => `npm_${alnum(36)}`;
export const jwt = (): string =>
  `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${base64url(int(40, 70))}.${base64url(43)}`;
export const genericKey = (): string => alnum(int(32, 40));
export const resetToken = (): string => base64url(int(32, 44));
export const totpSeed = (): string => base32(32);
export const wifiKey = (): string => `${pick(passwordWords)}${pick(passphraseWords)}${digits(4)}`;

// ---------------------------------------------------------------- harmless look-alikes

export const uuid = (): string =>
  `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
export const sha = (length = 40): string => hex(length);
export const version = (): string => `${int(0, 24)}.${int(0, 40)}.${int(0, 30)}`;

// ---------------------------------------------------------------- people, made up

export interface Person {
  given: string;
  family: string;
  /** The language the person writes in, for greetings and sign-offs. */
  lang: Lang;
  /** How the full name is written where the family name comes first. */
  familyFirst?: true;
}
export type Lang =
  | "en"
  | "de"
  | "fr"
  | "es"
  | "it"
  | "nl"
  | "pt"
  | "pl"
  | "sv"
  | "fi"
  | "da"
  | "no"
  | "cs"
  | "tr"
  | "el"
  | "ro"
  | "hu"
  | "uk";

const p = (lang: Lang, given: string, family: string, familyFirst = false): Person => ({
  given,
  family,
  lang,
  ...(familyFirst ? { familyFirst: true as const } : {}),
});

export const people: readonly Person[] = [
  p("en", "Maeve", "Gallagher"),
  p("en", "Tobias", "Whitcombe"),
  p("en", "Shanice", "Okafor-Reid"),
  p("en", "Declan", "Farrow"),
  p("en", "Priyanka", "Ramaswamy"),
  p("en", "Callum", "McTavish"),
  p("en", "Imogen", "Ashdown"),
  p("en", "DeShawn", "Pettigrew"),
  p("en", "Rosalind", "Iwu"),
  p("de", "Friederike", "Hansmeyer"),
  p("de", "Jannik", "Obermüller"),
  p("de", "Hannelore", "Wittkamp"),
  p("de", "Malte", "Brösecke"),
  p("de", "Svenja", "Kallweit"),
  p("fr", "Apolline", "Desrosiers"),
  p("fr", "Gaëtan", "Lemarchand"),
  p("fr", "Maëlys", "Tchakounté"),
  p("fr", "Baptiste", "Vautrin"),
  p("fr", "Solène", "Abergel"),
  p("es", "Ximena", "Urquiola"),
  p("es", "Iñaki", "Etxeberria"),
  p("es", "Rocío", "Benjumea"),
  p("es", "Álvaro", "Cifuentes"),
  p("es", "Nerea", "Salcedo Ibarra"),
  p("it", "Ginevra", "Tagliaferri"),
  p("it", "Ottavio", "Bonfiglio"),
  p("it", "Ludovica", "Sgarbossa"),
  p("nl", "Femke", "van Houtum"),
  p("nl", "Sjoerd", "Brinkhorst"),
  p("nl", "Marieke", "de Wolff"),
  p("pt", "Inês", "Magalhães"),
  p("pt", "Rodrigo", "Falcão"),
  p("pt", "Thaís", "Nogueira"),
  p("pl", "Zuzanna", "Grzybowska"),
  p("pl", "Bartłomiej", "Szczepaniak"),
  p("pl", "Agnieszka", "Wróbel"),
  p("sv", "Linnea", "Fjällström"),
  p("sv", "Oskar", "Bergqvist"),
  p("sv", "Saga", "Lindahl"),
  p("fi", "Aino", "Kettunen"),
  p("fi", "Eetu", "Väisänen"),
  p("fi", "Helmi", "Rautiainen"),
  p("da", "Mads", "Kjærgaard"),
  p("da", "Freja", "Østergaard"),
  p("da", "Asger", "Holmboe"),
  p("no", "Sigrid", "Haugland"),
  p("no", "Eirik", "Solbakken"),
  p("cs", "Kateřina", "Dvořáková"),
  p("cs", "Vojtěch", "Procházka"),
  p("cs", "Radka", "Šimůnková"),
  p("tr", "Elif", "Karaosmanoğlu"),
  p("tr", "Burak", "Yıldırımer"),
  p("tr", "Deniz", "Öztürk"),
  p("el", "Eleni", "Papadopoulou"),
  p("el", "Stavros", "Kyriakidis"),
  p("el", "Theodora", "Mavrogeni"),
  p("ro", "Ioana", "Crăciunescu"),
  p("ro", "Mihai", "Dumitrescu"),
  p("ro", "Bianca", "Stoica"),
  p("hu", "Eszter", "Szabó", true),
  p("hu", "Levente", "Kovács", true),
  p("hu", "Réka", "Halmi", true),
  p("uk", "Oksana", "Kovalchuk"),
  p("uk", "Taras", "Hrytsenko"),
  p("uk", "Solomiia", "Bondarenko"),
  // Asia
  p("en", "Thu Trang", "Nguyen Thi", true),
  p("en", "Haruto", "Kobayashi"),
  p("en", "Ji-woo", "Baek"),
  p("en", "Xiaoling", "Fang"),
  p("en", "Arjun", "Venkataraman"),
  p("en", "Farhana", "Chowdhury"),
  p("en", "Siti", "Nurhaliza Rahmat"),
  p("en", "Kavya", "Iyer"),
  p("en", "Tenzin", "Dolkar"),
  p("en", "Bayarmaa", "Gantulga"),
  p("en", "Ravindu", "Wickramasinghe"),
  p("en", "Yuki", "Matsumura"),
  // Africa
  p("en", "Chidinma", "Eze"),
  p("en", "Kwabena", "Asante-Boateng"),
  p("en", "Thandiwe", "Mokoena"),
  p("en", "Abebe", "Tesfaye"),
  p("fr", "Aminata", "Diallo"),
  p("fr", "Moussa", "Traoré"),
  p("en", "Wanjiru", "Kamau"),
  p("en", "Babajide", "Olatunji"),
  p("en", "Nokuthula", "Dlamini"),
  // Latin America
  p("es", "Yareli", "Quispe Mamani"),
  p("pt", "Juçara", "Albuquerque"),
  p("es", "Camilo", "Restrepo Vélez"),
  p("es", "Guadalupe", "Tzul"),
  p("pt", "Caetano", "Vasconcelos"),
  p("es", "Itzel", "Cuautle"),
];

export const person = (): Person => pick(people);
export const fullName = (who: Person): string =>
  who.familyFirst ? `${who.family} ${who.given}` : `${who.given} ${who.family}`;
/** A login or handle that spells the name: femke.vanhoutum, fhansmeyer. */
export function handle(who: Person): string {
  const ascii = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ł/g, "l")
      .replace(/ø/g, "o")
      .replace(/æ/g, "ae")
      .replace(/ı/g, "i")
      .replace(/[^A-Za-z]/g, "")
      .toLowerCase();
  return chance(0.6)
    ? `${ascii(who.given)}.${ascii(who.family)}`
    : `${ascii(who.given).charAt(0)}${ascii(who.family)}`;
}
export const emailOf = (who: Person, domain = pick(workDomains)): string => `${handle(who)}@${domain}`;

export const workDomains = ["acme.com", "acme.co.uk", "acme.de", "acme.fr", "acme.es"];
export const privateDomains = [
  "gmail.com",
  "outlook.com",
  "gmx.de",
  "web.de",
  "orange.fr",
  "free.fr",
  "yahoo.es",
  "libero.it",
  "ziggo.nl",
  "sapo.pt",
  "wp.pl",
  "telia.com",
  "kolumbus.fi",
  "seznam.cz",
  "proton.me",
  "icloud.com",
];

// ---------------------------------------------------------------- places, made up

export interface Address {
  country: string;
  /** Lines as written on an envelope. */
  lines: readonly string[];
}
const a = (country: string, ...lines: string[]): Address => ({ country, lines });

export const addresses: readonly Address[] = [
  a("US", "2217 Larkspur Hollow Rd", "Apt 4B", "Asheville, NC 28806"),
  a("US", "918 W Wellington Ave", "Chicago, IL 60657"),
  a("US", "44 Quarry Ridge Ln", "Montpelier, VT 05602"),
  a("US", "7310 Saguaro Bluff Dr", "Tucson, AZ 85750"),
  a("US", "1605 NE Alberta St, Unit 12", "Portland, OR 97211"),
  a("GB", "Flat 3, 27 Cawdor Crescent", "Leeds", "LS8 4QT"),
  a("GB", "Rose Cottage, Church Lane", "Little Shelford", "Cambridge CB22 5HG"),
  a("GB", "114 Fernhill Road", "Cardiff", "CF14 6LR"),
  a("GB", "9 Ardconnel Terrace", "Inverness", "IV2 3AE"),
  a("DE", "Lindenstraße 48", "10969 Berlin"),
  a("DE", "Am Kreuzberg 7a", "53115 Bonn"),
  a("DE", "Schwanthalerstr. 112, 3. OG", "80339 München"),
  a("DE", "Hafenweg 22", "48155 Münster"),
  a("FR", "14 rue des Tanneurs", "67000 Strasbourg"),
  a("FR", "Appt 52, 3 allée des Glycines", "33700 Mérignac"),
  a("FR", "27 bis avenue Jean Médecin", "06000 Nice"),
  a("ES", "Calle del Almirante 19, 2º izq.", "28004 Madrid"),
  a("ES", "Carrer de Verdi 61, 3r 1a", "08012 Barcelona"),
  a("ES", "Avenida de la Constitución 8, bajo", "41001 Sevilla"),
  a("IT", "Via dei Serragli 36", "50124 Firenze FI"),
  a("IT", "Corso Vittorio Emanuele II 211", "10139 Torino TO"),
  a("NL", "Oudegracht 142", "3511 AZ Utrecht"),
  a("NL", "Van Speijkstraat 88-III", "1057 HB Amsterdam"),
  a("PT", "Rua de Cedofeita 455, 2.º Esq.", "4050-180 Porto"),
  a("PL", "ul. Mokotowska 17/9", "00-640 Warszawa"),
  a("SE", "Södra Förstadsgatan 31", "211 43 Malmö"),
  a("FI", "Hämeenkatu 14 B 22", "33100 Tampere"),
  a("DK", "Nørrebrogade 180, 2. th.", "2200 København N"),
  a("NO", "Thorvald Meyers gate 61", "0552 Oslo"),
  a("CZ", "Vinohradská 1233/54", "120 00 Praha 2"),
  a("AT", "Kaiserstraße 37/11", "1070 Wien"),
  a("CH", "Seefeldstrasse 142", "8008 Zürich"),
  a("IE", "12 Grosvenor Square, Rathmines", "Dublin 6, D06 XK25"),
  a("TR", "Bağdat Cad. No: 214 D: 7", "34728 Kadıköy/İstanbul"),
  a("GR", "Odos Solonos 58", "106 80 Athina"),
  a("RO", "Str. Icoanei 21, ap. 4", "020451 București"),
  a("HU", "Budapest", "Király utca 46. II/5", "1061"),
  a("UA", "vul. Saksahanskoho 77, kv. 15", "Kyiv 01033"),
  a("BR", "Rua Harmonia 1120, apto 73", "Vila Madalena, São Paulo - SP", "05435-001"),
  a("MX", "Calle Río Pánuco 132, Col. Cuauhtémoc", "06500 Ciudad de México, CDMX"),
  a("IN", "Flat 302, Lakshmi Residency, 5th Cross", "Indiranagar, Bengaluru 560038"),
  a("JP", "〒150-0001 東京都渋谷区神宮前4-12-9"),
  a("NG", "15 Adeola Odeku Street", "Victoria Island, Lagos 101241"),
  a("KE", "Apartment 6C, Riverside Gardens, Riverside Drive", "Nairobi 00100"),
  a("ZA", "23 Kloof Nek Road, Tamboerskloof", "Cape Town 8001"),
];
export const address = (countries?: readonly string[]): Address =>
  pick(countries === undefined ? addresses : addresses.filter((x) => countries.includes(x.country)));
export const oneLine = (x: Address): string => x.lines.join(", ");

// ---------------------------------------------------------------- phones, made up

/** Phone numbers in national and international forms, keyed by country. */
export function phone(
  country = pick(["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "IN", "BR", "NG"]),
): string {
  const d = digits;
  const international = chance(0.45);
  switch (country) {
    case "US":
      return pick([
        `(${pick(["312", "646", "415", "737", "503"])}) ${int(201, 989)}-${d(4)}`,
        `+1 ${pick(["206", "617", "919"])} ${int(201, 989)} ${d(4)}`,
        `${pick(["404", "720"])}.${int(201, 989)}.${d(4)}`,
      ]);
    case "GB":
      return international
        ? `+44 7${int(400, 999)} ${d(6)}`
        : pick([
            `07${int(400, 999)} ${d(6)}`,
            `020 ${int(7, 8)}${d(3)} ${d(4)}`,
            `0113 ${int(200, 499)} ${d(4)}`,
          ]);
    case "DE":
      return international
        ? `+49 ${pick(["151", "160", "176"])} ${d(8)}`
        : pick([
            `0${pick(["151", "172", "176"])} ${d(4)} ${d(4)}`,
            `030 ${d(8)}`,
            `(089) ${d(3)} ${d(2)} ${d(3)}`,
          ]);
    case "FR":
      return international
        ? `+33 ${pick(["6", "7"])} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`
        : `0${pick(["6", "7", "1", "4"])} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case "ES":
      return international
        ? `+34 ${pick(["6", "7"])}${d(2)} ${d(3)} ${d(3)}`
        : `${pick(["6", "9"])}${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case "IT":
      return international ? `+39 3${d(2)} ${d(3)} ${d(4)}` : `3${d(2)} ${d(7)}`;
    case "NL":
      return international ? `+31 6 ${d(4)} ${d(4)}` : `06-${d(8)}`;
    case "PL":
      return international
        ? `+48 ${pick(["5", "6", "7"])}${d(2)} ${d(3)} ${d(3)}`
        : `${pick(["5", "6", "7"])}${d(2)}-${d(3)}-${d(3)}`;
    case "SE":
      return international ? `+46 7${d(1)} ${d(3)} ${d(2)} ${d(2)}` : `07${d(1)}-${d(3)} ${d(2)} ${d(2)}`;
    case "IN":
      return `+91 ${pick(["9", "8", "7"])}${d(4)} ${d(5)}`;
    case "BR":
      return `+55 11 9${d(4)}-${d(4)}`;
    default:
      return `+234 ${pick(["803", "806", "813"])} ${d(3)} ${d(4)}`;
  }
}

// ---------------------------------------------------------------- identifiers with real check digits

// Generated by /work/r13/corpus-check/gen.py (outside the repository) and checked there by check.py.
export const ids = {
  ssn: [
    "070-46-9961",
    "075-72-3489",
    "300-90-4209",
    "477-44-5986",
    "529-52-4114",
    "571-97-2160",
    "657-77-1939",
    "810-33-8388",
    "833-66-5217",
    "885-34-4218",
  ],
  nino: [
    "AL 35 85 03 A",
    "CC 59 60 81 C",
    "ET 02 04 37 B",
    "JZ 78 07 47 A",
    "LK 80 48 53 B",
    "LR 53 08 63 C",
    "ML 56 22 00 A",
    "NC 94 15 24 D",
    "NZ 85 93 49 B",
    "YT 80 21 37 D",
  ],
  steuerId: [
    "26395799145",
    "49180972691",
    "62386710652",
    "69485021745",
    "73121648500",
    "84615731124",
    "88095876214",
    "88651370921",
    "90405386126",
    "96265861701",
  ],
  bsn: [
    "106234894",
    "115232606",
    "140104094",
    "261051982",
    "272508901",
    "406490284",
    "734014193",
    "739819410",
    "803178839",
    "919566510",
  ],
  nir: [
    "1 02 01 44 825 316 95",
    "1 61 08 44 799 330 22",
    "1 66 01 67 716 293 19",
    "1 71 12 44 516 877 70",
    "1 95 05 59 373 880 45",
    "2 65 01 31 239 834 15",
    "2 68 11 13 993 926 15",
    "2 73 06 13 060 485 88",
    "2 84 06 75 176 662 38",
    "2 90 06 33 486 415 70",
  ],
  dni: [
    "11267798Y",
    "19966891Q",
    "23187410Y",
    "38423745Z",
    "43942951W",
    "51606697X",
    "56209094S",
    "74950089N",
  ],
  nie: ["X3098012G", "X7189730E", "Y1971345Y", "Z2184903T", "Z3476553Q", "Z4749159D"],
  codiceFiscale: [
    "CLFLZO03P61F205J",
    "CVSSMA71L57H501I",
    "RGTPBA59A57F839G",
    "RZDNPA63C26L219E",
    "SPRTVE65B52D612S",
    "VLLFNI77B18F205V",
    "VMVCZI93R03A944I",
    "ZTGBZO58P14L219L",
  ],
  pesel: [
    "62101561967",
    "63021364818",
    "76100746579",
    "84092804380",
    "85072022239",
    "85081086110",
    "85092160757",
    "91110899769",
  ],
  personnummer: [
    "19650724-5139",
    "19870807-7832",
    "19920303-0185",
    "19990420-5342",
    "20000910-3276",
    "790227-6869",
    "790323-3950",
    "821123-1702",
  ],
  cpr: [
    "011271-1648",
    "040483-1293",
    "080163-0027",
    "170384-3213",
    "180978-1114",
    "200973-0712",
    "231298-3242",
    "270680-1687",
  ],
  hetu: [
    "100379-562C",
    "100987-6847",
    "150983-5780",
    "210470-127X",
    "240299-192U",
    "240571-308S",
    "250561-757A",
    "250995-791D",
  ],
  ahv: [
    "756.2895.7304.84",
    "756.3468.0182.20",
    "756.3654.0436.30",
    "756.4683.4126.57",
    "756.4701.1044.72",
    "756.5027.1045.97",
    "756.9144.1944.79",
    "756.9624.5177.74",
  ],
  nifPt: [
    "180922181",
    "191257435",
    "197841732",
    "239450442",
    "252076419",
    "277049520",
    "316413240",
    "372074146",
  ],
  aadhaar: [
    "3079 1550 4946",
    "3993 9113 8689",
    "6442 6551 1723",
    "6729 9385 3237",
    "8424 7342 7687",
    "8613 2317 1552",
    "9019 0806 3846",
    "9941 0091 5901",
  ],
  fodselsnummer: [
    "07126602825",
    "11109006388",
    "15035636851",
    "19059117311",
    "25107808135",
    "27086519637",
    "28095837877",
    "28109736408",
  ],
  beNational: [
    "72.12.27-990.87",
    "75.09.28-461.46",
    "81.01.27-197.22",
    "97.05.25-209.46",
    "97.06.07-104.19",
    "99.03.02-638.44",
  ],
  cnp: [
    "1730511406568",
    "1830810122136",
    "1840628325075",
    "1890514355641",
    "2701226126178",
    "2770715406747",
    "2790609324506",
    "2980209222284",
  ],
  tcKimlik: [
    "37208379256",
    "39439416694",
    "44520034596",
    "57461564480",
    "60539677340",
    "70418255798",
    "80616923702",
    "83690185820",
  ],
  cpf: [
    "032.649.289-57",
    "178.453.924-48",
    "398.836.887-33",
    "446.890.927-70",
    "558.516.249-73",
    "579.016.088-38",
    "724.600.491-29",
    "887.690.315-17",
  ],
  rodneCislo: [
    "606017/5000",
    "620410/3708",
    "665105/9866",
    "680226/5206",
    "910213/5207",
    "965217/1749",
    "970224/8017",
    "986228/3508",
  ],
  amka: ["05047329940", "13069626672", "17049231255", "18038721751", "21118788856", "24116923277"],
  nhs: ["175 888 6773", "209 562 9779", "266 652 3578", "296 199 0807", "633 571 7646", "733 906 8759"],
  saId: [
    "6209206161086",
    "7507084143087",
    "7605087752084",
    "7707198604087",
    "8904273193081",
    "8906219829082",
  ],
  iban: {
    DE: [
      "DE21 6919 5990 4593 8971 49",
      "DE47138914477787139733",
      "DE65 2691 1726 7421 8556 12",
      "DE72185117492244239572",
    ],
    FR: [
      "FR09 6248 7984 2967 7684 6255 832",
      "FR7389314212250999293989955",
      "FR75 1401 2293 1364 9922 8798 641",
      "FR7887640423587846236566347",
    ],
    ES: [
      "ES27 9334 0441 4442 9563 0702",
      "ES3439047569379966522761",
      "ES36 2595 4154 6933 6246 2687",
      "ES5603528287196686349640",
    ],
    GB: [
      "GB11 HBUK 7429 3135 7264 22",
      "GB40HBUK93668825143483",
      "GB72 HBUK 9937 8759 5014 12",
      "GB78HBUK98824002335715",
    ],
    NL: ["NL35 SNSB 7242 7687 56", "NL77ABNA5829129881", "NL81 INGB 1354 4678 59", "NL97RABO1388765933"],
    IT: [
      "IT03 Z142 2808 6062 5910 3116 304",
      "IT21Y1030490823977400353267",
      "IT57 Q775 1203 2185 3339 3923 071",
      "IT69E2699370765875721735337",
    ],
    PL: [
      "PL32 9317 5645 8673 2121 4684 3253",
      "PL53950161983621722810749910",
      "PL66 3300 4005 2849 9447 4498 9066",
      "PL92268876841089274337596272",
    ],
    PT: [
      "PT04 5718 4279 7009 9006 8060 3",
      "PT70010699790214269029269",
      "PT87 9346 5517 9309 0114 1095 7",
      "PT92741933014732719085221",
    ],
    SE: [
      "SE25 9146 6183 4638 8991 0271",
      "SE4025055337014252897152",
      "SE81 3894 1014 0291 3491 4565",
      "SE8815593627282610659464",
    ],
    FI: ["FI37 0292 9510 8718 00", "FI4620457738226753", "FI46 5755 5352 2441 18", "FI4949372524351481"],
    DK: ["DK11 5824 4996 9217 56", "DK1518714586815566", "DK56 3431 3126 2952 33", "DK7769967961142400"],
    NO: ["NO12 0685 9531 170", "NO4717099956631", "NO57 1100 8904 598", "NO6653854801402"],
    CH: [
      "CH21 4868 6201 6453 3978 3",
      "CH2502200418628827672",
      "CH60 1769 7609 0805 3317 5",
      "CH8292202101654721701",
    ],
    BE: ["BE56 4647 8426 7988", "BE79261160300733", "BE82 3559 2843 1268", "BE98479296137793"],
    AT: [
      "AT11 2537 5616 3455 7988",
      "AT189896915103629877",
      "AT27 7345 4560 6105 2907",
      "AT817934014158202025",
    ],
    IE: [
      "IE36 AIBK 5160 0526 9843 21",
      "IE68BOFI53864226819545",
      "IE76 AIBK 9323 8443 0095 60",
      "IE80BOFI55792211388880",
    ],
    RO: [
      "RO17 INGB 2666 9632 2023 6574",
      "RO62RNCB0755254648572915",
      "RO71 BTRL 5491 9674 5376 3026",
      "RO93INGB8447350822730818",
    ],
    HU: [
      "HU17 6913 7557 6093 1162 5126 5186",
      "HU45937121938727030057668601",
      "HU85 3394 7072 2213 0896 8533 8747",
      "HU93023186197736914158199137",
    ],
    CZ: [
      "CZ03 6461 7972 8856 2254 6573",
      "CZ2427584350126506759033",
      "CZ49 2797 0569 5238 0357 0618",
      "CZ7572218036648856297750",
    ],
    GR: [
      "GR16 0055 0267 6485 3558 0757 276",
      "GR1792474911810124832784613",
      "GR18 3332 4239 5061 0715 4529 173",
      "GR3766643040628749239375833",
    ],
    TR: [
      "TR16 2343 9700 0280 4850 4049 31",
      "TR187890780493457278336838",
      "TR20 9086 9818 3398 9355 3991 95",
      "TR409377198636492768162256",
    ],
  },
  aba: [
    "014572841",
    "027925346",
    "053371906",
    "060206925",
    "084034267",
    "095963835",
    "099789138",
    "116274814",
    "229349377",
    "289739859",
  ],
  card: {
    visa: [
      "4055 2769 7993 0700",
      "4181166294389517",
      "4202 1676 1747 5848",
      "4210946120518693",
      "4583 0644 5250 8198",
      "4917422016531675",
    ],
    mastercard: [
      "2221 9229 8212 7726",
      "2720486697395073",
      "5104 5678 7065 0613",
      "5190049082403417",
      "5454 1403 8219 7402",
      "5463635196322749",
    ],
    amex: [
      "3402 849864 14240",
      "340476655609312",
      "3417 833127 27455",
      "341963428557224",
      "3720 573019 13778",
      "378666491127140",
    ],
    discover: [
      "6011 2033 5583 1508",
      "6011512831465487",
      "6011 5915 1293 0407",
      "6011847256600303",
      "6521 5948 1588 9646",
      "6544385984197108",
    ],
    jcb: [
      "3528 2318 3505 8734",
      "3528297658336911",
      "3528 4395 1202 4271",
      "3528607297780685",
      "3528 6254 8998 4204",
      "3589556530296338",
    ],
    unionpay: [
      "6200 6481 4255 8379",
      "6207636747071867",
      "6229 3563 3076 3655",
      "6238786652673448",
      "6297 4793 3607 1225",
      "6298519736764066",
    ],
    maestro: [
      "5018 3142 1990 7246 106",
      "5018438937380274730",
      "6759 0456 7733 3904 867",
      "6759287937743400717",
      "6759 2927 5095 0574 154",
      "6759461939135379911",
    ],
  },
  passportFormats: {
    US: ["514374725", "522452586", "622086987", "686681128", "694072028"],
    GB: ["103986349", "214458802", "390477218", "527853923", "532286702"],
    DE: ["C1T245JWT", "C2N0189FZ", "C595RVL6Y", "C607VV28M", "CC90P0YM8"],
    FR: ["15RN78985", "59NK64760", "68RJ43614", "70UE79959", "88LV30357"],
    ES: ["PAB874561", "PAD002641", "PAD627171", "PAH690594", "PAM282865"],
    IT: ["YC4330191", "YD8210496", "YE3281280", "YE4700439", "YH8310346"],
    NL: ["NAWSY4LW1", "NKZ20UCW1", "NNAX89WZ3", "NUH611SX3", "NUJERM9V9"],
    PL: ["EA8311659", "EA9258364", "EB4133684", "ED0710720", "EH6278203"],
    IN: ["M3665279", "S7498885", "V1593441", "W1580890", "W4994857"],
    BR: ["FE864738", "FF365078", "FF815663", "FJ788800"],
    CA: ["AB538218", "AK521970", "GA733622", "HK380977"],
    UA: ["FA957811", "FE236552", "FK314808", "GC962869"],
    TR: ["U03434276", "U43428095", "U66652493", "U70401978"],
    MX: ["G14367233", "G54156369", "G76350159", "G79091263"],
    NG: ["A17701185", "A18437370", "A38560253", "A47804161"],
    JP: ["MU2704373", "TK7845753", "TK9899207", "TR8208455"],
  },
  mrz: [
    {
      number: "NXR4K83P1",
      line1: "P<NLDVAN<DER<BERG<<FLEUR<ANNA<<<<<<<<<<<<<<<",
      line2: "NXR4K83P10NLD8408059F3205231<<<<<<<<<<<<<<00",
    },
    {
      number: "C4HM7R2LX",
      line1: "P<DEUOZTURK<<DENIZ<<<<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "C4HM7R2LX5DEU7508228M2809171<<<<<<<<<<<<<<06",
    },
    {
      number: "CB482913",
      line1: "P<PRTMAGALHAES<<INES<<<<<<<<<<<<<<<<<<<<<<<<",
      line2: "CB482913<8PRT8506092F3403118<<<<<<<<<<<<<<02",
    },
    {
      number: "EK3094127",
      line1: "P<POLWOJCIECHOWSKI<<TOMASZ<<<<<<<<<<<<<<<<<<",
      line2: "EK30941272POL6511094M2904065<<<<<<<<<<<<<<06",
    },
    {
      number: "AK0726154",
      line1: "P<KENWANJIRU<<GRACE<NJERI<<<<<<<<<<<<<<<<<<<",
      line2: "AK07261547KEN6510190F2812184<<<<<<<<<<<<<<08",
    },
  ],
} as const;
