/**
 * Values of the twelfth evaluation corpus: a random source of its own and
 * hand-written lists and generators. Every person, number and key here is made
 * up; identifiers carry their issuers' real check digits, and secret-shaped
 * strings are built at run time from the random source, never written out.
 *
 * The random source is xoroshiro64** (Blackman and Vigna), two 32-bit words of
 * state, seeded through the MurmurHash3 finaliser so that nearby seeds give
 * unrelated streams.
 */

let s0 = 0x9e3779b9;
let s1 = 0x243f6a88;

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function next32(): number {
  const a = s0;
  let b = s1;
  const result = Math.imul(rotl(Math.imul(a, 0x9e3779bb) >>> 0, 5), 5) >>> 0;
  b = (b ^ a) >>> 0;
  s0 = (rotl(a, 26) ^ b ^ (b << 9)) >>> 0;
  s1 = rotl(b, 13);
  return result;
}

export function seed(value: number): void {
  s0 = fmix32(value ^ 0x7a11c0de);
  s1 = fmix32((s0 + 0x68e31da4) >>> 0);
  if (s0 === 0 && s1 === 0) s1 = 1;
  for (let n = 0; n < 12; n++) next32();
}

function unit(): number {
  return next32() / 4294967296;
}

export function chance(p: number): boolean {
  return unit() < p;
}

/** An integer from lo to hi, both included. */
export function int(lo: number, hi: number): number {
  return lo + Math.floor(unit() * (hi - lo + 1));
}

export function pick<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("pick from an empty list");
  return values[Math.floor(unit() * values.length)] as T;
}

export function shuffle<T>(values: readonly T[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(0, i);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

export function digits(count: number): string {
  let out = "";
  for (let n = 0; n < count; n++) out += String(int(0, 9));
  return out;
}

export function fromAlphabet(alphabet: string, count: number): string {
  let out = "";
  for (let n = 0; n < count; n++) out += alphabet.charAt(int(0, alphabet.length - 1));
  return out;
}

const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const lower = "abcdefghijklmnopqrstuvwxyz";
const numerals = "0123456789";
const alnum = upper + lower + numerals;
const hexChars = "0123456789abcdef";
const base64Chars = `${alnum}+/`;
const base64UrlChars = `${alnum}-_`;

export const pad2 = (n: number): string => String(n).padStart(2, "0");

// ---------------------------------------------------------------- people

interface Culture {
  given: readonly string[];
  family: readonly string[];
  /** Family name first, as written at home. */
  familyFirst?: boolean;
}

const cultures: readonly Culture[] = [
  {
    given: [
      "Megan",
      "Tyler",
      "Brianna",
      "Dwayne",
      "Courtney",
      "Garrett",
      "Shelby",
      "Marcus",
      "Kayla",
      "Trevor",
    ],
    family: [
      "Whitcombe",
      "Pruitt",
      "Halvorsen",
      "Delacroix-Hart",
      "McAllister",
      "Oyelaran",
      "Kowalczyk",
      "Brandt",
    ],
  },
  {
    given: ["Siobhán", "Ciarán", "Aoife", "Niamh", "Eoghan", "Gráinne", "Pádraig", "Róisín"],
    family: ["Ó Súilleabháin", "Mac Giolla", "O'Driscoll", "Fitzgerald", "Ní Bhriain", "Costigan"],
  },
  {
    given: ["Jürgen", "Hannelore", "Lukas", "Annika", "Björn", "Friederike", "Matthias", "Sönke", "Ilka"],
    family: ["Größlich", "von Ahlefeldt", "Schäfer-Loos", "Wendrich", "Oberhäuser", "zu Putlitz", "Kühnert"],
  },
  {
    given: ["Aurélie", "Benoît", "Maëlle", "Gaëtan", "Solène", "Théo", "Clémence", "Loïc"],
    family: ["Lefèvre-Marchand", "de la Roche", "Dumoulin", "Guérin", "Ravenel", "Le Goff", "Chastanet"],
  },
  {
    given: ["Itziar", "Iñaki", "Marisol", "Joaquín", "Nuria", "Rocío", "Álvaro", "Begoña"],
    family: ["Etxeberria", "de los Santos", "Ibáñez Ruiz", "Cifuentes", "Gallardo Peña", "Urquijo"],
  },
  {
    given: ["Gianluca", "Ilaria", "Donatella", "Edoardo", "Benedetta", "Raffaele", "Ottavia"],
    family: ["Lombardi", "Di Stefano", "Santangelo", "D'Alessio", "Marchetti", "Fabbrocini"],
  },
  {
    given: ["Małgorzata", "Grzegorz", "Agnieszka", "Wojciech", "Zuzanna", "Łukasz"],
    family: ["Wiśniewska", "Brzęczyszczykiewicz", "Zając", "Ostrowski", "Krawczyk"],
  },
  {
    given: ["Sanne", "Joost", "Femke", "Maarten", "Lieke", "Bram"],
    family: ["van der Heijden", "de Vries", "Wijnstra", "van Oosterhout", "Bakker", "ter Horst"],
  },
  {
    given: ["Astrid", "Håkan", "Linnéa", "Torbjörn", "Maja", "Sigrún", "Eero", "Päivi"],
    family: ["Lindqvist", "Åkesson", "Sjöberg", "Haraldsdóttir", "Virtanen", "Mäkinen"],
  },
  {
    given: ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hinata", "Kaito"],
    family: ["Tanabe", "Kurosawa", "Fujimoto", "Ishikawa", "Nakajima", "Ogawa"],
    familyFirst: true,
  },
  {
    given: ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yoon", "Su-bin"],
    family: ["Park", "Choi", "Jeong", "Kang", "Yoon", "Han"],
    familyFirst: true,
  },
  {
    given: ["Xiaoling", "Zhiwei", "Yuting", "Haoran", "Meiqi", "Junjie"],
    family: ["Zhou", "Liang", "Huang", "Xu", "Tang", "Gao"],
    familyFirst: true,
  },
  {
    given: ["Thị Hương", "Văn Minh", "Ngọc Anh", "Quốc Bảo", "Thu Trang"],
    family: ["Nguyễn", "Trần", "Phạm", "Lê", "Vũ"],
    familyFirst: true,
  },
  {
    given: ["Priyanka", "Aarav", "Deepika", "Siddharth", "Lakshmi", "Vikram", "Ananya", "Rohan"],
    family: ["Venkataraman", "Chaudhary", "Iyer", "Banerjee", "Kulkarni", "Reddy", "Mukherjee"],
  },
  {
    given: ["Chukwuemeka", "Ngozi", "Adebayo", "Folasade", "Oluwaseun", "Chiamaka"],
    family: ["Okonkwo", "Adeyemi", "Nwachukwu", "Balogun", "Eze", "Ogunleye"],
  },
  {
    given: ["Kwabena", "Akosua", "Wanjiru", "Kiprono", "Thandeka", "Sipho", "Abebe", "Tigist", "Fatoumata"],
    family: ["Asante", "Mwangi", "Kiplagat", "Dlamini", "Ndlovu", "Tesfaye", "Diallo", "Traoré"],
  },
  {
    given: ["Youssef", "Layla", "Karim", "Nour", "Tariq", "Yasmin", "Omar", "Rania"],
    family: ["El-Amrani", "Haddad", "Al-Khatib", "Benali", "Mansour", "Qureshi"],
  },
  {
    given: ["Tiago", "Luana", "Gonçalo", "Beatriz", "João Pedro", "Mariana"],
    family: ["Conceição", "Magalhães", "dos Anjos", "Brandão", "Figueiredo"],
  },
  {
    given: ["Mehmet", "Zeynep", "Emre", "Elif", "Burak", "Ayşe"],
    family: ["Yıldırım", "Öztürk", "Çelik", "Karataş", "Şahin"],
  },
  {
    given: ["Dmitri", "Olena", "Taras", "Yulia", "Bohdan", "Natalia"],
    family: ["Shevchenko", "Kovalenko", "Morozova", "Horbunov", "Lysenko"],
  },
];

// Names that stand alone, as many Indonesians and some others use one name only.
const singleNames = ["Sukarni", "Wiranto", "Prabowati", "Suharti", "Budiono", "Madonna-Rae"];

function culture(): Culture {
  return pick(cultures);
}

export function givenName(): string {
  return pick(culture().given);
}

export function surname(): string {
  return pick(culture().family);
}

/** A full name as written in its culture, with a one-name person now and then. */
export function fullName(): string {
  if (chance(0.03)) return pick(singleNames);
  const c = culture();
  const given = pick(c.given);
  const family = pick(c.family);
  return c.familyFirst && chance(0.5) ? `${family} ${given}` : `${given} ${family}`;
}

/** A person split into parts, western order, for records with separate fields. */
export function person(): { given: string; family: string; full: string } {
  const c = culture();
  const given = pick(c.given);
  const family = pick(c.family);
  return { given, family, full: `${given} ${family}` };
}

/** Folded to ASCII for logins, slugs and e-mail local parts. */
export function ascii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[łŁ]/g, (c) => (c === "ł" ? "l" : "L"))
    .replace(/ı/g, "i")
    .replace(/[øØ]/g, "o")
    .replace(/[đĐ]/g, "d");
}

export function slug(name: string): string {
  return ascii(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const companyDomains = [
  "halvard-logistics.com",
  "brightwater.io",
  "kestrel-analytics.de",
  "norrland-energi.se",
  "vantapay.fi",
  "ostara-health.co.uk",
  "lumenfold.fr",
  "tidewell.es",
  "quarrystone.nl",
  "pellucid.ai",
  "ardent-freight.com",
  "cobaltmint.com",
];
const freeMail = [
  "gmail.com",
  "outlook.com",
  "proton.me",
  "gmx.de",
  "yahoo.fr",
  "icloud.com",
  "web.de",
  "hotmail.co.uk",
];

export function companyDomain(): string {
  return pick(companyDomains);
}

/** A person's own address, at work or private. */
export function email(name: string = fullName()): string {
  const parts = slug(name).split("-").filter(Boolean);
  const first = parts[0] ?? "kim";
  const last = parts[parts.length - 1] ?? "lee";
  const work = chance(0.55);
  const local = work
    ? pick([
        `${first}.${last}`,
        `${first.charAt(0)}${last}`,
        `${first}_${last}`,
        `${last}.${first.charAt(0)}`,
      ])
    : pick([
        `${first}${last}${int(1, 99)}`,
        `${first}.${last}`,
        `${last}.${first}${int(70, 99)}`,
        `${first}${int(1980, 2004)}`,
      ]);
  return `${local}@${work ? companyDomain() : pick(freeMail)}`;
}

// ---------------------------------------------------------------- places

const usStreets = [
  "Larkspur",
  "Cottonwood",
  "Magnolia",
  "Harbison",
  "Old Mill",
  "Juniper Ridge",
  "Pettigrew",
  "Quail Hollow",
];
const usSuffixes = ["St", "Ave", "Blvd", "Dr", "Ln", "Ct", "Rd", "Way"];
const usCities: readonly [string, string, string][] = [
  ["Tulsa", "OK", "741"],
  ["Boise", "ID", "837"],
  ["Raleigh", "NC", "276"],
  ["Spokane", "WA", "992"],
  ["Dayton", "OH", "454"],
  ["Albuquerque", "NM", "871"],
  ["Madison", "WI", "537"],
  ["Savannah", "GA", "314"],
  ["Fort Collins", "CO", "805"],
  ["Worcester", "MA", "016"],
];

export function usAddress(multiline = false): string {
  const [city, state, zip3] = pick(usCities);
  const street = `${int(12, 9870)} ${pick(usStreets)} ${pick(usSuffixes)}${chance(0.25) ? ` Apt ${int(1, 40)}${pick(["", "B", "C"])}` : ""}`;
  const zip = `${zip3}${digits(2)}${chance(0.2) ? `-${digits(4)}` : ""}`;
  return multiline ? `${street}\n${city}, ${state} ${zip}` : `${street}, ${city}, ${state} ${zip}`;
}

const ukStreets = [
  "Aldersgate Road",
  "Chantry Close",
  "Wickham Lane",
  "Priory Gardens",
  "Marlow Crescent",
  "Fennel Street",
  "Holloway Terrace",
];
const ukTowns: readonly [string, string][] = [
  ["Leeds", "LS6"],
  ["Bristol", "BS7"],
  ["Norwich", "NR2"],
  ["Sheffield", "S11"],
  ["Cardiff", "CF24"],
  ["Glasgow", "G12"],
  ["Brighton", "BN2"],
  ["London", "SE15"],
  ["Manchester", "M20"],
];

export function ukAddress(multiline = false): string {
  const [town, outward] = pick(ukTowns);
  const postcode = `${outward} ${int(1, 9)}${fromAlphabet("ABDEFGHJLNPQRSTUWXYZ", 2)}`;
  const line = `${chance(0.2) ? `Flat ${int(1, 12)}, ` : ""}${int(1, 240)} ${pick(ukStreets)}`;
  return multiline ? `${line}\n${town}\n${postcode}` : `${line}, ${town} ${postcode}`;
}

const deStreets = [
  "Lindenstraße",
  "Am Kiesgrund",
  "Schillerweg",
  "Kastanienallee",
  "Hainbuchenstr.",
  "Bergmannstraße",
  "Uhlandring",
];
const deCities: readonly [string, string][] = [
  ["Leipzig", "04"],
  ["Bielefeld", "33"],
  ["Freiburg im Breisgau", "79"],
  ["Köln", "50"],
  ["Berlin", "10"],
  ["München", "81"],
  ["Kassel", "34"],
  ["Rostock", "18"],
];

export function deAddress(multiline = false): string {
  const [city, plz2] = pick(deCities);
  const line = `${pick(deStreets)} ${int(1, 140)}${chance(0.2) ? pick(["a", "b", "c"]) : ""}`;
  const town = `${plz2}${digits(3)} ${city}`;
  return multiline ? `${line}\n${town}` : `${line}, ${town}`;
}

const frStreets = [
  "rue des Tanneurs",
  "avenue Jean-Jaurès",
  "boulevard de la Liberté",
  "impasse des Lilas",
  "rue du Faubourg-Saint-Denis",
  "allée des Cerisiers",
];
const frCities: readonly [string, string][] = [
  ["Lyon", "6900"],
  ["Nantes", "4400"],
  ["Lille", "5900"],
  ["Toulouse", "3100"],
  ["Paris", "7501"],
  ["Rennes", "3500"],
  ["Montpellier", "3400"],
];

export function frAddress(multiline = false): string {
  const [city, cp4] = pick(frCities);
  const line = `${int(1, 180)}${chance(0.15) ? " bis" : ""} ${pick(frStreets)}`;
  const town = `${cp4}${int(0, 9)} ${city}`;
  return multiline ? `${line}\n${town}` : `${line}, ${town}`;
}

const esStreets = [
  "Calle de Alcalá",
  "Avenida de la Constitución",
  "Carrer de Mallorca",
  "Calle Mayor",
  "Paseo de Gracia",
  "Calle San Bernardo",
];
const esCities: readonly [string, string][] = [
  ["Madrid", "280"],
  ["Barcelona", "080"],
  ["Sevilla", "410"],
  ["Valencia", "460"],
  ["Bilbao", "480"],
  ["Zaragoza", "500"],
];

export function esAddress(multiline = false): string {
  const [city, cp3] = pick(esCities);
  const line = `${pick(esStreets)}, ${int(1, 220)}${chance(0.5) ? `, ${int(1, 9)}º ${pick(["A", "B", "C", "izda.", "dcha."])}` : ""}`;
  const town = `${cp3}${digits(2)} ${city}`;
  return multiline ? `${line}\n${town}` : `${line}, ${town}`;
}

const nlStreets = ["Prinsengracht", "Vondelstraat", "Korte Nieuwstraat", "Wilhelminapark"];
export function nlAddress(): string {
  return `${pick(nlStreets)} ${int(1, 300)}, ${int(1000, 9999)} ${fromAlphabet("ABCEGHJKLMNPRTVWXZ", 2)} ${pick(["Utrecht", "Amsterdam", "Groningen", "Eindhoven"])}`;
}

export function anyAddress(multiline = false): string {
  switch (int(0, 5)) {
    case 0:
      return usAddress(multiline);
    case 1:
      return ukAddress(multiline);
    case 2:
      return deAddress(multiline);
    case 3:
      return frAddress(multiline);
    case 4:
      return esAddress(multiline);
    default:
      return multiline ? usAddress(true) : nlAddress();
  }
}

// ---------------------------------------------------------------- phones

export function ukMobile(international = false): string {
  const rest = `${int(700, 799)}${digits(1)} ${digits(6)}`;
  return international ? `+44 ${rest}` : `0${rest}`;
}

export function phone(): string {
  switch (int(0, 11)) {
    case 0:
      return ukMobile(false);
    case 1:
      return ukMobile(true);
    case 2:
      return `0${pick(["151", "160", "170", "176"])} ${digits(4)} ${digits(4)}`;
    case 3:
      return `+49 ${pick(["30", "89", "221", "40"])} ${digits(7)}`;
    case 4:
      return `0${pick(["6", "7"])} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`;
    case 5:
      return `+33 ${pick(["6", "7", "1"])} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`;
    case 6:
      return `${pick(["6", "7"])}${digits(2)} ${digits(3)} ${digits(3)}`;
    case 7:
      return `+34 ${pick(["6", "9"])}${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`;
    case 8:
      return `(${int(212, 989)}) ${int(201, 549)}-${digits(4)}`;
    case 9:
      return `+1 ${int(212, 989)}-${int(201, 549)}-${digits(4)}`;
    case 10:
      return pick([
        `+91 ${int(70, 99)}${digits(3)} ${digits(5)}`,
        `+81 90-${digits(4)}-${digits(4)}`,
        `+234 80${int(2, 9)} ${digits(3)} ${digits(4)}`,
        `+55 11 9${digits(4)}-${digits(4)}`,
      ]);
    default:
      return pick([
        `06-${digits(8)}`,
        `+39 3${digits(2)} ${digits(3)} ${digits(4)}`,
        `04${digits(2)} ${digits(3)} ${digits(3)}`,
      ]);
  }
}

// ---------------------------------------------------------------- network

export function privateIp(): string {
  switch (int(0, 2)) {
    case 0:
      return `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
    case 1:
      return `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`;
    default:
      return `192.168.${int(0, 255)}.${int(2, 254)}`;
  }
}

export function publicIp(): string {
  // Stays out of the private, loopback, multicast and documentation ranges.
  const first = pick([31, 46, 62, 81, 85, 91, 109, 145, 151, 176, 185, 188, 212, 217]);
  return `${first}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
}

export function ipv6(): string {
  const group = () => fromAlphabet(hexChars, int(1, 4)).replace(/^0+(?=.)/, "");
  return pick([
    `2a02:${group()}:${group()}:${group()}::${group()}`,
    `fd${fromAlphabet(hexChars, 2)}:${group()}:${group()}::${group()}`,
  ]);
}

export function ip(): string {
  return chance(0.15) ? ipv6() : chance(0.5) ? privateIp() : publicIp();
}

// ---------------------------------------------------------------- national identifiers

export function ssn(): string {
  let area = int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, "0")}-${pad2(int(1, 99))}-${String(int(1, 9999)).padStart(4, "0")}`;
}

export function nino(): string {
  const first = fromAlphabet("ABCEGHJKLMNOPRSTWXYZ", 1);
  let second = fromAlphabet("ABCEGHJKLMNPRSTWXYZ", 1);
  const prefix = first + second;
  if (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(prefix)) second = "A";
  const body = digits(6);
  const suffix = pick(["A", "B", "C", "D"]);
  return chance(0.5)
    ? `${first}${second} ${body.slice(0, 2)} ${body.slice(2, 4)} ${body.slice(4)} ${suffix}`
    : `${first}${second}${body}${suffix}`;
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

export function dni(): string {
  const n = int(10000000, 99999999);
  return `${n}${dniLetters.charAt(n % 23)}`;
}

export function nie(): string {
  const lead = int(0, 2);
  const body = digits(7);
  const n = Number(`${lead}${body}`);
  return `${"XYZ".charAt(lead)}${body}${dniLetters.charAt(n % 23)}`;
}

/** A DNI whose letter is wrong: a hard negative. */
export function dniWithWrongLetter(): string {
  const n = int(10000000, 99999999);
  const right = n % 23;
  return `${n}${dniLetters.charAt((right + int(1, 22)) % 23)}`;
}

export function nir(): string {
  const sex = pick([1, 2]);
  const yy = pad2(int(55, 99) % 100);
  const mm = pad2(int(1, 12));
  const dept = pad2(pick([13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93, 94]));
  const commune = String(int(1, 400)).padStart(3, "0");
  const order = String(int(1, 999)).padStart(3, "0");
  const base = `${sex}${yy}${mm}${dept}${commune}${order}`;
  const key = pad2(97 - (Number(base) % 97));
  return chance(0.5) ? `${sex} ${yy} ${mm} ${dept} ${commune} ${order} ${key}` : `${base}${key}`;
}

export function steuerId(): string {
  // Ten digits: one digit twice, one digit missing, the first not zero; then ISO 7064 MOD 11,10.
  for (;;) {
    const pool = shuffle(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]).slice(0, 9);
    const doubled = pick(pool);
    const ten = shuffle([...pool, doubled]);
    if (ten[0] === "0") continue;
    let product = 10;
    for (const d of ten) {
      let sum = (Number(d) + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    const check = (11 - product) % 10;
    const id = `${ten.join("")}${check}`;
    return chance(0.4) ? `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}` : id;
  }
}

export function bsn(): string {
  for (;;) {
    const eight = digits(8);
    if (eight.startsWith("0")) continue;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(eight.charAt(i)) * (9 - i);
    const last = sum % 11;
    if (last > 9) continue;
    return `${eight}${last}`;
  }
}

export function pesel(): string {
  const year = int(1955, 2006);
  const month = int(1, 12) + (year >= 2000 ? 20 : 0);
  const day = int(1, 28);
  const ten = `${pad2(year % 100)}${pad2(month)}${pad2(day)}${digits(4)}`;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(ten.charAt(i)) * (weights[i] as number);
  return `${ten}${(10 - (sum % 10)) % 10}`;
}

function luhnCheckDigit(body: string): number {
  let sum = 0;
  let double = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let d = Number(body.charAt(i));
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

export function personnummer(): string {
  const year = int(1958, 2004);
  const nine = `${pad2(year % 100)}${pad2(int(1, 12))}${pad2(int(1, 28))}${digits(3)}`;
  const check = luhnCheckDigit(nine);
  const full = `${nine.slice(0, 6)}-${nine.slice(6)}${check}`;
  return chance(0.3) ? `${Math.floor(year / 100)}${full}` : full;
}

const cfOdd: Record<string, number> = {
  "0": 1,
  "1": 0,
  "2": 5,
  "3": 7,
  "4": 9,
  "5": 13,
  "6": 15,
  "7": 17,
  "8": 19,
  "9": 21,
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

function cfEven(c: string): number {
  return /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
}

function cfPart(word: string, isGiven: boolean): string {
  const letters = ascii(word)
    .toUpperCase()
    .replace(/[^A-Z]/g, "");
  const consonants = letters.replace(/[AEIOU]/g, "");
  const vowels = letters.replace(/[^AEIOU]/g, "");
  if (isGiven && consonants.length >= 4)
    return `${consonants.charAt(0)}${consonants.charAt(2)}${consonants.charAt(3)}`;
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

const italianGiven = [
  "Gianluca",
  "Ilaria",
  "Donatella",
  "Edoardo",
  "Benedetta",
  "Raffaele",
  "Ottavia",
  "Salvatore",
];
const italianFamily = [
  "Lombardi",
  "Santangelo",
  "Marchetti",
  "Fabbrocini",
  "Pellegrino",
  "Guerrieri",
  "Caruso",
];
const comuni = ["H501", "F205", "L219", "G273", "F839", "A944", "D612", "L736", "C351"];

/** A codice fiscale with the person it encodes. */
export function codiceFiscale(): { name: string; code: string } {
  const given = pick(italianGiven);
  const family = pick(italianFamily);
  const female = /a$/.test(given);
  const day = int(1, 28) + (female ? 40 : 0);
  const body = `${cfPart(family, false)}${cfPart(given, true)}${pad2(int(55, 99) % 100)}${"ABCDEHLMPRST".charAt(int(0, 11))}${pad2(day)}${pick(comuni)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    sum += i % 2 === 0 ? (cfOdd[c] ?? 0) : cfEven(c);
  }
  return { name: `${given} ${family}`, code: `${body}${upper.charAt(sum % 26)}` };
}

export function nationalId(): { kind: string; value: string } {
  switch (int(0, 8)) {
    case 0:
      return { kind: "SSN", value: ssn() };
    case 1:
      return { kind: "National Insurance number", value: nino() };
    case 2:
      return { kind: "DNI", value: dni() };
    case 3:
      return { kind: "NIE", value: nie() };
    case 4:
      return { kind: "numéro de sécurité sociale", value: nir() };
    case 5:
      return { kind: "Steuer-ID", value: steuerId() };
    case 6:
      return { kind: "BSN", value: bsn() };
    case 7:
      return { kind: "PESEL", value: pesel() };
    default:
      return chance(0.5)
        ? { kind: "personnummer", value: personnummer() }
        : { kind: "codice fiscale", value: codiceFiscale().code };
  }
}

// ---------------------------------------------------------------- passports

export function passportNumber(): { country: string; code: string; value: string } {
  switch (int(0, 8)) {
    case 0:
      return {
        country: "US",
        code: "USA",
        value: chance(0.5) ? digits(9).replace(/^0/, "5") : `A${digits(8)}`,
      };
    case 1:
      return { country: "UK", code: "GBR", value: `${int(1, 9)}${digits(8)}` };
    case 2:
      return {
        country: "German",
        code: "D",
        value: `${pick(["C", "F", "G", "H", "J", "K"])}${fromAlphabet("CFGHJKLMNPRTVWXYZ0123456789", 8)}`,
      };
    case 3:
      return { country: "French", code: "FRA", value: `${digits(2)}${fromAlphabet(upper, 2)}${digits(5)}` };
    case 4:
      return { country: "Spanish", code: "ESP", value: `${fromAlphabet(upper, 3)}${digits(6)}` };
    case 5:
      return {
        country: "Indian",
        code: "IND",
        value: `${fromAlphabet("ABCDEFGHJKLMNPRSTUVWZ", 1)}${int(1, 9)}${digits(6)}`,
      };
    case 6:
      return { country: "Canadian", code: "CAN", value: `${fromAlphabet(upper, 2)}${digits(6)}` };
    case 7:
      return { country: "Italian", code: "ITA", value: `${fromAlphabet(upper, 2)}${digits(7)}` };
    default:
      return {
        country: "Dutch",
        code: "NLD",
        value: `${fromAlphabet("ABCDEFGHJKLMNPRSTUVWXYZ", 2)}${fromAlphabet("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6)}${int(1, 9)}`,
      };
  }
}

function mrzValue(c: string): number {
  if (c === "<") return 0;
  if (/[0-9]/.test(c)) return Number(c);
  return c.charCodeAt(0) - 55;
}

function mrzCheck(field: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) sum += mrzValue(field.charAt(i)) * (weights[i % 3] as number);
  return String(sum % 10);
}

function mrzName(text: string): string {
  return ascii(text)
    .toUpperCase()
    .replace(/[^A-Z]+/g, "<");
}

/**
 * The two lines of a passport's machine-readable zone, with where the
 * document number sits in the second line.
 */
export function passportMrz(): { lines: string; number: string; numberStart: number; holder: string } {
  const p = person();
  const doc = passportNumber();
  const number = doc.value.slice(0, 9).padEnd(9, "<");
  const state = doc.code.padEnd(3, "<");
  const line1 = `P<${state}${mrzName(p.family)}<<${mrzName(p.given)}`.padEnd(44, "<").slice(0, 44);
  const birth = `${pad2(int(55, 99) % 100)}${pad2(int(1, 12))}${pad2(int(1, 28))}`;
  const expiry = `${pad2(int(27, 36))}${pad2(int(1, 12))}${pad2(int(1, 28))}`;
  const personal = "<".repeat(14);
  const head = `${number}${mrzCheck(number)}${state}${birth}${mrzCheck(birth)}${pick(["M", "F"])}${expiry}${mrzCheck(expiry)}${personal}${mrzCheck(personal)}`;
  const composite = `${head.slice(0, 10)}${head.slice(13, 20)}${head.slice(21, 43)}`;
  const line2 = `${head}${mrzCheck(composite)}`;
  return {
    lines: `${line1}\n${line2}`,
    number: doc.value.slice(0, 9),
    numberStart: line1.length + 1,
    holder: p.full,
  };
}

// ---------------------------------------------------------------- banking

export function abaRouting(): string {
  for (;;) {
    const eight = `${pick(["0", "1", "2", "3"])}${digits(7)}`;
    const prefix = Number(eight.slice(0, 2));
    if (!((prefix >= 1 && prefix <= 12) || (prefix >= 21 && prefix <= 32))) continue;
    const d = eight.split("").map(Number) as number[];
    const partial =
      3 * ((d[0] ?? 0) + (d[3] ?? 0) + (d[6] ?? 0)) +
      7 * ((d[1] ?? 0) + (d[4] ?? 0) + (d[7] ?? 0)) +
      (d[2] ?? 0) +
      (d[5] ?? 0);
    const check = (10 - (partial % 10)) % 10;
    return `${eight}${check}`;
  }
}

export function usAccount(): string {
  return `${int(1, 9)}${digits(int(7, 11))}`;
}

/** A card number that passes Luhn, in a common grouping; never a published test number. */
export function card(): { brand: string; value: string } {
  const kind = int(0, 3);
  const prefix =
    kind === 0
      ? `4${int(1, 9)}${digits(2)}`
      : kind === 1
        ? `5${int(1, 5)}${digits(2)}`
        : kind === 2
          ? pick(["34", "37"])
          : "6011";
  const length = kind === 2 ? 15 : 16;
  let body = `${prefix}${digits(length - 1 - prefix.length)}`;
  if (/^4242|^4111|^5555|^4000/.test(body)) body = `48${body.slice(2)}`;
  const full = `${body}${luhnCheckDigit(body)}`;
  const brand = ["Visa", "Mastercard", "Amex", "Discover"][kind] as string;
  const style = int(0, 2);
  if (kind === 2) {
    const grouped = `${full.slice(0, 4)} ${full.slice(4, 10)} ${full.slice(10)}`;
    return { brand, value: style === 0 ? full : style === 1 ? grouped : grouped.replace(/ /g, "-") };
  }
  const grouped = full.replace(/(\d{4})(?=\d)/g, "$1 ");
  return { brand, value: style === 0 ? full : style === 1 ? grouped : grouped.replace(/ /g, "-") };
}

/** A sixteen-digit number whose Luhn digit is off by one: a hard negative. */
export function cardFailingLuhn(): string {
  const body = `4${int(5, 9)}${digits(13)}`;
  const right = luhnCheckDigit(body);
  const full = `${body}${(right + int(1, 9)) % 10}`;
  return full.replace(/(\d{4})(?=\d)/g, "$1 ");
}

function mod97(numeric: string): number {
  let rest = 0;
  for (const c of numeric) rest = (rest * 10 + Number(c)) % 97;
  return rest;
}

function ibanNumeric(text: string): string {
  return text
    .toUpperCase()
    .split("")
    .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c))
    .join("");
}

function withIbanCheck(country: string, bban: string): string {
  const check = pad2(98 - mod97(ibanNumeric(`${bban}${country}00`)));
  return `${country}${check}${bban}`;
}

function spanishControl(ten: string): number {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(ten.charAt(i)) * (weights[i] as number);
  const d = 11 - (sum % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}

function ibanBban(country: string): string {
  switch (country) {
    case "DE":
      return `${int(1, 8)}${digits(7)}${digits(10)}`;
    case "GB":
      return `${pick(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"])}${digits(6)}${digits(8)}`;
    case "FR": {
      const bank = `${int(10000, 99999)}`;
      const branch = digits(5);
      const account = digits(11);
      const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97);
      return `${bank}${branch}${account}${pad2(key)}`;
    }
    case "ES": {
      const bank = digits(4);
      const branch = digits(4);
      const account = digits(10);
      return `${bank}${branch}${spanishControl(`00${bank}${branch}`)}${spanishControl(account)}${account}`;
    }
    case "NL":
      return `${pick(["ABNA", "RABO", "INGB", "SNSB", "TRIO"])}${digits(10)}`;
    case "BE": {
      const ten = digits(10);
      const check = Number(ten) % 97;
      return `${ten}${pad2(check === 0 ? 97 : check)}`;
    }
    case "AT":
      return `${int(1, 9)}${digits(4)}${digits(11)}`;
    case "PL":
      return digits(24);
    default:
      return `${int(1, 9)}${digits(4)}${digits(12)}`;
  }
}

export function iban(grouped = chance(0.6)): string {
  const country = pick(["DE", "GB", "FR", "ES", "NL", "BE", "AT", "PL", "CH"]);
  const plain = withIbanCheck(country, ibanBban(country));
  return grouped ? plain.replace(/(.{4})(?=.)/g, "$1 ") : plain;
}

/** An IBAN whose check digits are wrong: a hard negative. */
export function ibanWithWrongCheck(): string {
  const right = withIbanCheck("DE", ibanBban("DE"));
  const check = Number(right.slice(2, 4));
  const wrong = pad2(((check + int(1, 50) - 2) % 97) + 2);
  return `DE${wrong}${right.slice(4)}`.replace(/(.{4})(?=.)/g, "$1 ");
}

export function sortCode(): string {
  return `${pad2(int(1, 99))}-${pad2(int(0, 99))}-${pad2(int(0, 99))}`;
}

export function ukAccount(): string {
  return `${int(1, 9)}${digits(7)}`;
}

// ---------------------------------------------------------------- secrets

function base64UrlOf(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

export function hex(count: number): string {
  return fromAlphabet(hexChars, count);
}

export function uuid(): string {
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
}

export function jwt(): string {
  const header = base64UrlOf(JSON.stringify({ alg: pick(["HS256", "RS256", "ES256"]), typ: "JWT" }));
  const now = 1_796_000_000 + int(0, 9_999_999);
  const payload = base64UrlOf(
    JSON.stringify({
      sub: pick([uuid(), `auth0|${hex(24)}`, String(int(10000, 999999))]),
      iat: now,
      exp: now + pick([900, 3600, 86400]),
      ...(chance(0.5) ? { scope: pick(["read:orders write:orders", "openid profile email", "admin"]) } : {}),
    }),
  );
  return `${header}.${payload}.${fromAlphabet(base64UrlChars, pick([43, 86]))}`;
}

export interface ProviderKey {
  provider: string;
  envName: string;
  value: string;
}

export function providerKey(): ProviderKey {
  switch (int(0, 15)) {
    case 0:
      return { provider: "AWS", envName: "AWS_SECRET_ACCESS_KEY", value: fromAlphabet(`${alnum}/+`, 40) };
    case 1:
      return { provider: "GitHub", envName: "GITHUB_TOKEN", value: `ghp_${fromAlphabet(alnum, 36)}` };
    case 2:
      return {
        provider: "GitHub",
        envName: "GH_PAT",
        value: `github_pat_${fromAlphabet(upper + numerals, 22)}_${fromAlphabet(alnum, 59)}`,
      };
    case 3:
      return {
        provider: "Slack",
        envName: "SLACK_BOT_TOKEN",
        value: `xoxb-${digits(12)}-${digits(13)}-${fromAlphabet(alnum, 24)}`,
      };
    case 4:
      return {
        provider: "Stripe",
        envName: "STRIPE_SECRET_KEY",
        value: `sk_live_${fromAlphabet(alnum, 99)}`,
      };
    case 5:
      return {
        provider: "OpenAI",
        envName: "OPENAI_API_KEY",
        value: `sk-proj-${fromAlphabet(base64UrlChars, 64)}T3BlbkFJ${fromAlphabet(base64UrlChars, 64)}`,
      };
    case 6:
      return {
        provider: "Anthropic",
        envName: "ANTHROPIC_API_KEY",
        value: `sk-ant-api03-${fromAlphabet(base64UrlChars, 93)}AA`,
      };
    case 7:
      return {
        provider: "Google",
        envName: "GOOGLE_MAPS_API_KEY",
        value: `AIza${fromAlphabet(base64UrlChars, 35)}`,
      };
    case 8:
      return {
        provider: "GitLab",
        envName: "GITLAB_TOKEN",
        value: `glpat-${fromAlphabet(base64UrlChars, 20)}`,
      };
    case 9:
      return {
        provider: "SendGrid",
        envName: "SENDGRID_API_KEY",
        value: `SG.${fromAlphabet(base64UrlChars, 22)}.${fromAlphabet(base64UrlChars, 43)}`,
      };
    case 10:
      return { provider: "Hugging Face", envName: "HF_TOKEN", value: `hf_${fromAlphabet(alnum, 34)}` };
    case 11:
      return { provider: "Databricks", envName: "DATABRICKS_TOKEN", value: `dapi${hex(32)}` };
    case 12:
      return { provider: "Shopify", envName: "SHOPIFY_ADMIN_TOKEN", value: `shpat_${hex(32)}` };
    case 13:
      return { provider: "Twilio", envName: "TWILIO_AUTH_TOKEN", value: hex(32) };
    case 14:
      return {
        provider: "Stripe",
        envName: "STRIPE_WEBHOOK_SECRET",
        value: `whsec_${fromAlphabet(alnum, 32)}`,
      };
    default:
      return { provider: "Datadog", envName: "DD_API_KEY", value: hex(32) };
  }
}

export function awsKeyPair(): { id: string; secret: string } {
  return { id: `AKIA${fromAlphabet(`${upper}234567`, 16)}`, secret: fromAlphabet(`${alnum}/+`, 40) };
}

export function npmToken(): string {
  return `npm_${fromAlphabet(alnum, 36)}`;
}

const words = [
  "harbor",
  "tulip",
  "granite",
  "mango",
  "velvet",
  "comet",
  "pepper",
  "saffron",
  "walrus",
  "ember",
  "quartz",
  "thistle",
  "lagoon",
  "cobalt",
];

export function password(): string {
  switch (int(0, 4)) {
    case 0:
      return `${pick(words).replace(/^./, (c) => c.toUpperCase())}${pick(words)}${int(10, 99)}${pick(["!", "#", "$", "%", "&", "?"])}`;
    case 1:
      return fromAlphabet(`${alnum}!#$%&*@^`, int(12, 20));
    case 2:
      return `${pick(words)}-${pick(words)}-${pick(words)}-${int(1, 99)}`;
    case 3:
      return `${pick(["Winter", "Summer", "Herbst", "Printemps", "Octubre"])}${int(2024, 2027)}${pick(["!", "?", "#", "*"])}${fromAlphabet(alnum, 2)}`;
    default:
      return `${fromAlphabet(alnum, 4)}-${fromAlphabet(alnum, 4)}-${fromAlphabet(alnum, 4)}`;
  }
}

/** A password without characters that need escaping in a URL's user part. */
export function urlSafePassword(): string {
  return fromAlphabet(`${alnum}-._~`, int(14, 24));
}

export function pin(): string {
  return digits(pick([4, 4, 6]));
}

export function otp(): string {
  return digits(6);
}

export function recoveryCode(): string {
  return `${fromAlphabet(lower + numerals, 5)}-${fromAlphabet(lower + numerals, 5)}`;
}

export function hostName(): string {
  return pick([
    `db-${pick(["prod", "stage", "billing", "orders"])}-${int(1, 9)}.${pick(["internal", "corp.lan", "eu-west-1.rds.amazonaws.com"])}`,
    `${pick(["pg", "mongo", "redis", "mq"])}${int(1, 30)}.${companyDomain()}`,
    privateIp(),
  ]);
}

export function connectionString(): { text: string; secretStart: number; secretEnd: number } {
  const user = pick(["app_rw", "svc_billing", "etl", "admin", "reporting", "orders_api"]);
  const pass = urlSafePassword();
  const host = hostName();
  const scheme = pick(["postgresql", "postgres", "mysql", "mongodb+srv", "redis", "amqps", "mssql"]);
  const prefix = scheme === "redis" && chance(0.5) ? `${scheme}://:` : `${scheme}://${user}:`;
  const suffix = `@${host}${scheme === "mongodb+srv" ? "/orders?retryWrites=true" : scheme === "redis" ? ":6379/0" : `/${pick(["orders", "billing", "crm", "warehouse"])}`}`;
  return {
    text: `${prefix}${pass}${suffix}`,
    secretStart: prefix.length,
    secretEnd: prefix.length + pass.length,
  };
}

export function pemPrivateKey(): string {
  const kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"]);
  const lines: string[] = [];
  for (let n = int(4, 9); n > 0; n--) lines.push(fromAlphabet(base64Chars, 64));
  lines.push(`${fromAlphabet(base64Chars, int(8, 40))}==`);
  return `-----BEGIN ${kind}-----\n${lines.join("\n")}\n-----END ${kind}-----`;
}

export function azureConnection(): { text: string; keyStart: number; keyEnd: number } {
  const account = pick(["stexports", "halvardlogs", "backupsweu", "mediaassets"]) + digits(2);
  const key = `${fromAlphabet(base64Chars, 86)}==`;
  const prefix = `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=`;
  return {
    text: `${prefix}${key};EndpointSuffix=core.windows.net`,
    keyStart: prefix.length,
    keyEnd: prefix.length + key.length,
  };
}

// ---------------------------------------------------------------- harmless look-alikes

/** An opaque paging cursor: base64 of a harmless position. */
export function pagingCursor(): string {
  const position = pick([
    {
      after: `2026-${pad2(int(1, 12))}-${pad2(int(1, 28))}T${pad2(int(0, 23))}:${pad2(int(0, 59))}:00Z`,
      id: int(1, 99999),
    },
    { offset: int(20, 4000), limit: pick([20, 50, 100]) },
    { page: int(2, 80), sort: pick(["created_at", "name", "-updated"]) },
  ]);
  return Buffer.from(JSON.stringify(position)).toString(chance(0.5) ? "base64" : "base64url");
}

export function commitSha(): string {
  return hex(40);
}

export function sshPublicKey(): string {
  return `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fromAlphabet(base64Chars, 43)} ${slug(givenName())}@laptop`;
}

export function logTimestamp(): string {
  return `2026-${pad2(int(1, 12))}-${pad2(int(1, 28))} ${pad2(int(0, 23))}:${pad2(int(0, 59))}:${pad2(int(0, 59))},${String(int(0, 999)).padStart(3, "0")}`;
}

export function semver(): string {
  return `${int(1, 22)}.${int(0, 40)}.${int(0, 30)}`;
}

export function money(currency = pick(["€", "£", "$"])): string {
  const amount = pick([int(38, 160) * 1000, int(2800, 9800), int(41, 220) * 500]);
  const formatted = amount.toLocaleString("en-GB");
  return currency === "€" && chance(0.5) ? `${amount.toLocaleString("de-DE")} €` : `${currency}${formatted}`;
}

export function weekday(): string {
  return pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]);
}

export function dayCount(): number {
  return int(2, 14);
}

export function clock(): string {
  return `${int(7, 18)}:${pick(["00", "15", "30", "45"])}`;
}

export function dateText(): string {
  return `${int(1, 28)} ${pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}`;
}

export function ticket(): string {
  return `${pick(["OPS", "PLAT", "HR", "FIN", "SEC", "CS"])}-${int(100, 9999)}`;
}

/** A phone in international form only, as links and dialers want it. */
export function internationalPhone(): string {
  for (;;) {
    const candidate = phone();
    if (candidate.startsWith("+")) return candidate;
  }
}

export function timeRange(): string {
  const start = int(7, 17);
  const minutes = pick(["00", "15", "30", "45"]);
  return `${start}:${minutes}–${start + int(1, 2)}:${minutes}`;
}

/** A yearly salary in one currency. */
export function salary(): string {
  const amount = int(32, 180) * 1000;
  return pick([
    `€${amount.toLocaleString("en-GB")}`,
    `£${amount.toLocaleString("en-GB")}`,
    `$${amount.toLocaleString("en-US")}`,
    `${amount.toLocaleString("de-DE")} €`,
  ]);
}

export function salaryBand(): string {
  const low = int(45, 90) * 1000;
  const high = low + int(10, 40) * 1000;
  return `€${low.toLocaleString("en-GB")}–€${high.toLocaleString("en-GB")}`;
}
