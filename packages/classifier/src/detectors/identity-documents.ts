import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { digitGroupRuns, digitString, standsAlone, surroundings, wordMatcher } from "../text.ts";

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
const dutchPassport = /^[A-Z]{2}[A-Z0-9]{6}\d$/;

const passportWord =
  /(?<![\p{L}\p{N}])(?:passport|passports|pasaporte|passeport|reisepass|passaporto|paspoort)(?![\p{L}\p{N}])/iu;
const passportWords = new RegExp(passportWord.source, "giu");

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
export const findPassports: Detector = ({ text, form, code }) => {
  const spans: Span[] = [];
  if (passportWord.test(text)) {
    passportWords.lastIndex = 0;
    for (let match = passportWords.exec(text); match !== null; match = passportWords.exec(text)) {
      // "passport number: X", "passport no. X", "Reisepass X": the value follows within a few short words.
      const window = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
      const value =
        /^(?:\s*(?:number|no\.?|nr\.?|n°|num(?:ber|éro)?|#|is|:|-|número|nummer|de|du))*\s*([A-Z0-9]{8,9})(?![\p{L}\p{N}])/iu.exec(
          window,
        );
      const token = value?.[1]?.toUpperCase();
      if (value === null || token === undefined || !isPassportShape(token)) continue;
      const start = match.index + match[0].length + value[0].length - token.length;
      spans.push(identitySpan(start, start + token.length, "passport", code ? 0.55 : 0.9));
    }
  }
  const alone = text.trim();
  if (form === "identity" && isPassportShape(alone.toUpperCase()) && /[A-Z]/i.test(alone)) {
    const start = text.indexOf(alone);
    spans.push(identitySpan(start, start + alone.length, "passport", 0.75));
  }
  return spans;
};

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

/**
 * National ids with a check digit but no fixed punctuation: German tax ids
 * and Dutch BSNs, counted beside their names or typed alone into an identity
 * form. (SSN, NINO, DNI/NIE and INSEE are in government-ids.ts.)
 */
export const findCheckedNationalIds: Detector = ({ text, profile, form, code }) => {
  if (profile.digits < 9) return [];
  const spans: Span[] = [];
  const alone = form === "identity" && /^\s*\d{9,11}\s*$/.test(text);
  for (const groups of digitGroupRuns(text, "")) {
    const group = groups[0];
    if (group === undefined || !standsAlone(text, group.start, group.end)) continue;
    const digits = digitString(text, group.start, group.end);
    const around = surroundings(text, group.start, group.end);
    let score = 0;
    if (digits.length === 11 && isValidGermanTaxId(digits))
      score = taxIdWords(around) ? 0.9 : alone ? 0.75 : 0;
    else if (digits.length === 9 && isValidDutchBsn(digits)) score = bsnWords(around) ? 0.9 : 0;
    if (code) score -= 0.3;
    if (score >= 0.5) spans.push(identitySpan(group.start, group.end, "national-id", score));
  }
  return spans;
};
