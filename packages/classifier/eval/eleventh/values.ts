/**
 * Values for the eleventh corpus, all made up and hand-written: names, places
 * and numbers, with identifiers carrying their issuers' real check digits so
 * that a checksum cannot tell them from the real thing.
 *
 * The random source is a 32-bit PCG with the RXS-M-XS output permutation
 * (O'Neill's pcg32_oneseq_32_rxs_m_xs), seeded by FNV-1a over the text
 * `eleventh/<seed>`; no earlier corpus used either.
 */

// ---------------------------------------------------------------- random source

let state = 0;

export function seed(value: number): void {
  let hash = 0x811c9dc5;
  for (const char of `eleventh/${value}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  state = hash;
  next();
}

function next(): number {
  const old = state;
  state = (Math.imul(state, 747796405) + 2891336453) >>> 0;
  const word = Math.imul(((old >>> ((old >>> 28) + 4)) ^ old) >>> 0, 277803737) >>> 0;
  return ((word >>> 22) ^ word) >>> 0;
}

/** A float in [0, 1). */
export function random(): number {
  return next() / 4294967296;
}

export function chance(p: number): boolean {
  return random() < p;
}

export function int(min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("pick from nothing");
  return values[Math.floor(random() * values.length)] as T;
}

export function digits(count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += String(int(0, 9));
  return out;
}

export function letters(count: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"): string {
  let out = "";
  for (let i = 0; i < count; i++) out += alphabet.charAt(int(0, alphabet.length - 1));
  return out;
}

export const pad = (value: number, width: number): string => String(value).padStart(width, "0");

// ---------------------------------------------------------------- people

export type Lang =
  | "en"
  | "de"
  | "fr"
  | "es"
  | "nl"
  | "it"
  | "pt"
  | "pl"
  | "sv"
  | "tr"
  | "fi"
  | "cs"
  | "da"
  | "ro";

const firstNames: Record<Lang, readonly string[]> = {
  en: [
    "Megan",
    "Trevor",
    "Abigail",
    "Dwayne",
    "Harriet",
    "Colin",
    "Priya",
    "Declan",
    "Shauna",
    "Marcus",
    "Imogen",
    "Ruben",
  ],
  de: [
    "Jörg",
    "Annegret",
    "Till",
    "Wiebke",
    "Malte",
    "Henrike",
    "Sönke",
    "Ulrike",
    "Bastian",
    "Friederike",
    "Jannik",
    "Gesa",
  ],
  fr: [
    "Amandine",
    "Gaëtan",
    "Solène",
    "Thibault",
    "Maëlys",
    "Baptiste",
    "Ophélie",
    "Yannick",
    "Clémence",
    "Loïc",
    "Aurélie",
    "Mathis",
  ],
  es: [
    "Itziar",
    "Gonzalo",
    "Ainhoa",
    "Iñaki",
    "Rocío",
    "Álvaro",
    "Nerea",
    "Fermín",
    "Begoña",
    "Joaquín",
    "Lucía",
    "Rodrigo",
  ],
  nl: [
    "Sanne",
    "Joost",
    "Femke",
    "Thijs",
    "Maartje",
    "Wouter",
    "Lieke",
    "Bram",
    "Anouk",
    "Gijs",
    "Ilse",
    "Ruud",
  ],
  it: [
    "Ginevra",
    "Matteo",
    "Chiara",
    "Lorenzo",
    "Federica",
    "Tommaso",
    "Arianna",
    "Gianluca",
    "Beatrice",
    "Edoardo",
    "Noemi",
    "Salvatore",
  ],
  pt: [
    "Inês",
    "João",
    "Beatriz",
    "Tiago",
    "Mariana",
    "Rui",
    "Leonor",
    "Gonçalo",
    "Catarina",
    "Duarte",
    "Joana",
    "Vasco",
  ],
  pl: [
    "Agnieszka",
    "Wojciech",
    "Małgorzata",
    "Grzegorz",
    "Katarzyna",
    "Przemysław",
    "Zofia",
    "Jędrzej",
    "Monika",
    "Bartosz",
    "Ewelina",
    "Łukasz",
  ],
  sv: [
    "Linnea",
    "Oskar",
    "Frida",
    "Viktor",
    "Elsa",
    "Hampus",
    "Maja",
    "Gustaf",
    "Ebba",
    "Lukas",
    "Saga",
    "Anton",
  ],
  tr: ["Elif", "Emre", "Zeynep", "Burak", "Ayşe", "Oğuz", "Selin", "Kerem", "Derya", "Mert"],
  fi: ["Aino", "Juhani", "Sanna", "Eero", "Kaisa", "Otso", "Liisa", "Ville"],
  cs: ["Tereza", "Ondřej", "Kateřina", "Vojtěch", "Lucie", "Jiří", "Markéta", "Radek"],
  da: ["Freja", "Mads", "Signe", "Rasmus", "Ida", "Søren", "Karen", "Asger"],
  ro: ["Ioana", "Mihai", "Andreea", "Bogdan", "Raluca", "Sorin", "Corina", "Vlad"],
};

const lastNames: Record<Lang, readonly string[]> = {
  en: [
    "Whitfield",
    "Okonkwo",
    "Pemberton",
    "Ashworth",
    "Gallagher",
    "Fairbairn",
    "Thornton",
    "Lindqvist-Hale",
    "Ramsden",
    "Kowalczyk",
    "Boateng",
    "Harrington",
  ],
  de: [
    "Brinkmann",
    "Oberhuber",
    "Scholz",
    "Wiegand",
    "Kötter",
    "Hansmeier",
    "Dreßler",
    "Pfeiffer",
    "Lindemann",
    "Hagedorn",
    "Eichhorn",
    "Wachowiak",
  ],
  fr: [
    "Lefebvre",
    "Morvan",
    "Castagné",
    "Delacroix",
    "Rouquette",
    "Pelletier",
    "Giraudeau",
    "Lemaire",
    "Chabert",
    "Vasseur",
    "Kerbrat",
    "Marchetti",
  ],
  es: [
    "Etxeberria",
    "Gutiérrez",
    "Salcedo",
    "Villanueva",
    "Arrieta",
    "Quintana",
    "Benítez",
    "Carrasco",
    "Olmedo",
    "Zubizarreta",
    "Montoya",
    "Prieto",
  ],
  nl: [
    "van der Meulen",
    "Bosman",
    "de Vries",
    "Kuipers",
    "Verhoeven",
    "Smit",
    "van Dijk",
    "Hoekstra",
    "Brouwer",
    "de Graaf",
    "Jansen",
    "Veenstra",
  ],
  it: [
    "Bianchi",
    "Esposito",
    "Colombo",
    "Ferraro",
    "Rinaldi",
    "Galli",
    "Moretti",
    "Barbieri",
    "Lombardi",
    "Caruso",
    "Greco",
    "Marchesi",
  ],
  pt: [
    "Figueiredo",
    "Carvalho",
    "Magalhães",
    "Antunes",
    "Sequeira",
    "Teixeira",
    "Lopes",
    "Vieira",
    "Pinheiro",
    "Rebelo",
    "Moura",
    "Cardoso",
  ],
  pl: [
    "Wiśniewski",
    "Zielińska",
    "Kaczmarek",
    "Nowakowska",
    "Szymański",
    "Wróblewska",
    "Jabłoński",
    "Dąbrowska",
    "Pawlak",
    "Michalski",
    "Górecka",
    "Sobczak",
  ],
  sv: [
    "Lindqvist",
    "Bergström",
    "Sjöberg",
    "Holmgren",
    "Åkesson",
    "Nyström",
    "Lundgren",
    "Engström",
    "Wallin",
    "Hedlund",
    "Forsberg",
    "Ekdahl",
  ],
  tr: ["Yılmaz", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Kılıç", "Arslan"],
  fi: ["Korhonen", "Virtanen", "Mäkinen", "Heikkinen", "Laaksonen", "Nieminen", "Salo", "Järvinen"],
  cs: ["Novotná", "Dvořák", "Procházková", "Kučera", "Veselá", "Horák", "Černá", "Marek"],
  da: ["Kristensen", "Mortensen", "Thygesen", "Østergaard", "Lauridsen", "Bech", "Holm", "Vestergaard"],
  ro: ["Popescu", "Ionescu", "Dumitrescu", "Stanciu", "Munteanu", "Constantin", "Georgescu", "Lazăr"],
};

export const langs: readonly Lang[] = Object.keys(firstNames) as Lang[];
export const coreLangs: readonly Lang[] = ["en", "de", "fr", "es", "nl", "it", "pt", "pl", "sv"];

export function firstName(lang: Lang = pick(langs)): string {
  return pick(firstNames[lang]);
}
export function lastName(lang: Lang = pick(langs)): string {
  return pick(lastNames[lang]);
}
export function fullName(lang: Lang = pick(langs)): string {
  return `${firstName(lang)} ${lastName(lang)}`;
}

const ascii = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/ı/g, "i")
    .replace(/\s+/g, "")
    .toLowerCase();

export const personalDomains = [
  "gmail.com",
  "web.de",
  "gmx.de",
  "orange.fr",
  "free.fr",
  "yahoo.es",
  "hotmail.com",
  "outlook.com",
  "libero.it",
  "sapo.pt",
  "wp.pl",
  "telia.com",
  "icloud.com",
  "proton.me",
  "ziggo.nl",
  "seznam.cz",
];
export const workDomains = [
  "northwind-logistics.com",
  "halvorsen.no",
  "brightwater.co.uk",
  "kalmar-tools.se",
  "ferrovia-dati.it",
  "quintal.pt",
  "mostwiedza.pl",
  "aubergine-studio.fr",
  "vandermolen-bouw.nl",
];

export function emailOf(name: string, domain: string = pick([...personalDomains, ...workDomains])): string {
  const [first = "x", ...rest] = name.split(" ");
  const last = rest.join("");
  const f = ascii(first);
  const l = ascii(last);
  const local = pick([
    `${f}.${l}`,
    `${f.charAt(0)}${l}`,
    `${f}_${l}${int(1, 99)}`,
    `${l}.${f}`,
    `${f}${int(70, 99)}`,
    `${f}-${l}`,
  ]);
  return `${local}@${domain}`;
}

// ---------------------------------------------------------------- phones

export type Country = "US" | "GB" | "DE" | "FR" | "ES" | "NL" | "IT" | "PT" | "PL" | "SE";
export const countries: readonly Country[] = ["US", "GB", "DE", "FR", "ES", "NL", "IT", "PT", "PL", "SE"];

const spaced = (s: string, groups: number[], sep = " "): string => {
  const out: string[] = [];
  let at = 0;
  for (const g of groups) {
    out.push(s.slice(at, at + g));
    at += g;
  }
  return out.join(sep);
};

export function phone(country: Country = pick(countries), international = chance(0.4)): string {
  switch (country) {
    case "US": {
      const area = pick(["312", "415", "617", "206", "512", "303", "646", "404", "919", "713"]);
      const exchange = `${int(2, 9)}${digits(2)}`;
      const line = digits(4);
      return international
        ? `+1 ${area} ${exchange} ${line}`
        : pick([
            `(${area}) ${exchange}-${line}`,
            `${area}-${exchange}-${line}`,
            `${area}.${exchange}.${line}`,
          ]);
    }
    case "GB": {
      if (chance(0.6)) {
        const rest = `7${pick(["4", "5", "7", "8", "9"])}${digits(8)}`;
        return international ? `+44 ${spaced(rest, [4, 6])}` : `0${spaced(rest, [4, 6])}`;
      }
      const rest = `20${pick(["7", "3", "8"])}${digits(7)}`;
      return international ? `+44 ${spaced(rest, [2, 4, 4])}` : `0${spaced(rest, [2, 4, 4])}`;
    }
    case "DE": {
      if (chance(0.55)) {
        const mobile = `1${pick(["51", "52", "60", "70", "71", "76", "57"])}${digits(7)}`;
        return international
          ? `+49 ${mobile.slice(0, 3)} ${mobile.slice(3)}`
          : `0${mobile.slice(0, 3)} ${mobile.slice(3)}`;
      }
      const [area, len] = pick([
        ["30", 8],
        ["40", 7],
        ["89", 7],
        ["221", 6],
        ["69", 7],
        ["711", 6],
      ] as const);
      const local = digits(len);
      return international
        ? `+49 ${area} ${local}`
        : pick([`0${area} ${local}`, `0${area}/${local}`, `(0${area}) ${local}`]);
    }
    case "FR": {
      const rest = `${pick(["6", "7", "1", "4"])}${digits(8)}`;
      return international
        ? `+33 ${rest.charAt(0)} ${spaced(rest.slice(1), [2, 2, 2, 2])}`
        : `0${rest.charAt(0)} ${spaced(rest.slice(1), [2, 2, 2, 2], pick([" ", ".", " "]))}`;
    }
    case "ES": {
      const rest = `${pick(["6", "7", "91", "93"])}`;
      const full = (rest + digits(9)).slice(0, 9);
      return international
        ? `+34 ${spaced(full, [3, 3, 3])}`
        : pick([spaced(full, [3, 3, 3]), spaced(full, [3, 2, 2, 2])]);
    }
    case "NL": {
      if (chance(0.6)) {
        const rest = `6${digits(8)}`;
        return international
          ? `+31 6 ${rest.slice(1)}`
          : pick([`06-${rest.slice(1)}`, `06 ${spaced(rest.slice(1), [2, 2, 2, 2])}`]);
      }
      const rest = `20${digits(7)}`;
      return international ? `+31 20 ${rest.slice(2)}` : `020-${spaced(rest.slice(2), [3, 4], " ")}`;
    }
    case "IT": {
      const rest = `3${pick(["33", "47", "38", "29", "40"])}${digits(7)}`;
      return international ? `+39 ${spaced(rest, [3, 3, 4])}` : spaced(rest, [3, 3, 4], pick([" ", ""]));
    }
    case "PT": {
      const rest = `9${pick(["1", "2", "3", "6"])}${digits(7)}`;
      return international ? `+351 ${spaced(rest, [3, 3, 3])}` : spaced(rest, [3, 3, 3]);
    }
    case "PL": {
      const rest = `${pick(["5", "6", "7", "8"])}${digits(8)}`;
      return international ? `+48 ${spaced(rest, [3, 3, 3])}` : spaced(rest, [3, 3, 3], pick([" ", "-"]));
    }
    case "SE": {
      const rest = `7${pick(["0", "2", "3", "6"])}${digits(7)}`;
      return international
        ? `+46 ${rest.slice(0, 2)} ${spaced(rest.slice(2), [3, 2, 2])}`
        : `0${rest.slice(0, 2)}-${spaced(rest.slice(2), [3, 2, 2])}`;
    }
  }
}

// ---------------------------------------------------------------- addresses

export function address(country: Country = pick(countries), oneLine = chance(0.6)): string {
  const sep = oneLine ? ", " : "\n";
  switch (country) {
    case "US": {
      const [city, st, zip] = pick([
        ["Columbus", "OH", "432"],
        ["Tacoma", "WA", "984"],
        ["Raleigh", "NC", "276"],
        ["Boise", "ID", "837"],
        ["Madison", "WI", "537"],
        ["Tucson", "AZ", "857"],
      ] as const);
      return `${int(12, 9870)} ${pick(["Birchwood Ave", "N Halsted St", "Linden Court", "Old Mill Rd", "Cedar Ridge Dr", "W 14th St"])}${chance(0.3) ? ` Apt ${int(1, 40)}${pick(["B", "C", ""])}` : ""}${sep}${city}, ${st} ${zip}${digits(2)}`;
    }
    case "GB": {
      const [town, pc] = pick([
        ["Leeds", "LS6"],
        ["Bristol", "BS7"],
        ["Norwich", "NR2"],
        ["Glasgow", "G12"],
        ["Cardiff", "CF24"],
        ["York", "YO31"],
      ] as const);
      return `${int(1, 212)} ${pick(["Harrowby Road", "Elm Grove", "Kingsley Crescent", "Tanner Street", "Moorland Terrace"])}${sep}${town} ${pc} ${int(1, 9)}${letters(2, "ABDEFGHJLNPQRSTUWXYZ")}`;
    }
    case "DE": {
      const [city, plz] = pick([
        ["Bielefeld", "33602"],
        ["Freiburg im Breisgau", "79098"],
        ["Rostock", "18055"],
        ["Münster", "48143"],
        ["Kassel", "34117"],
        ["Regensburg", "93047"],
      ] as const);
      return `${pick(["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Gartenweg", "Schillerplatz", "Hafenstr."])} ${int(1, 140)}${pick(["", "", "a", "b"])}${sep}${plz} ${city}`;
    }
    case "FR": {
      const [city, cp] = pick([
        ["Rennes", "35000"],
        ["Nantes", "44000"],
        ["Montpellier", "34000"],
        ["Dijon", "21000"],
        ["Annecy", "74000"],
        ["Lille", "59000"],
      ] as const);
      return `${int(1, 98)}${pick(["", "", " bis"])} ${pick(["rue des Tanneurs", "avenue Jean-Jaurès", "impasse des Lilas", "boulevard Voltaire", "chemin du Moulin"])}${sep}${cp} ${city}`;
    }
    case "ES": {
      const [city, cp] = pick([
        ["Valladolid", "47001"],
        ["Bilbao", "48007"],
        ["Zaragoza", "50004"],
        ["Málaga", "29012"],
        ["Granada", "18009"],
      ] as const);
      return `${pick(["Calle de la Paz", "Avda. de Andalucía", "C/ Mayor", "Paseo de Gracia", "Calle Alcalá"])} ${int(1, 220)}, ${int(1, 9)}º ${pick(["A", "B", "izda.", "dcha."])}${sep}${cp} ${city}`;
    }
    case "NL": {
      const [city, pc] = pick([
        ["Utrecht", "3511"],
        ["Groningen", "9711"],
        ["Haarlem", "2011"],
        ["Eindhoven", "5611"],
        ["Leiden", "2311"],
      ] as const);
      return `${pick(["Oudegracht", "Kerkstraat", "Prinsengracht", "Zonnebloemlaan", "Vismarkt"])} ${int(1, 300)}${pick(["", "-bis", " A", "-2"])}${sep}${pc} ${letters(2, "ABCDEGHJKLMNPRTVWXZ")} ${city}`;
    }
    case "IT": {
      const [city, cap, prov] = pick([
        ["Bologna", "40126", "BO"],
        ["Torino", "10123", "TO"],
        ["Verona", "37121", "VR"],
        ["Bari", "70122", "BA"],
        ["Firenze", "50125", "FI"],
      ] as const);
      return `${pick(["Via Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille", "Piazza San Domenico", "Via delle Rose"])} ${int(1, 180)}${sep}${cap} ${city} (${prov})`;
    }
    case "PT": {
      const [city, cp] = pick([
        ["Porto", "4050"],
        ["Braga", "4700"],
        ["Coimbra", "3000"],
        ["Lisboa", "1200"],
        ["Aveiro", "3810"],
      ] as const);
      return `${pick(["Rua de Santa Catarina", "Avenida da Liberdade", "Travessa do Carmo", "Rua Direita"])}, ${int(1, 400)}, ${int(1, 6)}º ${pick(["Esq.", "Dto."])}${sep}${cp}-${digits(3)} ${city}`;
    }
    case "PL": {
      const [city, kod] = pick([
        ["Kraków", "31-"],
        ["Gdańsk", "80-"],
        ["Wrocław", "50-"],
        ["Poznań", "61-"],
        ["Łódź", "90-"],
      ] as const);
      return `ul. ${pick(["Długa", "Kwiatowa", "Mickiewicza", "Słoneczna", "Ogrodowa"])} ${int(1, 90)}${chance(0.5) ? `/${int(1, 60)}` : ""}${sep}${kod}${digits(3)} ${city}`;
    }
    case "SE": {
      const [city, pn] = pick([
        ["Uppsala", "753"],
        ["Göteborg", "413"],
        ["Malmö", "211"],
        ["Umeå", "903"],
        ["Linköping", "582"],
      ] as const);
      return `${pick(["Storgatan", "Kungsvägen", "Björkstigen", "Drottninggatan", "Sjövägen"])} ${int(1, 120)}${sep}${pn} ${digits(2)} ${city}`;
    }
  }
}

// ---------------------------------------------------------------- check digits

/** Luhn check digit for a string of digits. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body.charAt(body.length - 1 - i));
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export function luhnValid(number: string): boolean {
  return luhnDigit(number.slice(0, -1)) === number.slice(-1);
}

/** Remainder of a long decimal string modulo 97. */
function mod97(numeric: string): number {
  let rest = 0;
  for (const char of numeric) rest = (rest * 10 + Number(char)) % 97;
  return rest;
}

const alphaToDigits = (s: string): string =>
  [...s.toUpperCase()].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join("");

/** ICAO 9303 check digit (weights 7, 3, 1) for MRZ fields and German ID numbers. */
export function icaoDigit(field: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  [...field].forEach((c, i) => {
    const value = c === "<" ? 0 : /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * (weights[i % 3] ?? 1);
  });
  return String(sum % 10);
}

// ---------------------------------------------------------------- cards

export type CardBrand = "visa" | "mastercard" | "amex" | "discover" | "jcb";

export function card(
  brand: CardBrand = pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb"]),
): string {
  const prefix = {
    visa: `4${digits(5)}`,
    mastercard: chance(0.7) ? `5${int(1, 5)}${digits(4)}` : `2${int(221, 720)}${digits(2)}`,
    amex: `3${pick(["4", "7"])}${digits(4)}`,
    discover: `6011${digits(2)}`,
    jcb: `35${int(28, 89)}${digits(2)}`,
  }[brand];
  const length = brand === "amex" ? 15 : 16;
  const body = prefix + digits(length - 1 - prefix.length);
  const number = body + luhnDigit(body);
  const style = int(0, 3);
  if (style === 0) return number;
  const sep = style === 3 ? "-" : " ";
  return brand === "amex" ? spaced(number, [4, 6, 5], sep) : spaced(number, [4, 4, 4, 4], sep);
}

/** A card-shaped number that fails Luhn. */
export function notACard(): string {
  const body = `4${digits(14)}`;
  const wrong = (Number(luhnDigit(body)) + int(1, 9)) % 10;
  return spaced(body + String(wrong), [4, 4, 4, 4]);
}

/** A 15-digit IMEI with its Luhn digit: card-shaped, but a device. */
export function imei(): string {
  const body = `35${digits(12)}`;
  return body + luhnDigit(body);
}

// ---------------------------------------------------------------- bank accounts

function ibanFrom(country: string, bban: string): string {
  const check = 98 - mod97(alphaToDigits(`${bban}${country}00`));
  return `${country}${pad(check, 2)}${bban}`;
}

const frRibKey = (bank: string, branch: string, account: string): string => {
  const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * mod97(account)) % 97);
  return pad(key, 2);
};

const esControl = (bankBranch: string, account: string): string => {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const digit = (s: string) => {
    let sum = 0;
    [...s].forEach((c, i) => {
      sum += Number(c) * (weights[i] ?? 0);
    });
    const d = 11 - (sum % 11);
    return d === 11 ? 0 : d === 10 ? 1 : d;
  };
  return `${digit(`00${bankBranch}`)}${digit(account)}`;
};

// Odd/even position tables shared by the Italian CIN and the codice fiscale.
const oddValues = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
const itValue = (c: string, odd: boolean): number => {
  const index = /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
  return odd ? (oddValues[index] ?? 0) : index;
};
const itCheckLetter = (s: string): string => {
  let sum = 0;
  [...s].forEach((c, i) => {
    sum += itValue(c, i % 2 === 0);
  });
  return String.fromCharCode(65 + (sum % 26));
};

export type IbanCountry =
  | "DE"
  | "FR"
  | "ES"
  | "NL"
  | "IT"
  | "PT"
  | "PL"
  | "SE"
  | "GB"
  | "BE"
  | "AT"
  | "CH"
  | "IE";

export function iban(
  country: IbanCountry = pick(["DE", "FR", "ES", "NL", "IT", "PT", "PL", "SE", "GB", "BE", "AT", "CH", "IE"]),
  grouped = chance(0.6),
): string {
  let bban: string;
  switch (country) {
    case "DE":
      bban = `${pick(["10010010", "37040044", "50010517", "20041111", "76026000", "43060967"])}${digits(10)}`;
      break;
    case "FR": {
      const bank = pick(["30004", "20041", "30003", "10278", "16606"]);
      const branch = digits(5);
      const account = digits(11);
      bban = `${bank}${branch}${account}${frRibKey(bank, branch, account)}`;
      break;
    }
    case "ES": {
      const bankBranch = `${pick(["2100", "0049", "0182", "2080", "0081"])}${digits(4)}`;
      const account = digits(10);
      bban = `${bankBranch}${esControl(bankBranch, account)}${account}`;
      break;
    }
    case "NL":
      bban = `${pick(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"])}0${digits(9)}`;
      break;
    case "IT": {
      const rest = `${pick(["03069", "02008", "05034", "03440"])}${digits(5)}${digits(12)}`;
      bban = `${itCheckLetter(rest)}${rest}`;
      break;
    }
    case "PT": {
      const nib = `${pick(["0035", "0007", "0033", "0010"])}${digits(4)}${digits(11)}`;
      bban = `${nib}${pad(98 - mod97(`${nib}00`), 2)}`;
      break;
    }
    case "PL":
      bban = `${pick(["1090", "1140", "1020", "1050"])}${digits(20)}`;
      break;
    case "SE":
      bban = `${pick(["500", "800", "600", "300"])}${digits(17)}`;
      break;
    case "GB":
      bban = `${pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"])}${digits(6)}${digits(8)}`;
      break;
    case "BE": {
      const base = `${pick(["001", "068", "310", "734"])}${digits(7)}`;
      const check = Number(base) % 97 || 97;
      bban = `${base}${pad(check, 2)}`;
      break;
    }
    case "AT":
      bban = `${pick(["12000", "20111", "32000", "14000"])}${digits(11)}`;
      break;
    case "CH":
      bban = `${pick(["00762", "00230", "08390"])}${digits(12)}`;
      break;
    case "IE":
      bban = `${pick(["AIBK", "BOFI"])}${pick(["931152", "900017", "933130"])}${digits(8)}`;
      break;
  }
  const raw = ibanFrom(country, bban);
  return grouped ? (raw.match(/.{1,4}/g) ?? [raw]).join(" ") : raw;
}

export function ibanValid(value: string): boolean {
  const raw = value.replace(/\s/g, "");
  return mod97(alphaToDigits(raw.slice(4) + raw.slice(0, 4))) === 1;
}

/** A US ABA routing number: weights 3, 7, 1 sum to a multiple of ten. */
export function routingNumber(): string {
  const prefix = pad(pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32]), 2);
  const body = `${prefix}${digits(6)}`;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7];
  let sum = 0;
  [...body].forEach((c, i) => {
    sum += Number(c) * (weights[i] ?? 0);
  });
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export function usAccount(): string {
  return `${int(1, 9)}${digits(int(8, 11))}`;
}

export function ukSortCode(): string {
  return `${pick(["20", "40", "60", "30", "09", "11"])}-${digits(2)}-${digits(2)}`;
}

export function ukAccount(): string {
  return digits(8);
}

// ---------------------------------------------------------------- national ids and passports

export function spanishDni(): string {
  const n = int(10000000, 79999999);
  return `${n}${"TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23)}`;
}

export function spanishNie(): string {
  const lead = pick(["X", "Y", "Z"]);
  const n = digits(7);
  const value = Number(`${"XYZ".indexOf(lead)}${n}`);
  return `${lead}${n}${"TRWAGMYFPDXBNJZSQVHLCKE".charAt(value % 23)}`;
}

/** French NIR (numéro de sécurité sociale) with its 97-complement key. */
export function frenchNir(spaced13 = chance(0.6)): string {
  const body = `${pick(["1", "2"])}${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(pick([13, 33, 35, 44, 59, 69, 75, 92, 31]), 2)}${pad(int(1, 990), 3)}${pad(int(1, 999), 3)}`;
  const key = pad(97 - (Number(body) % 97), 2);
  return spaced13
    ? `${body.charAt(0)} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`
    : `${body}${key}`;
}

/** Dutch BSN, passing the eleven test. */
export function dutchBsn(): string {
  for (;;) {
    const first = `${int(1, 6)}${digits(7)}`;
    let sum = 0;
    [...first].forEach((c, i) => {
      sum += Number(c) * (9 - i);
    });
    const last = sum % 11;
    if (last <= 9) return `${first}${last}`;
  }
}

/** Polish PESEL for a birth date in the 1900s. */
export function pesel(): string {
  const year = int(55, 99);
  const month = int(1, 12);
  const day = int(1, 28);
  const body = `${pad(year, 2)}${pad(month, 2)}${pad(day, 2)}${digits(4)}`;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  [...body].forEach((c, i) => {
    sum += Number(c) * (weights[i] ?? 0);
  });
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** Swedish personnummer (YYMMDD-NNNC, Luhn over the ten digits). */
export function personnummer(): string {
  const body = `${pad(int(50, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
  const check = luhnSe(body);
  return `${body.slice(0, 6)}${pick(["-", "-", ""])}${body.slice(6)}${check}`;
}
function luhnSe(body: string): string {
  // Swedish Luhn weights 2,1,2,1… from the left over nine digits.
  let sum = 0;
  [...body].forEach((c, i) => {
    let d = Number(c) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  });
  return String((10 - (sum % 10)) % 10);
}

/** Portuguese NIF (mod 11). */
export function portugueseNif(): string {
  const body = `${pick(["1", "2", "2", "1"])}${digits(7)}`;
  let sum = 0;
  [...body].forEach((c, i) => {
    sum += Number(c) * (9 - i);
  });
  const check = 11 - (sum % 11);
  return `${body}${check >= 10 ? 0 : check}`;
}

/** Italian codice fiscale, built from a name and a birth date, with its check letter. */
export function codiceFiscale(first: string, last: string): string {
  const clean = (s: string) =>
    ascii(s)
      .toUpperCase()
      .replace(/[^A-Z]/g, "");
  const cons = (s: string) => s.replace(/[AEIOU]/g, "");
  const vows = (s: string) => s.replace(/[^AEIOU]/g, "");
  const lastPart = `${cons(clean(last))}${vows(clean(last))}XXX`.slice(0, 3);
  const fc = cons(clean(first));
  const firstPart = (
    fc.length >= 4 ? `${fc.charAt(0)}${fc.slice(2, 4)}` : `${fc}${vows(clean(first))}XXX`
  ).slice(0, 3);
  const year = pad(int(55, 99), 2);
  const month = "ABCDEHLMPRST".charAt(int(0, 11));
  const day = pad(int(1, 28) + (chance(0.5) ? 40 : 0), 2);
  const place = pick(["A944", "L219", "L781", "A662", "D612", "F205", "H501"]);
  const body = `${lastPart}${firstPart}${year}${month}${day}${place}`;
  return `${body}${itCheckLetter(body)}`;
}

/** German tax id (Steuer-IdNr), ISO 7064 MOD 11,10 check digit. */
export function steuerId(): string {
  for (;;) {
    const body = `${int(1, 9)}${digits(9)}`;
    // One digit must appear twice or three times, the rest at most once; accept when it holds.
    const counts = new Map<string, number>();
    for (const c of body) counts.set(c, (counts.get(c) ?? 0) + 1);
    const repeated = [...counts.values()].filter((n) => n > 1);
    if (repeated.length !== 1 || (repeated[0] ?? 0) > 3) continue;
    let product = 10;
    for (const c of body) {
      let sum = (Number(c) + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    const check = (11 - product) % 10;
    return `${body}${check}`;
  }
}

/** US SSN avoiding the never-issued ranges (000, 666, 9xx, group 00, serial 0000). */
export function ssn(): string {
  let area = int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`;
}

/** UK National Insurance number. */
export function nino(): string {
  const first = letters(1, "ABCEGHJKLMNPRSTWXYZ");
  const second = letters(1, "ABCEGHJKLMNPRSTWXYZ");
  const prefix = `${first}${second}`;
  const safe = ["GB", "NK", "TN", "ZZ", "BG", "KN", "NT"].includes(prefix) ? "JT" : prefix;
  const n = digits(6);
  const suffix = letters(1, "ABCD");
  return chance(0.5) ? `${safe}${n}${suffix}` : `${safe} ${spaced(n, [2, 2, 2])} ${suffix}`;
}

/** German ID card number (Personalausweis): nine characters and an ICAO check digit. */
export function personalausweis(): string {
  const body = `${letters(1, "CFGHJKLMNPRTVWXYZ")}${letters(8, "CFGHJKLMNPRTVWXYZ0123456789")}`;
  return `${body}${icaoDigit(body)}`;
}

export type PassportCountry = "DE" | "US" | "GB" | "FR" | "ES" | "IT" | "NL" | "PL";

export function passportNumber(country: PassportCountry): string {
  switch (country) {
    case "DE":
      return `C${letters(8, "CFGHJKLMNPRTVWXYZ0123456789")}`;
    case "US":
      return `${pick(["5", "6", "A"])}${digits(8)}`;
    case "GB":
      return `${int(1, 9)}${digits(8)}`;
    case "FR":
      return `${digits(2)}${letters(2)}${digits(5)}`;
    case "ES":
      return `${letters(3)}${digits(6)}`;
    case "IT":
      return `${letters(2)}${digits(7)}`;
    case "NL":
      return `${letters(2, "BCDFGHJKLMNPRSTVWXZ")}${letters(6, "BCDFGHJKLMNPRSTVWXZ0123456789")}${digits(1)}`;
    case "PL":
      return `${letters(2)}${digits(7)}`;
  }
}

const iso3: Record<PassportCountry, string> = {
  DE: "D<<",
  US: "USA",
  GB: "GBR",
  FR: "FRA",
  ES: "ESP",
  IT: "ITA",
  NL: "NLD",
  PL: "POL",
};

/** The second line of a passport's machine-readable zone, every check digit right. */
export function mrzLine2(country: PassportCountry, number: string): string {
  const doc = number.padEnd(9, "<").slice(0, 9);
  const birth = `${pad(int(55, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
  const expiry = `${pad(int(27, 35), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
  const nationality = iso3[country];
  const optional = "<".repeat(14);
  const sex = pick(["M", "F"]);
  const part = `${doc}${icaoDigit(doc)}${nationality}${birth}${icaoDigit(birth)}${sex}${expiry}${icaoDigit(expiry)}${optional}${icaoDigit(optional)}`;
  const composite = `${doc}${icaoDigit(doc)}${birth}${icaoDigit(birth)}${expiry}${icaoDigit(expiry)}${optional}${icaoDigit(optional)}`;
  return `${part}${icaoDigit(composite)}`;
}

// ---------------------------------------------------------------- network

export function privateIp(): string {
  return pick([
    () => `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    () => `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`,
    () => `192.168.${int(0, 255)}.${int(2, 254)}`,
  ])();
}

export function publicIp(): string {
  // Avoids 0/8, 10/8, 127/8, 169.254/16, 172.16/12, 192.168/16, documentation and multicast ranges.
  const first = pick([
    23, 31, 37, 46, 62, 77, 81, 85, 91, 94, 109, 141, 151, 176, 185, 188, 195, 212, 213, 217,
  ]);
  return `${first}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
}

export function ipv6(): string {
  const hex = () => int(0, 0xffff).toString(16);
  return pick([
    () => `2a02:${hex()}:${hex()}:${hex()}::${hex()}`,
    () =>
      `2001:${pick(["41d0", "67c", "1620", "bc8"])}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`,
    () => `fe80::${hex()}:${hex()}:${hex()}:${hex()}`,
    () => `fd${int(0, 255).toString(16).padStart(2, "0")}:${hex()}:${hex()}::${hex()}`,
  ])();
}

export function documentationIp(): string {
  return pick([
    () => `192.0.2.${int(1, 254)}`,
    () => `198.51.100.${int(1, 254)}`,
    () => `203.0.113.${int(1, 254)}`,
    () => `2001:db8::${int(1, 0xffff).toString(16)}`,
    () => `2001:db8:${int(1, 0xfff).toString(16)}::${int(1, 99)}`,
  ])();
}

// ---------------------------------------------------------------- secrets

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const b64 = `${alnum}+/`;
const b64url = `${alnum}-_`;
const hexChars = "0123456789abcdef";

export const hex = (n: number): string => letters(n, hexChars);

export function awsKeyId(): string {
  return `AKIA${letters(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}`;
}
export function awsSecret(): string {
  return letters(40, b64);
}
export function githubToken(): string {
  return `${pick(["ghp_", "gho_", "github_pat_11"])}${letters(36, alnum)}`;
}
export function slackToken(): string {
  return `xox${pick(["b", "p"])}-${digits(12)}-${digits(13)}-${letters(24, alnum)}`;
}
export function stripeKey(): string {
  return `${pick(["sk_live_", "rk_live_"])}${letters(24, alnum)}`;
}
export function googleKey(): string {
  return `AIza${letters(35, b64url)}`;
}
export function openaiKey(): string {
  return `sk-proj-${letters(48, b64url)}`;
}
export function jwt(): string {
  const part = (n: number) => letters(n, b64url);
  return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${part(int(40, 90))}.${part(43)}`;
}
export function privateKeyBlock(): string {
  const lines = [];
  for (let i = 0; i < int(3, 5); i++) lines.push(letters(64, b64));
  const kind = pick(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"]);
  return `-----BEGIN ${kind}-----\n${lines.join("\n")}\n${letters(int(10, 40), b64)}=\n-----END ${kind}-----`;
}

const passwordWords = [
  "Sommer",
  "Kaffee",
  "Lisboa",
  "Tulpen",
  "Wawel",
  "Fjord",
  "Ciao",
  "Marmelade",
  "Kanarie",
  "Gato",
  "Biscotti",
  "Rentier",
  "Girasol",
  "Pierogi",
  "Sauna",
];
export function password(): string {
  return pick([
    () => `${pick(passwordWords)}${int(1990, 2026)}${pick(["!", "#", "?", "$", ""])}`,
    () => `${pick(passwordWords).toLowerCase()}.${pick(passwordWords).toLowerCase()}.${int(10, 99)}`,
    () => letters(int(14, 22), `${alnum}!#%&*+-=?@^_`),
    () => `${pick(passwordWords)}_${pick(passwordWords)}${digits(3)}`,
    () => `${letters(4, alnum)}-${letters(4, alnum)}-${letters(4, alnum)}`,
  ])();
}
export function pin(): string {
  return digits(pick([4, 4, 6]));
}
export function recoveryCodes(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      `${letters(5, "abcdefghijkmnpqrstuvwxyz23456789")}-${letters(5, "abcdefghijkmnpqrstuvwxyz23456789")}`,
    );
  return out;
}

export function hostName(): string {
  return `${pick(["db", "pg", "mq", "cache", "api", "build"])}-${pick(["prod", "stg", "eu1", "int"])}-${int(1, 9)}.${pick(["internal.northwind.io", "corp.halvorsen.no", "svc.cluster.local", "kalmar.lan"])}`;
}

export function uuid(): string {
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
}

export function date(): string {
  return `${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.${int(2025, 2027)}`;
}
export function isoDate(): string {
  return `${int(2025, 2027)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;
}
export function time(): string {
  return `${pad(int(7, 19), 2)}:${pick(["00", "15", "30", "45", "10", "50"])}`;
}
export function money(): string {
  return pick([
    `${int(38, 120)}.${int(0, 9)}00 €`,
    `£${int(32, 95)},${digits(3)}`,
    `$${int(60, 190)},${digits(3)}`,
    `${int(3, 9)} ${digits(3)} zł`,
    `${int(28, 75)} ${digits(3)} kr`,
  ]);
}

// ---------------------------------------------------------------- wider Europe: Nordics, east and south-east

export type FarCountry = "DK" | "NO" | "FI" | "RO" | "TR" | "CZ" | "GR" | "HU";
export const farCountries: readonly FarCountry[] = ["DK", "NO", "FI", "RO", "TR", "CZ", "GR", "HU"];

const weighted = (body: string, weights: readonly number[]): number => {
  let sum = 0;
  [...body].forEach((c, i) => {
    sum += Number(c) * (weights[i] ?? 0);
  });
  return sum;
};

/** Czech account number: prefix and number each pass the weights-mod-11 test. */
function czechAccountPart(length: number): string {
  const weights = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1].slice(10 - length);
  for (;;) {
    const candidate = `${digits(length - 1)}`.padStart(length - 1, "0");
    for (let last = 0; last <= 9; last++) {
      const full = `${candidate}${last}`;
      if (weighted(full, weights) % 11 === 0 && /[1-9]/.test(full)) return full;
    }
  }
}

function hungarianGroup(body: string): string {
  return String((10 - (weighted(body, [9, 7, 3, 1, 9, 7, 3, 1, 9, 7, 3, 1, 9, 7, 3]) % 10)) % 10);
}

export function farIban(country: FarCountry, grouped = chance(0.6)): string {
  let bban: string;
  switch (country) {
    case "DK":
      bban = `${pick(["3000", "5301", "9570", "2191"])}${digits(10)}`;
      break;
    case "NO": {
      for (;;) {
        const body = `${pick(["1503", "8601", "9710", "6018"])}${digits(6)}`;
        const rest = weighted(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
        const check = rest === 0 ? 0 : 11 - rest;
        if (check === 10) continue;
        bban = `${body}${check}`;
        break;
      }
      break;
    }
    case "FI": {
      const body = `${pick(["123456", "423456", "800012", "570001"])}${digits(7)}`;
      bban = `${body}${luhnDigit(body)}`;
      break;
    }
    case "RO":
      bban = `${pick(["RNCB", "BTRL", "INGB", "BRDE"])}${digits(16)}`;
      break;
    case "TR":
      bban = `${pick(["00010", "00062", "00046", "00064"])}0${digits(16)}`;
      break;
    case "CZ":
      bban = `${pick(["0800", "0100", "2010", "0300"])}${czechAccountPart(6)}${czechAccountPart(10)}`;
      break;
    case "GR":
      bban = `${pick(["011", "014", "017", "026"])}${digits(4)}${digits(16)}`;
      break;
    case "HU": {
      const branch = `${pick(["117", "104", "120", "116"])}${digits(4)}`;
      const account = digits(15);
      bban = `${branch}${hungarianGroup(branch)}${account}${hungarianGroup(account)}`;
      break;
    }
  }
  const raw = ibanFrom(country, bban);
  return grouped ? (raw.match(/.{1,4}/g) ?? [raw]).join(" ") : raw;
}

const birth = (): { dd: string; mm: string; yy: string } => ({
  dd: pad(int(1, 28), 2),
  mm: pad(int(1, 12), 2),
  yy: pad(int(55, 99), 2),
});

/** A national id of the country, check digits as its issuer computes them. */
export function farNationalId(country: FarCountry): string {
  const { dd, mm, yy } = birth();
  switch (country) {
    case "DK":
      // CPR numbers issued since 2007 need not pass the old modulus-11 test.
      return `${dd}${mm}${yy}-${digits(4)}`;
    case "NO":
      for (;;) {
        const body = `${dd}${mm}${yy}${pad(int(0, 499), 3)}`;
        const r1 = 11 - (weighted(body, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11);
        const k1 = r1 === 11 ? 0 : r1;
        if (k1 === 10) continue;
        const r2 = 11 - (weighted(`${body}${k1}`, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
        const k2 = r2 === 11 ? 0 : r2;
        if (k2 === 10) continue;
        return `${body}${k1}${k2}`;
      }
    case "FI": {
      const individual = pad(int(2, 899), 3);
      const check = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Number(`${dd}${mm}${yy}${individual}`) % 31);
      return `${dd}${mm}${yy}-${individual}${check}`;
    }
    case "RO": {
      const body = `${pick(["1", "2"])}${yy}${mm}${dd}${pad(int(1, 46), 2)}${pad(int(1, 999), 3)}`;
      const rest = weighted(body, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
      return `${body}${rest === 10 ? 1 : rest}`;
    }
    case "TR": {
      const d = [int(1, 9), ...[0, 1, 2, 3, 4, 5, 6, 7].map(() => int(0, 9))];
      const at = (i: number) => d[i] ?? 0;
      const odd = at(0) + at(2) + at(4) + at(6) + at(8);
      const even = at(1) + at(3) + at(5) + at(7);
      const d10 = (((odd * 7 - even) % 10) + 10) % 10;
      const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
      return `${d.join("")}${d10}${d11}`;
    }
    case "CZ": {
      const month = pad(Number(mm) + (chance(0.5) ? 50 : 0), 2);
      for (;;) {
        const first = `${yy}${month}${dd}${digits(3)}`;
        const last = Number(first) % 11 === 10 ? -1 : (11 - (Number(`${first}0`) % 11)) % 11;
        if (last < 0 || last > 9) continue;
        return `${first.slice(0, 6)}/${first.slice(6)}${last}`;
      }
    }
    case "GR": {
      const body = `${dd}${mm}${yy}${digits(4)}`;
      return `${body}${luhnDigit(body)}`;
    }
    case "HU": {
      // Personal identification number: sex digit, birth date, serial, weighted check.
      for (;;) {
        const body = `${pick(["1", "2"])}${yy}${mm}${dd}${digits(3)}`;
        const rest = weighted(body, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) % 11;
        if (rest === 10) continue;
        return `${body}${rest}`;
      }
    }
  }
}

export function farPhone(country: FarCountry, international = chance(0.4)): string {
  switch (country) {
    case "DK": {
      const n = `${pick(["2", "3", "4", "5", "6"])}${digits(7)}`;
      return `${international ? "+45 " : ""}${spaced(n, [2, 2, 2, 2])}`;
    }
    case "NO": {
      const n = `${pick(["4", "9"])}${digits(7)}`;
      return `${international ? "+47 " : ""}${spaced(n, [3, 2, 3])}`;
    }
    case "FI": {
      const n = `4${pick(["0", "4", "5", "6"])}${digits(7)}`;
      return international ? `+358 ${spaced(n, [2, 3, 4])}` : `0${spaced(n, [2, 3, 4])}`;
    }
    case "RO": {
      const n = `7${pick(["2", "4", "5", "6"])}${digits(7)}`;
      return international ? `+40 ${spaced(n, [3, 3, 3])}` : `0${spaced(n, [3, 3, 3])}`;
    }
    case "TR": {
      const n = `5${pick(["32", "33", "42", "05", "55"])}${digits(7)}`;
      return international ? `+90 ${spaced(n, [3, 3, 2, 2])}` : `0${spaced(n, [3, 3, 2, 2])}`;
    }
    case "CZ": {
      const n = `${pick(["6", "7"])}${digits(8)}`;
      return `${international ? "+420 " : ""}${spaced(n, [3, 3, 3])}`;
    }
    case "GR": {
      const n = `69${pick(["4", "7", "8", "9"])}${digits(7)}`;
      return `${international ? "+30 " : ""}${spaced(n, [3, 3, 4])}`;
    }
    case "HU": {
      const n = `${pick(["20", "30", "70"])}${digits(7)}`;
      return international ? `+36 ${spaced(n, [2, 3, 4])}` : `06 ${spaced(n, [2, 3, 4])}`;
    }
  }
}

const farFirst: Record<FarCountry, readonly string[]> = {
  DK: firstNames.da,
  NO: ["Ingrid", "Håkon", "Solveig", "Eirik", "Ragnhild", "Sindre"],
  FI: firstNames.fi,
  RO: firstNames.ro,
  TR: firstNames.tr,
  CZ: firstNames.cs,
  GR: ["Eleni", "Giorgos", "Katerina", "Nikos", "Dimitra", "Stavros"],
  HU: ["Zsófia", "Bence", "Réka", "Gábor", "Eszter", "Levente"],
};
const farLast: Record<FarCountry, readonly string[]> = {
  DK: lastNames.da,
  NO: ["Haugland", "Solberg", "Bakken", "Strand", "Myhre", "Lien"],
  FI: lastNames.fi,
  RO: lastNames.ro,
  TR: lastNames.tr,
  CZ: lastNames.cs,
  GR: ["Papadopoulou", "Georgiou", "Karamanlis", "Nikolaidis", "Vlachou", "Antoniou"],
  HU: ["Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga"],
};

export function farName(country: FarCountry): string {
  return `${pick(farFirst[country])} ${pick(farLast[country])}`;
}
