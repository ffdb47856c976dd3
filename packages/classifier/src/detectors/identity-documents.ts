import validator from "validator";
import {
  type DetectionInput,
  type Detector,
  spaceOrHyphenDigitRuns,
  swappableLetterRunsOf,
} from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import {
  digitGroupRuns,
  digitString,
  filledAlone,
  isOneSwapOf,
  standsAlone,
  surroundings,
  withSwappedWordsRepaired,
  wordMatcher,
} from "../text.ts";
import { placeholderDigits, withoutPlaceholders } from "./documentation-values.ts";
import {
  codePenalty,
  findNationalIds,
  headedIdCell,
  indianPans,
  personalIdWords,
  personalTaxIdWords,
  personLookupUrl,
  personnelRowCell,
  soleLongNumber,
} from "./national-ids.ts";

// Passport numbers of common countries. None carries a checksum in its printed form, so a
// shape only counts beside a word for passport, or alone in a form that asks for one.
// biome-ignore format: one shape per line reads better
const passportShapes: readonly RegExp[] = [
  /^\d{9}$/, // US (older books), GB
  /^[A-Z]\d{8}$/, // US next generation
  /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}$/, // DE
  /^\d{2}[A-Z]{2}\d{5}$/, // FR
  /^[A-Z]{3}\d{6}$/, // ES
  /^[A-Z]{2}\d{7}$/, // IT
  /^[A-Z]\d{7}$/, // IN
  /^[A-Z]{2}\d{6}$/, // CA
  /^[A-Z]{2}[A-Z0-9]{6}\d$/, // NL
];

const germanPassport = /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}$/;
// A German serial may hold no digit at all ("CFXVZPZPP"): its first letter is one of the series letters
// and the rest come from an alphabet without vowels, so no word of any language is written so.
const germanPassportOfLetters = /^[CFGHJK][CFGHJKLMNPRTVWXYZ]{8}$/;
const dutchPassport = /^[A-Z]{2}[A-Z0-9]{6}\d$/;

const passportWord =
  /(?<![\p{L}\p{N}])(?:passport|passports|passport number|pasaporte|passaporte|passeport|reisepass|reisepassnummer|passnummer|passaporto|paspoort|paspoortnummer|pas[ -]?nummer|paspoort[ -]?nr|paszport|paszportu|passi|passinumero|passnummer|pasaport|pasaportu|passeportnummer|cestovní pas|cestovního pasu|cestovný pas|útlevél|útlevélszám|pașaport|paşaport|pașaportul|putovnica|putovnice|potni list|διαβατήριο|διαβατηρίου|паспорт|паспорта|旅券|旅券番号|パスポート|パスポート番号|护照|护照号码|護照|護照號碼|여권|여권번호|جواز السفر|جواز سفر|דרכון|पासपोर्ट|หนังสือเดินทาง|hộ chiếu|paspor|pasport|passin|číslo pasu|čísla pasu|pașaportului|paşaportului|pasoš|pasoša|pasoša broj|pases numurs|paso numeris|passeports|pasaportes|passaportes|passaporti|paspoorten|paszporty|reisepässe|pass(?=[ -]?(?:no\b|nr\b|#))|pp(?= ?(?:no\b|nr\b|#|number\b)))(?![\p{L}\p{N}])/iu;
const passportWords = new RegExp(passportWord.source, "giu");

// The countries whose passport formats validator knows, tried after a word for passport.
// biome-ignore format: a list of codes reads better packed
const passportCountries = ["AM", "AR", "AT", "AU", "AZ", "BE", "BG", "BR", "BY", "CA", "CH", "CN", "CY", "CZ", "DE", "DK", "DZ", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IN", "ID", "IR", "IS", "IT", "JM", "JP", "KR", "KZ", "LI", "LT", "LU", "LV", "LY", "MT", "MZ", "MY", "MX", "NL", "NZ", "PH", "PK", "PL", "PT", "RO", "RU", "SE", "SL", "SK", "TH", "TR", "UA", "US", "ZA"];

/** After a word for passport, any country's format will do, if it holds a digit and is 7–10 long. */
function isLabelledPassportShape(value: string): boolean {
  if (isPassportShape(value) || germanPassportOfLetters.test(value)) return true;
  if (value.length < 7 || value.length > 10 || !/\d/.test(value)) return false;
  return passportCountries.some((country) => validator.isPassportNumber(value, country));
}

function isPassportShape(value: string): boolean {
  if (value.length < 8 || value.length > 9) return false;
  // At least five digits: product codes and words in capitals have fewer.
  let digits = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) digits++;
  if (digits >= 5) return passportShapes.some((shape) => shape.test(value));
  // German and Dutch books mix letters and digits freely: one digit is enough for those shapes.
  return digits >= 1 && (germanPassport.test(value) || dutchPassport.test(value));
}

/**
 * Passport numbers: the first passport-shaped token within a few words after
 * "passport" (or its word in es, fr, de, it, nl), or a passport-shaped value
 * typed alone into a form for identity documents.
 */
export const findPassports: Detector = ({ text, form, code, profile }) => {
  const spans: Span[] = [];
  if (passportWord.test(text)) {
    passportWords.lastIndex = 0;
    for (let match = passportWords.exec(text); match !== null; match = passportWords.exec(text)) {
      const wordEnd = match.index + match[0].length;
      const found = passportAfterWord(text, wordEnd, code);
      if (found !== undefined) spans.push(found);
      // "passports: Anna C4KX7R2L9, Ben CF7X3K9P1": after a plural, every number of the clause is one.
      if (found !== undefined && pluralPassportWord.test(match[0]))
        for (const more of passportsLaterInClause(text, found.end, passportListChars))
          spans.push(identitySpan(more.start, more.end, "passport", code ? 0.5 : 0.8));
    }
    spans.push(...documentNumbersOfPassports(text, code));
  } else if (profile.digits >= 5 && profile.letters >= 7) {
    // "passprot number X": typed in a hurry, two neighbouring letters of the word swap.
    for (const wordEnd of swappedPassportWordEnds(text)) {
      const found = passportAfterWord(text, wordEnd, code);
      if (found !== undefined) spans.push(found);
    }
  }
  if (text.includes("<<")) spans.push(...machineReadableZones(text, code));
  // An airline's record says "SSR DOCS" of itself, which is no documentation: its spans skip that test.
  // "doc P <number>" says "doc" of the traveller's document, not of documentation: those spans skip it too.
  const records = [
    ...(text.includes("P/") ? airlinePassportRecords(text, code) : []),
    ...(text.includes("P ") || text.includes("P/") ? documentsOfTypeP(text, code) : []),
  ];
  if (/document/i.test(text)) spans.push(...documentsOfNamedCountries(text, code));
  const alone = text.trim();
  // Typed alone into an identity-document form, the value is as good as labelled: any country's
  // passport format will do, with a letter (a number alone there is more often a tax or staff id).
  // In a travel form (visa, passenger details) the passport is what is asked for: eight or nine
  // digits, or eight or nine capitals and digits with a digit among them, will do too.
  const travelValue =
    form === "travel" &&
    /^(?:\d{8,9}|(?=[A-Z0-9]{8,9}$)[A-Z]{0,8}\d[A-Z0-9]{0,8})$/.test(alone.toUpperCase());
  if (travelValue) {
    const start = text.indexOf(alone);
    spans.push(identitySpan(start, start + alone.length, "passport", /^\d+$/.test(alone) ? 0.65 : 0.75));
  } else if (
    (form === "identity" || form === "travel") &&
    /[A-Z]/i.test(alone) &&
    isLabelledPassportShape(alone.toUpperCase())
  ) {
    const start = text.indexOf(alone);
    spans.push(
      identitySpan(
        start,
        start + alone.length,
        "passport",
        isPassportShape(alone.toUpperCase()) ? 0.75 : 0.65,
      ),
    );
  }
  // In a short message typed into a travel form, a passport-shaped token of capitals and digits is the
  // passport the form asks for, whatever words surround it (a misspelt "passpeort", "for the visa letter").
  if (form === "travel" && spans.length === 0 && text.length <= 200 && profile.digits >= 5)
    spans.push(...passportsInTravelMessage(text, code));
  // Both kinds of row hold a capital (a number's letter or a nationality) and a date's eight digits or more;
  // in a list of travellers the number may be digits only beside a name in a script without capitals.
  if (
    (profile.upper >= 1 || form === "travel") &&
    profile.digits >= 9 &&
    (text.includes("\t") || text.includes(",") || text.includes(";"))
  )
    spans.push(
      ...documentsAfterNationality(text, code),
      ...documentsOfTravellers(text, code, form === "travel"),
    );
  return [...withoutPlaceholders(text, spans), ...records];
};

/** The passport number after a word for passport ending at `wordEnd`: right after it, on the line below, or later in its clause. */
function passportAfterWord(text: string, wordEnd: number, code: boolean): Span | undefined {
  // "passport number: X", "passport no. X", "Reisepass X": the value follows within a few short words.
  const window = text.slice(wordEnd, wordEnd + 40);
  const value = passportValue.exec(window);
  const token = value?.[1]?.toUpperCase();
  if (value !== null && token !== undefined && isLabelledPassportShape(token)) {
    const start = wordEnd + value[0].length - token.length;
    return identitySpan(start, start + token.length, "passport", code ? 0.55 : 0.9);
  }
  const grouped = groupedPassportAfterLabel(window);
  if (grouped !== undefined)
    return identitySpan(wordEnd + grouped.start, wordEnd + grouped.end, "passport", code ? 0.55 : 0.85);
  const below = passportNumberLineBelow(text, wordEnd);
  if (below !== undefined) return identitySpan(below.start, below.end, "passport", code ? 0.55 : 0.85);
  const later = passportLaterInClause(text, wordEnd);
  return later === undefined ? undefined : identitySpan(later.start, later.end, "passport", code ? 0.5 : 0.8);
}

// The labels that may stand between a word for passport and its number ("number", "no.", ":").
const passportLabels =
  /^(?:\s*(?:number|no\.?|nr\.?|n°|nº|n\.|num(?:ber|éro)?|#|is|:|：|-|,|número|numero|nummer|de|du|do|di))*\s*/iu;
// A number printed in groups: two to four groups of capitals and digits, one space apart.
const passportGroups = /^[A-Z0-9]{1,6}(?: [A-Z0-9]{1,7}){1,3}/u;

/**
 * "Passport No: 548 390 216", "passport: 12 AB 34567": groups of capitals and digits right after the
 * word and its labels that, run together, are a passport of some country. Fewer groups are tried when
 * more do not fit ("548 390 216 issued 2022"); groups of digits that make a date are a date.
 */
function groupedPassportAfterLabel(window: string): { start: number; end: number } | undefined {
  const labels = passportLabels.exec(window);
  const from = labels === null ? 0 : labels[0].length;
  const groups = passportGroups.exec(window.slice(from));
  if (groups === null) return undefined;
  const parts = groups[0].split(" ");
  for (let count = parts.length; count >= 2; count--) {
    const taken = parts.slice(0, count);
    const joined = taken.join(" ");
    const after = window.charAt(from + joined.length);
    if (/[\p{L}\p{N}]/u.test(after)) continue;
    const compact = taken.join("");
    if (compact.replace(/\D/g, "").length < 2 || !isLabelledPassportShape(compact)) continue;
    const widths = taken.map((part) => (/^\d+$/.test(part) ? String(part.length) : "x")).join(",");
    if (widths === "2,2,4" || widths === "4,2,2" || widths === "2,2,2") continue;
    return { start: from, end: from + joined.length };
  }
  return undefined;
}

// The words for passport most often typed, to be recognised with two neighbouring letters swapped.
const swappablePassportWords = [
  "passport",
  "passeport",
  "pasaporte",
  "passaporto",
  "paspoort",
  "reisepass",
  "reisepassnummer",
  "passnummer",
  "paszport",
];
const letterRun = /\p{L}{8,15}/gu;

/** Ends of the words for passport typed with two neighbouring letters swapped ("passprot", "Reisepsas"). */
function swappedPassportWordEnds(text: string): number[] {
  const ends: number[] = [];
  letterRun.lastIndex = 0;
  for (let match = letterRun.exec(text); match !== null; match = letterRun.exec(text)) {
    const word = match[0].toLowerCase();
    if (swappablePassportWords.some((meant) => isOneSwapOf(word, meant)))
      ends.push(match.index + match[0].length);
  }
  return ends;
}

// A traveller's row with no nationality: a name (two to four words, any script), a document number with
// letters, and a date (its expiry), in cells of a table or a CSV line ("Frauke Stein\tNK3366642\t11.10.2026").
const travellerRow =
  /(?:^|\n)[ \t]*(\p{L}[\p{L}'’.-]{0,30}(?: \p{L}[\p{L}'’.-]{0,30}){1,3})(\t|[,;|] ?)([A-Z0-9]{7,10})\2(?:\d{4}-\d{2}-\d{2}|\d{2}[./]\d{2}[./]\d{4})(?![\p{N}])/gu;
// A row that names a firm, a team or a product is not a traveller's.
const notTraveller =
  /(?<![\p{L}])(?:ltd|gmbh|inc|llc|plc|corp|sa|sl|bv|ag|team|order|invoice|sprint|release|project|build|pro|plus|lite|ultra|kit|pack|bundle|edition|model|series)(?![\p{L}])/iu;

function documentsOfTravellers(text: string, code: boolean, travelForm: boolean): Span[] {
  const spans: Span[] = [];
  travellerRow.lastIndex = 0;
  for (let match = travellerRow.exec(text); match !== null; match = travellerRow.exec(text)) {
    const [, name = "", , number = ""] = match;
    // A name in capitals is a heading or a code; a name in a script without case (Arabic, Georgian) is not.
    const inCapitals = name === name.toUpperCase() && name !== name.toLowerCase();
    if (notTraveller.test(name) || inCapitals) continue;
    // A list of travellers (its title says so) asks for their passports: any country's shape will do,
    // with five digits or more. Elsewhere the number needs a letter and one of the common shapes.
    const shaped = travelForm
      ? number.replace(/\D/g, "").length >= 5 && isLabelledPassportShape(number)
      : /[A-Z]/.test(number) && isPassportShape(number);
    if (!shaped) continue;
    const start = match.index + match[0].indexOf(number, match[0].indexOf(name) + name.length);
    spans.push(identitySpan(start, start + number.length, "passport", code ? 0.45 : 0.7));
  }
  return spans;
}

// A traveller's row: nationality as ICAO 9303 writes it (ISO 3166 alpha-3, or D), then the document
// number, then an expiry date, in cells of a table or a CSV line ("Ana Ruiz\tESP\tPCF992275\t2034-09-27").
// The expiry may name its month, in the offices' languages ("12 Oct 2030", "3 Mai 2031", "15 déc. 2031").
const nationalityThenNumber =
  /(?<![\p{L}\p{N}])([A-Z]{3}|D)(?:\t|[,;|] ?)([A-Z0-9]{6,10})(?:\t|[,;|] ?)(\d{4}-\d{2}-\d{2}|\d{2}[./]\d{2}[./]\d{4}|\d{1,2}\.? (\p{L}{3,10})\.? \d{4})(?![\p{N}])/gu;
// The first letters of the months' names in en, de, fr, es, it, nl and pt.
const monthNameStarts = new Set(
  "jan feb mar apr may jun jul aug sep oct nov dec mär mai okt dez fév fev avr aoû aou déc ene abr ago dic gen mag giu lug set ott mrt mei out dez".split(
    " ",
  ),
);

function documentsAfterNationality(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  nationalityThenNumber.lastIndex = 0;
  for (
    let match = nationalityThenNumber.exec(text);
    match !== null;
    match = nationalityThenNumber.exec(text)
  ) {
    const [, nationality = "", number = "", , month] = match;
    if (month !== undefined && !monthNameStarts.has(month.slice(0, 3).toLowerCase())) continue;
    // ICAO 9303 writes Germany as "D"; every other state by its ISO 3166 alpha-3 code.
    const state = nationality === "D" || validator.isISO31661Alpha3(nationality);
    if (!state || !/\d/.test(number) || !isLabelledPassportShape(number)) continue;
    const start = match.index + match[0].indexOf(number, nationality.length);
    spans.push(identitySpan(start, start + number.length, "passport", code ? 0.5 : 0.8));
  }
  return spans;
}

// "passport number: X", "passport no. X", "Reisepass X", "Ireland passport, X", "passaporto n. X": the value
// follows within a few short words.
const passportValue =
  /^(?:\s*(?:number|no\.?|nr\.?|n°|nº|n\.|num(?:ber|éro)?|#|is|:|：|-|,|número|numero|nummer|de|du|do|di|番号|번호|号码|號碼|رقم))*\s*([A-Z0-9]{7,10})(?![\p{L}\p{N}])/iu;

// A booking or visa form names the document's type on one line and its number on another.
const documentNumberLabel =
  /(?<![\p{L}\p{N}])(?:document (?:number|no\.?|#)|doc(?:ument)? (?:no\.?|nr\.?|#)|número de documento|numéro (?:du|de) document|dokumentennummer|documentnummer)\s*[:#]?\s*([A-Z0-9]{7,10})(?![\p{L}\p{N}])/giu;

/** In a text that names a passport, the value of a "document number" field is its number. */
function documentNumbersOfPassports(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  documentNumberLabel.lastIndex = 0;
  for (let match = documentNumberLabel.exec(text); match !== null; match = documentNumberLabel.exec(text)) {
    const token = match[1]?.toUpperCase();
    if (token === undefined || !isLabelledPassportShape(token)) continue;
    const start = match.index + match[0].length - token.length;
    spans.push(identitySpan(start, start + token.length, "passport", code ? 0.55 : 0.85));
  }
  return spans;
}

// A profile or a booking shows the document as a heading ("Passport • Ireland", "Passport (United
// Kingdom)") and its number on the next line under a label ("Number G99261696", "No. 304033281").
const numberLineBelow =
  /^[^\n\d]{0,40}\n[ \t]*(?:number|no\.?|nr\.?|n°|nº|num(?:éro|ero)|número|nummer|番号|번호)[ \t]*[:#：]?[ \t]*([A-Z0-9]{7,10})(?![\p{L}\p{N}])/iu;

/** The number on the line below a heading that names a passport, after its label. */
function passportNumberLineBelow(text: string, from: number): { start: number; end: number } | undefined {
  const window = text.slice(from, from + 120);
  const match = numberLineBelow.exec(window);
  const token = match?.[1];
  if (
    match === null ||
    token === undefined ||
    !/\d/.test(token) ||
    !isLabelledPassportShape(token.toUpperCase())
  )
    return undefined;
  const start = from + match[0].length - token.length;
  return { start, end: start + token.length };
}

// How far after a word for passport its number is looked for when other words come between.
const passportClauseChars = 64;

/**
 * "numéro de passeport of each guest: Loris Rougemont S9086390", "Reisepassnummer — mine is
 * F16JKMYHF": the first token of the same clause, after the word, that is 7–10 capitals and
 * digits with at least two digits and a passport format of some country.
 */
function passportLaterInClause(text: string, from: number): { start: number; end: number } | undefined {
  const window = text.slice(from, from + passportClauseChars);
  // "passport no. of each guest", "Pass-Nr. — mine is …": the full stop of "no." or "Nr." abbreviates; it ends no clause.
  const clauseEnd = window.search(clauseBreak);
  const clause = clauseEnd === -1 ? window : window.slice(0, clauseEnd);
  clauseToken.lastIndex = 0;
  for (let match = clauseToken.exec(clause); match !== null; match = clauseToken.exec(clause)) {
    const token = match[0];
    // German and Dutch books may hold a single digit ("CH6LWYNWT"); other shapes need two.
    const digits = token.replace(/\D/g, "").length;
    const oneDigitBook = digits === 1 && (germanPassport.test(token) || dutchPassport.test(token));
    if ((digits < 2 && !oneDigitBook) || !isLabelledPassportShape(token)) continue;
    // "order 48213377", "ticket 4821337": a number another word names is that thing's number.
    if (otherNumberWord.test(clause.slice(Math.max(0, match.index - 12), match.index))) continue;
    return { start: from + match.index, end: from + match.index + token.length };
  }
  return undefined;
}
const pluralPassportWord =
  /^(?:passports|passeports|pasaportes|passaportes|passaporti|paspoorten|paszporty|reisepässe)$/iu;
// How far after a plural word for passports the numbers of its list are looked for.
const passportListChars = 160;

/** Every passport-shaped token of the clause that starts at `from`, each as `passportLaterInClause` takes the first. */
function passportsLaterInClause(text: string, from: number, reach: number): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let next = from;
  while (next < from + reach) {
    const later = passportLaterInClause(text, next);
    if (later === undefined) break;
    found.push(later);
    next = later.end;
  }
  return found;
}

/** Passport-shaped tokens with a letter (8–9 long, five digits or a German or Dutch book), not another thing's number. */
function passportsInTravelMessage(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  clauseToken.lastIndex = 0;
  for (let match = clauseToken.exec(text); match !== null; match = clauseToken.exec(text)) {
    const token = match[0];
    if (!/[A-Z]/.test(token) || !isPassportShape(token)) continue;
    if (otherNumberWord.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    spans.push(identitySpan(match.index, match.index + token.length, "passport", code ? 0.45 : 0.7));
  }
  return spans;
}

const clauseBreak = /(?<!(?:^|[^\p{L}])(?:no|nr|nº|n°|num|exp|approx|incl|ca|e\.g|i\.e))[.!?;]\s|\n/iu;
// Whole words only: "hotel" ends in "tel" and "showcase" in "case", and neither names a number.
const otherNumberWord =
  /(?<![\p{L}])(?:order|ticket|invoice|ref|booking|tracking|case|job|build|phone|tel|pedido|commande|bestellung)\W{0,3}(?:no\.?|nr\.?|#)?\W{0,2}$/iu;
const clauseToken = /(?<![\p{L}\p{N}])[A-Z0-9]{7,10}(?![\p{L}\p{N}])/gu;

// An airline's record of a traveller's passport (SSR DOCS, APIS): P, issuing state, number,
// nationality, birth date, sex, expiry, surname, given names ("P/DEU/C4KX7R2L9/DEU/12MAR88/M/01MAY31/BERG/JONAS").
const airlinePassportRecord =
  /(?<![\p{L}\p{N}/])P\/([A-Z]{3})?\/([A-Z0-9]{5,15})\/([A-Z]{3})\/(\d{2})([A-Z]{3})\d{2}\/(?:[MFXU]I?)\/(\d{2})([A-Z]{3})\d{2}\//gu;
const monthAbbreviations = new Set([
  "JAN",
  "FEB",
  "MAR",
  "APR",
  "MAY",
  "JUN",
  "JUL",
  "AUG",
  "SEP",
  "OCT",
  "NOV",
  "DEC",
]);

/** The number of an airline's passport record, whose two dates are real days of named months. */
function airlinePassportRecords(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  airlinePassportRecord.lastIndex = 0;
  for (
    let match = airlinePassportRecord.exec(text);
    match !== null;
    match = airlinePassportRecord.exec(text)
  ) {
    const [, , number = "", , birthDay = "", birthMonth = "", expiryDay = "", expiryMonth = ""] = match;
    const realDay = (day: string) => Number(day) >= 1 && Number(day) <= 31;
    if (!monthAbbreviations.has(birthMonth) || !monthAbbreviations.has(expiryMonth)) continue;
    if (!realDay(birthDay) || !realDay(expiryDay) || !/\d/.test(number) || placeholderDigits(number))
      continue;
    const start = match.index + match[0].indexOf(`/${number}/`) + 1;
    spans.push(identitySpan(start, start + number.length, "passport", code ? 0.6 : 0.9));
  }
  return spans;
}

// ICAO 9303 codes a travel document by its kind, P for a passport: the MRZ opens with it, an airline's
// DOCS record and the APIS lines booking tools print say "doc P <number>", "DOCS P GBR <number>",
// "Document: P / <number>". The letter after a document's word names the book, and the number after it
// (an issuing state's three letters may come between) is the passport's.
const documentOfTypeP =
  /(?<![\p{L}\p{N}])(?:[Dd]ocs?|DOCS?|[Dd]ocument|DOCUMENT|[Dd]okument|[Dd]ocumento)[ \t]{0,2}[:.]?[ \t]{0,2}P[ \t]{0,2}[/:·-]?[ \t]{0,2}(?:[A-Z]{3}[ \t]{0,2}[/ ][ \t]{0,2})?([A-Z0-9]{6,10})(?![\p{L}\p{N}])/gu;

function documentsOfTypeP(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  documentOfTypeP.lastIndex = 0;
  for (let match = documentOfTypeP.exec(text); match !== null; match = documentOfTypeP.exec(text)) {
    const number = match[1] ?? "";
    // Two digits at least: a word in capitals with a version ("ROADMAP2") is no book's number.
    if (!/\d\D*\d/.test(number) || !isLabelledPassportShape(number) || placeholderDigits(number)) continue;
    const start = match.index + match[0].length - number.length;
    spans.push(identitySpan(start, start + number.length, "passport", code ? 0.5 : 0.85));
  }
  return spans;
}

/** Ten characters: a document's nine and its ICAO 9303 check digit last. */
function hasDocumentCheckDigit(value: string): boolean {
  return /^[A-Z0-9]{9}\d$/.test(value) && mrzCheckDigit(value.slice(0, 9)) === Number(value.charAt(9));
}

/** ICAO 9303 check digit: weights 7, 3, 1; digits their value, A–Z 10–35, the filler `<` zero. */
export function mrzCheckDigit(field: string): number {
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const code = field.charCodeAt(i);
    const value = code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 90 ? code - 55 : 0;
    sum += value * (i % 3 === 0 ? 7 : i % 3 === 1 ? 3 : 1);
  }
  return sum % 10;
}

// A passport's (TD3) or a visa's second MRZ line: number, check, nationality, birth date, check,
// sex, expiry, check. The first line: P, a type, the issuing state and SURNAME<<GIVEN<NAMES.
const mrzSecondLine = /^([A-Z0-9<]{9})(\d)([A-Z<]{3})(\d{6})(\d)([MFX<])(\d{6})(\d)[A-Z0-9<]{8,16}$/;
const mrzFirstLine = /^P[A-Z<][A-Z<]{3}([A-Z<]{31,39})$/;

/**
 * A machine-readable zone copied from a scan: its three check digits (document number, birth
 * date, expiry) must all hold, so random capitals never pass. The number is a passport number
 * and the first line's name field is the holder's name.
 */
function machineReadableZones(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  // ICAO 9303's specimens are issued by Utopia (UTO), a state that does not exist; documentation
  // and parser tests copy them, and "specimen" (Muster, spécimen) says the same of any other.
  const specimen = /(?<![\p{L}\p{N}])(?:specimen|spécimen|muster|especimen|espécimen)(?![\p{L}\p{N}])/iu.test(
    text,
  );
  let lineStart = 0;
  let previous: { start: number; text: string } | undefined;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    const at = lineStart + text.slice(lineStart, lineEnd).indexOf(line);
    const second = line.length === 36 || line.length === 44 ? mrzSecondLine.exec(line) : null;
    if (
      second !== null &&
      !specimen &&
      second[3] !== "UTO" &&
      mrzCheckDigit(second[1] ?? "") === Number(second[2]) &&
      mrzCheckDigit(second[4] ?? "") === Number(second[5]) &&
      mrzCheckDigit(second[7] ?? "") === Number(second[8])
    ) {
      const number = (second[1] ?? "").replace(/<+$/, "");
      // With its first line above, the zone is one record of the holder (name, number, nationality,
      // birth date, sex, expiry) and is reported as one passport span from the name to the end of the
      // second line; a second line alone gives the number.
      const first = previous === undefined ? null : mrzFirstLine.exec(previous.text);
      const name = first?.[1]?.replace(/<+$/, "");
      const from = previous !== undefined && name !== undefined && name.length >= 2 ? previous.start + 5 : at;
      const to = from === at ? at + number.length : at + line.length;
      spans.push(identitySpan(from, to, "passport", code ? 0.6 : 0.95));
    }
    // An identity card's MRZ (TD1, three lines of 30): the document number on the first line, the
    // birth and expiry dates on the second, each with its check digit.
    const td1Second = line.length === 30 ? td1SecondLine.exec(line) : null;
    const td1First =
      previous !== undefined && previous.text.length === 30 ? td1FirstLine.exec(previous.text) : null;
    if (
      previous !== undefined &&
      td1First !== null &&
      td1Second !== null &&
      !specimen &&
      td1First[1] !== "UTO" &&
      mrzCheckDigit(td1First[2] ?? "") === Number(td1First[3]) &&
      mrzCheckDigit(td1Second[1] ?? "") === Number(td1Second[2]) &&
      mrzCheckDigit(td1Second[3] ?? "") === Number(td1Second[4])
    ) {
      const number = (td1First[2] ?? "").replace(/<+$/, "");
      spans.push(
        identitySpan(
          previous.start + 5,
          previous.start + 5 + number.length,
          "national-id",
          code ? 0.6 : 0.95,
        ),
      );
    }
    previous = { start: at, text: line };
    lineStart = lineEnd + 1;
  }
  return spans;
}

// TD1: document code (I, A or C), type, issuing state, document number, its check digit, optional data.
const td1FirstLine = /^[IAC][A-Z<]([A-Z<]{3})([A-Z0-9<]{9})(\d)[A-Z0-9<]{15}$/;
// Birth date, check, sex, expiry, check, nationality, optional data, overall check.
const td1SecondLine = /^(\d{6})(\d)[MFX<](\d{6})(\d)[A-Z<]{3}[A-Z0-9<]{11}\d$/;

// Country names in the offices' languages, to the codes whose passport formats validator knows.
let countryCodesByName: Map<string, string> | undefined;

function countryCodeNamed(name: string): string | undefined {
  if (countryCodesByName === undefined) {
    countryCodesByName = new Map([
      ["uk", "GB"],
      ["usa", "US"],
      ["us", "US"],
    ]);
    for (const language of ["en", "de", "fr", "es"]) {
      const names = new Intl.DisplayNames([language], { type: "region" });
      for (const country of passportCountries) {
        countryCodesByName.set(names.of(country)?.toLowerCase() ?? country, country);
        countryCodesByName.set(country.toLowerCase(), country);
      }
    }
  }
  return countryCodesByName.get(name.toLowerCase());
}

// "Document: QI8423922 / Italy", "Travel document: X (Canada)": a number and the country issuing it.
const documentWithCountry =
  /(?<![\p{L}\p{N}])(?:travel |identity |id )?document(?: (?:number|no\.?|nr\.?|#))?\s*:\s*([A-Z0-9]{6,10})\s*(?:\/|\(|,)\s*(\p{L}[\p{L} .'-]{1,30}?)\s*\)?(?=$|\n|[,;.]\s)/giu;

/** A document number that fits the passport format of the country named right after it. */
function documentsOfNamedCountries(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  documentWithCountry.lastIndex = 0;
  for (let match = documentWithCountry.exec(text); match !== null; match = documentWithCountry.exec(text)) {
    const token = match[1] ?? "";
    const country = countryCodeNamed(match[2] ?? "");
    if (country === undefined || !/\d/.test(token) || !validator.isPassportNumber(token, country)) continue;
    const start = match.index + match[0].indexOf(token);
    spans.push(identitySpan(start, start + token.length, "passport", code ? 0.55 : 0.85));
  }
  return spans;
}

/**
 * Whether a checked number is given as the value asked for: typed alone into an identity form (or
 * the whole value of one of its URL's fields), the one long number of a short message written in
 * such a form's place, or a cell of a personnel row.
 */
function filledInForm(
  text: string,
  start: number,
  end: number,
  identityForm: boolean,
  personLookup = false,
): boolean {
  return (
    (identityForm && (filledAlone(text, start, end) || soleLongNumber(text))) ||
    (personLookup && filledAlone(text, start, end)) ||
    personnelRowCell(text, start, end) ||
    headedIdCell(text, start, end)
  );
}

function identitySpan(start: number, end: number, detector: "passport" | "national-id", score: number): Span {
  return { start, end, category: "pii", detector, score: clampScore(score) };
}

/** German tax id (Steuerliche Identifikationsnummer): 11 digits, ISO 7064 MOD 11,10 check digit. */
export function isValidGermanTaxId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(digits.charAt(i)) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === Number(digits.charAt(10));
}

/** Dutch citizen service number (BSN): 9 digits passing the "eleven test". */
export function isValidDutchBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits.startsWith("0")) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits.charAt(i)) * (9 - i);
  return (sum - Number(digits.charAt(8))) % 11 === 0;
}

const taxIdWords = wordMatcher([
  "steuer-id",
  "steuerid",
  "steuer-idnr",
  "idnr",
  "steueridentifikationsnummer",
  "identifikationsnummer",
  "tin",
  "tax id",
]);
const bsnWords = wordMatcher(["bsn", "burgerservicenummer", "sofinummer", "citizen service number"]);

const sinWords = wordMatcher([
  "sin",
  "social insurance",
  "social insurance number",
  "nas",
  "assurance sociale",
  "numéro d'assurance sociale",
]);

/**
 * Canadian social insurance number: nine digits (`046 454 286`, `046-454-286`) passing the
 * Luhn check (validator's `isTaxID` for en-CA), beside its name: a tenth of nine-digit numbers pass.
 */
function findCanadianSins(input: DetectionInput): Span[] {
  const { text, code } = input;
  const spans: Span[] = [];
  for (const groups of spaceOrHyphenDigitRuns(input)) {
    const first = groups[0];
    const last = groups[groups.length - 1];
    if (first === undefined || last === undefined) continue;
    const widths = groups.map((group) => group.end - group.start).join(",");
    if ((widths !== "9" && widths !== "3,3,3") || !standsAlone(text, first.start, last.end)) continue;
    const digits = digitString(text, first.start, last.end);
    if (!validator.isTaxID(digits, "en-CA")) continue;
    // Beside its name, or as a cell of a personnel row written as SINs are, in three groups.
    const named = sinWords(surroundings(text, first.start, last.end));
    if (!named && !(widths === "3,3,3" && personnelRowCell(text, first.start, last.end, true))) continue;
    spans.push(identitySpan(first.start, last.end, "national-id", code ? 0.6 : named ? 0.9 : 0.7));
  }
  return spans;
}

// Italian codice fiscale: surname and name consonants, birth year, month letter, day (+40 for
// women), birthplace code, check letter; digits may be swapped for letters (omocodia).
const fiscalCodeShape =
  /(?<![\p{L}\p{N}])[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![\p{L}\p{N}])/gu;

/**
 * Its shape and check letter (validator's `isTaxID` for it-IT, which also checks the birth date)
 * make a codice fiscale certain without a word beside it.
 */
function findItalianFiscalCodes(text: string, code: boolean): Span[] {
  if (text.length < 16) return [];
  const spans: Span[] = [];
  fiscalCodeShape.lastIndex = 0;
  for (let match = fiscalCodeShape.exec(text); match !== null; match = fiscalCodeShape.exec(text)) {
    if (!validator.isTaxID(match[0], "it-IT") && !hasFiscalCodeCheckLetter(match[0])) continue;
    spans.push(identitySpan(match.index, match.index + 16, "national-id", code ? 0.6 : 0.9));
  }
  return spans;
}

// The codice fiscale's check letter: characters in odd positions count by this table, in even
// positions by their value (digits 0–9, letters 0–25); the sum mod 26 is the letter.
const fiscalOddValues = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/**
 * The check letter of a codice fiscale, and a day of 1–31 (41–71 for women). Codes are printed
 * and copied with their check letter right even where the date was mistyped, which validator's
 * stricter check (a real calendar date) turns away.
 */
export function hasFiscalCodeCheckLetter(code: string): boolean {
  if (code.length !== 16) return false;
  const omocodia = "LMNPQRSTUV";
  const digitOf = (char: string) => (/\d/.test(char) ? Number(char) : omocodia.indexOf(char));
  const day = digitOf(code.charAt(9)) * 10 + digitOf(code.charAt(10));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const char = code.charAt(i);
    const value = /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (fiscalOddValues[value] ?? 0) : value;
  }
  return String.fromCharCode(65 + (sum % 26)) === code.charAt(15);
}

/** A calendar date of a two-digit year: month 1–12 and a day that month can have (29 February allowed). */
function isDayOfYear(month: number, day: number): boolean {
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/**
 * Polish PESEL: birth date (the month plus 20, 40, 60 or 80 for other centuries), serial, and a
 * check digit weighted 1, 3, 7, 9.
 */
export function isValidPesel(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4)) % 20;
  if (!isDayOfYear(month, Number(digits.slice(4, 6)))) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits.charAt(i)) * (weights[i] ?? 0);
  return (10 - (sum % 10)) % 10 === Number(digits.charAt(10));
}

/**
 * Belgian national register number (Rijksregisternummer, numéro de registre national): birth date
 * YYMMDD (month or day 00 when unknown), a serial, and a key of 97 minus the first nine digits mod
 * 97 (with a 2 in front of them for those born from 2000).
 */
export function isValidBelgianNationalNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (month > 12 || day > 31) return false;
  const key = Number(digits.slice(9));
  const body = Number(digits.slice(0, 9));
  return 97 - (body % 97) === key || 97 - ((2_000_000_000 + body) % 97) === key;
}

/** Swedish personnummer: YYMMDD (day plus 60 for a coordination number), four digits, Luhn over all ten. */
export function isValidSwedishPersonnummer(digits: string): boolean {
  const ten = digits.length === 12 ? digits.slice(2) : digits;
  if (!/^\d{10}$/.test(ten)) return false;
  const day = Number(ten.slice(4, 6));
  if (!isDayOfYear(Number(ten.slice(2, 4)), day > 60 ? day - 60 : day)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const doubled = Number(ten.charAt(i)) * (i % 2 === 0 ? 2 : 1);
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}

// How far back a value's label before its colon is read: the id's word and what it is for.
const maxLabelLength = 80;

/**
 * `around` with the label of the value at `start` when a colon closes it on the same line: "Mitt
 * personnummer till Skatteverket-blanketten: 821123-1702" names the id further back than the words
 * around it reach.
 */
export function withLabelBefore(text: string, start: number, around: string): string {
  let colon = start;
  while (colon > 0 && (text.charAt(colon - 1) === " " || text.charAt(colon - 1) === "\t")) colon--;
  if (text.charAt(colon - 1) !== ":") return around;
  // The label is read within its bound only: a search for the line's start that ran back to the text's start
  // made a long line of clock times ("9:00 …", each colon followed by digits) quadratic.
  const label = text.slice(Math.max(0, colon - 1 - maxLabelLength), colon - 1);
  return `${label.slice(label.lastIndexOf("\n") + 1).toLowerCase()} ${around}`;
}

const peselWords = wordMatcher(["pesel"]);
const belgianNumberWords = wordMatcher([
  "rijksregisternummer",
  "rijksregister",
  "registre national",
  "numéro national",
  "niss",
  "insz",
  "national register",
  "national number",
]);
const personnummerWords = wordMatcher(["personnummer", "personnr", "samordningsnummer", "person number"]);

/**
 * PESEL, Belgian national numbers and Swedish personnummer, each with its check digit. The Belgian
 * number as printed (`85.07.30-033.28`) is certain by its punctuation and key alone; the others, and
 * the Belgian one written compact, count beside their names or typed alone into an identity form.
 */
function findDatedNationalIds(
  text: string,
  identityForm: boolean,
  code: boolean,
  personLookup: boolean,
  textShowsCode: boolean,
): Span[] {
  const spans: Span[] = [];
  for (const groups of digitGroupRuns(text, ".-+")) {
    const first = groups[0];
    const last = groups[groups.length - 1];
    if (first === undefined || last === undefined || !standsAlone(text, first.start, last.end)) continue;
    const widths = groups.map((group) => group.end - group.start).join(",");
    const digits = digitString(text, first.start, last.end);
    const around = withLabelBefore(text, first.start, surroundings(text, first.start, last.end));
    const alone = filledInForm(text, first.start, last.end, identityForm, personLookup);
    const rowCell = personnelRowCell(text, first.start, last.end);
    let score = 0;
    if (widths === "2,2,2,3,2" && isValidBelgianNationalNumber(digits)) score = 0.85;
    // Compact, a Belgian number needs its word or an identity form, as a PESEL does.
    else if (
      widths === "11" &&
      isValidBelgianNationalNumber(digits) &&
      (belgianNumberWords(around) || alone || personalIdWords(around))
    )
      score = belgianNumberWords(around) ? 0.9 : personalIdWords(around) ? 0.8 : 0.7;
    else if (widths === "11" && isValidPesel(digits))
      score = peselWords(around) ? 0.9 : personalIdWords(around) ? 0.8 : alone ? 0.7 : 0;
    else if ((widths === "6,4" || widths === "8,4") && isValidSwedishPersonnummer(digits))
      score = personnummerWords(around) ? 0.9 : personalIdWords(around) ? 0.8 : alone ? 0.7 : 0;
    // Written compact with its century ("198005059541"), as Swedish payroll and tax systems store it:
    // the date and Luhn check as above, beside its word or as the value asked for.
    else if (widths === "12" && /^(?:19|20)/.test(digits) && isValidSwedishPersonnummer(digits))
      score = personnummerWords(around) ? 0.9 : alone ? 0.7 : 0;
    // Compact without its hyphen ("8711238355"), ten digits are too common a shape to stand alone in a form:
    // beside its word, or under a column headed as a person's id.
    else if (widths === "10" && isValidSwedishPersonnummer(digits))
      score = personnummerWords(around) ? 0.9 : headedIdCell(text, first.start, last.end) ? 0.7 : 0;
    if (code) score -= codePenalty(rowCell, textShowsCode);
    if (score >= 0.5) spans.push(identitySpan(first.start, last.end, "national-id", score));
  }
  return spans;
}

/**
 * National ids with a check digit but no fixed punctuation: German tax ids
 * and Dutch BSNs, counted beside their names or typed alone into an identity
 * form. (SSN, NINO, DNI/NIE and INSEE are in government-ids.ts.)
 */
// The word for a national identity card in the offices' languages.
const idCardWords =
  /(?<![\p{L}\p{N}])(?:id card|identity card|national id card|personalausweis|personalausweisnummer|ausweisnummer|ausweis-nr\.?|carte d'identité|carte nationale d'identité|documento de identidad|documento nacional de identidad|carta d'identità|carta di identità|identiteitskaart|dowód osobisty|dowodu osobistego|cartão de cidadão|henkilökortti|id-kort|identitetskort)(?![\p{L}\p{N}])/giu;
// "ID card number: X", "Personalausweis Nr. X", "numéro de carte d'identité X": the value follows within a few short words.
const idCardValue =
  /^(?:\s{0,3}(?:number|no\.?|nr\.?|n°|nº|num(?:ber|éro)?|#|is|ist|est|es|è|:|-|,|número|nummer))*\s{0,3}([A-Z0-9]{8,12})(?![\p{L}\p{N}])/iu;

/** The number of a national identity card after its word: 8–12 capitals and digits, at least two digits. */
function identityCardNumbers(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  idCardWords.lastIndex = 0;
  for (let match = idCardWords.exec(text); match !== null; match = idCardWords.exec(text)) {
    const from = match.index + match[0].length;
    const value = idCardValue.exec(text.slice(from, from + 48));
    const token = value?.[1];
    if (value === null || token === undefined || token.replace(/\D/g, "").length < 2) continue;
    // Typed in lower case in a chat ("ausweisnummer y2ww3jh7v9"), a card number needs its check digit: nine
    // characters and the ICAO 9303 digit over them, as German identity cards print it.
    if (token !== token.toUpperCase() && !hasDocumentCheckDigit(token.toUpperCase())) continue;
    const start = from + value[0].length - token.length;
    spans.push(identitySpan(start, start + token.length, "national-id", code ? 0.55 : 0.85));
  }
  return spans;
}

// A BSN as Dutch letters and payslips print it: four, two and three digits ("1112.22.333").
const groupedBsn = /(?<![\p{L}\p{N}.])(\d{4})([. ])(\d{2})\2(\d{3})(?![\p{L}\p{N}]|\.\p{N})/gu;

function groupedBsns(text: string, code: boolean, identityForm: boolean): Span[] {
  const spans: Span[] = [];
  groupedBsn.lastIndex = 0;
  for (let match = groupedBsn.exec(text); match !== null; match = groupedBsn.exec(text)) {
    const end = match.index + match[0].length;
    if (!isValidDutchBsn(`${match[1]}${match[3]}${match[4]}`)) continue;
    // Beside its name, or typed alone into an identity form: grouped so, the eleven test holds for a
    // BSN, and no phone, date or amount is written 4-2-3.
    const named = bsnWords(surroundings(text, match.index, end));
    if (!named && !(identityForm && filledAlone(text, match.index, end))) continue;
    spans.push(identitySpan(match.index, end, "national-id", code ? 0.6 : named ? 0.9 : 0.7));
  }
  return spans;
}

export const findCheckedNationalIds: Detector = (input) => {
  if (input.profile.digits < 4) return [];
  // "presonnummer 811218-9876": typed in a hurry, two neighbouring letters of an id's word swap. A swap
  // keeps the text's length, so the repaired text's spans stand at the same offsets.
  const repaired = withSwappedWordsRepaired(input.text, swappableIdWords, swappableLetterRunsOf(input));
  return findNationalIdsChecked(repaired === input.text ? input : { ...input, text: repaired });
};

// The long words for national ids, to be read with two neighbouring letters swapped. Short ones
// (BSN, NIF, SIN) are left alone: swapped, they spell other abbreviations.
const swappableIdWords = [
  "personnummer",
  "pesel",
  "aadhaar",
  "rijksregisternummer",
  "burgerservicenummer",
  "steueridentifikationsnummer",
  "identifikationsnummer",
  "sozialversicherungsnummer",
  "henkilötunnus",
  "fødselsnummer",
  "contribuinte",
  "national",
  "identity",
];
const findNationalIdsChecked: Detector = (input) => {
  const { text, profile, form, code } = input;
  // An Indian PAN holds four digits among its letters.
  const pans = profile.digits >= 4 && profile.upper >= 6 ? indianPans(text, code, form === "identity") : [];
  if (profile.digits < 5) return pans;
  const spans: Span[] = [...pans, ...findItalianFiscalCodes(text, code), ...identityCardNumbers(text, code)];
  if (profile.digits >= 9) spans.push(...groupedBsns(text, code, form === "identity"));
  const identityForm = form === "identity";
  // A search among records of people: its whole query value is looked up as an id is typed into a form.
  const personLookup = profile.digits >= 7 && personLookupUrl(text);
  const textShowsCode = profile.codeMarks >= 2;
  // Irish PPS numbers have seven digits, Australian TFNs eight or nine; the others more.
  if (profile.digits >= 7)
    spans.push(
      ...findNationalIds(text, {
        code,
        identityForm,
        identityPlace: identityForm,
        personLookup,
        textShowsCode,
      }),
    );
  if (profile.digits < 9) return withoutPlaceholders(text, spans);
  spans.push(...findCanadianSins(input));
  spans.push(...findDatedNationalIds(text, identityForm, code, personLookup, textShowsCode));
  // Compact, or as the tax office prints a Steuer-ID: "12 345 678 901".
  for (const groups of digitGroupRuns(text, " ")) {
    const widths = groups.map((group) => group.end - group.start).join(",");
    const first = groups[0];
    const last = groups[groups.length - 1];
    if (first === undefined || last === undefined) continue;
    if (groups.length !== 1 && widths !== "2,3,3,3") continue;
    if (!standsAlone(text, first.start, last.end)) continue;
    const digits = digitString(text, first.start, last.end);
    const around = surroundings(text, first.start, last.end);
    // Typed alone into an identity form, or the whole value of one of its URL's fields.
    const alone = filledInForm(text, first.start, last.end, identityForm, personLookup);
    const rowCell = personnelRowCell(text, first.start, last.end);
    let score = 0;
    if (digits.length === 11 && isValidGermanTaxId(digits))
      score = taxIdWords(around) ? 0.9 : alone ? 0.75 : 0;
    else if (digits.length === 9 && groups.length === 1 && isValidDutchBsn(digits))
      score = bsnWords(around) ? 0.9 : personalTaxIdWords(around) ? 0.8 : alone ? 0.7 : 0;
    if (code) score -= codePenalty(rowCell, textShowsCode);
    if (score >= 0.5) spans.push(identitySpan(first.start, last.end, "national-id", score));
  }
  return withoutPlaceholders(text, spans);
};
