/**
 * Values of the eighth corpus, all written by hand for it: its own random
 * source (SFC32, the small fast chaotic generator) and lists of names, streets,
 * towns and number schemes typed from knowledge of how they look, not drawn
 * from any data package. Identifiers carry valid check digits where their
 * scheme has one, so a detector that checks them is measured fairly; nothing
 * here is a real person's, account's or service's.
 */

// ---------------------------------------------------------------- random source

let a = 0;
let b = 0;
let c = 0;
let d = 0;

/** SFC32: four 32-bit words, a counter in `d`; one output per call in [0, 1). */
function next(): number {
  const out = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + out) | 0;
  return (out >>> 0) / 4294967296;
}

export function seed(value: number): void {
  a = 0x9e3779b9;
  b = 0x243f6a88;
  c = 0xb7e15162;
  d = value >>> 0;
  // The first outputs of SFC32 still show the seed; the usual warm-up discards them.
  for (let n = 0; n < 15; n++) next();
}

export function chance(p: number): boolean {
  return next() < p;
}

export function pick<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("pick from an empty list");
  return values[Math.floor(next() * values.length)] as T;
}

/** An integer in [low, high], both included. */
export function int(low: number, high: number): number {
  return low + Math.floor(next() * (high - low + 1));
}

export function digits(count: number): string {
  let out = "";
  for (let n = 0; n < count; n++) out += String(int(0, 9));
  return out;
}

export function chars(alphabet: string, count: number): string {
  let out = "";
  for (let n = 0; n < count; n++) out += alphabet.charAt(int(0, alphabet.length - 1));
  return out;
}

export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LOWER = "abcdefghijklmnopqrstuvwxyz";
export const DIGITS = "0123456789";
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = "0123456789abcdef";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

// ---------------------------------------------------------------- people

/** Given names of many cultures, word names among them. */
export const givenNames = [
  "Hope",
  "Grace",
  "Will",
  "Bill",
  "Mark",
  "Rose",
  "Faith",
  "Summer",
  "Sky",
  "Joy",
  "Amber",
  "Ivy",
  "Dawn",
  "Pat",
  "Frank",
  "Guy",
  "Drew",
  "Chase",
  "Hunter",
  "Ray",
  "Sue",
  "Jack",
  "Rob",
  "Autumn",
  "Harriet",
  "Callum",
  "Niamh",
  "Siobhan",
  "Aoife",
  "Cillian",
  "Eilidh",
  "Rhys",
  "Ffion",
  "Seren",
  "Hamish",
  "Imogen",
  "Declan",
  "Tabitha",
  "Marcus",
  "Deborah",
  "Keisha",
  "Tyrone",
  "Shanice",
  "Jürgen",
  "Sören",
  "Anneliese",
  "Lukas",
  "Friederike",
  "Hans-Peter",
  "Karl-Heinz",
  "Anna-Lena",
  "Ute",
  "Birgit",
  "Jean-Luc",
  "Marie-Claire",
  "Anne-Sophie",
  "Étienne",
  "Hélène",
  "Amélie",
  "François",
  "Thibault",
  "Gaëlle",
  "Céline",
  "José María",
  "María José",
  "Begoña",
  "Íñigo",
  "Nuria",
  "Xoán",
  "João",
  "Conceição",
  "Gonçalo",
  "Inês",
  "Thiago",
  "Letícia",
  "Giuseppe",
  "Chiara",
  "Niccolò",
  "Federica",
  "Sanne",
  "Joris",
  "Maarten",
  "Femke",
  "Willemijn",
  "Sjoerd",
  "Åsa",
  "Björn",
  "Sigrid",
  "Kjell",
  "Mikkel",
  "Søren",
  "Freja",
  "Aino",
  "Jukka",
  "Päivi",
  "Eero",
  "Małgorzata",
  "Grzegorz",
  "Wojciech",
  "Agnieszka",
  "Łukasz",
  "Zofia",
  "Jiří",
  "Kateřina",
  "Tomáš",
  "Radka",
  "Aarav",
  "Priya",
  "Ananya",
  "Vikram",
  "Lakshmi",
  "Arjun",
  "Deepika",
  "Sanjay",
  "Meenakshi",
  "Harpreet",
  "Gurpreet",
  "Haoran",
  "Xiaoling",
  "Yutong",
  "Mei",
  "Haruto",
  "Yui",
  "Sakura",
  "Ren",
  "Takeshi",
  "Aiko",
  "Kenji",
  "Min-jun",
  "Seo-yeon",
  "Ji-woo",
  "Hyun-woo",
  "Mohammed",
  "Fatima",
  "Omar",
  "Layla",
  "Youssef",
  "Aisha",
  "Khalid",
  "Noor",
  "Chidi",
  "Ngozi",
  "Oluwaseun",
  "Thandiwe",
  "Sipho",
  "Kwame",
  "Ama",
  "Wanjiru",
  "Abebe",
  "Mehmet",
  "Ayşe",
  "Emre",
  "Elif",
  "Minh",
  "Thảo",
  "Noa",
  "Yonatan",
  "Tamar",
  "Dimitris",
  "Eleni",
  "Oleksandr",
  "Natalia",
  "Dmitri",
  "Yulia",
  "Guadalupe",
  "Alejandro",
  "Ximena",
  "Mateo",
  "Valentina",
  "Kai",
  "Tane",
  "Aroha",
  "Liam",
  "Zara",
] as const;

export const surnames = [
  "Okafor",
  "Müller",
  "Schmidt",
  "Dubois",
  "García López",
  "Fernández",
  "Rossi",
  "Esposito",
  "de Jong",
  "van der Berg",
  "van Dijk",
  "de Vries",
  "da Silva",
  "dos Santos",
  "Ferreira",
  "Kowalski",
  "Nowak",
  "Wiśniewska",
  "Novák",
  "Dvořáková",
  "Andersson",
  "Johansson",
  "Nielsen",
  "Hansen",
  "Virtanen",
  "Korhonen",
  "Sharma",
  "Patel",
  "Iyer",
  "Reddy",
  "Singh",
  "Chatterjee",
  "Nakamura",
  "Tanaka",
  "Kim",
  "Park",
  "Chen",
  "Wang",
  "Nguyen",
  "Tran",
  "bin Abdullah",
  "al-Farsi",
  "Haddad",
  "Cohen",
  "Levi",
  "Papadopoulos",
  "Ivanova",
  "Shevchenko",
  "O'Brien",
  "Ó Súilleabháin",
  "McAllister",
  "Fitzgerald",
  "Smith-Jones",
  "Harrington-Cole",
  "Ahmed-Khan",
  "von Hohenberg",
  "de la Cruz",
  "Mendoza",
  "Hernández",
  "Okonkwo",
  "Mensah",
  "Dlamini",
  "Naidoo",
  "Botha",
  "van Niekerk",
  "Yılmaz",
  "Demir",
  "Kaya",
  "Brennan",
  "Thorsen",
  "Lindqvist",
  "Bergström",
  "Abernathy",
  "Whitfield",
  "Pemberton",
  "Castellanos",
  "Zielińska",
  "Horáková",
  "ter Horst",
  "Mac Giolla Phádraig",
  "Ní Bhriain",
  "Te Rangi",
  "Ngata",
  "Al-Mansouri",
  "Ben-David",
  "Bianchi",
  "Lombardi",
  "Leclerc",
  "Moreau",
  "Gauthier",
  "Weißenborn",
  "Kühn",
  "Baptiste",
  "Achterberg",
] as const;

/** People known by one name, as in Indonesia, Myanmar or parts of India. */
export const mononyms = ["Suharti", "Budiono", "Wiranto", "Aung", "Sutrisno", "Murugan", "Yanti", "Kartini"];

/** Full names written in their own scripts, with the romanised form a mailbox would use. */
export const scriptNames: readonly (readonly [string, string])[] = [
  ["Γιώργος Παπαδόπουλος", "giorgos.papadopoulos"],
  ["Ελένη Κωνσταντίνου", "eleni.konstantinou"],
  ["Δημήτρης Νικολάου", "dimitris.nikolaou"],
  ["Анна Смирнова", "anna.smirnova"],
  ["Дмитрий Кузнецов", "dmitry.kuznetsov"],
  ["Олена Шевченко", "olena.shevchenko"],
  ["Иван Петров", "ivan.petrov"],
  ["נועה כהן", "noa.cohen"],
  ["יונתן לוי", "yonatan.levi"],
  ["תמר מזרחי", "tamar.mizrahi"],
  ["山田 花子", "hanako.yamada"],
  ["佐藤 健", "ken.sato"],
  ["高橋 美咲", "misaki.takahashi"],
  ["伊藤 さくら", "sakura.ito"],
  ["たなか ゆい", "yui.tanaka"],
  ["マリア・ガルシア", "maria.garcia"],
  ["김민준", "minjun.kim"],
  ["이서연", "seoyeon.lee"],
  ["박지훈", "jihoon.park"],
  ["प्रिया शर्मा", "priya.sharma"],
  ["राहुल वर्मा", "rahul.verma"],
  ["अनन्या गुप्ता", "ananya.gupta"],
  ["สมชาย ใจดี", "somchai.j"],
  ["สุดา วงศ์ใหญ่", "suda.w"],
  ["ณัฐพล ศรีสุข", "natthaphon.s"],
  ["王芳", "fang.wang"],
  ["李伟", "wei.li"],
  ["محمد العلي", "mohammed.alali"],
];

export function givenName(): string {
  return pick(givenNames);
}

export function surname(): string {
  return pick(surnames);
}

/** A full name as people write it: mostly given + surname, sometimes a middle initial, a mononym or another script. */
export function fullName(): string {
  const roll = next();
  if (roll < 0.08) return pick(mononyms);
  if (roll < 0.2) return pick(scriptNames)[0];
  if (roll < 0.28) return `${givenName()} ${pick(UPPER.split(""))}. ${surname()}`;
  return `${givenName()} ${surname()}`;
}

/** A name and the mailbox romanised from it. */
export function person(): { name: string; given: string; mailbox: string } {
  if (chance(0.12)) {
    const [name, mailbox] = pick(scriptNames);
    return { name, given: name.split(/[ ・]/)[0] ?? name, mailbox };
  }
  const given = givenName();
  const family = surname();
  return { name: `${given} ${family}`, given, mailbox: mailboxOf(given, family) };
}

const foldMap: Record<string, string> = { ß: "ss", ø: "o", æ: "ae", å: "a", ł: "l", đ: "d", ı: "i", "'": "" };

/** Lower-case ASCII, as mail providers spell names in addresses. */
export function ascii(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßøæåłđı']/g, (ch) => foldMap[ch] ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function mailboxOf(given: string, family: string): string {
  const g = ascii(given).replace(/-/g, "");
  const f = ascii(family).replace(/-/g, "");
  return pick([
    `${g}.${f}`,
    `${g[0]}${f}`,
    `${g}${f[0]}`,
    `${g}_${f}`,
    `${g}.${f}${int(1, 99)}`,
    `${f}.${g}`,
  ]);
}

export const personalDomains = [
  "gmail.com",
  "outlook.com",
  "yahoo.co.uk",
  "hotmail.fr",
  "web.de",
  "gmx.at",
  "icloud.com",
  "proton.me",
  "libero.it",
  "wp.pl",
  "seznam.cz",
  "orange.fr",
  "telenet.be",
  "ziggo.nl",
  "eircom.net",
  "bigpond.com",
  "xtra.co.nz",
  "yahoo.co.jp",
  "rediffmail.com",
  "uol.com.br",
  "live.se",
  "online.no",
];
export const workDomains = [
  "northwind-logistics.com",
  "brightmoor.io",
  "halvorsen-group.no",
  "kestrel-analytics.de",
  "tidewater.co.uk",
  "lumen-health.fr",
  "arbor-capital.com",
  "veldhuis.nl",
  "pampa-agro.com.br",
];

export function email(mailbox: string, domain = pick([...personalDomains, ...workDomains])): string {
  return `${mailbox}@${domain}`;
}

export const companies = [
  "Johnson & Johnson",
  "Ford",
  "Dell",
  "Morgan Stanley",
  "Wells Fargo",
  "Goldman Sachs",
  "McDonald's",
  "Ben & Jerry's",
  "Marks & Spencer",
  "Sainsbury's",
  "Procter & Gamble",
  "Harley-Davidson",
  "Tommy Hilfiger",
  "Ralph Lauren",
  "Hewlett Packard Enterprise",
  "Philips",
  "Siemens",
  "Porsche",
  "Ferrari",
  "Lidl",
  "Tesla",
  "Disney",
  "Dyson",
  "Boeing",
  "Adobe",
];

// ---------------------------------------------------------------- countries

export const countries = [
  "US",
  "GB",
  "IE",
  "DE",
  "AT",
  "CH",
  "FR",
  "BE",
  "NL",
  "ES",
  "PT",
  "IT",
  "PL",
  "CZ",
  "SE",
  "DK",
  "NO",
  "FI",
  "CA",
  "AU",
  "NZ",
  "JP",
  "IN",
  "BR",
  "MX",
  "ZA",
] as const;
export type Country = (typeof countries)[number];

// ---------------------------------------------------------------- addresses

const canadaLetters = "ABCEGHJKLMNPRSTVXY";
const ukInward = "ABDEFGHJLNPQRSTUWXYZ";

/** A postal address in the country's own order and punctuation. */
export function address(country: Country = pick(countries)): string {
  const n = int(1, 180);
  switch (country) {
    case "US": {
      const [city, state, zip] = pick([
        ["Portland", "OR", "972"],
        ["Austin", "TX", "787"],
        ["Columbus", "OH", "432"],
        ["Raleigh", "NC", "276"],
        ["Boise", "ID", "837"],
        ["Madison", "WI", "537"],
        ["Tucson", "AZ", "857"],
        ["Albany", "NY", "122"],
        ["Savannah", "GA", "314"],
        ["Spokane", "WA", "992"],
        ["Providence", "RI", "029"],
        ["Omaha", "NE", "681"],
      ] as const);
      const street = `${pick(["Maple", "Sycamore", "Elmwood", "Juniper", "Lakeview", "Cedar Ridge", "Hawthorne", "Magnolia", "Prospect", "W 34th", "N Harrison"])} ${pick(["St", "Ave", "Dr", "Ln", "Blvd", "Ct", "Way", "Street", "Road"])}`;
      const unit = chance(0.3)
        ? pick([` Apt ${int(1, 40)}${pick(["", "B", "C"])}`, ` Unit ${int(100, 450)}`, ` #${int(2, 30)}`])
        : "";
      return `${int(10, 9899)} ${street}${unit}, ${city}, ${state} ${zip}${digits(2)}${chance(0.2) ? `-${digits(4)}` : ""}`;
    }
    case "GB": {
      const [town, outward] = pick([
        ["Leeds", "LS6"],
        ["Bristol", "BS8"],
        ["Manchester", "M14"],
        ["Edinburgh", "EH9"],
        ["Cardiff", "CF24"],
        ["Norwich", "NR2"],
        ["York", "YO10"],
        ["London", "SE15"],
        ["London", "N16"],
        ["Brighton", "BN2"],
        ["Belfast", "BT9"],
        ["Glasgow", "G12"],
        ["Sheffield", "S11"],
        ["Oxford", "OX4"],
      ] as const);
      const street = `${pick(["Cromwell", "Albert", "Ashgrove", "Kingsley", "Brunswick", "Chapel", "Hillside", "Victoria", "Beaconsfield", "Holloway"])} ${pick(["Road", "Street", "Terrace", "Crescent", "Gardens", "Lane", "Avenue", "Close"])}`;
      const flat = chance(0.3) ? `Flat ${int(1, 12)}, ` : "";
      return `${flat}${n} ${street}, ${town} ${outward} ${int(1, 9)}${chars(ukInward, 2)}`;
    }
    case "IE": {
      const [town, county, key] = pick([
        ["Dublin 8", "Dublin", "D08"],
        ["Rathmines, Dublin 6", "Dublin", "D06"],
        ["Galway", "Galway", "H91"],
        ["Cork", "Cork", "T12"],
        ["Athlone", "Westmeath", "N37"],
        ["Limerick", "Limerick", "V94"],
        ["Kilkenny", "Kilkenny", "R95"],
        ["Sligo", "Sligo", "F91"],
      ] as const);
      const street = pick([
        "Clanbrassil Street",
        "Grove Park",
        "Nuns Island Road",
        "Ballinlough Road",
        "St Mary's Terrace",
        "Father Griffin Road",
        "Ashbrook Lawn",
      ]);
      return `${n} ${street}, ${town}${chance(0.5) ? `, Co. ${county}` : ""}, ${key} ${chars("0123456789ACDEFHKNPRTVWXY", 4)}`;
    }
    case "DE": {
      const [city, plz] = pick([
        ["Berlin", "109"],
        ["Hamburg", "223"],
        ["München", "803"],
        ["Köln", "506"],
        ["Leipzig", "041"],
        ["Freiburg im Breisgau", "791"],
        ["Dresden", "010"],
        ["Münster", "481"],
      ] as const);
      const street = pick([
        "Lindenstraße",
        "Gneisenaustraße",
        "Am Mühlbach",
        "Schillerplatz",
        "Hauptstr.",
        "Kastanienallee",
        "Bergmannstraße",
        "Zum Sportplatz",
      ]);
      return `${street} ${n}${chance(0.2) ? pick(["a", "b"]) : ""}, ${plz}${digits(2)} ${city}`;
    }
    case "AT": {
      const [city, plz] = pick([
        ["Wien", "10"],
        ["Graz", "80"],
        ["Linz", "40"],
        ["Salzburg", "50"],
        ["Innsbruck", "60"],
      ] as const);
      const street = pick([
        "Mariahilfer Straße",
        "Herrengasse",
        "Landstraßer Hauptstraße",
        "Annenstraße",
        "Linzer Gasse",
      ]);
      const door = chance(0.5) ? `/${int(1, 9)}/${int(1, 24)}` : "";
      return `${street} ${n}${door}, ${plz}${int(1, 9)}${int(0, 9)} ${city}`;
    }
    case "CH": {
      const [city, plz] = pick([
        ["Zürich", "80"],
        ["Bern", "30"],
        ["Basel", "40"],
        ["Lausanne", "10"],
        ["Genève", "12"],
        ["Luzern", "60"],
      ] as const);
      const street = pick([
        "Bahnhofstrasse",
        "Seefeldstrasse",
        "Kramgasse",
        "Rue de Lausanne",
        "Avenue de la Gare",
        "Spalenberg",
      ]);
      return `${street} ${n}, ${plz}${int(0, 9)}${int(1, 9)} ${city}`;
    }
    case "FR": {
      const [city, dept] = pick([
        ["Lyon", "6900"],
        ["Paris", "7501"],
        ["Marseille", "1300"],
        ["Toulouse", "3100"],
        ["Nantes", "4400"],
        ["Lille", "5900"],
        ["Strasbourg", "6700"],
        ["Bordeaux", "3300"],
      ] as const);
      const street = pick([
        "rue des Lilas",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue de la République",
        "impasse des Tilleuls",
        "chemin du Moulin",
        "place Bellecour",
        "rue Sainte-Catherine",
      ]);
      const bis = chance(0.15) ? " bis" : "";
      return `${n}${bis} ${street}, ${dept}${int(1, 9)} ${city}`;
    }
    case "BE": {
      const [city, pc, street] = pick([
        ["Bruxelles", "1000", "Rue de la Loi"],
        ["Antwerpen", "2000", "Meir"],
        ["Gent", "9000", "Veldstraat"],
        ["Liège", "4000", "Rue Saint-Gilles"],
        ["Leuven", "3000", "Naamsestraat"],
        ["Ixelles", "1050", "Chaussée d'Ixelles"],
      ] as const);
      return `${street} ${n}${chance(0.2) ? ` bus ${int(1, 12)}` : ""}, ${pc} ${city}`;
    }
    case "NL": {
      const [city, pc] = pick([
        ["Amsterdam", "10"],
        ["Utrecht", "35"],
        ["Rotterdam", "30"],
        ["Den Haag", "25"],
        ["Groningen", "97"],
        ["Eindhoven", "56"],
      ] as const);
      const street = pick([
        "Prinsengracht",
        "Oudegracht",
        "Witte de Withstraat",
        "Laan van Meerdervoort",
        "Vismarkt",
        "Stratumsedijk",
      ]);
      return `${street} ${n}${chance(0.2) ? "-hs" : ""}, ${pc}${digits(2)} ${chars("ABCEGHJKLMNPRSTVWXZ", 2)} ${city}`;
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
      const street = pick([
        "Calle de Alcalá",
        "Carrer de Mallorca",
        "Avenida del Puerto",
        "Calle Sierpes",
        "Gran Vía",
        "Calle Mayor",
      ]);
      const floor = chance(0.6) ? `, ${int(1, 8)}º ${pick(["A", "B", "C", "izda.", "dcha."])}` : "";
      return `${street} ${n}${floor}, ${cp}${digits(2)} ${city}`;
    }
    case "PT": {
      const [city, cp] = pick([
        ["Lisboa", "1"],
        ["Porto", "4"],
        ["Coimbra", "3"],
        ["Braga", "4"],
        ["Faro", "8"],
      ] as const);
      const street = pick([
        "Rua Augusta",
        "Avenida da Liberdade",
        "Rua de Santa Catarina",
        "Rua Ferreira Borges",
        "Travessa do Carmo",
      ]);
      const floor = chance(0.5) ? `, ${int(1, 6)}.º ${pick(["Esq.", "Dto.", "Frente"])}` : "";
      return `${street} ${n}${floor}, ${cp}${digits(3)}-${digits(3)} ${city}`;
    }
    case "IT": {
      const [city, cap, prov] = pick([
        ["Torino", "101", "TO"],
        ["Milano", "201", "MI"],
        ["Roma", "001", "RM"],
        ["Bologna", "401", "BO"],
        ["Napoli", "801", "NA"],
        ["Firenze", "501", "FI"],
      ] as const);
      const street = pick([
        "Via Garibaldi",
        "Corso Vittorio Emanuele II",
        "Via dei Mille",
        "Piazza Santo Stefano",
        "Viale Monza",
        "Via Toledo",
      ]);
      return `${street} ${n}, ${cap}${digits(2)} ${city}${chance(0.6) ? ` (${prov})` : ""}`;
    }
    case "PL": {
      const [city, kod] = pick([
        ["Warszawa", "00"],
        ["Kraków", "31"],
        ["Gdańsk", "80"],
        ["Wrocław", "50"],
        ["Poznań", "61"],
        ["Łódź", "90"],
      ] as const);
      const street = pick([
        "Marszałkowska",
        "Długa",
        "Piotrkowska",
        "Świętego Marcina",
        "Floriańska",
        "Grunwaldzka",
      ]);
      return `ul. ${street} ${n}${chance(0.5) ? `/${int(1, 60)}` : ""}, ${kod}-${digits(3)} ${city}`;
    }
    case "CZ": {
      const [city, psc] = pick([
        ["Praha 2", "120 00"],
        ["Praha 7", "170 00"],
        ["Brno", "602 00"],
        ["Ostrava", "702 00"],
        ["Plzeň", "301 00"],
      ] as const);
      const street = pick(["Vinohradská", "Dukelských hrdinů", "Masarykova", "Nádražní", "Husova"]);
      return `${street} ${int(100, 2400)}/${int(1, 60)}, ${psc} ${city}`;
    }
    case "SE": {
      const [city, pn] = pick([
        ["Stockholm", "11"],
        ["Göteborg", "41"],
        ["Malmö", "21"],
        ["Uppsala", "75"],
        ["Umeå", "90"],
      ] as const);
      const street = pick([
        "Drottninggatan",
        "Kungsgatan",
        "Götgatan",
        "Västra Hamngatan",
        "Storgatan",
        "Södra Förstadsgatan",
      ]);
      return `${street} ${n}${chance(0.2) ? ` lgh ${int(1001, 1403)}` : ""}, ${pn}${int(1, 9)} ${digits(2)} ${city}`;
    }
    case "DK": {
      const [city, pn] = pick([
        ["København N", "2200"],
        ["København S", "2300"],
        ["Aarhus C", "8000"],
        ["Odense C", "5000"],
        ["Aalborg", "9000"],
      ] as const);
      const street = pick(["Nørrebrogade", "Amagerbrogade", "Jægergårdsgade", "Vestergade", "Boulevarden"]);
      const floor = chance(0.6) ? `, ${int(1, 5)}. ${pick(["tv.", "th.", "mf."])}` : "";
      return `${street} ${n}${floor}, ${pn} ${city}`;
    }
    case "NO": {
      const [city, pn] = pick([
        ["Oslo", "05"],
        ["Bergen", "50"],
        ["Trondheim", "70"],
        ["Stavanger", "40"],
        ["Tromsø", "90"],
      ] as const);
      const street = pick([
        "Thorvald Meyers gate",
        "Markveien",
        "Nygårdsgaten",
        "Bakklandet",
        "Kongens gate",
        "Storgata",
      ]);
      return `${street} ${n}${chance(0.3) ? pick(["A", "B"]) : ""}, ${pn}${digits(2)} ${city}`;
    }
    case "FI": {
      const [city, pn] = pick([
        ["Helsinki", "001"],
        ["Tampere", "331"],
        ["Turku", "205"],
        ["Oulu", "901"],
        ["Espoo", "021"],
      ] as const);
      const street = pick([
        "Mannerheimintie",
        "Hämeenkatu",
        "Aurakatu",
        "Isokatu",
        "Tapiolantie",
        "Fredrikinkatu",
      ]);
      return `${street} ${n}${chance(0.5) ? ` ${pick(["A", "B", "C"])} ${int(1, 40)}` : ""}, ${pn}${int(0, 9)}0 ${city}`;
    }
    case "CA": {
      const [city, prov, fsa] = pick([
        ["Toronto", "ON", "M"],
        ["Montréal", "QC", "H"],
        ["Vancouver", "BC", "V"],
        ["Calgary", "AB", "T"],
        ["Halifax", "NS", "B"],
        ["Ottawa", "ON", "K"],
        ["Winnipeg", "MB", "R"],
      ] as const);
      const street = pick([
        "Queen St W",
        "Rue Sainte-Catherine O",
        "Commercial Dr",
        "17 Ave SW",
        "Spring Garden Rd",
        "Bank St",
        "Corydon Ave",
      ]);
      const unit = chance(0.3) ? `${int(101, 2405)}-` : "";
      return `${unit}${int(10, 3999)} ${street}, ${city}, ${prov} ${fsa}${int(1, 9)}${chars(canadaLetters, 1)} ${int(0, 9)}${chars(canadaLetters, 1)}${int(0, 9)}`;
    }
    case "AU": {
      const [suburb, state, pc] = pick([
        ["Fitzroy", "VIC", "3065"],
        ["Newtown", "NSW", "2042"],
        ["Fortitude Valley", "QLD", "4006"],
        ["Fremantle", "WA", "6160"],
        ["Glenelg", "SA", "5045"],
        ["Battery Point", "TAS", "7004"],
        ["Braddon", "ACT", "2612"],
      ] as const);
      const street = `${pick(["Smith", "King", "Brunswick", "Enmore", "Wickham", "Jetty", "Hampden"])} ${pick(["Street", "Road", "Parade", "Terrace"])}`;
      const unit = chance(0.35) ? `${pick(["Unit ", ""])}${int(1, 20)}/` : "";
      return `${unit}${n} ${street}, ${suburb} ${state} ${pc}`;
    }
    case "NZ": {
      const [suburb, city, pc] = pick([
        ["Grey Lynn", "Auckland", "1021"],
        ["Te Aro", "Wellington", "6011"],
        ["Riccarton", "Christchurch", "8011"],
        ["Roslyn", "Dunedin", "9010"],
        ["Frankton", "Hamilton", "3204"],
      ] as const);
      const street = pick(["Ponsonby Road", "Cuba Street", "Riccarton Road", "Highgate", "Massey Street"]);
      return `${n} ${street}, ${suburb}, ${city} ${pc}`;
    }
    case "JP": {
      const [jp, en, pc] = pick([
        ["東京都渋谷区神宮前", "Jingumae, Shibuya-ku, Tokyo", "150-0001"],
        ["東京都世田谷区三軒茶屋", "Sangenjaya, Setagaya-ku, Tokyo", "154-0024"],
        ["大阪府大阪市北区梅田", "Umeda, Kita-ku, Osaka", "530-0001"],
        ["京都府京都市左京区吉田本町", "Yoshida-honmachi, Sakyo-ku, Kyoto", "606-8501"],
        ["福岡県福岡市中央区天神", "Tenjin, Chuo-ku, Fukuoka", "810-0001"],
      ] as const);
      const block = `${int(1, 5)}-${int(1, 20)}-${int(1, 30)}`;
      return chance(0.5) ? `〒${pc} ${jp}${block}` : `${block} ${en} ${pc}`;
    }
    case "IN": {
      const [area, city, st, pin] = pick([
        ["Indiranagar", "Bengaluru", "Karnataka", "560038"],
        ["Koregaon Park", "Pune", "Maharashtra", "411001"],
        ["Banjara Hills", "Hyderabad", "Telangana", "500034"],
        ["Adyar", "Chennai", "Tamil Nadu", "600020"],
        ["Salt Lake Sector V", "Kolkata", "West Bengal", "700091"],
        ["Lajpat Nagar", "New Delhi", "Delhi", "110024"],
      ] as const);
      const flat = `${pick(["Flat", "House No.", "#"])} ${int(1, 9)}0${int(1, 9)}, ${pick(["Sai Residency", "Prestige Lakeside", "Green Park Apartments", "Shanti Niketan"])}`;
      return `${flat}, ${int(1, 20)}th Cross, ${area}, ${city}, ${st} ${pin}`;
    }
    case "BR": {
      const [bairro, city, uf, cep] = pick([
        ["Jardins", "São Paulo", "SP", "01426"],
        ["Copacabana", "Rio de Janeiro", "RJ", "22070"],
        ["Savassi", "Belo Horizonte", "MG", "30140"],
        ["Moinhos de Vento", "Porto Alegre", "RS", "90570"],
        ["Boa Viagem", "Recife", "PE", "51020"],
      ] as const);
      const street = pick([
        "Rua Oscar Freire",
        "Avenida Atlântica",
        "Rua Pernambuco",
        "Rua Padre Chagas",
        "Avenida Boa Viagem",
      ]);
      return `${street}, ${int(10, 2999)}${chance(0.5) ? `, apto ${int(11, 184)}` : ""} - ${bairro}, ${city} - ${uf}, ${cep}-${digits(3)}`;
    }
    case "MX": {
      const [col, city, cp] = pick([
        ["Col. Roma Norte", "Ciudad de México, CDMX", "06700"],
        ["Col. Condesa", "Ciudad de México, CDMX", "06140"],
        ["Col. Americana", "Guadalajara, Jal.", "44160"],
        ["Col. Del Valle", "San Pedro Garza García, N.L.", "66220"],
      ] as const);
      const street = pick([
        "Calle Colima",
        "Av. Insurgentes Sur",
        "Calle Morelos",
        "Av. Vasconcelos",
        "Calle Ámsterdam",
      ]);
      return `${street} ${int(10, 1999)}${chance(0.4) ? ` Int. ${int(1, 12)}` : ""}, ${col}, ${cp} ${city}`;
    }
    case "ZA": {
      const [suburb, city, pc] = pick([
        ["Gardens", "Cape Town", "8001"],
        ["Observatory", "Cape Town", "7925"],
        ["Melville", "Johannesburg", "2092"],
        ["Morningside", "Durban", "4001"],
        ["Hatfield", "Pretoria", "0083"],
      ] as const);
      const street = pick([
        "Kloof Street",
        "Lower Main Road",
        "7th Avenue",
        "Florida Road",
        "Burnett Street",
      ]);
      return `${n} ${street}, ${suburb}, ${city}, ${pc}`;
    }
  }
}

// ---------------------------------------------------------------- phones

/** A phone number as people of the country write it, national or international. */
export function phone(country: Country = pick(countries), international = chance(0.45)): string {
  const intl = (code: string, rest: string) => `+${code} ${rest}`;
  switch (country) {
    case "US":
    case "CA": {
      const area = pick(
        country === "US"
          ? ["212", "415", "312", "617", "206", "512", "303", "404", "713", "919", "503"]
          : ["416", "514", "604", "403", "902", "613", "204"],
      );
      const exch = `${int(2, 9)}${digits(2).replace(/^55$/, "56")}`;
      const line = digits(4);
      if (international)
        return pick([
          `+1 ${area} ${exch} ${line}`,
          `+1-${area}-${exch}-${line}`,
          `+1 (${area}) ${exch}-${line}`,
        ]);
      return pick([`(${area}) ${exch}-${line}`, `${area}-${exch}-${line}`, `${area}.${exch}.${line}`]);
    }
    case "GB": {
      if (chance(0.6)) {
        const m = `7${pick(["4", "5", "7", "8", "9"])}${digits(2)} ${digits(6)}`;
        return international ? intl("44", m) : `0${m}`;
      }
      const land = pick([
        `20 3${digits(3)} ${digits(4)}`,
        `161 ${int(2, 9)}${digits(2)} ${digits(4)}`,
        `131 ${int(2, 6)}${digits(2)} ${digits(4)}`,
        `117 ${int(2, 9)}${digits(2)} ${digits(4)}`,
      ]);
      return international ? intl("44", land) : `0${land}`;
    }
    case "IE": {
      const m = chance(0.7)
        ? `8${pick(["3", "5", "6", "7", "9"])} ${digits(3)} ${digits(4)}`
        : `1 ${int(2, 9)}${digits(2)} ${digits(4)}`;
      return international ? intl("353", m) : `0${m}`;
    }
    case "DE": {
      const m = chance(0.6)
        ? `15${pick(["1", "2", "7", "9"])} ${digits(4)} ${digits(4)}`
        : `${pick(["30", "40", "89", "221", "341"])} ${digits(7)}`;
      return international ? intl("49", m) : `0${m}`;
    }
    case "AT": {
      const m = chance(0.6)
        ? `6${pick(["64", "60", "76", "99"])} ${digits(7)}`
        : `1 ${int(2, 9)}${digits(6)}`;
      return international ? intl("43", m) : `0${m}`;
    }
    case "CH": {
      const m = `${pick(["79", "78", "76", "44", "31", "61"])} ${int(2, 9)}${digits(2)} ${digits(2)} ${digits(2)}`;
      return international ? intl("41", m) : `0${m}`;
    }
    case "FR": {
      const pairs = `${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`;
      const lead = pick(["6", "7", "1", "4"]);
      return international
        ? intl("33", `${lead} ${pairs}`)
        : `0${lead} ${pairs}`.replace(/ /g, pick([" ", ".", " "]));
    }
    case "BE": {
      const m = chance(0.6)
        ? `4${pick(["70", "75", "86", "95"])} ${digits(2)} ${digits(2)} ${digits(2)}`
        : `2 ${int(2, 7)}${digits(2)} ${digits(2)} ${digits(2)}`;
      return international ? intl("32", m) : `0${m}`;
    }
    case "NL": {
      const m = chance(0.6) ? `6 ${int(1, 6)}${digits(7)}` : `20 ${int(2, 8)}${digits(2)} ${digits(4)}`;
      return international ? intl("31", m) : `0${m.replace(/^6 /, "6-")}`;
    }
    case "ES": {
      const m = chance(0.7)
        ? `${pick(["6", "7"])}${digits(2)} ${digits(3)} ${digits(3)}`
        : `${pick(["91", "93", "96", "95"])} ${digits(3)} ${digits(2)} ${digits(2)}`;
      return international ? intl("34", m) : m;
    }
    case "PT": {
      const m = `9${pick(["1", "2", "3", "6"])}${digits(1)} ${digits(3)} ${digits(3)}`;
      return international ? intl("351", m) : m;
    }
    case "IT": {
      const m = chance(0.65)
        ? `3${pick(["33", "47", "49", "20", "88"])} ${digits(3)} ${digits(4)}`
        : `0${pick(["6", "2"])} ${digits(4)} ${digits(4)}`;
      return international ? intl("39", m) : m;
    }
    case "PL": {
      const m = `${pick(["5", "6", "7", "8"])}${digits(2)} ${digits(3)} ${digits(3)}`;
      return international ? intl("48", m) : m;
    }
    case "CZ": {
      const m = `${pick(["60", "72", "73", "77"])}${digits(1)} ${digits(3)} ${digits(3)}`;
      return international ? intl("420", m) : m;
    }
    case "SE": {
      const m = `7${pick(["0", "2", "3", "6"])}-${digits(3)} ${digits(2)} ${digits(2)}`;
      return international ? intl("46", m.replace("-", " ")) : `0${m}`;
    }
    case "DK": {
      const m = `${pick(["2", "3", "4", "5", "6"])}${digits(1)} ${digits(2)} ${digits(2)} ${digits(2)}`;
      return international ? intl("45", m) : m;
    }
    case "NO": {
      const m = `${pick(["4", "9"])}${digits(2)} ${digits(2)} ${digits(3)}`;
      return international ? intl("47", m) : m;
    }
    case "FI": {
      const m = `${pick(["40", "44", "45", "50"])} ${digits(3)} ${digits(4)}`;
      return international ? intl("358", m) : `0${m}`;
    }
    case "AU": {
      const m = chance(0.65)
        ? `4${digits(2)} ${digits(3)} ${digits(3)}`
        : `${pick(["2", "3", "7", "8"])} ${int(5, 9)}${digits(3)} ${digits(4)}`;
      if (international) return intl("61", m);
      return m.startsWith("4") ? `0${m}` : `(0${m.slice(0, 1)})${m.slice(1)}`;
    }
    case "NZ": {
      const m = `2${pick(["1", "2", "7"])} ${digits(3)} ${digits(4)}`;
      return international ? intl("64", m) : `0${m}`;
    }
    case "JP": {
      const m = chance(0.7)
        ? `${pick(["90", "80", "70"])}-${digits(4)}-${digits(4)}`
        : `3-${digits(4)}-${digits(4)}`;
      return international ? intl("81", m) : `0${m}`;
    }
    case "IN": {
      const m = `${pick(["98", "99", "97", "88", "70", "63"])}${digits(3)} ${digits(5)}`;
      return international ? intl("91", m) : pick([m, `0${m}`]);
    }
    case "BR": {
      const ddd = pick(["11", "21", "31", "51", "81", "61"]);
      const m = `9${digits(4)}-${digits(4)}`;
      return international ? intl("55", `${ddd} ${m}`) : `(${ddd}) ${m}`;
    }
    case "MX": {
      const m = `${pick(["55", "33", "81"])} ${digits(4)} ${digits(4)}`;
      return international ? intl("52", m) : m;
    }
    case "ZA": {
      const m = `${pick(["82", "83", "72", "71", "61", "21"])} ${digits(3)} ${digits(4)}`;
      return international ? intl("27", m) : `0${m}`;
    }
  }
}

// ---------------------------------------------------------------- check digits

/** Luhn: the digit that makes `body + digit` pass. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let n = 0; n < body.length; n++) {
    let value = Number(body[body.length - 1 - n]);
    if (n % 2 === 0) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return String((10 - (sum % 10)) % 10);
}

function weighted(body: string, weights: readonly number[]): number {
  let sum = 0;
  for (let n = 0; n < weights.length; n++) sum += Number(body[n]) * (weights[n] as number);
  return sum;
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

function verhoeffDigit(body: string): string {
  let check = 0;
  const reversed = body.split("").reverse();
  reversed.forEach((ch, n) => {
    check = (verhoeffD[check] as number[])[
      (verhoeffP[(n + 1) % 8] as number[])[Number(ch)] as number
    ] as number;
  });
  return String(verhoeffInv[check]);
}

/** A birth date as [dd, mm, yyyy] strings, adults of working age. */
export function birthDate(): [string, string, string] {
  const year = int(1958, 2003);
  const month = int(1, 12);
  const day = int(1, 28);
  return [pad(day, 2), pad(month, 2), String(year)];
}

// ---------------------------------------------------------------- national ids

export type IdScheme =
  | "US-SSN"
  | "GB-NINO"
  | "IE-PPS"
  | "NL-BSN"
  | "BE-NN"
  | "DK-CPR"
  | "NO-FNR"
  | "FI-HETU"
  | "SE-PNR"
  | "PL-PESEL"
  | "CZ-RC"
  | "PT-NIF"
  | "PT-CC"
  | "BR-CPF"
  | "MX-CURP"
  | "IN-AADHAAR"
  | "IN-PAN"
  | "ZA-ID"
  | "JP-MYNUMBER"
  | "CA-SIN"
  | "AU-TFN"
  | "ES-DNI"
  | "ES-NIE"
  | "FR-NIR"
  | "IT-CF";

export const idSchemes: readonly IdScheme[] = [
  "US-SSN",
  "GB-NINO",
  "IE-PPS",
  "NL-BSN",
  "BE-NN",
  "DK-CPR",
  "NO-FNR",
  "FI-HETU",
  "SE-PNR",
  "PL-PESEL",
  "CZ-RC",
  "PT-NIF",
  "PT-CC",
  "BR-CPF",
  "MX-CURP",
  "IN-AADHAAR",
  "IN-PAN",
  "ZA-ID",
  "JP-MYNUMBER",
  "CA-SIN",
  "AU-TFN",
  "ES-DNI",
  "ES-NIE",
  "FR-NIR",
  "IT-CF",
];

/** What people call each scheme, in its own language, for the prose around it. */
export const idLabel: Record<IdScheme, readonly string[]> = {
  "US-SSN": ["SSN", "Social Security number", "social"],
  "GB-NINO": ["NI number", "National Insurance number", "NINO"],
  "IE-PPS": ["PPS number", "PPSN"],
  "NL-BSN": ["BSN", "burgerservicenummer"],
  "BE-NN": ["rijksregisternummer", "numéro de registre national", "national number"],
  "DK-CPR": ["CPR-nummer", "CPR"],
  "NO-FNR": ["fødselsnummer", "personnummer"],
  "FI-HETU": ["henkilötunnus", "HETU", "personal identity code"],
  "SE-PNR": ["personnummer", "personnr"],
  "PL-PESEL": ["PESEL", "numer PESEL"],
  "CZ-RC": ["rodné číslo", "RČ"],
  "PT-NIF": ["NIF", "número de contribuinte"],
  "PT-CC": ["Cartão de Cidadão", "n.º do CC"],
  "BR-CPF": ["CPF"],
  "MX-CURP": ["CURP"],
  "IN-AADHAAR": ["Aadhaar", "Aadhaar number", "आधार संख्या"],
  "IN-PAN": ["PAN", "PAN card"],
  "ZA-ID": ["ID number", "SA ID"],
  "JP-MYNUMBER": ["マイナンバー", "My Number", "個人番号"],
  "CA-SIN": ["SIN", "Social Insurance Number", "NAS"],
  "AU-TFN": ["TFN", "tax file number"],
  "ES-DNI": ["DNI"],
  "ES-NIE": ["NIE"],
  "FR-NIR": ["numéro de sécurité sociale", "n° de sécu", "NIR"],
  "IT-CF": ["codice fiscale", "CF"],
};

const ninoFirst = "ABCEGHJKLMNOPRSTWXYZ";
const ninoSecond = "ABCEGHJKLMNPRSTWXYZ";
const curpChars = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
const hetuChars = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

/** A national id number of the scheme, with valid check digits. */
export function nationalId(scheme: IdScheme = pick(idSchemes)): string {
  const [dd, mm, yyyy] = birthDate();
  const yy = yyyy.slice(2);
  switch (scheme) {
    case "US-SSN": {
      let area = int(1, 899);
      if (area === 666) area = 667;
      return `${pad(area, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`;
    }
    case "GB-NINO": {
      let prefix = chars(ninoFirst, 1) + chars(ninoSecond, 1);
      if (["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(prefix)) prefix = "AB";
      const body = digits(6);
      const suffix = chars("ABCD", 1);
      return chance(0.5)
        ? `${prefix} ${body.slice(0, 2)} ${body.slice(2, 4)} ${body.slice(4)} ${suffix}`
        : `${prefix}${body}${suffix}`;
    }
    case "IE-PPS": {
      const body = digits(7);
      const second = chance(0.3) ? "A" : "";
      const sum = weighted(body, [8, 7, 6, 5, 4, 3, 2]) + (second === "A" ? 9 : 0);
      const check = sum % 23 === 0 ? "W" : UPPER.charAt((sum % 23) - 1);
      return `${body}${check}${second}`;
    }
    case "NL-BSN": {
      for (;;) {
        const body = `${int(1, 6)}${digits(7)}`;
        const rest = weighted(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
        if (rest < 10)
          return chance(0.5)
            ? `${body}${rest}`
            : `${body.slice(0, 4)}.${body.slice(4, 6)}.${body.slice(6)}${rest}`;
      }
    }
    case "BE-NN": {
      const serial = pad(int(1, 998), 3);
      const base = `${yy}${mm}${dd}${serial}`;
      const number = Number(Number(yyyy) >= 2000 ? `2${base}` : base);
      const check = pad(97 - (number % 97), 2);
      return chance(0.5) ? `${yy}.${mm}.${dd}-${serial}.${check}` : `${base}${check}`;
    }
    case "DK-CPR": {
      const centuryDigit =
        Number(yyyy) >= 2000 ? pick(["4", "5", "6", "7", "8", "9"]) : pick(["0", "1", "2", "3"]);
      for (;;) {
        const body = `${dd}${mm}${yy}${centuryDigit}${digits(2)}`;
        const rest = weighted(body, [4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
        const check = rest === 0 ? 0 : 11 - rest;
        if (check < 10) return `${body.slice(0, 6)}-${body.slice(6)}${check}`;
      }
    }
    case "NO-FNR": {
      for (;;) {
        const individual = Number(yyyy) >= 2000 ? pad(int(500, 999), 3) : pad(int(0, 499), 3);
        const body = `${dd}${mm}${yy}${individual}`;
        const r1 = 11 - (weighted(body, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11);
        const k1 = r1 === 11 ? 0 : r1;
        if (k1 === 10) continue;
        const r2 = 11 - (weighted(`${body}${k1}`, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
        const k2 = r2 === 11 ? 0 : r2;
        if (k2 === 10) continue;
        return chance(0.6) ? `${body}${k1}${k2}` : `${body.slice(0, 6)} ${body.slice(6)}${k1}${k2}`;
      }
    }
    case "FI-HETU": {
      const individual = pad(int(2, 899), 3);
      const sign = Number(yyyy) >= 2000 ? "A" : "-";
      return `${dd}${mm}${yy}${sign}${individual}${hetuChars.charAt(Number(`${dd}${mm}${yy}${individual}`) % 31)}`;
    }
    case "SE-PNR": {
      const body = `${yy}${mm}${dd}${digits(3)}`;
      // Swedish weights run 2,1,2,… from the left over nine digits: the usual Luhn digit.
      const check = luhnDigit(body);
      return chance(0.3)
        ? `${yyyy.slice(0, 2)}${body.slice(0, 6)}-${body.slice(6)}${check}`
        : `${body.slice(0, 6)}-${body.slice(6)}${check}`;
    }
    case "PL-PESEL": {
      const month = Number(yyyy) >= 2000 ? Number(mm) + 20 : Number(mm);
      const body = `${yy}${pad(month, 2)}${dd}${digits(4)}`;
      const check = (10 - (weighted(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
      return `${body}${check}`;
    }
    case "CZ-RC": {
      const month = chance(0.5) ? Number(mm) + 50 : Number(mm);
      for (;;) {
        const body = `${yy}${pad(month, 2)}${dd}${digits(3)}`;
        const check = Number(body) % 11;
        if (check < 10) return `${body.slice(0, 6)}/${body.slice(6)}${check}`;
      }
    }
    case "PT-NIF": {
      const body = `${pick(["1", "2", "3"])}${digits(7)}`;
      const rest = weighted(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
      return `${body}${rest < 2 ? 0 : 11 - rest}`;
    }
    case "PT-CC": {
      const civil = digits(8);
      const rest = weighted(civil, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
      const civilCheck = rest < 2 ? 0 : 11 - rest;
      const version =
        chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 1);
      const base = `${civil}${civilCheck}${version}`;
      for (let last = 0; last < 10; last++) {
        if (ccValid(`${base}${last}`)) return `${civil} ${civilCheck} ${version}${last}`;
      }
      throw new Error("no Cartão de Cidadão check digit");
    }
    case "BR-CPF": {
      const body = digits(9);
      const d1 = ((weighted(body, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
      const d2 = ((weighted(`${body}${d1}`, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
      return chance(0.7)
        ? `${body.slice(0, 3)}.${body.slice(3, 6)}.${body.slice(6)}-${d1}${d2}`
        : `${body}${d1}${d2}`;
    }
    case "MX-CURP": {
      const body = `${chars("BCDFGHLMNPRSTVZ", 1)}${chars("AEIOU", 1)}${chars("BCGHLMPRSV", 2)}${yy}${mm}${dd}${chars("HM", 1)}${pick(["DF", "JC", "NL", "PL", "VZ", "MC", "GT", "YN"])}${chars("BCDGLMNRSTZ", 3)}${Number(yyyy) >= 2000 ? chars("ABC", 1) : chars(DIGITS, 1)}`;
      let sum = 0;
      for (let n = 0; n < 17; n++) sum += curpChars.indexOf(body.charAt(n)) * (18 - n);
      return `${body}${(10 - (sum % 10)) % 10}`;
    }
    case "IN-AADHAAR": {
      const body = `${int(2, 9)}${digits(10)}`;
      const full = `${body}${verhoeffDigit(body)}`;
      return chance(0.7) ? `${full.slice(0, 4)} ${full.slice(4, 8)} ${full.slice(8)}` : full;
    }
    case "IN-PAN":
      return `${chars(UPPER, 3)}P${chars(UPPER, 1)}${digits(4)}${chars(UPPER, 1)}`;
    case "ZA-ID": {
      const body = `${yy}${mm}${dd}${pad(int(0, 9999), 4)}${chance(0.9) ? "0" : "1"}8`;
      return `${body}${luhnDigit(body)}`;
    }
    case "JP-MYNUMBER": {
      const body = digits(11);
      let sum = 0;
      for (let n = 1; n <= 11; n++) {
        const p = Number(body.charAt(11 - n));
        const q = n <= 6 ? n + 1 : n - 5;
        sum += p * q;
      }
      const rest = sum % 11;
      const full = `${body}${rest <= 1 ? 0 : 11 - rest}`;
      return chance(0.5) ? `${full.slice(0, 4)} ${full.slice(4, 8)} ${full.slice(8)}` : full;
    }
    case "CA-SIN": {
      const body = `${pick(["1", "2", "3", "4", "5", "6", "7", "9"])}${digits(7)}`;
      const full = `${body}${luhnDigit(body)}`;
      return chance(0.6)
        ? `${full.slice(0, 3)} ${full.slice(3, 6)} ${full.slice(6)}`
        : `${full.slice(0, 3)}-${full.slice(3, 6)}-${full.slice(6)}`;
    }
    case "AU-TFN": {
      for (;;) {
        const body = digits(8);
        const weights = [1, 4, 3, 7, 5, 8, 6, 9, 10];
        const partial = weighted(body, weights.slice(0, 8));
        for (let last = 0; last < 10; last++) {
          if ((partial + last * 10) % 11 === 0) {
            const full = `${body}${last}`;
            return chance(0.6) ? `${full.slice(0, 3)} ${full.slice(3, 6)} ${full.slice(6)}` : full;
          }
        }
      }
    }
    case "ES-DNI": {
      const body = digits(8);
      return `${body}${dniLetters.charAt(Number(body) % 23)}`;
    }
    case "ES-NIE": {
      const lead = pick(["X", "Y", "Z"]);
      const body = digits(7);
      return `${lead}${body}${dniLetters.charAt(Number(`${"XYZ".indexOf(lead)}${body}`) % 23)}`;
    }
    case "FR-NIR": {
      const dept = pick(["75", "69", "13", "33", "59", "44", "31", "67"]);
      const body = `${pick(["1", "2"])}${yy}${mm}${dept}${digits(3)}${digits(3)}`;
      const key = pad(97 - Number(BigInt(body) % 97n), 2);
      return chance(0.6)
        ? `${body.slice(0, 1)} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`
        : `${body}${key}`;
    }
    case "IT-CF":
      return italianFiscalCode(yy, mm, dd);
  }
}

function ccValid(value: string): boolean {
  let sum = 0;
  let second = false;
  for (let n = value.length - 1; n >= 0; n--) {
    const ch = value.charAt(n);
    let v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    if (second) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    second = !second;
  }
  return sum % 10 === 0;
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

function italianFiscalCode(yy: string, mm: string, dd: string): string {
  const months = "ABCDEHLMPRST";
  const female = chance(0.5);
  const day = female ? Number(dd) + 40 : Number(dd);
  const body = `${chars("BCDFGLMNPRSTVZ", 3)}${chars("BCDFGLMNPRSTVZ", 3)}${yy}${months.charAt(Number(mm) - 1)}${pad(day, 2)}${pick(["H501", "F205", "L219", "A944", "F839", "D612"])}`;
  let sum = 0;
  for (let n = 0; n < 15; n++) {
    const ch = body.charAt(n);
    if (n % 2 === 0) sum += cfOdd[ch] as number;
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return `${body}${String.fromCharCode(65 + (sum % 26))}`;
}

// ---------------------------------------------------------------- passports

export type PassportCountry =
  | "US"
  | "GB"
  | "DE"
  | "FR"
  | "IT"
  | "ES"
  | "NL"
  | "IE"
  | "IN"
  | "JP"
  | "CA"
  | "AU"
  | "BR"
  | "MX"
  | "CH"
  | "PL"
  | "SE"
  | "ZA"
  | "KR"
  | "CN";
export const passportCountries: readonly PassportCountry[] = [
  "US",
  "GB",
  "DE",
  "FR",
  "IT",
  "ES",
  "NL",
  "IE",
  "IN",
  "JP",
  "CA",
  "AU",
  "BR",
  "MX",
  "CH",
  "PL",
  "SE",
  "ZA",
  "KR",
  "CN",
];
export const iso3: Record<PassportCountry, string> = {
  US: "USA",
  GB: "GBR",
  DE: "D",
  FR: "FRA",
  IT: "ITA",
  ES: "ESP",
  NL: "NLD",
  IE: "IRL",
  IN: "IND",
  JP: "JPN",
  CA: "CAN",
  AU: "AUS",
  BR: "BRA",
  MX: "MEX",
  CH: "CHE",
  PL: "POL",
  SE: "SWE",
  ZA: "ZAF",
  KR: "KOR",
  CN: "CHN",
};
export const passportWord: Record<PassportCountry, string> = {
  US: "passport",
  GB: "passport",
  DE: "Reisepass",
  FR: "passeport",
  IT: "passaporto",
  ES: "pasaporte",
  NL: "paspoort",
  IE: "passport",
  IN: "passport",
  JP: "旅券",
  CA: "passport",
  AU: "passport",
  BR: "passaporte",
  MX: "pasaporte",
  CH: "Pass",
  PL: "paszport",
  SE: "pass",
  ZA: "passport",
  KR: "여권",
  CN: "护照",
};

export function passportNumber(country: PassportCountry = pick(passportCountries)): string {
  switch (country) {
    case "US":
      return chance(0.5)
        ? digits(9).replace(/^0/, "5")
        : `${chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1)}${digits(8)}`;
    case "GB":
      return `${int(1, 6)}${digits(8)}`;
    case "DE":
      return `${chars("CFGHJK", 1)}${chars("CFGHJKLMNPRTVWXYZ0123456789", 8)}`;
    case "FR":
      return `${digits(2)}${chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2)}${digits(5)}`;
    case "IT":
      return `${chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2)}${digits(7)}`;
    case "ES":
      return `${chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3)}${digits(6)}`;
    case "NL":
      return `${chars("ABCDEFGHIJKLMNPRSTUVWXYZ", 2)}${chars("ABCDEFGHIJKLMNPRSTUVWXYZ0123456789", 6)}${digits(1)}`;
    case "IE":
      return `${chars("PLNTKR", 1)}${chars(UPPER, 1)}${digits(7)}`;
    case "IN":
      return `${chars("JKLMNPRSTUVWZ", 1)}${int(1, 9)}${digits(6)}`;
    case "JP":
      return `${pick(["TK", "TR", "TS", "MZ", "RE"])}${digits(7)}`;
    case "CA":
      return `${chars("ABGHMP", 1)}${chars(UPPER, 1)}${digits(6)}`;
    case "AU":
      return `${chars("NPRE", 1)}${chance(0.5) ? chars(UPPER, 1) : ""}${digits(7)}`;
    case "BR":
      return `${chars("FGY", 1)}${chars(UPPER, 1)}${digits(6)}`;
    case "MX":
      return `${chars("GN", 1)}${digits(8)}`;
    case "CH":
      return `${chars("SX", 1)}${digits(7)}`;
    case "PL":
      return `${chars("EFG", 1)}${chars(UPPER, 1)}${digits(7)}`;
    case "SE":
      return digits(8).replace(/^0/, "9");
    case "ZA":
      return `${chars("ADMT", 1)}${digits(8)}`;
    case "KR":
      return `M${digits(8)}`;
    case "CN":
      return `E${chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 1)}${digits(7)}`;
  }
}

function mrzValue(ch: string): number {
  if (ch === "<") return 0;
  if (/\d/.test(ch)) return Number(ch);
  return ch.charCodeAt(0) - 55;
}

export function mrzCheck(field: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let n = 0; n < field.length; n++) sum += mrzValue(field.charAt(n)) * (weights[n % 3] as number);
  return String(sum % 10);
}

const mrzName = (text: string) => ascii(text).toUpperCase().replace(/-/g, "<");

/** A passport's machine-readable zone (TD3), its two lines, with the number it carries. */
export function passportMrz(
  country: PassportCountry,
  given: string,
  family: string,
): { line1: string; line2: string; number: string } {
  const number = passportNumber(country).slice(0, 9);
  const code = iso3[country].padEnd(3, "<");
  const line1 = `P<${code}${mrzName(family)}<<${mrzName(given)}`.padEnd(44, "<").slice(0, 44);
  const [dd, mm, yyyy] = birthDate();
  const dob = `${yyyy.slice(2)}${mm}${dd}`;
  const expiry = `${int(26, 35)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
  const paddedNumber = number.padEnd(9, "<");
  const personal = "<".repeat(14);
  const part1 = `${paddedNumber}${mrzCheck(paddedNumber)}`;
  const part2 = `${dob}${mrzCheck(dob)}`;
  const part3 = `${expiry}${mrzCheck(expiry)}`;
  const part4 = `${personal}${mrzCheck(personal).replace("0", "<")}`;
  const composite = mrzCheck(`${part1}${part2}${part3}${personal}${mrzCheck(personal)}`);
  const line2 = `${part1}${code}${part2}${pick(["M", "F"])}${part3}${part4}${composite}`;
  return { line1, line2, number };
}

// ---------------------------------------------------------------- cards

export type CardNetwork =
  | "visa"
  | "mastercard"
  | "amex"
  | "discover"
  | "jcb"
  | "diners"
  | "unionpay"
  | "maestro";
export const networkName: Record<CardNetwork, string> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "Amex",
  discover: "Discover",
  jcb: "JCB",
  diners: "Diners Club",
  unionpay: "UnionPay",
  maestro: "Maestro",
};

/** A card number with a valid Luhn digit, grouped as the network prints it. */
export function cardNumber(
  network: CardNetwork = pick(Object.keys(networkName) as CardNetwork[]),
  grouped = chance(0.7),
): string {
  const [prefix, length] = ((): [string, number] => {
    switch (network) {
      case "visa":
        return ["4", 16];
      case "mastercard":
        return chance(0.7) ? [`5${int(1, 5)}`, 16] : [String(int(2221, 2720)), 16];
      case "amex":
        return [pick(["34", "37"]), 15];
      case "discover":
        return [pick(["6011", "65", "644"]), 16];
      case "jcb":
        return [String(int(3528, 3589)), 16];
      case "diners":
        return [pick(["36", "38", "300"]), 14];
      case "unionpay":
        return ["62", 16];
      case "maestro":
        return [pick(["6759", "5018", "5020", "6304"]), pick([16, 19])];
    }
  })();
  const body = prefix + digits(length - prefix.length - 1);
  const full = body + luhnDigit(body);
  if (!grouped) return full;
  if (length === 15) return `${full.slice(0, 4)} ${full.slice(4, 10)} ${full.slice(10)}`;
  if (length === 14) return `${full.slice(0, 4)} ${full.slice(4, 10)} ${full.slice(10)}`;
  const sep = pick([" ", " ", "-"]);
  return (full.match(/.{1,4}/g) ?? []).join(sep);
}

/** A 16-digit number that fails Luhn: what a careless detector takes for a card. */
export function brokenCard(): string {
  const body = `4${digits(14)}`;
  const bad = (Number(luhnDigit(body)) + int(1, 9)) % 10;
  return (`${body}${bad}`.match(/.{4}/g) ?? []).join(" ");
}

export function expiry(): string {
  return `${pad(int(1, 12), 2)}/${int(26, 31)}`;
}

// ---------------------------------------------------------------- banks

const ibanShapes: Record<string, () => string> = {
  DE: () => `${int(1, 8)}${digits(7)}${digits(10)}`,
  GB: () => `${pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"])}${digits(6)}${digits(8)}`,
  IE: () => `${pick(["AIBK", "BOFI", "IPBS"])}${digits(6)}${digits(8)}`,
  FR: () => frenchBban(),
  ES: () => spanishBban(),
  IT: () => `${chars(UPPER, 1)}${digits(5)}${digits(5)}${digits(12)}`,
  NL: () => `${pick(["INGB", "ABNA", "RABO", "SNSB", "TRIO"])}${digits(10)}`,
  BE: () => {
    const body = digits(10);
    const rest = Number(body) % 97;
    return `${body}${pad(rest === 0 ? 97 : rest, 2)}`;
  },
  AT: () => `${int(1, 6)}${digits(4)}${digits(11)}`,
  CH: () => `${pad(int(1, 9999), 5)}${digits(12)}`,
  PT: () => `${pick(["0035", "0033", "0007", "0010"])}${digits(4)}${digits(11)}${digits(2)}`,
  PL: () => `${int(1, 2)}${digits(7)}${digits(16)}`,
  SE: () => `${pick(["500", "800", "600", "300"])}${digits(17)}`,
  DK: () => `${digits(4)}${digits(10)}`,
  NO: () => `${digits(4)}${digits(6)}${digits(1)}`,
  FI: () => `${digits(6)}${digits(8)}`,
  CZ: () => `${pick(["0800", "0100", "0300", "2010"])}${digits(6)}${digits(10)}`,
  LU: () => `${digits(3)}${digits(13)}`,
  BR: () => `${digits(8)}${digits(5)}${digits(10)}${pick(["C", "P"])}${int(1, 9)}`,
};
export const ibanCountries = Object.keys(ibanShapes);

function frenchBban(): string {
  const bank = digits(5);
  const branch = digits(5);
  const account = digits(11);
  const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
  return `${bank}${branch}${account}${pad(key, 2)}`;
}

function spanishBban(): string {
  const bank = pick(["2100", "0049", "0182", "2085", "0081"]);
  const branch = digits(4);
  const account = digits(10);
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const control = (body: string) => {
    const value = 11 - (weighted(body, weights) % 11);
    return value === 11 ? 0 : value === 10 ? 1 : value;
  };
  return `${bank}${branch}${control(`00${bank}${branch}`)}${control(account)}${account}`;
}

function mod97(numeric: string): number {
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

/** An IBAN of the country with valid check digits, printed in groups of four or compact. */
export function iban(country: string = pick(ibanCountries), grouped = chance(0.65)): string {
  const shape = ibanShapes[country];
  if (shape === undefined) throw new Error(`no IBAN shape for ${country}`);
  const bban = shape();
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  const full = `${country}${pad(98 - mod97(numeric), 2)}${bban}`;
  return grouped ? (full.match(/.{1,4}/g) ?? []).join(" ") : full;
}

/** A US ABA routing number with a valid checksum. */
export function abaRouting(): string {
  // The first two digits name a Federal Reserve district (01-12) or a thrift (21-32).
  const district = chance(0.6) ? pad(int(1, 12), 2) : String(int(21, 32));
  const body = `${district}${digits(6)}`;
  const partial = weighted(body, [3, 7, 1, 3, 7, 1, 3, 7]);
  return `${body}${(10 - (partial % 10)) % 10}`;
}

export function sortCode(): string {
  return `${pick(["20", "40", "30", "60", "77", "09", "11"])}-${digits(2)}-${digits(2)}`;
}
export function bsb(): string {
  return `${pick(["062", "083", "033", "012", "734"])}-${digits(3)}`;
}
export function canadianTransit(): string {
  return `${digits(5)}-${pick(["001", "002", "003", "004", "006", "010", "815"])}`;
}
export function ifsc(): string {
  return `${pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "PUNB"])}0${chars("0123456789", 6)}`;
}
export function blz(): string {
  return `${int(1, 8)}${digits(2)} ${digits(3)} ${digits(2)}`;
}

export function accountNumber(kind: "us" | "gb" | "au" | "ca" | "in" | "de" = "us"): string {
  switch (kind) {
    case "us":
      return digits(int(9, 12));
    case "gb":
      return digits(8);
    case "au":
      return digits(int(6, 9));
    case "ca":
      return digits(7);
    case "in":
      return digits(int(11, 14));
    case "de":
      return digits(10).replace(/^0/, "1");
  }
}

// ---------------------------------------------------------------- secrets

const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const BASE64 = `${ALNUM}+/`;
const URLSAFE = `${ALNUM}-_`;

export type TokenKind =
  | "aws"
  | "github"
  | "github-fine"
  | "gitlab"
  | "slack"
  | "slack-webhook"
  | "discord"
  | "telegram"
  | "stripe"
  | "openai"
  | "anthropic"
  | "google"
  | "npm"
  | "twilio"
  | "sendgrid"
  | "vault"
  | "datadog"
  | "azure-sas"
  | "jwt"
  | "huggingface";
export const tokenKinds: readonly TokenKind[] = [
  "aws",
  "github",
  "github-fine",
  "gitlab",
  "slack",
  "slack-webhook",
  "discord",
  "telegram",
  "stripe",
  "openai",
  "anthropic",
  "google",
  "npm",
  "twilio",
  "sendgrid",
  "vault",
  "datadog",
  "azure-sas",
  "jwt",
  "huggingface",
];

/** A random token of the service's shape; none of them was ever issued. */
export function token(kind: TokenKind = pick(tokenKinds)): string {
  switch (kind) {
    case "aws":
      return `${pick(["AKIA", "ASIA"])}${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`;
    case "github":
      return `${pick(["ghp_", "gho_", "ghs_"])}${chars(ALNUM, 36)}`;
    case "github-fine":
      return `github_pat_11${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 9)}0${chars(ALNUM, 10)}_${chars(ALNUM, 59)}`;
    case "gitlab":
      return `glpat-${chars(URLSAFE, 20)}`;
    case "slack":
      return `${pick(["xoxb", "xoxp"])}-${digits(12)}-${digits(13)}-${chars(ALNUM, 24)}`;
    case "slack-webhook":
      return `https://hooks.slack.com/services/T${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8)}/B${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)}/${chars(ALNUM, 24)}`;
    case "discord":
      return `${b64url(`1${digits(17)}`)}.${chars(URLSAFE, 6)}.${chars(URLSAFE, 38)}`;
    case "telegram":
      return `${int(1, 7)}${digits(9)}:AA${chars(URLSAFE, 33)}`;
    case "stripe":
      return `${pick(["sk_live_", "rk_live_"])}${chars(ALNUM, pick([24, 99]))}`;
    case "openai":
      return `sk-proj-${chars(URLSAFE, 48)}T3BlbkFJ${chars(URLSAFE, 48)}`;
    case "anthropic":
      return `sk-ant-api03-${chars(URLSAFE, 93)}AA`;
    case "google":
      return `AIza${chars(URLSAFE, 35)}`;
    case "npm":
      return `npm_${chars(ALNUM, 36)}`;
    case "twilio":
      return `SK${chars(HEX, 32)}`;
    case "sendgrid":
      return `SG.${chars(URLSAFE, 22)}.${chars(URLSAFE, 43)}`;
    case "vault":
      return `hvs.${chars(URLSAFE, 24)}`;
    case "datadog":
      return chars(HEX, 32);
    case "azure-sas":
      return `sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2026-${pad(int(1, 12), 2)}-01T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(chars(BASE64, 43))}%3D`;
    case "jwt":
      return jwt();
    case "huggingface":
      return `hf_${chars(ALNUM, 34)}`;
  }
}

export function awsSecretKey(): string {
  return chars(BASE64, 40);
}

export function jwt(): string {
  const header = b64url(JSON.stringify({ alg: pick(["HS256", "RS256", "ES256"]), typ: "JWT" }));
  const payload = b64url(
    JSON.stringify({
      sub: `${digits(6)}`,
      [pick(["email", "name", "role"])]: pick(["admin", "ops", "svc-billing"]),
      iat: 1735000000 + int(0, 9999999),
      exp: 1767000000 + int(0, 9999999),
    }),
  );
  return `${header}.${payload}.${chars(URLSAFE, 43)}`;
}

export function privateKeyBlock(): string {
  const kind = pick(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"]);
  const lines: string[] = [];
  const count = int(3, 6);
  for (let n = 0; n < count; n++) lines.push(chars(BASE64, n === count - 1 ? int(20, 60) : 64));
  return `-----BEGIN ${kind}-----\n${lines.join("\n")}\n-----END ${kind}-----`;
}

const passwordWords = [
  "Summer",
  "Tiger",
  "Falcon",
  "Harbour",
  "Biscuit",
  "Maple",
  "Kestrel",
  "Nebula",
  "Pumpkin",
  "Copper",
  "Lantern",
  "Walrus",
  "Sonne",
  "Chaton",
  "Girasol",
  "Fjord",
  "Koala",
  "Mango",
  "Quartz",
  "Velvet",
  "Zebra",
  "Orchid",
];

/** A password people actually choose: words, years and a symbol, or random characters from a manager. */
export function password(): string {
  const roll = next();
  if (roll < 0.4)
    return `${pick(passwordWords)}${pick(["", "_", "."])}${int(1970, 2026)}${pick(["!", "#", "$", "?", "*", ""])}`;
  if (roll < 0.6)
    return `${pick(passwordWords).toLowerCase()}-${pick(passwordWords).toLowerCase()}-${pick(passwordWords).toLowerCase()}-${int(2, 99)}`;
  if (roll < 0.85) return chars(`${ALNUM}!#$%&*+-=?@^_`, int(12, 20));
  return `${pick(passwordWords)}${pick(["@", "&", "%"])}${chars(ALNUM, int(4, 7))}`;
}

export function pin(): string {
  return digits(pick([4, 4, 4, 6, 5]));
}

export function wifiPassword(): string {
  return pick([
    `${pick(passwordWords)}${pick(["Home", "Haus", "Casa", "Maison"])}${int(10, 999)}`,
    chars("abcdefghjkmnpqrstuvwxyz23456789", 12),
    `${pick(passwordWords).toLowerCase()}${pick(passwordWords).toLowerCase()}${int(1, 99)}`,
  ]);
}

export function recoveryCodes(count = int(3, 6)): string[] {
  const codes: string[] = [];
  for (let n = 0; n < count; n++)
    codes.push(
      pick([
        `${chars("abcdefghjkmnpqrstuvwxyz0123456789", 5)}-${chars("abcdefghjkmnpqrstuvwxyz0123456789", 5)}`,
        `${digits(4)} ${digits(4)}`,
        chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10),
      ]),
    );
  return codes;
}

export const hosts = [
  "db.internal",
  "pg-prod-2.eu-west-1.rds.amazonaws.com",
  "10.20.3.14",
  "mongo-shard-0.corp.local",
  "redis.cache.svc",
  "mq.kestrel-analytics.de",
  "sql-replica.brightmoor.io",
];
export const dbUsers = ["app_user", "svc_billing", "postgres", "root", "etl_reader", "admin", "grafana"];

export function connectionString(): { before: string; secret: string; after: string } {
  const user = pick(dbUsers);
  const secret = password().replace(/[@:/?#]/g, "x");
  const host = pick(hosts);
  const [scheme, port, path] = pick([
    ["postgres", "5432", "/orders"],
    ["postgresql", "5432", "/analytics?sslmode=require"],
    ["mysql", "3306", "/crm"],
    ["mongodb+srv", "", "/prod?retryWrites=true"],
    ["redis", "6379", "/0"],
    ["amqp", "5672", "/vhost"],
  ] as const);
  return { before: `${scheme}://${user}:`, secret, after: `@${host}${port === "" ? "" : `:${port}`}${path}` };
}

// ---------------------------------------------------------------- harmless look-alikes

export function uuid(): string {
  return `${chars(HEX, 8)}-${chars(HEX, 4)}-4${chars(HEX, 3)}-${pick(["8", "9", "a", "b"])}${chars(HEX, 3)}-${chars(HEX, 12)}`;
}
export function sha(length = 40): string {
  return chars(HEX, length);
}
export function cursor(): string {
  return Buffer.from(
    JSON.stringify({ offset: int(20, 5000), sort: pick(["created_at", "id", "updated"]) }),
    "utf8",
  ).toString("base64");
}
export function isoTime(): string {
  return `2025-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)},${digits(3)}`;
}
export function version(): string {
  return `${int(1, 130)}.${int(0, 9)}.${int(0, 9999)}.${int(0, 300)}`;
}
export function isbn13(): string {
  const body = `978${int(0, 1)}${digits(8)}`;
  let sum = 0;
  for (let n = 0; n < 12; n++) sum += Number(body[n]) * (n % 2 === 0 ? 1 : 3);
  const full = `${body}${(10 - (sum % 10)) % 10}`;
  return `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`;
}

// ---------------------------------------------------------------- ips

export function privateIp(): string {
  return pick([
    () => `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    () => `192.168.${int(0, 20)}.${int(2, 254)}`,
    () => `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`,
  ])();
}

export function publicIp(): string {
  for (;;) {
    const first = int(11, 223);
    if ([127, 169, 172, 192, 198, 203, 100].includes(first)) continue;
    return `${first}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
  }
}

export function ipv6(): string {
  const group = () => chars(HEX, int(1, 4)).replace(/^0+(?=.)/, "");
  return pick([
    `2a02:${group()}:${group()}:${group()}::${group()}`,
    `2001:${pick(["4860", "67c", "16b8", "1c00"])}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`,
    `fd${chars(HEX, 2)}:${group()}:${group()}::${group()}`,
    `fe80::${group()}:${group()}:${group()}:${group()}`,
  ]);
}

export function ip(): string {
  const roll = next();
  return roll < 0.45 ? publicIp() : roll < 0.85 ? privateIp() : ipv6();
}
