/**
 * Values for the ninth corpus, drawn from its own random source: Mark
 * Overton's RomuTrio32 (three 32-bit words, a multiply and two rotations),
 * seeded through MurmurHash3's 32-bit finaliser. No earlier corpus used either.
 *
 * Everything here is written by hand: no data package. Identifiers are built
 * to their issuers' rules with the check digits computed below (Luhn, ISO
 * 13616 mod 97, ABA 3-7-1, ICAO 9303 7-3-1, mod 11, mod 23, Verhoeff …); a
 * draw that breaks a rule (an SSN area 666, a BSN failing the 11-test) is
 * drawn again, at most a few hundred times.
 */

// ---------------------------------------------------------------- random source

const state = new Uint32Array(3); // x, y, z

const rotl = (value: number, by: number) => ((value << by) | (value >>> (32 - by))) >>> 0;

function next(): number {
  const xp = state[0] as number;
  const yp = state[1] as number;
  const zp = state[2] as number;
  state[0] = Math.imul(3323815723, zp) >>> 0;
  state[1] = rotl((yp - xp) >>> 0, 6);
  state[2] = rotl((zp - yp) >>> 0, 22);
  return xp;
}

/** MurmurHash3's finaliser: spreads nearby seeds over unrelated states. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export function seed(value: number): void {
  for (let i = 0; i < 3; i++) state[i] = fmix32((value + Math.imul(i + 1, 0x9e3779b9)) >>> 0) || 0x2545f491;
  for (let i = 0; i < 32; i++) next();
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
export const digits = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join("");
export const fromSet = (set: string, n: number) =>
  Array.from({ length: n }, () => set.charAt(int(0, set.length - 1))).join("");
export const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const lower = "abcdefghijklmnopqrstuvwxyz";
export const alnum = `${upper}${lower}0123456789`;
export const hex = (n: number) => fromSet("0123456789abcdef", n);
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const groups = (text: string, size: number, sep = " ") =>
  (text.match(new RegExp(`.{1,${size}}`, "g")) ?? []).join(sep);

function until<T>(draw: () => T, ok: (value: T) => boolean, what: string): T {
  for (let i = 0; i < 400; i++) {
    const value = draw();
    if (ok(value)) return value;
  }
  throw new Error(`no valid ${what}`);
}

// ---------------------------------------------------------------- names

interface Culture {
  given: readonly string[];
  family: readonly string[];
  /** Family name first, as written in the culture's own script. */
  familyFirst?: boolean;
  /** No space between family and given name. */
  joined?: boolean;
}
const cultures: Record<string, Culture> = {
  english: {
    given: [
      "Harriet",
      "Callum",
      "Imogen",
      "Declan",
      "Bethany",
      "Rhys",
      "Tamsin",
      "Gareth",
      "Keeley",
      "Morgan",
    ],
    family: ["Ashworth", "Pemberton", "Blackwood", "Fairclough", "Whitlock", "Ridley", "Hargreaves", "Oakes"],
  },
  american: {
    given: [
      "Tyler",
      "Brianna",
      "DeShawn",
      "Kaitlyn",
      "Marcus",
      "Jolene",
      "Trevor",
      "LaToya",
      "Hunter",
      "Madison",
    ],
    family: ["Kowalski", "Washington", "McAllister", "Brennan", "Okafor", "Delgado", "Halvorsen", "Whitaker"],
  },
  german: {
    given: [
      "Jürgen",
      "Annika",
      "Friedrich",
      "Svenja",
      "Maximilian",
      "Lotte",
      "Uwe",
      "Henrike",
      "Korbinian",
      "Wiebke",
    ],
    family: ["Heßler", "Brückner", "Oberländer", "Kötter", "Zimmermann", "Schwarzkopf", "Wendt", "Lüdtke"],
  },
  french: {
    given: [
      "Anaïs",
      "Gaëtan",
      "Solène",
      "Benoît",
      "Maëlle",
      "Hervé",
      "Clémence",
      "Loïc",
      "Océane",
      "Thibault",
    ],
    family: ["Lefebvre", "Rousseau", "Garnier", "Chevallier", "Besnard", "Le Goff", "Fontaine", "Delacroix"],
  },
  spanish: {
    given: [
      "Alejandro",
      "Nerea",
      "Íñigo",
      "Lucía",
      "Rocío",
      "Álvaro",
      "Begoña",
      "Sergio",
      "Ainhoa",
      "Joaquín",
    ],
    family: ["García Lorca", "Fernández", "Etxeberria", "Navarro", "Muñoz Sáez", "Iglesias", "Castillo"],
  },
  dutch: {
    given: ["Sanne", "Joost", "Femke", "Thijs", "Marieke", "Bram", "Lieke", "Sjoerd"],
    family: ["de Vries", "Bakker", "van Dijk", "Jansen", "Visser", "van den Heuvel", "Mulder"],
  },
  italian: {
    given: ["Chiara", "Lorenzo", "Federica", "Matteo", "Beatrice", "Gianluca", "Ilaria", "Davide"],
    family: ["Esposito", "Colombo", "Ricci", "Marchetti", "Fontana", "Lombardi", "De Luca"],
  },
  portuguese: {
    given: ["João", "Mariana", "Gonçalo", "Beatriz", "Thiago", "Leonor", "Rafaela", "Caio"],
    family: ["Gonçalves", "Ferreira", "Carvalho", "Albuquerque", "Nogueira", "Sousa Lima"],
  },
  polish: {
    given: ["Małgorzata", "Krzysztof", "Agnieszka", "Paweł", "Zofia", "Grzegorz", "Katarzyna", "Łukasz"],
    family: ["Wiśniewski", "Zielińska", "Wójcik", "Kamińska", "Lewandowski", "Szymańska", "Dąbrowski"],
  },
  swedish: {
    given: ["Linnea", "Oskar", "Ebba", "Gustav", "Saga", "Viktor", "Elsa", "Hugo"],
    family: ["Lindgren", "Bergström", "Åkesson", "Nyström", "Sjöberg", "Holmqvist"],
  },
  nigerian: {
    given: ["Chiamaka", "Adebayo", "Ngozi", "Emeka", "Funmilayo", "Tunde", "Ifeoma", "Babajide"],
    family: ["Adeyemi", "Okonjo", "Nwachukwu", "Balogun", "Eze", "Ogunleye"],
  },
  indian: {
    given: ["Ananya", "Vikram", "Lakshmi", "Arjun", "Meenakshi", "Rohan", "Divya", "Siddharth"],
    family: ["Venkataraman", "Chatterjee", "Iyer", "Malhotra", "Reddy", "Deshpande"],
  },
  turkish: {
    given: ["Elif", "Mehmet", "Ayşe", "Emre", "Gülşen", "Burak", "İrem", "Oğuz"],
    family: ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Aydın", "Koç"],
  },
  vietnamese: {
    given: ["Thảo", "Minh", "Huong", "Quang", "Lan", "Tuấn"],
    family: ["Nguyễn", "Trần", "Phạm", "Lê", "Hoàng"],
    familyFirst: true,
  },
  russian: {
    given: ["Анна", "Дмитрий", "Екатерина", "Сергей", "Ольга", "Алексей"],
    family: ["Смирнова", "Кузнецов", "Волкова", "Соколов", "Морозова", "Лебедев"],
  },
  ukrainian: {
    given: ["Оксана", "Тарас", "Ірина", "Богдан", "Наталія"],
    family: ["Шевченко", "Коваленко", "Бондаренко", "Ткачук", "Мельник"],
  },
  greek: {
    given: ["Νίκος", "Ελένη", "Γιώργος", "Κατερίνα", "Δημήτρης"],
    family: ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Καραγιάννη", "Βλάχος"],
  },
  arabic: {
    given: ["محمد", "فاطمة", "يوسف", "مريم", "خالد", "ليلى"],
    family: ["العلي", "الحسن", "الشمري", "المنصوري", "حداد"],
  },
  hebrew: {
    given: ["נועה", "איתי", "מיכל", "יונתן", "שירה"],
    family: ["כהן", "לוי", "מזרחי", "פרץ", "ביטון"],
  },
  hindi: {
    given: ["अनीता", "राहुल", "सुनीता", "अमित", "प्रिया"],
    family: ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "जोशी"],
  },
  japanese: {
    given: ["花子", "健太", "美咲", "翔太", "由美", "大輔"],
    family: ["山田", "佐藤", "鈴木", "高橋", "渡辺", "中村"],
    familyFirst: true,
  },
  chinese: {
    given: ["秀英", "伟", "芳", "建国", "丽娟", "子涵"],
    family: ["王", "李", "张", "刘", "陈", "杨"],
    familyFirst: true,
    joined: true,
  },
  korean: {
    given: ["민준", "서연", "지훈", "하은", "도윤"],
    family: ["김", "이", "박", "최", "정"],
    familyFirst: true,
    joined: true,
  },
  thai: {
    given: ["สมชาย", "มาลี", "ประยุทธ", "วรรณา"],
    family: ["ศรีสุข", "วงศ์ไทย", "ทองดี", "บุญมา"],
  },
  romanisedAsian: {
    given: ["Kenji", "Mei", "Hiroshi", "Xiaoling", "Jae-won", "Yuki", "Wei", "Soo-ah"],
    family: ["Watanabe", "Zhang", "Nakagawa", "Liang", "Park", "Takahashi", "Choi"],
  },
  maori: {
    given: ["Aroha", "Tama", "Mere", "Wiremu"],
    family: ["Ngata", "Parata", "Tawhiri", "Te Rangi"],
  },
};
const cultureKeys = Object.keys(cultures);
const latinCultures = cultureKeys.filter(
  (k) =>
    ![
      "russian",
      "ukrainian",
      "greek",
      "arabic",
      "hebrew",
      "hindi",
      "japanese",
      "chinese",
      "korean",
      "thai",
    ].includes(k),
);

/** Given names that are also everyday words (and products, and places). */
export const wordNames = [
  "Ruby",
  "Chase",
  "Penny",
  "Holly",
  "Miles",
  "Crystal",
  "Heather",
  "Daisy",
  "Victor",
  "Autumn",
  "Sunny",
  "Pat",
  "Sue",
  "Ginger",
  "Rich",
] as const;

export function givenName(latinOnly = false): string {
  if (chance(0.12)) return pick(wordNames);
  const culture = cultures[pick(latinOnly ? latinCultures : cultureKeys)] as Culture;
  return pick(culture.given);
}
export function surname(latinOnly = false): string {
  const culture = cultures[pick(latinOnly ? latinCultures : cultureKeys)] as Culture;
  return pick(culture.family);
}
/** A full name from one culture, in that culture's order and script. */
export function fullName(latinOnly = false): string {
  const culture = cultures[pick(latinOnly ? latinCultures : cultureKeys)] as Culture;
  // Word names only where the culture writes in Latin script, as English-speaking parents give them.
  const given =
    chance(0.06) && culture.familyFirst !== true && /^[A-Za-z]/.test(culture.given[0] ?? "")
      ? pick(wordNames)
      : pick(culture.given);
  const family = pick(culture.family);
  if (culture.familyFirst && !latinOnly) return culture.joined ? `${family}${given}` : `${family} ${given}`;
  return `${given} ${family}`;
}
export const latinName = () => fullName(true);

// ---------------------------------------------------------------- addresses

interface AddressSpec {
  streets: readonly string[];
  /** Towns, each with the start of its postcodes where the country's codes follow geography. */
  towns: readonly (string | readonly [string, string])[];
  post: (prefix: string) => string;
  form: (house: string, street: string, post: string, town: string) => string;
}
const addressSpecs: Record<string, AddressSpec> = {
  US: {
    streets: [
      "Sycamore Ln",
      "N Halsted St",
      "Cedar Crest Dr",
      "Blue Heron Way",
      "E Colfax Ave",
      "Old Mill Rd",
    ],
    towns: [
      ["Portland, OR", "972"],
      ["Madison, WI", "537"],
      ["Tucson, AZ", "857"],
      ["Savannah, GA", "314"],
      ["Ann Arbor, MI", "481"],
      ["Burlington, VT", "054"],
    ],
    post: (prefix) => `${prefix}${digits(2)}`,
    form: (h, s, p, t) =>
      `${h} ${s}${chance(0.3) ? ` Apt ${int(1, 40)}${fromSet("ABCD", 1)}` : ""}, ${t} ${p}`,
  },
  GB: {
    streets: ["Wellington Crescent", "Beech Lane", "St Mary's Walk", "Kingsley Gardens", "Rosebery Avenue"],
    towns: [
      ["Newcastle upon Tyne", "NE6"],
      ["Birmingham", "B15"],
      ["Glasgow", "G12"],
      ["Cambridge", "CB2"],
      ["Oxford", "OX4"],
      ["Brighton", "BN1"],
      ["Liverpool", "L17"],
      ["London", "SE22"],
      ["London", "NW5"],
    ],
    post: (prefix) => `${prefix} ${int(1, 9)}${fromSet("ABDEFGHJLNPQRSTUWXYZ", 2)}`,
    form: (h, s, p, t) => `${chance(0.3) ? `Flat ${int(1, 12)}, ` : ""}${h} ${s}, ${t}, ${p}`,
  },
  DE: {
    streets: [
      "Schillerstraße",
      "Am Hopfengarten",
      "Birkenweg",
      "Friedrich-Ebert-Str.",
      "Gartenstraße",
      "Hauptstr.",
    ],
    towns: [
      ["Münster", "481"],
      ["Regensburg", "930"],
      ["Potsdam", "144"],
      ["Würzburg", "970"],
      ["Heidelberg", "691"],
      ["Rostock", "180"],
    ],
    post: (prefix) => `${prefix}${digits(2)}`,
    form: (h, s, p, t) => `${s} ${h}${chance(0.2) ? fromSet("abc", 1) : ""}, ${p} ${t}`,
  },
  FR: {
    streets: [
      "rue de la République",
      "allée des Peupliers",
      "quai Saint-Vincent",
      "chemin des Vignes",
      "place du Marché",
    ],
    towns: [
      ["Toulouse", "31"],
      ["Montpellier", "34"],
      ["Strasbourg", "67"],
      ["Bordeaux", "33"],
      ["Dijon", "21"],
      ["Angers", "49"],
    ],
    post: (prefix) => `${prefix}${pick(["000", "100", "200", "300", "400", "500"])}`,
    form: (h, s, p, t) => `${h}${chance(0.2) ? " bis" : ""} ${s}, ${p} ${t}`,
  },
  ES: {
    streets: ["Calle del Pez", "Avenida de América", "Paseo de Gràcia", "Calle Larios", "Ronda de Atocha"],
    towns: [
      ["Sevilla", "41"],
      ["Bilbao", "48"],
      ["Málaga", "29"],
      ["Valladolid", "47"],
      ["Alicante", "03"],
      ["Granada", "18"],
    ],
    post: (prefix) => `${prefix}0${digits(2)}`,
    form: (h, s, p, t) => `${s}, ${h}, ${int(1, 8)}º ${fromSet("ABCD", 1)}, ${p} ${t}`,
  },
  IT: {
    streets: ["Via Roma", "Via Nazionale", "Piazza Cavour", "Via San Vitale"],
    towns: ["Firenze", "Genova", "Verona", "Padova"],
    post: () => digits(5),
    form: (h, s, p, t) => `${s} ${h}, ${p} ${t} (${t.slice(0, 2).toUpperCase()})`,
  },
  NL: {
    streets: ["Herengracht", "Oudegracht", "Wilhelminastraat", "Dorpsstraat"],
    towns: ["Rotterdam", "Groningen", "Eindhoven", "Haarlem"],
    post: () => `${int(1000, 9999)} ${fromSet("ABCEGHJKLNPRSTVWXZ", 2)}`,
    form: (h, s, p, t) => `${s} ${h}, ${p} ${t}`,
  },
  PT: {
    streets: ["Rua do Carmo", "Avenida dos Aliados", "Travessa da Boa Hora"],
    towns: ["Braga", "Faro", "Aveiro"],
    post: () => `${int(1000, 9999)}-${digits(3)}`,
    form: (h, s, p, t) => `${s}, ${h}, ${p} ${t}`,
  },
  PL: {
    streets: ["ul. Floriańska", "al. Jerozolimskie", "ul. Świętojańska"],
    towns: ["Kraków", "Poznań", "Wrocław"],
    post: () => `${pad(int(0, 99))}-${digits(3)}`,
    form: (h, s, p, t) => `${s} ${h}/${int(1, 60)}, ${p} ${t}`,
  },
  SE: {
    streets: ["Vasagatan", "Södra Förstadsgatan", "Linnégatan"],
    towns: ["Malmö", "Lund", "Västerås"],
    post: () => `${int(100, 984)} ${digits(2)}`,
    form: (h, s, p, t) => `${s} ${h}, ${p} ${t}`,
  },
  DK: {
    streets: ["Nørrebrogade", "Strøget", "Vesterbrogade"],
    towns: ["København N", "Aarhus C", "Odense"],
    post: () => String(int(1000, 9990)),
    form: (h, s, p, t) => `${s} ${h}, ${int(1, 4)}. tv, ${p} ${t}`,
  },
  JP: {
    streets: ["渋谷区神南", "中央区銀座", "北区梅田", "中区栄"],
    towns: ["東京都", "大阪府", "愛知県"],
    post: () => `〒${digits(3)}-${digits(4)}`,
    form: (h, s, p, t) => `${p} ${t}${s}${int(1, 6)}-${h}-${int(1, 20)}`,
  },
  BR: {
    streets: ["Rua Augusta", "Avenida Paulista", "Rua das Laranjeiras"],
    towns: ["São Paulo - SP", "Rio de Janeiro - RJ", "Curitiba - PR"],
    post: () => `${digits(5)}-${digits(3)}`,
    form: (h, s, p, t) => `${s}, ${h} - ${t}, ${p}`,
  },
  IN: {
    streets: ["12th Main Road, Indiranagar", "MG Road", "Linking Road, Bandra West"],
    towns: ["Bengaluru", "Pune", "Mumbai"],
    post: () => `${int(1, 8)}${digits(5)}`,
    form: (h, s, p, t) => `${h}, ${s}, ${t} ${p}`,
  },
  MX: {
    streets: ["Av. Insurgentes Sur", "Calle Durango", "Av. Chapultepec"],
    towns: ["Ciudad de México, CDMX", "Guadalajara, Jal.", "Monterrey, N.L."],
    post: () => pad(int(1, 99)) + digits(3),
    form: (h, s, p, t) => `${s} ${h}, C.P. ${p}, ${t}`,
  },
  CA: {
    streets: ["Rue Saint-Denis", "Bloor St W", "Robson St"],
    towns: ["Montréal, QC", "Toronto, ON", "Vancouver, BC"],
    post: () =>
      `${fromSet("ABCEGHJKLMNPRSTVXY", 1)}${int(0, 9)}${fromSet("ABCEGHJKLMNPRSTVWXYZ", 1)} ${int(0, 9)}${fromSet("ABCEGHJKLMNPRSTVWXYZ", 1)}${int(0, 9)}`,
    form: (h, s, p, t) => `${h} ${s}, ${t} ${p}`,
  },
};
export const addressCountries = Object.keys(addressSpecs);
export const orgCountries = ["US", "GB", "DE", "FR", "ES"] as const;
export function address(country = pick(addressCountries)): string {
  const spec = addressSpecs[country] as AddressSpec;
  const town = pick(spec.towns);
  const [name, prefix] = typeof town === "string" ? [town, ""] : town;
  return spec.form(String(int(1, 186)), pick(spec.streets), spec.post(prefix), name);
}

// ---------------------------------------------------------------- cards

export function luhnCheck(body: string): string {
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
export function luhnValid(number: string): boolean {
  const d = number.replace(/\D/g, "");
  return luhnCheck(d.slice(0, -1)) === d.slice(-1);
}
function cardDigits(): string {
  const schemes: [() => string, number][] = [
    [() => "4", 16],
    [() => String(int(51, 55)), 16],
    [() => String(int(2221, 2720)), 16],
    [() => (chance(0.5) ? "34" : "37"), 15],
    [() => (chance(0.5) ? "6011" : "65"), 16],
    [() => String(int(3528, 3589)), 16],
    [() => (chance(0.5) ? "36" : "38"), 14],
    [() => "62", 16],
  ];
  const [prefix, length] = pick(schemes);
  const start = prefix();
  const body = start + digits(length - start.length - 1);
  return body + luhnCheck(body);
}
export function card(): string {
  const value = until(cardDigits, (c) => luhnValid(c) && !/^(\d)\1+$/.test(c), "card");
  if (value.length === 15)
    return chance(0.5) ? value : `${value.slice(0, 4)} ${value.slice(4, 10)} ${value.slice(10)}`;
  if (value.length === 14)
    return chance(0.5) ? value : `${value.slice(0, 4)} ${value.slice(4, 10)} ${value.slice(10)}`;
  return chance(0.35) ? value : groups(value, 4, pick([" ", " ", "-"]));
}
/** A card-shaped number whose Luhn digit is wrong. */
export function brokenCard(): string {
  const good = cardDigits();
  const last = Number(good.slice(-1));
  const bad = good.slice(0, -1) + String((last + int(1, 9)) % 10);
  return chance(0.5) ? bad : groups(bad, 4);
}
export const expiry = () => `${pad(int(1, 12))}/${int(27, 32)}`;
export const cvc = () => digits(3);

// ---------------------------------------------------------------- banks

/** BBAN shapes: n digits, a letters, c letters or digits. */
const bbanShapes: Record<string, string> = {
  DE: "n18",
  FR: "n10c11n2",
  ES: "n20",
  GB: "a4n14",
  IT: "a1n10c12",
  NL: "a4n10",
  BE: "n12",
  AT: "n16",
  CH: "n5c12",
  PT: "n21",
  PL: "n24",
  SE: "n20",
  IE: "a4n14",
  LU: "n3c13",
  DK: "n14",
  NO: "n11",
  FI: "n14",
  GR: "n7c16",
  HR: "n17",
  CZ: "n20",
  RO: "a4c16",
  MT: "a4n5c18",
};
function bban(shape: string): string {
  let out = "";
  for (const [, kind, count] of shape.matchAll(/([anc])(\d+)/g)) {
    const n = Number(count);
    out += kind === "a" ? fromSet(upper, n) : kind === "n" ? digits(n) : fromSet(`${upper}0123456789`, n);
  }
  return out;
}
export function mod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const code = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of code) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}
export const ibanCountries = Object.keys(bbanShapes);
export function ibanValid(value: string): boolean {
  const compact = value.replace(/\s/g, "");
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}
function compactIban(country: string): string {
  const b = bban(bbanShapes[country] as string);
  return `${country}${pad(98 - mod97(`${b}${country}00`))}${b}`;
}
export function iban(country = pick(ibanCountries)): string {
  const raw = until(
    () => compactIban(country),
    (i) => ibanValid(i),
    "IBAN",
  );
  return chance(0.55) ? groups(raw, 4) : raw;
}
/** An IBAN with its check digits off by one: fails mod 97. */
export function brokenIban(country = pick(ibanCountries)): string {
  const raw = compactIban(country);
  const check = Number(raw.slice(2, 4));
  const bad = `${raw.slice(0, 2)}${pad(check === 98 ? 2 : check + 1)}${raw.slice(4)}`;
  return groups(bad, 4);
}
/** US ABA routing number: weights 3, 7, 1 over nine digits. */
export function routingNumber(): string {
  const body = pick(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]) + digits(6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (w[i] as number), 0);
  return body + String((10 - (sum % 10)) % 10);
}
export function routingValid(r: string): boolean {
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return r.length === 9 && [...r].reduce((acc, d, i) => acc + Number(d) * (w[i] as number), 0) % 10 === 0;
}
/** Nine digits that fail the ABA check: a batch or reference number, not a routing number. */
export function nineDigitReference(): string {
  return until(
    () => `${int(1, 9)}${digits(8)}`,
    (r) => !routingValid(r),
    "non-routing reference",
  );
}
export const usAccount = () => digits(int(8, 12));
export const sortCode = () => `${pad(int(1, 99))}-${digits(2)}-${digits(2)}`;
export const ukAccount = () => digits(8);
export const blz = () => `${int(1, 8)}${digits(7)}`;
export const bsb = () => `${int(0, 9)}${digits(2)}-${digits(3)}`;

// ---------------------------------------------------------------- national ids

const birth = () => ({ y: int(1958, 2003), m: int(1, 12), d: int(1, 28) });

function ssn(): string {
  const area = until(
    () => int(1, 899),
    (a) => a !== 666,
    "SSN area",
  );
  const value = `${pad(area, 3)}-${pad(int(1, 99))}-${pad(int(1, 9999), 4)}`;
  return chance(0.8) ? value : value.replace(/-/g, chance(0.5) ? " " : "");
}
function nino(): string {
  const letters = "ABCEGHJKLMNPRSTWXYZ";
  const prefix = until(
    () => fromSet(letters, 1) + fromSet(letters.replace("O", ""), 1),
    (p) => !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p),
    "NINO prefix",
  );
  const n = digits(6);
  const suffix = fromSet("ABCD", 1);
  return chance(0.5) ? `${prefix} ${groups(n, 2)} ${suffix}` : `${prefix}${n}${suffix}`;
}
/** German Steuer-ID: 11 digits, one digit twice (or thrice) in the first ten, ISO 7064 MOD 11,10. */
function steuerId(): string {
  const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  return until(
    () => {
      const skip = int(0, 9);
      const left = pool.filter((d) => d !== skip);
      const chosen = [...left, pick(left)];
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
      const check = 11 - product === 10 ? 0 : 11 - product;
      return body + String(check);
    },
    (id) => id[0] !== "0",
    "Steuer-ID",
  );
}
function nir(): string {
  const { y, m } = birth();
  const body = `${pick(["1", "2"])}${pad(y % 100)}${pad(m)}${pad(int(1, 95))}${pad(int(1, 990), 3)}${pad(int(1, 999), 3)}`;
  const key = pad(97 - Number(BigInt(body) % 97n));
  return chance(0.6)
    ? `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${key}`
    : `${body}${key}`;
}
const mod23 = "TRWAGMYFPDXBNJZSQVHLCKE";
function dni(): string {
  const n = int(1000000, 99999999);
  return `${pad(n, 8)}${chance(0.2) ? "-" : ""}${mod23[n % 23]}`;
}
function nie(): string {
  const lead = int(0, 2);
  const n = digits(7);
  return `${"XYZ"[lead]}${n}${mod23[Number(`${lead}${n}`) % 23]}`;
}
function bsn(): string {
  return until(
    () => `${int(1, 6)}${digits(8)}`,
    (d) => [...d].reduce((acc, c, i) => acc + Number(c) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0,
    "BSN",
  );
}
function pesel(): string {
  const { y, m, d } = birth();
  const body = `${pad(y % 100)}${pad(m + (y >= 2000 ? 20 : 0))}${pad(d)}${digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...body].reduce((acc, c, i) => acc + Number(c) * (w[i] as number), 0);
  return body + String((10 - (sum % 10)) % 10);
}
function personnummer(): string {
  const { y, m, d } = birth();
  const body = `${pad(y % 100)}${pad(m)}${pad(d)}${digits(3)}`;
  let sum = 0;
  [...body].forEach((c, i) => {
    let n = Number(c) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  });
  const full = `${body}${(10 - (sum % 10)) % 10}`;
  return chance(0.5)
    ? `${full.slice(0, 6)}-${full.slice(6)}`
    : `${y < 2000 ? "19" : "20"}${full.slice(0, 6)}-${full.slice(6)}`;
}
function hetu(): string {
  return until(
    () => {
      const { y, m, d } = birth();
      const individual = pad(int(2, 899), 3);
      const n = Number(`${pad(d)}${pad(m)}${pad(y % 100)}${individual}`);
      return `${pad(d)}${pad(m)}${pad(y % 100)}${y >= 2000 ? "A" : "-"}${individual}${"0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]}`;
    },
    () => true,
    "HETU",
  );
}
/** Norwegian fødselsnummer: two mod-11 check digits; a draw giving 10 is redrawn. */
function fodselsnummer(): string {
  return until(
    () => {
      const { y, m, d } = birth();
      const base = `${pad(d)}${pad(m)}${pad(y % 100)}${pad(int(y >= 2000 ? 500 : 0, y >= 2000 ? 999 : 499), 3)}`;
      const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
      const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
      const k1 = 11 - ([...base].reduce((acc, c, i) => acc + Number(c) * (w1[i] as number), 0) % 11);
      const c1 = k1 === 11 ? 0 : k1;
      const withK1 = base + String(c1);
      const k2 = 11 - ([...withK1].reduce((acc, c, i) => acc + Number(c) * (w2[i] as number), 0) % 11);
      const c2 = k2 === 11 ? 0 : k2;
      return c1 === 10 || c2 === 10 ? "" : withK1 + String(c2);
    },
    (v) => v.length === 11,
    "fødselsnummer",
  );
}
function nifPt(): string {
  const body = `${pick(["1", "2", "3"])}${digits(7)}`;
  const sum = [...body].reduce((acc, c, i) => acc + Number(c) * (9 - i), 0);
  const check = 11 - (sum % 11);
  return body + String(check >= 10 ? 0 : check);
}
function ahv(): string {
  const body = `756${digits(9)}`;
  const sum = [...body].reduce((acc, c, i) => acc + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
  const full = body + String((10 - (sum % 10)) % 10);
  return `${full.slice(0, 3)}.${full.slice(3, 7)}.${full.slice(7, 11)}.${full.slice(11)}`;
}
/** Brazilian CPF: two mod-11 check digits. */
function cpf(): string {
  return until(
    () => {
      const base = digits(9);
      const check = (s: string) => {
        const sum = [...s].reduce((acc, c, i) => acc + Number(c) * (s.length + 1 - i), 0);
        const r = (sum * 10) % 11;
        return r === 10 ? 0 : r;
      };
      const d1 = check(base);
      const d2 = check(base + d1);
      const full = `${base}${d1}${d2}`;
      return `${full.slice(0, 3)}.${full.slice(3, 6)}.${full.slice(6, 9)}-${full.slice(9)}`;
    },
    (v) => !/^(\d)\1{2}\.\1{3}\.\1{3}-\1{2}$/.test(v),
    "CPF",
  );
}
/** Canadian SIN: Luhn over nine digits. */
function sin(): string {
  const body = `${pick(["1", "2", "3", "4", "5", "6", "7", "9"])}${digits(7)}`;
  const full = body + luhnCheck(body);
  return `${full.slice(0, 3)} ${full.slice(3, 6)} ${full.slice(6)}`;
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
const verhoeffInv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function verhoeffDigit(body: string): string {
  let c = 0;
  [...body].reverse().forEach((ch, i) => {
    c = (verhoeffD[c] as number[])[(verhoeffP[(i + 1) % 8] as number[])[Number(ch)] as number] as number;
  });
  return String(verhoeffInv[c]);
}
/** Indian Aadhaar: 12 digits, first 2–9, Verhoeff check digit. */
function aadhaar(): string {
  const body = `${int(2, 9)}${digits(10)}`;
  return groups(body + verhoeffDigit(body), 4);
}
/** German identity card (Personalausweis) serial: 9 characters plus the ICAO 7-3-1 check digit. */
function personalausweis(): string {
  const serial = `${pick(["L", "T", "C", "F", "G", "H", "J", "K"])}${fromSet("CFGHJKLMNPRTVWXYZ0123456789", 8)}`;
  return serial + mrzCheck(serial);
}
export const nationalIds = {
  SSN: ssn,
  NINO: nino,
  "Steuer-ID": steuerId,
  NIR: nir,
  DNI: dni,
  NIE: nie,
  BSN: bsn,
  PESEL: pesel,
  personnummer: personnummer,
  henkilötunnus: hetu,
  fødselsnummer: fodselsnummer,
  NIF: nifPt,
  AHV: ahv,
  CPF: cpf,
  SIN: sin,
  Aadhaar: aadhaar,
  Personalausweis: personalausweis,
} as const;
export type IdKind = keyof typeof nationalIds;
export const idKinds = Object.keys(nationalIds) as IdKind[];
export function nationalId(kind: IdKind = pick(idKinds)): string {
  return nationalIds[kind]();
}

// ---------------------------------------------------------------- passports

function mrzValue(c: string): number {
  if (c === "<") return 0;
  if (/\d/.test(c)) return Number(c);
  return c.charCodeAt(0) - 55;
}
/** ICAO 9303 check digit: weights 7, 3, 1 repeating, modulo 10. */
export function mrzCheck(text: string): string {
  const w = [7, 3, 1];
  return String([...text].reduce((acc, c, i) => acc + mrzValue(c) * (w[i % 3] as number), 0) % 10);
}
const passportShapes: Record<string, { draw: () => string; iso3: string }> = {
  US: { draw: () => (chance(0.5) ? digits(9) : `${pick(["A", "B", "C"])}${digits(8)}`), iso3: "USA" },
  GB: { draw: () => `${int(1, 9)}${digits(8)}`, iso3: "GBR" },
  DE: { draw: () => `C${fromSet("CFGHJKLMNPRTVWXYZ0123456789", 8)}`, iso3: "D<<" },
  FR: { draw: () => `${digits(2)}${fromSet(upper, 2)}${digits(5)}`, iso3: "FRA" },
  ES: { draw: () => `${fromSet("ABCDEFGHJKLMNPRSTVWXYZ", 3)}${digits(6)}`, iso3: "ESP" },
  IT: { draw: () => `${fromSet(upper, 2)}${digits(7)}`, iso3: "ITA" },
  NL: {
    draw: () =>
      `${fromSet("BCDFGHJKLMNPRSTVWXYZ", 2)}${fromSet("BCDFGHJKLMNPRSTVWXYZ0123456789", 6)}${int(1, 9)}`,
    iso3: "NLD",
  },
  PL: { draw: () => `${fromSet(upper, 2)}${digits(7)}`, iso3: "POL" },
  SE: { draw: () => digits(8), iso3: "SWE" },
  CH: { draw: () => `${fromSet("ABCDEFGHKLMNPRSTX", 1)}${digits(7)}`, iso3: "CHE" },
  AT: { draw: () => `${fromSet("PU", 1)}${digits(7)}`, iso3: "AUT" },
  PT: { draw: () => `${fromSet("CNP", 1)}${digits(6)}`, iso3: "PRT" },
  IN: { draw: () => `${fromSet("JKLMNPRSTUVWZ", 1)}${int(1, 9)}${digits(6)}`, iso3: "IND" },
  JP: { draw: () => `${pick(["TK", "TR", "TZ", "MU", "RK"])}${digits(7)}`, iso3: "JPN" },
  BR: { draw: () => `${fromSet("FGY", 1)}${fromSet(upper, 1)}${digits(6)}`, iso3: "BRA" },
  CA: { draw: () => `${fromSet(upper, 2)}${digits(6)}`, iso3: "CAN" },
  IE: { draw: () => `${fromSet("PLNTXR", 1)}${fromSet(upper, 1)}${digits(7)}`, iso3: "IRL" },
};
export const passportCountries = Object.keys(passportShapes);
export function passport(country = pick(passportCountries)): string {
  return (passportShapes[country] as { draw: () => string }).draw();
}
const asMrz = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[^A-Za-z ]/g, "")
    .toUpperCase()
    .trim()
    .replace(/ +/g, "<");
/** A TD3 machine-readable zone (two lines of 44), every check digit per ICAO 9303. */
export function mrz(country = pick(passportCountries)): { lines: string; number: string } {
  const shape = passportShapes[country] as { draw: () => string; iso3: string };
  const number = shape.draw();
  const nat = shape.iso3;
  const line1 = `P<${nat}${asMrz(surname(true)) || "DOE"}<<${asMrz(givenName(true)) || "ALEX"}`
    .padEnd(44, "<")
    .slice(0, 44);
  const { y, m, d } = birth();
  const dob = `${pad(y % 100)}${pad(m)}${pad(d)}`;
  const exp = `${pad(int(27, 36))}${pad(int(1, 12))}${pad(int(1, 28))}`;
  const num = number.padEnd(9, "<");
  const personal = "<".repeat(14);
  const composite = `${num}${mrzCheck(num)}${dob}${mrzCheck(dob)}${exp}${mrzCheck(exp)}${personal}${mrzCheck(personal)}`;
  const line2 = `${num}${mrzCheck(num)}${nat}${dob}${mrzCheck(dob)}${pick(["M", "F", "<"])}${exp}${mrzCheck(exp)}${personal}${mrzCheck(personal)}${mrzCheck(composite)}`;
  return { lines: `${line1}\n${line2}`, number };
}

// ---------------------------------------------------------------- phones

/** The organisation's regions, written as people there write them at home. */
const nationalPhones: Record<
  (typeof orgCountries)[number],
  () => { national: string; international: string }
> = {
  US: () => {
    const area = pick(["206", "312", "404", "503", "512", "617", "646", "720", "773", "858", "919", "971"]);
    const exchange = until(
      () => `${int(2, 9)}${digits(2)}`,
      (e) => e !== "555" && !/^\d11$/.test(e),
      "exchange",
    );
    const line = digits(4);
    return {
      national: pick([
        `(${area}) ${exchange}-${line}`,
        `${area}-${exchange}-${line}`,
        `${area}.${exchange}.${line}`,
      ]),
      international: `+1 ${area} ${exchange} ${line}`,
    };
  },
  GB: () => {
    if (chance(0.6)) {
      const rest = `7${pick(["4", "5", "8", "9"])}${digits(8)}`;
      return {
        national: `0${rest.slice(0, 4)} ${rest.slice(4)}`,
        international: `+44 ${rest.slice(0, 4)} ${rest.slice(4)}`,
      };
    }
    const n = `${pick(["3", "8"])}${digits(3)} ${digits(4)}`;
    return { national: `020 ${n}`, international: `+44 20 ${n}` };
  },
  DE: () => {
    if (chance(0.6)) {
      const prefix = pick([
        "151",
        "152",
        "157",
        "160",
        "162",
        "170",
        "171",
        "172",
        "175",
        "176",
        "177",
        "179",
      ]);
      const rest = digits(prefix === "160" || prefix === "162" || prefix === "170" ? 7 : 8);
      return { national: `0${prefix} ${rest}`, international: `+49 ${prefix} ${rest}` };
    }
    const [area, len] = pick([
      ["30", 8],
      ["40", 8],
      ["89", 8],
      ["221", 7],
      ["69", 8],
      ["711", 7],
    ] as const);
    const rest = `${int(2, 9)}${digits(len - 1)}`;
    return { national: `0${area} ${rest}`, international: `+49 ${area} ${rest}` };
  },
  FR: () => {
    const first = pick(["6", "7", "1", "4", "5", "9"]);
    const rest = `${first === "7" ? int(3, 8) : int(1, 9)}${digits(7)}`;
    return { national: `0${first} ${groups(rest, 2)}`, international: `+33 ${first} ${groups(rest, 2)}` };
  },
  ES: () => {
    const n = chance(0.6) ? `6${digits(8)}` : `${pick(["91", "93", "95", "96", "94"])}${digits(7)}`;
    return {
      national: n.startsWith("6")
        ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`
        : `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
      international: `+34 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
    };
  },
};
/** Other countries, in international form only. */
const foreignPhones: Record<string, () => string> = {
  IT: () => `+39 3${pick(["20", "28", "33", "35", "40", "47", "49"])} ${digits(3)} ${digits(4)}`,
  NL: () => `+31 6 ${digits(4)} ${digits(4)}`,
  PL: () => `+48 ${pick(["501", "602", "693", "724", "795", "881"])} ${digits(3)} ${digits(3)}`,
  SE: () => `+46 7${pick(["0", "2", "3", "6", "9"])} ${digits(3)} ${digits(2)} ${digits(2)}`,
  PT: () => `+351 9${pick(["1", "2", "3", "6"])}${int(0, 9)} ${digits(3)} ${digits(3)}`,
  IE: () => `+353 8${pick(["3", "5", "6", "7", "9"])} ${digits(3)} ${digits(4)}`,
  JP: () => `+81 ${pick(["70", "80", "90"])}-${digits(4)}-${digits(4)}`,
  BR: () => `+55 ${pick(["11", "21", "31", "41", "61"])} 9${digits(4)}-${digits(4)}`,
  IN: () => `+91 ${pick(["98", "97", "99", "88", "70"])}${digits(3)} ${digits(5)}`,
  NG: () => `+234 ${pick(["803", "806", "813", "703", "905"])} ${digits(3)} ${digits(4)}`,
  AU: () => `+61 4${digits(2)} ${digits(3)} ${digits(3)}`,
  MX: () => `+52 1 ${pick(["55", "33", "81"])} ${digits(4)} ${digits(4)}`,
  TR: () => `+90 5${pick(["32", "35", "42", "05", "55"])} ${digits(3)} ${digits(2)} ${digits(2)}`,
};
export function phone(country?: string): string {
  const c = country ?? (chance(0.7) ? pick(orgCountries) : pick(Object.keys(foreignPhones)));
  if (c in nationalPhones) {
    const p = nationalPhones[c as (typeof orgCountries)[number]]();
    return chance(0.6) ? p.national : p.international;
  }
  return (foreignPhones[c] ?? (foreignPhones.IT as () => string))();
}
export function internationalPhone(country?: string): string {
  const c = country ?? pick([...orgCountries, ...Object.keys(foreignPhones)]);
  if (c in nationalPhones) return nationalPhones[c as (typeof orgCountries)[number]]().international;
  return (foreignPhones[c] ?? (foreignPhones.IT as () => string))();
}

// ---------------------------------------------------------------- emails

const asciiName = (s: string) =>
  s
    .normalize("NFD")
    .replace(/ß/g, "ss")
    .replace(/[łŁ]/g, "l")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
const personalDomains = [
  "gmail.com",
  "outlook.com",
  "icloud.com",
  "yahoo.co.uk",
  "web.de",
  "t-online.de",
  "free.fr",
  "laposte.net",
  "hotmail.es",
  "telefonica.net",
  "wp.pl",
  "live.nl",
  "tiscali.it",
  "sapo.pt",
  "telia.se",
  "fastmail.com",
];
const workDomains = [
  "brightfield-analytics.com",
  "ostwind-logistik.de",
  "maisonverre.fr",
  "tallerazul.es",
  "quillstone.co.uk",
];
export function email(name = latinName(), work = false): string {
  const parts = name.split(" ");
  const first = asciiName(parts[0] ?? "") || "sam";
  const last = asciiName(parts.slice(1).join("")) || asciiName(surname(true)) || "lee";
  const local = pick([
    `${first}.${last}`,
    `${first[0]}.${last}`,
    `${first}${last}${int(70, 99)}`,
    `${last}${first[0]}`,
    `${first}_${last}`,
    `${first}-${last}`,
  ]);
  return `${local}@${work ? pick(workDomains) : pick(personalDomains)}`;
}

// ---------------------------------------------------------------- IPs

export function ipv4(): string {
  return until(
    () => `${int(2, 223)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    (ip) =>
      !/^(10|127|0)\./.test(ip) &&
      !/^(169\.254|172\.(1[6-9]|2\d|3[01])|192\.168|192\.0\.2|198\.51\.100|203\.0\.113|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7]))\./.test(
        ip,
      ),
    "public IPv4",
  );
}
export function privateIpv4(): string {
  return pick([
    () => `10.${int(0, 255)}.${int(0, 255)}.${int(2, 254)}`,
    () => `192.168.${int(0, 20)}.${int(2, 254)}`,
    () => `172.${int(16, 31)}.${int(0, 255)}.${int(2, 254)}`,
  ])();
}
export function ipv6(): string {
  const head = pick(["2a02:8108", "2001:16b8", "2a01:cb00", "2600:1700", "2a0c:5a80", "2804:14d"]);
  const tail = Array.from({ length: 6 }, () => int(0, 65535).toString(16));
  return chance(0.5) ? `${head}:${tail.join(":")}` : `${head}:${tail[0]}::${tail[5]}`;
}

// ---------------------------------------------------------------- secrets

const b64 = `${alnum}+/`;
const b64url = `${alnum}-_`;
export const tokens = {
  github: () => `${pick(["ghp_", "gho_", "ghu_"])}${fromSet(alnum, 36)}`,
  githubFine: () => `github_pat_11${fromSet(`${upper}0123456789`, 20)}_${fromSet(alnum, 59)}`,
  gitlab: () => `glpat-${fromSet(b64url, 20)}`,
  slackBot: () => `xoxb-${digits(11)}-${digits(13)}-${fromSet(alnum, 24)}`,
  slackHook: () =>
    `https://hooks.slack.com/services/T${fromSet(`${upper}0123456789`, 8)}/B${fromSet(`${upper}0123456789`, 10)}/${fromSet(alnum, 24)}`,
  stripe: () => `sk_live_${fromSet(alnum, 99)}`.slice(0, 8 + pick([24, 99])),
  awsId: () => `AKIA${fromSet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`,
  awsSecret: () => fromSet(b64, 40),
  google: () => `AIza${fromSet(b64url, 35)}`,
  twilio: () => `SK${hex(32)}`,
  huggingface: () => `hf_${fromSet(alnum, 34)}`,
  shopify: () => `shpat_${hex(32)}`,
  digitalocean: () => `dop_v1_${hex(64)}`,
  linear: () => `lin_api_${fromSet(alnum, 40)}`,
  notion: () => `ntn_${digits(11)}${fromSet(alnum, 35)}`,
  postman: () => `PMAK-${hex(24)}-${hex(34)}`,
  vault: () => `hvs.${fromSet(b64url, 24)}`,
  npm: () => `npm_${fromSet(alnum, 36)}`,
  openai: () => `sk-proj-${fromSet(b64url, 48)}`,
  anthropic: () => `sk-ant-api03-${fromSet(b64url, 86)}-${fromSet(b64url, 6)}AA`,
  azureStorage: () => `${fromSet(b64, 86)}==`,
  mailgun: () => `key-${hex(32)}`,
  datadog: () => hex(32),
  discordBot: () => `${fromSet(alnum, 24)}.${fromSet(b64url, 6)}.${fromSet(b64url, 38)}`,
};
export type TokenKind = keyof typeof tokens;
export function token(kind?: TokenKind): string {
  const k =
    kind ??
    pick<TokenKind>([
      "github",
      "githubFine",
      "gitlab",
      "slackBot",
      "stripe",
      "google",
      "twilio",
      "huggingface",
      "shopify",
      "digitalocean",
      "linear",
      "notion",
      "postman",
      "vault",
      "npm",
      "openai",
      "anthropic",
    ]);
  return tokens[k]();
}
const b64Encode = (text: string) => Buffer.from(text).toString("base64");
export function jwt(): string {
  const enc = (o: object) =>
    b64Encode(JSON.stringify(o)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return `${enc({ alg: pick(["HS256", "RS256"]), typ: "JWT", kid: hex(8) })}.${enc({
    sub: uuid(),
    email: email(),
    iat: 1762000000 + int(0, 9999999),
  })}.${fromSet(b64url, 43)}`;
}
export const basicAuth = (user: string, pass: string) => b64Encode(`${user}:${pass}`);

const pwWords = [
  "Sonnenblume",
  "papillon",
  "Girasol",
  "tulp",
  "Farfalla",
  "Kwiatek",
  "Snöflinga",
  "pancake",
  "Borussia",
  "Zugspitze",
  "Mallorca",
  "tortilla",
  "Nutella",
  "Pikachu",
  "Lakritz",
];
export function humanPassword(): string {
  return pick([
    () => `${pick(pwWords)}${int(1, 99)}${pick(["!", "?", "#", "%", ".", ""])}`,
    () => `${pick(pwWords)}${pick(["_", "-", "+"])}${pick(pwWords).toLowerCase()}${int(1, 9)}`,
    () => `${pick(wordNames)}${int(1960, 2022)}${pick(["!", "$", "&"])}`,
    () => `${pick(pwWords).replace(/e/g, "3").replace(/i/g, "1")}${pick(["@", "#"])}${int(10, 99)}`,
    () =>
      `${pick(["ich", "je", "yo", "ik", "jag"])}${pick(["Liebe", "Aime", "Quiero", "Hou", "Alskar"])}${pick(pwWords)}${int(1, 31)}`,
  ])();
}
export function generatedPassword(): string {
  return fromSet(`${alnum}!#$%&*+-=?@^_~`, int(16, 28));
}
export const password = () => (chance(0.55) ? humanPassword() : generatedPassword());
/** A password safe inside a URL's userinfo or a shell argument. */
export const plainPassword = () =>
  (chance(0.5) ? humanPassword() : fromSet(alnum, int(14, 24))).replace(/[^A-Za-z0-9_.-]/g, "x");
export const pin = (n = pick([4, 4, 6])) => digits(n);
export function passphrase(): string {
  const words = [
    "orbit",
    "lantern",
    "copper",
    "meadow",
    "violin",
    "glacier",
    "pepper",
    "harbor",
    "tundra",
    "velvet",
    "quartz",
    "mango",
  ];
  return Array.from({ length: int(4, 5) }, () => pick(words)).join(pick(["-", " ", "."]));
}
/** Two-factor backup codes as sites print them. */
export function recoveryCodes(n = int(4, 8)): string[] {
  return Array.from({ length: n }, () =>
    pick([
      () =>
        `${fromSet("abcdefghjkmnpqrstuvwxyz23456789", 5)}-${fromSet("abcdefghjkmnpqrstuvwxyz23456789", 5)}`,
      () => `${digits(4)} ${digits(4)}`,
      () => fromSet("0123456789abcdef", 10),
    ])(),
  );
}
/** BitLocker recovery key: eight groups of six digits, each a multiple of 11 below 720896. */
export function bitlockerKey(): string {
  return Array.from({ length: 8 }, () => pad(int(0, 65535) * 11, 6)).join("-");
}
/** Apple-style recovery key: 28 characters in groups of four. */
export const appleRecoveryKey = () =>
  Array.from({ length: 7 }, () => fromSet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4)).join("-");
export function sshPrivateKey(): string {
  const body = Array.from({ length: int(3, 6) }, () => fromSet(b64, 70)).join("\n");
  return `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA${fromSet(b64, 46)}\n${body}\n-----END OPENSSH PRIVATE KEY-----`;
}
/** 1Password's account Secret Key: version, account id and 26 more characters. */
export const onePasswordSecretKey = () =>
  `A3-${fromSet("ABCDEFGHJKLMNPQRSTVWXYZ23456789", 6)}-${fromSet("ABCDEFGHJKLMNPQRSTVWXYZ23456789", 6)}-${[5, 5, 5, 5].map((k) => fromSet("ABCDEFGHJKLMNPQRSTVWXYZ23456789", k)).join("-")}`;
export const sha256 = () => hex(64);
export const gitSha = () => hex(40);
