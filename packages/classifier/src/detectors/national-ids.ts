import validator from "validator";
import { clampScore, type Span } from "../span.ts";
import { filledAlone, standsAlone, surroundings, wordMatcher } from "../text.ts";

/**
 * National identity and tax numbers of the offices' countries that carry a
 * check digit or a birth date: Portuguese NIF, Danish CPR, Finnish
 * henkilötunnus, Norwegian fødselsnummer, Irish PPS, British NHS, Australian TFN, Indian
 * Aadhaar, Brazilian CPF, Croatian OIB, Austrian SVNR, Swiss AHV, South African id, Japanese
 * My Number, New Zealand IRD, Mexican CURP and RFC, and the Portuguese citizen card. A valid
 * number counts beside its own word, typed alone into an identity form, or as the one number
 * of a short message written where identity details are asked for; the dotted AHV and the
 * CURP count anywhere. (The German, Dutch,
 * Polish, Belgian, Swedish, Italian and Canadian ones are in
 * identity-documents.ts; SSN, NINO, DNI/NIE and INSEE in government-ids.ts.)
 */
interface NationalIdRule {
  /** The candidate's shape: one bounded token, anchored. */
  shape: RegExp;
  valid: (value: string) => boolean;
  words: (around: string) => boolean;
  /** The birth date in it, or a check digit strong enough, lets it stand without its word in an identity form. */
  formAlone: boolean;
  /** A shape and check this strong count anywhere, at this score: no other number is written so. */
  bare?: number;
  /** A check digit too weak (a tenth of numbers pass) for a generic label ("tax id") to name it. */
  ownWordsOnly?: boolean;
  /** Written in this layout, as the id's own card prints it, it counts as a cell of a personnel row without its word. */
  rowLayout?: RegExp;
}

/** NHS number (England, Wales, Isle of Man) and Scottish CHI: ten digits, the last a mod-11 check. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits.charAt(i)) * (10 - i);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(digits.charAt(9));
}

/** Two-digit year, month and day: whether such a day exists (29 February allowed). */
function isDayOfMonth(day: number, month: number): boolean {
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** Danish CPR: DDMMYY-SSSS. Since 2007 not every number passes the old modulus 11, so the date is the check. */
export function isValidDanishCpr(value: string): boolean {
  const match = /^(\d{2})(\d{2})\d{2}-?\d{4}$/.exec(value);
  return match !== null && isDayOfMonth(Number(match[1]), Number(match[2]));
}

const finnishCheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

/** Finnish henkilötunnus: DDMMYY, a century sign, three digits and a check character (mod 31). */
export function isValidFinnishHetu(value: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})[-+ABCDEFUVWXY](\d{3})([0-9A-Y])$/.exec(value.toUpperCase());
  if (match === null || !isDayOfMonth(Number(match[1]), Number(match[2]))) return false;
  const number = Number(`${match[1]}${match[2]}${match[3]}${match[4]}`);
  return finnishCheckCharacters.charAt(number % 31) === match[5];
}

/** Norwegian fødselsnummer: DDMMYY (day plus 40 for a D-number), three digits, two mod-11 check digits. */
export function isValidNorwegianBirthNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  if (!isDayOfMonth(day > 40 ? day - 40 : day, Number(digits.slice(2, 4)))) return false;
  const check = (weights: readonly number[]) => {
    let sum = 0;
    for (let i = 0; i < weights.length; i++) sum += Number(digits.charAt(i)) * (weights[i] ?? 0);
    const rest = 11 - (sum % 11);
    return rest === 11 ? 0 : rest;
  };
  return (
    check([3, 7, 6, 1, 8, 9, 4, 5, 2]) === Number(digits.charAt(9)) &&
    check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === Number(digits.charAt(10))
  );
}

/** Irish PPS number: seven digits and a check letter (weights 8…2, mod 23), maybe a second letter. */
export function isValidIrishPps(value: string): boolean {
  const match = /^(\d{7})([A-W])([ABHWTX]?)$/.exec(value.toUpperCase());
  if (match === null) return false;
  const digits = match[1] ?? "";
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits.charAt(i)) * (8 - i);
  const second = match[3] ?? "";
  if (second !== "") sum += (second.charCodeAt(0) - 64) * 9;
  const letters = "WABCDEFGHIJKLMNOPQRSTUV";
  return letters.charAt(sum % 23) === match[2];
}

/** Australian tax file number: eight or nine digits whose weighted sum is a multiple of 11. */
export function isValidAustralianTfn(digits: string): boolean {
  const weights =
    digits.length === 9 ? [1, 4, 3, 7, 5, 8, 6, 9, 10] : digits.length === 8 ? [10, 7, 8, 4, 6, 3, 5, 1] : [];
  if (weights.length === 0 || !/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits.charAt(i)) * (weights[i] ?? 0);
  return sum % 11 === 0;
}

/** Croatian OIB: eleven digits, ISO 7064 MOD 11,10 (validator's `isTaxID` for hr-HR). */
function isValidCroatianOib(digits: string): boolean {
  return /^\d{11}$/.test(digits) && validator.isTaxID(digits, "hr-HR");
}

const compact = (value: string) => value.replace(/[\s.-]/g, "");

/** Greek AMKA: DDMMYY, four digits and a Luhn check digit over all eleven. */
function isValidGreekAmka(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || !isDayOfMonth(Number(digits.slice(0, 2)), Number(digits.slice(2, 4))))
    return false;
  let sum = 0;
  for (let i = 0; i < 11; i++) {
    let digit = Number(digits.charAt(10 - i));
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** US ITIN: 9XX-XX-XXXX with the middle group in the ranges the IRS issues (50–65, 70–88, 90–92, 94–99). */
function isValidItin(value: string): boolean {
  const group = Number(compact(value).slice(3, 5));
  return (
    (group >= 50 && group <= 65) ||
    (group >= 70 && group <= 88) ||
    (group >= 90 && group <= 92) ||
    group >= 94
  );
}

/**
 * Austrian social insurance number (Sozialversicherungsnummer, SVNR): a serial of three digits, a
 * check digit (weights 3 7 9 5 8 4 2 1 6 over the other nine, mod 11, never 10) and the birth date
 * DDMMYY (a month of 13–15 stands in for an unknown one).
 */
export function isValidAustrianSvnr(digits: string): boolean {
  if (!/^[1-9]\d{9}$/.test(digits)) return false;
  const day = Number(digits.slice(4, 6));
  const month = Number(digits.slice(6, 8));
  if (!(isDayOfMonth(day, month) || (month >= 13 && month <= 15 && day >= 1 && day <= 31))) return false;
  const weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits.charAt(i)) * (weights[i] ?? 0);
  const check = sum % 11;
  return check !== 10 && check === Number(digits.charAt(3));
}

/** Swiss AHV/AVS number: 13 digits starting with Switzerland's 756, an EAN-13 check digit last. */
export function isValidSwissAhv(digits: string): boolean {
  return /^756\d{10}$/.test(digits) && validator.isEAN(digits);
}

/** Luhn over all digits: the weighted sum, every second digit from the right doubled, is a multiple of ten. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits.charAt(digits.length - 1 - i));
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** South African identity number: YYMMDD, four digits, citizenship 0 or 1, a digit, and a Luhn check. */
export function isValidSouthAfricanId(digits: string): boolean {
  if (!/^\d{13}$/.test(digits) || !isDayOfMonth(Number(digits.slice(4, 6)), Number(digits.slice(2, 4))))
    return false;
  return (digits.charAt(10) === "0" || digits.charAt(10) === "1") && passesLuhn(digits);
}

/** Japanese individual number (My Number): eleven digits and a check digit, weights 2–7 then 2–6 from the right, mod 11. */
export function isValidMyNumber(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += Number(digits.charAt(11 - n)) * (n <= 6 ? n + 1 : n - 5);
  const rest = sum % 11;
  return (rest <= 1 ? 0 : 11 - rest) === Number(digits.charAt(11));
}

/** New Zealand IRD number: eight or nine digits, mod 11 with a second set of weights when the first gives 10. */
export function isValidNzIrd(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  const padded = digits.padStart(9, "0");
  const value = Number(digits);
  if (value < 10_000_000 || value > 150_000_000) return false;
  const checkWith = (weights: readonly number[]) => {
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(padded.charAt(i)) * (weights[i] ?? 0);
    const rest = sum % 11;
    return rest === 0 ? 0 : 11 - rest;
  };
  let check = checkWith([3, 2, 7, 6, 5, 4, 3, 2]);
  if (check === 10) check = checkWith([7, 4, 3, 2, 5, 2, 7, 6]);
  return check !== 10 && check === Number(padded.charAt(8));
}

const curpCharacters = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

/** Mexican CURP: four letters, birth date YYMMDD, sex, state, three consonants, a differentiator and a check digit (mod 10). */
export function isValidCurp(value: string): boolean {
  const match = /^[A-Z]{4}\d{2}(\d{2})(\d{2})[HMX][A-Z]{5}[A-Z0-9]\d$/.exec(value);
  if (match === null || !isDayOfMonth(Number(match[2]), Number(match[1]))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += curpCharacters.indexOf(value.charAt(i)) * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(value.charAt(17));
}

const rfcCharacters = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

/** Mexican RFC of a person: four letters, birth date YYMMDD, a two-character homonym key and a check character (mod 11). */
export function isValidRfc(value: string): boolean {
  const match = /^[A-ZÑ&]{4}\d{2}(\d{2})(\d{2})[A-Z0-9]{2}[0-9A]$/.exec(value);
  if (match === null || !isDayOfMonth(Number(match[2]), Number(match[1]))) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += rfcCharacters.indexOf(value.charAt(i)) * (13 - i);
  const rest = 11 - (sum % 11);
  const check = rest === 11 ? "0" : rest === 10 ? "A" : String(rest);
  return check === value.charAt(12);
}

/**
 * Portuguese citizen card (Cartão de Cidadão): the civil number (eight digits and its check digit),
 * two characters of the card's version and a last check digit; Luhn over all twelve, letters
 * counting A = 10 … Z = 35.
 */
export function isValidCitizenCard(value: string): boolean {
  const compactValue = value.replace(/ /g, "").toUpperCase();
  if (!/^\d{9}[A-Z0-9]{2}\d$/.test(compactValue)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const char = compactValue.charAt(11 - i);
    let digit = /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Korean resident registration number: birth date YYMMDD, a hyphen, a digit for sex and century
 * (1–8, 9 and 0 for the 1800s) and six more. Numbers issued before October 2020 end in a mod-11 check
 * digit; newer ones do not, so the date and the sex digit are the check, and its word is required.
 */
export function isValidKoreanRrn(value: string): boolean {
  const match = /^\d{2}(\d{2})(\d{2})-(\d)\d{6}$/.exec(value);
  return match !== null && isDayOfMonth(Number(match[2]), Number(match[1]));
}

/**
 * Turkish identity number (T.C. Kimlik No): eleven digits, never starting with 0; the tenth digit is
 * seven times the sum of the odd-placed first nine minus the sum of the even-placed ones, mod 10, and
 * the eleventh the sum of the first ten, mod 10. Two check digits: a hundredth of numbers pass.
 */
export function isValidTurkishKimlik(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const d = (i: number) => Number(digits.charAt(i));
  const odd = d(0) + d(2) + d(4) + d(6) + d(8);
  const even = d(1) + d(3) + d(5) + d(7);
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d(9)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += d(i);
  return sum % 10 === d(10);
}

/**
 * Hungarian personal identification number (személyi azonosító): a digit for sex and century (1–8),
 * the birth date YYMMDD, a serial of three and a check digit, the digits weighted 1…10 mod 11 (10…1
 * for those born from 1997).
 */
export function isValidHungarianPersonalNumber(digits: string): boolean {
  if (!/^[1-8]\d{10}$/.test(digits)) return false;
  if (!isDayOfMonth(Number(digits.slice(5, 7)), Number(digits.slice(3, 5)))) return false;
  const sex = Number(digits.charAt(0));
  const year = Number(digits.slice(1, 3));
  const fromNinetySeven = sex === 3 || sex === 4 || ((sex === 1 || sex === 2) && year >= 97);
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits.charAt(i)) * (fromNinetySeven ? 10 - i : i + 1);
  return sum % 11 !== 10 && sum % 11 === Number(digits.charAt(10));
}

/** Hungarian social security number (TAJ szám): nine digits, weights 3 and 7 alternating, mod 10. */
export function isValidHungarianTaj(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits.charAt(i)) * (i % 2 === 0 ? 3 : 7);
  return sum % 10 === Number(digits.charAt(8));
}

// A person's tax number named in general words ("here's my tax id for the new contract 301016434").
export const genericTaxIdWords = wordMatcher([
  "tax id",
  "tax-id",
  "taxid",
  "tax number",
  "tax no",
  "tax identification number",
  "taxpayer id",
  "taxpayer number",
  "tin",
  "fiscal number",
]);
// Words that make a tax id a firm's: "supplier tax id", "VAT", "Ltd".
const firmWords =
  /(?<![\p{L}])(?:company|supplier|vendor|firm|business|employer|vat|gmbh|ltd|llc|inc|bv|nv|sarl|s\.a\.|lda|plc)(?![\p{L}])/iu;

/** General words for a person's id (national id, tax id, personal id) with no firm's word beside them. */
export function personalIdWords(around: string): boolean {
  return genericIdWords(around) && !firmWords.test(around);
}

/** General words for a tax id with no firm's word beside them: a person's own number. */
export function personalTaxIdWords(around: string): boolean {
  return genericTaxIdWords(around) && !firmWords.test(around);
}

const cprWords = wordMatcher([
  "cpr",
  "cpr-nummer",
  "cpr-nr",
  "cpr nr",
  "cpr nummer",
  "personnummer",
  "personnummeret",
]);
const ahvWords = wordMatcher([
  "ahv",
  "ahv-nr",
  "ahv-nummer",
  "ahvn13",
  "avs",
  "numéro avs",
  "n° avs",
  "sozialversicherungsnummer",
  "social security number",
  "numero avs",
]);

const hungarianPersonalWords = wordMatcher([
  "személyi azonosító",
  "személyi azonosítóm",
  "személyi azonosítója",
  "személyi azonosító szám",
  "személyi azonosító jel",
  "személyazonosító",
  "személyi szám",
  "személyi számom",
  "személyi száma",
  "személyi számát",
  "hungarian personal id",
  "hungarian personal number",
]);

// biome-ignore format: one rule per country reads better packed
const rules: readonly NationalIdRule[] = [
  { shape: /^\d{9}$/, valid: (v) => /^[1235689]/.test(v) && validator.isTaxID(v, "pt-PT"), words: wordMatcher(["nif", "contribuinte", "número de contribuinte", "numero de contribuinte", "número fiscal", "nipc"]), formAlone: true },
  // A person's NIF (1–3 first) beside general words for a tax id; firms' NIPCs (5, 6, 9) are not a person's.
  { shape: /^[123]\d{8}$/, valid: (v) => validator.isTaxID(v, "pt-PT"), words: personalTaxIdWords, formAlone: false },
  { shape: /^\d{6}-\d{4}$/, valid: isValidDanishCpr, words: cprWords, formAlone: true },
  // Written compact ("2906921237"), a CPR number is ten digits with a date: only beside its word.
  { shape: /^\d{10}$/, valid: isValidDanishCpr, words: cprWords, formAlone: false },
  { shape: /^\d{6}[-+ABCDEFUVWXY]\d{3}[0-9A-Y]$/i, valid: isValidFinnishHetu, words: wordMatcher(["henkilötunnus", "henkilötunnukseni", "henkilötunnukseni on", "henkilötunnusta", "henkilötunnuksen", "henkilötunnuksesi", "hetu", "hetuni", "hetusi", "hetun", "hetua", "hetut", "personal identity code", "sosiaaliturvatunnus", "personbeteckning"]), formAlone: true },
  { shape: /^\d{6} ?\d{5}$/, valid: (v) => isValidNorwegianBirthNumber(compact(v)), words: wordMatcher(["fødselsnummer", "fødselsnummeret", "fødselsnummeret mitt", "fodselsnummer", "fødselsnr", "personnummer", "personnummeret", "d-nummer"]), formAlone: true },
  { shape: /^\d{7}[A-W][ABHWTX]?$/i, valid: isValidIrishPps, words: wordMatcher(["pps", "ppsn", "pps number", "pps no", "personal public service"]), formAlone: true },
  { shape: /^\d{3} ?\d{3} ?\d{2,3}$/, valid: (v) => isValidAustralianTfn(compact(v)), words: wordMatcher(["tfn", "tax file number", "tax file no"]), formAlone: false },
  { shape: /^\d{4} ?\d{4} ?\d{4}$/, valid: (v) => /^[2-9]/.test(v) && validator.isIdentityCard(compact(v), "IN"), words: wordMatcher(["aadhaar", "aadhar", "uidai", "uid"]), formAlone: true },
  { shape: /^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/, valid: (v) => validator.isTaxID(compact(v), "pt-BR"), words: wordMatcher(["cpf"]), formAlone: true },
  // A Canadian SIN typed alone into Service Canada's or an onboarding form (beside its word, identity-documents.ts finds it).
  { shape: /^\d{3}[ -]?\d{3}[ -]?\d{3}$/, valid: (v) => /^[1-79]/.test(v) && validator.isTaxID(compact(v), "en-CA"), words: wordMatcher(["sin", "social insurance number", "numéro d'assurance sociale"]), formAlone: true },
  { shape: /^\d{11}$/, valid: isValidCroatianOib, words: wordMatcher(["oib", "osobni identifikacijski broj"]), formAlone: false },
  { shape: /^[1-8]\d{12}$/, valid: (v) => validator.isTaxID(v, "ro-RO"), words: wordMatcher(["cnp", "cod numeric personal"]), formAlone: true },
  { shape: /^\d{10}$/, valid: (v) => validator.isTaxID(v, "bg-BG"), words: wordMatcher(["egn", "егн"]), formAlone: false },
  { shape: /^\d{6}(?:\/\d{3,4}|\d{4})$/, valid: (v) => validator.isTaxID(v.replace("/", ""), "cs-CZ"), words: wordMatcher(["rodné číslo", "rodne cislo", "rodného čísla", "birth number"]), formAlone: true },
  { shape: /^\d{11}$/, valid: isValidGreekAmka, words: wordMatcher(["amka", "αμκα"]), formAlone: false },
  { shape: /^\d{5} ?\d{5}$/, valid: () => true, words: wordMatcher(["utr", "unique taxpayer reference"]), formAlone: false },
  { shape: /^\d{3}[ -]?\d{3}[ -]?\d{4}$/, valid: (v) => isValidNhsNumber(compact(v)), words: wordMatcher(["nhs number", "nhs no", "nhs-nummer", "chi number"]), formAlone: false, rowLayout: /^\d{3} \d{3} \d{4}$/ },
  { shape: /^9\d{2}-?\d{2}-?\d{4}$/, valid: isValidItin, words: wordMatcher(["itin", "individual taxpayer"]), formAlone: true },
  { shape: /^\d{4} ?\d{6}$/, valid: (v) => isValidAustrianSvnr(compact(v)), words: wordMatcher(["svnr", "sv-nr", "sv-nummer", "sozialversicherungsnummer", "versicherungsnummer", "e-card", "ecard"]), formAlone: true },
  // Swiss AHV/AVS number as the card prints it (756.1234.5678.97): its country prefix, dots and EAN check are enough.
  { shape: /^756\.\d{4}\.\d{4}\.\d{2}$/, valid: (v) => isValidSwissAhv(compact(v)), words: ahvWords, formAlone: true, bare: 0.85 },
  { shape: /^756\d{10}$/, valid: isValidSwissAhv, words: ahvWords, formAlone: true },
  { shape: /^\d{6} ?\d{4} ?\d{3}$/, valid: (v) => isValidSouthAfricanId(compact(v)), words: wordMatcher(["id number", "id no", "identity number", "sa id", "rsa id", "south african id", "id-nommer", "identiteitsnommer"]), formAlone: true },
  { shape: /^\d{4}[ -]?\d{4}[ -]?\d{4}$/, valid: (v) => isValidMyNumber(compact(v)), words: wordMatcher(["my number", "マイナンバー", "個人番号", "kojin bango", "individual number"]), formAlone: false },
  { shape: /^\d{2,3}[ -]?\d{3}[ -]?\d{3}$/, valid: (v) => isValidNzIrd(compact(v)), words: wordMatcher(["ird", "ird number", "ird no", "inland revenue"]), formAlone: false },
  // Mexican CURP: eighteen characters of a fixed structure, a birth date and a check digit; no other code is written so.
  { shape: /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$/, valid: isValidCurp, words: wordMatcher(["curp", "clave única", "clave unica"]), formAlone: true, bare: 0.85 },
  { shape: /^[A-ZÑ&]{4}\d{6}[A-Z0-9]{2}[0-9A]$/, valid: isValidRfc, words: wordMatcher(["rfc", "registro federal de contribuyentes"]), formAlone: true },
  { shape: /^\d{6}-\d{7}$/, valid: isValidKoreanRrn, words: wordMatcher(["주민등록번호", "주민번호", "주민등록", "rrn", "resident registration", "resident registration number", "jumin"]), formAlone: true },
  // Round twelve: Turkey's T.C. Kimlik No (two check digits) and Hungary's personal number (a birth
  // date and a check digit) count alone in an identity form; Hungary's tax number and TAJ beside their words.
  { shape: /^[1-9]\d{10}$/, valid: isValidTurkishKimlik, words: wordMatcher(["tc kimlik", "t.c. kimlik", "t.c kimlik", "tckn", "tc no", "t.c. no", "kimlik no", "kimlik numarası", "kimlik numaram", "kimlik numaranız", "kimlik numarasını", "vatandaşlık numarası", "turkish id", "turkish identity number", "turkish national id"]), formAlone: true },
  { shape: /^[1-8]\d{10}$/, valid: isValidHungarianPersonalNumber, words: hungarianPersonalWords, formAlone: true },
  { shape: /^[1-8][ -]?\d{6}[ -]?\d{4}$/, valid: (v) => isValidHungarianPersonalNumber(compact(v)), words: hungarianPersonalWords, formAlone: false },
  { shape: /^8\d{9}$/, valid: (v) => validator.isTaxID(v, "hu-HU"), words: wordMatcher(["adóazonosító", "adóazonosító jel", "adóazonosító jelem", "adószám", "hungarian tax number", "hungarian tax id"]), formAlone: true },
  { shape: /^\d{3}[ -]?\d{3}[ -]?\d{3}$/, valid: (v) => isValidHungarianTaj(compact(v)), words: wordMatcher(["taj", "taj szám", "taj-szám", "tajszám", "társadalombiztosítási azonosító"]), formAlone: false, ownWordsOnly: true },
  { shape: /^\d{8} ?\d ?[A-Z]{2}\d$/, valid: isValidCitizenCard, words: wordMatcher(["cartão de cidadão", "cartao de cidadao", "cartão do cidadão", "cc", "n.º do cc", "citizen card", "documento de identificação"]), formAlone: true },
];

// Candidates: a run of digits, optionally grouped by single spaces, dots or one hyphen, with a
// trailing check letter or two; read by one bounded pattern per starting position.
const candidate =
  /(?<![\p{L}\p{N}./-])\d{2,13}(?:[ ./-]\d{2,7}){0,3}[A-Za-z]{0,2}(?![\p{L}\p{N}]|[./-]\p{N})/gu;

// Ids that mix capitals and digits where the run above stops: a Mexican CURP or RFC, a Portuguese
// citizen card ("14826357 3 ZY1"), a Finnish henkilötunnus of this century ("010203A123N").
const letteredCandidate =
  /(?<![\p{L}\p{N}])(?:[A-ZÑ&]{4}\d{6}[A-Z0-9]{3}(?:[A-Z]{3}[A-Z0-9]\d)?|\d{8} ?\d ?[A-Z]{2}\d|\d{6}[A-FU-Y]\d{3}[0-9A-Y])(?![\p{L}\p{N}])/gu;

// German Sozialversicherungsnummer: area (2 digits), birth date DDMMYY, the surname's initial, serial and check digit.
const germanSocialInsurance = /(?<![\p{L}\p{N}])\d{2} ?(\d{2})(\d{2})\d{2} ?[A-Z] ?\d{3}(?![\p{L}\p{N}])/gu;
const germanSocialInsuranceWords = wordMatcher([
  "sozialversicherungsnummer",
  "rentenversicherungsnummer",
  "sv-nummer",
  "sv-nr",
  "versicherungsnummer",
  "social insurance number",
]);

/** Beside its word, the shape and a real birth date make a German social insurance number. */
function germanSocialInsuranceNumbers(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  germanSocialInsurance.lastIndex = 0;
  for (
    let match = germanSocialInsurance.exec(text);
    match !== null;
    match = germanSocialInsurance.exec(text)
  ) {
    if (!isDayOfMonth(Number(match[1]), Number(match[2]))) continue;
    const end = match.index + match[0].length;
    if (!germanSocialInsuranceWords(surroundings(text, match.index, end))) continue;
    spans.push({
      start: match.index,
      end,
      category: "pii",
      detector: "national-id",
      score: clampScore(code ? 0.6 : 0.9),
    });
  }
  return spans;
}

// Indian PAN: five letters (the fourth says who holds it: Person, Company, HUF, Firm, AOP, Trust, BOI,
// Local authority, Juridical person, Government), four digits, a letter. No check digit, so only beside its
// word or typed alone into an identity form.
const indianPan = /(?<![\p{L}\p{N}])[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z](?![\p{L}\p{N}])/gu;
const indianPanWords = wordMatcher([
  "pan",
  "pan card",
  "pan no",
  "pan number",
  "permanent account number",
  "income tax",
]);

export function indianPans(text: string, code: boolean, identityForm: boolean): Span[] {
  const spans: Span[] = [];
  indianPan.lastIndex = 0;
  for (let match = indianPan.exec(text); match !== null; match = indianPan.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    let score = indianPanWords(surroundings(text, start, end))
      ? 0.9
      : (identityForm && filledAlone(text, start, end)) || personnelRowCell(text, start, end, true)
        ? 0.7
        : 0;
    if (code) score -= 0.3;
    if (score >= 0.5)
      spans.push({ start, end, category: "pii", detector: "national-id", score: clampScore(score) });
  }
  return spans;
}

// What HR systems and forms call any country's id ("National ID Type  Tax ID / Identifier  …"): beside
// a number whose check digits hold for some country's id, they name it as well as its own word,
// unless a firm's word says it is a company's.
const genericIdWords = wordMatcher([
  "national id",
  "national identifier",
  "national identification",
  "national id number",
  "tax id",
  "taxpayer id",
  "tax identification number",
  "personal id",
  "personal identification number",
  "citizen id",
  "identity number",
  "id-nummer",
  "identifikationsnummer",
  "numéro d'identification",
  "numéro fiscal",
  "número de identificación",
  "identificación fiscal",
  "codice identificativo",
  "identificatienummer",
  "numer identyfikacyjny",
  "número de identificação",
  "identitetsnummer",
]);

export interface NationalIdContext {
  code: boolean;
  identityForm: boolean;
  /** The text is the address of a search among records of people (see `personLookupUrl`). */
  personLookup?: boolean;
  /** The text itself bears marks of code (braces, keywords), not only the editor it sits in. */
  textShowsCode?: boolean;
  /** The text was written where identity or payroll details are asked for (a form or its thread). */
  identityPlace: boolean;
}

// An HR system's profile screen names the id's type on one line and shows its value on the next
// ("National ID Type  Tax ID" / "Identifier  79032414170"): the type line says what the value is,
// whatever country's id it is and whether or not its check digits are known here.
const idTypeLine =
  /(?:^|\n)[ \t]*(?:national id|id|identification|document)(?: type| kind)[ \t]*[:\t ][^\n]{1,40}\n/iu;
const idValueLine =
  /(?<=^|\n)([ \t]*(?:identifier|id number|number|value|nummer|numéro|número|numero)[ \t]*(?::[ \t]*|\t[ \t]*| {2,}))([A-Z0-9][A-Z0-9 ./-]{4,22}[A-Z0-9])[ \t]*(?=\n|$)/giu;

function typedIdValues(text: string, code: boolean): Span[] {
  const type = idTypeLine.exec(text);
  if (type === null) return [];
  const spans: Span[] = [];
  idValueLine.lastIndex = type.index + type[0].length - 1;
  for (let match = idValueLine.exec(text); match !== null; match = idValueLine.exec(text)) {
    const value = match[2] ?? "";
    if (value.replace(/\D/g, "").length < 6) continue;
    const start = match.index + (match[1]?.length ?? 0);
    spans.push({
      start,
      end: start + value.length,
      category: "pii",
      detector: "national-id",
      score: code ? 0.5 : 0.8,
    });
  }
  return spans;
}

export function findNationalIds(
  text: string,
  { code, identityForm, identityPlace, personLookup = false, textShowsCode = true }: NationalIdContext,
): Span[] {
  const spans: Span[] = /\d ?[A-Z] ?\d/.test(text) ? germanSocialInsuranceNumbers(text, code) : [];
  const typed = text.includes("\n") && /[Tt]ype|[Kk]ind/.test(text) ? typedIdValues(text, code) : [];
  spans.push(...typed);
  const candidates: { start: number; end: number; value: string }[] = [];
  candidate.lastIndex = 0;
  for (let match = candidate.exec(text); match !== null; match = candidate.exec(text)) {
    if (match[0].length > 16) continue;
    candidates.push({ start: match.index, end: match.index + match[0].length, value: match[0] });
  }
  letteredCandidate.lastIndex = 0;
  for (let match = letteredCandidate.exec(text); match !== null; match = letteredCandidate.exec(text))
    candidates.push({ start: match.index, end: match.index + match[0].length, value: match[0] });
  // "it's 311254-1234": the one number of a short message written where identity details are asked for.
  const soleNumber = identityPlace && soleLongNumber(text);
  for (const { start, end, value } of candidates) {
    if (!standsAlone(text, start, end)) continue;
    if (typed.some((span) => span.start === start && span.end === end)) continue;
    const around = surroundings(text, start, end);
    const rowCell = personnelRowCell(text, start, end);
    const alone =
      ((identityForm || personLookup) && filledAlone(text, start, end)) ||
      rowCell ||
      headedIdCell(text, start, end);
    let best = 0;
    for (const rule of rules) {
      if (!rule.shape.test(value) || !rule.valid(value)) continue;
      const score = rule.words(around)
        ? 0.9
        : rule.ownWordsOnly !== true && genericIdWords(around) && !firmWords.test(around)
          ? 0.8
          : rule.bare !== undefined
            ? rule.bare
            : rule.formAlone && alone
              ? 0.7
              : rule.formAlone && soleNumber
                ? 0.6
                : rowCell && rule.rowLayout?.test(value) === true
                  ? 0.7
                  : 0;
      best = Math.max(best, score);
    }
    if (code) best -= codePenalty(rowCell, textShowsCode);
    if (best >= 0.5)
      spans.push({ start, end, category: "pii", detector: "national-id", score: clampScore(best) });
  }
  return spans;
}

// Path segments of records of people: a CRM's customers, an HR system's employees, a clinic's patients.
const peopleSegments = new Set([
  "customer",
  "customers",
  "client",
  "clients",
  "patient",
  "patients",
  "employee",
  "employees",
  "people",
  "person",
  "persons",
  "member",
  "members",
  "contact",
  "contacts",
  "candidate",
  "candidates",
  "staff",
  "kunden",
  "mitarbeiter",
  "clientes",
  "klanten",
]);

/**
 * Whether `text` is the address of a search or lookup among records of people
 * (`crm.example.io/customers?q=…`, `…/employees/search?id=…`): a whole query value there that passes a
 * national id's check is the id being looked up, as if typed into an identity form.
 */
export function personLookupUrl(text: string): boolean {
  if (!(text.startsWith("https://") || text.startsWith("http://"))) return false;
  const query = text.indexOf("?");
  if (query === -1 || query > 400) return false;
  const segments = text
    .slice(text.indexOf("//") + 2, query)
    .toLowerCase()
    .split("/");
  // The last segment, or the one before a closing "search" or "lookup".
  const last = segments[segments.length - 1] ?? "";
  const named = last === "search" || last === "lookup" ? segments[segments.length - 2] : last;
  return segments.length >= 2 && named !== undefined && peopleSegments.has(named);
}

/**
 * What sitting in code costs an id's score. A staff row pasted into an editor (a scratch buffer, a
 * README) is still a staff row when nothing in the text is code: its cells are data, and lose a
 * tenth, not three.
 */
export function codePenalty(rowCell: boolean, textShowsCode: boolean): number {
  return rowCell && !textShowsCode ? 0.1 : 0.3;
}

// A date cell: ISO (2026-03-01) or day first (01.03.2026, 01/03/2026), the day and month also
// written without their leading zero ("4.4.1978", "23.4.1974"), as German, Dutch and Nordic sheets show them.
const dateCell = /(?:^|[\t;])(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?:[\t;]|$)/;
// A cell that says how someone is employed ("Full-time", "Teilzeit", "CDI", "contractor"): a staff row.
const employmentCell =
  /(?:^|[\t;])[ ]?(?:full[ -]?time|part[ -]?time|contractor|freelancer?|intern|permanent|temporary|fixed[ -]term|vollzeit|teilzeit|befristet|unbefristet|werkstudent(?:in)?|temps (?:plein|partiel)|cdi|cdd|stagiaire|alternant|jornada (?:completa|parcial)|tiempo (?:completo|parcial)|indefinido|temporal|tempo (?:pieno|parziale)|voltijd|deeltijd|heltid|deltid|kokoaikainen|osa-aikainen|pełny etat|umowa o pracę)[ ]?(?:[\t;]|$)/i;

// A personnel row longer than this is not read as one.
const maxRowChars = 400;

/**
 * `[start, end)` is a whole cell of a row of a personnel table pasted from a spreadsheet: cells
 * split by tabs (or, in a line with no tab, by semicolons, as CSV is exported where the comma is the
 * decimal sign), one of them a date and one of them words (a name), as in "Name⇥start date⇥id⇥contract".
 * A number with a valid check digit there is the person's id.
 * An id `shaped` as only that id is written (a SIN in three groups, a PAN's letters and digits) needs
 * no date: a cell saying how the person is employed ("Full-time", "Teilzeit") makes the row a staff list.
 */
export function personnelRowCell(text: string, start: number, end: number, shaped = false): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  // A cell's own edges first: most candidates fail here, before any line is read.
  if (!(start === 0 || before === "\t" || before === ";" || before === "\n")) return false;
  if (!(end === text.length || after === "\t" || after === ";" || after === "\n")) return false;
  // The line, read at most `maxRowChars` either way: a longer line is no row, and no scan runs on.
  const from = Math.max(0, start - maxRowChars);
  const lineStart = from + text.slice(from, start).lastIndexOf("\n") + 1;
  const lineBreak = text.slice(end, end + maxRowChars + 1).indexOf("\n");
  const lineEnd = lineBreak === -1 ? Math.min(text.length, end + maxRowChars + 1) : end + lineBreak;
  if (lineEnd - lineStart > maxRowChars) return false;
  const line = text.slice(lineStart, lineEnd);
  const separator = line.includes("\t") ? "\t" : ";";
  if (!(before === separator || start === lineStart) || !(after === separator || end === lineEnd))
    return false;
  const cells = line.split(separator);
  if (headedAsOtherNumber(text, lineStart, line.slice(0, start - lineStart), separator)) return false;
  return (
    cells.length >= 3 &&
    (dateCell.test(line) || (shaped && employmentCell.test(line))) &&
    cells.some((cell) => /^\p{L}[\p{L}'’. -]{1,60}\p{L}$/u.test(cell.trim()) && cell.trim().includes(" "))
  );
}

// A column headed as a person's id, and a column headed as a person's name, in a table's first line.
const personIdHeading =
  /^(?:id|ids|bsn|burgerservicenummer|sofinummer|pesel|personnummer|personnr|person ?number|national[ _-]?id|national[ _-]?identifier|id[ _-]?(?:number|nr|no)|personal[ _-]?id|tax[ _-]?id|steuer-?id|nif|nie|dni|cpr|hetu|henkilötunnus|fødselsnummer|rijksregisternummer|insz|niss|oib|egn|cnp|amka|tckn|tc kimlik no|personnummer \(\w+\))$/iu;
const personNameHeading =
  /^(?:name|full[ _-]?name|employee|employee[ _-]?name|naam|volledige naam|medewerker|nom|nom complet|nombre|nombre completo|nome|nome completo|namn|navn|nimi|imię i nazwisko|nazwisko|mitarbeiter(?::in)?|vor- und nachname)$/iu;

/**
 * `[start, end)` is a whole cell of a row under a table's first line that heads its column as a
 * person's id ("naam;id;afdeling", "Name\tBSN\tTeam") beside a column headed as a name: a number there
 * whose check digits hold for some country's id is that person's id, with or without a date in the row.
 */
export function headedIdCell(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  // A cell's own edges first: most candidates fail here, before any line is read.
  if (!(before === "\t" || before === ";" || before === "," || before === "\n")) return false;
  // The first line, read at most `maxRowChars` far: a longer one heads no table.
  const headerEnd = text.slice(0, maxRowChars + 1).indexOf("\n");
  if (headerEnd === -1 || start <= headerEnd) return false;
  const header = text.slice(0, headerEnd);
  const separator = header.includes("\t") ? "\t" : header.includes(";") ? ";" : ",";
  const after = text.charAt(end);
  if (!(before === separator || before === "\n")) return false;
  if (!(after === separator || after === "\n" || end === text.length)) return false;
  // The row up to the cell, read at most `maxRowChars` back.
  const from = Math.max(headerEnd, start - maxRowChars);
  const lineBreak = text.slice(from, start).lastIndexOf("\n");
  if (lineBreak === -1) return false;
  const column = text.slice(from + lineBreak + 1, start).split(separator).length - 1;
  const headings = header.split(separator).map((heading) => heading.trim());
  const heading = headings[column];
  return (
    heading !== undefined &&
    personIdHeading.test(heading) &&
    headings.some((other) => personNameHeading.test(other))
  );
}

// A column headed as a record's number ("Bestellnummer", "Order ID", "Invoice no."): its cells are those records'.
const otherNumberHeading =
  /order|invoice|rechnung|bestell|auftrag|ticket|booking|tracking|factur|commande|pedido|ordine|sku|article|artikel/i;

/**
 * Whether the table's first line, above a later row, heads the cell's column as another record's number.
 * `beforeCell` is the cell's row up to the cell, whose separators count the column.
 */
function headedAsOtherNumber(
  text: string,
  lineStart: number,
  beforeCell: string,
  separator: string,
): boolean {
  if (lineStart === 0) return false;
  const headerEnd = text.indexOf("\n");
  if (headerEnd === -1 || headerEnd > maxRowChars) return false;
  const column = beforeCell.split(separator).length - 1;
  const heading = text.slice(0, headerEnd).split(separator)[column];
  return heading !== undefined && otherNumberHeading.test(heading);
}

// Words that name a number as something else: "invoice 123456789", "order 48213377", "case 7731".
const otherNumberWords = wordMatcher([
  "invoice",
  "order",
  "ticket",
  "ref",
  "reference",
  "booking",
  "tracking",
  "case",
  "po",
  "amount",
  "total",
  "rechnung",
  "bestellung",
  "facture",
  "commande",
  "factura",
  "pedido",
  "fattura",
  "ordine",
  "factuur",
  "bestelling",
]);

/**
 * The one run of six or more digits in a short text, with no word calling it something else:
 * "it's 78050387907, let me know", not "invoice 123456789 attached".
 */
export function soleLongNumber(text: string): boolean {
  if (text.length > 240 || otherNumberWords(text)) return false;
  let runs = 0;
  let length = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      length++;
      continue;
    }
    // A space, dot or hyphen between digits joins groups of one number ("53 688 091 270").
    if ((code === 32 || code === 45 || code === 46) && length > 0) {
      const next = text.charCodeAt(i + 1);
      if (next >= 48 && next <= 57) continue;
    }
    if (length >= 6) runs++;
    length = 0;
  }
  return runs === 1;
}
