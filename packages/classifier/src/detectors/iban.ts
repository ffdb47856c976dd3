import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { isAlnum, isAsciiLetter, isDigit, isWordCode } from "../text.ts";
import { shownAsExample } from "./documentation-values.ts";

/** IBAN length per country (ISO 13616 registry, SWIFT release of 2024, plus Iran, which uses IBANs outside it). */
// biome-ignore format: the table reads better packed
const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IR: 26, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18,
  NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31,
  SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30,
};

/** ISO 13616 / ISO 7064 mod 97-10: move the first four characters to the end, letters to 10..35, remainder 1. */
export function passesIbanChecksum(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    if (isDigit(code)) remainder = (remainder * 10 + (code - 48)) % 97;
    else remainder = (remainder * 100 + (code - 55)) % 97;
  }
  return remainder === 1;
}

/** A compact, upper-case IBAN with its country's length and a valid checksum. */
export function isIban(compact: string): boolean {
  const length = ibanLengths[compact.slice(0, 2)];
  return (
    length === compact.length &&
    isDigit(compact.charCodeAt(2)) &&
    isDigit(compact.charCodeAt(3)) &&
    /^[A-Z0-9]+$/.test(compact) &&
    passesIbanChecksum(compact)
  );
}

/**
 * IBANs written compact or in groups separated by single spaces, no-break spaces, hyphens or dots, in either
 * case. A candidate starts at two letters and two digits at a word start and
 * takes exactly its country's number of characters, so words after it are
 * never swallowed. Candidates are at most 34 characters: linear overall.
 */
export const findIbans: Detector = ({ text, profile }) => {
  // Romanian and Maltese IBANs may hold letters for nearly all their body ("RO40 TKUX WGIE ICWJ VIFD 9RAL"):
  // the check digits are the only digits an IBAN must have.
  if (profile.digits < 2) return [];
  const spans: Span[] = [];
  if (profile.letters < 2) return profile.digits >= 26 ? polishNrbs(text, spans) : spans;
  for (let i = 0; i + 4 <= text.length; i++) {
    if (i > 0 && isWordCode(text.charCodeAt(i - 1))) continue;
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (!isAsciiLetter(a) || !isAsciiLetter(b) || !isDigit(text.charCodeAt(i + 2))) continue;
    if (!isDigit(text.charCodeAt(i + 3))) continue;
    const length = ibanLengths[text.slice(i, i + 2).toUpperCase()];
    if (length === undefined) continue;
    const end = takeIbanCharacters(text, i, length);
    if (end === undefined) continue;
    const compact = text
      .slice(i, end)
      .replace(/[ \u00a0.-]/g, "")
      .toUpperCase();
    if (!isIban(compact)) continue;
    // Example IBANs from documentation are published for everyone to copy.
    if (!shownAsExample(text, i, end))
      spans.push({ start: i, end, category: "financial", detector: "iban", score: clampScore(0.99) });
    i = end - 1;
  }
  if (profile.digits >= 26) spans.push(...polishNrbs(text, spans));
  return spans;
};

// Poland writes its accounts as the IBAN without "PL" (the NRB): two check digits and 24 digits, in
// groups of four after the first two, or run together beside its word.
const polishNrb = /(?<![\p{L}\p{N}+-])(\d{2}(?: \d{4}){6}|\d{26})(?![\p{L}\p{N}]|[.,-]\d)/gu;
const polishAccountWord =
  /(?<![\p{L}])(?:rachunk\p{L}{0,3}|kont\p{L}{0,2}|nrb|przelew\p{L}{0,2}|account|iban|bank)(?![\p{L}])/iu;

/** NRBs whose digits, read with "PL" before them, pass the IBAN checksum; grouped, or named beside. */
function polishNrbs(text: string, found: readonly Span[]): Span[] {
  const spans: Span[] = [];
  polishNrb.lastIndex = 0;
  for (let match = polishNrb.exec(text); match !== null; match = polishNrb.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((span) => span.start < end && start < span.end)) continue;
    const digits = match[0].replace(/ /g, "");
    if (!passesIbanChecksum(`PL${digits}`)) continue;
    const grouped = match[0].includes(" ");
    if (!grouped && !polishAccountWord.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (shownAsExample(text, start, end)) continue;
    spans.push({
      start,
      end,
      category: "financial",
      detector: "iban",
      score: clampScore(grouped ? 0.95 : 0.9),
    });
  }
  return spans;
}

// A space, a no-break space (pasted from a bank's page), a hyphen or a dot between groups ("DE72-3704-0044-…").
const isIbanSeparator = (code: number) => code === 32 || code === 0xa0 || code === 45 || code === 46;

/** End of `length` alphanumerics from `start`, allowing one separator between them; undefined when they run short or on. */
function takeIbanCharacters(text: string, start: number, length: number): number | undefined {
  let taken = 0;
  let i = start;
  while (taken < length && i < text.length) {
    const code = text.charCodeAt(i);
    if (isAlnum(code)) {
      taken++;
      i++;
    } else if (isIbanSeparator(code) && taken > 0 && isAlnum(text.charCodeAt(i + 1))) i++;
    else break;
  }
  if (taken < length || isWordCode(text.charCodeAt(i))) return undefined;
  // "DE72-3704-…-17-9": a hyphen or dot that goes on joining characters makes a longer code, not an IBAN.
  const after = text.charCodeAt(i);
  if ((after === 45 || after === 46) && isAlnum(text.charCodeAt(i + 1))) return undefined;
  return i;
}
