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

// The example IBAN of every country in SWIFT's IBAN registry, and the ones the ECBS and banks' developer docs
// print (GB82 WEST…, FR76 3000 6000…): published for everyone to copy into docs and tests. In code (a test
// file, a fixture) one is the fixture every IBAN validator's test types, however "example" is spelt beside
// it; in prose it needs its example word, as any IBAN does (a sender may paste one as their own by mistake).
// biome-ignore format: a list of values reads better packed
const publishedExampleIbans: ReadonlySet<string> = new Set([
  "AD1200012030200359100100", "AE070331234567890123456", "AL47212110090000000235698741", "AT611904300234573201",
  "AZ21NABZ00000000137010001944", "BA391290079401028494", "BE68539007547034", "BG80BNBG96611020345678",
  "BH67BMAG00001299123456", "BR1800360305000010009795493C1", "CH9300762011623852957", "CY17002001280000001200527600",
  "CZ6508000000192000145399", "DE89370400440532013000", "DK5000400440116243", "DO28BAGR00000001212453611324",
  "EE382200221020145685", "ES9121000418450200051332", "FI2112345600000785", "FO6264600001631634",
  "FR1420041010050500013M02606", "GB29NWBK60161331926819", "GE29NB0000000101904917", "GI75NWBK000000007099453",
  "GL8964710001000206", "GR1601101250000000012300695", "HR1210010051863000160", "HU42117730161111101800000000",
  "IE29AIBK93115212345678", "IL620108000000099999999", "IS140159260076545510730339", "IT60X0542811101000000123456",
  "JO94CBJO0010000000000131000302", "KW81CBKU0000000000001234560101", "KZ86125KZT5004100100",
  "LB62099900000001001901229114", "LI21088100002324013AA", "LT121000011101001000", "LU280019400644750000",
  "LV80BANK0000435195001", "MC5811222000010123456789030", "MD24AG000225100013104168", "ME25505000012345678951",
  "MK07250120000058984", "MR1300020001010000123456753", "MT84MALT011000012345MTLCAST001S",
  "MU17BOMM0101101030300200000MUR", "NL91ABNA0417164300", "NO9386011117947", "PK36SCBL0000001123456702",
  "PL61109010140000071219812874", "PS92PALS000000000400123456702", "PT50000201231234567890154",
  "QA58DOHB00001234567890ABCDEFG", "RO49AAAA1B31007593840000", "RS35260005601001611379", "SA0380000000608010167519",
  "SE4550000000058398257466", "SI56263300012039086", "SK3112000000198742637541", "SM86U0322509800000000270100",
  "TN5910006035183598478831", "TR330006100519786457841326", "UA213223130000026007233566001",
  "VG96VPVG0000012345678901", "XK051212012345678906", "GB82WEST12345698765432", "FR7630006000011234567890189",
]);

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
export const findIbans: Detector = ({ text, profile, code }) => {
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
    if (!shownAsExample(text, i, end) && !(code && publishedExampleIbans.has(compact)))
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
