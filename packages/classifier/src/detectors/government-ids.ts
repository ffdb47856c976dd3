import { type DetectionInput, type Detector, spaceOrHyphenDigitRuns } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { digitString, filledAlone, standsAlone, surroundings, wordMatcher } from "../text.ts";
import { withoutPlaceholders } from "./documentation-values.ts";
import { codePenalty, personnelRowCell } from "./national-ids.ts";

// Every pattern below is built from fixed-width pieces and `?` only: no `*`,
// `+` or open `{n,}`, so a match attempt at one position costs a bounded
// number of steps and a scan of the whole text is linear.

/** US Social Security number rules: area not 000, 666 or 9xx; group not 00; serial not 0000. */
export function isValidSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return false;
  // Numbers the SSA voided after they were printed in advertising.
  return digits !== "078051120" && digits !== "219099999";
}

// The US forms that carry an SSN (wage statements W-2, 1099, withholding W-4, I-9) count as its words.
// biome-ignore format: a word list reads better packed
const ssnWords = wordMatcher([
  "ssn", "ss#", "social security", "social-security", "taxpayer", "tin", "itin", "w2", "w-2", "w4", "w-4",
  "1099", "i-9",
]);
const notSsnWords = wordMatcher(["phone", "tel", "fax", "order", "zip", "invoice", "ticket", "tracking"]);

/**
 * US SSNs: `123-45-6789` or `123 45 6789` on their own, and nine bare digits
 * only when the words around say SSN.
 */
export const findUsSsns: Detector = (input) => {
  const { text, profile, code, form } = input;
  if (profile.digits < 9) return [];
  const spans: Span[] = [];
  for (const groups of spaceOrHyphenDigitRuns(input)) {
    const first = groups[0];
    const last = groups[groups.length - 1];
    if (first === undefined || last === undefined || (groups.length !== 1 && groups.length !== 3)) continue;
    const widths = groups.map((group) => group.end - group.start).join(",");
    const grouped = widths === "3,2,4" && text.charAt(first.end) === text.charAt(groups[1]?.end ?? 0);
    if (!(grouped || widths === "9")) continue;
    if (!standsAlone(text, first.start, last.end) && !fileNamePart(text, first.start, last.end)) continue;
    if (!isValidSsn(digitString(text, first.start, last.end))) continue;
    const around = surroundings(text, first.start, last.end);
    const rowCell = widths === "9" && personnelRowCell(text, first.start, last.end);
    let score = grouped ? 0.85 : 0.3;
    if (ssnWords(around)) score += grouped ? 0.14 : 0.45;
    else if (notSsnWords(around)) score -= 0.3;
    // Typed alone into an onboarding or tax form, nine valid digits are the SSN it asks for.
    // So are nine valid digits in a cell of a personnel row ("Name⇥2026-03-01⇥123456789⇥contractor").
    else if ((form === "identity" && filledAlone(text, first.start, last.end)) || rowCell) score += 0.45;
    if (code) score -= codePenalty(rowCell, profile.codeMarks >= 2);
    spans.push({
      start: first.start,
      end: last.end,
      category: "pii",
      detector: "us-ssn",
      score: clampScore(score),
    });
  }
  return spans;
};

/** `W2_2025_354835376.pdf`: between underscores, or an underscore and the extension, of a document's file name. */
function fileNamePart(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (!(before === "_" || before === "-" || start === 0) || !(after === "_" || after === ".")) return false;
  return /^[\w.-]{0,40}\.(?:pdf|docx?|xlsx?|csv|png|jpe?g|tiff?|heic)(?![\p{L}\p{N}])/iu.test(
    text.slice(end),
  );
}

// UK National Insurance number: two prefix letters (first not D F I Q U V,
// second not D F I O Q U V), six digits, suffix A–D; some prefixes never issued.
const ninoPattern =
  /(?<![\p{L}\p{N}])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/giu;
const neverIssuedPrefixes = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);
const ninoWords = wordMatcher(["national insurance", "ni number", "ni no", "nino", "nin", "hmrc"]);

export const findUkNinos: Detector = ({ text, profile }) => {
  if (profile.digits < 6 || profile.letters < 3) return [];
  return collect(text, ninoPattern, (match) => {
    if (neverIssuedPrefixes.has((match[1] ?? "").toUpperCase())) return undefined;
    return 0.85 + (ninoWords(surroundings(text, match.index, match.index + match[0].length)) ? 0.14 : 0);
  }).map((span) => ({ ...span, category: "pii", detector: "uk-nino" }));
};

// Spanish DNI (8 digits and a control letter) and NIE (X, Y or Z, 7 digits, letter).
// Compact, with a hyphen before the letter, or with thousands dots as some forms print it ("12.345.678-Z").
const dniPattern = /(?<![\p{L}\p{N}.])([XYZ]?)-?(\d{7,8}|\d{1,2}\.\d{3}\.\d{3})-?([A-Z])(?![\p{L}\p{N}])/giu;
const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";
const dniWords = wordMatcher(["dni", "nie", "nif", "documento", "identidad"]);

/** The DNI/NIE control letter is the number mod 23 looked up in a fixed alphabet. */
export function isValidDni(value: string): boolean {
  const match = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(value.replace(/[-.]/g, "").toUpperCase());
  if (match === null) return false;
  const [, prefix = "", digits = "", letter] = match;
  if (prefix === "" ? digits.length !== 8 : digits.length !== 7) return false;
  // An NIE's leading X, Y or Z stands for 0, 1 or 2.
  const number = Number(prefix === "" ? digits : `${"XYZ".indexOf(prefix)}${digits}`);
  return dniLetters.charAt(number % 23) === letter;
}

export const findSpanishDnis: Detector = ({ text, profile }) => {
  if (profile.digits < 7) return [];
  return collect(text, dniPattern, (match) => {
    if (!isValidDni(match[0])) return undefined;
    return 0.9 + (dniWords(surroundings(text, match.index, match.index + match[0].length)) ? 0.09 : 0);
  }).map((span) => ({ ...span, category: "pii", detector: "es-dni" }));
};

// French NIR (INSEE number): sex, year, month, department (2A/2B for Corsica),
// commune, order, then a two-digit key = 97 − (first 13 digits mod 97).
const inseePattern =
  /(?<![\p{L}\p{N}])[1278] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\p{L}\p{N}])/giu;
const inseeWords = wordMatcher([
  "insee",
  "nir",
  "sécurité sociale",
  "securite sociale",
  "sécu",
  "secu",
  "carte vitale",
]);

export function isValidInsee(value: string): boolean {
  const compact = value.replaceAll(" ", "").toUpperCase();
  if (!/^\d{5}(?:\d{2}|2A|2B)\d{8}$/.test(compact)) return false;
  // Corsica: 2A counts as 19 and 2B as 18 in the key computation.
  const body = compact.slice(0, 13).replace("2A", "19").replace("2B", "18");
  let remainder = 0;
  for (const char of body) remainder = (remainder * 10 + Number(char)) % 97;
  return 97 - remainder === Number(compact.slice(13));
}

export const findFrenchInsees: Detector = ({ text, profile }) => {
  if (profile.digits < 13) return [];
  return collect(text, inseePattern, (match) => {
    if (!isValidInsee(match[0])) return undefined;
    return 0.9 + (inseeWords(surroundings(text, match.index, match.index + match[0].length)) ? 0.09 : 0);
  }).map((span) => ({ ...span, category: "pii", detector: "fr-insee" }));
};

function collect(
  text: string,
  pattern: RegExp,
  scoreOf: (match: RegExpExecArray) => number | undefined,
): Omit<Span, "category" | "detector">[] {
  const found: Omit<Span, "category" | "detector">[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const score = scoreOf(match);
    if (score !== undefined) {
      found.push({ start: match.index, end: match.index + match[0].length, score: clampScore(score) });
    }
  }
  return found;
}

export const findGovernmentIds: Detector = (input: DetectionInput) =>
  withoutPlaceholders(input.text, [
    ...findUsSsns(input),
    ...findUkNinos(input),
    ...findSpanishDnis(input),
    ...findFrenchInsees(input),
  ]);
