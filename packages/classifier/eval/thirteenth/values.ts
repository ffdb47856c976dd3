/**
 * Values of the thirteenth evaluation corpus, all made up by hand or generated
 * with real check digits by a checker kept outside the repository (a Python
 * script using python-stdnum and phonenumbers, which also re-verifies every
 * identifier below). Secrets are not here: they are drawn at run time from
 * this file's random source, so none is real.
 *
 * The random source is SFC32 (Chris Doty-Humphrey's small fast counting
 * generator), its four words seeded through splitmix32, so that it shares no
 * sequence with the earlier corpora's generators.
 */

// ---------------------------------------------------------------- random source

let a = 0;
let b = 0;
let c = 0;
let d = 0;

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seed(value: number): void {
  const next = splitmix32(value);
  a = next();
  b = next();
  c = next();
  d = next();
  // The first outputs of a freshly seeded SFC32 are poorly mixed; the usual remedy is to discard some.
  for (let n = 0; n < 15; n++) nextWord();
}

function nextWord(): number {
  const result = (((a + b) >>> 0) + d) >>> 0;
  d = (d + 1) >>> 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) >>> 0;
  c = ((c << 21) | (c >>> 11)) >>> 0;
  c = (c + result) >>> 0;
  return result;
}

/** A float in [0, 1). */
export function unit(): number {
  return nextWord() / 4294967296;
}

export function chance(p: number): boolean {
  return unit() < p;
}

/** An integer in [low, high], both ends included. */
export function int(low: number, high: number): number {
  return low + Math.floor(unit() * (high - low + 1));
}

export function pick<T>(values: readonly T[]): T {
  if (values.length === 0) throw new Error("pick from an empty list");
  return values[Math.floor(unit() * values.length)] as T;
}

/** `count` characters drawn from `alphabet`. */
export function draw(alphabet: string, count: number): string {
  let out = "";
  for (let n = 0; n < count; n++) out += alphabet.charAt(Math.floor(unit() * alphabet.length));
  return out;
}

export const alnum = (count: number) =>
  draw("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", count);
export const hex = (count: number) => draw("0123456789abcdef", count);
export const upperAlnum = (count: number) => draw("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", count);
export const digitString = (count: number) => draw("0123456789", count);

seed(0x13c0_ffee);

// ---------------------------------------------------------------- people

export interface Person {
  given: string;
  family: string;
  /** Where the name is from, for the e-mail providers and phone numbers that go with it. */
  lang: string;
}

// Made-up combinations of given and family names; any likeness to a real person is chance.
const roster = `
en|Marisol Trent;en|Duncan Pelletier;en|Keisha Okafor-Bright;en|Rhys Whitcombe;en|Tamsin Aldridge;en|Grady Holcomb
en|Imogen Fairweather;en|Darnell Kinsey;en|Bethany Crowder;en|Owen Lisle;en|Priya Chaudhry;en|Connor Tallis
de|Annika Brüggemann;de|Jörg Leitner;de|Svenja Hollweg;de|Till Oberländer;de|Merle Kaczmarek;de|Friedhelm Voß
fr|Margaux Lefébure;fr|Bastien Roussel;fr|Inès Chabert;fr|Gaëtan Pélissier;fr|Solène Marchetti;fr|Yannick Delorme
es|Itziar Zubiaurre;es|Rodrigo Campillo;es|Maialen Etxeberria;es|Nerea Valcárcel;es|Joaquín Ruidíaz;es|Candela Oroz
it|Ludovica Sartori;it|Matteo Bonfiglio;it|Chiara Spadaro;it|Ettore Galimberti
nl|Femke Dijkstra;nl|Joris van Leeuwen;nl|Sanne Bosman;nl|Thijs Verhoeven
pt|Inês Carvalhal;pt|Duarte Medeiros;pt|Beatriz Sampaio
pl|Zuzanna Grabowska;pl|Bartosz Wierzbicki;pl|Łucja Pawlak
sv|Elsa Bergkvist;sv|Viktor Sandström;sv|Maja Öhlund
fi|Aino Lehtonen;fi|Eero Kallio;fi|Venla Heikkilä
da|Freja Søndergaard;da|Mads Kjærgaard
no|Ingrid Haugland;no|Sindre Bakkevik
cs|Tereza Procházková;cs|Ondřej Hruška
tr|Elif Karaca;tr|Mert Yıldırım;tr|Zeynep Aksoy
el|Eleni Papadaki;el|Giorgos Stavrakis
ro|Ioana Mureșan;ro|Radu Ciobanu
hu|Réka Fülöp;hu|Bence Szalai
uk|Oksana Hrytsenko;uk|Taras Melnychuk
zh|Wei Lin;zh|Xiaoling Zhou;zh|Jiahao Chen
ja|Haruto Fujimori;ja|Yui Nakagawa
ko|Minji Kwon;ko|Dohyun Baek
hi|Aditi Raghunathan;hi|Karthik Subramaniam;hi|Neha Kulkarni
vi|Thu Trang Nguyen;vi|Quang Huy Pham
yo|Adebayo Ogunleye;yo|Funmilayo Adeyemi
sw|Wanjiru Kamau;sw|Baraka Otieno
am|Selamawit Tesfaye
zu|Thandiwe Mokoena;zu|Sipho Ndlovu
ar|Yasmin Haddad;ar|Omar Farouk Belkacem
pt-BR|Thiago Albuquerque;pt-BR|Larissa Moraes
es-MX|Ximena Olvera;es-MX|Emiliano Cárdenas
es-AR|Florencia Iturbe;es-CO|Camilo Restrepo
fil|Maricel Dela Cruz;id|Putri Wulandari
`;

export const people: readonly Person[] = roster
  .split(/[;\n]/)
  .map((entry) => entry.trim())
  .filter((entry) => entry.length > 0)
  .map((entry) => {
    const [lang = "en", name = ""] = entry.split("|");
    const parts = name.split(" ");
    // Two-word given names (Thu Trang, Omar Farouk, Quang Huy) keep the family name last.
    const twoGiven = ["vi", "ar"].includes(lang) && parts.length === 3;
    const given = twoGiven ? parts.slice(0, 2).join(" ") : (parts[0] ?? "");
    const family = twoGiven ? (parts[2] ?? "") : parts.slice(1).join(" ");
    return { given, family, lang };
  });

export const person = (): Person => pick(people);
export const fullName = (p: Person = person()): string => `${p.given} ${p.family}`;

/** ASCII fold for e-mail addresses and URL slugs. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .replace(/ı/g, "i")
    .replace(/æ/g, "ae")
    .toLowerCase();
}

export const slug = (p: Person): string => fold(`${p.given} ${p.family}`).replace(/[^a-z0-9]+/g, "-");

export const company = { name: "Quillmark", domain: "quillmark.io" } as const;

const privateMail: Record<string, readonly string[]> = {
  en: ["gmail.com", "outlook.com", "icloud.com", "yahoo.co.uk", "hotmail.com"],
  de: ["gmx.de", "web.de", "t-online.de", "posteo.de"],
  fr: ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
  es: ["yahoo.es", "telefonica.net", "gmail.com"],
  it: ["libero.it", "virgilio.it", "tiscali.it"],
  nl: ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
  pl: ["wp.pl", "onet.pl", "interia.pl"],
  cs: ["seznam.cz", "centrum.cz"],
  pt: ["sapo.pt", "gmail.com"],
  "pt-BR": ["uol.com.br", "bol.com.br"],
  fi: ["kolumbus.fi", "gmail.com"],
  sv: ["telia.com", "bredband.net"],
  tr: ["yandex.com.tr", "hotmail.com"],
  ru: ["mail.ru"],
};

/** A person's work address at the organisation. */
export function workEmail(p: Person): string {
  const given = fold(p.given).replace(/[^a-z]/g, "");
  const family = fold(p.family).replace(/[^a-z]/g, "");
  return `${pick([`${given}.${family}`, `${given.charAt(0)}${family}`, `${given}`])}@${company.domain}`;
}

/** A person's private address with a provider of their country. */
export function privateEmail(p: Person): string {
  const given = fold(p.given).replace(/[^a-z]/g, "");
  const family = fold(p.family).replace(/[^a-z]/g, "");
  const local = pick([
    `${given}.${family}`,
    `${given}${family}${int(70, 99)}`,
    `${given.charAt(0)}.${family}`,
    `${family}.${given}${int(1, 9)}`,
    `${given}_${family.slice(0, 4)}`,
  ]);
  return `${local}@${pick(privateMail[p.lang] ?? privateMail.en ?? ["gmail.com"])}`;
}

// ---------------------------------------------------------------- places

export interface Address {
  country: string;
  /** As written on one line. */
  line: string;
  /** As written on an envelope, lines joined with "\n". */
  block: string;
}

// Real towns, made-up house numbers on ordinary streets; postcodes fit their towns.
const addressBook = `
US|1847 Linden Ridge Dr|Plano, TX 75093
US|62 Harborview Ave, Apt 4C|Portland, ME 04101
US|905 W Belmont St|Chicago, IL 60657
US|3310 Alder Creek Rd|Boise, ID 83702
US|18 Crescent Hill Ln|Montclair, NJ 07042
GB|14 Rydal Mount|Kendal LA9 4RB
GB|Flat 3, 27 Belgrave Terrace|Glasgow G12 8JD
GB|88 Chorley New Road|Bolton BL1 4QW
GB|5 Mill Lane|Saffron Walden CB10 1AA
DE|Schwanthalerstraße 118|80339 München
DE|Am Kuhberg 7a|89077 Ulm
DE|Kastanienallee 31|10435 Berlin
DE|Grüner Weg 12|33098 Paderborn
FR|17 rue des Tanneurs|67000 Strasbourg
FR|4 impasse des Glycines|33600 Pessac
FR|122 avenue Jean-Jaurès|69007 Lyon
FR|9 bis rue Cujas|75005 Paris
ES|Calle de Toledo 86, 3º B|28005 Madrid
ES|Carrer de Sardenya 214, 2n 1a|08013 Barcelona
ES|Avenida de la Constitución 19|41004 Sevilla
IT|Via Solferino 23|20121 Milano
IT|Vicolo del Cedro 8|00153 Roma
NL|Lange Nieuwstraat 41|3512 PC Utrecht
NL|Van Woustraat 156-II|1073 LW Amsterdam
PT|Rua de Cedofeita 310, 2.º Esq.|4050-174 Porto
PL|ul. Dobra 12 m. 5|00-388 Warszawa
SE|Vintergatan 3|113 30 Stockholm
FI|Mannerheimintie 94 B 12|00250 Helsinki
DK|Jægersborggade 22, 2. tv.|2200 København N
NO|Thorvald Meyers gate 58|0552 Oslo
CZ|Krymská 17|101 00 Praha 10
IE|21 Ranelagh Road|Dublin 6, D06 X2P8
CH|Hardturmstrasse 201|8005 Zürich
AT|Zieglergasse 38/7|1070 Wien
BE|Rue Vanderkindere 142|1180 Uccle
CA|455 Rue Rachel Est|Montréal, QC H2J 2H2
AU|12 Wattle Grove|Fitzroy VIC 3065
IN|Flat 402, Sai Krupa Apartments, 14th Cross, Indiranagar|Bengaluru 560038
BR|Rua Harmonia 277, apto 32|São Paulo - SP, 05435-000
MX|Calle Tabasco 114, Col. Roma Norte|06700 Ciudad de México, CDMX
`;

export const addresses: readonly Address[] = addressBook
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line.length > 0)
  .map((entry) => {
    const [country = "", street = "", town = ""] = entry.split("|");
    return { country, line: `${street}, ${town}`, block: `${street}\n${town}` };
  });

export const address = (countries?: readonly string[]): Address =>
  pick(countries === undefined ? addresses : addresses.filter((entry) => countries.includes(entry.country)));

export interface PassportRecord {
  country: string;
  number: string;
  surname: string;
  given: string;
  line1: string;
  line2: string;
}

export interface PhoneRecord {
  region: string;
  international: string;
  national: string;
}

export const phone = (regions?: readonly string[]): PhoneRecord =>
  pick(regions === undefined ? phoneNumbers : phoneNumbers.filter((entry) => regions.includes(entry.region)));

// ---- generated by /work/r12/corpus-check/gen.py; verified by check.py
export const ssns: readonly string[] = [
  "196-50-2390",
  "390-35-7944",
  "849-18-4654",
  "586-37-3930",
  "478-22-7116",
  "316-56-1920",
  "003-44-7986",
  "264-99-1186",
  "112-30-3854",
  "894-74-9920",
  "159-69-8905",
  "496-74-1626",
  "757-38-8327",
  "347-30-8859",
];
export const ninos: readonly string[] = [
  "PY 03 71 33 A",
  "HG 66 34 89 B",
  "EG 98 37 60 A",
  "MY 06 98 07 A",
  "BX 63 67 97 B",
  "HM 08 25 55 C",
  "CA 05 02 28 C",
  "CH 14 94 03 C",
  "CC 89 30 08 C",
  "GC 53 91 42 C",
  "TP 19 67 46 D",
  "OT 17 79 43 B",
];
export const steuerIds: readonly string[] = [
  "24 853 817 800",
  "30 577 741 926",
  "99 690 823 579",
  "60 841 713 292",
  "38 196 959 023",
  "90 120 570 862",
  "85 197 452 601",
  "50 486 719 302",
  "78 095 396 244",
  "34 914 765 428",
];
export const bsns: readonly string[] = [
  "490061825",
  "382198554",
  "587067895",
  "661716995",
  "268578667",
  "371651128",
  "414723673",
  "405693758",
  "452647873",
  "395320914",
];
export const nirs: readonly string[] = [
  "1 91 03 06 879 305 33",
  "1 70 07 13 728 252 88",
  "1 78 10 31 845 801 49",
  "2 92 11 33 291 426 71",
  "1 82 03 06 778 776 26",
  "2 90 10 31 350 980 17",
  "2 69 11 67 490 141 27",
  "2 65 03 69 659 860 72",
  "2 69 02 31 400 166 38",
  "2 91 12 31 638 620 62",
];
export const dnis: readonly string[] = [
  "25828947Q",
  "56868485L",
  "44510732M",
  "11091479M",
  "99887216X",
  "38386475G",
  "30526045P",
  "36902974A",
  "74356339F",
  "49568188Z",
];
export const nies: readonly string[] = [
  "X0889524E",
  "X5656714W",
  "Z6710854B",
  "Y1957529J",
  "Z0020391H",
  "X0713433L",
];
export const codiciFiscali: readonly string[] = [
  "SSRTGI72T04F520N",
  "CMNPNI86D46B850B",
  "TPLGPI69D43M140F",
  "RPNZCE95B46G546E",
  "ZVNLTO76S06D811U",
  "DSMNDA74M27H817J",
  "SZZTLI83A58L876I",
  "FPGRME92S05B042L",
];
export const pesels: readonly string[] = [
  "65080199451",
  "61102479901",
  "93072203219",
  "71102390863",
  "89121997051",
  "73080859613",
  "64061520886",
  "64122690318",
];
export const personnummer: readonly string[] = [
  "840815-2471",
  "670921-9676",
  "780415-7571",
  "900414-2155",
  "010315-6154",
  "761015-6502",
  "701116-8577",
  "600111-5416",
];
export const cprs: readonly string[] = [
  "251163-3130",
  "260383-2450",
  "270192-3970",
  "131173-0760",
  "231277-2680",
  "231274-3540",
  "101069-2950",
  "090864-0260",
];
export const hetus: readonly string[] = [
  "100660-223Y",
  "181290-002K",
  "091297-7988",
  "090990-2722",
  "160964-864Y",
  "260586-299M",
  "181099-7757",
  "050364-723F",
];
export const ahvs: readonly string[] = [
  "756.4085.7516.37",
  "756.9825.6953.56",
  "756.4599.1191.38",
  "756.5633.2799.79",
  "756.7721.8832.80",
  "756.4307.9208.27",
  "756.4556.8383.17",
  "756.9414.2240.28",
];
export const nifsPt: readonly string[] = [
  "191785890",
  "250968800",
  "124062717",
  "153254130",
  "229353479",
  "155939564",
  "132059096",
  "289022851",
];
export const aadhaars: readonly string[] = [
  "5567 8454 3726",
  "9972 2343 7544",
  "8508 7545 3112",
  "9506 5735 5325",
  "2751 0636 8934",
  "2297 4784 6150",
  "3870 6971 5833",
  "4649 3059 9254",
];
export const fodselsnummer: readonly string[] = [
  "22039913031",
  "11096036363",
  "17059329510",
  "22069625456",
  "10057241581",
  "11086404690",
];
export const belgianNumbers: readonly string[] = [
  "03.08.16-848.52",
  "01.02.25-802.35",
  "63.10.11-906.60",
  "96.01.23-807.41",
  "70.03.27-821.54",
  "99.03.05-252.49",
];
export const cpfs: readonly string[] = [
  "098.230.890-60",
  "505.784.908-54",
  "217.937.721-50",
  "816.174.651-60",
  "095.327.565-58",
  "750.379.319-83",
];
export const cnps: readonly string[] = [
  "1630810397909",
  "1861108305802",
  "5031107163343",
  "1860705234351",
  "2900501155037",
  "2920409321357",
];
export const tcKimlik: readonly string[] = [
  "30622552274",
  "69247973850",
  "24561501936",
  "51798135504",
  "98635282496",
  "61296620518",
];
export const rodnaCisla: readonly string[] = [
  "715720/6914",
  "791011/4180",
  "900312/2348",
  "845810/3258",
  "751101/4380",
  "786216/2451",
];
export const amkas: readonly string[] = [
  "27120261766",
  "05077672177",
  "11116360071",
  "04109070757",
  "13066813372",
  "02097458943",
];
export const nhsNumbers: readonly string[] = [
  "590 076 3196",
  "664 780 5214",
  "453 696 9683",
  "622 015 8474",
  "697 956 9414",
  "551 140 1609",
];
export const cards: readonly string[] = [
  "4777 3086 3746 5584",
  "4550 5298 5077 8139",
  "4591 6797 0304 7249",
  "4688 6816 5842 3197",
  "4621 8103 0189 7651",
  "4821 8333 1523 3059",
  "4631 8757 2478 1921",
  "4729 7007 1532 4809",
  "5172 9967 0956 5287",
  "5437 6459 9492 9937",
  "5431 8484 1816 4083",
  "5401 1939 3100 5992",
  "5360 9298 6849 6673",
  "5170 4338 6563 7827",
  "2716 3667 3297 2910",
  "2488 3944 6840 0274",
  "2713 9314 9757 7288",
  "3726 073793 52638",
  "3420 897638 30296",
  "3729 597664 19201",
  "3783 125986 99786",
  "6011 3401 1513 5646",
  "6011 8653 3979 2749",
];
export const luhnFailing: readonly string[] = [
  "4737 7691 1815 3104",
  "4843 1802 5764 4007",
  "4931 3553 3774 0324",
  "4625 3134 6188 1927",
  "4766 3687 6715 7437",
  "4522 8711 1305 3645",
  "4862 0764 8791 7819",
  "4646 0052 8254 3953",
];
export const abaRouting: readonly string[] = [
  "295923316",
  "287996157",
  "249359606",
  "032098064",
  "028723864",
  "263379879",
  "091005289",
  "279120944",
  "250113679",
  "324669677",
];
export const ibans: readonly string[] = [
  "DE80 6253 7509 1373 9410 81",
  "DE42 4912 0549 3753 3310 64",
  "GB47 HBUK 7277 0428 8386 12",
  "GB05 NWBK 9494 9419 8443 91",
  "FR97 3279 8445 6299 1596 6960 282",
  "FR27 5150 5729 6504 6093 1139 515",
  "ES33 1704 9797 9206 6587 0222",
  "ES78 7243 0279 4170 6033 7901",
  "IT82 A132 5552 1746 9282 7124 057",
  "IT59 P110 9693 9732 5011 6603 446",
  "NL09 TRIO 2399 1516 07",
  "NL67 ABNA 8124 7378 81",
  "BE85 4125 7497 0006",
  "PL33 0272 9077 4061 4414 8360 8462",
  "SE71 8325 4049 3938 0242 3135",
  "FI23 2504 2528 5174 24",
  "DK22 7888 9659 6709 50",
  "NO26 3155 5551 080",
  "CZ66 6732 1668 3978 4095 6490",
  "TR03 0444 8003 3564 2647 0618 71",
  "GR47 1600 3960 9871 2209 7587 302",
  "RO37 BRDE NK0P UVRO YOD4 ULN8",
  "HU74 2251 5560 0865 7369 9475 3298",
  "PT77 9442 4938 7229 2991 4602 0",
  "CH36 3476 7899 3577 5634 6",
  "AT61 7127 0347 4723 0711",
  "IE82 AIBK 7481 6665 7084 73",
  "UA55 5181 8480 8947 1967 6371 0290 6",
];
export const passportsMrz: readonly PassportRecord[] = [
  {
    country: "USA",
    number: "616490926",
    surname: "Holloway",
    given: "Denise Marie",
    line1: "P<USAHOLLOWAY<<DENISE<MARIE<<<<<<<<<<<<<<<<<",
    line2: "6164909261USA9903126F3409280<<<<<<<<<<<<<<04",
  },
  {
    country: "GBR",
    number: "286946393",
    surname: "Ashworth",
    given: "Callum James",
    line1: "P<GBRASHWORTH<<CALLUM<JAMES<<<<<<<<<<<<<<<<<",
    line2: "2869463936GBR6112125M3310182<<<<<<<<<<<<<<00",
  },
  {
    country: "D",
    number: "C6X82MM17",
    surname: "Kraemer",
    given: "Lena Sophie",
    line1: "P<D<<KRAEMER<<LENA<SOPHIE<<<<<<<<<<<<<<<<<<<",
    line2: "C6X82MM173D<<9401035F3403118<<<<<<<<<<<<<<06",
  },
  {
    country: "FRA",
    number: "39HU22177",
    surname: "Duverger",
    given: "Theo",
    line1: "P<FRADUVERGER<<THEO<<<<<<<<<<<<<<<<<<<<<<<<<",
    line2: "39HU221778FRA6410212M2807133<<<<<<<<<<<<<<02",
  },
  {
    country: "ESP",
    number: "MBJ627752",
    surname: "Aranda Salcedo",
    given: "Nuria",
    line1: "P<ESPARANDA<SALCEDO<<NURIA<<<<<<<<<<<<<<<<<<",
    line2: "MBJ6277527ESP0004031F3501210<<<<<<<<<<<<<<08",
  },
  {
    country: "ITA",
    number: "YS9128190",
    surname: "Bellotti",
    given: "Gianluca",
    line1: "P<ITABELLOTTI<<GIANLUCA<<<<<<<<<<<<<<<<<<<<<",
    line2: "YS91281906ITA9103100M3011113<<<<<<<<<<<<<<06",
  },
  {
    country: "NLD",
    number: "NPR20WR87",
    surname: "Van Der Steeg",
    given: "Floor",
    line1: "P<NLDVAN<DER<STEEG<<FLOOR<<<<<<<<<<<<<<<<<<<",
    line2: "NPR20WR879NLD7012118F2911032<<<<<<<<<<<<<<08",
  },
  {
    country: "POL",
    number: "EG6357097",
    surname: "Wroblewska",
    given: "Agata",
    line1: "P<POLWROBLEWSKA<<AGATA<<<<<<<<<<<<<<<<<<<<<<",
    line2: "EG63570979POL8110044F2809034<<<<<<<<<<<<<<04",
  },
  {
    country: "IND",
    number: "S1401869",
    surname: "Raghavan",
    given: "Priya",
    line1: "P<INDRAGHAVAN<<PRIYA<<<<<<<<<<<<<<<<<<<<<<<<",
    line2: "S1401869<3IND8608055F3502088<<<<<<<<<<<<<<00",
  },
  {
    country: "SWE",
    number: "51013846",
    surname: "Lindqvist",
    given: "Oskar",
    line1: "P<SWELINDQVIST<<OSKAR<<<<<<<<<<<<<<<<<<<<<<<",
    line2: "51013846<8SWE5803158M3211038<<<<<<<<<<<<<<04",
  },
  {
    country: "BRA",
    number: "FR275990",
    surname: "Fonseca",
    given: "Rafael",
    line1: "P<BRAFONSECA<<RAFAEL<<<<<<<<<<<<<<<<<<<<<<<<",
    line2: "FR275990<4BRA9504132M2703165<<<<<<<<<<<<<<08",
  },
  {
    country: "JPN",
    number: "TK9742797",
    surname: "Kurosawa",
    given: "Haruka",
    line1: "P<JPNKUROSAWA<<HARUKA<<<<<<<<<<<<<<<<<<<<<<<",
    line2: "TK97427978JPN7104088F3011146<<<<<<<<<<<<<<00",
  },
  {
    country: "CAN",
    number: "AB212796",
    surname: "Bouchard",
    given: "Emilie",
    line1: "P<CANBOUCHARD<<EMILIE<<<<<<<<<<<<<<<<<<<<<<<",
    line2: "AB212796<6CAN8909143F2905028<<<<<<<<<<<<<<00",
  },
  {
    country: "NGA",
    number: "B68770398",
    surname: "Adeyemi",
    given: "Tolulope",
    line1: "P<NGAADEYEMI<<TOLULOPE<<<<<<<<<<<<<<<<<<<<<<",
    line2: "B687703989NGA9409260F3202148<<<<<<<<<<<<<<00",
  },
  {
    country: "MEX",
    number: "G24034759",
    surname: "Villalobos",
    given: "Arturo",
    line1: "P<MEXVILLALOBOS<<ARTURO<<<<<<<<<<<<<<<<<<<<<",
    line2: "G240347598MEX0206101M2709215<<<<<<<<<<<<<<00",
  },
  {
    country: "IRL",
    number: "PP4349240",
    surname: "Gallagher",
    given: "Niamh",
    line1: "P<IRLGALLAGHER<<NIAMH<<<<<<<<<<<<<<<<<<<<<<<",
    line2: "PP43492402IRL8205052F3006276<<<<<<<<<<<<<<08",
  },
  {
    country: "PRT",
    number: "C444205",
    surname: "Magalhaes",
    given: "Tiago",
    line1: "P<PRTMAGALHAES<<TIAGO<<<<<<<<<<<<<<<<<<<<<<<",
    line2: "C444205<<9PRT8307107M3008199<<<<<<<<<<<<<<06",
  },
  {
    country: "CHE",
    number: "X2915945",
    surname: "Brunner",
    given: "Selina",
    line1: "P<CHEBRUNNER<<SELINA<<<<<<<<<<<<<<<<<<<<<<<<",
    line2: "X2915945<0CHE6412250F3008225<<<<<<<<<<<<<<08",
  },
  {
    country: "UKR",
    number: "FV643135",
    surname: "Kovalenko",
    given: "Oleksandr",
    line1: "P<UKRKOVALENKO<<OLEKSANDR<<<<<<<<<<<<<<<<<<<",
    line2: "FV643135<8UKR9102239M3103120<<<<<<<<<<<<<<04",
  },
  {
    country: "KOR",
    number: "M18137473",
    surname: "Seo",
    given: "Jiwoo",
    line1: "P<KORSEO<<JIWOO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    line2: "M181374730KOR9207123F3105087<<<<<<<<<<<<<<00",
  },
];
export const phoneNumbers: readonly PhoneRecord[] = [
  { region: "US", international: "+1 212-465-8184", national: "(212) 465-8184" },
  { region: "US", international: "+1 212-206-7385", national: "(212) 206-7385" },
  { region: "US", international: "+1 617-837-3729", national: "(617) 837-3729" },
  { region: "US", international: "+1 646-963-6212", national: "(646) 963-6212" },
  { region: "GB", international: "+44 7954 492609", national: "07954 492609" },
  { region: "GB", international: "+44 7827 641837", national: "07827 641837" },
  { region: "GB", international: "+44 7896 554605", national: "07896 554605" },
  { region: "GB", international: "+44 7713 697808", national: "07713 697808" },
  { region: "DE", international: "+49 1511 9265207", national: "01511 9265207" },
  { region: "DE", international: "+49 160 39535065", national: "0160 39535065" },
  { region: "DE", international: "+49 1511 6607764", national: "01511 6607764" },
  { region: "DE", international: "+49 160 55944378", national: "0160 55944378" },
  { region: "FR", international: "+33 6 10 40 24 84", national: "06 10 40 24 84" },
  { region: "FR", international: "+33 7 97 73 85 28", national: "07 97 73 85 28" },
  { region: "FR", international: "+33 7 54 89 81 77", national: "07 54 89 81 77" },
  { region: "FR", international: "+33 7 72 82 25 13", national: "07 72 82 25 13" },
  { region: "ES", international: "+34 648 97 83 96", national: "648 97 83 96" },
  { region: "ES", international: "+34 654 45 49 02", national: "654 45 49 02" },
  { region: "ES", international: "+34 659 58 87 18", national: "659 58 87 18" },
  { region: "ES", international: "+34 721 19 55 15", national: "721 19 55 15" },
  { region: "IT", international: "+39 328 799 9632", national: "328 799 9632" },
  { region: "IT", international: "+39 336 923 0234", national: "336 923 0234" },
  { region: "NL", international: "+31 6 32490125", national: "06 32490125" },
  { region: "NL", international: "+31 6 47003351", national: "06 47003351" },
  { region: "PL", international: "+48 519 798 050", national: "519 798 050" },
  { region: "PL", international: "+48 662 560 455", national: "662 560 455" },
  { region: "SE", international: "+46 70 373 16 98", national: "070-373 16 98" },
  { region: "SE", international: "+46 73 304 72 69", national: "073-304 72 69" },
  { region: "PT", international: "+351 967 039 934", national: "967 039 934" },
  { region: "PT", international: "+351 961 346 344", national: "961 346 344" },
  { region: "CH", international: "+41 79 294 09 21", national: "079 294 09 21" },
  { region: "CH", international: "+41 78 658 57 14", national: "078 658 57 14" },
  { region: "IN", international: "+91 80521 78308", national: "080521 78308" },
  { region: "IN", international: "+91 83579 58920", national: "083579 58920" },
  { region: "BR", international: "+55 31 99142-4686", national: "(31) 99142-4686" },
  { region: "BR", international: "+55 31 94168-0106", national: "(31) 94168-0106" },
  { region: "MX", international: "+52 55 3469 4672", national: "55 3469 4672" },
  { region: "MX", international: "+52 81 9191 8524", national: "81 9191 8524" },
  { region: "NG", international: "+234 806 295 7826", national: "0806 295 7826" },
  { region: "NG", international: "+234 703 804 5020", national: "0703 804 5020" },
  { region: "ZA", international: "+27 83 566 9063", national: "083 566 9063" },
  { region: "ZA", international: "+27 72 880 7270", national: "072 880 7270" },
  { region: "JP", international: "+81 70-7101-1327", national: "070-7101-1327" },
  { region: "JP", international: "+81 90-1025-3964", national: "090-1025-3964" },
  { region: "TR", international: "+90 555 705 40 72", national: "0555 705 40 72" },
  { region: "TR", international: "+90 542 937 64 00", national: "0542 937 64 00" },
  { region: "GR", international: "+30 697 707 2689", national: "697 707 2689" },
  { region: "GR", international: "+30 693 518 6512", national: "693 518 6512" },
  { region: "RO", international: "+40 739 313 870", national: "0739 313 870" },
  { region: "RO", international: "+40 754 032 119", national: "0754 032 119" },
  { region: "UA", international: "+380 97 278 4236", national: "097 278 4236" },
  { region: "UA", international: "+380 97 475 5066", national: "097 475 5066" },
  { region: "KE", international: "+254 712 884112", national: "0712 884112" },
  { region: "KE", international: "+254 711 821531", national: "0711 821531" },
  { region: "DK", international: "+45 46 26 03 01", national: "46 26 03 01" },
  { region: "DK", international: "+45 58 43 39 06", national: "58 43 39 06" },
  { region: "FI", international: "+358 40 6943653", national: "040 6943653" },
  { region: "FI", international: "+358 40 1096209", national: "040 1096209" },
  { region: "NO", international: "+47 93 42 64 63", national: "93 42 64 63" },
  { region: "NO", international: "+47 97 76 19 69", national: "97 76 19 69" },
  { region: "CZ", international: "+420 604 341 587", national: "604 341 587" },
  { region: "CZ", international: "+420 605 814 056", national: "605 814 056" },
  { region: "HU", international: "+36 20 557 1483", national: "06 20 557 1483" },
  { region: "HU", international: "+36 20 265 2470", national: "06 20 265 2470" },
  { region: "US", international: "+1 212-951-7085", national: "(212) 951-7085" },
  { region: "US", international: "+1 212-760-7179", national: "(212) 760-7179" },
  { region: "GB", international: "+44 131 306 4738", national: "0131 306 4738" },
  { region: "GB", international: "+44 131 713 7984", national: "0131 713 7984" },
  { region: "DE", international: "+49 221 7320798", national: "0221 7320798" },
  { region: "DE", international: "+49 30 6525553", national: "030 6525553" },
  { region: "FR", international: "+33 2 31 24 09 03", national: "02 31 24 09 03" },
  { region: "FR", international: "+33 1 20 62 50 42", national: "01 20 62 50 42" },
  { region: "ES", international: "+34 932 31 29 79", national: "932 31 29 79" },
  { region: "ES", international: "+34 937 25 26 87", national: "937 25 26 87" },
];
